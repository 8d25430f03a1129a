"""A lighter lemmatizer step: the same lemmas as spaCy's rule lemmatizer, assigned in bulk.

spaCy's `Lemmatizer` walks the Doc token by token in Python: it builds a `Token`, looks its lemma up in
a cache keyed by (orth, pos[, morph]), and sets `lemma_` through the string store. Almost every lookup hits that
cache, so the walk itself is the cost: about 23 µs a token, 13 % of `fr_core_news_md`'s time on news
(more than the parser's own step). This step reads (orth, pos, morph, lemma) for the whole Doc as one
array, answers from its own cache keyed by all three (at least as fine as spaCy's: the French
lemmatizer keys (orth, pos), the English one adds the morphology, which also decides its uncached
base forms), asks spaCy's lemmatizer only on a miss, and writes the
lemmas back as one array. The original component stays in the pipeline, disabled, and does every
lemmatization that is not a cache hit, so the lemmas are its lemmas (tests/unit/test_fast_lemmas.py
compares both on the evaluation articles).

A miss was slow too: about 200 µs (French) and 70 µs (English), because the rule lemmatizers test
`form in index` where `index` is the word list of the model's `lemma_index` table (up to 66 000 words per
part of speech), a linear scan per rule. The lists become sets here (membership is all the rules ask of
them), which costs a worker about 1 s less CPU over its first thousand articles, and each worker pays it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language

if TYPE_CHECKING:
    from spacy.pipeline import Lemmatizer
    from spacy.tokens import Doc

FACTORY = "newsworker_bulk_lemmatizer"


def index_as_sets(lemmatizer: Lemmatizer) -> int:
    """Turn the `lemma_index` word lists into sets (same answers to `in`); returns how many were turned."""
    if not lemmatizer.lookups.has_table("lemma_index"):
        return 0
    table = lemmatizer.lookups.get_table("lemma_index")
    turned = 0
    for key, words in list(table.items()):
        if isinstance(words, list):
            table[key] = frozenset(words)
            turned += 1
    return turned


class BulkLemmatizer:
    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        index_as_sets(lemmatizer)
        # (orth, pos, morph) -> lemma hash: what spaCy's lemmatizer answered for that key (its answer
        # depends on nothing else once it has seen the key: its own cache is as coarse or coarser)
        self.cache: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        overwrite = self.lemmatizer.overwrite
        cache = self.cache
        lemmas = numpy.empty((len(rows), 1), dtype="uint64")
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not overwrite:  # set before (attribute ruler): spaCy keeps it too
                lemmas[i, 0] = lemma
                continue
            found = cache.get((orth, pos, morph))
            if found is None:
                found = doc.vocab.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
                cache[(orth, pos, morph)] = found
            lemmas[i, 0] = found
        doc.from_array([LEMMA], lemmas)
        return doc


@Language.factory(FACTORY)
def make_bulk_lemmatizer(nlp: Language, name: str) -> BulkLemmatizer:
    return BulkLemmatizer(nlp.get_pipe("lemmatizer"))


def use_bulk_lemmatizer(nlp: Language) -> bool:
    """Put the bulk step in place of a rule/lookup `lemmatizer` (kept, disabled, for the misses)."""
    if "lemmatizer" not in nlp.pipe_names or FACTORY in nlp.pipe_names:
        return False
    nlp.add_pipe(FACTORY, after="lemmatizer")
    nlp.disable_pipe("lemmatizer")
    return True
