"""Actors: regional organisations named in French take their English name, a country spelling the gazetteer lacks,
a nationality split at its hyphen, a court brought a dispute is the forum (the party of the if-clause is the
target), a ministry named with a nationality is its government, and the authorities of a city addressed are its
country's government. Sentences are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run, src, tgt


def test_regional_body_french_name_fr(nlps: dict[str, Any]) -> None:
    body = "La Communauté d'Afrique de l'Est a appelé jeudi le Burundi et le Rwanda à la retenue."
    evs = of_type(run(nlps, "fr", body), "REQUEST")
    assert evs and src(evs[0]) == "East African Community"


def test_country_spelling_variant_fr(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "fr", "Le Kirghizstan a accusé mardi le Tadjikistan de violer la trêve."), "ACCUSE")
    assert evs and src(evs[0]) == "Kyrgyzstan"


def test_hyphenated_nationality_fr(nlps: dict[str, Any]) -> None:
    body = "Le ministre camerounais a exigé le départ des soldats équato-guinéens."
    evs = of_type(run(nlps, "fr", body), "REQUEST")
    assert evs and tgt(evs[0]) == "Equatorial Guinea"


def test_court_seized_is_no_threat_target_fr(nlps: dict[str, Any]) -> None:
    body = "Quito a menacé de saisir la Cour internationale de justice si le Pérou ne retirait pas ses navires."
    evs = of_type(run(nlps, "fr", body), "THREATEN")
    assert evs and tgt(evs[0]) == "Peru"


def test_ministry_with_nationality_is_state_en(nlps: dict[str, Any]) -> None:
    body = "The Thai Department of Fisheries denied the report on Monday."
    evs = of_type(run(nlps, "en", body), "REJECT")
    assert evs and src(evs[0]) == "Thailand"


def test_authorities_of_city_addressed_fr(nlps: dict[str, Any]) -> None:
    body = "Riyad a accusé les autorités d'Aden de retarder les salaires."
    evs = of_type(run(nlps, "fr", body), "ACCUSE")
    assert evs and tgt(evs[0]) == "Yemen"


def test_town_near_attack_is_no_target_fr(nlps: dict[str, Any]) -> None:
    body = "Des hommes armés ont attaqué mardi un convoi de l'armée nigérienne près de Bilma-Sud."
    evs = of_type(run(nlps, "fr", body), "ASSAULT")
    assert evs and tgt(evs[0]) == "Niger"


def test_unnamed_minister_speaks_for_clause_state_fr(nlps: dict[str, Any]) -> None:
    body = ("La marine russe a arraisonné lundi un cargo estonien près de l'île. Si le cargo n'était pas relâché "
            "d'ici jeudi, Tallinn fermerait son port aux navires russes, a averti le ministre de l'Économie.")
    evs = of_type(run(nlps, "fr", body), "THREATEN")
    assert evs and src(evs[0]) == "Estonia"


def test_deployment_has_no_target_en(nlps: dict[str, Any]) -> None:
    body = "Canberra said it would send a Border Force cutter and 40 personnel to Nauru next week."
    evs = of_type(run(nlps, "en", body), "MOBILIZE")
    assert evs and tgt(evs[0]) is None


def test_aid_to_national_body_fr(nlps: dict[str, Any]) -> None:
    body = "Le Japon a promis jeudi une aide de 8 millions de dollars aux garde-côtes philippins, selon son ambassade."
    evs = of_type(run(nlps, "fr", body), "AID")
    assert evs and tgt(evs[0]) == "Philippines"


def test_object_read_as_next_subject_fr(nlps: dict[str, Any]) -> None:
    body = "Varsovie a rejeté ces accusations et a annoncé l’envoi de 500 soldats à la frontière."
    evs = of_type(run(nlps, "fr", body), "MOBILIZE")
    assert evs and src(evs[0]) == "Poland"


def test_indefinite_home_spokesman_en(nlps: dict[str, Any]) -> None:
    body = ("Kenya declared a curfew in Mombasa on Monday. "
            "A police spokesman denied claims that officers had beaten two students.")
    evs = of_type(run(nlps, "en", body), "REJECT")
    assert evs and src(evs[0]) == "Kenya"


def test_unowned_troops_deployed_at_home_en(nlps: dict[str, Any]) -> None:
    body = ("Ecuador declared a state of emergency on Monday. "
            "Troops were deployed around the port of Guayaquil on Tuesday, officials said.")
    evs = of_type(run(nlps, "en", body), "MOBILIZE")
    assert evs and src(evs[0]) == "Ecuador"


def test_common_name_capital_in_its_country_story_fr(nlps: dict[str, Any]) -> None:
    body = ("Les Seychelles ont renforcé mardi leurs patrouilles autour de l'île de Mahé. "
            "Victoria a demandé au Kenya de partager ses renseignements sur les pirates.")
    evs = of_type(run(nlps, "fr", body), "REQUEST")
    assert evs and src(evs[0]) == "Seychelles"


