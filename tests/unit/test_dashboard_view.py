"""The dashboard's logic without a browser or Kafka: event → display dict, filters, hourly counts, buffer."""

from __future__ import annotations

import asyncio
import copy

import orjson
import pytest

from worker.dashboard.view import (
    EVENT_TYPES,
    HOUR_MS,
    MAX_SENTENCE,
    EventBuffer,
    Filter,
    HourlyCounts,
    display,
    matches,
)

NOW = 1_700_000_000_000

MOBILIZE = {
    "record_type": "event", "schema_version": 1, "id": "a" * 20, "article_id": "txt-9a8d8d0650838f464f17",
    "language": "fr", "type": "MOBILIZE",
    "trigger": {"text": "déploiement", "lemma": "déploiement", "start": 1337, "end": 1348},
    "actors": {
        "source": {"text": "le Pentagone", "normalized": "United States", "country": "USA", "role": "military",
                   "start": 1312, "end": 1324},
        "target": None,
    },
    "location": [
        {"text": "Pologne", "normalized": "Poland", "country": "POL", "start": 1, "end": 2},
        {"text": "Allemagne", "normalized": "Germany", "country": "DEU", "start": 3, "end": 4},
    ],
    "time": {"text": "Plus tôt dans la journée", "resolved": None, "start": 1286, "end": 1310},
    "quantities": [{"text": "3 000 soldats", "value": 3000, "unit": "troops", "counted": "soldats",
                    "start": 5, "end": 6}],
    "mode": "planned",
    "reported_by": {"text": "le Pentagone", "normalized": "United States", "country": "USA", "role": "military",
                    "start": None, "end": None},
    "sentence": {"text": "Plus tôt dans la journée, le Pentagone a annoncé le déploiement de 3 000 soldats.",
                 "paragraph": 3, "index": 0, "start": 1286, "end": 1400},
    "mentions": {"count": 3, "places": [{"paragraph": 3, "sentence": 0}]},
    "provenance": {"rule": "fr.noun.nsubj", "lexicon_entry": "fr:noun:déploiement", "confidence": 0.8},
}


def event(**changes):
    record = copy.deepcopy(MOBILIZE)
    record.update(changes)
    return record


def test_display_has_everything_a_card_shows():
    item = display(MOBILIZE, NOW)
    assert item["type"] == "MOBILIZE" and item["mode"] == "planned"
    assert item["source"] == {"name": "United States", "text": "le Pentagone", "country": "USA", "role": "military"}
    assert item["target"] is None
    assert [p["name"] for p in item["places"]] == ["Poland", "Germany"]
    assert item["time"] == {"text": "Plus tôt dans la journée", "resolved": None}
    assert item["quantities"] == ["3 000 soldats"]
    assert item["reported_by"]["name"] == "United States"
    assert item["mentions"] == 3
    assert item["sentence"].startswith("Plus tôt")
    assert item["article_url"] == "/articles/txt-9a8d8d0650838f464f17"
    assert item["countries"] == ["DEU", "POL", "USA"]
    assert item["ts"] == NOW
    # Only JSON-safe plain data goes to the browser.
    assert orjson.loads(orjson.dumps(item)) == item


def test_hostile_text_is_kept_as_text_and_bounded():
    hostile = "Le Pentagone déploiera 3 000 soldats <script>window.__pwned=1</script> <img src=x onerror=alert(1)>"
    item = display(event(sentence={**MOBILIZE["sentence"], "text": hostile + " x" * 2000}), NOW)
    assert item["sentence"].startswith(hostile)  # unchanged: the page renders it with textContent
    assert len(item["sentence"]) <= MAX_SENTENCE
    # The article link cannot leave the /articles/ path, whatever the id.
    item = display(event(article_id="../../x?y=<b>#z"), NOW)
    assert item["article_url"] == "/articles/..%2F..%2Fx%3Fy%3D%3Cb%3E%23z"


@pytest.mark.parametrize("record", [
    None, [], "text", {"record_type": "article.enriched", "id": "x", "type": "MOBILIZE"},
    {"id": "x"}, {"id": "x", "type": "NOT_A_TYPE"}, {"type": "MOBILIZE"},
])
def test_records_that_are_not_events_are_skipped(record):
    assert display(record, NOW) is None


def test_malformed_fields_do_not_break_the_card():
    item = display({
        "id": "b" * 20, "type": "CONSULT", "actors": {"source": {"normalized": ["x"], "text": "Macron",
                                                                  "country": "france"}, "target": "nope"},
        "location": "Paris", "time": {"text": 5}, "quantities": [None, {"text": "3"}], "mode": "shouting",
        "reported_by": 3, "sentence": None, "mentions": {"count": True},
    }, None)
    assert item["source"] == {"name": "Macron", "text": "Macron", "country": None, "role": None}
    assert item["target"] is None and item["places"] == [] and item["time"] == {"text": "5", "resolved": None}
    assert item["quantities"] == ["3"] and item["mode"] == "asserted" and item["reported_by"] is None
    assert item["sentence"] == "" and item["mentions"] == 1 and item["ts"] is None
    assert item["article_url"] is None


def test_filters_by_type_country_and_mode():
    item = display(MOBILIZE, NOW)
    assert matches(item)
    assert matches(item, type="MOBILIZE", country="POL", mode="planned")
    assert not matches(item, type="CONSULT")
    assert not matches(item, country="FRA")
    assert matches(item, country="USA")  # an actor's country counts, not only places
    assert not matches(item, mode="asserted")
    parsed = Filter.parse({"type": "mobilize", "country": "pol", "mode": "PLANNED"})
    assert parsed == Filter("MOBILIZE", "POL", "planned")
    assert Filter.parse({"type": "", "country": " "}) == Filter()
    assert Filter.parse({"type": "MOBILIZE"}).as_params() == {"type": "MOBILIZE"}
    for bad in ({"type": "<script>"}, {"country": "France"}, {"mode": "maybe"}):
        with pytest.raises(ValueError):
            Filter.parse(bad)


def test_hourly_counts_forget_events_older_than_an_hour():
    counts = HourlyCounts()
    counts.add("MOBILIZE", NOW - 10_000, NOW)
    counts.add("MOBILIZE", NOW - 59 * 60_000, NOW)
    counts.add("CONSULT", NOW - 30 * 60_000, NOW)
    counts.add("CONSULT", NOW - 2 * HOUR_MS, NOW)   # a replayed old event: not in the last hour
    counts.add("CONSULT", None, NOW)                # no timestamp: not counted
    assert counts.counts(NOW) == {"MOBILIZE": 2, "CONSULT": 1}
    assert counts.counts(NOW + 31 * 60_000) == {"MOBILIZE": 1}  # the two older ones slid out
    assert counts.counts(NOW + 2 * HOUR_MS) == {}
    # Memory is bounded by the number of minutes, not of events.
    for i in range(10_000):
        counts.add(EVENT_TYPES[i % len(EVENT_TYPES)], NOW + i * 1000, NOW + i * 1000)
    assert len(counts._buckets) <= 61


def test_buffer_keeps_the_last_n_newest_first_without_duplicates():
    buffer = EventBuffer(3)
    for i in range(5):
        assert buffer.add(display(event(id=f"{i:020x}"), NOW + i))
    assert len(buffer) == 3
    assert [item["id"][-1] for item in buffer.newest_first()] == ["4", "3", "2"]
    assert not buffer.add(display(event(id=f"{4:020x}"), NOW + 4))  # re-delivered: not new, still one copy
    assert len(buffer) == 3
    buffer.add(display(event(id="c" * 20, type="CONSULT", mode="asserted"), NOW + 9))
    assert [i["type"] for i in buffer.newest_first(Filter(type="CONSULT"))] == ["CONSULT"]
    assert len(buffer.newest_first(limit=2)) == 2
    assert buffer.countries() == ["DEU", "POL", "USA"]
    with pytest.raises(ValueError):
        EventBuffer(0)


def test_server_hub_pushes_only_matching_events_and_bounds_slow_pages():
    from worker.dashboard.server import SUBSCRIBER_QUEUE, Hub

    async def run():
        hub = Hub(keep=10, topic="t.events", group="newsworker-dashboard-h-1", start="replay", replay=5)
        mobilize, consult = hub.subscribe(Filter(type="MOBILIZE")), hub.subscribe(Filter(type="CONSULT"))
        hub.add_event(MOBILIZE, NOW)
        hub.add_event(MOBILIZE, NOW)  # re-delivery: not pushed twice
        assert mobilize.queue.qsize() == 1 and consult.queue.qsize() == 0
        assert hub.add_event({"not": "an event"}, NOW) is None and hub.skipped == 1
        for i in range(SUBSCRIBER_QUEUE + 5):
            hub.add_event(event(id=f"{i:020x}"), NOW)
        assert mobilize not in hub.subscribers  # too slow: dropped, its stream ends with None
        assert consult in hub.subscribers
        snapshot = hub.snapshot(Filter(type="MOBILIZE"))
        assert len(snapshot["items"]) == 10 and snapshot["stats"]["kept"] == 10
        hub.add_article(b'{"id": "txt-1", "title": "<b>x</b>"}')
        hub.add_article(b"not json")
        assert hub.articles.get("txt-1") == b'{"id": "txt-1", "title": "<b>x</b>"}'

    asyncio.run(run())


def test_article_cache_is_bounded():
    from worker.dashboard.server import ArticleCache

    cache = ArticleCache(max_items=2, max_bytes=100)
    cache.put("a", b"x" * 40)
    cache.put("b", b"x" * 40)
    cache.put("c", b"x" * 40)
    assert cache.get("a") is None and len(cache) == 2
    cache.put("d", b"x" * 90)
    assert len(cache) == 1 and cache.bytes == 90
    cache.put("huge", b"x" * 101)
    assert cache.get("huge") is None


def test_dashboard_group_is_never_the_workers_group():
    from worker.dashboard.server import dashboard_group
    from worker.settings import is_loopback

    assert dashboard_group(8080, "news host/1") == "newsworker-dashboard-news-host-1-8080"
    assert dashboard_group(8080) != "newsworker"
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0")


def test_http_endpoints_without_kafka():
    from aiohttp.test_utils import TestClient, TestServer

    from worker.dashboard.server import HUB, create_app
    from worker.settings import Settings

    async def run():
        app = create_app(Settings(), port=8080, consume=False)
        async with TestClient(TestServer(app)) as client:
            hub = app[HUB]
            page = await client.get("/")
            assert page.status == 200 and "text/html" in page.headers["Content-Type"]
            csp = page.headers["Content-Security-Policy"]
            assert "script-src 'self'" in csp and "unsafe-inline" not in csp
            assert page.headers["X-Content-Type-Options"] == "nosniff"
            script = await (await client.get("/static/app.js")).text()
            assert not any(sink in script for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "eval("))
            assert (await client.get("/health")).status == 503  # no consumer yet
            assert (await client.get("/api/events?type=<script>")).status == 400
            hub.add_event(MOBILIZE, NOW)
            hub.add_event(event(id="c" * 20, type="CONSULT"), NOW)
            body = await (await client.get("/api/events?type=MOBILIZE")).json()
            assert [i["type"] for i in body["items"]] == ["MOBILIZE"] and body["filter"] == {"type": "MOBILIZE"}
            missing = await client.get("/articles/txt-1")
            assert missing.status == 404
            hub.add_article(b'{"id": "txt-1", "title": "T"}')
            found = await client.get("/articles/txt-1")
            assert found.status == 200 and (await found.json())["title"] == "T"
            hub.add_article(b'{"id": "feed/2 <x>", "title": "U"}')  # any id: the page links it URL-encoded
            found = await client.get("/articles/feed%2F2%20%3Cx%3E")
            assert found.status == 200 and (await found.json())["title"] == "U"
            assert "Content-Security-Policy" in found.headers

            stream = await client.get("/events/stream?type=CONSULT")
            assert stream.headers["Content-Type"].startswith("text/event-stream")
            assert "Content-Security-Policy" in stream.headers
            text = b""
            while b"event: snapshot" not in text or not text.endswith(b"\n\n"):
                text += await stream.content.readany()
            snapshot = orjson.loads(text.split(b"event: snapshot\ndata: ")[1].split(b"\n")[0])
            assert [i["type"] for i in snapshot["items"]] == ["CONSULT"]
            hub.add_event(event(id="d" * 20, type="CONSULT"), NOW + 1)
            hub.add_event(event(id="e" * 20, type="MOBILIZE"), NOW + 1)
            live = b""
            while b"\n\n" not in live:
                live += await stream.content.readany()
            assert live.startswith(b"event: event\ndata: ") and b"d" * 20 in live
            stream.close()

    asyncio.run(run())


def test_feed_positions_replay_latest_and_resume():
    from aiokafka.structs import TopicPartition

    from worker.dashboard.server import Hub, KafkaFeed
    from worker.settings import Settings

    p0, p1 = TopicPartition("t", 0), TopicPartition("t", 1)

    class FakeConsumer:
        def __init__(self):
            self.seeks = {}

        async def end_offsets(self, tps):
            return {tp: 50 for tp in tps}

        async def beginning_offsets(self, tps):
            return {tp: 0 if tp == p0 else 45 for tp in tps}

        def seek(self, tp, offset):
            self.seeks[tp] = offset

    async def run():
        hub = Hub(keep=10, topic="t", group="newsworker-dashboard-h-1", start="replay", replay=10)
        replay = KafkaFeed(Settings(), hub, "replay", 10)
        replay.consumer = FakeConsumer()
        await replay.position([p0, p1])
        assert replay.consumer.seeks == {p0: 40, p1: 45}  # end - N, not before the log start
        replay.next_offset[p0] = 48  # records read up to 47
        replay.consumer = FakeConsumer()  # a new consumer after a Kafka error, or a rebalance
        await replay.position([p0, p1])
        assert replay.consumer.seeks == {p0: 48, p1: 45}  # resume where it was, no replay again
        latest = KafkaFeed(Settings(), hub, "latest", 10)
        latest.consumer = FakeConsumer()
        await latest.position([p0])
        assert latest.consumer.seeks == {p0: 50}

    asyncio.run(run())
