"""A corrected version of an article supersedes the first: same id, newer version."""

from __future__ import annotations

import orjson
import pytest

from tests.kafka_fixtures import consume, produce, settings_for
from worker.schemas import first_error

pytestmark = pytest.mark.integration


def version(number: int, figure: str, warning: bool) -> bytes:
    body = ("Moscou a nié les accusations.\n"
            f"Mercredi, le Pentagone a annoncé qu’il déploierait {figure} soldats en Pologne.")
    if warning:
        body += "\nLa Russie a averti les pays occidentaux que les livraisons militaires à Kiev les menaçaient."
    return orjson.dumps({
        "id": "story-42", "url": "https://x.test/story-42", "source": "AFP", "title": "Déploiement",
        "language": "fr", "version": number, "published_at": f"2022-02-0{number}T10:00:00+01:00", "body": body,
    })


def test_corrected_version_supersedes_the_first(kafka_broker, start_worker, tmp_path):
    settings = settings_for(kafka_broker, tmp_path)
    start_worker(settings)
    produce(settings, settings.topic_raw,
            [(b"story-42", version(1, "3 000", True)), (b"story-42", version(2, "5 000", False))])

    def done(records):
        return sum(1 for r in records if r["topic"] == settings.topic_enriched) >= 2 and any(
            r["value"].get("record_type") == "event.superseded" for r in records)

    records = consume(settings, [settings.topic_enriched, settings.topic_events], done, timeout=120)
    assert done(records)
    first, second = (r["value"] for r in records if r["topic"] == settings.topic_enriched)
    assert first["version"]["number"] == 1 and first["version"]["status"] == "first"
    assert second["version"]["number"] == 2 and second["version"]["status"] == "new_version"
    assert second["version"]["paragraphs_added"] == [1]  # the corrected figure
    assert second["version"]["paragraphs_removed"] == 2  # the old figure's paragraph and the dropped warning
    for record in (first, second):
        assert first_error("enriched-article", record) is None

    superseded = [r["value"] for r in records if r["value"].get("record_type") == "event.superseded"]
    assert {s["id"] for s in superseded} == set(second["version"]["superseded_event_ids"])
    assert set(second["version"]["superseded_event_ids"]) <= set(first["event_ids"])
    assert not set(second["version"]["superseded_event_ids"]) & set(second["event_ids"])
    for record in superseded:
        assert first_error("event-superseded", record) is None
        assert record["superseded_by_version"] == 2
    # Events still reported keep their ids (the corrected one is replaced under its key), the dropped
    # warning's event is superseded rather than left standing beside the new version.
    assert set(second["event_ids"]) <= set(first["event_ids"])
    assert len(superseded) >= 1
    latest = {}
    for r in records:
        if r["topic"] == settings.topic_events:
            latest[r["key"]] = r["value"]
    mobilize = [e for e in latest.values() if e.get("type") == "MOBILIZE"]
    assert [q["value"] for e in mobilize for q in e["quantities"]] == [5000]
