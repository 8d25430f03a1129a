"""Helpers shared by the deduplicator's unit tests: the gist of one text and the paraphrase features of
a pair, as the paraphrase matcher computes them."""

from __future__ import annotations

from worker.dedup.fingerprint import Unit
from worker.dedup.paraphrase import Features, Gist, features, gist_of


def gist(text: str, lang: str) -> Gist:
    return gist_of(Unit.build(0, 0, text, lang))


def pair_features(a: str, b: str, lang: str) -> Features:
    return features(gist(a, lang), gist(b, lang))
