import asyncio

from worker.table_stores import TableFingerprintStore, TableVersionStore


class FakeTable:
    def __init__(self) -> None:
        self.data: dict[bytes, bytes] = {}

    def apply_changelog_batch(self, batch) -> None:
        """Faust's plain replay: the last value of a key wins, a tombstone deletes."""
        for event in batch:
            if event.message.value is None:
                self.data.pop(event.message.key, None)
            else:
                self.data[event.message.key] = event.message.value

    class changelog_topic:  # mimics Faust's attribute
        @staticmethod
        def get_topic_name() -> str:
            return "app-dedup-fingerprints-changelog"


class FakeProducer:
    def __init__(self) -> None:
        self.sent: list[tuple[str, bytes, bytes | None]] = []

    async def send(self, topic: str, key: bytes, value: bytes | None) -> None:
        self.sent.append((topic, key, value))


def test_staged_writes_are_visible_then_flushed_to_table_and_changelog():
    table, producer = FakeTable(), FakeProducer()
    store = TableFingerprintStore(table, window=10)
    store.put("u:a:0", b"x")
    assert store.get("u:a:0") == b"x" and table.data == {}
    asyncio.run(store.flush(producer))
    assert table.data == {b"u:a:0": b"x"}
    assert producer.sent == [("app-dedup-fingerprints-changelog", b"u:a:0", b"x")]


def test_window_counts_paragraphs_and_never_evicts_a_refreshed_key():
    table, producer = FakeTable(), FakeProducer()
    store = TableFingerprintStore(table, window=2)
    for i in range(3):
        store.put(f"u:a:{i}", b"p")
        store.put("b0:shared", f"uid00{i}".encode()[:6])  # an index bucket rewritten by every paragraph
        asyncio.run(store.flush(producer))
    assert b"u:a:0" not in table.data  # the oldest paragraph is gone (tombstone sent)
    assert (("app-dedup-fingerprints-changelog", b"u:a:0", None)) in producer.sent
    assert table.data[b"b0:shared"] == b"uid000uid001uid002"  # refreshed bucket kept (appends merged)
    assert {b"u:a:1", b"u:a:2"} <= set(table.data)


def test_version_store_take_applies_the_staged_value():
    table = FakeTable()
    versions = TableVersionStore(table)
    versions.put("story", b"v2")
    assert versions.get("story") == b"v2" and versions.take("story") == b"v2"
    assert table.data == {b"story": b"v2"} and versions.take("story") is None


def test_dedup_over_the_table_store_counts_paragraphs_and_ignores_old_format_records():
    """Format-3 keys still start with "u:" for records (the window counts paragraphs by it); a record of
    the previous format left in the changelog is never read as a candidate."""
    from worker.dedup import Deduplicator
    from worker.text import segment_body

    table, producer = FakeTable(), FakeProducer()
    table.data[b"u:0123456789ab"] = b"\x02old-format-record"  # format 2 key and value
    table.data[b"k:deadbeef"] = b"0123456789ab"
    store = TableFingerprintStore(table, window=100)
    dedup = Deduplicator(store)
    body = "La SNCF prévoit 3 TGV sur 5 jeudi.\nLes voyageurs sont invités à reporter leurs déplacements."
    dedup.process("a1", "afp", segment_body(body))
    asyncio.run(store.flush(producer))
    assert store.paragraphs_written == 2
    r = dedup.process("a2", "lemonde", segment_body(body))
    assert {m.kind for m in r.paragraphs.values()} == {"exact"} and len(r.paragraphs) == 2


class _Message:
    def __init__(self, key: bytes, value: bytes | None, offset: int = 0) -> None:
        self.key, self.value, self.offset = key, value, offset


class _Event:
    def __init__(self, key: bytes, value: bytes | None, offset: int = 0) -> None:
        self.message = _Message(key, value, offset)


ReplayingTable = FakeTable


def test_index_buckets_written_by_two_workers_at_once_are_merged_on_replay():
    """Two workers append to one bucket from the same old value; plain replay would keep only the
    last list. Records ("u:") and tombstones replay as before; the merged bucket stays bounded."""
    from worker.dedup.store import UID_BYTES

    a, b, c = b"A" * UID_BYTES, b"B" * UID_BYTES, b"C" * UID_BYTES
    table = ReplayingTable()
    TableFingerprintStore(table, window=10, max_bucket=2)
    table.data[b"kbucket"] = a  # this worker's own append, applied locally at its flush
    table.apply_changelog_batch([_Event(b"kbucket", a), _Event(b"kbucket", b), _Event(b"u:rec", b"r1")])
    assert table.data[b"kbucket"] == a + b
    table.apply_changelog_batch([_Event(b"kbucket", c), _Event(b"u:rec", b"r2"), _Event(b"kother", c)])
    assert table.data[b"kbucket"] == a + b  # full: the oldest carriers are kept
    assert table.data[b"u:rec"] == b"r2" and table.data[b"kother"] == c
    table.apply_changelog_batch([_Event(b"kbucket", None)])
    assert b"kbucket" not in table.data


def test_batch_markers_give_every_worker_the_same_order_of_completed_articles():
    """The order that settles copies two workers took at once (worker/dedup/concurrent.py): a marker is
    written once a batch's fingerprint writes are acknowledged, and read back from the changelog."""

    class AcknowledgingProducer(FakeProducer):
        offset = 100

        async def send(self, topic: str, key: bytes, value: bytes | None):
            await super().send(topic, key, value)
            self.offset += 1
            future = asyncio.get_running_loop().create_future()
            future.set_result(type("RecordMetadata", (), {"offset": self.offset})())
            return future

    table, producer = FakeTable(), AcknowledgingProducer()
    store = TableFingerprintStore(table, window=10, max_bucket=4, remember_offsets=3)
    # Another worker's batch: its writes, then its marker.
    table.apply_changelog_batch([_Event(b"u:r1", b"p", 7), _Event(b"kbucket", b"x" * 6, 8),
                                 _Event(b"f:other", b"wire-1\nwire-2", 9)])
    assert store.completed_at_offset("wire-1") == store.completed_at_offset("wire-2") == 9
    # This worker's batch: writes, then the marker, sent after they are acknowledged.
    store.put("u:r3", b"q")
    store.put("kbucket", b"y" * 6)
    asyncio.run(store.flush(producer, completing=["copy-1"]))
    assert [key for _, key, _ in producer.sent] == [b"u:r3", b"kbucket", store.marker_key]
    assert producer.sent[-1][2] == b"copy-1" and store.completed_at_offset("copy-1") == 103
    assert store.last_marker_offset == 103  # what the second look waits for its table to apply
    table.apply_changelog_batch([_Event(store.marker_key, b"copy-1", 103)])  # its own echo
    assert store.completed_at_offset("copy-1") == 103
    table.apply_changelog_batch([_Event(b"f:other", b"third", 120)])
    assert store.completed_at_offset("wire-1") is None  # only the most recent articles are kept
    assert store.completed_at_offset("third") == 120
    plain = FakeProducer()
    store.put("u:r4", b"s")
    asyncio.run(store.flush(plain))  # without `completing`: no marker, nothing awaited
    assert [key for _, key, _ in plain.sent] == [b"u:r4"]


def test_a_bucket_staged_before_another_workers_append_arrived_keeps_that_append_at_flush():
    from worker.dedup.store import UID_BYTES

    mine, theirs = b"M" * UID_BYTES, b"T" * UID_BYTES
    table, producer = FakeTable(), FakeProducer()
    store = TableFingerprintStore(table, window=10, max_bucket=4)
    store.put("kbucket", mine)  # computed while the bucket was still empty here
    table.apply_changelog_batch([_Event(b"kbucket", theirs, 5)])  # the other worker's append arrives
    asyncio.run(store.flush(producer))
    assert table.data[b"kbucket"] == theirs + mine
    assert producer.sent[-1][1:] == (b"kbucket", mine)  # the changelog gets this worker's own list
