"""Round 22: a warning or a demand that names no one, told several sentences after the hostile acts it answers,
targets the warner's adversary (the other state of the latest hostile event between them); heads of state known
by name carry their state. Sentences are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run, src, tgt

_EN = ("Ghana accused Togo on Monday of sheltering rebels near the border. Togo denied the charge. "
       "Traders crossed the market in Lomé. Heavy rain fell on the capital. Schools reopened after the holiday. ")
_FR = ("Le Mali a accusé lundi le Niger d'abriter des rebelles près de la frontière. Niamey a démenti. "
       "Les marchés de Bamako ont rouvert. De fortes pluies sont tombées sur la capitale. Les écoles ont rouvert. ")


def test_late_warning_targets_the_adversary_en(nlps: dict[str, Any]) -> None:
    body = _EN + "Ghana warned that it would defend every inch of its territory."
    evs = [ev for ev in of_type(run(nlps, "en", body), "THREATEN") if src(ev) == "Ghana"]
    assert evs and tgt(evs[-1]) == "Togo"


def test_late_warning_targets_the_adversary_fr(nlps: dict[str, Any]) -> None:
    body = _FR + "Le Mali a averti qu'il défendrait chaque mètre de son territoire."
    evs = [ev for ev in of_type(run(nlps, "fr", body), "THREATEN") if src(ev) == "Mali"]
    assert evs and tgt(evs[-1]) == "Niger"


def test_late_demand_targets_the_adversary_en(nlps: dict[str, Any]) -> None:
    body = _EN + "Togo demanded the immediate release of its traders."
    evs = [ev for ev in of_type(run(nlps, "en", body), "REQUEST") if src(ev) == "Togo"]
    assert evs and tgt(evs[-1]) == "Ghana"


def test_warning_by_a_state_in_no_hostile_event_has_no_target_en(nlps: dict[str, Any]) -> None:
    body = _EN + "Benin warned that it would defend every inch of its territory."
    for ev in of_type(run(nlps, "en", body), "THREATEN"):
        if src(ev) == "Benin":
            assert tgt(ev) is None


def test_hostile_event_too_far_up_is_no_adversary_fr(nlps: dict[str, Any]) -> None:
    filler = "Les marchés ont rouvert. " * 11
    body = "Le Mali a accusé lundi le Niger d'abriter des rebelles. " + filler + \
        "Le Mali a averti qu'il défendrait chaque mètre de son territoire."
    for ev in of_type(run(nlps, "fr", body), "THREATEN"):
        if src(ev) == "Mali":
            assert tgt(ev) is None


def test_head_of_state_carries_his_state_en(nlps: dict[str, Any]) -> None:
    body = "President Paul Kagame accused Belgium on Tuesday of meddling in Rwandan affairs."
    (ev,) = of_type(run(nlps, "en", body), "ACCUSE")
    assert src(ev) in ("Paul Kagame", "Rwanda")
    assert tgt(ev) == "Belgium"


def test_late_closure_targets_the_adversary_en(nlps: dict[str, Any]) -> None:
    body = _EN + "Ghana closed two border crossings on Friday."
    evs = [ev for ev in of_type(run(nlps, "en", body), "SANCTION") if src(ev) == "Ghana"]
    assert evs and tgt(evs[-1]) == "Togo"
