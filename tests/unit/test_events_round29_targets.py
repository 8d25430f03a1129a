"""Targets: an attack on a place named with its owner state ("struck camps in Iraq's Sidakan district")
hits that state even when the attacker's own name stands in the clause; a denial with no charge named answers the
state hit by the act of force the denier was just reported to have done (not a conditional one); "…, a charge X
rejected" misparsed with the charge noun as a compound of the subject is still a rejection of that charge; aid "to
strengthen Kenya's coast guard" goes to the state owning what it builds up. Sentences
are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run, tgt


def test_strike_on_place_owned_by_state_en(nlps: dict[str, Any]) -> None:
    body = "On Monday, Iran shelled camps in Iraq's Sidakan district, local officials said."
    evs = of_type(run(nlps, "en", body), "ASSAULT")
    assert evs and tgt(evs[0]) == "Iraq"


def test_denial_answers_state_hit_by_denier_en(nlps: dict[str, Any]) -> None:
    body = ("Ethiopian soldiers shot dead three Sudanese farmers near the border on Monday, Sudanese officials said.\n"
            "Addis Ababa denied that its troops had opened fire.")
    evs = of_type(run(nlps, "en", body), "REJECT")
    assert evs and tgt(evs[0]) == "Sudan"


def test_denial_after_conditional_attack_has_no_target_en(nlps: dict[str, Any]) -> None:
    """An attack only threatened ("if Ethiopia attacked Sudan") is no act the denial answers."""
    body = ("Egypt warned that it would respond if Ethiopia attacked Sudan.\n"
            "Ethiopia denied it was preparing an offensive.")
    evs = of_type(run(nlps, "en", body), "REJECT")
    assert evs and evs[0]["actors"]["target"] is None


def test_charge_rejected_in_relative_with_compound_parse_en(nlps: dict[str, Any]) -> None:
    body = "Thailand accused Cambodian troops of planting fresh mines, a charge Phnom Penh rejected."
    evs = of_type(run(nlps, "en", body), "REJECT")
    assert evs and tgt(evs[0]) == "Thailand"


def test_aid_to_strengthen_state_owned_service_en(nlps: dict[str, Any]) -> None:
    body = "Japan said it would provide $20 million to strengthen Kenya's coast guard."
    evs = of_type(run(nlps, "en", body), "AID")
    assert evs and tgt(evs[0]) == "Kenya"
