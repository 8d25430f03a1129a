"""Round 16 (detection and types): military units entering or sailing through waters, troops ordered to a
border, "se dire solidaire", reopened roads, relief flown in with engineers; and no meeting in "a reçu
48 heures", no attack in a riposte by expulsion.
Sentences are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run

# --- MOBILIZE by movement ------------------------------------------------------------------------------------


def test_warships_entering_waters_en(nlps: dict[str, Any]) -> None:
    body = "Four Chinese warships entered Japanese waters on Monday."
    (ev,) = of_type(run(nlps, "en", body), "MOBILIZE")
    assert ev["trigger"]["text"] == "entered"


def test_war_entering_a_week_is_no_mobilization_en(nlps: dict[str, Any]) -> None:
    body = "The war between Russia and Ukraine entered its third week on Sunday."
    assert of_type(run(nlps, "en", body), "MOBILIZE") == []


def test_warships_sailing_through_a_strait_en(nlps: dict[str, Any]) -> None:
    body = "Two Russian warships sailed through the Strait of Dover on Tuesday."
    (ev,) = of_type(run(nlps, "en", body), "MOBILIZE")
    assert ev["trigger"]["text"] == "sailed"


def test_ferry_sailing_is_no_mobilization_en(nlps: dict[str, Any]) -> None:
    body = "A British ferry sailed to Calais on Tuesday."
    assert of_type(run(nlps, "en", body), "MOBILIZE") == []


def test_troops_ordered_to_the_border_en(nlps: dict[str, Any]) -> None:
    body = "Vladimir Putin ordered more troops to the border with Finland."
    (ev,) = of_type(run(nlps, "en", body), "MOBILIZE")
    assert ev["trigger"]["text"] == "ordered"


def test_food_ordered_to_a_region_is_no_mobilization_en(nlps: dict[str, Any]) -> None:
    body = "The Indian government ordered more food to the region."
    assert of_type(run(nlps, "en", body), "MOBILIZE") == []


# --- SUPPORT: « se dire solidaire de » ----------------------------------------------------------------------


def test_se_dire_solidaire_fr(nlps: dict[str, Any]) -> None:
    body = "La France s'est dite solidaire de l'Espagne."
    (ev,) = of_type(run(nlps, "fr", body), "SUPPORT")
    assert ev["trigger"]["text"] == "solidaire"


def test_plain_dire_is_no_support_fr(nlps: dict[str, Any]) -> None:
    body = "La France s'est dite surprise par la décision de l'Espagne."
    assert of_type(run(nlps, "fr", body), "SUPPORT") == []


# --- CONCEDE: reopening roads --------------------------------------------------------------------------------


def test_reopening_roads_fr(nlps: dict[str, Any]) -> None:
    body = "Le Hamas pourrait rouvrir certaines routes."
    (ev,) = of_type(run(nlps, "fr", body), "CONCEDE")
    assert ev["trigger"]["text"] == "rouvrir"


def test_reopening_a_pool_is_no_concession_fr(nlps: dict[str, Any]) -> None:
    body = "Le maire de Lyon a rouvert la piscine municipale."
    assert of_type(run(nlps, "fr", body), "CONCEDE") == []


# --- AID: a ship dispatched with engineers -------------------------------------------------------------------


def test_ship_dispatched_with_engineers_en(nlps: dict[str, Any]) -> None:
    body = "Australia dispatched a navy ship to Fiji with army engineers."
    (ev,) = of_type(run(nlps, "en", body), "AID")
    assert ev["trigger"]["text"] == "dispatched"


def test_engineers_sent_to_the_border_are_no_aid_en(nlps: dict[str, Any]) -> None:
    body = "Russia dispatched army engineers to the border."
    assert of_type(run(nlps, "en", body), "AID") == []


# --- extras: a deadline received, a riposte by expulsion -----------------------------------------------------


def test_receiving_a_deadline_is_no_meeting_fr(nlps: dict[str, Any]) -> None:
    body = "Les diplomates russes ont reçu 48 heures pour quitter la France."
    assert of_type(run(nlps, "fr", body), "CONSULT") == []


def test_receiving_a_leader_is_still_a_meeting_fr(nlps: dict[str, Any]) -> None:
    body = "Emmanuel Macron a reçu le chancelier allemand à l'Élysée."
    assert len(of_type(run(nlps, "fr", body), "CONSULT")) == 1


def test_riposte_by_expulsion_is_no_attack_fr(nlps: dict[str, Any]) -> None:
    body = "Moscou a riposté dimanche en expulsant vingt diplomates polonais."
    events = run(nlps, "fr", body)
    assert of_type(events, "ASSAULT") == []
    assert len(of_type(events, "SANCTION")) == 1


def test_riposte_by_strikes_is_still_an_attack_fr(nlps: dict[str, Any]) -> None:
    body = "L'armée marocaine a riposté par des frappes de drones."
    assert len(of_type(run(nlps, "fr", body), "ASSAULT")) == 1


def test_riposte_by_duties_is_a_sanction_fr(nlps: dict[str, Any]) -> None:
    body = "Pékin a riposté jeudi en taxant le soja canadien."
    events = run(nlps, "fr", body)
    assert of_type(events, "ASSAULT") == []
    assert len(of_type(events, "SANCTION")) == 1


# --- PROTEST: manure dumped before a public building ---------------------------------------------------------


def test_dumping_manure_is_a_protest_fr(nlps: dict[str, Any]) -> None:
    body = "Des agriculteurs ont déversé du lisier devant la préfecture de Rennes."
    (ev,) = of_type(run(nlps, "fr", body), "PROTEST")
    assert ev["trigger"]["text"] == "déversé"


def test_dumping_sand_is_no_protest_fr(nlps: dict[str, Any]) -> None:
    body = "Un camion a déversé du sable sur la route de Rennes."
    assert of_type(run(nlps, "fr", body), "PROTEST") == []
