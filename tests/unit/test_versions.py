import orjson

from worker.ingest.raw import RawArticle
from worker.versions import InMemoryVersionStore, decide_version


def raw(body: str, version=None, published_at=None) -> RawArticle:
    return RawArticle(id="a", url="u", source="s", title="t", body=body, version=version, published_at=published_at)


def test_first_then_new_version_supersedes_dropped_events_only():
    store = InMemoryVersionStore()
    first = decide_version(None, raw("p1\np2", 1), ["p1", "p2"], ["e1", "e2"])
    assert first.record["number"] == 1 and first.record["status"] == "first"
    store.put("a", first.remember)
    second = decide_version(store.get("a"), raw("p1\np3", 2), ["p1", "p3"], ["e1", "e3"])
    assert second.record["status"] == "new_version" and second.record["number"] == 2
    assert second.superseded_event_ids == ["e2"]
    assert second.record["paragraphs_added"] == [1] and second.record["paragraphs_removed"] == 1


def test_sending_a_version_again_yields_the_same_record():
    first = decide_version(None, raw("p1", 1), ["p1"], ["e1"])
    again = decide_version(first.remember, raw("p1", 1), ["p1"], ["e1"])
    assert again.record == first.record and again.remember is None


def test_an_older_version_arriving_late_supersedes_nothing():
    newer = decide_version(None, raw("new text", 3, "2022-02-03T10:00:00+00:00"), ["new text"], ["e9"])
    late = decide_version(newer.remember, raw("old text", 2, "2022-02-02T10:00:00+00:00"), ["old text"], ["e1"])
    assert late.record["status"] == "stale" and late.superseded_event_ids == [] and late.remember is None
    assert orjson.loads(newer.remember)["content_sha1"]
