"""Quantities: police and "agents" sent are a force (troops), a singular "guard" counts only where it closes its
phrase. Sentences are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run
from worker.events.quantities import find_quantities


def _counts(ev: dict[str, Any]) -> list[tuple[float, str]]:
    return [(q["value"], q["unit"]) for q in ev["quantities"]]


def test_police_sent_are_troops(nlps: dict[str, Any]) -> None:
    text = "Le gouvernement malgache a déployé 800 gendarmes dans la région de Toliara."
    evs = of_type(run(nlps, "fr", text), "MOBILIZE")
    assert any((800, "troops") in _counts(ev) for ev in evs)
    # police named beside protesters are the other side, not a force the protesters join
    assert [(q.value, q.unit) for q in find_quantities("Some 300 strikers and police clashed in Lomé.", "en")] \
        == [(300, "people")]
    # the killed among them are still people
    text = "Gunmen attacked a checkpoint near Garissa on Friday, killing four policemen."
    evs = of_type(run(nlps, "en", text), "ASSAULT")
    assert any((4, "people") in _counts(ev) for ev in evs)


def test_approximate_number_of_agents_deployed_is_a_force(nlps: dict[str, Any]) -> None:
    text = "Le Bénin a déployé jeudi une trentaine d'agents à la frontière avec le Togo."
    evs = of_type(run(nlps, "fr", text), "MOBILIZE")
    assert any((30, "troops") in _counts(ev) for ev in evs)


def test_singular_guard_counts_only_at_the_end_of_its_phrase() -> None:
    assert [(q.value, q.unit) for q in find_quantities("Gunmen shot one Afghan guard and fled.", "en")] \
        == [(1, "troops")]
    assert [(q.value, q.counted) for q in find_quantities("Three coast guard cutters arrived.", "en")] == []
