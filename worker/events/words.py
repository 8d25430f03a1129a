"""Closed word lists kept as data (data/word_lists.tsv): one named list a line."""

from __future__ import annotations

from functools import cache

from worker.events.lexicon import DATA_DIR


@cache
def _lists() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for line in (DATA_DIR / "word_lists.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, words = line.split("\t")[:2]
        if name.strip() in out:
            raise ValueError(f"word_lists.tsv: list {name.strip()!r} defined twice")
        out[name.strip()] = frozenset(w.strip().lower() for w in words.split(",") if w.strip())
    return out


def words(name: str) -> frozenset[str]:
    """The list `name` (lower-case words); KeyError for an unknown name, so a typo fails loudly."""
    return _lists()[name]
