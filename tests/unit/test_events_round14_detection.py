"""Round 14 (detection and places): events the rules missed and places they left empty, for generic reasons.

A state measure taken across the whole country ("a nationwide curfew", "dans tout le pays") is placed in the
article's country; a named square ("place du 14-Juillet") is a venue; a riot noun that is the subject of a
deadly verb ("riots in X killed 12 people") is a protest with the places of its own phrase. New lexicon
senses: cutting internet access (COERCE), extending a state of emergency (COERCE), reducing or halting aid
(SANCTION), suspending a price rise (CONCEDE), supplies offered (AID). Mode: a verb coordinated with a
promise ("a promis A et annoncé B") is asserted; "doit/doivent" and "is due to" plan.
Sentences are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import norm, of_type, run


def places(ev: dict[str, Any]) -> list[str]:
    return [p["normalized"] for p in ev["location"]]


# --- nationwide measures: the article's country ------------------------------------------------------------


def test_nationwide_curfew_en(nlps: dict[str, Any]) -> None:
    body = "The junta imposed a nationwide curfew on Monday."
    (ev,) = of_type(run(nlps, "en", body, title="Niger's junta tightens its grip"), "COERCE")
    assert places(ev) == ["Niger"]


def test_measure_across_the_country_en(nlps: dict[str, Any]) -> None:
    body = "The authorities cut internet access across the country on Monday."
    (ev,) = of_type(run(nlps, "en", body, title="Protests in Gabon"), "COERCE")
    assert places(ev) == ["Gabon"]


def test_arrests_at_rallies_across_the_country_have_no_place_en(nlps: dict[str, Any]) -> None:
    body = "Police detained 300 people at rallies held across the country on Monday."
    for ev in of_type(run(nlps, "en", body, title="Protests in Gabon"), "COERCE"):
        assert places(ev) == []


def test_measure_in_the_whole_country_fr(nlps: dict[str, Any]) -> None:
    body = "Le gouvernement a coupé lundi l'accès à internet dans tout le pays."
    (ev,) = of_type(run(nlps, "fr", body, title="Sénégal : le pouvoir durcit le ton"), "COERCE")
    assert places(ev) == ["Senegal"]


def test_named_island_is_not_the_country_fr(nlps: dict[str, Any]) -> None:
    body = "Le gouvernement a décrété un couvre-feu sur l'ensemble de l'île de Mohéli."
    for ev in of_type(run(nlps, "fr", body, title="Comores : couvre-feu après des émeutes"), "COERCE"):
        assert "Comoros" not in places(ev)


# --- named squares -----------------------------------------------------------------------------------------


def test_named_square_fr(nlps: dict[str, Any]) -> None:
    body = "Les policiers ont dispersé à coups de gaz lacrymogène plusieurs milliers de personnes place du 14-Juillet."
    (ev,) = of_type(run(nlps, "fr", body), "COERCE")
    assert places(ev) == ["place du 14-Juillet"]


def test_a_la_place_de_is_no_square_fr(nlps: dict[str, Any]) -> None:
    body = "Des milliers de personnes ont manifesté à la place des syndicats."
    for ev in run(nlps, "fr", body):
        assert places(ev) == []


# --- riots that kill -----------------------------------------------------------------------------------------


def test_riots_subject_of_a_deadly_verb_en(nlps: dict[str, Any]) -> None:
    body = "The president declared a curfew on Friday after riots in Mombasa and Nairobi killed at least 12 people."
    (ev,) = of_type(run(nlps, "en", body, title="Unrest in Kenya"), "PROTEST")
    assert set(places(ev)) == {"Mombasa", "Nairobi"}


def test_riots_subject_of_faire_morts_fr(nlps: dict[str, Any]) -> None:
    body = "Les émeutes ont fait trois morts à Ziguinchor."
    (ev,) = of_type(run(nlps, "fr", body, title="Sénégal : émeutes en Casamance"), "PROTEST")
    assert places(ev) == ["Ziguinchor"]


def test_storm_that_kills_is_no_event_en(nlps: dict[str, Any]) -> None:
    body = "The storm in Mombasa killed 12 people on Friday."
    assert run(nlps, "en", body) == []


# --- new lexicon senses ----------------------------------------------------------------------------------------


def test_extend_state_of_emergency_en(nlps: dict[str, Any]) -> None:
    body = "Kenya would extend the state of emergency if the unrest continued."
    (ev,) = of_type(run(nlps, "en", body), "COERCE")
    assert ev["mode"] == "conditional"


def test_etendre_etat_d_urgence_fr(nlps: dict[str, Any]) -> None:
    body = "Le Sénégal pourrait étendre l'état d'urgence à d'autres régions."
    (ev,) = of_type(run(nlps, "fr", body), "COERCE")
    assert ev["mode"] == "possible"


def test_reduce_military_aid_fr(nlps: dict[str, Any]) -> None:
    body = "Paris pourrait réduire son aide militaire au Niger."
    (ev,) = of_type(run(nlps, "fr", body), "SANCTION")
    assert norm(ev["actors"]["target"]) == "Niger"


def test_reduce_aid_en(nlps: dict[str, Any]) -> None:
    body = "Washington could reduce its military aid to Chad."
    (ev,) = of_type(run(nlps, "en", body), "SANCTION")
    assert ev["mode"] == "possible"


def test_halt_budget_support_en(nlps: dict[str, Any]) -> None:
    body = "Paris could halt the budget support if Dakar moved closer to Moscow."
    (ev,) = of_type(run(nlps, "en", body), "SANCTION")
    assert ev["mode"] == "conditional"


def test_suspension_of_a_price_rise_is_a_concession_fr(nlps: dict[str, Any]) -> None:
    body = "Le président a annoncé samedi la suspension de la hausse du prix du pain."
    events = run(nlps, "fr", body, title="Sénégal : le gouvernement recule")
    assert of_type(events, "CONCEDE") and not of_type(events, "SANCTION")


def test_suspension_of_aid_stays_a_sanction_fr(nlps: dict[str, Any]) -> None:
    body = "La France a annoncé la suspension de son aide budgétaire au Mali."
    events = run(nlps, "fr", body)
    assert of_type(events, "SANCTION") and not of_type(events, "CONCEDE")


def test_offered_supplies_en(nlps: dict[str, Any]) -> None:
    body = "Japan offered the Philippines emergency supplies."
    (ev,) = of_type(run(nlps, "en", body), "AID")
    assert norm(ev["actors"]["source"]) == "Japan" and ev["mode"] == "possible"


def test_cut_ties_stays_a_sanction_en(nlps: dict[str, Any]) -> None:
    body = "Niger cut diplomatic ties with France on Monday."
    events = run(nlps, "en", body)
    assert of_type(events, "SANCTION") and not of_type(events, "COERCE")


# --- mode ------------------------------------------------------------------------------------------------


def test_verb_coordinated_with_a_promise_is_asserted_fr(nlps: dict[str, Any]) -> None:
    body = "Le Premier ministre Macky Sall a promis des réformes et annoncé la levée du couvre-feu à Dakar."
    (ev,) = of_type(run(nlps, "fr", body), "CONCEDE")
    assert ev["mode"] == "asserted"


def test_promised_complement_stays_planned_fr(nlps: dict[str, Any]) -> None:
    body = "Le Premier ministre Macky Sall a promis de lever le couvre-feu à Dakar."
    for ev in run(nlps, "fr", body):
        assert ev["mode"] != "asserted" or ev["type"] == "AGREE"


def test_doivent_plans_fr(nlps: dict[str, Any]) -> None:
    body = "Les deux ministres doivent rencontrer jeudi le président malien Assimi Goïta."
    (ev,) = of_type(run(nlps, "fr", body), "CONSULT")
    assert ev["mode"] == "planned"

