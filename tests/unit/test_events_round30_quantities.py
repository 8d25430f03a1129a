"""Round 30 (quantities): "en blessant sept autres" counts the others wounded; soldiers held or freed are
people acted on, not a force. Sentences are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run
from worker.events.quantities import find_quantities


def _counts(ev: dict[str, Any]) -> list[tuple[float, str]]:
    return [(q["value"], q["unit"]) for q in ev["quantities"]]


def _found(text: str, lang: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in find_quantities(text, lang)]


# --- "N autres / N others" next to a kill/wound/hold word ----------------------------------------------------------


def test_others_after_wounding_verb_fr() -> None:
    text = "Des hommes armés ont attaqué un village près de Gao, tuant trois civils et en blessant cinq autres."
    assert (5, "people") in _found(text, "fr")


def test_others_without_toll_word_not_counted() -> None:
    assert _found("Deux autres ont signé la déclaration à Genève.", "fr") == []
    assert _found("Three others signed the declaration in Geneva.", "en") == []


def test_others_after_wounding_verb_event(nlps: dict[str, Any]) -> None:
    body = "Des hommes armés ont attaqué lundi un poste de police près de Gao, tuant trois policiers et en blessant " \
           "cinq autres."
    evs = of_type(run(nlps, "fr", body), "ASSAULT")
    assert any((5, "people") in _counts(ev) for ev in evs)


# --- soldiers held or freed are people --------------------------------------------------------------------------


def test_soldiers_held_are_people() -> None:
    assert _found("Les assaillants ont incendié un camp, retenant huit militaires pendant deux jours.", "fr") == [
        (8, "people")]
    assert _found("The rebels freed 14 soldiers captured last month.", "en") == [(14, "people")]
    assert _found("Six soldats capturés ont été remis à la Croix-Rouge.", "fr") == [(6, "people")]


def test_soldiers_sent_to_free_hostages_stay_troops() -> None:
    assert _found("The army sent 300 troops to free the hostages.", "en") == [(300, "troops")]


def test_soldiers_freed_event(nlps: dict[str, Any]) -> None:
    body = "Le Mali a libéré jeudi 14 soldats ivoiriens détenus depuis juillet à Bamako."
    evs = run(nlps, "fr", body)
    assert any((14, "people") in _counts(ev) for ev in evs)
    assert all((14, "troops") not in _counts(ev) for ev in evs)
