"""Pairwise confirmation: given a unit and a candidate, which kind of repeat (if any) and its score.

Candidates come from the index (store) or from the same article; this module decides with exact
measures on the word sequences, so the thresholds in DedupSettings are the real ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Indel, LCSseq

from worker.dedup.fingerprint import NUMBER
from worker.dedup.marks import Change, UnitRef
from worker.dedup.settings import DedupSettings
from worker.dedup.update import diff_changes

# Lower is preferred when one unit matches several candidates.
KIND_RANK = {"exact": 0, "near": 1, "contained": 2, "update": 3, "paraphrase": 4}


@dataclass(frozen=True, slots=True)
class View:
    """The comparable face of a unit: tokens (strings in-article, 16-bit ids from the store)."""

    seq: tuple
    kinds: tuple[str, ...]
    raws: tuple[str | None, ...]
    ref: UnitRef
    exact: str | None = None  # normalize_for_match text when known
    order: int = 0  # reading order for tie-breaks (earlier articles < 0)

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


def _bigrams(seq: Sequence) -> set:
    return {(seq[i], seq[i + 1]) for i in range(len(seq) - 1)} or set(seq)


def compare(a: View, b: View, s: DedupSettings, *, full: bool = True, contained: bool = True) -> Match | None:
    """Is `a` (the later unit) a repeat or an update of `b`? full=False checks containment only."""
    na, nb = len(a), len(b)
    if na == 0 or nb == 0:
        return None
    if full:
        same = (a.exact == b.exact) if (a.exact is not None and b.exact is not None) else (a.seq == b.seq)
        if same:
            return Match("exact", 1.0, b.ref, b.order)
        if min(na, nb) < s.min_tokens:
            return None
        lcs = LCSseq.similarity(a.seq, b.seq)
        if lcs / max(na, nb) >= s.update_min_overlap:
            changes, factual = diff_changes(b.seq, b.kinds, b.raws, a.seq, a.kinds, a.raws)
            sim = Indel.normalized_similarity(a.seq, b.seq)
            if factual:
                return Match("update", sim, b.ref, b.order, changes)
            if sim >= s.near_similarity:
                return Match("near", sim, b.ref, b.order)
    if contained and na >= s.min_contained_tokens and na <= s.contained_max_length_ratio * nb:
        lcs = LCSseq.similarity(a.seq, b.seq)
        ordered = lcs / na
        if ordered >= s.contained_ordered:
            ba = _bigrams(a.seq)
            bc = len(ba & _bigrams(b.seq)) / len(ba)
            # A figure absent from the long unit is a new fact, not a quote of it.
            nums_a = {t for t, k in zip(a.seq, a.kinds, strict=True) if k == NUMBER}
            nums_b = {t for t, k in zip(b.seq, b.kinds, strict=True) if k == NUMBER}
            if bc >= s.contained_bigram and nums_a <= nums_b:
                return Match("contained", ordered, b.ref, b.order)
    return None


def better(m: Match | None, best: Match | None) -> Match | None:
    if m is None:
        return best
    if best is None or m.key() < best.key():
        return m
    return best
