"""Round 23 (places): a "to X" phrase on a noun of sending forces that is the trigger's object ("ordered the
deployment of troops to X"); a model entity ending with a lower-case administrative noun is the name before it
("Mandera county" → "Mandera"); "la province du X" tagged as one lower-case entity names X; "the Copperbelt city
of Kitwe" is Kitwe (the region before the settlement noun only locates it).
Sentences are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run


def _places(ev: dict[str, Any]) -> list[str]:
    return sorted(loc["normalized"] for loc in ev["location"])


# --- "ordered the deployment of troops to X" ---------------------------------------------------------------------


def test_deployment_to_county_en(nlps: dict[str, Any]) -> None:
    body = "President Ruto ordered the deployment of 1,500 troops to Mandera county on Tuesday."
    (ev,) = of_type(run(nlps, "en", body), "MOBILIZE")
    assert _places(ev) == ["Mandera"]


def test_road_to_country_is_no_place_en(nlps: dict[str, Any]) -> None:
    # a road's destination is not where the crowd protests
    body = "Hundreds of protesters blocked the main road to South Africa on Monday."
    for ev in of_type(run(nlps, "en", body), "PROTEST"):
        assert "South Africa" not in _places(ev)


# --- "dans la province du X" -----------------------------------------------------------------------------------


def test_province_du_name_fr(nlps: dict[str, Any]) -> None:
    body = "L'armée tchadienne a envoyé 1 200 soldats en renfort dans la province du Ouaddaï."
    (ev,) = of_type(run(nlps, "fr", body), "MOBILIZE")
    assert _places(ev) == ["Ouaddaï"]


def test_province_without_name_fr(nlps: dict[str, Any]) -> None:
    body = "L'armée tchadienne a envoyé 1 200 soldats en renfort dans la province."
    (ev,) = of_type(run(nlps, "fr", body), "MOBILIZE")
    assert _places(ev) == []


# --- "the Copperbelt city of Kitwe" ----------------------------------------------------------------------------


def test_region_naming_city_of_x_en(nlps: dict[str, Any]) -> None:
    body = "Several thousand miners protested in the Copperbelt city of Kitwe on Thursday over unpaid wages."
    (ev,) = of_type(run(nlps, "en", body), "PROTEST")
    assert _places(ev) == ["Kitwe"]


def test_region_before_region_noun_kept_en(nlps: dict[str, Any]) -> None:
    # "the Donetsk region" has no town of its own: the region is the place
    body = "Russian forces shelled villages in the Donetsk region on Thursday."
    (ev,) = of_type(run(nlps, "en", body), "ASSAULT")
    assert _places(ev) == ["Donetsk"]
