"""How the dashboard reads the events topic, without a browser: replay per partition, latest, read_committed."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import orjson
import pytest

from tests.kafka_fixtures import free_port, settings_for
from worker.cli import stop_process, wait_http_ok
from worker.kafka_clients import ensure_topics
from worker.settings import Settings

pytestmark = pytest.mark.integration


def record(n: int, event_type: str = "MOBILIZE") -> bytes:
    return orjson.dumps({
        "record_type": "event", "id": f"{n:020x}", "article_id": f"art-{n}", "type": event_type,
        "actors": {"source": {"text": "Paris", "normalized": "France", "country": "FRA"}, "target": None},
        "location": [], "time": None, "quantities": [], "mode": "asserted", "reported_by": None,
        "sentence": {"text": f"sentence {n}"}, "mentions": {"count": 1},
    })


def send(settings: Settings, items: list[tuple[int, bytes]], transactional: str | None = None,
         abort: bool = False) -> None:
    """(partition, value) records to the events topic; in one transaction if `transactional` is a txn id."""

    async def run() -> None:
        from aiokafka import AIOKafkaProducer

        producer = AIOKafkaProducer(bootstrap_servers=settings.kafka_bootstrap, acks="all",
                                    transactional_id=transactional)
        await producer.start()
        try:
            if transactional:
                await producer.begin_transaction()
            for partition, value in items:
                await producer.send_and_wait(settings.topic_events, value=value, partition=partition)
            if transactional:
                await (producer.abort_transaction() if abort else producer.commit_transaction())
        finally:
            await producer.stop()

    asyncio.run(run())


def start(settings: Settings, port: int, log: Path, *args: str) -> subprocess.Popen:
    with log.open("ab") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "worker", "dashboard", "--bootstrap", settings.kafka_bootstrap,
             "--topic-events", settings.topic_events, "--topic-enriched", settings.topic_enriched,
             "--port", str(port), *args],
            stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )
    assert wait_http_ok(f"http://127.0.0.1:{port}/health", 60, process), log.read_text()
    return process


def shown(port: int, query: str = "") -> list[str]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/events{query}", timeout=5) as response:
        return [item["id"] for item in json.loads(response.read())["items"]]


def wait_for(port: int, check, timeout: float = 30.0) -> list[str]:
    deadline = time.monotonic() + timeout
    while True:
        ids = shown(port)
        if check(ids) or time.monotonic() > deadline:
            return ids
        time.sleep(0.3)


def test_replay_latest_and_read_committed(kafka_broker, tmp_path):
    settings = settings_for(kafka_broker, tmp_path)  # 2 partitions
    asyncio.run(ensure_topics(settings))
    # Five events on each partition: 0-4 on partition 0, 10-14 on partition 1.
    send(settings, [(0, record(n)) for n in range(5)] + [(1, record(n)) for n in range(10, 15)])
    log = tmp_path / "dashboard.log"

    replay_port = free_port()
    replaying = start(settings, replay_port, log, "--from", "replay", "--replay", "3")
    try:
        # The last 3 of each partition, nothing older.
        expected = {f"{n:020x}" for n in (2, 3, 4, 12, 13, 14)}
        ids = wait_for(replay_port, lambda ids: set(ids) >= expected)
        assert set(ids) == expected, log.read_text()
    finally:
        stop_process(replaying, timeout=15)

    latest_port = free_port()
    latest = start(settings, latest_port, log, "--from", "latest")
    try:
        time.sleep(2.0)
        assert shown(latest_port) == []  # nothing from before it started
        # An aborted transaction is never shown (read_committed); a committed one and a plain record are.
        send(settings, [(0, record(100)), (1, record(101))], transactional=f"{settings.app_id}-abort", abort=True)
        send(settings, [(0, record(200, "CONSULT"))], transactional=f"{settings.app_id}-commit")
        send(settings, [(1, record(300))])
        ids = wait_for(latest_port, lambda ids: len(ids) >= 2)
        time.sleep(1.0)
        ids = shown(latest_port)
        assert set(ids) == {f"{200:020x}", f"{300:020x}"}, ids
        assert shown(latest_port, "?type=CONSULT") == [f"{200:020x}"]
        health = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{latest_port}/health", timeout=5).read())
        assert health["status"] == "ok" and health["group"].startswith("newsworker-dashboard-")
        assert health["group"] != settings.app_id
    finally:
        stop_process(latest, timeout=15)
    assert latest.returncode == 0, log.read_text()  # SIGTERM stops it cleanly
