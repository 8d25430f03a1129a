"""Store-side behaviour: compact records, near copies found despite LSH's soft threshold, big inputs."""

from __future__ import annotations

import random

from rapidfuzz.distance import Indel

from worker.dedup import Deduplicator, DedupSettings, InMemoryFingerprintStore
from worker.dedup.record import StoredParagraph, decode, encode
from worker.text import segment_body, word_tokens

_SYL = "ba be bi bo bu da de di do du fa fe fi fo ga ge go la le li lo ma me mi mo na".split()
_WORDS = [a + b + c for a in _SYL for b in _SYL for c in _SYL[:5]]  # letters only (no "numbers")


def _paragraph(rng: random.Random, n: int = 60) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(n)) + "."


def test_record_roundtrip() -> None:
    sp = StoredParagraph("a1", None, 3, (1, 2, 65535), (0, 2), (0, 3), {1: ("number", "3 000")}, 77, (5, 65535))
    assert decode(encode(sp)) == sp
    sp2 = StoredParagraph(
        "é" * 300, "src", 70_000, tuple(range(300)), (0, 150), (1, 14), {299: ("name", "Zoé")}, 1, (2, 3)
    )
    assert decode(encode(sp2)) == sp2


def test_record_of_another_format_version_is_ignored() -> None:
    """Format 3 changed the layout: an older value left in a changelog decodes to None (never misread)."""
    sp = StoredParagraph("a1", None, 3, (1, 2, 3), (0,), (0,), {})
    raw = encode(sp)
    assert decode(bytes([2]) + raw[1:]) is None
    assert decode(b"") is None


def test_near_copies_at_the_threshold_are_found_across_articles() -> None:
    """LSH alone finds a pair at its threshold < half the time; with the k-gram index and exact
    confirmation every copy at Indel similarity >= near_similarity is found."""
    rng = random.Random(5)
    dedup = Deduplicator(InMemoryFingerprintStore())
    originals = [_paragraph(rng) for _ in range(40)]
    for i in range(0, 40, 10):
        dedup.remember(f"orig{i}", "wire", segment_body("\n".join(originals[i : i + 10])))
    threshold = DedupSettings().near_similarity
    found = tested = 0
    for i, text in enumerate(originals):
        words = text[:-1].split()
        for j in rng.sample(range(len(words)), 4):  # 4 of 60 words replaced: Indel ~ 0.93
            words[j] = "autre" + _SYL[j % len(_SYL)]
        copy = " ".join(words) + "."
        sim = Indel.normalized_similarity(word_tokens(copy), word_tokens(text))
        assert sim >= threshold
        r = dedup.process(f"copy{i}", "outlet", segment_body(copy))
        tested += 1
        found += r.paragraphs.get(0) is not None and r.paragraphs[0].kind == "near"
    assert found == tested


def test_long_paragraph_and_many_paragraphs() -> None:
    rng = random.Random(1)
    long_text = _paragraph(rng, 5000)
    body = "\n".join([long_text] + [_paragraph(rng, 20) for _ in range(200)])
    dedup = Deduplicator(InMemoryFingerprintStore())
    dedup.process("a1", None, segment_body(body))
    r = dedup.process("a2", None, segment_body(body))
    assert len(r.paragraphs) == 201 and all(m.kind == "exact" for m in r.paragraphs.values())
