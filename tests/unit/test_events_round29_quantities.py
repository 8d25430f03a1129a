"""Round 29 (quantities): "un drone" is the weapon, not a count; trucks burnt in an attack are not its toll; a second
count joined by "et/and" to a count of people; people named by their trade in a sentence that kills or holds them.
Sentences are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run
from worker.events.quantities import find_quantities


def _counts(ev: dict[str, Any]) -> list[tuple[float, str]]:
    return [(q["value"], q["unit"]) for q in ev["quantities"]]


def _found(text: str, lang: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in find_quantities(text, lang)]


# --- "un drone", "one missile": the article names the weapon, it does not count it ---------------------------------


def test_one_weapon_is_not_a_count_fr() -> None:
    assert _found("La défense aérienne a abattu un drone au-dessus de la ville.", "fr") == []
    assert _found("La défense aérienne a abattu trois drones au-dessus de la ville.", "fr") == [(3, "drones")]


def test_one_weapon_is_not_a_count_event(nlps: dict[str, Any]) -> None:
    body = "L'armée tchadienne a abattu mardi un drone soudanais près d'Adré."
    evs = run(nlps, "fr", body)
    assert all((1, "drones") not in _counts(ev) for ev in evs)


# --- trucks are counted when sent or seized, not when an attack burns them ---------------------------------------


def test_trucks_burnt_in_attack_not_counted(nlps: dict[str, Any]) -> None:
    body = "Gunmen attacked a police station in Kaduna on Friday, killing three officers, and set fire to five trucks."
    (ev,) = of_type(run(nlps, "en", body), "ASSAULT")
    assert (5, "vehicles") not in _counts(ev)


# --- "tuant 15 soldats et 6 supplétifs": the second count is people too -------------------------------------------


def test_coordinated_count_of_unknown_noun() -> None:
    text = "Les assaillants ont tué 11 soldats et 4 auxiliaires près du poste."
    assert _found(text, "fr") == [(11, "troops"), (4, "troops")]
    assert _found("Ils ont tué 11 soldats et 4 ans plus tard", "fr") == [(11, "troops")]


def test_coordinated_count_event(nlps: dict[str, Any]) -> None:
    body = "Des jihadistes ont attaqué un camp près de Gao, tuant 11 soldats et 4 auxiliaires."
    (ev,) = of_type(run(nlps, "fr", body), "ASSAULT")
    assert (11, "people") in _counts(ev)
    assert (4, "people") in _counts(ev)


# --- people named by their trade when the sentence kills, wounds or holds them ----------------------------------


def test_trade_nouns_counted_with_a_toll() -> None:
    assert _found("Gunmen killed six Afghan loggers near the border.", "en") == [(6, "people")]
    assert _found("Trois chauffeurs ont été blessés par l'explosion.", "fr") == [(3, "people")]
    assert _found("The company hired six Afghan loggers last year.", "en") == []
    assert _found("Pirates killed the crew and seized two tankers.", "en") == []


def test_trade_nouns_event(nlps: dict[str, Any]) -> None:
    body = "Des hommes armés ont attaqué une mine près de Kidal, tuant huit convoyeurs."
    (ev,) = of_type(run(nlps, "fr", body), "ASSAULT")
    assert (8, "people") in _counts(ev)


# --- "31 of the detainees", "deux des otages": part of a group named without its own number -----------------------


def test_part_of_group_without_number() -> None:
    assert _found("Officials said that 17 of the detainees were later released.", "en") == [(17, "people")]
    assert _found("Trois des otages ont été libérés dimanche.", "fr") == [(3, "people")]
    assert _found("One of the hostages was freed.", "en") == []
    assert _found("The gunmen killed two of the hostages.", "en") == []


def test_part_of_group_event(nlps: dict[str, Any]) -> None:
    body = "Police in Lagos said on Tuesday that 17 of the detainees had been freed by the Nigerian authorities."
    (ev,) = of_type(run(nlps, "en", body), "RETREAT")
    assert (17, "people") in _counts(ev)
