#!/usr/bin/env python3
"""Chaos run on a real broker: two workers in one group over 6 partitions, faults on purpose, then count.

Faults, in order, while articles stream in at a fixed rate:
  1. kill -9 one worker (at ~25% sent)           → its partitions move to the other worker
  2. restart it (at ~45% sent)                    → rebalance back
  3. stop the broker (SIGTERM) and start it again (at ~65% sent)
Then every input article must have exactly one enriched record (exactly_once) or at least one with
identical content (at_least_once), every event record of every article must be present, and the
dedup memory must still know an article seen before all the faults.

    python bench/chaos.py --articles 2000            # the full run (about 10 minutes here)
    python bench/chaos.py --articles 150 --rate 20   # what the test suite runs
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import os
import signal
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from worker.cli import free_port, spawn_worker, stop_process, wait_http_ok  # noqa: E402
from worker.kafka_local.broker import LocalBroker  # noqa: E402
from worker.settings import Settings  # noqa: E402

SEED_PARAGRAPHS = [
    p.strip() for p in (ROOT / "seeds" / "ukraine-biden-macron-fr.txt").read_text(encoding="utf-8").splitlines()
    if len(p.strip()) > 80
]


def make_article(index: int) -> dict[str, Any]:
    """A short article: one sentence of its own (unique facts) and one seed paragraph (shared copy)."""
    own = (f"Le ministre n°{index} a annoncé mercredi le déploiement de {1000 + index} soldats "
           f"supplémentaires en Pologne pour l’exercice {index}.")
    shared = SEED_PARAGRAPHS[index % len(SEED_PARAGRAPHS)]
    return {
        "id": f"chaos-{index:05d}", "url": f"https://chaos.test/{index}", "source": f"outlet-{index % 3}",
        "title": f"Article {index}", "body": f"{own}\n{shared}", "language": "fr",
    }


@dataclass
class Report:
    sent: int = 0
    enriched_records: int = 0
    missing: list[str] = field(default_factory=list)
    duplicated: dict[str, int] = field(default_factory=dict)
    differing_duplicates: int = 0
    dead_lettered: int = 0
    events_expected: int = 0
    events_missing: int = 0
    recovery_seconds: dict[str, float | None] = field(default_factory=dict)
    memory_kept: bool = False
    elapsed_seconds: float = 0.0

    def lines(self) -> list[str]:
        out = [
            f"sent                 {self.sent}",
            f"enriched records     {self.enriched_records}",
            f"missing              {len(self.missing)}" + (f"  e.g. {self.missing[:5]}" if self.missing else ""),
            f"duplicated           {len(self.duplicated)}"
            + (f" (of which with differing content: {self.differing_duplicates})" if self.duplicated else ""),
            f"dead-lettered        {self.dead_lettered}",
            f"events expected      {self.events_expected}, missing {self.events_missing}",
            f"dedup memory kept    {'yes' if self.memory_kept else 'NO'}"
            " (probe repeats an article sent before the faults)",
        ]
        for fault, seconds in self.recovery_seconds.items():
            shown = f"{seconds:.1f}s" if seconds is not None else "n/a"
            out.append(f"recovery after {fault:<22} {shown}  (worst latency of articles sent in the next minute)")
        out.append(f"elapsed              {self.elapsed_seconds:.0f}s")
        return out


async def _produce(settings: Settings, articles: list[dict[str, Any]], rate: float,
                   on_progress: Any) -> None:
    from aiokafka import AIOKafkaProducer

    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka_bootstrap, acks="all", enable_idempotence=True,
                                request_timeout_ms=60000, retry_backoff_ms=500)
    await producer.start()
    try:
        interval = 1.0 / rate
        next_at = time.monotonic()
        for index, article in enumerate(articles):
            await asyncio.sleep(max(0.0, next_at - time.monotonic()))
            next_at += interval
            # send() retries across a broker restart; the idempotent producer keeps it exactly once.
            await producer.send(settings.topic_raw, key=article["id"].encode(), value=orjson.dumps(article))
            await on_progress(index + 1)
        await producer.flush()
    finally:
        await producer.stop()


async def _read_all(settings: Settings, topics: list[str], idle: float = 5.0) -> list[Any]:
    from aiokafka import AIOKafkaConsumer

    consumer = AIOKafkaConsumer(*topics, bootstrap_servers=settings.kafka_bootstrap, group_id=None,
                                auto_offset_reset="earliest", isolation_level="read_committed",
                                enable_auto_commit=False, max_partition_fetch_bytes=8 * 1024 * 1024)
    await consumer.start()
    records: list[Any] = []
    try:
        while True:
            batch = await consumer.getmany(timeout_ms=int(idle * 1000), max_records=5000)
            if not batch:
                return records
            for messages in batch.values():
                records.extend(messages)
    finally:
        await consumer.stop()


def run(articles: int, rate: float, guarantee: str, workdir: Path, log=print) -> Report:
    started = time.monotonic()
    broker = LocalBroker(home=workdir / "kafka", port=free_port(), controller_port=free_port())
    broker.start(wait_seconds=120)
    tag = f"chaos{os.getpid()}"
    base = Settings().with_overrides(
        kafka_bootstrap=broker.bootstrap, app_id=f"newsworker-{tag}", topic_raw=f"{tag}.raw",
        topic_enriched=f"{tag}.enriched", topic_events=f"{tag}.events", topic_deadletter=f"{tag}.deadletter",
        partitions=6, processing_guarantee=guarantee,
    )
    worker_settings = [base.with_overrides(metrics_port=free_port(), data_dir=workdir / f"w{i}") for i in (0, 1)]
    workers: list[Any] = [None, None]
    report = Report()
    fault_times: dict[str, float] = {}

    def start_worker(i: int) -> None:
        workers[i] = spawn_worker(worker_settings[i], workdir / f"worker{i}.log")
        url = f"http://127.0.0.1:{worker_settings[i].metrics_port}/ready"
        if not wait_http_ok(url, 240, workers[i]):
            raise RuntimeError(f"worker {i} not ready; see {workdir / f'worker{i}.log'}")

    try:
        start_worker(0)
        start_worker(1)
        log(f"2 workers ready after {time.monotonic() - started:.0f}s; sending {articles} articles at {rate}/s")
        corpus = [make_article(i) for i in range(articles)]
        plan = {int(articles * 0.25): "kill -9 worker", int(articles * 0.45): "restart worker",
                int(articles * 0.65): "broker restart"}

        async def on_progress(sent: int) -> None:
            fault = plan.get(sent)
            if fault is None:
                return
            fault_times[fault] = time.time()
            log(f"[{sent}/{articles}] {fault}")
            if fault == "kill -9 worker":
                os.killpg(workers[1].pid, signal.SIGKILL)
                workers[1].wait()
            elif fault == "restart worker":
                await asyncio.get_running_loop().run_in_executor(None, start_worker, 1)
            elif fault == "broker restart":
                await asyncio.get_running_loop().run_in_executor(None, _restart_broker, broker)

        asyncio.run(_produce(base, corpus, rate, on_progress))
        report.sent = articles
        log("all sent; waiting for the workers to catch up")
        wanted = {a["id"] for a in corpus}
        deadline = time.monotonic() + max(120.0, articles / 5)
        while time.monotonic() < deadline:
            seen = {m.key.decode() for m in asyncio.run(_read_all(base, [base.topic_enriched], idle=2.0))}
            if wanted <= seen:
                break
            log(f"  {len(wanted & seen)}/{articles} enriched")
            time.sleep(5)
        # Probe: repeats the shared paragraph of article 0, sent before every fault.
        probe = {**make_article(0), "id": "chaos-probe", "source": "probe", "body": corpus[0]["body"].split("\n")[1]}
        asyncio.run(_produce(base, [probe], 10, _noop))
        time.sleep(1)
        probe_deadline = time.monotonic() + 60
        probe_record = None
        while probe_record is None and time.monotonic() < probe_deadline:
            for m in asyncio.run(_read_all(base, [base.topic_enriched], idle=2.0)):
                if m.key == b"chaos-probe":
                    probe_record = orjson.loads(m.value)
        if probe_record:
            marks = [p["duplicate"] for p in probe_record["paragraphs"] if p["duplicate"]]
            report.memory_kept = any(m["of"]["article_id"] != "chaos-probe" for m in marks)

        records = asyncio.run(_read_all(base, [base.topic_raw, base.topic_enriched, base.topic_events,
                                               base.topic_deadletter]))
        _count(report, corpus, records, base, fault_times)
    finally:
        for process in workers:
            if process is not None:
                stop_process(process)
        broker.stop()
    report.elapsed_seconds = time.monotonic() - started
    return report


async def _noop(_: int) -> None:
    return None


def _restart_broker(broker: LocalBroker) -> None:
    broker.stop()
    time.sleep(3)
    broker.start(wait_seconds=120)


def _count(report: Report, corpus: list[dict[str, Any]], records: list[Any], settings: Settings,
           fault_times: dict[str, float]) -> None:
    enriched: dict[str, list[bytes]] = collections.defaultdict(list)
    enriched_at: dict[str, float] = {}
    sent_at: dict[str, float] = {}
    event_ids: set[str] = set()
    expected_events: set[str] = set()
    for m in records:
        if m.topic == settings.topic_raw:
            sent_at.setdefault(m.key.decode(), m.timestamp / 1000)
        elif m.topic == settings.topic_enriched:
            record = orjson.loads(m.value)
            if record["id"] == "chaos-probe":
                continue
            enriched[record["id"]].append(m.value)
            enriched_at.setdefault(record["id"], m.timestamp / 1000)
            expected_events.update(record["event_ids"])
        elif m.topic == settings.topic_events:
            event_ids.add(orjson.loads(m.value)["id"])
        elif m.topic == settings.topic_deadletter:
            report.dead_lettered += 1
    report.enriched_records = sum(len(v) for v in enriched.values())
    report.missing = sorted(a["id"] for a in corpus if a["id"] not in enriched)
    report.duplicated = {k: len(v) for k, v in enriched.items() if len(v) > 1}
    report.differing_duplicates = sum(
        1 for k in report.duplicated if len({_without_volatile(v) for v in enriched[k]}) > 1
    )
    report.events_expected = len(expected_events)
    report.events_missing = len(expected_events - event_ids)
    # Time to recover = the worst end-to-end latency of the articles sent in the minute after the fault.
    for fault, at in fault_times.items():
        latencies = [enriched_at[k] - t for k, t in sent_at.items() if at <= t < at + 60 and k in enriched_at]
        report.recovery_seconds[fault] = max(latencies) if latencies else None


def _without_volatile(value: bytes) -> bytes:
    """Content identity for at-least-once replays (nothing volatile is in the record today)."""
    return value


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--rate", type=float, default=10.0, help="articles per second sent")
    parser.add_argument("--guarantee", choices=["exactly_once", "at_least_once"], default="exactly_once")
    parser.add_argument("--workdir", type=Path, default=None, help="keep logs here (default: a temp dir)")
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="newsworker-chaos-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"chaos run: {args.articles} articles, {args.guarantee}, logs in {workdir}", flush=True)
    report = run(args.articles, args.rate, args.guarantee, workdir, log=lambda s: print(s, flush=True))
    print("\n".join(report.lines()))
    ok = not report.missing and not report.events_missing and report.memory_kept and (
        not report.duplicated if args.guarantee == "exactly_once" else report.differing_duplicates == 0
    )
    print("RESULT: " + ("PASS" if ok else "FAIL"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
