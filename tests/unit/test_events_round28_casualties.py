"""Round 28 (quantities): the killed and wounded of any event are counted in people, soldiers and police included
("tuant 15 soldats", "killing four soldiers"); troops stay for forces sent, massed, withdrawn or attacking.
Sentences are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run


def _counts(ev: dict[str, Any]) -> list[tuple[float, str]]:
    return [(q["value"], q["unit"]) for q in ev["quantities"]]


# --- killed and wounded soldiers are people ----------------------------------------------------------------------


def test_killing_soldiers_object_fr(nlps: dict[str, Any]) -> None:
    body = "Des jihadistes ont attaqué un camp militaire près de Mopti, tuant 15 soldats."
    (ev,) = of_type(run(nlps, "fr", body), "ASSAULT")
    assert (15, "people") in _counts(ev)
    assert (15, "troops") not in _counts(ev)


def test_soldiers_killed_passive_fr(nlps: dict[str, Any]) -> None:
    body = "Douze soldats ont été tués lundi dans une embuscade des rebelles près de Beni."
    evs = run(nlps, "fr", body)
    counts = [c for ev in evs for c in _counts(ev)]
    assert (12, "people") in counts
    assert (12, "troops") not in counts


def test_killing_soldiers_object_en(nlps: dict[str, Any]) -> None:
    body = "Militants attacked an army convoy near the border on Monday, killing four soldiers."
    (ev,) = of_type(run(nlps, "en", body), "ASSAULT")
    assert (4, "people") in _counts(ev)
    assert (4, "troops") not in _counts(ev)


def test_soldiers_were_killed_en(nlps: dict[str, Any]) -> None:
    body = "Rebels shelled the town on Sunday, and nine soldiers were killed."
    evs = run(nlps, "en", body)
    counts = [c for ev in evs for c in _counts(ev)]
    assert (9, "people") in counts
    assert (9, "troops") not in counts


# --- forces sent or attacking stay troops ------------------------------------------------------------------------


def test_deployment_stays_troops_fr(nlps: dict[str, Any]) -> None:
    body = "Le Tchad a déployé 3 000 soldats à la frontière avec le Soudan."
    (ev,) = of_type(run(nlps, "fr", body), "MOBILIZE")
    assert _counts(ev) == [(3000, "troops")]


def test_deployment_stays_troops_en(nlps: dict[str, Any]) -> None:
    body = "Kenya deployed 1,200 soldiers to the border with Somalia on Friday."
    (ev,) = of_type(run(nlps, "en", body), "MOBILIZE")
    assert _counts(ev) == [(1200, "troops")]


# --- "killing four soldiers and wounding six" --------------------------------------------------------------------


def test_bare_number_wounded_conjunct_en(nlps: dict[str, Any]) -> None:
    body = "Gunmen attacked a checkpoint near the border on Friday, killing four soldiers and wounding six."
    (ev,) = of_type(run(nlps, "en", body), "ASSAULT")
    assert sorted(_counts(ev)) == [(4, "people"), (6, "people")]


# --- forces attacking stay troops --------------------------------------------------------------------------------


def test_attacking_soldiers_stay_troops_en(nlps: dict[str, Any]) -> None:
    body = "Some 200 soldiers attacked the rebel camp near Goma on Tuesday."
    evs = of_type(run(nlps, "en", body), "ASSAULT")
    assert [c for ev in evs for c in _counts(ev)] == [(200, "troops")]
