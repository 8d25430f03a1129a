"""Hostile and broken input on the real worker: every record gets a defined result, nothing stalls."""

from __future__ import annotations

import base64

import orjson
import pytest

from tests.kafka_fixtures import consume, produce, settings_for
from worker.schemas import first_error

pytestmark = pytest.mark.integration


def article(article_id: str, body: str, **extra: object) -> bytes:
    return orjson.dumps({"id": article_id, "url": f"https://x.test/{article_id}", "source": "test",
                         "title": "t", "body": body, **extra})


# (key, value, expected result): "enriched" or the dead-letter reason.
CASES: list[tuple[str, bytes | None, str]] = [
    ("not-json", b"<html>nope</html>", "not_json"),
    ("not-utf8", b'{"id": "x", "body": "\xff\xfe"}', "not_utf8"),
    ("wrong-shape", b'["an", "array"]', "schema_invalid"),
    ("missing-fields", b'{"id": "missing-fields"}', "schema_invalid"),
    ("wrong-type", orjson.dumps({"id": 5, "url": "u", "source": "s", "title": "t", "body": "b"}), "schema_invalid"),
    ("empty-body", article("empty-body", ""), "schema_invalid"),
    ("huge-50mb", article("huge-50mb", "x" * (50 * 1024 * 1024)), "too_large"),
    ("one-long-line", article("one-long-line", "a" * 2_000_000), "body_too_large"),
    ("deep-nesting", b"[" * 100_000 + b"]" * 100_000, "not_json"),
    ("tombstone", None, "not_json"),
    ("nul-bytes", article("nul-bytes", "Le Pentagone a annoncé\x00 un déploiement.\x00"), "enriched"),
    ("mixed-scripts", article("mixed-scripts", "Путин и Макрон. بوتين وماكرون. 普京 🙂 Le Kremlin a nié."), "enriched"),
    ("html-script", article("html-script", "<p>Le Pentagone <script>alert(1)</script> a annoncé.</p>"), "enriched"),
    ("no-model-language", article("no-model-language", "Die Bundesregierung hat am Mittwoch beschlossen, "
                                  "weitere Soldaten nach Litauen zu schicken.", language="de"), "enriched"),
    ("after-all-that", article("after-all-that", "Moscou a nié les accusations."), "enriched"),
]


def test_every_hostile_record_has_a_defined_result_and_the_worker_keeps_going(kafka_broker, start_worker, tmp_path):
    settings = settings_for(kafka_broker, tmp_path, partitions=1)
    worker = start_worker(settings)
    produce(settings, settings.topic_raw, [(key.encode(), value) for key, value, _ in CASES])

    expected_enriched = {key for key, _, result in CASES if result == "enriched"}
    expected_dead = len(CASES) - len(expected_enriched)

    def done(records):
        enriched = {r["key"] for r in records if r["topic"] == settings.topic_enriched}
        dead = [r for r in records if r["topic"] == settings.topic_deadletter]
        return expected_enriched <= enriched and len(dead) >= expected_dead

    records = consume(settings, [settings.topic_enriched, settings.topic_deadletter], done, timeout=180)
    assert done(records), f"not every case accounted for; worker log:\n{worker.log()}"

    # Offsets are in send order on the single partition: map each dead letter back to its case.
    dead_by_offset = {r["value"]["source"]["offset"]: r["value"] for r in records
                      if r["topic"] == settings.topic_deadletter}
    enriched_by_key = {r["key"]: r["value"] for r in records if r["topic"] == settings.topic_enriched}
    for offset, (key, value, result) in enumerate(CASES):
        if result == "enriched":
            assert key in enriched_by_key, key
            assert first_error("enriched-article", enriched_by_key[key]) is None
            continue
        letter = dead_by_offset.get(offset)
        assert letter is not None, f"{key}: no dead letter at offset {offset}"
        assert letter["reason"] == result, (key, letter["reason"], letter["detail"])
        assert first_error("deadletter", letter) is None
        assert letter["original_key"] == key
        assert letter["original_size"] == len(value or b"")
        kept = base64.b64decode(letter["original_base64"])
        assert (value or b"").startswith(kept)
        assert letter["original_truncated"] == (len(kept) < len(value or b""))
    assert len(dead_by_offset) == expected_dead

    assert enriched_by_key["no-model-language"]["events_status"] == "no_model_for_language"
    assert enriched_by_key["no-model-language"]["language"] == "de"
    assert "<script>alert(1)</script>" in enriched_by_key["html-script"]["clean_text"]  # kept as text
    assert "\x00" not in enriched_by_key["nul-bytes"]["clean_text"]
    assert worker.process.poll() is None
