"""A partition that goes to another worker and comes back (that worker killed) is processed again at once.

Regression test: faust-streaming 0.15.3 kept the transactional producer of a partition it gave away; the
other worker then fenced it (same transactional id), and when the partition came back the fenced
producer was reused: its first send failed FATAL, the agent crashed and recovery stalled for minutes.
"""

from __future__ import annotations

import os
import signal
import time

import orjson
import pytest

from tests.kafka_fixtures import consume, free_port, produce, settings_for

pytestmark = pytest.mark.integration


def article(article_id: str) -> bytes:
    return orjson.dumps({"id": article_id, "url": f"https://x.test/{article_id}", "source": "test", "title": "",
                         "body": f"Le ministre a annoncé lundi une réunion ({article_id}).", "language": "fr"})


def send_to_both_partitions(settings, tag: str) -> set[str]:
    ids = {f"{tag}-p{p}" for p in (0, 1)}
    for p in (0, 1):
        produce(settings, settings.topic_raw, [(f"{tag}-p{p}".encode(), article(f"{tag}-p{p}"))], p)
    return ids


def wait_enriched(settings, ids: set[str], timeout: float) -> set[str]:
    records = consume(settings, [settings.topic_enriched], lambda rs: ids <= {r["key"] for r in rs}, timeout)
    return ids - {r["key"] for r in records}


def test_partition_back_from_a_killed_worker_is_processed_without_a_crash(kafka_broker, start_worker, tmp_path):
    settings = settings_for(kafka_broker, tmp_path, partitions=2, session_timeout_seconds=6)
    survivor = start_worker(settings)  # alone: both partitions, a transactional producer for each
    assert wait_enriched(settings, send_to_both_partitions(settings, "alone"), 120) == set()

    other = start_worker(settings.with_overrides(metrics_port=free_port()))  # takes one partition over
    assert wait_enriched(settings, send_to_both_partitions(settings, "shared"), 120) == set()
    assert "shared-p0" in other.log() or "shared-p1" in other.log(), "the second worker got no partition"

    os.kill(other.process.pid, signal.SIGKILL)  # its partition comes back to the survivor
    other.process.wait()
    started = time.monotonic()
    missing = wait_enriched(settings, send_to_both_partitions(settings, "back"), 90)
    took = time.monotonic() - started
    log = survivor.log_path.read_text(errors="replace")
    if missing:
        # A CI full run once stalled here (1 in 4): the survivor took the partition back, then processed
        # nothing for 84 s, and its log does not say why (Faust's recovery logs at WARNING only, see
        # worker/cli.py); about 95 local runs, some under load, did not reproduce it. On SIGUSR1 mode's
        # worker writes every thread's and asyncio task's stack to its log: the failure's captured
        # stdout then shows what the survivor was waiting for.
        os.kill(survivor.process.pid, signal.SIGUSR1)
        time.sleep(5)
        print(survivor.log_path.read_text(errors="replace"))
    assert missing == set(), f"not processed after the partition came back:\n{log[-4000:]}"
    assert "Crashed reason" not in log, log[-4000:]
    print(f"articles on the returned partition enriched {took:.1f}s after kill -9")
