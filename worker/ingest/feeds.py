"""RSS and Atom feeds → raw articles (feedparser), and the small state that remembers what was sent.

A feed entry becomes a raw-article document (`raw_document_from_entry`), which then goes through the
same parser as every other route (worker.ingest.raw.article_from_document): HTML content is reduced
to paragraphs by worker/ingest/html.py. What `newsworker feed` produces is the normalized record
(`RawArticle.to_json()`), with the entry itself under `source_payload`.

The state file (JSON, default var/feed-state.json) keeps, per feed, the guid and a content hash of
every entry sent: an entry is pushed again only when its content changed (a new version, same id).
"""

from __future__ import annotations

import calendar
import hashlib
import os
import re
import tempfile
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import feedparser
import orjson

from worker.ingest.html import html_to_text
from worker.ingest.raw import Limits, RawArticle, article_from_document
from worker.ingest.raw_errors import Rejected

STATE_VERSION = 1
MAX_REMEMBERED_PER_FEED = 5000
MAX_FEED_BYTES = 20 * 1024 * 1024
FETCH_TIMEOUT_SECONDS = 30.0
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_PRIMARY_LANGUAGE = re.compile(r"^([A-Za-z]{2})(?:[-_][A-Za-z0-9]{1,8})*$")


# -- reading feeds --------------------------------------------------------------------------------
@dataclass
class ParsedFeed:
    origin: str
    version: str  # feedparser's name of the format: rss20, atom10, …
    meta: dict[str, Any]
    entries: list[Mapping[str, Any]]
    warning: str | None = None


def parse_feed(data: bytes, origin: str) -> ParsedFeed:
    """Feed bytes → entries. A document that is not a feed at all raises Rejected("schema_invalid")."""
    try:
        parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=True)
    except Exception as exc:  # feedparser is meant not to raise; be sure of it
        raise Rejected("schema_invalid", f"feed {origin}: {type(exc).__name__}: {exc}"[:1000]) from None
    warning = None
    if parsed.get("bozo"):
        warning = f"{type(parsed.get('bozo_exception')).__name__}: {parsed.get('bozo_exception')}"[:500]
    entries = list(parsed.get("entries") or [])
    if not entries and not parsed.get("version"):
        raise Rejected("schema_invalid", f"feed {origin}: not an RSS or Atom feed ({warning or 'no entries'})")
    meta = {k: v for k, v in (parsed.get("feed") or {}).items() if isinstance(v, str)}
    return ParsedFeed(origin, str(parsed.get("version") or ""), meta, entries, warning)


def raw_document_from_entry(entry: Mapping[str, Any], feed: Mapping[str, Any], origin: str = "") -> dict[str, Any]:
    """One feed entry → a raw-article document (body or body_html). Raises only Rejected."""
    try:
        return _raw_document_from_entry(entry, feed, origin)
    except Rejected:
        raise
    except Exception as exc:
        raise Rejected("schema_invalid", f"feed entry: {type(exc).__name__}: {exc}"[:1000]) from None


def article_from_entry(
    entry: Mapping[str, Any], feed: Mapping[str, Any], origin: str = "", limits: Limits | None = None
) -> RawArticle:
    """One feed entry → a validated RawArticle (the same parser as every route). Raises only Rejected."""
    return article_from_document(raw_document_from_entry(entry, feed, origin), limits or Limits())


def _raw_document_from_entry(entry: Mapping[str, Any], feed: Mapping[str, Any], origin: str) -> dict[str, Any]:
    link = _text(entry.get("link"))
    guid = _text(entry.get("id")) or link
    content_type, content = _content_of(entry)
    title = _title_of(entry)
    if not guid:
        if not (title or content):
            raise Rejected("schema_invalid", "feed entry: no guid, link, title or content")
        guid = "feed-" + hashlib.sha256(orjson.dumps([origin, title, content])).hexdigest()[:20]
    document: dict[str, Any] = {
        "id": guid[:512],
        "url": link or (guid if guid.startswith(("http://", "https://")) else f"urn:newsworker:feed:{guid}"),
        "source": _source_of(feed, origin),
        "title": title[:4096],
    }
    if content_type in _HTML_TYPES:
        document["body_html"] = content
    else:
        document["body"] = content
    published = _date_of(entry, "published") or _date_of(entry, "updated")
    if published:
        document["published_at"] = published
    updated = _date_of(entry, "updated")
    if updated:
        document["version"] = updated
    author = _text(entry.get("author"))
    if author:
        document["byline"] = author[:1024]
    language = _language_of(entry, feed)
    if language:
        document["language"] = language
    subjects = [
        {k: v for k, v in (("name", tag.get("term")), ("scheme", tag.get("scheme"))) if isinstance(v, str) and v}
        for tag in entry.get("tags") or [] if isinstance(tag, Mapping) and _text(tag.get("term"))
    ]
    if subjects:
        document["metadata"] = {"subjects": subjects}
    document["source_payload"] = {"feed": {**json_safe(dict(feed)), "origin": origin}, "entry": json_safe(entry)}
    return document


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _content_of(entry: Mapping[str, Any]) -> tuple[str, str]:
    """The fullest text of the entry: content (Atom content, RSS content:encoded) before summary."""
    candidates: list[Mapping[str, Any]] = [c for c in entry.get("content") or [] if isinstance(c, Mapping)]
    summary = entry.get("summary_detail")
    if isinstance(summary, Mapping):
        candidates.append(summary)
    elif isinstance(entry.get("summary"), str):
        candidates.append({"type": "text/html", "value": entry["summary"]})
    for candidate in candidates:
        value = candidate.get("value")
        if isinstance(value, str) and value.strip():
            kind = str(candidate.get("type") or "text/plain").split(";")[0].strip().lower()
            return kind, value
    return "text/plain", ""


def _title_of(entry: Mapping[str, Any]) -> str:
    title = _text(entry.get("title"))
    detail = entry.get("title_detail")
    if title and isinstance(detail, Mapping) and str(detail.get("type", "")).lower() in _HTML_TYPES:
        title = " ".join(html_to_text(title).splitlines())
    return title


def _source_of(feed: Mapping[str, Any], origin: str) -> str:
    title = _text(feed.get("title"))
    if title:
        return title[:256]
    for value in (feed.get("link"), origin):
        if isinstance(value, str) and value:
            return (value.split("://", 1)[-1].split("/", 1)[0] or value)[:256]
    return "feed"


def _get(mapping: Mapping[str, Any], key: str) -> Any:
    """Without feedparser's aliases (its `updated` falls back to `published`, with a warning)."""
    return dict.get(mapping, key) if isinstance(mapping, dict) else mapping.get(key)


def _date_of(entry: Mapping[str, Any], name: str) -> str | None:
    """ISO 8601 with the feed's own offset when it can be read, else feedparser's UTC reading."""
    raw = _get(entry, name)
    if isinstance(raw, str) and raw.strip():
        for parse in (datetime.fromisoformat, parsedate_to_datetime):
            try:
                value = parse(raw.strip())
            except (TypeError, ValueError, IndexError, OverflowError):
                continue
            if value.tzinfo is None:
                value = value.replace(tzinfo=UTC)
            return value.isoformat()
    parsed = _get(entry, f"{name}_parsed")
    if parsed:
        try:
            return datetime.fromtimestamp(calendar.timegm(parsed), UTC).isoformat()
        except (TypeError, ValueError, OverflowError, OSError):
            return None
    return None


def _language_of(entry: Mapping[str, Any], feed: Mapping[str, Any]) -> str | None:
    details = [c for c in entry.get("content") or [] if isinstance(c, Mapping)]
    details.append(entry.get("summary_detail") or {})
    tags = [d.get("language") for d in details if isinstance(d, Mapping)] + [feed.get("language")]
    for tag in tags:
        if isinstance(tag, str):
            match = _PRIMARY_LANGUAGE.match(tag.strip())
            if match:
                return match.group(1).lower()
    return None


def json_safe(value: Any, depth: int = 0) -> Any:
    """feedparser's dicts (with struct_time values) → plain JSON values; *_parsed keys dropped."""
    if depth > 20:
        return None
    if isinstance(value, Mapping):
        return {str(k): json_safe(v, depth + 1) for k, v in value.items()
                if not str(k).endswith("_parsed") and not isinstance(v, bytes)}
    if isinstance(value, list | tuple):
        return [json_safe(v, depth + 1) for v in value]
    if isinstance(value, int) and not isinstance(value, bool) and not -(2**63) <= value < 2**64:
        return str(value)  # JSON encoders stop at 64 bits
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def fetch_feed(origin: str, etag: str | None = None, modified: str | None = None) -> tuple[bytes | None, dict]:
    """Bytes of a feed file or URL (None when the server says 304 Not Modified), and the
    validators to send next time (ETag, Last-Modified)."""
    if not origin.startswith(("http://", "https://")):
        path = Path(origin.removeprefix("file://"))
        if path.stat().st_size > MAX_FEED_BYTES:
            raise Rejected("too_large", f"feed {origin}: over {MAX_FEED_BYTES} bytes")
        return path.read_bytes(), {}
    request = urllib.request.Request(origin, headers={"User-Agent": "newsworker-feed/1", "Accept-Encoding": "identity"})
    if etag:
        request.add_header("If-None-Match", etag)
    if modified:
        request.add_header("If-Modified-Since", modified)
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT_SECONDS) as response:
            data = response.read(MAX_FEED_BYTES + 1)
            validators = {"etag": response.headers.get("ETag"), "modified": response.headers.get("Last-Modified")}
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return None, {"etag": etag, "modified": modified}
        raise
    if len(data) > MAX_FEED_BYTES:
        raise Rejected("too_large", f"feed {origin}: over {MAX_FEED_BYTES} bytes")
    return data, {k: v for k, v in validators.items() if v}


# -- what was sent ----------------------------------------------------------------------------------
def content_hash(article: RawArticle) -> str:
    """What makes a new version worth sending: the text and the fields the pipeline reads."""
    material = [article.url, article.title, article.body, article.language, article.published_at, article.version]
    return hashlib.sha256(orjson.dumps(material)).hexdigest()[:32]


@dataclass
class FeedState:
    """{feed: {"etag", "modified", "items": {guid: {"hash", "sent_at"}}}}, saved atomically as JSON."""

    path: Path
    feeds: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> FeedState:
        try:
            document = orjson.loads(path.read_bytes())
        except FileNotFoundError:
            return cls(path)
        except orjson.JSONDecodeError as exc:
            raise SystemExit(f"feed state {path} is not JSON ({exc}); move it away to start afresh") from None
        feeds = document.get("feeds") if isinstance(document, dict) else None
        return cls(path, feeds if isinstance(feeds, dict) else {})

    def _feed(self, origin: str) -> dict[str, Any]:
        feed = self.feeds.setdefault(origin, {})
        if not isinstance(feed.get("items"), dict):
            feed["items"] = {}
        return feed

    def is_new(self, origin: str, guid: str, digest: str) -> bool:
        seen = self._feed(origin)["items"].get(guid)
        return not (isinstance(seen, dict) and seen.get("hash") == digest)

    def remember(self, origin: str, guid: str, digest: str) -> None:
        items = self._feed(origin)["items"]
        items.pop(guid, None)  # re-inserted last: dicts keep insertion order, oldest first
        items[guid] = {"hash": digest, "sent_at": datetime.now(UTC).isoformat()}
        while len(items) > MAX_REMEMBERED_PER_FEED:
            items.pop(next(iter(items)))

    def validators(self, origin: str) -> dict[str, Any]:
        feed = self._feed(origin)
        return {"etag": feed.get("etag"), "modified": feed.get("modified")}

    def set_validators(self, origin: str, validators: Mapping[str, Any]) -> None:
        feed = self._feed(origin)
        for key in ("etag", "modified"):
            if validators.get(key):
                feed[key] = validators[key]
            else:
                feed.pop(key, None)

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = orjson.dumps({"version": STATE_VERSION, "feeds": self.feeds}, option=orjson.OPT_INDENT_2)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


@dataclass
class Pending:
    """One entry to push: the raw-topic record, or a dead letter when the entry is unusable."""

    guid: str
    digest: str
    key: str
    value: bytes | None = None  # normalized raw-article record
    rejected: Rejected | None = None
    original: bytes = b""


def pending_entries(feed: ParsedFeed, state: FeedState, limits: Limits | None = None) -> list[Pending]:
    """Entries of this feed not yet sent with this content, in feed order (oldest-first is not promised)."""
    limits = limits or Limits()
    out: list[Pending] = []
    seen: set[str] = set()
    for entry in feed.entries:
        original = orjson.dumps(json_safe(entry))
        try:
            article = article_from_entry(entry, feed.meta, feed.origin, limits)
        except Rejected as rejected:
            guid = _text(entry.get("id")) or _text(entry.get("link")) or hashlib.sha256(original).hexdigest()[:20]
            digest = hashlib.sha256(original).hexdigest()[:32]
            if guid not in seen and state.is_new(feed.origin, guid, digest):
                out.append(Pending(guid, digest, guid[:512], rejected=rejected, original=original))
            seen.add(guid)
            continue
        value = orjson.dumps(article.to_json())
        digest = content_hash(article)
        if article.id in seen or not state.is_new(feed.origin, article.id, digest):
            continue
        seen.add(article.id)
        if len(value) > limits.max_message_bytes:
            rejected = Rejected("too_large", f"normalized record is {len(value)} bytes > {limits.max_message_bytes}")
            out.append(Pending(article.id, digest, article.id, rejected=rejected, original=original))
        else:
            out.append(Pending(article.id, digest, article.id, value=value))
    return out
