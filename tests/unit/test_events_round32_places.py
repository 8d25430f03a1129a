"""Places and source actors: the post of a summoned envoy, the town of what an attack is aimed at, where withdrawn
forces are stationed, and curated capitals (and seats of government) standing for their governments. Sentences are
written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run, src


def _places(ev: dict[str, Any]) -> set[str]:
    return {p["normalized"] for p in ev["location"]}


def test_summoned_envoy_post_en(nlps: dict[str, Any]) -> None:
    body = "Japan summoned China's ambassador in Tokyo on Monday over the collision."
    evs = of_type(run(nlps, "en", body), "ACCUSE")
    assert evs and any("Tokyo" in _places(ev) for ev in evs)


def test_summoned_envoy_post_fr(nlps: dict[str, Any]) -> None:
    body = "Le Maroc a convoqué jeudi l'ambassadeur du Chili à Rabat pour protester contre ces propos."
    evs = of_type(run(nlps, "fr", body), "ACCUSE")
    assert evs and any("Rabat" in _places(ev) for ev in evs)


def test_attack_against_positions_in_region_fr(nlps: dict[str, Any]) -> None:
    body = "L'armée a mené vendredi des frappes contre des positions rebelles dans la région de Tibesti."
    evs = of_type(run(nlps, "fr", body), "ASSAULT")
    assert evs and any("Tibesti" in _places(ev) for ev in evs)


def test_withdrawn_forces_stationed_in_country_fr(nlps: dict[str, Any]) -> None:
    body = "Les 250 soldats belges stationnés au Mali seront retirés avant la fin de l'année."
    evs = of_type(run(nlps, "fr", body), "RETREAT")
    assert evs and any("Mali" in _places(ev) for ev in evs)


def test_withdrawn_forces_kept_in_country_en(nlps: dict[str, Any]) -> None:
    body = "Italy said it would not withdraw the 400 troops it keeps in Niger."
    evs = of_type(run(nlps, "en", body), "RETREAT")
    assert evs and any("Niger" in _places(ev) for ev in evs)


def test_curated_capital_stands_for_government_fr(nlps: dict[str, Any]) -> None:
    body = "Bucarest a démenti jeudi toute implication dans l'incident."
    evs = of_type(run(nlps, "fr", body), "REJECT")
    assert evs and src(evs[0]) == "Romania"


def test_seat_of_government_stands_for_government_fr(nlps: dict[str, Any]) -> None:
    body = "Abidjan a rejeté vendredi les accusations de son voisin."
    evs = of_type(run(nlps, "fr", body), "REJECT")
    assert evs and src(evs[0]) == "Ivory Coast"


def test_curated_country_spelling_for_its_capital_en(nlps: dict[str, Any]) -> None:
    body = "Dili rejected the new maritime proposal on Friday."
    evs = of_type(run(nlps, "en", body), "REJECT")
    assert evs and src(evs[0]) == "Timor-Leste"


def test_title_with_complement_before_name_fr(nlps: dict[str, Any]) -> None:
    body = "Le ministre tunisien de la Santé, Karim Ben Salah, a rejeté jeudi les critiques de l'opposition."
    evs = of_type(run(nlps, "fr", body), "REJECT")
    assert evs and src(evs[0]) == "Karim Ben Salah"


def test_hyphenated_town_after_city_of_en(nlps: dict[str, Any]) -> None:
    body = "The emir flew to the Saudi city of Abu-Arish on Tuesday for a regional summit."
    evs = of_type(run(nlps, "en", body), "CONSULT")
    assert evs and any("Abu-Arish" in _places(ev) for ev in evs)


def test_protest_at_name_tagged_person_fr(nlps: dict[str, Any]) -> None:
    body = "Mardi, quelque 2 000 personnes ont manifesté à Sesheke Mwandi pour réclamer justice."
    evs = of_type(run(nlps, "fr", body), "PROTEST")
    assert evs and any("Sesheke Mwandi" in _places(ev) for ev in evs)


def test_french_river_takes_english_name_fr(nlps: dict[str, Any]) -> None:
    body = "Des gardes-côtes ont arrêté jeudi six pêcheurs sur la rivière Zambèze."
    evs = of_type(run(nlps, "fr", body), "COERCE")
    assert evs and any("Zambèze River" in _places(ev) for ev in evs)


def test_withdrawal_from_the_river_named_before_fr(nlps: dict[str, Any]) -> None:
    body = ("Des soldats du Malawi ont arrêté lundi quatre pêcheurs sur la rivière Ruvuma. "
            "Le Malawi ne retirera pas ses patrouilles de la rivière, a précisé le ministre de la Défense.")
    evs = of_type(run(nlps, "fr", body), "RETREAT")
    assert evs and any("Ruvuma River" in _places(ev) for ev in evs)


def test_withdrawal_from_the_shoal_named_before_en(nlps: dict[str, Any]) -> None:
    body = ("A Chinese ship blocked a Philippine boat near Sabina Shoal on Friday. "
            "The president said the Philippines would not withdraw from the shoal.")
    evs = of_type(run(nlps, "en", body), "RETREAT")
    assert evs and any("Sabina Shoal" in _places(ev) for ev in evs)


def test_the_region_after_autonomous_republic_en(nlps: dict[str, Any]) -> None:
    body = ("Russia sent troops to the autonomous republic of Adygea on Monday. "
            "The governor declared a state of emergency in the region.")
    evs = of_type(run(nlps, "en", body), "COERCE")
    assert evs and any("Adygea" in _places(ev) for ev in evs)


def test_name_after_department_of_en(nlps: dict[str, Any]) -> None:
    body = "Police fired tear gas at farmers in the department of Alto Paraná on Friday."
    evs = of_type(run(nlps, "en", body), "COERCE")
    assert evs and any("Alto Paraná" in _places(ev) for ev in evs)


def test_place_coordinated_through_container_en(nlps: dict[str, Any]) -> None:
    body = "The government declared a curfew in Dakar and the neighbouring town of Rufisque on Monday."
    evs = of_type(run(nlps, "en", body), "COERCE")
    assert evs and any({"Dakar", "Rufisque"} <= _places(ev) for ev in evs)


def test_bare_title_is_the_holder_named_before_en(nlps: dict[str, Any]) -> None:
    body = ("President Rodrigo Alvarado ordered an inquiry on Monday. "
            "His office said the president would not meet the strikers' leaders.")
    evs = of_type(run(nlps, "en", body), "CONSULT")
    assert evs and src(evs[0]) == "Rodrigo Alvarado"


def test_place_ending_a_bracketed_organisation_name_fr(nlps: dict[str, Any]) -> None:
    body = ("Des combattants de l'Union pour la paix en Centrafrique (UPC) ont attaqué dimanche une patrouille "
            "près de Ndélé.")
    evs = of_type(run(nlps, "fr", body), "ASSAULT")
    assert evs and all("Centrafrique" not in _places(ev) for ev in evs)


def test_aid_to_rebuild_villages_of_region_fr(nlps: dict[str, Any]) -> None:
    body = "Le Qatar a promis une aide de 50 millions de dollars pour la reconstruction des villages du Sud-Kivu."
    evs = of_type(run(nlps, "fr", body), "AID")
    assert evs and any("South Kivu" in _places(ev) for ev in evs)


def test_name_with_first_word_read_as_adjective_en(nlps: dict[str, Any]) -> None:
    body = "Protesters set fire to a police station in Lower Nyando on Friday."
    evs = of_type(run(nlps, "en", body), "ASSAULT")
    assert evs and any("Lower Nyando" in _places(ev) for ev in evs)
