"""Parse and validate raw-article records from outside input (Kafka values, files).

Everything here treats input as hostile: any failure becomes a `Rejected` with a
machine-readable reason (the dead-letter `reason` enum) instead of an exception escaping.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import orjson

from worker.ingest.raw_errors import REASONS, Rejected
from worker.schemas import first_error

__all__ = ["REASONS", "Limits", "RawArticle", "Rejected", "article_from_document", "parse_raw_article"]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class RawArticle:
    id: str
    url: str
    source: str
    title: str
    body: str
    language: str | None = None
    published_at: str | None = None
    # Optional, from sources that have them (ninjs, feeds, or our JSON): see schemas/raw-article.schema.json.
    version: str | int | None = None
    byline: str | None = None
    metadata: dict[str, Any] | None = field(default=None, hash=False)
    source_payload: dict[str, Any] | None = field(default=None, hash=False)

    def to_json(self) -> dict[str, Any]:
        """A raw-article document that parses back to this article (the normalized form)."""
        out: dict[str, Any] = {
            "id": self.id, "url": self.url, "source": self.source, "title": self.title, "body": self.body,
        }
        if self.language:
            out["language"] = self.language
        if self.published_at:
            out["published_at"] = self.published_at
        if self.version is not None:
            out["version"] = self.version
        if self.byline is not None:
            out["byline"] = self.byline
        if self.metadata is not None:
            out["metadata"] = self.metadata
        if self.source_payload is not None:
            out["source_payload"] = self.source_payload
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
    """A decoded JSON document → a validated RawArticle, or raise Rejected.

    Accepted shapes: our raw article (`body`, or `body_html` reduced to text by worker/ingest/html.py)
    and IPTC ninjs 1.x/2.x items (worker/ingest/ninjs.py), told apart by shape.
    """
    if not isinstance(document, dict):
        raise Rejected("schema_invalid", f"(root): expected a JSON object, got {type(document).__name__}")
    try:
        return _article_from_object(document, limits)
    except Rejected:
        raise
    except RecursionError:
        raise Rejected("schema_invalid", "(root): nested too deeply") from None
    except Exception as exc:  # a bug must not escape as anything but a dead letter
        raise Rejected("processing_error", f"{type(exc).__name__}: {exc}"[:1000]) from None


def _article_from_object(document: dict[str, Any], limits: Limits) -> RawArticle:
    from worker.ingest.html import html_to_text
    from worker.ingest.ninjs import looks_like_ninjs, raw_document_from_ninjs

    if looks_like_ninjs(document):
        document = raw_document_from_ninjs(document)
    error = first_error("raw-article", document)
    if error:
        raise Rejected("schema_invalid", error)
    published_at = document.get("published_at")
    if published_at is not None:
        try:
            datetime.fromisoformat(published_at)
        except ValueError:
            raise Rejected("schema_invalid", f"published_at: {published_at!r} is not ISO 8601") from None
    if "body" in document:
        body: str = document["body"]
    else:  # body_html only (the schema requires one of them)
        html: str = document["body_html"]
        if len(html) > limits.max_message_bytes:
            raise Rejected("too_large", f"body_html has {len(html)} characters > limit {limits.max_message_bytes}")
        body = html_to_text(html)
        if not body.strip():
            raise Rejected("schema_invalid", "body_html: no text left after HTML extraction")
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
        version=document.get("version"),
        byline=document.get("byline"),
        metadata=document.get("metadata"),
        source_payload=document.get("source_payload"),
    )

