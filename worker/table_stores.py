"""The pipeline's stores (dedup fingerprints, article versions) backed by Faust tables.

The pipeline sees plain get/put stores (worker.dedup.FingerprintStore, worker.versions.VersionStore);
these adapters stage the writes made while the pipeline runs in its thread and apply them from the
event loop, where Faust tables and producers live.
"""

from __future__ import annotations

import asyncio
import logging
import struct
import uuid
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from faust.tables.globaltable import GlobalTable

from worker.dedup import DedupSettings
from worker.dedup.store import UID_BYTES, bucket_uids

log = logging.getLogger("newsworker")

RECENT_ARTICLES = 100_000  # articles whose changelog offset is kept (a burst is a few hundred)
PACK_FORMAT = 5
PACK_BYTES = 512 * 1024  # per changelog record, under the broker's default 1 MB limit


class DedupMemoryTable(GlobalTable):
    """The GlobalTable of the dedup memory, with a changelog bounded by retention instead of compaction
    (its pack keys are unique: compaction would keep every pack forever)."""

    _changelog_compacting = False
    _changelog_deleting = True


class TableFingerprintStore:
    """The dedup FingerprintStore backed by a Faust GlobalTable (every worker reads its changelog).

    Changelog format 5: one record per flush (a "pack": every key/value the batch wrote, plus the ids of
    the articles it completes), not one record per key. A batch remembers ~25 keys per new paragraph, and
    Faust applies a changelog record by record on the event loop (~0.1–0.2 ms each); with one record per
    key, replaying another worker's writes took a third of each worker's event loop and kept the second
    look waiting (docs/dedup.md, "Cross-worker design"). A large flush is cut into packs of at most
    PACK_BYTES (the broker's default record limit is 1 MB).

    Writes go to the changelog through a plain idempotent producer, outside the Kafka transactions
    that carry the worker's outputs: under exactly-once, Faust would put a table write in the
    transaction of the changelog partition, which another worker may own (it crashes with "No
    transaction producer found"). Fingerprints are idempotent facts (a replayed article finds its
    own and ignores them), so they need no transaction. The pipeline runs in a thread, so writes
    are staged and flushed on the event loop; reads see staged writes first so the articles of one
    batch see each other.

    The window: every worker applies the same changelog in the same order and forgets the least
    recently written keys beyond `window` remembered paragraphs ("u:" keys), so no tombstones are
    written; the topic itself is bounded by retention (cleanup.policy=delete, retention.bytes; see
    worker/kafka_clients.py), set above what the window needs.
    """

    def __init__(self, table: Any, window: int, max_bucket: int = DedupSettings().max_bucket,
                 remember_offsets: int = RECENT_ARTICLES, pack_bytes: int = PACK_BYTES) -> None:
        self.table = table
        self.window = window  # in remembered paragraphs (one "u:" record each), over every worker's writes
        self.max_bucket_bytes = max_bucket * UID_BYTES
        self.pack_bytes = pack_bytes
        # Index buckets are read-modify-write: two workers appending to one bucket at the same moment each
        # publish their own list, and plain replay would keep only the last. Merging them as they are
        # applied keeps both appends, on every worker and in recovery.
        self.apply_plain = table.apply_changelog_batch
        table.apply_changelog_batch = self.apply_changelog_batch
        # Where each recent article's fingerprints are complete in the changelog: the offset of the pack
        # that carries the article's id. One order that every worker agrees on, used to settle copies two
        # workers took at the same moment (worker/dedup/concurrent.py).
        self.completed_at: OrderedDict[str, int] = OrderedDict()
        self.remember_offsets = remember_offsets
        self.writer = uuid.uuid4().hex[:16].encode("ascii")  # pack keys: "w:<writer>:<sequence>", never reused
        self.sequence = 0
        self.last_marker_offset: int | None = None  # of the last pack flushed with `completing`
        self.pending: dict[str, bytes] = {}
        self.paragraphs = 0  # "u:" keys held in the table
        # Changelog records written by other workers, applied so far: when none arrived while a batch was
        # deduplicated and flushed, a second look could find nothing new (app.py skips it).
        self.foreign_writes = 0
        self.own_prefix = b"w:" + self.writer + b":"

    def _data(self) -> Any:
        """The table's dict (Faust's memory store keeps insertion order: the least recently written key
        is the first one, which the window evicts)."""
        store = self.table.data
        return getattr(store, "data", store)

    def get(self, key: str) -> bytes | None:
        value = self.pending.get(key)
        if value is not None:
            return value
        # The store's own dict: Faust's store is a Mapping whose get() raises and catches KeyError on a
        # miss, and most index keys miss.
        return self._data().get(key.encode("utf-8"))

    def completed_at_offset(self, article_id: str) -> int | None:
        """The changelog offset after which all the article's fingerprints can be read, if it is recent."""
        return self.completed_at.get(article_id)

    def _note_completed(self, article_ids: Sequence[str], offset: int) -> None:
        for article_id in article_ids:
            if article_id and article_id not in self.completed_at:
                self.completed_at[article_id] = offset
                if len(self.completed_at) > self.remember_offsets:
                    self.completed_at.popitem(last=False)

    def _write(self, data: Any, key: bytes, value: bytes) -> None:
        """Apply one key: a record replaces, an index bucket is merged with the local one (the union of
        their unit ids, oldest first, up to the bucket size). The key moves to the end (most recent)."""
        current = data.pop(key, None)
        if current is None:
            self.paragraphs += key.startswith(b"u:")
        elif not key.startswith(b"u:"):
            value = merge_buckets(current, value, self.max_bucket_bytes)
        data[key] = value

    def _evict(self, data: Any) -> None:
        while self.paragraphs > self.window and data:
            oldest = next(iter(data))
            del data[oldest]
            self.paragraphs -= oldest.startswith(b"u:")

    def apply_changelog_batch(self, batch: Any) -> None:
        """Faust's changelog replay: packs are unpacked and merged key by key; records of the previous
        formats (one key per record, "f:" batch markers) are still applied, so a changelog written by an
        older worker is read, never misread."""
        data = self._data()
        for event in batch:
            key, value = event.message.key, event.message.value
            if not key.startswith(self.own_prefix):
                self.foreign_writes += 1
            if key.startswith(b"w:"):
                if value is not None:
                    article_ids, entries = unpack(value)
                    for entry_key, entry_value in entries:
                        self._write(data, entry_key, entry_value)
                    if article_ids:
                        self._note_completed(article_ids, event.message.offset)
            elif value is None:
                if data.pop(key, None) is not None:
                    self.paragraphs -= key.startswith(b"u:")
            elif key.startswith(b"f:"):
                self._note_completed(value.decode("utf-8").split("\n"), event.message.offset)
            else:
                self._write(data, key, value)
        self._evict(data)

    def put(self, key: str, value: bytes) -> None:
        self.pending[key] = value

    def __len__(self) -> int:
        return len(self.table.data) + len(self.pending)

    async def flush(self, producer: Any, completing: Sequence[str] | None = None) -> None:
        """Apply staged writes locally and send them to the changelog in packs (on the event loop). With
        `completing` (the article ids of the batch), the last pack carries them; wait until the broker
        holds it and note its offset: every fingerprint of these articles is before it."""
        topic = self.table.changelog_topic.get_topic_name()
        data = self._data()
        entries = [(key.encode("utf-8"), value) for key, value in self.pending.items()]
        self.pending.clear()
        for key, value in entries:
            # A bucket read before another worker's append to it arrived keeps that append too.
            self._write(data, key, value)
        self._evict(data)
        if not entries and completing is None:
            return
        packs = split_packs(entries, self.pack_bytes)
        deliveries = []
        for index, pack in enumerate(packs):
            last = index == len(packs) - 1
            article_ids = list(completing) if (last and completing is not None) else []
            self.sequence += 1
            key = b"w:" + self.writer + b":" + str(self.sequence).encode("ascii")
            deliveries.append(await producer.send(topic, key=key, value=pack_entries(article_ids, pack)))
        if completing is not None:
            self.last_marker_offset = None
            try:
                delivered = (await asyncio.gather(*deliveries))[-1]
            except Exception as exc:  # the producer keeps retrying; the pack is noted on replay instead
                log.warning("fingerprint writes not acknowledged yet: %s", exc)
            else:
                self._note_completed(list(completing), delivered.offset)
                self.last_marker_offset = delivered.offset


_HEADER = struct.Struct(">BI")  # format, number of article ids
_ID = struct.Struct(">H")
_ENTRY = struct.Struct(">HI")  # key length, value length


def pack_entries(article_ids: Sequence[str], entries: Sequence[tuple[bytes, bytes]]) -> bytes:
    """One changelog value: format byte 5, the completed article ids, then every key/value."""
    parts = [_HEADER.pack(PACK_FORMAT, len(article_ids))]
    for article_id in article_ids:
        raw = article_id.encode("utf-8")
        parts += [_ID.pack(len(raw)), raw]
    for key, value in entries:
        parts += [_ENTRY.pack(len(key), len(value)), key, value]
    return b"".join(parts)


def unpack(value: bytes) -> tuple[list[str], list[tuple[bytes, bytes]]]:
    """The inverse of pack_entries. A value of another format, or a damaged one, yields nothing (logged):
    the changelog is outside input to the worker that reads it."""
    try:
        return _unpack(value)
    except (struct.error, UnicodeDecodeError, ValueError) as exc:
        log.warning("ignoring a corrupt fingerprint pack of %d bytes: %s", len(value), exc)
        return [], []


def _unpack(value: bytes) -> tuple[list[str], list[tuple[bytes, bytes]]]:
    if len(value) < _HEADER.size or value[0] != PACK_FORMAT:
        raise ValueError(f"unknown format {value[:1]!r}")
    _, count = _HEADER.unpack_from(value, 0)
    at = _HEADER.size
    article_ids = []
    for _ in range(count):
        (size,) = _ID.unpack_from(value, at)
        at += _ID.size
        if at + size > len(value):
            raise ValueError("truncated article id")
        article_ids.append(value[at:at + size].decode("utf-8"))
        at += size
    entries = []
    end = len(value)
    while at < end:
        key_size, value_size = _ENTRY.unpack_from(value, at)
        at += _ENTRY.size
        if at + key_size + value_size > end:
            raise ValueError("truncated entry")
        key = value[at:at + key_size]
        at += key_size
        entries.append((key, value[at:at + value_size]))
        at += value_size
    return article_ids, entries


def split_packs(entries: Sequence[tuple[bytes, bytes]], max_bytes: int) -> list[list[tuple[bytes, bytes]]]:
    """Consecutive groups of entries of at most ~max_bytes each (at least one group, maybe empty)."""
    packs: list[list[tuple[bytes, bytes]]] = [[]]
    size = 0
    for key, value in entries:
        entry_size = _ENTRY.size + len(key) + len(value)
        if packs[-1] and size + entry_size > max_bytes:
            packs.append([])
            size = 0
        packs[-1].append((key, value))
        size += entry_size
    return packs


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
