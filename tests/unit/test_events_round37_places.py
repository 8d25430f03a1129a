"""Location: a destination parsed under what is moved rather than under the moving verb ("send a boat and
45 personnel to X", "l'envoi de 90 marins à X"), national capitals the generated gazetteer leaves out as
ambiguous words (a Kingston no longer read as Kingstown; Wellington standing for its government), a ministry
"in" its capital (no venue) and a town behind a district noun ("through downtown X"). Sentences are written
for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run, src


def _locs(ev: dict[str, Any]) -> list[str]:
    return [p["normalized"] for p in ev.get("location") or []]


def test_destination_under_conjoined_object_en(nlps: dict[str, Any]) -> None:
    body = "Canberra said it would send a Navy patrol boat and 45 personnel to Honiara next week."
    evs = of_type(run(nlps, "en", body), "MOBILIZE")
    assert evs and "Honiara" in _locs(evs[0])


def test_destination_under_noun_of_sending_fr(nlps: dict[str, Any]) -> None:
    body = "Dakar a annoncé l'envoi de deux patrouilleurs et de 90 marins à Banjul."
    evs = run(nlps, "fr", body)
    assert evs and "Banjul" in _locs(evs[0])


def test_kingston_is_jamaica_capital_en(nlps: dict[str, Any]) -> None:
    body = "Riot police fired tear gas at protesters in Kingston on Friday."
    evs = of_type(run(nlps, "en", body), "COERCE")
    assert evs and _locs(evs[0]) == ["Kingston"]


def test_wellington_stands_for_new_zealand_en(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "en", "Wellington accused Beijing of spying on its fishing fleet."), "ACCUSE")
    assert evs and src(evs[0]) == "New Zealand"


def test_ministry_in_capital_is_no_venue_en(nlps: dict[str, Any]) -> None:
    body = "The defence ministry in Yerevan accused Azerbaijani troops of shelling villages."
    evs = of_type(run(nlps, "en", body), "ACCUSE")
    assert evs and not _locs(evs[0])


def test_downtown_town_is_scene_en(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "en", "Thousands of students marched through downtown Nairobi on Friday."), "PROTEST")
    assert evs and _locs(evs[0]) == ["Nairobi"]
