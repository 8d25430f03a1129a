"""Paraphrase: the same statement in other words, guarded so two facts about the same actors differ.

No parser exists at this stage, so the signal is lexical and cheap:
  * content stems: non-stopword tokens cut to 5 characters ("resteraient"/"rester" -> "reste"), digits
    kept whole;
  * score: share of the later unit's stems found in the earlier one (containment: a short restatement
    of a long sentence counts) combined with Dice (so a long unit is not a paraphrase of a few words);
  * guards, any one of which vetoes: a figure of the shorter unit missing from the longer, two different
    weekdays/months, a negation on one side only, >1 capitalized name of either side absent from the
    other, and too little overlap *outside* names (same actors, different predicate = different fact).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from worker.dedup.fingerprint import DATE, NAME, NUMBER, Unit, h16
from worker.dedup.lexicon import NEGATIONS, STOPWORDS
from worker.dedup.marks import UnitRef
from worker.dedup.settings import DedupSettings

STEM_LEN = 5


def stem(norm: str) -> str:
    return norm if norm[:1].isdigit() else norm[:STEM_LEN]


@dataclass(frozen=True, slots=True)
class Gist:
    """What paraphrase matching needs of a unit; stems are 16-bit ids so stored units compare too."""

    stems: frozenset[int]
    names: frozenset[int]
    numbers: frozenset[int]
    dates: frozenset[int]
    negated: bool
    ref: UnitRef | None = None
    order: int = 0

    @property
    def predicate(self) -> frozenset[int]:
        return self.stems - self.names - self.numbers - self.dates


def gist_of(norms: Sequence[str], kinds: Sequence[str], ref: UnitRef | None = None, order: int = 0) -> Gist:
    stems, names, numbers, dates = set(), set(), set(), set()
    negated = False
    for n, k in zip(norms, kinds, strict=True):
        if n in NEGATIONS:
            negated = True
            continue
        if n in STOPWORDS or (len(n) < 2 and not n.isdigit()):
            continue
        h = h16(stem(n))
        stems.add(h)
        if k == NAME:
            names.add(h)
        elif k == NUMBER:
            numbers.add(h)
        elif k == DATE:
            dates.add(h)
    return Gist(frozenset(stems), frozenset(names), frozenset(numbers), frozenset(dates), negated, ref, order)


@dataclass(frozen=True, slots=True)
class Features:
    containment: float  # |A ∩ B| / |A|, A = later unit
    dice: float
    predicate_dice: float
    veto: str | None

    def score(self) -> float:
        return 0.5 * self.containment + 0.5 * self.dice


def features(a: Gist, b: Gist, min_stems: int = 4) -> Features:
    na, nb = len(a.stems), len(b.stems)
    if na < min_stems or nb < min_stems:
        return Features(0.0, 0.0, 0.0, "short")
    inter = len(a.stems & b.stems)
    cont = inter / na
    dice = 2 * inter / (na + nb)
    pa, pb = a.predicate, b.predicate
    pdice = 2 * len(pa & pb) / (len(pa) + len(pb)) if pa and pb else 0.0
    veto = None
    short, long_ = (a, b) if na <= nb else (b, a)
    if not short.numbers <= long_.numbers:
        veto = "number"
    elif a.dates and b.dates and not (a.dates & b.dates):
        veto = "date"
    elif a.negated != b.negated:
        veto = "negation"
    elif len(a.names - b.stems) > 1 or len(b.names - a.stems) > 1 and nb <= 2 * na:
        veto = "name"
    return Features(cont, dice, pdice, veto)


class ParaphraseMatcher:
    def __init__(self, settings: DedupSettings) -> None:
        self.settings = settings

    def accept(self, f: Features) -> bool:
        s = self.settings
        return (f.veto is None and f.score() >= s.paraphrase_similarity
                and f.predicate_dice >= s.paraphrase_predicate)

    def best(self, unit: Unit, earlier: Iterable, stored: Iterable) -> None:
        return None

    def stored_candidates(self, store, whole, article_id, cache):  # type: ignore[no-untyped-def]
        return []

    def remember(self, store, uid, whole, sentences, flags) -> None:  # type: ignore[no-untyped-def]
        return None
