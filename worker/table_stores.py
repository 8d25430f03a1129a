"""The pipeline's stores (dedup fingerprints, article versions) backed by Faust tables.

The pipeline sees plain get/put stores (worker.dedup.FingerprintStore, worker.versions.VersionStore);
these adapters stage the writes made while the pipeline runs in its thread and apply them from the
event loop, where Faust tables and producers live.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from worker.dedup.store import UID_BYTES


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

    def __init__(self, table: Any, window: int, max_bucket: int | None = None) -> None:
        self.table = table
        self.window = window  # in remembered paragraphs (one "u:" record each), per worker
        if max_bucket is not None:
            # Index buckets are read-modify-write: two workers appending to one bucket at the same moment
            # each publish their own list, and plain changelog replay keeps only the last. Merging them
            # as they are applied keeps both appends, on every worker and in recovery.
            self.max_bucket_bytes = max_bucket * UID_BYTES
            self.apply_plain = table.apply_changelog_batch
            table.apply_changelog_batch = self.apply_changelog_batch
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

    def apply_changelog_batch(self, batch: Any) -> None:
        """Faust's changelog replay, except that an index bucket is merged with the local one (the
        union of their unit ids, oldest first, up to the bucket size) instead of replaced."""
        data = self.table.data
        for event in batch:
            key, value = event.message.key, event.message.value
            current = data.get(key) if value is not None and not key.startswith(b"u:") else None
            if current:
                data[key] = merge_buckets(current, value, self.max_bucket_bytes)
            else:
                self.apply_plain([event])

    def put(self, key: str, value: bytes) -> None:
        self.pending[key] = value

    def __len__(self) -> int:
        return len(self.table.data) + len(self.pending)

    async def flush(self, producer: Any) -> None:
        """Apply staged writes locally and to the changelog (on the event loop)."""
        topic = self.table.changelog_topic.get_topic_name()
        for key, value in self.pending.items():
            raw_key = key.encode("utf-8")
            self.table.data[raw_key] = value
            if raw_key in self.written:
                self.written.move_to_end(raw_key)
            else:
                self.written[raw_key] = None
                self.paragraphs_written += raw_key.startswith(b"u:")
            await producer.send(topic, key=raw_key, value=value)
        self.pending.clear()
        while self.paragraphs_written > self.window and self.written:
            old, _ = self.written.popitem(last=False)
            self.paragraphs_written -= old.startswith(b"u:")
            self.table.data.pop(old, None)
            await producer.send(topic, key=old, value=None)


def merge_buckets(current: bytes, incoming: bytes, max_bytes: int) -> bytes:
    """`current` followed by the unit ids of `incoming` it lacks, at most `max_bytes` long."""
    have = {current[i : i + UID_BYTES] for i in range(0, len(current), UID_BYTES)}
    merged = bytearray(current)
    for i in range(0, len(incoming) - UID_BYTES + 1, UID_BYTES):
        uid = incoming[i : i + UID_BYTES]
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
