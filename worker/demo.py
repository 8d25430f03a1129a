"""`newsworker demo`: the main job in one go, for a newcomer's first look.

Starts the local broker if none answers, starts a worker process, sends the seed articles,
prints their events as they arrive, says where the metrics are, and keeps running until Ctrl-C
(or exits once the seeds are processed, with --once).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

import orjson

from worker.cli import _send, format_record, spawn_worker, stop_process, wait_http_ok
from worker.settings import Settings


def run_demo(args: argparse.Namespace, settings: Settings) -> int:
    from worker.kafka_local.broker import BrokerError, LocalBroker

    started_at = time.monotonic()
    broker = LocalBroker()
    started_broker = False
    host, _, port = settings.kafka_bootstrap.partition(",")[0].partition(":")
    if host in ("127.0.0.1", "localhost") and int(port or 9092) == broker.port and not broker.reachable():
        print(f"▶ starting the local Kafka broker on {broker.bootstrap} (first run fetches jars with Maven)…")
        try:
            started_broker = broker.start()
        except BrokerError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    print(f"▶ Kafka ready at {settings.kafka_bootstrap} after {time.monotonic() - started_at:.1f}s")

    seeds = sorted(p for p in Path(args.seeds).glob("*") if p.suffix in (".txt", ".json", ".jsonl"))
    if not seeds:
        print(f"error: no articles in {args.seeds}", file=sys.stderr)
        return 2
    from worker.ingest.files import read_payloads

    payloads = [(str(p), key, value) for p in seeds for key, value in read_payloads(p)]
    worker = spawn_worker(settings)
    base = f"http://{settings.metrics_host}:{settings.metrics_port}"
    try:
        print(f"▶ worker starting (pid {worker.pid}); loading spaCy models…")
        if not wait_http_ok(f"{base}/ready", timeout=args.timeout, process=worker):
            print("error: the worker did not become ready; see its log above", file=sys.stderr)
            return 1
        print(f"▶ worker ready after {time.monotonic() - started_at:.1f}s — metrics at {base}/metrics, "
              f"health at {base}/health, readiness at {base}/ready")
        asyncio.run(_send(settings, payloads))
        ids = {key for _, key, _ in payloads if key}
        print(f"▶ sent {len(payloads)} article(s); events from {settings.topic_events}:")
        asyncio.run(_follow(settings, ids, args.once, args.timeout, started_at))
        if not args.once:
            print("▶ worker keeps running; send more with `newsworker send FILE` in another terminal. Ctrl-C stops.")
            worker.wait()
    except KeyboardInterrupt:
        print("\n▶ stopping…")
    finally:
        stop_process(worker)
        if started_broker and args.once:
            broker.stop()
    return 0


async def _follow(settings: Settings, article_ids: set[str], once: bool, timeout: float, t0: float) -> None:
    """Print events and enriched summaries for the sent articles (from the newest offsets back)."""
    from aiokafka import AIOKafkaConsumer

    from worker.kafka_clients import client_options

    consumer = AIOKafkaConsumer(
        settings.topic_events, settings.topic_enriched, **client_options(settings), group_id=None,
        auto_offset_reset="earliest", isolation_level="read_committed",
    )
    await consumer.start()
    pending = set(article_ids)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline and (pending or not once):
            batch = await consumer.getmany(timeout_ms=1000)
            for messages in batch.values():
                for message in messages:
                    record = orjson.loads(message.value)
                    article_id = record.get("article_id") or record.get("id")
                    if article_id not in article_ids:
                        continue
                    print(format_record(record), flush=True)
                    if record.get("record_type") == "article.enriched":
                        pending.discard(article_id)
                        print(f"▶ article {article_id} done {time.monotonic() - t0:.1f}s after start", flush=True)
        if pending:
            print(f"warning: no enriched record yet for {sorted(pending)}", file=sys.stderr)
    finally:
        await consumer.stop()
