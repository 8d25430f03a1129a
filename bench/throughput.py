#!/usr/bin/env python3
"""The whole worker, Kafka included, against raw spaCy on the same news.

One run on one machine, side by side, so the ratios hold on a noisy machine:
  1. raw spaCy: nlp.pipe over every article's full text (title + body), same model, the best of a few
     batch sizes, n_process = the number of worker processes compared;
  2. the worker through a real local broker: send all, wait for every enriched record; 1 worker, then 2
     workers in one consumer group over `--partitions` partitions (default 6, the worker's default),
     started as one `newsworker worker --processes 2` (forked after loading the models, which they then
     share; `--two commands` starts two commands as sessions 1-17 did, `--two both` runs both per pair);
  3. latency: after a warm-up of 30 articles, articles sent at half the measured 1-worker maximum rate;
     p50/p95/p99 of (enriched record timestamp − raw record timestamp);
  4. peak memory (VmHWM) of each worker process, and what the 2-worker set adds to the machine (Pss: each
     shared page split between the processes sharing it, the forked set's supervisor included);
  5. the machine's own ceiling for the 1 → 2 speed-up: spaCy alone in two independent processes, each
     parsing half of the texts (no Doc sent back, unlike n_process=2), against one process parsing all;
  6. with 2 workers, each worker's articles, new sentences sent to spaCy and CPU seconds: whether the
     partitions split the costly work evenly (the larger share caps the speed-up at 1 / share);
  7. for every run, CPU seconds of the workers (event loop and other threads), of the broker by thread
     name, and the broker's requests by type (bench/BrokerRequests.java reads its JMX counters; needs
     the JDK's `java`, as the broker does): whether the broker was asked for more or just got less CPU;
  8. with --broker-profile, where the broker's request threads spent that CPU (Java Flight Recorder, in the
     JDK): how its memory-mapped index writes were found to cost half of it on this machine's disk.

The 1-worker and 2-worker runs are repeated in alternating pairs (`--pairs`, default 3): on a shared
virtual machine the same pure-CPU work runs 1.45× to 2.2× faster on two processes from one minute to
the next, so one pair says little; the table gives the median run of each and the median of the pairs'
speed-ups, and every pair is printed.

Corpus (built here, deterministic): `--originals` distinct stories picked from the articles in seeds/ and
eval/ (the seed, the event and dedup evaluation articles), then rounds of variants that repeat them the way
a feed does:
odd rounds are wire copy reused by another outlet with small edits (a word changed in every third
paragraph) plus one paragraph of its own; even rounds are the copy again with a figure updated
("3 000" → "3 500": an update, which is parsed again). With the default 1080 articles, 147 are
originals (13.6 %, the share of the first corpus, 49 of 360) and the rest reuse them, as when several
outlets run the same wire stories through a day; the order is shuffled with a fixed seed so new stories
and reused copy interleave. The corpus was 360 articles until session 5: the 2-process run then lasted
4-5 s, and the first batch of each worker (32 new stories parsed at once) was a third of it, so the
speed-up measured mostly the cold start; `--articles 360 --originals 49` reproduces the old corpus.

    python bench/throughput.py                                 # about 7 minutes on 2 cores
    python bench/throughput.py --articles 360 --originals 49   # quicker (the earlier corpus)
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import hashlib
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from worker.cli import free_port, free_ports, spawn_worker, stop_process, wait_http_ok  # noqa: E402
from worker.ingest.files import read_payloads  # noqa: E402
from worker.kafka_local.broker import LocalBroker  # noqa: E402
from worker.settings import Settings  # noqa: E402


def source_articles() -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    paths = sorted((ROOT / "seeds").glob("*")) + sorted((ROOT / "eval").rglob("*.json*"))
    for path in paths:
        # A blind evaluation set waiting in eval/events/pending/ is read by nothing until it is scored.
        if path.suffix not in (".txt", ".json", ".jsonl") or "label" in path.name or "gold" in path.name \
                or "pending" in path.parts:
            continue
        try:
            for _, value in read_payloads(path):
                document = orjson.loads(value)
                if isinstance(document, dict) and isinstance(document.get("body"), str) and document.get("id"):
                    found.append(document)
        except (ValueError, orjson.JSONDecodeError):
            continue
    return found


_NUMBER = re.compile(r"\b(\d[\d  ]*\d|\d)\b")


def build_corpus(size: int, originals: int = 147, order: str = "stories") -> list[dict[str, Any]]:
    """`originals` distinct stories (a fixed choice: ordered by a hash of their id, so adding files to
    eval/ changes the pick little), each reused until `size` articles: the repetition rate stays the same
    as the evaluation sets grow (147 stories for 1080 articles; 49 for 360 as first measured).

    order="stories": each story breaks at a random point of the stream and its copies follow it within a
    short while (delays drawn from an exponential of mean 4 % of the stream, about an hour of a day's
    feed), so new stories keep coming at about the same rate from the start to the end, as in a feed.
    order="shuffle" (sessions 1-6): every article at a random place; a story's first copy is then the
    earliest of its seven, so most of the new stories come in the first fifth of the stream."""
    found = source_articles()
    sources = sorted(found, key=lambda a: hashlib.blake2b(str(a["id"]).encode(), digest_size=8).digest())
    sources = sources[:originals] if originals > 0 else sources
    corpus: list[dict[str, Any]] = []
    i = 0
    while len(corpus) < size:
        base = sources[i % len(sources)]
        round_ = i // len(sources)
        paragraphs = [p for p in base["body"].split("\n") if p.strip()]
        if round_ == 0:
            body = base["body"]
        elif round_ % 2 == 1:  # wire copy reused with small edits + a local paragraph
            edited = [_edit_word(p, k) if k % 3 == 0 else p for k, p in enumerate(paragraphs)]
            body = "\n".join([f"Notre correspondant rapporte l’information numéro {i} ce soir.", *edited])
        else:  # an update: a figure changes
            body = "\n".join(_NUMBER.sub(lambda m: str(int(re.sub(r"\D", "", m.group(0))) + 500), p, count=1)
                             for p in paragraphs)
        corpus.append({**base, "id": f"bench-{i:05d}", "source": f"outlet-{round_}", "body": body,
                       "url": f"https://bench.test/{i}"})
        i += 1
    # A day's feed interleaves new stories and reused copy; a fixed seed keeps runs comparable.
    rng = random.Random(7)
    if order == "shuffle":
        rng.shuffle(corpus)
        return corpus
    if order != "stories":
        raise ValueError(f"unknown corpus order {order!r}")
    breaks = [rng.random() for _ in sources]
    positions = [breaks[k % len(sources)] + (0.0 if k < len(sources) else rng.expovariate(1 / 0.04))
                 for k in range(len(corpus))]
    return [article for _, article in sorted(zip(positions, corpus, strict=True), key=lambda pa: pa[0])]


def _edit_word(paragraph: str, seed: int) -> str:
    words = paragraph.split(" ")
    if len(words) > 6:
        k = (seed * 7 + 3) % len(words)
        words[k] = "notamment" if words[k] != "notamment" else "aussi"
    return " ".join(words)


def full_text(article: dict[str, Any]) -> str:
    return f"{article.get('title') or ''}\n{article['body']}".strip()


# -- raw spaCy --------------------------------------------------------------------------------------
def measure_raw_spacy(corpus: list[dict[str, Any]], n_process: int) -> dict[str, float]:
    import spacy

    from worker.nlp.models import MODEL_PACKAGES

    nlp = spacy.load(MODEL_PACKAGES["fr"])
    texts = [full_text(a) for a in corpus]
    best: dict[str, float] = {}
    for batch_size in (4, 16, 64):
        started = time.perf_counter()
        tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size, n_process=n_process))
        took = time.perf_counter() - started
        rate = len(texts) / took
        if rate > best.get("articles_per_s", 0):
            best = {"articles_per_s": rate, "tokens_per_s": tokens / took, "batch_size": batch_size,
                    "seconds": took, "tokens": tokens}
    return best


def _parse_share(texts: list[str], batch_size: int, ready: Any, start: Any, results: Any) -> None:
    import spacy

    from worker.nlp.models import MODEL_PACKAGES

    nlp = spacy.load(MODEL_PACKAGES["fr"])
    list(nlp.pipe(texts[:8]))  # first calls are slow in every process
    ready.wait()
    start.wait()
    started = time.time()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size))
    results.put((started, time.time(), tokens))


def measure_raw_independent(corpus: list[dict[str, Any]], processes: int, batch_size: int) -> dict[str, float]:
    """spaCy in `processes` independent processes, each parsing its share of the texts and keeping its
    Docs: how much faster the same parsing runs on two cores of this machine when nothing is shipped
    between processes. The ceiling for the worker's 1 → 2 speed-up (its stages are mostly this parsing)."""
    texts = [full_text(a) for a in corpus]
    took = time_parallel(_parse_share, [texts[i::processes] for i in range(processes)], (batch_size,))
    return {"articles_per_s": len(texts) / took, "seconds": took}


def time_parallel(target: Any, shares: list[list[str]], extra: tuple = (), method: str = "spawn") -> float:
    """Run `target(share, *extra, ready, start, results)` in one process per share, all started at once
    once each is ready (model loaded, first calls made), and return the wall seconds from the first start to
    the last end; each target puts (started, ended, tokens) on `results`."""
    import multiprocessing

    context = multiprocessing.get_context(method)
    ready, start, results = context.Barrier(len(shares) + 1), context.Barrier(len(shares) + 1), context.Queue()
    children = [context.Process(target=target, args=(share, *extra, ready, start, results)) for share in shares]
    for child in children:
        child.start()
    ready.wait(timeout=300)
    start.wait(timeout=60)
    done = [results.get(timeout=1800) for _ in children]
    for child in children:
        child.join(timeout=60)
    return max(end for _, end, _ in done) - min(begin for begin, _, _ in done)


# -- the worker ---------------------------------------------------------------------------------------
def worker_settings(broker: LocalBroker, tag: str, workdir: Path, partitions: int) -> Settings:
    return Settings().with_overrides(
        kafka_bootstrap=broker.bootstrap, app_id=f"newsworker-{tag}", topic_raw=f"{tag}.raw",
        topic_enriched=f"{tag}.enriched", topic_events=f"{tag}.events", topic_deadletter=f"{tag}.deadletter",
        partitions=partitions, data_dir=workdir / tag,
    )


async def _send(settings: Settings, corpus: list[dict[str, Any]], rate: float | None) -> dict[str, float]:
    from aiokafka import AIOKafkaProducer

    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka_bootstrap, acks="all", linger_ms=5)
    await producer.start()
    sent_at: dict[str, float] = {}
    try:
        next_at = time.monotonic()
        pending = []
        for article in corpus:
            if rate:
                await asyncio.sleep(max(0.0, next_at - time.monotonic()))
                next_at += 1.0 / rate
            # Not waiting for each acknowledgement: a feed sends as fast as it can, in order per key.
            pending.append((article["id"], await producer.send(
                settings.topic_raw, key=article["id"].encode(), value=orjson.dumps(article))))
        for article_id, delivery in pending:
            sent_at[article_id] = (await delivery).timestamp / 1000
    finally:
        await producer.stop()
    return sent_at


async def _collect(settings: Settings, ids: set[str], timeout: float) -> dict[str, float]:
    from aiokafka import AIOKafkaConsumer

    consumer = AIOKafkaConsumer(settings.topic_enriched, bootstrap_servers=settings.kafka_bootstrap,
                                group_id=None, auto_offset_reset="earliest", isolation_level="read_committed",
                                max_partition_fetch_bytes=8 * 1024 * 1024)
    await consumer.start()
    done: dict[str, float] = {}
    deadline = time.monotonic() + timeout
    try:
        while len(done) < len(ids) and time.monotonic() < deadline:
            batch = await consumer.getmany(timeout_ms=500)
            for messages in batch.values():
                for m in messages:
                    key = m.key.decode()
                    if key in ids and key not in done:
                        done[key] = m.timestamp / 1000
    finally:
        await consumer.stop()
    return done


def peak_memory_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def proportional_memory_mb(pid: int) -> float:
    """Resident memory with each shared page divided among the processes sharing it (Pss): what a process
    adds to the machine's use, where VmHWM counts the models shared by forked workers once per process."""
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return float("nan")
    match = re.search(r"^Pss:\s+(\d+) kB", text, re.MULTILINE)
    return int(match.group(1)) / 1024 if match else float("nan")


def children_of(pid: int) -> list[int]:
    """The child processes of `pid` (a forking `newsworker worker --processes N`)."""
    pids: list[int] = []
    for task in os.listdir(f"/proc/{pid}/task"):
        with contextlib.suppress(OSError):
            pids.extend(int(child) for child in Path(f"/proc/{pid}/task/{task}/children").read_text().split())
    return sorted(pids)


def cpu_seconds(pid: int | str | None) -> float:
    """User + system CPU time of a process so far (0 when it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError, TypeError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def thread_cpu_seconds(pid: int) -> dict[int, float]:
    """User + system CPU time of each thread of a process so far, by thread id (the main thread's id is the
    process id: it runs Faust's event loop; the pipeline runs in an executor thread)."""
    found: dict[int, float] = {}
    try:
        tids = [int(t) for t in os.listdir(f"/proc/{pid}/task")]
    except OSError:
        return found
    for tid in tids:
        seconds = cpu_seconds(f"{pid}/task/{tid}")
        if seconds:
            found[tid] = seconds
    return found


def thread_cpu_by_name(pid: int) -> dict[str, float]:
    """CPU seconds of a process's threads so far, summed by thread name with its digits left out (the JVM
    names its threads: "data-plane-kafka-request-handler-3", "G1 Young RemSet Sampling", "C1 CompilerThread0")."""
    found: dict[str, float] = {}
    for tid, seconds in thread_cpu_seconds(pid).items():
        try:
            name = Path(f"/proc/{pid}/task/{tid}/comm").read_text().strip()
        except OSError:
            continue
        name = re.sub(r"[-\s]*\d+$", "", name) or "?"
        found[name] = found.get(name, 0.0) + seconds
    return found


def describe_broker_threads(before: dict[str, float], after: dict[str, float], top: int = 6) -> str:
    spent = sorted(((after[k] - before.get(k, 0.0), k) for k in after), reverse=True)
    return ", ".join(f"{name} {seconds:.2f}" for seconds, name in spent[:top] if seconds >= 0.01)


class BrokerRequestCounter:
    """The broker's request counts by type (its JMX RequestsPerSec counters), read before and after each
    run by bench/BrokerRequests.java attached to the broker's JVM: which requests a run cost the broker.
    Optional: without a JDK's `java` (or if attaching fails) the runs print no counts."""

    def __init__(self, broker_pid: int) -> None:
        self.process: subprocess.Popen | None = None
        java = shutil.which("java")
        if java is None:
            return
        source = Path(__file__).with_name("BrokerRequests.java")
        process = subprocess.Popen([java, str(source), str(broker_pid)], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        if process.stdout and process.stdout.readline().strip() == "ready":
            self.process = process
        else:
            process.kill()
            print("broker request counts unavailable (could not attach to the broker's JVM)", flush=True)

    def counts(self) -> dict[str, int]:
        if self.process is None or self.process.stdin is None or self.process.stdout is None:
            return {}
        self.process.stdin.write("\n")
        self.process.stdin.flush()
        pairs = (item.split("=") for item in self.process.stdout.readline().split())
        return {name: int(count) for name, count in pairs}

    def close(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait(5)

    def __enter__(self) -> BrokerRequestCounter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def describe_requests(before: dict[str, int], after: dict[str, int], top: int = 8) -> str:
    spent = sorted(((after[k] - before.get(k, 0), k) for k in after), reverse=True)
    return ", ".join(f"{name} {count}" for count, name in spent[:top] if count > 0)


def describe_threads(pid: int, before: dict[int, float], after: dict[int, float]) -> str:
    """CPU seconds of a worker's event-loop thread and of its other threads during a run."""
    spent = {tid: after[tid] - before.get(tid, 0.0) for tid in after}
    others = sorted((v for tid, v in spent.items() if tid != pid and v >= 0.05), reverse=True)
    return f"event loop {spent.get(pid, 0.0):.1f}, other threads " + (" / ".join(f"{v:.1f}" for v in others) or "0")


def start_profiler(pid: int, output: Path) -> subprocess.Popen:
    """py-spy (the `bench` extra) sampling every thread of a worker, raw collapsed stacks."""
    py_spy = shutil.which("py-spy", path=str(Path(sys.executable).parent)) or shutil.which("py-spy")
    if not py_spy:
        raise SystemExit("--profile needs py-spy: .venv/bin/pip install -c requirements.lock -e '.[bench]'")
    profiler = subprocess.Popen([py_spy, "record", "--pid", str(pid), "--format", "raw", "--threads",
                                 "--rate", "200", "--nonblocking", "--output", str(output)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)  # attached before the first record is sent
    return profiler


# Where a sample of the worker lands: the first matching frame wins (pipeline stages, then the loop).
PROFILE_BUCKETS = (
    ("spaCy (nlp.pipe on new sentences)", "_parse_new_sentences"),
    ("deduplication", "_segment_and_dedup"),
    ("deduplication, second look", "recheck_batch"),
    ("event rules", "extract_events"),
    ("record assembly, versions", "finish_batch"),
)


def summarize_profile(path: Path, seconds: float) -> str:
    """Share of wall time each thread was busy, and what the pipeline thread did."""
    busy: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        stack, _, count = line.rpartition(" ")
        frames = stack.split(";")
        thread = "pipeline thread" if "pipeline" in frames[0] else (
            "event loop (Faust, aiokafka, publishing)" if "MainThread" in frames[0] else "other threads")
        if thread == "pipeline thread":
            thread = next((f"pipeline thread: {name}" for name, marker in PROFILE_BUCKETS
                           if any(marker in frame for frame in frames)), "pipeline thread: other")
        busy[thread] = busy.get(thread, 0) + int(count)
    possible = seconds * 200  # samples per thread had it been busy all the time
    return "\n".join(f"    {name:<48} {100 * n / possible:5.1f}% of the run's wall time"
                     for name, n in sorted(busy.items(), key=lambda kv: -kv[1]))


def measure_worker(broker: LocalBroker, corpus: list[dict[str, Any]], workers: int, workdir: Path,
                   rate: float | None, label: str = "", profile_to: Path | None = None,
                   partitions: int = 6, pin: bool = False,
                   requests: BrokerRequestCounter | None = None, forked: bool = False) -> dict[str, Any]:
    """`workers` worker processes in one group: as many `newsworker worker` commands, or with `forked` one
    `newsworker worker --processes N` (the models loaded once, then shared by the forked processes)."""
    tag = f"bench{os.getpid()}{label}w{workers}r{int(rate or 0)}"
    settings = worker_settings(broker, tag, workdir, partitions)
    processes = []  # what the bench started (and stops)
    worker_pids: list[int] = []  # the worker processes themselves (measured)
    ports: list[int] = []
    try:
        if forked and workers > 1:
            first = free_ports(workers)
            s = settings.with_overrides(metrics_port=first, processes=workers)
            process = spawn_worker(s, workdir / f"{tag}-forked.log")
            processes.append(process)
            ports = [first + i for i in range(workers)]
            for port in ports:
                if not wait_http_ok(f"http://127.0.0.1:{port}/ready", 240, process):
                    raise RuntimeError(f"worker not ready; see {workdir / f'{tag}-forked.log'}")
            worker_pids = children_of(process.pid)
        else:
            for i in range(workers):
                s = settings.with_overrides(metrics_port=free_port())
                process = spawn_worker(s, workdir / f"{tag}-{i}.log")
                processes.append(process)
                worker_pids.append(process.pid)
                ports.append(s.metrics_port)
                if not wait_http_ok(f"http://127.0.0.1:{s.metrics_port}/ready", 240, process):
                    raise RuntimeError(f"worker not ready; see {workdir / f'{tag}-{i}.log'}")
        time.sleep(3 if workers > 1 else 0.5)  # let the group settle so the run measures steady state
        if pin:  # as `taskset -c i`: worker i on core i (every thread; threads started later inherit it)
            for i, pid in enumerate(worker_pids):
                for tid in os.listdir(f"/proc/{pid}/task"):
                    os.sched_setaffinity(int(tid), {i % (os.cpu_count() or 1)})

        async def run() -> tuple[dict[str, float], dict[str, float], float, float]:
            if rate:  # latency is measured in steady state: a warm-up batch first (first calls are slow)
                warm = [{**a, "id": f"warm-{a['id']}"} for a in corpus[:30]]
                warm_done = asyncio.create_task(_collect(settings, {a["id"] for a in warm}, timeout=300))
                await _send(settings, warm, None)
                await warm_done
            ids = {a["id"] for a in corpus}
            started = time.time()
            collector = asyncio.create_task(_collect(settings, ids, timeout=1800))
            sent_at = await _send(settings, corpus, rate)
            done = await collector
            return sent_at, done, started, max(done.values(), default=started)

        profiler = start_profiler(worker_pids[0], profile_to) if profile_to else None
        pids = {"workers": worker_pids, "broker": [broker.pid()]}
        cpu_before = {role: sum(cpu_seconds(pid) for pid in group) for role, group in pids.items()}
        worker_cpu_before = [cpu_seconds(pid) for pid in pids["workers"]]
        threads_before = [thread_cpu_seconds(pid) for pid in pids["workers"]]
        broker_threads_before = thread_cpu_by_name(broker.pid())
        requests_before = requests.counts() if requests else {}
        driver_before = time.process_time()
        sent_at, done, started, finished = asyncio.run(run())
        cpu = {role: sum(cpu_seconds(pid) for pid in group) - cpu_before[role] for role, group in pids.items()}
        per_worker_cpu = [cpu_seconds(pid) - before for pid, before in zip(pids["workers"], worker_cpu_before,
                                                                          strict=True)]
        cpu["driver"] = time.process_time() - driver_before
        threads = [describe_threads(pid, before, thread_cpu_seconds(pid))
                   for pid, before in zip(pids["workers"], threads_before, strict=True)]
        broker_threads = describe_broker_threads(broker_threads_before, thread_cpu_by_name(broker.pid()))
        broker_requests = describe_requests(requests_before, requests.counts()) if requests else ""
        if profiler:
            profiler.send_signal(signal.SIGINT)
            profiler.wait(timeout=60)
        latencies = sorted(done[k] - sent_at[k] for k in done if k in sent_at)
        if rate and os.environ.get("BENCH_LATENCY_TRACE"):
            order = sorted((sent_at[k], done[k] - sent_at[k]) for k in done if k in sent_at)
            t0 = order[0][0]
            print("latency trace:", " ".join(f"{s - t0:.1f}:{d:.2f}" for s, d in order if d > 1.0))
        memory = [peak_memory_mb(pid) for pid in worker_pids]
        shared = [proportional_memory_mb(pid) for pid in worker_pids]
        # A forked set's supervisor holds the loaded models too (shared with its children): its share counts.
        supervisor = proportional_memory_mb(processes[0].pid) if processes[0].pid not in worker_pids else 0.0
        shares = [worker_work([port]) for port in ports]
        work = worker_work(ports)
    finally:
        for p in processes:
            stop_process(p)
    # Rate once the first quarter of the articles is out: the cold start (empty dedup memory, a burst of
    # new stories, every worker parsing its first batch at once) left out, the steady state kept.
    ends = sorted(done.values())
    quarter = len(ends) // 4
    steady = (len(ends) - quarter) / (ends[-1] - ends[quarter]) if len(ends) > 8 and ends[-1] > ends[quarter] \
        else float("nan")
    return {
        "articles": len(done),
        "seconds": finished - started,
        "articles_per_s": len(done) / (finished - started) if finished > started else float("nan"),
        "steady_articles_per_s": steady,
        "latency": latencies,
        "peak_memory_mb": memory,
        "proportional_memory_mb": shared,
        "supervisor_memory_mb": supervisor,
        "work": work,
        "cpu": cpu,
        "per_worker": [{"cpu": c, **w} for c, w in zip(per_worker_cpu, shares, strict=True)],
        "threads": threads,
        "broker_threads": broker_threads,
        "broker_requests": broker_requests,
    }


def worker_work(ports: list[int]) -> dict[str, float]:
    """What the workers did, summed over processes from their /metrics: stage seconds, units seen,
    units marked as repeats (so a run that parsed more because dedup missed cross-worker copies shows)."""
    from urllib.request import urlopen

    from prometheus_client.parser import text_string_to_metric_families

    totals: dict[str, float] = {}
    for port in ports:
        with urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as response:
            text = response.read().decode("utf-8")
        for family in text_string_to_metric_families(text):
            for sample in family.samples:
                key = None
                if sample.name == "newsworker_stage_duration_seconds_sum":
                    key = f"seconds.{sample.labels['stage']}"
                elif sample.name == "newsworker_units_seen_total":
                    key = f"seen.{sample.labels['unit']}"
                elif sample.name == "newsworker_sentences_parsed_total":
                    key = "parsed"
                elif sample.name == "newsworker_articles_consumed_total":
                    key = "articles"
                elif sample.name == "newsworker_dedup_deferred_units_total":
                    key = "deferred"
                elif sample.name == "newsworker_units_repeated_total":
                    key = f"repeated.{sample.labels['unit']}.{sample.labels['scope']}"
                if key:
                    totals[key] = totals.get(key, 0.0) + sample.value
    return totals


def describe_cpu(run: dict[str, Any]) -> str:
    cpu, seconds = run["cpu"], run["seconds"]
    total = sum(cpu.values())
    cores = os.cpu_count() or 1
    return (f"CPU seconds: workers {cpu['workers']:.1f}, broker {cpu['broker']:.1f}, bench driver {cpu['driver']:.1f} "
            f"= {total:.1f} in {seconds:.1f} s wall ({total / seconds:.2f} of {cores} cores busy)")


def describe_work(work: dict[str, float]) -> str:
    stages = " ".join(f"{k.split('.', 1)[1]} {v:.1f}s" for k, v in sorted(work.items()) if k.startswith("seconds."))
    seen = work.get("seen.sentence", 0.0)
    repeated = sum(v for k, v in work.items() if k.startswith("repeated.sentence"))
    paragraphs = work.get("seen.paragraph", 0.0)
    repeated_paragraphs = sum(v for k, v in work.items() if k.startswith("repeated.paragraph"))
    stream = sum(v for k, v in work.items() if k.startswith("repeated.") and k.endswith(".stream"))
    deferred = work.get("deferred", 0.0)
    parsed = work.get("parsed", 0.0)
    return (f"paragraphs {paragraphs:.0f} ({repeated_paragraphs:.0f} repeats, {stream:.0f} units repeated across "
            f"articles, {deferred:.0f} of them found at the second look), sentences {seen:.0f} "
            f"({repeated:.0f} sentence-level repeats, {parsed:.0f} sent to spaCy); stage time summed: {stages}")


def describe_balance(run: dict[str, Any]) -> str:
    """How the partitions split the work between the workers. The article ids hash onto partitions, so one
    worker can get more of the new stories (the costly articles) than the other; it then still parses
    while the other has nothing left: even on a machine with no contention, two workers cannot be more than
    1 / (the larger share of the parsing) times faster than one."""
    workers = run["per_worker"]
    parsed = [w.get("parsed", 0.0) for w in workers]
    total = sum(parsed) or 1.0
    ceiling = total / max(parsed) if max(parsed) else float("nan")
    return ("per worker: articles " + " / ".join(f"{w.get('articles', 0.0):.0f}" for w in workers)
            + ", sentences parsed " + " / ".join(f"{p:.0f}" for p in parsed)
            + ", CPU s " + " / ".join(f"{w['cpu']:.1f}" for w in workers)
            + f" (largest share of the parsing {max(parsed) / total:.2f}: on its own it caps the speed-up at "
            f"{ceiling:.2f}×)")


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1] if len(values) > 1 else values[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1080)
    parser.add_argument("--originals", type=int, default=147,
                        help="distinct stories in the corpus; the rest reuse them (0 = every source article)")
    parser.add_argument("--order", choices=("stories", "shuffle"), default="stories",
                        help="stories: each story breaks somewhere in the stream and its copies follow soon "
                        "after (default); shuffle: every article at a random place (sessions 1-6)")
    parser.add_argument("--pairs", type=int, default=3,
                        help="1-worker and 2-worker runs, alternating, this many times each (median reported)")
    parser.add_argument("--skip-latency", action="store_true")
    parser.add_argument("--partitions", type=int, default=6,
                        help="partitions of the raw topic (default 6, the worker's NEWSWORKER_PARTITIONS). Under "
                        "exactly-once each input partition a worker holds commits its own transaction per "
                        "batch; 2 partitions (one per worker) cut the broker's CPU in the 2-worker runs but "
                        "not enough for 1.7x (median 1.59x either way in session 13; 1.66x against 1.60x in "
                        "session 15)")
    parser.add_argument("--pin", action="store_true",
                        help="pin worker i to core i, as `taskset -c i newsworker worker` would (the broker is "
                        "not pinned): fewer migrations and less cache refilling when two workers and the broker "
                        "share two cores")
    parser.add_argument("--two", choices=("forked", "commands", "both"), default="forked",
                        help="how the 2-worker runs start: forked = one `newsworker worker --processes 2` (the "
                        "models loaded once, the two processes forked after share them; the default since "
                        "session 18), commands = two `newsworker worker` commands (sessions 1-17), both = each "
                        "pair runs both after its 1-worker run (side by side)")
    parser.add_argument("--latency-only", type=float, metavar="RATE",
                        help="only the latency run, at RATE articles/s (1 worker, after the broker warm-up): "
                        "a quick way to compare settings such as NEWSWORKER_BATCH_MAX_ARTICLES")
    parser.add_argument("--skip-raw", action="store_true",
                        help="only the worker runs (no raw spaCy, no table): a quicker way to compare worker or "
                        "broker settings by their pairs' speed-ups")
    parser.add_argument("--broker-property", action="append", default=[], metavar="KEY=VALUE",
                        help="an extra server.properties line for the bench's broker (repeatable), e.g. "
                        "num.io.threads=2")
    parser.add_argument("--broker-dir", default=tempfile.gettempdir(), metavar="DIR",
                        help="where the bench's broker keeps its data, the topics' log segments (default: the "
                        "temporary directory, on disk here; /dev/shm puts them in memory, to compare)")
    parser.add_argument("--broker-profile", action="store_true",
                        help="record the broker with Java Flight Recorder (in the JDK) and print where its request "
                        "threads spent their CPU over the whole bench")
    parser.add_argument("--broker-warm-up", type=int, default=60, metavar="N",
                        help="articles of the throw-away 1-worker pass that warms the broker's JIT before the "
                        "measured runs (default 60)")
    parser.add_argument("--profile", action="store_true",
                        help="sample the 1-process worker and the first of the 2 workers with py-spy (the "
                        "`bench` extra) and print where their time goes")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="newsworker-bench-"))
    corpus = build_corpus(args.articles, args.originals, args.order)
    tokens_hint = sum(len(full_text(a).split()) for a in corpus)
    available = len(source_articles())
    stories = min(args.originals or available, available)
    print(f"corpus: {len(corpus)} articles, ~{tokens_hint} words, from {stories}"
          f" distinct source articles; machine: {os.cpu_count()} cores; logs in {workdir}", flush=True)

    print(f"the bench's broker keeps its data under {args.broker_dir}", flush=True)
    if args.latency_only:
        return latency_only(corpus, workdir, args)
    if args.skip_raw:
        return workers_only(corpus, workdir, args)
    raw1 = measure_raw_spacy(corpus, 1)
    print(f"raw spaCy, 1 process : {raw1['articles_per_s']:.2f} articles/s, {raw1['tokens_per_s']:.0f} tokens/s "
          f"(batch {raw1['batch_size']})", flush=True)
    raw2 = measure_raw_spacy(corpus, 2)
    print(f"raw spaCy, 2 processes: {raw2['articles_per_s']:.2f} articles/s", flush=True)
    split1 = measure_raw_independent(corpus, 1, int(raw1["batch_size"]))
    split2 = measure_raw_independent(corpus, 2, int(raw1["batch_size"]))
    ceiling = split2["articles_per_s"] / split1["articles_per_s"]
    print(f"raw spaCy, independent processes: 1 → {split1['articles_per_s']:.2f}, 2 → "
          f"{split2['articles_per_s']:.2f} articles/s (this machine's speed-up for the same parsing: "
          f"{ceiling:.2f}×)", flush=True)

    with started_broker(workdir, args) as broker, BrokerRequestCounter(broker.pid()) as requests:
        ones, twos_by_kind = run_pairs(broker, corpus, workdir, args, requests)
        kind, twos = next(iter(twos_by_kind.items()))  # the reported kind; --two both prints the other below
        speedups, steady_speedups = pair_speedups(ones, twos)
        one = median_run(ones)
        two = median_run(twos)
        half = None
        if not args.skip_latency:
            rate = one["articles_per_s"] / 2
            half = measure_worker(broker, corpus, 1, workdir, rate, partitions=args.partitions, pin=args.pin,
                                  requests=requests)

    tokens = raw1["tokens"]
    print()
    print("| measure | raw spaCy (nlp.pipe) | newsworker (Kafka in → enriched out) | ratio worker/raw |")
    print("|---|---|---|---|")
    print(f"| 1 process: articles/s | {raw1['articles_per_s']:.2f} | {one['articles_per_s']:.2f} | "
          f"{one['articles_per_s'] / raw1['articles_per_s']:.2f} |")
    ratio = one["articles_per_s"] / raw1["articles_per_s"]
    print(f"| 1 process: tokens/s (of the input) | {raw1['tokens_per_s']:.0f} | "
          f"{one['articles_per_s'] * tokens / len(corpus):.0f} | {ratio:.2f} |")
    print(f"| 2 processes: articles/s | {raw2['articles_per_s']:.2f} | {two['articles_per_s']:.2f} | "
          f"{two['articles_per_s'] / raw2['articles_per_s']:.2f} |")
    pairs = " ".join(f"{x:.2f}" for x in speedups)
    print(f"| speed-up 1 → 2 processes, {kind} (median of {len(speedups)} pairs: {pairs}) | "
          f"{raw2['articles_per_s'] / raw1['articles_per_s']:.2f}× | {statistics.median(speedups):.2f}× | |")
    steady = " ".join(f"{x:.2f}" for x in steady_speedups)
    print(f"| speed-up after the first quarter of the articles (cold start left out; pairs: {steady}) | | "
          f"{statistics.median(steady_speedups):.2f}× | |")
    print(f"| this machine's speed-up for the same parsing (spaCy in 2 independent processes) | "
          f"{ceiling:.2f}× | | |")
    if half:
        lat = half["latency"]
        print(f"| latency at {one['articles_per_s'] / 2:.2f} articles/s (half of max): p50 / p95 / p99 | | "
              f"{pct(lat, 50):.2f}s / {pct(lat, 95):.2f}s / {pct(lat, 99):.2f}s | |")
    mem = one["peak_memory_mb"] + two["peak_memory_mb"]
    print(f"| peak memory per worker process (VmHWM) | | {max(mem):.0f} MB (max of {len(mem)}) | |")
    shared = two["proportional_memory_mb"] + ([two["supervisor_memory_mb"]] if two["supervisor_memory_mb"] else [])
    print(f"| memory of the 2-worker set ({kind}; Pss: shared pages split between the processes"
          f"{', the supervisor last' if two['supervisor_memory_mb'] else ''}) | | "
          f"{' + '.join(f'{m:.0f}' for m in shared)} = {sum(shared):.0f} MB | |")
    if len(twos_by_kind) > 1:
        print(describe_speedups(ones, twos_by_kind))
    return 0


@contextlib.contextmanager
def started_broker(workdir: Path, args: argparse.Namespace) -> Iterator[LocalBroker]:
    """A local broker for the bench, its home under `args.broker_dir`; stopped, its log file copied into
    the workdir and its home (the run's topics) removed on the way out."""
    home = Path(tempfile.mkdtemp(prefix="newsworker-bench-kafka-", dir=args.broker_dir))
    broker = LocalBroker(home=home, port=free_port(), controller_port=free_port(),
                         extra_properties=tuple(args.broker_property))
    recording = workdir / "broker.jfr"
    if args.broker_profile:  # the JDK's own sampler: nothing to install, written when the broker exits
        broker = dataclasses.replace(broker, jvm_options=f"{broker.jvm_options} -XX:StartFlightRecording="
                                     f"filename={recording},settings=profile,dumponexit=true")
    try:
        broker.start(wait_seconds=120)
        yield broker
    finally:
        broker.stop()
        if broker.log_file.exists():
            shutil.copy(broker.log_file, workdir / "broker.log")
        shutil.rmtree(home, ignore_errors=True)
    if args.broker_profile:
        print(summarize_broker_profile(recording), flush=True)


def summarize_broker_profile(recording: Path, top: int = 12) -> str:
    """Where the broker's request threads (`data-plane-kafka-*`) spent their CPU over the whole bench, from
    the Java Flight Recorder's execution samples: the frames they were in (self) and the frames on their
    stacks (inclusive), as shares of those threads' samples. This is how the index writes were found."""
    import json
    from collections import Counter

    jfr = shutil.which("jfr")
    if jfr is None or not recording.exists():
        return f"broker profile unavailable (no `jfr` tool or no recording at {recording})"
    printed = subprocess.run([jfr, "print", "--json", "--stack-depth", "64", "--events", "jdk.ExecutionSample",
                              str(recording)], capture_output=True, text=True, check=False)
    if printed.returncode != 0:
        return f"broker profile unreadable: {printed.stderr.strip()[:300]}"
    own: Counter[str] = Counter()
    on_stack: Counter[str] = Counter()
    samples = 0
    for event in json.loads(printed.stdout)["recording"]["events"]:
        thread = event["values"].get("sampledThread") or {}
        if not (thread.get("javaName") or thread.get("osName") or "").startswith("data-plane"):
            continue
        frames = [f"{f['method']['type']['name'].rsplit('/', 1)[-1]}.{f['method']['name']}"
                  for f in (event["values"].get("stackTrace") or {}).get("frames") or []]
        if frames:
            samples += 1
            own[frames[0]] += 1
            on_stack.update(set(frames))
    if not samples:
        return f"broker profile: no samples of its request threads in {recording}"

    def share(counter: Counter[str], count: int) -> str:
        return "\n".join(f"      {100 * n / samples:5.1f} %  {name}" for name, n in counter.most_common(count))

    return (f"broker profile ({recording}; {samples} samples of its request threads over the whole bench)\n"
            f"    in the frame:\n{share(own, top)}\n    on the stack:\n{share(on_stack, 2 * top)}")


def warm_up_broker(broker: LocalBroker, corpus: list[dict[str, Any]], workdir: Path,
                   args: argparse.Namespace) -> None:
    """The broker's JIT warms up on its first traffic (it spent twice the CPU on the first run than on later
    ones): a throw-away pass over `--broker-warm-up` articles first, so the measured runs meet a warm broker.
    Its own app id and article ids, so its dedup memory is not the measured runs'."""
    warm = [{**a, "id": f"broker-warm-up-{i}"} for i, a in enumerate(corpus[:args.broker_warm_up])]
    measure_worker(broker, warm, 1, workdir, None, label="warmup", partitions=args.partitions)


def pair_speedups(ones: list[dict[str, Any]], twos: list[dict[str, Any]]) -> tuple[list[float], list[float]]:
    """Each pair's 1 → 2 speed-up over the whole run and after the first quarter of the articles."""
    pairs = list(zip(ones, twos, strict=True))
    return ([two["articles_per_s"] / one["articles_per_s"] for one, two in pairs],
            [two["steady_articles_per_s"] / one["steady_articles_per_s"] for one, two in pairs])


def two_worker_kinds(args: argparse.Namespace) -> list[str]:
    """The 2-worker runs of each pair: the first is the one the table reports."""
    return {"both": ["forked", "commands"]}.get(args.two, [args.two])


def run_pairs(broker: LocalBroker, corpus: list[dict[str, Any]], workdir: Path, args: argparse.Namespace,
              requests: BrokerRequestCounter) -> tuple[list[dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    """The broker warm-up, then `args.pairs` alternating 1-worker and 2-worker runs, each printed; the
    2-worker runs by kind (forked, commands: see --two)."""
    warm_up_broker(broker, corpus, workdir, args)
    ones: list[dict[str, Any]] = []
    twos: dict[str, list[dict[str, Any]]] = {kind: [] for kind in two_worker_kinds(args)}
    for k in range(max(1, args.pairs)):
        # Each run has its own topics and app id (label), so no run starts with another's dedup memory.
        profile = workdir / f"worker-1-process-{k}.py-spy.txt" if args.profile and k == 0 else None
        one = measure_worker(broker, corpus, 1, workdir, None, label=f"p{k}", profile_to=profile,
                             partitions=args.partitions, pin=args.pin, requests=requests)
        print(f"worker, 1 process, pair {k + 1}    : {one['articles_per_s']:.2f} articles/s", flush=True)
        print_details(one, profile, "profile")
        ones.append(one)
        for kind in twos:
            profile2 = workdir / f"worker-2-{kind}-first-{k}.py-spy.txt" if args.profile and k == 0 else None
            two = measure_worker(broker, corpus, 2, workdir, None, label=f"p{k}{kind[0]}", profile_to=profile2,
                                 partitions=args.partitions, pin=args.pin, requests=requests,
                                 forked=kind == "forked")
            print(f"worker, 2 processes ({kind}), pair {k + 1}  : {two['articles_per_s']:.2f} articles/s "
                  f"(speed-up {two['articles_per_s'] / one['articles_per_s']:.2f}×, after the first quarter "
                  f"{two['steady_articles_per_s'] / one['steady_articles_per_s']:.2f}×)", flush=True)
            print_details(two, profile2, "profile of the first of the two")
            twos[kind].append(two)
    return ones, twos


def describe_speedups(ones: list[dict[str, Any]], twos: dict[str, list[dict[str, Any]]]) -> str:
    lines = []
    for kind, runs in twos.items():
        speedups, steady = pair_speedups(ones, runs)
        lines.append(f"speed-up 1 → 2 processes ({kind}): median {statistics.median(speedups):.2f}× (pairs "
                     f"{' '.join(f'{x:.2f}' for x in speedups)}), after the first quarter "
                     f"{statistics.median(steady):.2f}× (pairs {' '.join(f'{x:.2f}' for x in steady)})")
    return "\n".join(lines)


def workers_only(corpus: list[dict[str, Any]], workdir: Path, args: argparse.Namespace) -> int:
    """--skip-raw: the pairs alone, and the medians of their speed-ups."""
    with started_broker(workdir, args) as broker, BrokerRequestCounter(broker.pid()) as requests:
        ones, twos = run_pairs(broker, corpus, workdir, args, requests)
    print(describe_speedups(ones, twos))
    return 0


def print_details(run: dict[str, Any], profile: Path | None, what: str) -> None:
    """The work, CPU seconds and (with --profile) the profile summary of one measured run."""
    print(f"    work: {describe_work(run['work'])}", flush=True)
    print(f"    {describe_cpu(run)}", flush=True)
    print("    worker threads, CPU s: " + "; ".join(run["threads"]), flush=True)
    print(f"    broker threads, CPU s: {run['broker_threads']}", flush=True)
    if run["broker_requests"]:
        print(f"    broker requests: {run['broker_requests']}", flush=True)
    if len(run["per_worker"]) > 1:
        print(f"    {describe_balance(run)}", flush=True)
    print("    memory per worker process, MB: peak resident (VmHWM) "
          + " / ".join(f"{m:.0f}" for m in run["peak_memory_mb"]) + ", proportional share at the end (Pss) "
          + " / ".join(f"{m:.0f}" for m in run["proportional_memory_mb"])
          + (f", supervisor {run['supervisor_memory_mb']:.0f}" if run["supervisor_memory_mb"] else ""), flush=True)
    if profile:
        print(f"    {what} (py-spy, {profile}):\n{summarize_profile(profile, run['seconds'])}", flush=True)


def median_run(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The run with the median throughput (the lower middle one for an even count); peak memory of all."""
    ordered = sorted(runs, key=lambda run: run["articles_per_s"])
    chosen = dict(ordered[(len(ordered) - 1) // 2])
    chosen["peak_memory_mb"] = [mb for run in runs for mb in run["peak_memory_mb"]]
    return chosen


def latency_only(corpus: list[dict[str, Any]], workdir: Path, args: argparse.Namespace) -> int:
    rate, partitions = args.latency_only, args.partitions
    with started_broker(workdir, args) as broker:
        warm_up_broker(broker, corpus, workdir, args)
        run = measure_worker(broker, corpus, 1, workdir, rate, partitions=partitions)
    lat = run["latency"]
    print(f"latency at {rate:.2f} articles/s, {len(lat)} articles: p50 / p95 / p99 / max "
          f"{pct(lat, 50):.2f}s / {pct(lat, 95):.2f}s / {pct(lat, 99):.2f}s / {max(lat):.2f}s")
    print_details(run, None, "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
