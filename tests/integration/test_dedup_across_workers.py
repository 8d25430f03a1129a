"""Cross-article dedup with several workers and partitions, and across a restart of every worker."""

from __future__ import annotations

import orjson
import pytest

from tests.kafka_fixtures import consume, free_port, produce, settings_for

pytestmark = pytest.mark.integration

WIRE = ("Le Pentagone a annoncé mercredi qu’il déploierait 3 000 soldats en Allemagne, en Pologne et en "
        "Roumanie alors que les tensions montaient avec la Russie au sujet de l’Ukraine.")


def article(article_id: str, source: str, own: str) -> bytes:
    return orjson.dumps({"id": article_id, "url": f"https://x.test/{article_id}", "source": source,
                         "title": "", "body": f"{own}\n{WIRE}", "language": "fr"})


def enriched_of(settings, article_id: str) -> dict:
    records = consume(settings, [settings.topic_enriched],
                      lambda rs: any(r["key"] == article_id for r in rs), timeout=120)
    matching = [r for r in records if r["key"] == article_id]
    assert matching, f"no enriched record for {article_id}"
    return matching[0]


def wire_mark(record: dict) -> dict | None:
    return next((p["duplicate"] for p in record["value"]["paragraphs"] if p["text"] == WIRE), None)


def test_repeat_found_across_partitions_and_workers_and_after_restart(kafka_broker, start_worker, tmp_path):
    settings = settings_for(kafka_broker, tmp_path, partitions=2)
    first_worker = start_worker(settings)
    second_worker = start_worker(settings.with_overrides(metrics_port=free_port()))

    produce(settings, settings.topic_raw, [(b"wire-afp", article("wire-afp", "AFP", "Dépêche de l’AFP."))], 0)
    original = enriched_of(settings, "wire-afp")
    assert original["partition"] == 0 and wire_mark(original) is None

    produce(settings, settings.topic_raw,
            [(b"copy-lemonde", article("copy-lemonde", "lemonde.fr", "Article du Monde, autre introduction."))], 1)
    copy = enriched_of(settings, "copy-lemonde")
    assert copy["partition"] == 1
    mark = wire_mark(copy)
    assert mark is not None and mark["kind"] == "exact"
    assert mark["of"]["article_id"] == "wire-afp" and mark["of"]["source"] == "AFP"  # lineage: who had it first

    # Each partition was handled by a different worker process.
    handled = {w.settings.metrics_port: w.log() for w in (first_worker, second_worker)}
    assert sum("wire-afp" in log for log in handled.values()) == 1
    assert sum("copy-lemonde" in log for log in handled.values()) == 1

    # Stop every worker, start a new one: the memory comes back from the changelog.
    from worker.cli import stop_process

    stop_process(first_worker.process)
    stop_process(second_worker.process)
    start_worker(settings.with_overrides(metrics_port=free_port()))
    produce(settings, settings.topic_raw,
            [(b"copy-figaro", article("copy-figaro", "lefigaro.fr", "Le Figaro ajoute un contexte."))], 0)
    late = enriched_of(settings, "copy-figaro")
    mark = wire_mark(late)
    assert mark is not None and mark["of"]["article_id"] == "wire-afp"
