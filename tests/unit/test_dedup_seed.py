"""The seed article: its three contained repeats (pull quote, two headings) must be found."""

from __future__ import annotations

from pathlib import Path

import pytest

from worker.dedup import Deduplicator, InMemoryFingerprintStore, clean_text
from worker.text import segment_body

SEED = Path(__file__).resolve().parents[2] / "seeds" / "ukraine-biden-macron-fr.txt"


@pytest.fixture(scope="module")
def seed_paragraphs():
    return segment_body(SEED.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("short", "long"), [(2, 3), (6, 8), (11, 13)])
def test_seed_contained_repeats(seed_paragraphs, short: int, long: int) -> None:
    result = Deduplicator().process("seed", "afp", seed_paragraphs)
    mark = result.paragraphs[short]
    assert mark.kind == "contained"
    assert mark.of.article_id == "seed"
    assert mark.of.paragraph == long
    assert mark.is_repeat
    assert result.is_repeat(short)


def test_seed_clean_text_drops_repeats_keeps_sources(seed_paragraphs) -> None:
    result = Deduplicator().process("seed", "afp", seed_paragraphs)
    text = clean_text(seed_paragraphs, result)
    lines = text.split("\n")
    assert seed_paragraphs[8].text in lines and seed_paragraphs[6].text not in lines
    assert seed_paragraphs[13].text in lines and seed_paragraphs[11].text not in lines


def test_seed_second_outlet_is_exact_repeat_with_lineage(seed_paragraphs) -> None:
    store = InMemoryFingerprintStore()
    dedup = Deduplicator(store)
    dedup.process("a1", "afp", seed_paragraphs)
    result = dedup.process("a2", "lemonde", seed_paragraphs)
    assert all(result.is_repeat(p.index) for p in seed_paragraphs)
    assert result.paragraphs[0].kind == "exact"
    assert result.paragraphs[0].of.article_id == "a1" and result.paragraphs[0].of.source == "afp"
    assert clean_text(seed_paragraphs, result) == ""


def test_redelivered_article_gets_same_marks(seed_paragraphs) -> None:
    dedup = Deduplicator(InMemoryFingerprintStore())
    first = dedup.process("seed", "afp", seed_paragraphs)
    again = dedup.process("seed", "afp", seed_paragraphs)
    assert first.paragraphs == again.paragraphs and first.sentences == again.sentences
