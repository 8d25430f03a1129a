"""The bulk lemmatizer step gives spaCy's own lemmas (worker/nlp/lemmas.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.events_harness import MODELS
from worker.text import segment_body

ROOT = Path(__file__).resolve().parents[2]


def _sentences(language: str) -> list[str]:
    """Every distinct sentence of the evaluation articles in that language (news of every kind)."""
    out: dict[str, None] = {}
    for path in sorted((ROOT / "eval" / "events" / "articles").glob("*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        if article.get("language") == language:
            for paragraph in segment_body(article["body"]):
                for sentence in paragraph.sentences:
                    out[sentence.text] = None
    return list(out)


@pytest.mark.parametrize("language", sorted(MODELS))
def test_bulk_lemmatizer_gives_the_lemmas_of_spacys_lemmatizer(language: str) -> None:
    spacy = pytest.importorskip("spacy")
    from worker.nlp.lemmas import FACTORY, use_bulk_lemmatizer

    stock = spacy.load(MODELS[language])
    bulk = spacy.load(MODELS[language])
    assert use_bulk_lemmatizer(bulk)
    assert FACTORY in bulk.pipe_names and "lemmatizer" not in bulk.pipe_names
    assert not use_bulk_lemmatizer(bulk)  # once only
    # the bulk pipeline's rules look words up in sets, the stock one's in the model's lists: same lemmas below
    index = bulk.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert index and all(isinstance(words, frozenset) for words in index.values())
    stock_index = stock.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(words, list) for words in stock_index.values())
    texts = _sentences(language)
    assert len(texts) > 500
    # twice over: the second pass answers from the cache
    for _ in range(2):
        differences: list[tuple[str, str, str]] = []
        for a, b in zip(stock.pipe(texts), bulk.pipe(texts), strict=True):
            differences += [(ta.text, ta.lemma_, tb.lemma_) for ta, tb in zip(a, b, strict=True)
                            if ta.lemma_ != tb.lemma_]
        assert differences == []


def test_lemmas_set_before_the_lemmatizer_are_kept_as_spacy_keeps_them() -> None:
    """overwrite=False (both pipelines): a lemma the attribute ruler set is not replaced."""
    spacy = pytest.importorskip("spacy")
    from worker.nlp.lemmas import use_bulk_lemmatizer

    nlp = spacy.load(MODELS["fr"])
    use_bulk_lemmatizer(nlp)
    doc = nlp.make_doc("Les soldats sont partis")
    for name, proc in nlp.pipeline:
        if name == "attribute_ruler":
            doc = proc(doc)
            doc[1].lemma_ = "militaire"  # as if a rule had set it
        elif name != "ner":
            doc = proc(doc)
    assert doc[1].lemma_ == "militaire"
    assert all(t.lemma_ for t in doc)
