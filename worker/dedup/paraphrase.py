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

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from worker.dedup.fingerprint import DATE, NAME, NUMBER, Unit, h16, minhash_set_bands, norm_of_raw
from worker.dedup.lexicon import (
    NEGATION_PARTICLES_FR,
    NEGATION_SECOND_FR,
    NEGATIONS,
    NEGATIVE_VERB_STEMS,
    STOPWORDS,
)
from worker.dedup.marks import UnitRef
from worker.dedup.record import FLAG_NEGATED, FLAG_REPEAT, StoredParagraph, decode
from worker.dedup.settings import DedupSettings
from worker.dedup.similarity import Match, View, better
from worker.dedup.store import FingerprintStore, ReadCache, bucket_add, bucket_uids

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


# "didn't" is tokenized "didn" + "t": count the "t" only.
_NT_STEMS = frozenset("don didn doesn isn wasn aren weren hasn haven hadn shouldn wouldn couldn won".split())


def polarity(norms: Sequence[str]) -> bool:
    """True when the unit is negated an odd number of times (negation particles + negative verbs).

    "La préfecture n'a pas exclu que…" (ne + exclu: even) says the same as "Le bilan pourrait…" (none),
    and the opposite of "La préfecture a exclu que…" (exclu: odd).
    """
    cues = 0
    after_ne = 0
    for n in norms:
        if n in NEGATION_PARTICLES_FR:
            cues += 1
            after_ne = 4
            continue
        if n in NEGATION_SECOND_FR:
            if after_ne <= 0 and n in ("pas", "jamais", "aucun", "aucune"):
                cues += 1  # "pas" without "ne"
        elif (n in NEGATIONS and n not in _NT_STEMS) or n[:STEM_LEN] in NEGATIVE_VERB_STEMS:
            cues += 1
        after_ne -= 1
    return cues % 2 == 1


def gist_of(norms: Sequence[str], kinds: Sequence[str], ref: UnitRef | None = None, order: int = 0) -> Gist:
    stems, names, numbers, dates = set(), set(), set(), set()
    for i, (n, k) in enumerate(zip(norms, kinds, strict=True)):
        if n in STOPWORDS or n in NEGATIONS or (len(n) < 2 and not n.isdigit()):
            continue
        h = h16(stem(n))
        stems.add(h)
        if k == NAME and i > 0:  # "Both", "Most" open a sentence capitalized without being names
            names.add(h)
        elif k == NUMBER:
            numbers.add(h)
        elif k == DATE:
            dates.add(h)
    return Gist(frozenset(stems), frozenset(names), frozenset(numbers), frozenset(dates), polarity(norms), ref, order)


@dataclass(frozen=True, slots=True)
class Features:
    containment: float  # |A ∩ B| / |A|, A = later unit
    dice: float
    predicate_dice: float
    veto: str | None

    def score(self) -> float:
        return 0.5 * self.containment + 0.5 * self.dice


def features(a: Gist, b: Gist, min_stems: int = 4, early_exit: float = 0.0) -> Features:
    na, nb = len(a.stems), len(b.stems)
    if na < min_stems or nb < min_stems:
        return Features(0.0, 0.0, 0.0, "short")
    inter = len(a.stems & b.stems)
    cont = inter / na
    if cont < early_exit:
        # score = (cont + dice) / 2 and dice < 2 * cont, so the score cannot reach the threshold
        return Features(cont, 0.0, 0.0, "low")
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
    elif len(short.names - long_.stems) > 1:
        veto = "name"  # the shorter statement is about someone the other does not mention
    return Features(cont, dice, pdice, veto)


class ParaphraseMatcher:
    """Finds paraphrases among earlier units of the article and remembered units (via "p<i>:" keys)."""

    def __init__(self, settings: DedupSettings) -> None:
        self.settings = settings
        self._cache: dict[tuple, Gist] = {}

    def begin(self) -> None:
        """Called once per article: gists are cached per unit while the article is processed."""
        self._cache = {}

    def accept(self, f: Features) -> bool:
        s = self.settings
        return f.veto is None and f.score() >= s.paraphrase_similarity and f.predicate_dice >= s.paraphrase_predicate

    # ------------------------------------------------------------------ gists
    def gist(self, u: Unit, start: int = 0, end: int | None = None) -> Gist:
        key = (id(u), start, end)
        g = self._cache.get(key)
        if g is None:
            end_ = len(u.norms) if end is None else end
            g = gist_of(u.norms[start:end_], u.kinds[start:end_])
            self._cache[key] = g
        return g

    def sentence_gists(self, u: Unit) -> list[Gist]:
        bounds = [*u.bounds, len(u.norms)]
        return [self.gist(u, a, b) for a, b in pairwise(bounds)]

    def stored_gist(self, sp: StoredParagraph, sentence: int | None) -> Gist:
        key = (sp.article_id, sp.paragraph, sentence)
        g = self._cache.get(key)
        if g is None:
            g = self._cache[key] = self._stored_gist(sp, sentence)
        return g

    @staticmethod
    def _stored_gist(sp: StoredParagraph, sentence: int | None) -> Gist:
        idx = range(len(sp.sentence_starts)) if sentence is None else [sentence]
        stems: set[int] = set()
        names, numbers, dates = set(), set(), set()
        negated = False  # parity of the remembered per-sentence polarity bits
        for i in idx:
            if i < len(sp.stems):
                stems.update(sp.stems[i])
            a, b = sp.sentence_span(i)
            if i < len(sp.sentence_flags) and sp.sentence_flags[i] & FLAG_NEGATED:
                negated = not negated
            for pos in range(a, b):
                item = sp.salient.get(pos)
                if item is None:
                    continue
                h = h16(stem(norm_of_raw(item[1])))
                {NAME: names, NUMBER: numbers, DATE: dates}[item[0]].add(h)
        return Gist(frozenset(stems), frozenset(names), frozenset(numbers), frozenset(dates), negated)

    # ------------------------------------------------------------------ matching
    def best(self, unit: Unit, earlier: Iterable[tuple[Unit, View]], stored: Iterable[StoredParagraph]) -> Match | None:
        g = self.gist(unit)
        parts = self.sentence_gists(unit) if len(unit.bounds) > 1 else []
        best: Match | None = None
        single = not parts
        early = self.settings.paraphrase_similarity / 1.5
        for u2, v2 in earlier:
            if single and len(u2.bounds) > 1:
                continue  # a sentence is compared with sentences: polarity is per sentence
            best = better(self._try(g, parts, self.gist(u2), v2.ref, v2.order), best)
        for sp in stored:
            multi = len(sp.sentence_starts) > 1
            targets: list[int | None] = [] if (multi and single) else [None]
            if multi:
                targets += [i for i, f in enumerate(sp.sentence_flags) if not f & FLAG_REPEAT]
            for t in targets:
                stems = sp.stems[t] if t is not None and t < len(sp.stems) else None
                if stems is not None and len(g.stems.intersection(stems)) < early * len(g.stems):
                    continue  # cheap reject before building the stored gist
                ref = UnitRef(sp.article_id, sp.paragraph, t, sp.source)
                best = better(self._try(g, parts, self.stored_gist(sp, t), ref, -1), best)
        return best

    def _try(self, g: Gist, parts: list[Gist], h: Gist, ref: UnitRef, order: int) -> Match | None:
        s = self.settings
        f = features(g, h, s.paraphrase_min_stems, s.paraphrase_similarity / 1.5)
        if not self.accept(f):
            return None
        # A paragraph is a paraphrase only if each of its sentences restates something of the other:
        # an added sentence is new information.
        for p in parts:
            if len(p.stems) >= self.settings.paraphrase_min_stems and len(p.stems & h.stems) < 0.5 * len(p.stems):
                return None
        return Match("paraphrase", f.score(), ref, order)

    # ------------------------------------------------------------------ store
    def keys(self, units: Sequence[Unit]) -> list[str]:
        s = self.settings
        out: list[str] = []
        if s.paraphrase_bands <= 0:
            return out
        for x in units:
            stems = self.gist(x).stems
            if len(stems) >= s.paraphrase_min_stems:
                out.extend(
                    f"p{b}:{h:08x}"
                    for b, h in enumerate(minhash_set_bands(stems, s.paraphrase_bands, s.paraphrase_rows))
                )
        return out

    def stored_candidates(
        self,
        store: FingerprintStore | ReadCache,
        units: Sequence[Unit],
        own: frozenset[bytes],
        cache: dict[bytes, StoredParagraph | None],
    ) -> list[StoredParagraph]:
        hits: Counter[bytes] = Counter()
        for key in dict.fromkeys(self.keys(units)):
            for uid in bucket_uids(store.get(key)):
                hits[uid] += 1
        out = []
        for uid, _ in sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))[: self.settings.max_candidates]:
            if uid not in cache:
                raw = store.get("u:" + uid.hex())
                cache[uid] = decode(raw) if raw is not None else None
            sp = cache[uid]
            if sp is not None and uid not in own:
                out.append(sp)
        return out

    def stems_of(self, x: Unit) -> tuple[int, ...]:
        return tuple(sorted(self.gist(x).stems))

    def remember(self, store: FingerprintStore, uid: bytes, sentences: Sequence[Unit], flags: Sequence[int]) -> None:
        for x, f in zip(sentences, flags, strict=True):
            if not f & FLAG_REPEAT:
                for key in self.keys([x]):
                    bucket_add(store, key, uid, self.settings.max_bucket)
