"""The benchmark's corpus (bench/throughput.py): repetition as a feed has it, in a feed's order."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from throughput import build_corpus  # noqa: E402


def _story(article: dict) -> tuple[str, str]:
    return (article.get("title") or "", article.get("language") or "")


def test_stories_order_puts_each_original_before_its_copies_and_spreads_new_stories() -> None:
    corpus = build_corpus(540, 60, "stories")
    assert len(corpus) == 540 and len({a["id"] for a in corpus}) == 540
    first_seen: dict[tuple[str, str], int] = {}
    for position, article in enumerate(corpus):
        first_seen.setdefault(_story(article), position)
        if article["source"] == "outlet-0":  # the original of its story comes first
            assert first_seen[_story(article)] == position
    tenths = Counter(position * 10 // len(corpus) for position in first_seen.values())
    # new stories keep coming: none of the ten stretches holds a quarter of them
    assert max(tenths.values()) < len(first_seen) / 4
    assert len(tenths) >= 8


def test_shuffle_order_is_the_old_front_loaded_one() -> None:
    corpus = build_corpus(540, 60, "shuffle")
    first_seen: dict[tuple[str, str], int] = {}
    for position, article in enumerate(corpus):
        first_seen.setdefault(_story(article), position)
    early = sum(1 for p in first_seen.values() if p < len(corpus) / 5)
    assert early > len(first_seen) / 2


def test_balance_names_the_larger_share_of_the_parsing_and_its_cap() -> None:
    from throughput import describe_balance

    heavy = {"cpu": 11.0, "articles": 583, "parsed": 600.0}
    light = {"cpu": 9.0, "articles": 497, "parsed": 400.0}
    line = describe_balance({"per_worker": [heavy, light]})
    assert "articles 583 / 497" in line and "sentences parsed 600 / 400" in line
    assert "largest share of the parsing 0.60" in line and "1.67×" in line
