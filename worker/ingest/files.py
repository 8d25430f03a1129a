"""Read articles from files for `newsworker send` and `newsworker process`.

.json  one article (a JSON object) or a list of them
.jsonl one article per line
.txt   plain text: id from a content hash, title from the first line only if it looks like one
.rss .atom .xml  an RSS or Atom feed: one normalized raw article per entry (worker/ingest/feeds.py)
A .json/.jsonl item may be our raw article or an IPTC ninjs item (the parser tells them apart by
shape; the Kafka key is the ninjs `uri`/`guid`). Each yields the exact bytes that would be produced
to the raw topic, so `process` and the worker parse the same thing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import orjson

_TITLE_MAX_CHARS = 200


def looks_like_title(line: str) -> bool:
    """A short line without sentence-final punctuation ("Biden et Macron se parlent")."""
    line = line.strip()
    return 0 < len(line) <= _TITLE_MAX_CHARS and not line.endswith((".", "!", "?", "…", "»", "”", '"', ":"))


def article_from_text(text: str, name: str) -> dict:
    lines = text.strip("\ufeff").splitlines()
    first = next((ln for ln in lines if ln.strip()), "")
    title = ""
    body = text.strip("\ufeff")
    if looks_like_title(first) and len([ln for ln in lines if ln.strip()]) > 1:
        title = first.strip()
        body = body.split(first, 1)[1].lstrip("\r\n")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]
    return {
        "id": f"txt-{digest}",
        "url": f"urn:newsworker:file:{name}",
        "source": "local-file",
        "title": title,
        "body": body,
    }


def read_payloads(path: Path) -> Iterator[tuple[str | None, bytes]]:
    """(key, value bytes) for each article in the file. Bad lines are yielded as-is: the parser
    decides what is bad, so `send` can also be used to push malformed input on purpose."""
    suffix = path.suffix.lower()
    data = path.read_bytes()
    if suffix == ".txt":
        article = article_from_text(data.decode("utf-8"), path.name)
        yield article["id"], orjson.dumps(article)
    elif suffix == ".jsonl":
        for line in data.splitlines():
            if line.strip():
                yield _key_of(line), line
    elif suffix == ".json":
        try:
            document = orjson.loads(data)
        except orjson.JSONDecodeError:
            yield None, data
            return
        items = document if isinstance(document, list) else [document]
        for item in items:
            value = orjson.dumps(item)
            yield _key_of(value), value
    elif suffix in FEED_SUFFIXES:
        yield from _feed_payloads(data, str(path))
    else:
        raise ValueError(f"{path}: unsupported file type {suffix!r} (use .json, .jsonl, .txt, .rss, .atom or .xml)")


FEED_SUFFIXES = (".rss", ".atom", ".xml")


def _feed_payloads(data: bytes, origin: str) -> Iterator[tuple[str | None, bytes]]:
    """Each entry normalized by the same parser as every route; an entry it refuses is yielded as the
    entry itself (JSON), so the worker dead-letters it like any other bad record."""
    from worker.ingest.feeds import article_from_entry, json_safe, parse_feed
    from worker.ingest.raw_errors import Rejected

    try:
        feed = parse_feed(data, origin)
    except Rejected:
        yield None, data
        return
    for entry in feed.entries:
        try:
            article = article_from_entry(entry, feed.meta, origin)
        except Rejected:
            yield None, orjson.dumps(json_safe(entry))
            continue
        yield article.id, orjson.dumps(article.to_json())


def _key_of(value: bytes) -> str | None:
    """The article id, used as the Kafka key so versions of one article stay ordered."""
    try:
        document = orjson.loads(value)
    except orjson.JSONDecodeError:
        return None
    if isinstance(document, dict) and isinstance(document.get("id"), str):
        return document["id"]
    from worker.ingest.ninjs import looks_like_ninjs

    if looks_like_ninjs(document):
        for name in ("uri", "guid"):
            if isinstance(document.get(name), str) and document[name]:
                return document[name]
    return None
