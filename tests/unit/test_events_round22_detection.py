"""Round 22 (detection, places, time): rivers and bridges named with their noun ("the Naf river", "the X bridge"),
"along" as a place preposition, the bridge a crowd blocks as the protest's place; a hyphenated city the parser cuts
in two ("à Addis-Abeba"); suspending air links or transhumance, storming a warehouse; the day closing a conjoined
verb of the same type dates the first verb too; a past participle with its own agent on the people harmed
("éleveurs, tués par des soldats maliens") is an attack of its own, by that agent.
Sentences are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run, src


def _places(ev: dict[str, Any]) -> list[str]:
    return sorted(loc["normalized"] for loc in ev["location"])


def _day(ev: dict[str, Any]) -> str | None:
    return ev["time"]["resolved"] if ev.get("time") else None


# --- rivers and bridges -----------------------------------------------------------------------------------------


def test_river_named_with_its_noun_en(nlps: dict[str, Any]) -> None:
    body = "Myanmar's army detained 12 fishermen near the Kaladan river on Friday."
    (ev,) = of_type(run(nlps, "en", body), "COERCE")
    assert _places(ev) == ["Kaladan river"]


def test_along_river_en(nlps: dict[str, Any]) -> None:
    body = "Bangladesh deployed 300 additional troops along the Naf river."
    (ev,) = of_type(run(nlps, "en", body), "MOBILIZE")
    assert _places(ev) == ["Naf river"]


def test_lower_case_river_alone_is_no_place_en(nlps: dict[str, Any]) -> None:
    body = "Bangladesh deployed 300 additional troops along the river."
    (ev,) = of_type(run(nlps, "en", body), "MOBILIZE")
    assert _places(ev) == []


def test_blocked_bridge_is_protest_place_en(nlps: dict[str, Any]) -> None:
    body = "Hundreds of truck drivers blocked the Chirundu bridge on Monday to protest against the duties."
    (ev,) = of_type(run(nlps, "en", body), "PROTEST")
    assert _places(ev) == ["Chirundu bridge"]


def test_blocked_road_is_no_place_en(nlps: dict[str, Any]) -> None:
    body = "Hundreds of truck drivers blocked the main road on Monday to protest against the duties."
    (ev,) = of_type(run(nlps, "en", body), "PROTEST")
    assert _places(ev) == []


# --- a hyphenated city cut in two by the parser ---------------------------------------------------------------


def test_hyphenated_capital_after_a_fr(nlps: dict[str, Any]) -> None:
    body = "L'IGAD se réunira lundi à Addis-Abeba en session extraordinaire."
    (ev,) = of_type(run(nlps, "fr", body), "CONSULT")
    assert _places(ev) == ["Addis Ababa"]


# --- suspending links, storming a warehouse ------------------------------------------------------------------


def test_suspend_air_links_fr(nlps: dict[str, Any]) -> None:
    body = "Le gouvernement djiboutien suspendait mardi les liaisons aériennes avec l'Érythrée."
    assert len(of_type(run(nlps, "fr", body), "SANCTION")) == 1


def test_suspend_transhumance_fr(nlps: dict[str, Any]) -> None:
    body = "La Mauritanie a suspendu la transhumance vers le Mali."
    assert len(of_type(run(nlps, "fr", body), "SANCTION")) == 1


def test_suspend_session_is_no_sanction_fr(nlps: dict[str, Any]) -> None:
    body = "Le président du Sénat a suspendu la séance pendant une heure."
    assert of_type(run(nlps, "fr", body), "SANCTION") == []


def test_suspend_air_links_en(nlps: dict[str, Any]) -> None:
    body = "Kenya suspended air links with Somalia on Monday."
    assert len(of_type(run(nlps, "en", body), "SANCTION")) == 1


def test_storm_warehouse_en(nlps: dict[str, Any]) -> None:
    body = "Three Chinese nationals were injured when Zambian protesters stormed a warehouse on Wednesday."
    assert "stormed" in [ev["trigger"]["text"] for ev in of_type(run(nlps, "en", body), "ASSAULT")]


def test_storm_out_of_meeting_is_no_assault_en(nlps: dict[str, Any]) -> None:
    body = "The Zambian minister stormed out of the meeting on Wednesday."
    assert of_type(run(nlps, "en", body), "ASSAULT") == []


# --- the day closing a conjoined verb of the same type -------------------------------------------------------


def test_day_on_same_type_conjunct_dates_first_verb_en(nlps: dict[str, Any]) -> None:
    body = "Oman's coast guard detained 9 Iranian fishermen and seized two boats off Musandam on Tuesday."
    events = of_type(run(nlps, "en", body), "COERCE")
    assert events and all(_day(ev) == "2024-03-05" for ev in events)


def test_day_on_other_type_conjunct_stays_there_en(nlps: dict[str, Any]) -> None:
    body = "ECOWAS condemned the attack and sent a delegation to Freetown on Monday."
    (accuse,) = of_type(run(nlps, "en", body), "ACCUSE")
    assert _day(accuse) is None


def test_day_on_conjunct_with_auxiliary_stays_there_en(nlps: dict[str, Any]) -> None:
    body = "Police arrested five Kenyan activists and will release them on Monday."
    (coerce,) = of_type(run(nlps, "en", body), "COERCE")
    assert _day(coerce) is None


# --- a past participle with its own agent on the people harmed ---------------------------------------------


def test_participle_with_agent_under_summons_fr(nlps: dict[str, Any]) -> None:
    body = ("Nouakchott a convoqué mardi l'ambassadeur du Mali après la mort de sept éleveurs mauritaniens, "
            "tués par des soldats maliens près de la frontière.")
    events = run(nlps, "fr", body)
    assert [src(ev) for ev in of_type(events, "ASSAULT")] == ["Mali"]
    assert len(of_type(events, "ACCUSE")) == 1


def test_participle_without_agent_stays_content_fr(nlps: dict[str, Any]) -> None:
    body = ("Nouakchott a convoqué mardi l'ambassadeur du Mali après la mort de sept éleveurs mauritaniens "
            "tués près de la frontière.")
    assert of_type(run(nlps, "fr", body), "ASSAULT") == []


def test_participle_with_agent_on_victims_en(nlps: dict[str, Any]) -> None:
    body = "Mauritania summoned Mali's ambassador over the deaths of seven herders killed by Malian soldiers."
    assert [src(ev) for ev in of_type(run(nlps, "en", body), "ASSAULT")] == ["Mali"]
