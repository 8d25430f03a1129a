"""Round 21: targets of reactions and speech acts under the session-8 gold convention: a denial or a rejected
accusation targets the accuser; a warning targets the party of its if-clause, or the party whose act it answers.
Sentences are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import by, of_type, run, tgt

# --- a denial targets the author of the accusation it answers --------------------------------------------------------


def test_denial_targets_the_accuser_told_before_en(nlps: dict[str, Any]) -> None:
    body = "Ghana accused Togo on Monday of sheltering rebels. Togo denied any involvement."
    (ev,) = of_type(run(nlps, "en", body), "REJECT")
    assert tgt(ev) == "Ghana"


def test_denial_targets_the_accuser_told_before_fr(nlps: dict[str, Any]) -> None:
    body = "Le Mali a accusé lundi le Niger d'abriter des rebelles. Niamey a démenti toute implication."
    (ev,) = of_type(run(nlps, "fr", body), "REJECT")
    assert tgt(ev) == "Mali"


def test_denial_of_an_accusation_against_somebody_else_en(nlps: dict[str, Any]) -> None:
    body = "Russia accused Ukraine of shelling the plant. France denied any involvement."
    (ev,) = of_type(run(nlps, "en", body), "REJECT")
    assert tgt(ev) is None


def test_denial_with_no_accuser_named_fr(nlps: dict[str, Any]) -> None:
    body = "Des pillages ont été signalés à Nukualofa. Le gouvernement tongien a démenti ces informations."
    for ev in of_type(run(nlps, "fr", body), "REJECT"):
        assert tgt(ev) is None


# --- a warning: the party of its if-clause, or the author of the act it answers ------------------------------------


def test_warning_conditional_on_another_party_en(nlps: dict[str, Any]) -> None:
    body = "Japan warned that Tokyo would strengthen its defences if Russia continued the drills."
    (ev,) = by(run(nlps, "en", body), "THREATEN", "Japan")
    assert tgt(ev) == "Russia"


def test_warning_conditional_on_another_party_fr(nlps: dict[str, Any]) -> None:
    body = "La France a averti qu'elle suspendrait l'accord si l'Algérie persistait."
    (ev,) = by(run(nlps, "fr", body), "THREATEN", "France")
    assert tgt(ev) == "Algeria"


def test_warning_conditional_on_nobody_en(nlps: dict[str, Any]) -> None:
    body = "Japan warned that it would strengthen its defences if the talks failed."
    (ev,) = by(run(nlps, "en", body), "THREATEN", "Japan")
    assert tgt(ev) is None


def test_warning_answers_an_act_told_before_en(nlps: dict[str, Any]) -> None:
    body = "Azerbaijan shelled Armenian border posts on Monday. Armenia warned that it would respond."
    (ev,) = by(run(nlps, "en", body), "THREATEN", "Armenia")
    assert tgt(ev) == "Azerbaijan"


def test_warning_after_an_act_against_somebody_else_en(nlps: dict[str, Any]) -> None:
    body = "Azerbaijan shelled Iranian border posts on Monday. Armenia warned that it would respond."
    (ev,) = by(run(nlps, "en", body), "THREATEN", "Armenia")
    assert tgt(ev) is None
