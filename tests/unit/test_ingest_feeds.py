"""RSS / Atom feeds: entry mapping, the sent-items state (no duplicate pushes), the poll command."""

from __future__ import annotations

import asyncio
import contextlib
import http.server
import threading
from pathlib import Path
from types import SimpleNamespace

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from worker.ingest.commands import poll_one
from worker.ingest.feeds import (
    FeedState,
    article_from_entry,
    fetch_feed,
    parse_feed,
    pending_entries,
    raw_document_from_entry,
)
from worker.ingest.files import read_payloads
from worker.ingest.raw import REASONS, Rejected, parse_raw_article
from worker.schemas import first_error
from worker.settings import Settings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
STORY = orjson.loads((FIXTURES / "story.json").read_bytes())
PARAGRAPHS = STORY["body"].split("\n")


def feed_of(name: str):
    return parse_feed((FIXTURES / name).read_bytes(), str(FIXTURES / name))


def test_rss_entry_maps_to_a_raw_article():
    feed = feed_of("story.rss")
    assert feed.version == "rss20" and len(feed.entries) == 2
    article = article_from_entry(feed.entries[0], feed.meta, feed.origin)
    assert article.id == article.url == "https://example.test/story-feed"
    assert article.title == STORY["title"]
    assert article.body.split("\n") == PARAGRAPHS  # content:encoded, not the short description
    assert article.source == "Example Wire — International"
    assert article.language == "fr"
    assert article.published_at == "2022-02-02T18:00:00+01:00"  # the feed's own offset kept
    assert article.byline == "Jeanne Exemple"
    assert article.metadata == {"subjects": [{"name": "Défense"}]}
    assert article.source_payload["entry"]["id"] == "https://example.test/story-feed"
    assert first_error("raw-article", article.to_json()) is None
    second = article_from_entry(feed.entries[1], feed.meta, feed.origin)
    assert second.id == "example-feed-2" and second.url == "https://example.test/story-feed-2"
    assert second.body == "Le Kremlin a nié toute intention d'envahir l'Ukraine."


def test_atom_entry_maps_to_a_raw_article():
    feed = feed_of("story.atom")
    assert feed.version == "atom10"
    first, second = (article_from_entry(e, feed.meta, feed.origin) for e in feed.entries)
    assert first.id == "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a"
    assert first.url == "https://example.test/story-atom"
    assert first.body.split("\n") == PARAGRAPHS
    assert first.version == "2022-02-02T18:05:00+01:00"  # <updated>
    assert first.published_at == "2022-02-02T18:00:00+01:00"
    assert first.metadata == {"subjects": [{"name": "Défense", "scheme": "https://example.test/rubriques"}]}
    assert second.body == "Le Kremlin a nié toute intention d’envahir l’Ukraine."  # type="text": not HTML
    assert second.url == second.id == "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6b"  # no link: the id
    assert second.language == "fr"  # xml:lang of the feed


def test_something_that_is_not_a_feed_is_rejected():
    with pytest.raises(Rejected) as info:
        parse_feed(b'{"not": "a feed"}', "x.json")
    assert info.value.reason == "schema_invalid"


def test_state_prevents_duplicate_pushes_and_resends_changed_items(tmp_path):
    state = FeedState.load(tmp_path / "state.json")
    feed = feed_of("story.rss")
    first = pending_entries(feed, state)
    assert [p.key for p in first] == ["https://example.test/story-feed", "example-feed-2"]
    for item in first:
        state.remember(feed.origin, item.guid, item.digest)
    state.save()
    reloaded = FeedState.load(tmp_path / "state.json")
    assert pending_entries(feed, reloaded) == []  # second poll: nothing new
    changed = (FIXTURES / "story.rss").read_bytes().replace(b"occidentale", b"persistante")
    again = pending_entries(parse_feed(changed, feed.origin), reloaded)
    assert [p.key for p in again] == ["https://example.test/story-feed"]  # a new version, same id


def test_items_without_a_usable_body_become_dead_letters_once(tmp_path):
    rss = b"""<rss version="2.0"><channel><title>T</title>
      <item><guid>empty-1</guid><title>Sans texte</title></item></channel></rss>"""
    state = FeedState.load(tmp_path / "s.json")
    feed = parse_feed(rss, "mem")
    [pending] = pending_entries(feed, state)
    assert pending.value is None and pending.rejected.reason == "schema_invalid"
    state.remember(feed.origin, pending.guid, pending.digest)
    assert pending_entries(feed, state) == []


class FakeProducer:
    def __init__(self) -> None:
        self.raw: list[tuple[str, bytes]] = []
        self.dead: list[tuple[str, dict]] = []

    async def send_raw(self, key, value):
        self.raw.append((key, value))
        return SimpleNamespace(topic="raw", partition=0, offset=len(self.raw) - 1)

    async def send_deadletter(self, key, record):
        self.dead.append((key, record))


def test_poll_pushes_new_items_once_and_remembers_them(tmp_path, capsys):
    settings_ = Settings()
    state_path = tmp_path / "feed-state.json"
    producer = FakeProducer()
    for _ in range(2):
        state = FeedState.load(state_path)
        for name in ("story.rss", "story.atom"):
            assert asyncio.run(poll_one(settings_, producer, state, str(FIXTURES / name)))
    assert len(producer.raw) == 4 and producer.dead == []  # second round: nothing again
    for key, value in producer.raw:
        article = parse_raw_article(value)  # what the worker will read: the same parser
        assert article.id == key
    saved = orjson.loads(state_path.read_bytes())
    assert set(saved["feeds"]) == {str(FIXTURES / "story.rss"), str(FIXTURES / "story.atom")}
    assert "0 sent" in capsys.readouterr().out


def test_poll_reports_a_missing_feed_as_a_failure(tmp_path):
    state = FeedState.load(tmp_path / "s.json")
    assert not asyncio.run(poll_one(Settings(), FakeProducer(), state, str(tmp_path / "missing.rss")))


def test_send_and_process_read_feed_files_through_the_same_parser():
    payloads = list(read_payloads(FIXTURES / "story.atom"))
    assert [key for key, _ in payloads] == ["urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a",
                                           "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6b"]
    assert parse_raw_article(payloads[0][1]).body.split("\n") == PARAGRAPHS


def test_fetch_over_http_uses_etag_and_handles_not_modified():
    body = (FIXTURES / "story.rss").read_bytes()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            if self.headers.get("If-None-Match") == '"v1"':
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("ETag", '"v1"')
            self.send_header("Content-Type", "application/rss+xml")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/feed.rss"
        data, validators = fetch_feed(url)
        assert data == body and validators == {"etag": '"v1"'}
        again, _ = fetch_feed(url, etag='"v1"')
        assert again is None
    finally:
        server.shutdown()
        server.server_close()


# -- property tests -------------------------------------------------------------------------------------
scalars = st.none() | st.booleans() | st.integers() | st.text(max_size=30)
detail = st.fixed_dictionaries({}, optional={"type": st.sampled_from(["text/html", "text/plain", "x/y", 3]),
                                             "value": st.text(max_size=40) | st.just("<p>a</p><script>b</script>"),
                                             "language": scalars})
entries = st.fixed_dictionaries({}, optional={
    "id": scalars, "link": scalars, "title": scalars, "title_detail": detail | scalars,
    "summary": scalars, "summary_detail": detail | scalars, "content": st.lists(detail | scalars, max_size=3) | scalars,
    "published": scalars | st.sampled_from(["Wed, 02 Feb 2022 18:00:00 +0100", "2022-02-30T00:00:00Z", "9999"]),
    "updated": scalars, "updated_parsed": st.just((2022, 2, 2, 17, 0, 0, 2, 33, 0)) | scalars,
    "author": scalars, "tags": st.lists(st.fixed_dictionaries({}, optional={"term": scalars, "scheme": scalars}),
                                        max_size=3) | scalars,
})
feeds = st.fixed_dictionaries({}, optional={"title": scalars, "link": scalars, "language": scalars})


@settings(max_examples=400, deadline=None)
@given(entries, feeds)
def test_any_feed_entry_maps_or_is_rejected(entry, feed):
    try:
        document = raw_document_from_entry(entry, feed, "prop")
        article = article_from_entry(entry, feed, "prop")
    except Rejected as rejected:
        assert rejected.reason in REASONS
    else:
        assert isinstance(document, dict)
        assert first_error("raw-article", article.to_json()) is None
        orjson.dumps(article.to_json())


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300) | st.text(max_size=300).map(lambda t: f"<rss><channel>{t}</channel></rss>".encode()))
def test_any_bytes_parse_as_a_feed_or_are_rejected(data):
    try:
        feed = parse_feed(data, "prop")
    except Rejected as rejected:
        assert rejected.reason in REASONS
        return
    for entry in feed.entries:
        with contextlib.suppress(Rejected):
            article_from_entry(entry, feed.meta, "prop")
