"""Round 24 (places and quantities): a named crossing after "poste/point de passage/crossing" + de/of/at is the
event's place whatever its entity tag; "on the X River" places any located event; "vers X" with X tagged as a
person is a town for a deployment; a definite "capital" with no name is the capital of its nationality
adjective's country, else of the article's country; forces counted by an "involving/mobilisant" participle on a
deployment or drill; herders are counted people; "une partie des N euros" / "part of the $N" is no amount.
Sentences are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run


def _places(ev: dict[str, Any]) -> list[str]:
    return sorted(loc["normalized"] for loc in ev["location"])


def _quants(ev: dict[str, Any]) -> list[tuple[float, str]]:
    return sorted((q["value"], q["unit"]) for q in ev["quantities"])


# --- named crossings -------------------------------------------------------------------------------------------


def test_crossing_point_known_place_fr(nlps: dict[str, Any]) -> None:
    body = "Le gouvernement nigérien a fermé jeudi le point de passage de Gaya avec le Bénin."
    (ev,) = of_type(run(nlps, "fr", body), "SANCTION")
    assert "Gaya" in _places(ev)


def test_crossing_post_unknown_name_fr(nlps: dict[str, Any]) -> None:
    body = "Des hommes armés ont ouvert le feu lundi sur des douaniers au poste de Bir Zar, tuant deux agents."
    (ev,) = of_type(run(nlps, "fr", body), "ASSAULT")
    assert _places(ev) == ["Bir Zar"]


def test_crossing_without_name_gives_none_fr(nlps: dict[str, Any]) -> None:
    body = "Le gouvernement a fermé le poste de contrôle jeudi."
    for ev in of_type(run(nlps, "fr", body), "SANCTION"):
        assert _places(ev) == []


# --- "on the X River" --------------------------------------------------------------------------------------------


def test_seizure_on_named_river_en(nlps: dict[str, Any]) -> None:
    body = "Coast guard vessels seized two fishing boats on the Mekong River on Friday."
    (ev,) = of_type(run(nlps, "en", body), "COERCE")
    assert _places(ev) == ["Mekong River"]


# --- "vers X" tagged as a person ---------------------------------------------------------------------------------


def test_troops_sent_toward_town_tagged_person_fr(nlps: dict[str, Any]) -> None:
    body = "L'armée tunisienne a dépêché jeudi 600 soldats et des blindés vers Ben Gardane."
    (ev,) = of_type(run(nlps, "fr", body), "MOBILIZE")
    assert _places(ev) == ["Ben Gardane"]


# --- "dans la capitale", "the Ethiopian capital" -----------------------------------------------------------------


def test_bare_capital_is_home_capital_fr(nlps: dict[str, Any]) -> None:
    body = ("Des milliers de Géorgiens ont manifesté à Tbilissi contre le gouvernement. "
            "Le ministère de l'Intérieur géorgien a interdit tout rassemblement dans le centre de la capitale.")
    (ev,) = of_type(run(nlps, "fr", body), "COERCE")
    assert _places(ev) == ["Tbilisi"]


def test_capital_with_nationality_adjective_en(nlps: dict[str, Any]) -> None:
    body = "Sudan's army chief met Kenyan officials in the Ethiopian capital on Monday."
    evs = of_type(run(nlps, "en", body), "CONSULT")
    assert evs and _places(evs[0]) == ["Addis Ababa"]


def test_economic_capital_is_not_resolved_en(nlps: dict[str, Any]) -> None:
    body = "Police arrested forty protesters in the economic capital on Monday."
    for ev in of_type(run(nlps, "en", body), "COERCE"):
        assert _places(ev) == []


def test_capital_with_adjective_and_name_fr(nlps: dict[str, Any]) -> None:
    body = "La police a dispersé une manifestation dans la capitale malienne, Bamako, samedi."
    (ev,) = of_type(run(nlps, "fr", body), "COERCE")
    assert _places(ev) == ["Bamako"]


# --- forces counted by an "involving" participle ----------------------------------------------------------------


def test_drills_involving_soldiers_en(nlps: dict[str, Any]) -> None:
    body = "Poland said it would hold naval drills with Lithuania next month, involving some 3,000 soldiers."
    (ev,) = of_type(run(nlps, "en", body), "MOBILIZE")
    assert _quants(ev) == [(3000, "troops")]


def test_manoeuvres_mobilising_soldiers_fr(nlps: dict[str, Any]) -> None:
    body = "La Chine a lancé lundi des manœuvres autour de Taïwan mobilisant 8 000 militaires."
    (ev,) = of_type(run(nlps, "fr", body), "MOBILIZE")
    assert _quants(ev) == [(8000, "troops")]


# --- herders are counted -----------------------------------------------------------------------------------------


def test_herders_counted_as_people_en(nlps: dict[str, Any]) -> None:
    body = "Gunmen killed twelve herders near the border on Sunday."
    (ev,) = of_type(run(nlps, "en", body), "ASSAULT")
    assert _quants(ev) == [(12, "people")]


def test_eleveurs_counted_as_people_fr(nlps: dict[str, Any]) -> None:
    body = "Des soldats ont tué sept éleveurs près de la frontière."
    (ev,) = of_type(run(nlps, "fr", body), "ASSAULT")
    assert _quants(ev) == [(7, "people")]


# --- "une partie des N euros": a share of a sum is no amount -----------------------------------------------------


def test_part_of_sum_is_not_counted_fr(nlps: dict[str, Any]) -> None:
    body = "La Commission pourrait geler une partie des 2 milliards d'euros de fonds destinés à la Hongrie."
    (ev,) = of_type(run(nlps, "fr", body), "SANCTION")
    assert _quants(ev) == []


def test_part_of_sum_is_not_counted_en(nlps: dict[str, Any]) -> None:
    body = "Washington froze part of the $3 billion in military aid to Egypt on Monday."
    (ev,) = of_type(run(nlps, "en", body), "SANCTION")
    assert all(u != "USD" for _, u in _quants(ev))


def test_whole_sum_still_counted_en(nlps: dict[str, Any]) -> None:
    body = "Washington froze $3 billion in military aid to Egypt on Monday."
    evs = of_type(run(nlps, "en", body), "SANCTION")
    assert evs and (3_000_000_000, "USD") in _quants(evs[0])
