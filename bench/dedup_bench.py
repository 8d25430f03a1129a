"""Deduplication benchmark: time per paragraph and store bytes per remembered paragraph as the store
grows (10k / 100k / 1M remembered paragraphs), to show lookups do not grow with what is remembered.

Usage: .venv/bin/python bench/dedup_bench.py [--sizes 10000,100000,1000000] [--max N] [--queries 60]
Synthetic French-like text: Zipf-distributed pseudo-words + real stopwords, capitalized names, figures.
Filling uses Deduplicator.remember (no lookups); queries use Deduplicator.process on articles mixing
novel paragraphs, exact copies, near copies (one word changed) and updates (one figure changed) of
remembered paragraphs. "bytes/para" = (len(key) + len(value)) summed over the store / paragraphs, i.e.
what a changelog topic carries, not Python's object overhead.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import resource
import statistics
import sys
import time

from worker.dedup import Deduplicator, DedupSettings, InMemoryFingerprintStore
from worker.dedup.lexicon import STOPWORDS
from worker.text import segment_body

_SYL = (
    "ba be bi bo bu da de di do du fa fe fi fo ga ge go la le li lo ma me mi mo na ne ni no pa pe pi po "
    "ra re ri ro sa se si so ta te ti to va ve vi vo cha che cho tra tre tri pro pre gra gre mon man son"
    " ter tur ver vor ment tion ence ise ique".split()
)


class Corpus:
    def __init__(self, seed: int = 7, vocab: int = 40_000) -> None:
        self.rng = random.Random(seed)
        r = self.rng
        words = set()
        while len(words) < vocab:
            words.add("".join(r.choice(_SYL) for _ in range(r.randint(2, 4))))
        self.words = sorted(words)
        self.cum = list(itertools.accumulate(1.0 / (i + 1) ** 1.05 for i in range(len(self.words))))
        self.names = [w.capitalize() for w in self.words[5000:5600]]
        self.stop = sorted(STOPWORDS)

    def sentence(self) -> str:
        r = self.rng
        n = r.randint(10, 24)
        content = r.choices(self.words, cum_weights=self.cum, k=n)
        out = []
        for w in content:
            if r.random() < 0.45:
                out.append(r.choice(self.stop))
            x = r.random()
            if x < 0.06:
                out.append(r.choice(self.names))
            elif x < 0.09:
                out.append(str(r.choice([r.randint(2, 99), r.randint(100, 999) * 10])))
            else:
                out.append(w)
        s = " ".join(out)
        return s[0].upper() + s[1:] + "."

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.choice([1, 2, 2, 3, 3, 4])))


def variant(text: str, kind: str, rng: random.Random) -> str:
    words = text.split(" ")
    if kind == "near":
        i = rng.randrange(len(words))
        words[i] = words[i] + "x"
    elif kind == "update":
        nums = [i for i, w in enumerate(words) if w.rstrip(".").isdigit()]
        if nums:
            i = rng.choice(nums)
            words[i] = str(int(words[i].rstrip(".")) + 1) + ("." if words[i].endswith(".") else "")
        else:
            words.insert(rng.randrange(len(words)), "77")
    return " ".join(words)


class CountingStore(InMemoryFingerprintStore):
    """Unbounded in-memory store that counts lookups."""

    def __init__(self) -> None:
        super().__init__(max_entries=None)
        self.gets = 0

    def get(self, key: str) -> bytes | None:
        self.gets += 1
        return super().get(key)

    def bytes_by_kind(self) -> dict[str, int]:
        """Key + value bytes per key kind ("u" records, "k" k-grams, "p" stem bands, "x" exact...)."""
        out: dict[str, int] = {}
        for k, v in self._data.items():
            out[k[0]] = out.get(k[0], 0) + len(k.encode("utf-8")) + len(v)
        return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--max", type=int, default=None, help="skip sizes above this")
    ap.add_argument("--queries", type=int, default=60, help="query articles (5 paragraphs each) per size")
    args = ap.parse_args(argv[1:])
    sizes = [int(x) for x in args.sizes.split(",") if not args.max or int(x) <= args.max]

    corpus = Corpus()
    store = CountingStore()
    dedup = Deduplicator(store, DedupSettings())
    rng = random.Random(11)
    reservoir: list[str] = []
    filled = 0
    art = 0
    print(
        f"# load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cpus "
        "(wall ms are inflated by other processes; cpu ms is this thread's own time)"
    )
    print(
        f"{'remembered':>10s} {'fill s':>7s} {'keys':>10s} {'bytes/para':>10s} {'wall ms/para':>12s} "
        f"{'p50':>6s} {'p95':>6s} {'cpu ms/para':>11s} {'cpu p95':>7s} {'gets/para':>9s} {'found':>6s} "
        f"{'rss MB':>7s}",
        flush=True,
    )
    for size in sizes:
        t0 = time.perf_counter()
        while filled < size:
            n = min(10, size - filled)
            paras = [corpus.paragraph() for _ in range(n)]
            for p in paras:  # reservoir sample of remembered paragraphs to copy in queries
                if len(reservoir) < 2000:
                    reservoir.append(p)
                elif rng.random() < 2000 / (filled + 1):
                    reservoir[rng.randrange(2000)] = p
                filled += 1
            dedup.remember(f"fill{art}", "synthetic", segment_body("\n".join(paras)))
            art += 1
        fill_s = time.perf_counter() - t0
        by_kind = store.bytes_by_kind()
        nbytes = sum(by_kind.values())
        per_para: list[float] = []
        cpu_para: list[float] = []
        gets0 = store.gets
        found = expected = 0
        for q in range(args.queries):
            kinds = [rng.choice(["novel", "novel", "exact", "near", "update"]) for _ in range(5)]
            paras = [corpus.paragraph() if k == "novel" else variant(rng.choice(reservoir), k, rng) for k in kinds]
            paragraphs = segment_body("\n".join(paras))
            t, c = time.perf_counter(), time.thread_time()
            r = dedup.process(f"q{size}-{q}", "bench", paragraphs)
            per_para.append((time.perf_counter() - t) * 1000 / len(paragraphs))
            cpu_para.append((time.thread_time() - c) * 1000 / len(paragraphs))
            for i, k in enumerate(kinds):
                if k != "novel":
                    expected += 1
                    found += i in r.paragraphs
        gets = (store.gets - gets0) / (args.queries * 5)
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        per_para.sort()
        cpu_para.sort()
        print(
            f"{filled:>10d} {fill_s:>7.1f} {len(store):>10d} {nbytes / filled:>10.0f} "
            f"{statistics.mean(per_para):>12.3f} {per_para[len(per_para) // 2]:>6.3f} "
            f"{per_para[int(len(per_para) * 0.95)]:>6.3f} {statistics.mean(cpu_para):>11.3f} "
            f"{cpu_para[int(len(cpu_para) * 0.95)]:>7.3f} {gets:>9.1f} {found / max(expected, 1):>6.2f} "
            f"{rss:>7.0f}",
            flush=True,
        )
        print(
            "#   bytes/para by key kind: " + ", ".join(f"{k}={v / filled:.0f}" for k, v in sorted(by_kind.items())),
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
