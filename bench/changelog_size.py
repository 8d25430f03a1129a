#!/usr/bin/env python3
"""Bytes the dedup memory's changelog carries per remembered paragraph (format 5, packs).

Runs the deduplicator over the throughput benchmark's corpus in batches of 32 articles, flushing each
batch through `TableFingerprintStore` the way the worker does, and sums the pack records it would send.
This is what `NEWSWORKER_DEDUP_CHANGELOG_BYTES` (retention) must cover for the window. It also times
the replay of those packs into an empty table: the work every worker does for every pack of the stream,
its own and the other workers' (Faust applies the changelog on the event loop).

    python bench/changelog_size.py               # the 360-article corpus
    python bench/changelog_size.py --articles 720
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from throughput import build_corpus  # noqa: E402

from worker.dedup import Deduplicator  # noqa: E402
from worker.table_stores import TableFingerprintStore  # noqa: E402
from worker.text import segment_body  # noqa: E402


class _Table:
    """Just what TableFingerprintStore touches: a dict and the changelog topic's name."""

    def __init__(self) -> None:
        self.data: dict[bytes, bytes] = {}

    def apply_changelog_batch(self, batch: Any) -> None:
        pass

    class changelog_topic:  # mimics Faust's attribute
        @staticmethod
        def get_topic_name() -> str:
            return "dedup-memory-changelog"


class _CountingProducer:
    def __init__(self) -> None:
        self.records = 0
        self.bytes = 0
        self.sent: list[tuple[bytes, bytes]] = []

    async def send(self, topic: str, key: bytes, value: bytes) -> None:
        self.records += 1
        self.bytes += len(key) + len(value)
        self.sent.append((key, value))


class _Message:
    def __init__(self, key: bytes, value: bytes, offset: int) -> None:
        self.key, self.value, self.offset = key, value, offset


class _Event:
    def __init__(self, message: _Message) -> None:
        self.message = message


def replay_seconds(sent: list[tuple[bytes, bytes]]) -> float:
    """CPU seconds to apply every pack to an empty table, the way Faust hands them over (small batches)."""
    store = TableFingerprintStore(_Table(), window=10**9)
    events = [_Event(_Message(key, value, offset)) for offset, (key, value) in enumerate(sent)]
    started = time.process_time()
    for start in range(0, len(events), 8):
        store.apply_changelog_batch(events[start:start + 8])
    return time.process_time() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=360)
    parser.add_argument("--originals", type=int, default=49, help="distinct stories (as measured for the docs)")
    parser.add_argument("--batch", type=int, default=32)
    args = parser.parse_args()
    corpus = build_corpus(args.articles, args.originals)
    table, producer = _Table(), _CountingProducer()
    store = TableFingerprintStore(table, window=10**9)
    dedup = Deduplicator(store)
    for start in range(0, len(corpus), args.batch):
        for article in corpus[start:start + args.batch]:
            dedup.process(article["id"], article.get("source"), segment_body(article["body"]))
        asyncio.run(store.flush(producer))
    print(f"{len(corpus)} articles: {producer.records} changelog records, {producer.bytes} bytes, "
          f"{store.paragraphs} remembered paragraphs, {producer.bytes / max(1, store.paragraphs):.0f} bytes "
          f"per remembered paragraph")
    print(f"replaying them into an empty table: {replay_seconds(producer.sent):.3f} CPU seconds")
    return 0


if __name__ == "__main__":
    sys.exit(main())
