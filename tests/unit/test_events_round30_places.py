"""Round 30, places: a place that closes a participle clause on the event's object ("arrested men suspected
of X in <town>") is where the people were acted on. Sentences are written for the tests (not taken from
eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run


def _places(ev: dict[str, Any]) -> set[str]:
    return {p["normalized"] for p in ev["location"]}


def test_place_in_participle_clause_of_object_en(nlps: dict[str, Any]) -> None:
    body = "Police said they had detained three men accused of looting in Mombasa."
    evs = of_type(run(nlps, "en", body), "COERCE")
    assert evs and any("Mombasa" in _places(ev) for ev in evs)


def test_facility_in_participle_clause_of_object_en(nlps: dict[str, Any]) -> None:
    body = "Guards arrested two men accused of filming barracks near the Tornio crossing."
    evs = of_type(run(nlps, "en", body), "COERCE")
    assert evs and any("Tornio" in _places(ev) for ev in evs)


def test_post_named_after_town_fr(nlps: dict[str, Any]) -> None:
    body = "Des hommes armés ont attaqué lundi le cantonnement de Bouroukou, tuant trois soldats."
    evs = of_type(run(nlps, "fr", body), "ASSAULT")
    assert evs and any("Bouroukou" in _places(ev) for ev in evs)


def test_name_before_police_station_en(nlps: dict[str, Any]) -> None:
    body = "Gunmen stormed the Kaliro police station on Sunday."
    evs = of_type(run(nlps, "en", body), "ASSAULT")
    assert evs and any("Kaliro" in _places(ev) for ev in evs)
