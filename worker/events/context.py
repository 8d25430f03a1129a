"""Per-sentence working state shared by the argument finders, and small tree helpers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from worker.events.actors import Mention
from worker.events.lexicon import Lexicon
from worker.events.quantities import Quantity
from worker.events.timex import TimeExpr
from worker.events.triggers import Trigger
from worker.events.types import ParsedSentence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@dataclass
class Actor:
    """An actor found for an event slot; offsets are relative to the sentence (-1: other sentence)."""

    text: str
    normalized: str | None
    country: str | None
    role: str | None
    start: int
    end: int
    rule: str
    tokens: tuple[int, int] = (-1, -1)
    gender: str | None = None
    number: str | None = None

    def json(self, base: int) -> dict[str, Any]:
        inside = self.start >= 0
        return {"text": self.text, "normalized": self.normalized, "country": self.country, "role": self.role,
                "start": base + self.start if inside else None, "end": base + self.end if inside else None}

    def elsewhere(self, rule: str) -> Actor:
        """The same actor referred to from another sentence (an antecedent): no offsets here."""
        return Actor(self.text, self.normalized, self.country, self.role, -1, -1, rule, (-1, -1),
                     self.gender, self.number)


@dataclass(frozen=True)
class PriorEvent:
    """An event of an earlier sentence, as an antecedent: its type, source and target, and where it was."""

    type: str
    source: Actor | None
    target_names: frozenset[str]
    sentence_no: int
    target_state: bool = False  # round 24: the target is a state or has a nationality (not a party or a group)
    mode: str = "asserted"  # an act told as done, or only planned, possible, conditional or negated
    reporter: Actor | None = None  # who told it ("X said the police had come under fire"): a rejected account's author
    lemma: str = ""  # the trigger's lemma ("summon", "convoquer": a protest lodged, as "rejected the protest" says)


@dataclass
class Sentence:
    ps: ParsedSentence
    doc: Doc
    lang: str
    lex: Lexicon
    actors: list[Mention]
    places: list[Mention]
    quantities: list[Quantity]
    times: list[TimeExpr]
    prev_subject: Actor | None
    trigger_heads: dict[int, Trigger] = field(default_factory=dict)
    root_has_subject: bool = True
    ner_places: list[Mention] = field(default_factory=list)  # places the gazetteer lacks (model entities)
    home: str | None = None  # ISO code of the country the article is most about so far
    # "les deux pays", "the two diplomats": the article's two main countries / the last two people named
    pair_countries: tuple[str, str] | None = None
    pair_people: tuple[Actor, Actor] | None = None
    # events of the earlier sentences, oldest first: "condemned the strikes" names an act told before
    prior: list[PriorEvent] = field(default_factory=list)
    number: int = 0  # position of the sentence in the article (for `prior`)
    ents: tuple[Span, ...] = ()  # doc.ents, read once (spaCy rebuilds the tuple on every access)
    text: str = ""  # doc.text, read once (spaCy rebuilds the string on every access)
    # organisations named with an acronym so far ("le Front pour … (FACT)"), antecedents of "le mouvement":
    # (name, is an institution, end offset in this sentence or -1 for an earlier one)
    groups: list[tuple[str, bool, int]] = field(default_factory=list)


def prev_word(doc: Doc, i: int) -> Token | None:
    """Word before token i, skipping articles ("en [la] Pologne")."""
    j = i - 1
    while j >= 0 and doc[j].pos_ == "DET" and doc[j].lower_ not in ("au", "aux", "du", "des"):
        j -= 1
    return doc[j] if j >= 0 else None


def preposition(tok: Token) -> str | None:
    """The preposition introducing `tok` ("avec" in "avec Macron", "with" in "with Macron")."""
    for c in tok.children:
        if c.dep_ == "case":
            if tok.head.lower_ in ("auprès", "envers") and c.lower_ in ("de", "d'", "d’", "du"):
                return tok.head.lower_  # "auprès de la Chine"
            return c.lower_
    if tok.dep_ == "pobj":
        return tok.head.lower_
    return None


def tok_at(doc: Doc, char: int) -> int:
    for t in doc:
        if t.idx <= char < t.idx + len(t.text) or t.idx >= char:
            return t.i
    return len(doc) - 1
