"""Closed word lists kept as data (data/round7_words.tsv … round9_words.tsv): one named list a line."""

from __future__ import annotations

from functools import cache

from worker.events.lexicon import DATA_DIR


@cache
def _lists() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    lines = [line for f in ("round7_words.tsv", "round8_words.tsv", "round9_words.tsv")
             for line in (DATA_DIR / f).read_text(encoding="utf-8").splitlines()]
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        name, words = line.split("\t")[:2]
        out[name.strip()] = frozenset(w.strip().lower() for w in words.split(",") if w.strip())
    return out


def words(name: str) -> frozenset[str]:
    """The list `name` (lower-case words); KeyError for an unknown name, so a typo fails loudly."""
    return _lists()[name]
