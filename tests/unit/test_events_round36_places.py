"""Places: a capitalised name after a noun that holds places ("près de la localité minière de X", "près de
l'île de X") in a place phrase of the event's clause is where the event happens, even when no dictionary knows
the name; a name after such a noun outside a place phrase ("des élus de la ville de X") is no scene. Sentences
are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run, src


def _places(ev: dict[str, Any]) -> list[str]:
    return [p["normalized"] for p in ev["location"]]


def test_name_after_kind_noun_near_phrase_fr(nlps: dict[str, Any]) -> None:
    body = "L'armée malienne a envoyé mardi 300 soldats près de la localité minière de Kobassa, selon l'état-major."
    evs = of_type(run(nlps, "fr", body), "MOBILIZE")
    assert evs and "Kobassa" in _places(evs[0])


def test_kind_noun_outside_place_phrase_is_no_scene_fr(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "fr", "Le ministre a rencontré des élus de la ville de Sokobé."), "CONSULT")
    assert all("Sokobé" not in _places(e) for e in evs)


def test_subject_across_de_son_cote_fr(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "fr", "La Tunisie a de son côté exigé le retrait des observateurs libyens."), "REQUEST")
    assert evs and src(evs[0]) == "Tunisia"


def test_subject_across_pour_sa_part_fr(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "fr", "Le Ghana a pour sa part dépêché 200 soldats à la frontière."), "MOBILIZE")
    assert evs and src(evs[0]) == "Ghana"


def test_participle_with_auxiliary_on_root_noun_is_finite_fr(nlps: dict[str, Any]) -> None:
    # the parse the French model gives some "X et Y ont appelé …" sentences: the verb as a modifier of the first name
    from spacy.tokens import Doc

    from worker.events.arguments import subject_token

    words = ["L’", "Arabie", "saoudite", "et", "le", "Koweït", "ont", "appelé", "Beyrouth", "au", "calme", "."]
    heads = [1, 1, 1, 5, 5, 2, 7, 1, 7, 10, 7, 1]
    deps = ["det", "ROOT", "amod", "cc", "det", "conj", "aux:tense", "acl", "xcomp", "case", "obl:mod", "punct"]
    pos = ["DET", "PROPN", "ADJ", "CCONJ", "DET", "PROPN", "AUX", "VERB", "PROPN", "ADP", "NOUN", "PUNCT"]
    doc = Doc(nlps["fr"].vocab, words=words, heads=heads, deps=deps, pos=pos)
    subj, rule = subject_token(doc[7])
    assert subj is not None and subj.i == 1 and rule == "acl-head"


def test_bare_participle_after_reported_clause_shares_reporter_fr(nlps: dict[str, Any]) -> None:
    body = "Le Maroc a affirmé que le royaume défendra ses frontières et accusé l'Algérie de soutenir les rebelles."
    evs = of_type(run(nlps, "fr", body), "ACCUSE")
    assert evs and src(evs[0]) == "Morocco"


def test_compass_adjective_makes_mistagged_name_a_place_en(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "en", "Kenya sent 300 police officers to northern Garissa on Monday."), "MOBILIZE")
    assert evs and "Garissa" in _places(evs[0])


def test_share_of_forces_withdrawn_from_place_en(nlps: dict[str, Any]) -> None:
    body = "The army said it had withdrawn some of its soldiers from Kalemba on Friday."
    evs = of_type(run(nlps, "en", body), "RETREAT")
    assert evs and "Kalemba" in _places(evs[0])


def test_hyphen_joined_origin_name_en(nlps: dict[str, Any]) -> None:
    body = "The navy said it had withdrawn its marines from Bora-Bora on Friday."
    evs = of_type(run(nlps, "en", body), "RETREAT")
    assert evs and "Bora-Bora" in _places(evs[0])


def test_unnamed_prime_minister_is_home_state_en(nlps: dict[str, Any]) -> None:
    body = "Police in Tonga detained twelve students in Nuku'alofa on Monday. The prime minister rejected the report."
    evs = of_type(run(nlps, "en", body), "REJECT")
    assert evs and src(evs[0]) == "Tonga"


def test_unnamed_premier_ministre_is_home_state_fr(nlps: dict[str, Any]) -> None:
    body = "La police slovaque a interpellé douze étudiants à Bratislava. Le Premier ministre a accusé l'opposition."
    evs = of_type(run(nlps, "fr", body), "ACCUSE")
    assert evs and src(evs[0]) == "Slovakia"


def test_rdc_abbreviation_is_the_congo_fr(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "fr", "La RDC a accusé mardi le Rwanda de soutenir les rebelles."), "ACCUSE")
    assert evs and src(evs[0]) == "Democratic Republic of the Congo"


def test_name_particle_keeps_person_name_whole_fr(nlps: dict[str, Any]) -> None:
    body = "Le sultan Qabous ben Saïd s'est entretenu mardi par téléphone avec le président Emmanuel Macron."
    evs = of_type(run(nlps, "fr", body), "CONSULT")
    assert evs and src(evs[0]) == "Qabous ben Saïd"


def test_share_of_forces_withdrawn_from_place_fr(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "fr", "L'armée a retiré une partie de ses soldats de Kalemba vendredi."), "RETREAT")
    assert evs and "Kalemba" in _places(evs[0])


def test_past_verb_after_modal_clause_shares_reporter_en(nlps: dict[str, Any]) -> None:
    body = "President William Ruto said that Kenya would respect the ruling and accused Uganda of provoking the crisis."
    evs = of_type(run(nlps, "en", body), "ACCUSE")
    assert evs and src(evs[0]) == "William Ruto"
