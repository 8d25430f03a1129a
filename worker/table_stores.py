"""The pipeline's stores (dedup fingerprints, article versions) backed by Faust tables.

The pipeline sees plain get/put stores (worker.dedup.FingerprintStore, worker.versions.VersionStore);
these adapters stage the writes made while the pipeline runs in its thread and apply them from the
event loop, where Faust tables and producers live.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from worker.dedup import DedupSettings
from worker.dedup.store import UID_BYTES, bucket_uids

log = logging.getLogger("newsworker")

RECENT_ARTICLES = 100_000  # articles whose changelog offset is kept (a burst is a few hundred)


class TableFingerprintStore:
    """The dedup FingerprintStore backed by a Faust GlobalTable (every worker reads its changelog).

    Writes go to the changelog through a plain idempotent producer, outside the Kafka transactions
    that carry the worker's outputs: under exactly-once, Faust would put a table write in the
    transaction of the changelog partition, which another worker may own (it crashes with "No
    transaction producer found"). Fingerprints are idempotent facts (a replayed article finds its
    own and ignores them), so they need no transaction. The pipeline runs in a thread, so writes
    are staged and flushed on the event loop; reads see staged writes first so the articles of one
    batch see each other. Each worker bounds what it wrote to a window of paragraphs (tombstones for
    the least recently written keys).
    """

    def __init__(self, table: Any, window: int, max_bucket: int = DedupSettings().max_bucket,
                 remember_offsets: int = RECENT_ARTICLES) -> None:
        self.table = table
        self.window = window  # in remembered paragraphs (one "u:" record each), per worker
        self.max_bucket_bytes = max_bucket * UID_BYTES
        # Index buckets are read-modify-write: two workers appending to one bucket at the same moment each
        # publish their own list, and plain changelog replay keeps only the last. Merging them as they are
        # applied keeps both appends, on every worker and in recovery.
        self.apply_plain = table.apply_changelog_batch
        table.apply_changelog_batch = self.apply_changelog_batch
        # Where each recent article's fingerprints are complete in the changelog: the offset of the marker a
        # worker writes once a batch's writes are acknowledged. One order that every worker agrees on, used
        # to settle copies two workers took at the same moment (worker/dedup/concurrent.py).
        self.completed_at: OrderedDict[str, int] = OrderedDict()
        self.remember_offsets = remember_offsets
        self.marker_key = b"f:" + uuid.uuid4().hex[:16].encode("ascii")  # one per process: compaction keeps the last
        self.last_marker_offset: int | None = None  # of the last batch flushed with `completing`
        self.pending: dict[str, bytes] = {}
        # Keys this worker wrote, least recently written first; index buckets are rewritten often
        # and move to the end, so eviction never deletes a key that was just refreshed.
        self.written: OrderedDict[bytes, None] = OrderedDict()
        self.paragraphs_written = 0

    def get(self, key: str) -> bytes | None:
        value = self.pending.get(key)
        if value is not None:
            return value
        return self.table.data.get(key.encode("utf-8"))

    def completed_at_offset(self, article_id: str) -> int | None:
        """The changelog offset after which all the article's fingerprints can be read, if it is recent."""
        return self.completed_at.get(article_id)

    def _note_completed(self, marker: bytes, offset: int) -> None:
        for article_id in marker.decode("utf-8").split("\n"):
            if article_id and article_id not in self.completed_at:
                self.completed_at[article_id] = offset
                if len(self.completed_at) > self.remember_offsets:
                    self.completed_at.popitem(last=False)

    def apply_changelog_batch(self, batch: Any) -> None:
        """Faust's changelog replay, except that an index bucket is merged with the local one (the
        union of their unit ids, oldest first, up to the bucket size) instead of replaced, and batch
        markers are noted."""
        data = self.table.data
        for event in batch:
            key, value = event.message.key, event.message.value
            if value is not None and key.startswith(b"f:"):
                self._note_completed(value, event.message.offset)
            current = data.get(key) if value is not None and not key.startswith(b"u:") else None
            if current:
                data[key] = merge_buckets(current, value, self.max_bucket_bytes)
            else:
                self.apply_plain([event])

    def put(self, key: str, value: bytes) -> None:
        self.pending[key] = value

    def __len__(self) -> int:
        return len(self.table.data) + len(self.pending)

    async def flush(self, producer: Any, completing: Sequence[str] | None = None) -> None:
        """Apply staged writes locally and to the changelog (on the event loop). With `completing` (the
        article ids of the batch), wait until the broker holds the writes, then write a marker saying the
        fingerprints of these articles are complete, and note its offset."""
        topic = self.table.changelog_topic.get_topic_name()
        deliveries = []
        data = self.table.data
        for key, value in self.pending.items():
            raw_key = key.encode("utf-8")
            # A bucket read before another worker's append to it arrived keeps that append too.
            current = data.get(raw_key) if not raw_key.startswith(b"u:") else None
            data[raw_key] = merge_buckets(current, value, self.max_bucket_bytes) if current else value
            if raw_key in self.written:
                self.written.move_to_end(raw_key)
            else:
                self.written[raw_key] = None
                self.paragraphs_written += raw_key.startswith(b"u:")
            deliveries.append(await producer.send(topic, key=raw_key, value=value))
        if completing is not None:
            self.last_marker_offset = None
            marker = "\n".join(completing).encode("utf-8")
            try:
                await asyncio.gather(*deliveries)
                delivered = await (await producer.send(topic, key=self.marker_key, value=marker))
            except Exception as exc:  # the producer keeps retrying; the marker is noted on replay instead
                log.warning("fingerprint writes not acknowledged yet: %s", exc)
            else:
                self._note_completed(marker, delivered.offset)
                self.last_marker_offset = delivered.offset
        self.pending.clear()
        while self.paragraphs_written > self.window and self.written:
            old, _ = self.written.popitem(last=False)
            self.paragraphs_written -= old.startswith(b"u:")
            self.table.data.pop(old, None)
            await producer.send(topic, key=old, value=None)


def merge_buckets(current: bytes, incoming: bytes, max_bytes: int) -> bytes:
    """`current` followed by the unit ids of `incoming` it lacks, at most `max_bytes` long."""
    have = set(bucket_uids(current))
    merged = bytearray(current)
    for uid in bucket_uids(incoming):
        if len(merged) >= max_bytes:
            break
        if uid not in have:
            have.add(uid)
            merged += uid
    return bytes(merged)


class TableVersionStore:
    """Last version of each article, in a Faust Table keyed by article id (co-partitioned with the raw
    topic, so the worker that owns an article's partition owns its version history). Writes are staged
    while the pipeline thread runs and published by the agent into the input partition's transaction."""

    def __init__(self, table: Any) -> None:
        self.table = table
        self.pending: dict[str, bytes] = {}

    def get(self, article_id: str) -> bytes | None:
        value = self.pending.get(article_id)
        return value if value is not None else self.table.data.get(article_id.encode("utf-8"))

    def put(self, article_id: str, value: bytes) -> None:
        self.pending[article_id] = value

    def take(self, article_id: str) -> bytes | None:
        """The staged value for an article (removed from the stage), applied to the local table."""
        value = self.pending.pop(article_id, None)
        if value is not None:
            self.table.data[article_id.encode("utf-8")] = value
        return value
