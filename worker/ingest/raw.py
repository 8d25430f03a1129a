"""Parse and validate raw-article records from outside input (Kafka values, files).

Everything here treats input as hostile: any failure becomes a `Rejected` with a
machine-readable reason (the dead-letter `reason` enum) instead of an exception escaping.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson

from worker.schemas import first_error

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
REASONS = ("not_utf8", "not_json", "too_large", "schema_invalid", "body_too_large", "processing_error")


class Rejected(Exception):
    """Input that cannot be processed; goes to the dead-letter topic."""

    def __init__(self, reason: str, detail: str) -> None:
        assert reason in REASONS, reason
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True, slots=True)
class RawArticle:
    id: str
    url: str
    source: str
    title: str
    body: str
    language: str | None = None
    published_at: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id, "url": self.url, "source": self.source, "title": self.title, "body": self.body,
        }
        if self.language:
            out["language"] = self.language
        if self.published_at:
            out["published_at"] = self.published_at
        return out


@dataclass(frozen=True, slots=True)
class Limits:
    max_message_bytes: int = 2 * 1024 * 1024
    max_body_chars: int = 500_000


def parse_raw_article(value: bytes | None, limits: Limits = Limits()) -> RawArticle:
    """Bytes of one Kafka record value → a validated RawArticle, or raise Rejected."""
    if value is None:
        raise Rejected("not_json", "empty record value (tombstone)")
    if len(value) > limits.max_message_bytes:
        raise Rejected("too_large", f"{len(value)} bytes > limit {limits.max_message_bytes}")
    try:
        text = value.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Rejected("not_utf8", f"invalid UTF-8 at byte {exc.start}: {exc.reason}") from None
    try:
        # orjson refuses nesting deeper than 1024 levels instead of overflowing the stack.
        document = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise Rejected("not_json", str(exc)[:500]) from None
    return article_from_document(document, limits)


def article_from_document(document: Any, limits: Limits = Limits()) -> RawArticle:
    """A decoded JSON document → a validated RawArticle, or raise Rejected."""
    if not isinstance(document, dict):
        raise Rejected("schema_invalid", f"(root): expected a JSON object, got {type(document).__name__}")
    error = first_error("raw-article", document)
    if error:
        raise Rejected("schema_invalid", error)
    published_at = document.get("published_at")
    if published_at is not None:
        try:
            datetime.fromisoformat(published_at)
        except ValueError:
            raise Rejected("schema_invalid", f"published_at: {published_at!r} is not ISO 8601") from None
    body: str = document["body"]
    if len(body) > limits.max_body_chars:
        raise Rejected("body_too_large", f"body has {len(body)} characters > limit {limits.max_body_chars}")
    if not body.strip():
        raise Rejected("schema_invalid", "body: is blank")
    # NUL and other C0 controls break downstream tools; replace them one-for-one so offsets hold.
    body = _CONTROL.sub(" ", body) if _CONTROL.search(body) else body
    language = document.get("language")
    return RawArticle(
        id=document["id"],
        url=document["url"],
        source=document["source"],
        title=document["title"],
        body=body,
        language=language.lower().split("-")[0] if language else None,
        published_at=published_at,
    )

