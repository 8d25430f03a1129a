import asyncio

from hypothesis import given
from hypothesis import strategies as st

from worker.table_stores import TableFingerprintStore, TableVersionStore, pack_entries, unpack


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


def sent_entries(producer: FakeProducer) -> list[tuple[bytes, bytes]]:
    """Every key/value the producer's packs carried, in order."""
    return [entry for _, _, value in producer.sent for entry in unpack(value)[1]]


def test_staged_writes_are_visible_then_flushed_to_table_and_changelog_in_one_pack():
    table, producer = FakeTable(), FakeProducer()
    store = TableFingerprintStore(table, window=10)
    store.put("u:a:0", b"x")
    store.put("kbucket", b"uid001")
    assert store.get("u:a:0") == b"x" and table.data == {}
    asyncio.run(store.flush(producer))
    assert table.data == {b"u:a:0": b"x", b"kbucket": b"uid001"}
    assert len(producer.sent) == 1  # one record for the whole flush, not one per key
    topic, key, value = producer.sent[0]
    assert topic == "app-dedup-fingerprints-changelog" and key.startswith(b"w:" + store.writer + b":")
    assert unpack(value) == ([], [(b"u:a:0", b"x"), (b"kbucket", b"uid001")])
    asyncio.run(store.flush(producer))  # nothing staged: nothing sent
    assert len(producer.sent) == 1


def test_window_counts_paragraphs_and_never_evicts_a_refreshed_key():
    table, producer = FakeTable(), FakeProducer()
    store = TableFingerprintStore(table, window=2)
    for i in range(3):
        store.put(f"u:a:{i}", b"p")
        store.put("b0:shared", f"uid00{i}".encode()[:6])  # an index bucket rewritten by every paragraph
        asyncio.run(store.flush(producer))
    assert b"u:a:0" not in table.data and store.paragraphs == 2  # the oldest paragraph is gone
    assert all(value is not None for _, _, value in producer.sent)  # retention bounds the topic, no tombstones
    assert table.data[b"b0:shared"] == b"uid000uid001uid002"  # refreshed bucket kept (appends merged)
    assert {b"u:a:1", b"u:a:2"} <= set(table.data)


def test_every_worker_evicts_the_same_keys_from_the_same_changelog():
    """The window is applied in changelog order, so a worker that only replays (another worker, or this
    one after a restart) forgets what the writer forgot, without tombstones."""
    writer_table, producer = FakeTable(), FakeProducer()
    writer = TableFingerprintStore(writer_table, window=3)
    for i in range(6):
        writer.put(f"u:p{i}", b"p")
        writer.put(f"kbucket{i % 2}", f"uid00{i}".encode())
        asyncio.run(writer.flush(producer))
    reader_table = FakeTable()
    reader = TableFingerprintStore(reader_table, window=3)
    reader_table.apply_changelog_batch([_Event(key, value, offset) for offset, (_, key, value)
                                        in enumerate(producer.sent)])
    assert reader_table.data == writer_table.data and reader.paragraphs == writer.paragraphs == 3
    assert {b"u:p3", b"u:p4", b"u:p5"} <= set(reader_table.data) and b"u:p2" not in reader_table.data


def test_a_large_flush_is_cut_into_packs_and_the_last_one_carries_the_completed_articles():
    class AcknowledgingProducer(FakeProducer):
        async def send(self, topic: str, key: bytes, value: bytes | None):
            await super().send(topic, key, value)
            future = asyncio.get_running_loop().create_future()
            future.set_result(type("RecordMetadata", (), {"offset": 40 + len(self.sent)})())
            return future

    table, producer = FakeTable(), AcknowledgingProducer()
    store = TableFingerprintStore(table, window=1000, pack_bytes=200)
    for i in range(30):
        store.put(f"u:{i:04d}", b"x" * 20)
    asyncio.run(store.flush(producer, completing=["story-1", "story-2"]))
    assert len(producer.sent) > 3 and all(len(value) <= 200 + 40 for _, _, value in producer.sent)
    assert [unpack(value)[0] for _, _, value in producer.sent] == [[]] * (len(producer.sent) - 1) + [
        ["story-1", "story-2"]]
    assert sent_entries(producer) == [(f"u:{i:04d}".encode(), b"x" * 20) for i in range(30)]
    assert len({key for _, key, _ in producer.sent}) == len(producer.sent)  # pack keys never repeat
    assert store.last_marker_offset == 40 + len(producer.sent) == store.completed_at_offset("story-2")


@given(st.binary(max_size=300))
def test_unpack_never_raises_on_damaged_or_foreign_values(value):
    article_ids, entries = unpack(value)
    assert isinstance(article_ids, list) and isinstance(entries, list)


@given(st.lists(st.text(st.characters(blacklist_categories=("Cs",)), max_size=30), max_size=5),
       st.lists(st.tuples(st.binary(min_size=1, max_size=40), st.binary(max_size=400)), max_size=20))
def test_packs_round_trip_and_their_truncations_are_ignored_whole(article_ids, entries):
    value = pack_entries(article_ids, entries)
    assert unpack(value) == (article_ids, entries)
    if entries:
        assert unpack(value[:-1]) == ([], [])  # a cut pack is dropped, never half-applied


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
    assert store.paragraphs == 2
    r = dedup.process("a2", "lemonde", segment_body(body))
    assert {m.kind for m in r.paragraphs.values()} == {"exact"} and len(r.paragraphs) == 2


class _Message:
    def __init__(self, key: bytes, value: bytes | None, offset: int = 0) -> None:
        self.key, self.value, self.offset = key, value, offset


class _Event:
    def __init__(self, key: bytes, value: bytes | None, offset: int = 0) -> None:
        self.message = _Message(key, value, offset)


ReplayingTable = FakeTable


def test_records_of_the_previous_format_still_replay_with_buckets_merged():
    """Format 4 wrote one key per record. Two workers append to one bucket from the same old value;
    plain replay would keep only the last list. Records ("u:") and tombstones replay as before; the
    merged bucket stays bounded."""
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


def test_index_buckets_in_two_workers_packs_are_merged_on_replay():
    from worker.dedup.store import UID_BYTES

    a, b = b"A" * UID_BYTES, b"B" * UID_BYTES
    table = FakeTable()
    store = TableFingerprintStore(table, window=10, max_bucket=4)
    store.put("kbucket", a)
    asyncio.run(store.flush(FakeProducer()))  # this worker's append, applied locally at its flush
    theirs = pack_entries(["their-story"], [(b"kbucket", b), (b"u:theirs", b"r")])
    table.apply_changelog_batch([_Event(b"w:other:1", theirs, 5)])
    assert table.data[b"kbucket"] == a + b and table.data[b"u:theirs"] == b"r"
    assert store.completed_at_offset("their-story") == 5


def test_packs_give_every_worker_the_same_order_of_completed_articles():
    """The order that settles copies two workers took at once (worker/dedup/concurrent.py): the pack that
    carries a batch's article ids is its last, so its offset is where their fingerprints are complete."""

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
    # Another worker's batch, and a marker of the previous format (still read).
    table.apply_changelog_batch([_Event(b"w:other:7", pack_entries(["wire-1", "wire-2"], [(b"u:r1", b"p")]), 9),
                                 _Event(b"f:old", b"wire-0", 10)])
    assert store.completed_at_offset("wire-1") == store.completed_at_offset("wire-2") == 9
    assert store.completed_at_offset("wire-0") == 10
    store.put("u:r3", b"q")
    store.put("kbucket", b"y" * 6)
    asyncio.run(store.flush(producer, completing=["copy-1"]))
    assert len(producer.sent) == 1 and unpack(producer.sent[0][2])[0] == ["copy-1"]
    assert store.completed_at_offset("copy-1") == 101
    assert store.last_marker_offset == 101  # what the second look waits for its table to apply
    table.apply_changelog_batch([_Event(producer.sent[0][1], producer.sent[0][2], 101)])  # its own echo
    assert store.completed_at_offset("copy-1") == 101 and table.data[b"kbucket"] == b"y" * 6
    table.apply_changelog_batch([_Event(b"w:other:8", pack_entries(["third"], []), 120)])
    assert store.completed_at_offset("wire-1") is None  # only the most recent articles are kept
    assert store.completed_at_offset("third") == 120
    asyncio.run(store.flush(producer, completing=["empty-batch"]))  # a batch with nothing new still completes
    assert unpack(producer.sent[-1][2]) == (["empty-batch"], [])


def test_a_bucket_staged_before_another_workers_append_arrived_keeps_that_append_at_flush():
    from worker.dedup.store import UID_BYTES

    mine, theirs = b"M" * UID_BYTES, b"T" * UID_BYTES
    table, producer = FakeTable(), FakeProducer()
    store = TableFingerprintStore(table, window=10, max_bucket=4)
    store.put("kbucket", mine)  # computed while the bucket was still empty here
    table.apply_changelog_batch([_Event(b"kbucket", theirs, 5)])  # the other worker's append arrives
    asyncio.run(store.flush(producer))
    assert table.data[b"kbucket"] == theirs + mine
    assert sent_entries(producer) == [(b"kbucket", mine)]  # the changelog gets this worker's own list


def test_writes_of_other_workers_are_counted_and_this_workers_own_echo_is_not():
    """What lets a worker skip its second look when nobody else wrote since its first one."""
    table, producer = FakeTable(), FakeProducer()
    store = TableFingerprintStore(table, window=10)
    store.put("u:mine", b"m")
    asyncio.run(store.flush(producer))
    table.apply_changelog_batch([_Event(producer.sent[0][1], producer.sent[0][2], 1)])  # its own echo
    assert store.foreign_writes == 0
    table.apply_changelog_batch([_Event(b"w:other:1", pack_entries([], [(b"u:theirs", b"t")]), 2),
                                 _Event(b"kold-format", b"x" * 6, 3)])
    assert store.foreign_writes == 2
