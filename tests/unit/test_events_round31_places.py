"""Round 31, places: a place name hung on a container noun other than as a compound ("to the X and Y districts",
"in the regional capital X") is read where the noun stands, with its conjuncts. Sentences are written for the
tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run


def _places(ev: dict[str, Any]) -> set[str]:
    return {p["normalized"] for p in ev["location"]}


def test_names_before_plural_container_en(nlps: dict[str, Any]) -> None:
    body = "The army said it had sent about 900 troops to the Tharparkar and Umerkot districts."
    evs = of_type(run(nlps, "en", body), "MOBILIZE")
    assert evs and any({"Tharparkar", "Umerkot"} <= _places(ev) for ev in evs)


def test_name_in_apposition_to_capital_en(nlps: dict[str, Any]) -> None:
    body = "Hundreds of farmers protested on Friday in the provincial capital Kasungu against new land fees."
    evs = of_type(run(nlps, "en", body), "PROTEST")
    assert evs and any("Kasungu" in _places(ev) for ev in evs)


def test_name_before_regency_en(nlps: dict[str, Any]) -> None:
    body = "Gunmen attacked a police post in Lanny Jaya regency on Tuesday, killing two officers."
    evs = of_type(run(nlps, "en", body), "ASSAULT")
    assert evs and any("Lanny Jaya" in _places(ev) for ev in evs)


def test_name_after_au_large_de_fr(nlps: dict[str, Any]) -> None:
    body = "La marine bulgare a mené jeudi un exercice de déminage au large de Babadag."
    evs = of_type(run(nlps, "fr", body), "MOBILIZE")
    assert evs and any("Babadag" in _places(ev) for ev in evs)


def test_protest_before_town_hall_fr(nlps: dict[str, Any]) -> None:
    body = "Des centaines d'habitants ont manifesté samedi devant la municipalité de Tinejdad contre les coupures."
    evs = of_type(run(nlps, "fr", body), "PROTEST")
    assert evs and any("Tinejdad" in _places(ev) for ev in evs)


def test_name_after_republic_of_en(nlps: dict[str, Any]) -> None:
    body = "Moscow deployed 800 troops to the autonomous republic of Kabardino-Balkaria on Sunday."
    evs = of_type(run(nlps, "en", body), "MOBILIZE")
    assert evs and any("Kabardino-Balkaria" in _places(ev) for ev in evs)


def test_place_in_relative_clause_of_object_fr(nlps: dict[str, Any]) -> None:
    body = "Les gendarmes ont interpellé vingt agriculteurs qui tentaient de bloquer une route près de Zamość."
    evs = of_type(run(nlps, "fr", body), "COERCE")
    assert evs and any("Zamość" in _places(ev) for ev in evs)
