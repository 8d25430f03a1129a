"""Result types of the deduplication stage (the contract the pipeline serializes)."""

from __future__ import annotations

from dataclasses import dataclass, field

# Kinds that make a unit a repeat (left out of clean_text, not sent to NLP).
REPEAT_KINDS = frozenset({"exact", "near", "contained", "paraphrase"})
KINDS = ("exact", "near", "contained", "paraphrase", "update")


@dataclass(frozen=True, slots=True)
class UnitRef:
    """Where a unit was first seen: the lineage a mark points to."""

    article_id: str
    paragraph: int
    sentence: int | None = None
    source: str | None = None

    def to_json(self) -> dict:
        return {
            "article_id": self.article_id,
            "paragraph": self.paragraph,
            "sentence": self.sentence,
            "source": self.source,
        }


@dataclass(frozen=True, slots=True)
class Change:
    type: str  # "number" | "date" | "name" | "word"
    before: str
    after: str

    def to_json(self) -> dict:
        return {"type": self.type, "before": self.before, "after": self.after}


@dataclass(frozen=True, slots=True)
class DuplicateMark:
    kind: str  # "exact" | "near" | "contained" | "paraphrase" | "update"
    of: UnitRef
    score: float
    changes: tuple[Change, ...] = ()

    def to_json(self) -> dict:
        return {
            "kind": self.kind,
            "of": self.of.to_json(),
            "score": round(float(self.score), 4),
            "changes": [c.to_json() for c in self.changes],
        }

    @property
    def is_repeat(self) -> bool:
        # An update carries a new fact (changed figure/date/name): it is kept and sent to NLP.
        return self.kind in REPEAT_KINDS


@dataclass(slots=True)
class DedupResult:
    paragraphs: dict[int, DuplicateMark] = field(default_factory=dict)
    sentences: dict[tuple[int, int], DuplicateMark] = field(default_factory=dict)
    summary: dict = field(default_factory=dict)

    def is_repeat(self, paragraph: int, sentence: int | None = None) -> bool:
        mark = self.paragraphs.get(paragraph)
        if mark is not None and mark.is_repeat:
            return True  # a repeated paragraph repeats all its sentences
        if sentence is None:
            return False
        smark = self.sentences.get((paragraph, sentence))
        return smark is not None and smark.is_repeat
