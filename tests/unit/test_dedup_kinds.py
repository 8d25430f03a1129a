"""One test per duplicate kind, the hard negatives, lineage through a shared store, determinism."""

from __future__ import annotations

from worker.dedup import (
    Change,
    Deduplicator,
    DedupResult,
    DedupSettings,
    DuplicateMark,
    InMemoryFingerprintStore,
    UnitRef,
    clean_text,
)
from worker.text import segment_body

WIRE = (
    "Au moins 4 personnes sont mortes et 2 sont portées disparues après les violentes inondations qui ont "
    "frappé le Var dans la nuit de dimanche à lundi, a annoncé la préfecture. Plus de 1 200 pompiers ont "
    "été mobilisés pour secourir les habitants bloqués par les eaux."
)
SCHOOLS = "Les écoles de 14 communes resteront fermées mardi, a indiqué le rectorat de Nice dans un communiqué."
PREFECT = "La préfecture n’a pas exclu que le bilan s’alourdisse dans les prochaines heures de la soirée."
CONSULT = (
    "Le président Biden et le président Macron ont convenu de rester en étroite consultation avec les "
    "partenaires de l’OTAN et de l’UE sur une approche commune."
)


def run(*articles: tuple[str, str, str]) -> list[DedupResult]:
    """Process (id, source, body) articles in order with one shared store."""
    dedup = Deduplicator(InMemoryFingerprintStore())
    return [dedup.process(aid, src, segment_body(body)) for aid, src, body in articles]


def test_exact_ignores_case_spacing_punctuation_and_quotes() -> None:
    # (spaces inside "1 200" are left alone: the normalizer joins single-space digit groups only)
    variant = WIRE.upper().replace("mortes et", "mortes   et").replace(",", " ,").replace("’", "'")
    _, r = run(("a1", "afp", WIRE), ("a2", "lemonde", variant))
    m = r.paragraphs[0]
    assert (m.kind, m.of.article_id, m.of.paragraph, m.score) == ("exact", "a1", 0, 1.0)


def test_exact_keeps_accents() -> None:
    a = "La côte est fermée aux baigneurs jusqu’à nouvel ordre selon la mairie."
    b = "La cote est fermée aux baigneurs jusqu’à nouvel ordre selon la mairie."
    _, r = run(("a1", None, a), ("a2", None, b))
    assert r.paragraphs[0].kind == "near"  # one word differs: a near repeat, not an exact one


def test_near_small_edits() -> None:
    edited = WIRE.replace("2 sont", "2 autres sont").replace("le Var", "le département du Var")
    _, r = run(("a1", "afp", WIRE), ("a2", "lemonde", edited))
    m = r.paragraphs[0]
    assert m.kind == "near" and m.of == UnitRef("a1", 0, None, "afp")
    assert 0.85 <= m.score < 1.0


def test_update_changed_figures_is_not_a_repeat() -> None:
    updated = WIRE.replace("Au moins 4", "Au moins 6").replace("1 200", "1 500")
    _, r = run(("a1", "afp", WIRE), ("a2", "ouestfrance", updated))
    m = r.paragraphs[0]
    assert m.kind == "update" and not m.is_repeat and not r.is_repeat(0)
    assert Change("number", "4", "6") in m.changes
    assert Change("number", "1 200", "1 500") in m.changes
    paragraphs = segment_body(updated)
    assert clean_text(paragraphs, r) == paragraphs[0].text


def test_update_changed_day() -> None:
    _, r = run(("a1", None, SCHOOLS), ("a2", None, SCHOOLS.replace("mardi", "mercredi")))
    m = r.paragraphs[0]
    assert m.kind == "update" and m.changes == (Change("date", "mardi", "mercredi"),)


def test_contained_heading_and_pull_quote_in_same_article() -> None:
    body = "\n".join(
        [
            "« La priorité absolue est de retrouver les disparus »",
            "Le ministre doit se rendre sur place lundi. « La priorité absolue est de retrouver les disparus "
            "et de mettre à l’abri les sinistrés », a-t-il déclaré.",
            "Darmanin : « mettre à l’abri les sinistrés »",
        ]
    )
    (r,) = run(("a1", None, body))
    assert r.paragraphs[0].kind == "contained" and r.paragraphs[0].of.paragraph == 1
    assert r.paragraphs[2].kind == "contained" and r.paragraphs[2].of.paragraph == 1
    assert 1 not in r.paragraphs
    assert clean_text(segment_body(body), r) == segment_body(body)[1].text


def test_contained_across_articles() -> None:
    _, r = run(("a1", "afp", WIRE), ("a2", "x", "« Plus de 1 200 pompiers ont été mobilisés »"))
    assert r.paragraphs[0].kind == "contained" and r.paragraphs[0].of.article_id == "a1"


def test_paraphrase_same_statement_other_words() -> None:
    other = (
        "Biden et Macron ont convenu que leurs équipes resteraient en contact étroit avec les partenaires "
        "de l’OTAN et de l’UE sur une approche coordonnée."
    )
    _, r = run(("a1", None, CONSULT), ("a2", None, other))
    assert r.paragraphs[0].kind == "paraphrase" and r.paragraphs[0].is_repeat


def test_hard_negative_negation_flip() -> None:
    flipped = PREFECT.replace("n’a pas exclu", "a exclu")
    _, r = run(("a1", None, PREFECT), ("a2", None, flipped))
    assert not r.paragraphs and not r.sentences


def test_hard_negative_same_people_other_fact() -> None:
    other = (
        "Le président Biden et le président Macron se sont rencontrés à Paris jeudi pour discuter des "
        "différends commerciaux entre les deux pays."
    )
    _, r = run(("a1", None, CONSULT), ("a2", None, other))
    assert not r.paragraphs and not r.sentences


def test_hard_negative_same_wording_other_fact() -> None:
    a = "La Russie a déployé plus de 100 000 soldats lourdement armés autour de l’Ukraine."
    b = "La Russie a déployé plus de 30 000 soldats en Biélorussie pour des manœuvres conjointes."
    _, r = run(("a1", None, a), ("a2", None, b))
    assert not any(m.is_repeat for m in r.paragraphs.values())


def test_sentence_level_repeat_inside_new_paragraph() -> None:
    body = "Les responsables n’ont pas souhaité commenter davantage. " + WIRE.split(". ")[0] + "."
    _, r = run(("a1", "afp", WIRE), ("a2", "x", body))
    assert 0 not in r.paragraphs  # the paragraph has a new sentence: not a repeat as a whole
    m = r.sentences[(0, 1)]
    assert m.kind == "exact" or m.kind == "near"
    assert m.of.article_id == "a1" and m.of.paragraph == 0
    assert clean_text(segment_body(body), r) == "Les responsables n’ont pas souhaité commenter davantage."


def test_lineage_names_first_carrier_across_three_outlets() -> None:
    edited = WIRE.replace("violentes ", "")
    _, r2, r3 = run(("a1", "afp", WIRE), ("a2", "lemonde", edited), ("a3", "rfi", edited))
    assert r2.paragraphs[0].of.article_id == "a1"
    # a3 repeats a2's text exactly, but a2 was itself a repeat: the lineage is a1 (first carrier)
    assert r3.paragraphs[0].of == UnitRef("a1", 0, None, "afp")


def test_store_is_shared_between_deduplicators() -> None:
    store = InMemoryFingerprintStore()
    Deduplicator(store).process("a1", "afp", segment_body(WIRE))
    r = Deduplicator(store).process("a2", "x", segment_body(WIRE))
    assert r.paragraphs[0].kind == "exact" and r.paragraphs[0].of.article_id == "a1"


def test_deterministic() -> None:
    arts = [("a1", "afp", WIRE + "\n" + SCHOOLS), ("a2", "x", WIRE.replace("4", "5") + "\n" + PREFECT)]
    assert [(r.paragraphs, r.sentences, r.summary) for r in run(*arts)] == [
        (r.paragraphs, r.sentences, r.summary) for r in run(*arts)
    ]


def test_mark_json_and_summary() -> None:
    _, r = run(("a1", "afp", WIRE), ("a2", "x", WIRE))
    assert r.paragraphs[0].to_json() == {
        "kind": "exact",
        "of": {"article_id": "a1", "paragraph": 0, "sentence": None, "source": "afp"},
        "score": 1.0,
        "changes": [],
    }
    assert r.summary["repeated"] == 1 and r.summary["by_kind"] == {"exact": 1}
    assert DuplicateMark("update", UnitRef("a", 0), 0.9).is_repeat is False


def test_store_window_bounds_memory() -> None:
    store = InMemoryFingerprintStore(max_entries=50)
    dedup = Deduplicator(store)
    for i in range(20):
        dedup.process(f"a{i}", None, segment_body(WIRE.replace("4", str(i + 10))))
    assert len(store) <= 50


def test_store_window_max_age() -> None:
    now = [0.0]
    store = InMemoryFingerprintStore(max_entries=None, max_age_s=60, clock=lambda: now[0])
    dedup = Deduplicator(store)
    dedup.process("a1", None, segment_body(WIRE))
    now[0] = 61.0
    r = dedup.process("a2", None, segment_body(WIRE))
    assert not r.paragraphs  # a1 fell out of the window


def test_paraphrase_can_be_disabled() -> None:
    dedup = Deduplicator(InMemoryFingerprintStore(), DedupSettings(paraphrase_enabled=False))
    dedup.process("a1", None, segment_body(CONSULT))
    other = (
        "Biden et Macron ont convenu que leurs équipes resteraient en contact étroit avec les partenaires "
        "de l’OTAN et de l’UE sur une approche coordonnée."
    )
    assert not dedup.process("a2", None, segment_body(other)).paragraphs


def test_new_version_of_same_article_id_is_compared_with_the_old_version() -> None:
    """Wire services resend an article under the same id: changed paragraphs are compared with the old
    version (here an update), unchanged ones are the article's own text (not marked)."""
    v1 = WIRE + "\n" + SCHOOLS
    v2 = WIRE.replace("Au moins 4", "Au moins 7") + "\n" + SCHOOLS
    _, r = run(("a1", "afp", v1), ("a1", "afp", v2))
    assert r.paragraphs[0].kind == "update" and r.paragraphs[0].of.article_id == "a1"
    assert 1 not in r.paragraphs


def test_update_reports_decimals_and_months_as_written() -> None:
    a = "Inflation in the 20 countries that share the euro eased to 5.3 percent in August, according to Eurostat."
    b = a.replace("5.3", "4,3").replace("August", "September")
    _, r = run(("a1", "reuters", a), ("a2", "bbc", b))
    m = r.paragraphs[0]
    assert m.kind == "update"
    assert m.changes == (Change("number", "5.3", "4,3"), Change("date", "August", "September"))
