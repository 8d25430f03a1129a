"""Property tests: a unit is an exact repeat of itself whatever its spacing/case/quotes; never raises."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from worker.dedup import Deduplicator, InMemoryFingerprintStore, clean_text
from worker.dedup.record import decode
from worker.text import normalize_for_match, segment_body

WORDS = st.lists(
    st.sampled_from(
        "le la Russie Biden a déclaré que l’Ukraine 3 000 soldats « troupes » mardi côte Élysée "
        "n’a pas exclu the bank said it would not 2.5 percent Macron’s".split()
    ),
    min_size=1,
    max_size=30,
)


def _restyle(text: str, upper: bool) -> str:
    text = text.replace("’", "'").replace("«", '"').replace("»", '"')
    text = re.sub(r"(?<!\d) (?!\d)", "  ", text)  # more spacing, digit groups ("3 000") kept
    return text.upper() if upper else text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=WORDS, upper=st.booleans())
def test_restyled_text_is_exact_repeat(words: list[str], upper: bool) -> None:
    text = " ".join(words)
    if not normalize_for_match(text):
        return
    dedup = Deduplicator(InMemoryFingerprintStore())
    dedup.process("a1", "s1", segment_body(text))
    restyled = _restyle(text, upper)
    r = dedup.process("a2", "s2", segment_body(restyled))
    paragraphs = segment_body(restyled)
    for p in paragraphs:
        assert r.is_repeat(p.index) or all(r.is_repeat(p.index, s.index) for s in p.sentences)
    assert clean_text(paragraphs, r) == ""


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(a=st.text(max_size=300), b=st.text(max_size=300))
def test_never_raises_on_arbitrary_unicode(a: str, b: str) -> None:
    dedup = Deduplicator(InMemoryFingerprintStore())
    for aid, body in (("a", a), ("b", b), ("c", a + "\n" + b)):
        paragraphs = segment_body(body)
        r = dedup.process(aid, None, paragraphs)
        clean_text(paragraphs, r)
        for m in [*r.paragraphs.values(), *r.sentences.values()]:
            m.to_json()


@given(st.binary(max_size=200))
def test_decode_never_raises(raw: bytes) -> None:
    decode(raw)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab Cé.!?«»’'\"0123 \u00a0-")), max_size=120))
def test_paragraph_key_equals_normalized_paragraph(text: str) -> None:
    """The paragraph's exact key is built from its sentences: it must equal normalize_for_match."""
    from worker.dedup.deduplicator import Deduplicator

    paragraphs = segment_body(text)
    units, _ = Deduplicator._units(paragraphs)
    for p, u in zip(paragraphs, units, strict=True):
        assert u.exact == normalize_for_match(p.text)
