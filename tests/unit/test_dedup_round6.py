"""Round 6 of the deduplicator: mechanisms, not vocabulary.

* candidates that only the paraphrase sources give (stem LSH, story) are confirmed by every measure
  first: a pull quote of a story paragraph is `contained`, not a paraphrase;
* an update changes the facts of one actor: a replaced name *and* a replaced figure/date is the same
  sentence frame about someone else (not an update);
* negation scope: auxiliaries and attribution verbs do not use up the scope window; a word negated by
  a cue of its clause on the other side is no conflict (the negation moved to another word);
* a one-sentence unit may restate a two-sentence paragraph (a merged quote);
* story candidates: once an article is repeated twice (the story), the other articles repeated once
  are versions of it;
* "another story" check: a capitalized word opening a sentence is not a name.

Texts are written for these tests (not taken from the evaluation sets), FR and EN, positives and
negatives.
"""

from __future__ import annotations

from dataclasses import replace

from tests.unit.dedup_harness import gist, pair_features
from worker.dedup import Deduplicator, DedupSettings, InMemoryFingerprintStore
from worker.dedup.fingerprint import NAME, NUMBER, WORD, Unit
from worker.dedup.paraphrase import ParaphraseMatcher, gist_of, negation_clause, negation_conflict
from worker.dedup.record import decode
from worker.dedup.store import ukey
from worker.dedup.update import diff_changes, other_subject
from worker.text import segment_body


def _gist(text: str, lang: str = "en"):
    return gist(text, lang)


def _features(a: str, b: str, lang: str = "en"):
    return pair_features(a, b, lang)


def _run(*articles: str | list[str], settings: DedupSettings | None = None) -> list:
    dedup = Deduplicator(InMemoryFingerprintStore(), settings or DedupSettings())
    out = []
    for i, body in enumerate(articles):
        text = "\n".join(body) if isinstance(body, list) else body
        out.append(dedup.process(f"a{i}", f"s{i}", segment_body(text)))
    return out


# --- update: same frame, another actor ---------------------------------------------------------------
def test_other_subject_needs_a_name_and_a_figure_replaced() -> None:
    assert other_subject({NAME: 1, NUMBER: 1})
    assert not other_subject({NUMBER: 2})
    assert not other_subject({NAME: 1})


def _diff(old: list[tuple[str, str]], new: list[tuple[str, str]]):
    return diff_changes(
        [w.lower() for w, _ in old], [k for _, k in old], [w for w, _ in old],
        [w.lower() for w, _ in new], [k for _, k in new], [w for w, _ in new],
    )


_FRAME = "in {y} the regulator fined {c} {n} million dollars for misleading its customers about fees"


def _tokens(y: str, c: str, n: str) -> list[tuple[str, str]]:
    out = []
    for w in _FRAME.format(y=y, c=c, n=n).split():
        kind = NUMBER if w.isdigit() else NAME if w in ("Northwind", "Contoso") else WORD
        out.append((w, kind))
    return out


def test_same_frame_other_company_and_amount_is_not_an_update() -> None:
    _, factual = _diff(_tokens("2021", "Northwind", "40"), _tokens("2024", "Contoso", "75"))
    assert not factual


def test_same_company_new_amount_is_still_an_update() -> None:
    changes, factual = _diff(_tokens("2021", "Northwind", "40"), _tokens("2021", "Northwind", "75"))
    assert factual and [c.type for c in changes] == [NUMBER]


def test_end_to_end_other_company_is_not_marked_update() -> None:
    old = "In March 2021 the regulator fined Northwind 40 million dollars for misleading its customers about fees."
    new = "In March 2024 the regulator fined Contoso 75 million dollars for misleading its customers about fees."
    _, r = _run(old, new)
    assert 0 not in r.paragraphs or r.paragraphs[0].kind != "update"
    upd = "In March 2021 the regulator fined Northwind 55 million dollars for misleading its customers about fees."
    _, r = _run(old, upd)
    assert r.paragraphs[0].kind == "update"


# --- negation scope ---------------------------------------------------------------------------------
def test_auxiliaries_do_not_use_up_the_negation_window() -> None:
    """ "had never been told where their files" / "were never told where their files": the same scope."""
    a = _gist("The court heard that patients had never been told where their medical files were kept.")
    b = _gist("Patients were never told where their medical files were kept, the court heard.")
    assert a.negscope == b.negscope
    assert not negation_conflict(a, b) and not negation_conflict(b, a)


def test_negation_moved_inside_its_clause_is_no_conflict() -> None:
    a = "The airline said that hackers had never reached any passenger records."
    b = "The airline said that no passenger records had ever been reached by hackers."
    f = _features(a, b)
    assert f.veto is None
    # without the clause rule, "reached" (negated head in a) would conflict with b
    ga, gb = _gist(a), _gist(b)
    assert negation_conflict(ga, replace(gb, negclause=frozenset()))
    assert not negation_conflict(ga, gb) and not negation_conflict(gb, ga)


def test_negation_in_another_clause_still_conflicts() -> None:
    """The cue negates the first clause on one side and the second on the other."""
    a = "The mayor did not sign the budget, but the council approved the plan on Monday."
    b = "The mayor signed the budget, but the council did not approve the plan on Monday."
    assert _features(a, b).veto == "negation"


def test_negation_clause_stops_at_a_boundary() -> None:
    g = Unit.build(0, 0, "Le maire n’a pas signé le budget mais le conseil a voté le plan.", "fr")
    clause = negation_clause(gist_of(g).seq)
    assert _gist("budget", "fr").stems <= clause
    assert not (_gist("conseil", "fr").stems & clause)


# --- a merged quote: one sentence restating a two-sentence paragraph --------------------------------
RESCUE = "Rescue teams worked through the night."
QUOTE_PARA = (
    '"This is one of the worst floods our valley has seen in fifty years," the county sheriff said on Sunday. '
    '"Families were never warned that the levee could fail."'
)


def test_one_sentence_merging_a_two_sentence_quote_is_a_paraphrase() -> None:
    merged = (
        "The county sheriff called it one of the worst floods the valley had seen in fifty years, "
        "saying families had never been warned that the levee could fail."
    )
    _, r = _run([QUOTE_PARA, RESCUE], [merged, RESCUE])
    m = r.paragraphs.get(0)
    assert m is not None and m.kind == "paraphrase" and m.of.paragraph == 0


def test_merged_sentence_with_the_opposite_claim_is_not_a_paraphrase() -> None:
    merged = (
        "The county sheriff called it one of the worst floods the valley had seen in fifty years, "
        "saying families had been warned that the levee could fail."
    )
    _, r = _run([QUOTE_PARA, RESCUE], [merged, RESCUE])
    # not the whole quote (polarity of its second sentence differs); at most its first sentence
    m = r.paragraphs.get(0)
    assert m is None or m.of.sentence == 0


# --- a pull quote of a story paragraph is contained -------------------------------------------------
WIRE = [
    "Deux statues en bronze ont été dérobées dans la nuit de samedi à dimanche au jardin botanique de Nantes.",
    "« Nous pensons qu’il s’agit de professionnels qui connaissaient parfaitement les lieux », a expliqué le "
    "conservateur du jardin, Paul Le Goff, devant la presse. « Rien d’autre n’a été abîmé. »",
    "Les statues, signées par un élève de Rodin, sont estimées à 300 000 euros.",
]


def test_pull_quote_of_a_story_paragraph_is_contained() -> None:
    rewrite = [
        WIRE[0],
        "« Des professionnels qui connaissaient parfaitement les lieux »",
        WIRE[2],
    ]
    _, r = _run(WIRE, rewrite)
    m = r.paragraphs[1]
    assert m.kind == "contained" and (m.of.article_id, m.of.paragraph) == ("a0", 1)


def test_confirm_extra_finds_containment_in_a_story_candidate() -> None:
    store = InMemoryFingerprintStore()
    dedup = Deduplicator(store)
    dedup.process("a0", "s0", segment_body("\n".join(WIRE)))
    sp = next(
        x for x in (decode(store.get(k)) for k in list(store._data) if k.startswith("u:")) if x and x.paragraph == 1
    ) if hasattr(store, "_data") else None
    if sp is None:  # store internals differ: the end-to-end test above covers the path
        return
    u = Deduplicator._units(segment_body("« Des professionnels qui connaissaient parfaitement les lieux »"))[0][0]
    v = Deduplicator._view(u, None, 0)  # type: ignore[arg-type]
    dedup.paraphrase.begin()
    m = dedup._confirm_extra(v, u, [sp], single=True)
    assert m is not None and m.kind == "contained"
    other = Deduplicator._units(segment_body("« Des amateurs qui ignoraient tout des lieux et du jardin »"))[0][0]
    assert dedup._confirm_extra(Deduplicator._view(other, None, 0), other, [sp], single=True) is None  # type: ignore[arg-type]
    assert ukey  # (imported for the store layout)


# --- story candidates spread over two versions ------------------------------------------------------
V1 = [
    "A cargo ship carrying fertiliser ran aground off the Cornish coast on Friday night, the coastguard said.",
    "The 14 crew members were taken off the vessel by lifeboat and none were injured.",
    "Salvage teams hope to refloat the ship at high tide on Monday.",
]
V2 = [
    "A cargo ship carrying fertiliser ran aground off the Cornish coast on Friday night, coastguard officials said.",
    "Photographs posted online showed a thin film of oil spreading across the water near the bow.",
    "Local fishermen have been asked to keep their boats in harbour.",
]


class _Recording(Deduplicator):
    """Records the story candidates of each article."""

    def __init__(self, *args, **kw) -> None:
        super().__init__(*args, **kw)
        self.related: dict[str, set[str]] = {}

    def _related_paragraphs(self, a, pmatch):  # type: ignore[no-untyped-def]
        out = super()._related_paragraphs(a, pmatch)
        self.related[a.article_id] = {sp.article_id for sp in out}
        return out


def _related(*articles: list[str]) -> dict[str, set[str]]:
    d = _Recording(InMemoryFingerprintStore(), DedupSettings(paraphrase_bands=0))
    for i, body in enumerate(articles):
        d.process(f"a{i}", f"s{i}", segment_body("\n".join(body)))
    return d.related


def test_a_version_repeated_once_joins_the_story_of_an_article_repeated_twice() -> None:
    """The new article repeats two paragraphs of V1 (the story) and one of V2 (another version)."""
    new = [V1[1], V1[2], V2[2], "Oil from the ship has reached two beaches, according to the council."]
    assert _related(V1, V2, new)["a2"] == {"a0", "a1"}


def test_one_repeat_of_each_article_is_no_story() -> None:
    """Two single repeats of two articles (boilerplate, a quote) do not make a story."""
    new = [V1[1], V2[2], "Oil from the ship has reached two beaches, according to the council."]
    assert _related(V1, V2, new)["a2"] == set()


# --- "another story": a sentence-initial capital is no name ------------------------------------------
def _stored(text: str):
    store = InMemoryFingerprintStore()
    Deduplicator(store).process("a0", "s0", segment_body(text))
    keys = [k for k in _keys(store) if k.startswith("u:")]
    return decode(store.get(keys[0]))


def _keys(store: InMemoryFingerprintStore) -> list[str]:
    for attr in ("_data", "data", "_store", "_items"):
        d = getattr(store, attr, None)
        if isinstance(d, dict):
            return list(d)
    raise AssertionError("store layout")


def test_sentence_initial_capital_is_not_a_name_of_the_story() -> None:
    sp = _stored("Footage filmed by residents showed smoke rising above the warehouse roof.")
    pm = ParaphraseMatcher(DedupSettings())
    pm.begin(frozenset(Unit.build(0, 0, "Video shared by neighbours showed smoke over the roof.", "en").hashes))
    assert pm.same_story(sp)


def test_a_name_inside_the_sentence_still_makes_another_story() -> None:
    sp = _stored("Footage filmed by residents of Harwich showed smoke rising above the warehouse roof.")
    pm = ParaphraseMatcher(DedupSettings())
    pm.begin(frozenset(Unit.build(0, 0, "Video shared by neighbours showed smoke over the roof.", "en").hashes))
    assert not pm.same_story(sp)
