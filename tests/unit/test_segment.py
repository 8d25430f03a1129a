from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from worker.text import normalize_for_match, segment_body
from worker.text.segment import split_sentences

SEED = Path(__file__).resolve().parents[2] / "seeds" / "ukraine-biden-macron-fr.txt"


def test_seed_paragraph_and_sentence_offsets_point_at_the_text():
    body = SEED.read_text(encoding="utf-8")
    paragraphs = segment_body(body)
    assert len(paragraphs) == 14
    for paragraph in paragraphs:
        assert body[paragraph.start : paragraph.end] == paragraph.text
        for sentence in paragraph.sentences:
            assert body[sentence.start : sentence.end] == sentence.text


def test_initials_and_titles_do_not_end_sentences():
    text = "« Le président Joseph R. Biden, Jr. s’est entretenu avec M. Macron. » Puis il est parti."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "« Le président Joseph R. Biden, Jr. s’est entretenu avec M. Macron. »",
        "Puis il est parti.",
    ]


def test_sentence_ends_after_closing_quote():
    sentences = split_sentences("“Ce ne sont pas des mouvements permanents”, a déclaré Kirby. « Ils sont là. »")
    assert len(sentences) == 2


def test_normalization_folds_case_quotes_spacing_and_digit_groups_but_keeps_accents():
    typographic = normalize_for_match("« L’Ukraine »   a  3 000 soldats.")
    assert typographic == normalize_for_match('"l\'ukraine" a 3000 SOLDATS')
    assert normalize_for_match("côte") != normalize_for_match("cote")


@given(st.text(max_size=400))
def test_segmentation_never_raises_and_offsets_hold_for_any_text(body):
    for paragraph in segment_body(body):
        assert body[paragraph.start : paragraph.end] == paragraph.text
        for sentence in paragraph.sentences:
            assert body[sentence.start : sentence.end] == sentence.text
            assert sentence.text.strip() == sentence.text and sentence.text
