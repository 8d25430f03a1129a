"""The story check on cross-article repeats (DedupSettings.story_min_name_share).

A paraphrase or containment of another article's unit counts only when the two articles tell the same
story: one copies a unit of the other, or they share most of their names. Stock sentences ("X a appelé
les deux pays à la retenue") recur in stories about other actors; each is news in its own story.
Texts are written for these tests (not taken from the evaluation sets).
"""

from __future__ import annotations

from worker.dedup import Deduplicator, DedupSettings, InMemoryFingerprintStore
from worker.dedup.marks import DedupResult
from worker.text import segment_body

KURILS = [
    "La Russie a lancé mardi des manœuvres militaires dans les îles Kouriles, revendiquées par le Japon.",
    "Le ministère japonais des Affaires étrangères a convoqué l'ambassadeur russe à Tokyo.",
    "Washington a exprimé sa préoccupation. Pékin, de son côté, a appelé les deux pays à la retenue.",
]
HERDERS = [
    "Des éleveurs mauritaniens ont été tués près de la frontière avec le Mali, a annoncé Nouakchott.",
    "Le président Mohamed Ould Ghazouani a dépêché des renforts vers Adel Bagrou.",
    "L'Union africaine a appelé les deux pays à la retenue.",
]
HERDERS_REWRITE = [
    "Le président mauritanien Mohamed Ould Ghazouani a envoyé des renforts à Adel Bagrou après la mort "
    "d'éleveurs près de la frontière du Mali.",
]


def _run(*articles: list[str], share: float | None = None) -> list[DedupResult]:
    settings = DedupSettings() if share is None else DedupSettings(story_min_name_share=share)
    dedup = Deduplicator(InMemoryFingerprintStore(), settings)
    return [dedup.process(f"a{i}", f"s{i}", segment_body("\n".join(body))) for i, body in enumerate(articles)]


def _marks(result: DedupResult) -> dict:
    return {**{(p, None): m for p, m in result.paragraphs.items()}, **result.sentences}


def test_stock_sentence_of_another_story_is_news() -> None:
    _, herders = _run(KURILS, HERDERS)
    assert _marks(herders) == {}


def test_without_the_check_the_stock_sentence_reads_as_a_repeat() -> None:
    # the same two articles with the check turned off: the text measures alone mark it (so the test
    # above fails if the check stops working)
    _, herders = _run(KURILS, HERDERS, share=0)
    mark = herders.paragraphs.get(2)
    assert mark is not None and mark.is_repeat and mark.of.article_id == "a0"


def test_rewrite_of_the_same_story_is_still_a_paraphrase() -> None:
    # nothing copied word for word, but the same people and places: the rewrite repeats the story
    _, _, rewrite = _run(KURILS, HERDERS, HERDERS_REWRITE)
    mark = rewrite.paragraphs.get(0)
    assert mark is not None and mark.kind == "paraphrase" and mark.of.article_id == "a1"


def test_a_copied_unit_makes_it_the_same_story() -> None:
    # the article copies a paragraph of the other word for word: its stock sentence repeats that story's
    copy = [HERDERS[0], KURILS[1], "L'Union africaine a appelé les deux pays à la retenue."]
    _, result = _run(KURILS, copy)
    assert result.paragraphs[1].kind == "exact"
    stock = result.paragraphs.get(2)
    assert stock is not None and stock.is_repeat and stock.of.article_id == "a0"
