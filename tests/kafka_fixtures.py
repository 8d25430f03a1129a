"""Integration fixtures: a real Kafka broker (KRaft, Java) and real worker processes.

The broker is started once per test session on free loopback ports with its own data folder,
so the suite never touches a broker a developer runs for `make demo`.
"""

from __future__ import annotations

import asyncio
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
import pytest

from worker.cli import free_port, spawn_worker, stop_process, wait_http_ok, worker_environment
from worker.kafka_local.broker import LocalBroker
from worker.settings import Settings


@pytest.fixture(scope="session")
def kafka_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalBroker]:
    broker = LocalBroker(home=tmp_path_factory.mktemp("kafka"), port=free_port(), controller_port=free_port())
    broker.start(wait_seconds=120)
    try:
        yield broker
    finally:
        broker.stop()


@dataclass
class WorkerHandle:
    settings: Settings
    process: subprocess.Popen
    log_path: Path
    env: dict[str, str] = field(default_factory=dict)

    @property
    def base_url(self) -> str:
        return f"http://{self.settings.metrics_host}:{self.settings.metrics_port}"

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-6000:]


def settings_for(broker: LocalBroker, tmp_path: Path, **overrides: Any) -> Settings:
    """Settings with topic names and group of their own, so tests do not see each other's records."""
    tag = uuid.uuid4().hex[:8]
    values: dict[str, Any] = {
        "kafka_bootstrap": broker.bootstrap,
        "app_id": f"newsworker-test-{tag}",
        "topic_raw": f"t{tag}.raw",
        "topic_enriched": f"t{tag}.enriched",
        "topic_events": f"t{tag}.events",
        "topic_deadletter": f"t{tag}.deadletter",
        "partitions": 2,
        "metrics_port": free_port(),
        "data_dir": tmp_path / f"worker-{tag}",
    }
    values.update(overrides)
    return Settings().with_overrides(**values)


@pytest.fixture
def start_worker(tmp_path: Path) -> Iterator[Callable[..., WorkerHandle]]:
    started: list[WorkerHandle] = []

    def start(settings: Settings, ready_timeout: float = 180.0, **settings_overrides: Any) -> WorkerHandle:
        settings = settings.with_overrides(**settings_overrides)
        log_path = tmp_path / f"worker-{len(started)}-{settings.metrics_port}.log"
        process = spawn_worker(settings, log_path)
        handle = WorkerHandle(settings, process, log_path, worker_environment(settings))
        started.append(handle)
        if not wait_http_ok(f"{handle.base_url}/ready", ready_timeout, process):
            pytest.fail(f"worker did not become ready:\n{handle.log()}")
        return handle

    yield start
    for handle in started:
        stop_process(handle.process)


def produce(
    settings: Settings, topic: str, records: list[tuple[bytes | None, bytes | None]], partition: int | None = None
) -> None:
    async def run() -> None:
        from aiokafka import AIOKafkaProducer

        producer = AIOKafkaProducer(
            bootstrap_servers=settings.kafka_bootstrap, acks="all", max_request_size=64 * 1024 * 1024
        )
        await producer.start()
        try:
            for key, value in records:
                await producer.send_and_wait(topic, key=key, value=value, partition=partition)
        finally:
            await producer.stop()

    asyncio.run(run())


def consume(
    settings: Settings,
    topics: list[str],
    until: Callable[[list[dict[str, Any]]], bool],
    timeout: float = 120.0,
) -> list[dict[str, Any]]:
    """Read the topics from the beginning (read_committed) until `until(records)` holds or time runs out.

    Each record comes as {"topic", "partition", "offset", "key", "value"} with value decoded from JSON.
    """

    async def run() -> list[dict[str, Any]]:
        from aiokafka import AIOKafkaConsumer

        consumer = AIOKafkaConsumer(
            *topics, bootstrap_servers=settings.kafka_bootstrap, group_id=None, auto_offset_reset="earliest",
            isolation_level="read_committed", enable_auto_commit=False,
        )
        await consumer.start()
        records: list[dict[str, Any]] = []
        deadline = time.monotonic() + timeout
        try:
            while time.monotonic() < deadline and not until(records):
                batch = await consumer.getmany(timeout_ms=500)
                for messages in batch.values():
                    for m in messages:
                        records.append({
                            "topic": m.topic, "partition": m.partition, "offset": m.offset,
                            "key": m.key.decode() if m.key else None, "value": orjson.loads(m.value),
                        })
        finally:
            await consumer.stop()
        return records

    return asyncio.run(run())
