"""Pairwise confirmation: given a unit and a candidate, which kind of repeat (if any) and its score.

Candidates come from the index (store) or from the same article; this module decides with exact
measures on the word sequences, so the thresholds in DedupSettings are the real ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from rapidfuzz.distance import Indel, Levenshtein

from worker.dedup.fingerprint import DATE, NAME, NUMBER
from worker.dedup.lexicon import NEGATIONS, STOPWORDS
from worker.dedup.marks import Change, UnitRef
from worker.dedup.settings import DedupSettings
from worker.dedup.update import diff_changes
from worker.dedup.words import plain_id

# Lower is preferred when one unit matches several candidates.
KIND_RANK = {"exact": 0, "near": 1, "contained": 2, "update": 3, "paraphrase": 4}
_NEG_H16 = frozenset(plain_id(w) for w in NEGATIONS)
_STOP_H16 = frozenset(plain_id(w) for w in STOPWORDS)
# Attribution words: who said it and when. A copy that only rewrites them ("she said" -> "Lagarde said on
# Thursday") is still the same text.
_ATTRIBUTION_KINDS = frozenset({NAME, DATE})
# A short unit may differ from the quoted span by a rewritten edge (its subject, an attribution) of at
# most this many words, if the rest (at least EDGE_MIN_CORE words) is contained.
EDGE_MAX = 4
EDGE_MIN_CORE = 8
NEG_REACH = 3  # a negation cue this close before an aligned word negates it (containment)
MAX_TYPOS = 2  # misspelled words a contained unit may have (in-article only, see _typos)


@dataclass(frozen=True, slots=True)
class View:
    """The comparable face of a unit: tokens (strings in-article, 16-bit ids from the store)."""

    seq: tuple
    kinds: tuple[str, ...]
    raws: tuple[str | None, ...]
    ref: UnitRef
    exact: str | int | None = None  # normalize_for_match text (in-article) or its 16-bit id (store)
    order: int = 0  # reading order for tie-breaks (earlier articles < 0)
    bounds: tuple[int, ...] = (0,)  # sentence starts in seq
    kicker: int = 0  # tokens of a leading "Topic :" label (headings), 0 if none

    def __len__(self) -> int:
        return len(self.seq)


@dataclass(frozen=True, slots=True)
class Match:
    kind: str
    score: float
    of: UnitRef
    order: int
    changes: tuple[Change, ...] = ()

    def key(self) -> tuple:
        return (KIND_RANK[self.kind], -round(self.score, 6), self.order)


def _is_neg(tok: object) -> bool:
    return tok in NEGATIONS if isinstance(tok, str) else tok in _NEG_H16


def _bigrams(seq: Sequence) -> set:
    return {(seq[i], seq[i + 1]) for i in range(len(seq) - 1)} or set(seq)


def _alignment(a: Sequence, b: Sequence) -> tuple[list[bool], list[bool]]:
    """Which tokens of a and of b are in one longest common subsequence."""
    ma, mb = [False] * len(a), [False] * len(b)
    for op in Indel.opcodes(a, b):
        if op.tag == "equal":
            for k in range(op.src_end - op.src_start):
                ma[op.src_start + k] = True
                mb[op.dest_start + k] = True
    return ma, mb


def _negation_flip(a: Sequence, b: Sequence, ma: list[bool], mb: list[bool], span_only: bool) -> bool:
    """A negation cue present on one side only.

    span_only (containment): only b's unaligned words *between* aligned words, in short gaps (<= 4
    words), count; a long paragraph has other negations far from the quoted words.
    """
    if any(_is_neg(t) and not m for t, m in zip(a, ma, strict=True)):
        return True
    if not span_only:
        return any(_is_neg(t) and not m for t, m in zip(b, mb, strict=True))
    idx = [j for j, m in enumerate(mb) if m]
    # a short gap with a cue, or a cue just before the next aligned word whatever the gap ("Il n'a pas
    # [exclu que…]": an alignment that jumps from another sentence to the verb must not skip its "pas")
    return any(
        any(_is_neg(b[j]) for j in range(j1 + 1 if j2 - j1 <= 5 else j2 - NEG_REACH, j2))
        for j1, j2 in pairwise(idx)
        if j2 - j1 > 1
    )


def _is_stop(tok: object) -> bool:
    return tok in STOPWORDS if isinstance(tok, str) else tok in _STOP_H16


def _attribution_only(v: View, m: list[bool]) -> bool:
    """Every word of v left out of the alignment is a stopword, a name or a date (attribution)."""
    return all(ok or k in _ATTRIBUTION_KINDS or _is_stop(t) for t, k, ok in zip(v.seq, v.kinds, m, strict=True))


def _typos(a: Sequence, b: Sequence, ma: list[bool], mb: list[bool]) -> int:
    """Unaligned words of a that are one edit away from an unaligned word of b ("Russi" / "Russie").
    Only when both sides are text (in-article): the store keeps 16-bit word ids, not spellings."""
    if not a or not isinstance(a[0], str) or not b or not isinstance(b[0], str):
        return 0
    free_b = [t for t, m in zip(b, mb, strict=True) if not m and len(t) >= 4]
    n = 0
    for t, m in zip(a, ma, strict=True):
        if m or len(t) < 4 or t[:1].isdigit():
            continue
        # one edit exactly: the same word left unaligned on both sides was moved, it is no typo
        if any(t != u and t[0] == u[0] and Levenshtein.distance(t, u, score_cutoff=1) <= 1 for u in free_b):
            n += 1
    return n


def _sentences_covered(a: View, ma: list[bool], min_share: float = 0.5) -> bool:
    """Every sentence of a (of 3+ words) is mostly aligned: a paragraph that adds a new sentence to an
    old one is not a near repeat (its new sentence must survive)."""
    bounds = [*a.bounds, len(a.seq)]
    return all(e - s < 3 or sum(ma[s:e]) >= min_share * (e - s) for s, e in pairwise(bounds))


def _inside(a: View, ma: list[bool], s: DedupSettings) -> bool:
    """Ordered containment of a (without a leading topic label) in the aligned unit is high enough
    for "contained": its words, in order, are the other unit's, save a few (a tense, an added day)."""
    k = a.kicker if a.kicker and len(a) - a.kicker >= s.min_contained_tokens - 1 else 0
    n = len(a) - k
    return n > 0 and sum(ma[k:]) >= s.contained_ordered * n


def compare(
    a: View,
    b: View,
    s: DedupSettings,
    *,
    full: bool = True,
    contained: bool = True,
    b_is_part: bool = False,
) -> Match | None:
    """Is `a` (the later unit) a repeat or an update of `b`?

    full=False checks containment only. b_is_part: b is one sentence of a longer paragraph, so a unit
    that repeats it exactly or a part of it is "contained" in that paragraph (of names the sentence); an
    edited copy with words of its own is "near" that sentence.
    """
    na, nb = len(a), len(b)
    if na == 0 or nb == 0:
        return None
    if full:
        if isinstance(a.exact, str) and isinstance(b.exact, str):
            same = a.exact == b.exact  # in-article: the normalized texts
        else:
            # against the store: equal word ids (lemma/stem level) *and* equal 16-bit ids of the exact
            # text; equal ids with another exact id = an inflection changed, which is near (sim 1.0)
            same = a.seq == b.seq and (a.exact is None or b.exact is None or a.exact == b.exact)
        if same:
            return Match("contained" if b_is_part else "exact", 1.0, b.ref, b.order)
        if min(na, nb) < s.min_tokens:
            return None
        ma, mb = _alignment(a.seq, b.seq)
        lcs = sum(ma)
        if (
            lcs / max(na, nb) >= s.update_min_overlap
            and not _negation_flip(a.seq, b.seq, ma, mb, False)
            # the same text: a paragraph that adds a sentence of its own is neither near nor an update
            # (its old sentence is marked by the sentence pass)
            and _sentences_covered(a, ma)
        ):
            changes, factual = diff_changes(b.seq, b.kinds, b.raws, a.seq, a.kinds, a.raws)
            sim = 2 * lcs / (na + nb)  # = rapidfuzz Indel normalized similarity
            if factual:
                return Match("update", sim, b.ref, b.order, changes)
            near = sim >= s.near_similarity or (
                # a quote whose attribution was rewritten: all other words identical
                sim >= s.near_attribution_similarity and _attribution_only(a, ma) and _attribution_only(b, mb)
            )
            if near:
                # One sentence of a longer paragraph: a unit whose words are inside it (ordered
                # containment >= contained_ordered once a heading's topic label is set aside, the
                # definition of "contained") is contained in the paragraph; an edited copy with more
                # words of its own ("she said" -> "Lagarde said on Thursday") is near the sentence.
                kind = "contained" if b_is_part and _inside(a, ma, s) else "near"
                return Match(kind, sim, b.ref, b.order)
    if contained:
        m = _contained(a, b, s, 0)
        if m is None and a.kicker:
            m = _contained(a, b, s, a.kicker)
        return m
    return None


def _contained(a: View, b: View, s: DedupSettings, skip: int) -> Match | None:
    seq, kinds = a.seq[skip:], a.kinds[skip:]
    na, nb = len(seq), len(b)
    # A quote after a topic label ("Grève SNCF : « Nous ne lâcherons rien »") may be one word shorter
    # than other contained units, if it is quoted word for word (checked below).
    min_len = s.min_contained_tokens - 1 if skip else s.min_contained_tokens
    if na < min_len or na > s.contained_max_length_ratio * nb:
        return None
    ma, mb = _alignment(seq, b.seq)
    aligned = sum(ma)
    if aligned < na and (aligned + MAX_TYPOS) >= s.contained_ordered * na:
        aligned += min(MAX_TYPOS, _typos(seq, b.seq, ma, mb))  # only when typos can change the outcome
    ordered = aligned / na
    if ordered < s.contained_ordered:
        # a rewritten edge: "Les deux dirigeants [ont affirmé leur soutien à … l'Ukraine]" quoted from
        # "le dirigeant français et Biden « ont affirmé leur soutien à … l'Ukraine »"
        lead = next((i for i, m in enumerate(ma) if m), na)
        trail = next((i for i, m in enumerate(reversed(ma)) if m), na)
        edge = lead if lead >= trail else trail
        core = na - edge
        if not (edge <= EDGE_MAX and core >= EDGE_MIN_CORE and aligned / core >= s.contained_ordered):
            return None
        span = range(na - trail, na) if trail > lead else range(lead)
        if _moved(seq, span, b.seq, mb):
            return None
        ordered = aligned / na
    ba = _bigrams(seq)
    shared_bigrams = len(ba & _bigrams(b.seq)) / len(ba)
    if shared_bigrams < s.contained_bigram:
        return None
    if na < s.min_contained_tokens and (shared_bigrams < 1.0 or aligned < na):
        return None
    # A figure absent from the long unit is a new fact, not a quote of it.
    nums_a = {t for t, k in zip(seq, kinds, strict=True) if k == NUMBER}
    nums_b = {t for t, k in zip(b.seq, b.kinds, strict=True) if k == NUMBER}
    if not nums_a <= nums_b or _negation_flip(seq, b.seq, ma, mb, True) or _fact_replaced(seq, kinds, b, ma, mb):
        return None
    return Match("contained", ordered, b.ref, b.order)


def _moved(seq: Sequence, span: range, b: Sequence, mb: list[bool]) -> bool:
    """The edge words are the long unit's own words, moved ("[…] confiée à la gendarmerie par le parquet
    de Lorient" for "Le parquet de Lorient a ouvert […]"): the unit reorders the other (a paraphrase,
    passive for active), it does not quote it with a rewritten subject ("Les deux dirigeants …")."""
    content = [seq[i] for i in span if not _is_stop(seq[i])]
    free = {t for t, m in zip(b, mb, strict=True) if not m}
    return len(content) >= 2 and all(t in free for t in content)


_FACT_KINDS = (NUMBER, DATE, NAME)


def _fact_replaced(seq: Sequence, kinds: Sequence[str], b: View, ma: list[bool], mb: list[bool]) -> bool:
    """Between two aligned words, the short unit has a figure/date/name where the long one has another
    of the same kind ("fermés mercredi" for "fermés mardi"): an update of that text, not a quote of it."""
    ia = [i for i, m in enumerate(ma) if m]
    jb = [j for j, m in enumerate(mb) if m]
    for (i1, j1), (i2, j2) in pairwise(zip(ia, jb, strict=True)):
        if i2 - i1 > 1 and j2 - j1 > 1:
            ka = {k for k in kinds[i1 + 1 : i2] if k in _FACT_KINDS}
            if ka and ka & set(b.kinds[j1 + 1 : j2]):
                return True
    return False


def better(m: Match | None, best: Match | None) -> Match | None:
    if m is None:
        return best
    if best is None or m.key() < best.key():
        return m
    return best
