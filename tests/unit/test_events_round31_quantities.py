"""Round 31 (quantities): one person named by sex or age ("un jeune homme", "one woman") is a count of one when the
event acts on people; an armed one is the attacker. Sentences are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run
from worker.events.quantities import find_quantities


def _counts(ev: dict[str, Any]) -> list[tuple[float, str]]:
    return [(q["value"], q["unit"]) for q in ev["quantities"]]


def _found(text: str, lang: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in find_quantities(text, lang)]


# --- one person named by sex or age -------------------------------------------------------------------------------


def test_one_young_man_is_one_person() -> None:
    assert _found("Un jeune homme a été blessé par balle samedi à Dakar.", "fr") == [(1, "people")]
    assert _found("One woman was detained at the border crossing.", "en") == [(1, "people")]


def test_armed_man_is_not_counted() -> None:
    assert _found("Un homme armé a ouvert le feu sur une patrouille.", "fr") == []


def test_one_young_man_killed_event(nlps: dict[str, Any]) -> None:
    body = "Un jeune homme a été tué par balle mardi lors d'affrontements avec la police à Conakry."
    evs = of_type(run(nlps, "fr", body), "ASSAULT")
    assert any((1, "people") in _counts(ev) for ev in evs)
