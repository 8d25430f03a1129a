"""SIGTERM: the worker finishes or abandons its batch without losing it, commits, and leaves in bounded time."""

from __future__ import annotations

import signal
import time

import orjson
import pytest

from tests.kafka_fixtures import consume, free_port, produce, settings_for

pytestmark = pytest.mark.integration

SHUTDOWN_BOUND_SECONDS = 30


def test_sigterm_mid_stream_loses_nothing_and_duplicates_nothing(kafka_broker, start_worker, tmp_path):
    settings = settings_for(kafka_broker, tmp_path, partitions=2)
    worker = start_worker(settings)
    body = ("Le Pentagone a annoncé mercredi qu’il déploierait {n} soldats en Pologne.\n"
            "Moscou a nié les accusations numéro {n}.")
    articles = [(f"sd-{n:03d}".encode(), orjson.dumps({
        "id": f"sd-{n:03d}", "url": f"https://x.test/{n}", "source": "test", "title": "",
        "body": body.format(n=1000 + n), "language": "fr"})) for n in range(60)]
    produce(settings, settings.topic_raw, articles)

    # Stop it while it is working through the backlog.
    consume(settings, [settings.topic_enriched], lambda rs: len(rs) >= 5, timeout=120)
    started = time.monotonic()
    worker.process.send_signal(signal.SIGTERM)
    worker.process.wait(SHUTDOWN_BOUND_SECONDS + 30)
    took = time.monotonic() - started
    assert took < SHUTDOWN_BOUND_SECONDS, f"shutdown took {took:.1f}s\n{worker.log()}"

    # A new worker takes over from the committed offsets.
    start_worker(settings.with_overrides(metrics_port=free_port()))
    records = consume(settings, [settings.topic_enriched], lambda rs: len({r["key"] for r in rs}) >= 60,
                      timeout=180)
    keys = [r["key"] for r in records]
    assert len(set(keys)) == 60, f"missing: {60 - len(set(keys))}"
    duplicated = {k for k in keys if keys.count(k) > 1}
    assert not duplicated, f"duplicated under exactly-once: {sorted(duplicated)[:5]}"
