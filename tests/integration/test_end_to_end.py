"""The whole path on a real broker: seed article in, enriched record + events + dead letters out."""

from __future__ import annotations

import base64
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from tests.kafka_fixtures import consume, produce, settings_for
from worker.schemas import first_error

SEED = Path(__file__).resolve().parents[2] / "seeds" / "ukraine-biden-macron-fr.txt"
MALFORMED = b'{"id": "broken-1", "body": '

pytestmark = pytest.mark.integration


def test_seed_article_flows_through_the_real_worker(kafka_broker, start_worker, tmp_path):
    settings = settings_for(kafka_broker, tmp_path)
    worker = start_worker(settings)

    sent = subprocess.run(
        [sys.executable, "-m", "worker", "send", str(SEED)], env=worker.env, capture_output=True, text=True,
        timeout=60, check=True,
    )
    seed_id = sent.stdout.split()[1]
    assert seed_id.startswith("txt-"), sent.stdout
    produce(settings, settings.topic_raw, [(b"broken-1", MALFORMED)])

    def done(records):
        kinds = {(r["topic"], r["value"].get("record_type")) for r in records}
        return (settings.topic_enriched, "article.enriched") in kinds and (
            settings.topic_deadletter, "deadletter") in kinds

    records = consume(
        settings, [settings.topic_enriched, settings.topic_events, settings.topic_deadletter], done, timeout=120
    )
    assert done(records), f"missing records; worker log:\n{worker.log()}"

    enriched = [r["value"] for r in records if r["topic"] == settings.topic_enriched]
    events = [r["value"] for r in records if r["topic"] == settings.topic_events]
    dead = [r for r in records if r["topic"] == settings.topic_deadletter]

    # Every published record satisfies its schema.
    for record in enriched:
        assert first_error("enriched-article", record) is None, first_error("enriched-article", record)
    for record in events:
        assert first_error("event", record) is None, first_error("event", record)
    for record in dead:
        assert first_error("deadletter", record["value"]) is None

    # Exactly one enriched record for the seed, keyed by its id.
    seed_records = [r for r in records if r["topic"] == settings.topic_enriched and r["key"] == seed_id]
    assert len(seed_records) == 1
    article = seed_records[0]["value"]
    assert article["language"] == "fr" and article["events_status"] == "extracted"

    # Repeated material in the seed is marked: two headings and a pull quote are contained repeats.
    marks = {p["index"]: p["duplicate"] for p in article["paragraphs"] if p["duplicate"]}
    for index in (2, 6, 11):
        assert index in marks, f"paragraph {index} not marked; marks: {marks}"
        assert marks[index]["kind"] in ("contained", "exact", "near", "paraphrase")
        assert marks[index]["of"]["article_id"] == seed_id
    for index in marks:
        assert article["paragraphs"][index]["text"] not in article["clean_text"]
    assert article["dedup"]["repeated"] >= 3

    # The Pentagon's deployment of 3 000 soldiers to Germany, Poland and Romania.
    seed_events = [e for e in events if e["article_id"] == seed_id]
    assert {e["id"] for e in seed_events} == set(article["event_ids"])
    deployments = [
        e for e in seed_events
        if e["type"] == "MOBILIZE" and any(q["value"] == 3000 for q in e["quantities"])
    ]
    assert deployments, [(e["type"], e["sentence"]["text"][:80]) for e in seed_events]
    countries = {place.get("country") for e in deployments for place in e["location"]}
    assert {"DEU", "POL", "ROU"} <= countries, countries

    # The malformed payload is dead-lettered with its reason, original bytes and where it was read.
    letter = dead[0]["value"]
    assert letter["reason"] == "not_json"
    assert base64.b64decode(letter["original_base64"]) == MALFORMED
    assert letter["source"]["topic"] == settings.topic_raw and letter["source"]["offset"] is not None

    # The worker is still alive and its metrics count what happened.
    assert worker.process.poll() is None
    metrics = urllib.request.urlopen(f"{worker.base_url}/metrics", timeout=5).read().decode()
    assert 'newsworker_articles_consumed_total{outcome="enriched",reason="none"} 1.0' in metrics
    assert 'newsworker_articles_consumed_total{outcome="deadletter",reason="not_json"} 1.0' in metrics
    assert "newsworker_stage_duration_seconds_count{stage=\"nlp\"}" in metrics
