"""The contract between the pipeline and event extraction (plain data, no Kafka)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    id: str
    language: str  # ISO 639-1, e.g. "fr", "en"
    published_at: str | None  # ISO 8601 as received, used to resolve relative dates
    source: str | None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class ParsedSentence:
    """One sentence that was parsed (repeats are not parsed again).

    `doc` is the spaCy Doc of this sentence's text alone: token.idx is relative to the sentence,
    add `start` to get the offset into the article body.
    """

    paragraph: int
    sentence: int
    start: int
    doc: Doc
    # Other places in this article that dedup marked as repeats of this sentence or of its
    # paragraph: (paragraph, sentence or None). They become extra mentions of the same events.
    also_at: tuple[tuple[int, int | None], ...] = field(default_factory=tuple)
