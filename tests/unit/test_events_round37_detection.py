"""Detection: a required object word in either number ("aucune restriction"), captives handed over, captives
freed in a passive announced by their captor (not when the speaker only wants them freed), a participle hung on the
first verb's object ("a convoqué l'ambassadeur et exigé …"), a verb after "de son côté", "nous" in a quote by a
minister of the state named just before, pirates or rangers counted as people, and a disapproval told twice in one
sentence ("a dénoncé … et a convoqué l'ambassadeur") kept as one act, armed smugglers or pirates as attackers,
and what a crowd does in the next sentence as part of its protest.
Sentences are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run, src, tgt


def test_object_word_in_the_singular_fr(nlps: dict[str, Any]) -> None:
    body = "Le Japon n'imposera aucune restriction aux navires chinois."
    evs = of_type(run(nlps, "fr", body), "SANCTION")
    assert evs and src(evs[0]) == "Japan" and evs[0]["mode"] == "negated"


def test_captives_handed_over_en(nlps: dict[str, Any]) -> None:
    body = "Kenya said the fishermen would be handed over to Ugandan authorities on Monday."
    evs = of_type(run(nlps, "en", body), "CONCEDE")
    assert evs and src(evs[0]) == "Kenya" and tgt(evs[0]) == "Uganda"


def test_letter_handed_over_is_no_concession_en(nlps: dict[str, Any]) -> None:
    body = "Kenya's envoy handed over a letter to the Ugandan president."
    assert not of_type(run(nlps, "en", body), "CONCEDE")


def test_passive_release_announced_by_captor_en(nlps: dict[str, Any]) -> None:
    body = "Ghana said the Togolese sailors would be released on Friday."
    evs = of_type(run(nlps, "en", body), "RETREAT")
    assert evs and src(evs[0]) == "Ghana"
    # the speaker who only wants them freed holds nobody
    body = "Le Ghana a averti qu'il déploierait des patrouilles si les marins n'étaient pas libérés."
    assert not [e for e in of_type(run(nlps, "fr", body), "RETREAT") if src(e) == "Ghana"]


def test_participle_on_first_object_fr(nlps: dict[str, Any]) -> None:
    body = "Le Maroc a convoqué l'ambassadeur d'Espagne et exigé l'extradition de deux opposants."
    evs = of_type(run(nlps, "fr", body), "REQUEST")
    assert evs and src(evs[0]) == "Morocco" and tgt(evs[0]) == "Spain"


def test_verb_after_de_son_cote_fr(nlps: dict[str, Any]) -> None:
    body = "La Serbie a de son côté renforcé ses patrouilles le long de la rivière."
    evs = of_type(run(nlps, "fr", body), "MOBILIZE")
    assert evs and src(evs[0]) == "Serbia"


def test_nous_quoted_by_minister_of_state_named_before_fr(nlps: dict[str, Any]) -> None:
    body = ("Le Kenya a déployé trois patrouilleurs sur le lac. "
            "« Nous n'attaquerons pas », a précisé le ministre de l'Intérieur.")
    evs = of_type(run(nlps, "fr", body), "ASSAULT")
    assert evs and src(evs[0]) == "Kenya" and evs[0]["mode"] == "negated"


def test_pirates_and_rangers_are_people(nlps: dict[str, Any]) -> None:
    fr = of_type(run(nlps, "fr", "La marine kényane a arrêté onze pirates au large de Lamu."), "COERCE")
    en = of_type(run(nlps, "en", "Ugandan soldiers detained two Kenyan park rangers on Tuesday."), "COERCE")
    assert fr and [(q["value"], q["unit"]) for q in fr[0]["quantities"]] == [(11, "people")]
    assert en and [(q["value"], q["unit"]) for q in en[0]["quantities"]] == [(2, "people")]


def test_disapproval_told_twice_in_one_sentence_is_one_fr(nlps: dict[str, Any]) -> None:
    body = "Le Bénin a dénoncé mardi une « agression » et a convoqué l'ambassadeur nigérien."
    evs = of_type(run(nlps, "fr", body), "ACCUSE")
    assert len(evs) == 1 and tgt(evs[0]) == "Niger"


def test_smugglers_firing_on_a_patrol_attack_fr(nlps: dict[str, Any]) -> None:
    body = "Des contrebandiers ont ouvert le feu sur une patrouille algérienne."
    evs = of_type(run(nlps, "fr", body), "ASSAULT")
    assert evs and tgt(evs[0]) == "Algeria"


def test_crowd_acting_next_sentence_is_same_protest_fr(nlps: dict[str, Any]) -> None:
    body = ("Des centaines d'étudiants ont manifesté jeudi à Dakar devant l'ambassade de France. "
            "Les manifestants ont brûlé un drapeau avant de se disperser dans le calme.")
    assert len(of_type(run(nlps, "fr", body), "PROTEST")) == 1
