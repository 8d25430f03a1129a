"""Article versions: the same id sent again with other content is a new version, not a new article.

Plain logic over plain data. The worker keeps the last version of each article in a Faust table keyed by
article id (co-partitioned with the raw topic); `newsworker process` keeps it in a dict. Event ids are
deterministic (article, sentence, type, trigger), so an unchanged sentence keeps its event id across
versions; events of the old version that the new one no longer has are published as superseded.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

import orjson

from worker.ingest.raw import RawArticle


class VersionStore(Protocol):
    def get(self, article_id: str) -> bytes | None: ...
    def put(self, article_id: str, value: bytes) -> None: ...


class InMemoryVersionStore:
    def __init__(self) -> None:
        self.data: dict[str, bytes] = {}

    def get(self, article_id: str) -> bytes | None:
        return self.data.get(article_id)

    def put(self, article_id: str, value: bytes) -> None:
        self.data[article_id] = value


@dataclass
class VersionDecision:
    record: dict[str, Any]  # the enriched record's `version` field
    superseded_event_ids: list[str] = field(default_factory=list)
    remember: bytes | None = None  # what to store for the article (None: keep what is stored)


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _order_key(version: Any, published_at: str | None) -> tuple[float, float]:
    """Compare versions by the source's version number first, then by publication time."""
    try:
        number = float(version) if version is not None else float("-inf")
    except (TypeError, ValueError):
        number = float("-inf")
    try:
        when = datetime.fromisoformat(published_at).timestamp() if published_at else float("-inf")
    except (TypeError, ValueError):
        when = float("-inf")
    return number, when


def decide_version(
    previous_raw: bytes | None, raw: RawArticle, paragraph_texts: list[str], event_ids: list[str]
) -> VersionDecision:
    content = _sha1(f"{raw.title}\n{raw.body}")
    paragraph_hashes = [_sha1(t) for t in paragraph_texts]
    current = {
        "number": 1, "source_version": raw.version, "published_at": raw.published_at, "content_sha1": content,
        "paragraph_sha1": paragraph_hashes, "event_ids": event_ids,
    }
    if previous_raw is None:
        record = {"number": 1, "status": "first", "source_version": raw.version, "previous_number": None,
                  "paragraphs_added": [], "paragraphs_removed": 0, "superseded_event_ids": []}
        return VersionDecision(record, [], orjson.dumps({**current, "record": record}))
    previous = orjson.loads(previous_raw)
    if previous["content_sha1"] == content:
        # A replay of the stored version (redelivery, resend): the very same record as the first time,
        # so at-least-once replays publish identical content.
        return VersionDecision(previous["record"], list(previous["record"]["superseded_event_ids"]), None)
    if _order_key(raw.version, raw.published_at) < _order_key(previous["source_version"], previous["published_at"]):
        # An older version arriving late: published as such, but it supersedes nothing.
        record = {"number": previous["number"], "status": "stale", "source_version": raw.version,
                  "previous_number": None, "paragraphs_added": [], "paragraphs_removed": 0,
                  "superseded_event_ids": []}
        return VersionDecision(record, [], None)
    number = previous["number"] + 1
    old = set(previous["paragraph_sha1"])
    new = set(paragraph_hashes)
    superseded = [e for e in previous["event_ids"] if e not in set(event_ids)]
    record = {
        "number": number, "status": "new_version", "source_version": raw.version,
        "previous_number": previous["number"],
        "paragraphs_added": [i for i, h in enumerate(paragraph_hashes) if h not in old],
        "paragraphs_removed": len(old - new),
        "superseded_event_ids": superseded,
    }
    return VersionDecision(record, superseded, orjson.dumps({**current, "number": number, "record": record}))


def superseded_record(event_id: str, article_id: str, version: int) -> dict[str, Any]:
    return {"record_type": "event.superseded", "schema_version": 1, "id": event_id, "article_id": article_id,
            "superseded_by_version": version}
