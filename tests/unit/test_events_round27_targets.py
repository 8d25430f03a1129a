"""Round 27 (targets): a crowd marching "against the arrests" / "in protest at the deployment" protests to the author
of that act of force told before; an attack "killing 15 soldiers" hits their state; a state's armed force (role
military, e.g. the Revolutionary Guards) stands for its state as the author of an act answered later; dictionary
entries for the European Investment Bank, the West Papua National Liberation Army (no "the West" inside its name),
the Estado Mayor Central and the Islamic Revolutionary Guard Corps. Sentences are written for the tests (not taken
from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run, src, tgt


def test_protest_against_arrests_targets_arresting_state_en(nlps: dict[str, Any]) -> None:
    body = ("Kenyan police arrested 30 opposition activists in Kisumu on Saturday. "
            "Thousands of students marched in Nairobi on Sunday against the arrests.")
    evs = of_type(run(nlps, "en", body), "PROTEST")
    assert evs and tgt(evs[0]) == "Kenya"


def test_protest_at_deployment_targets_deploying_state_en(nlps: dict[str, Any]) -> None:
    body = ("Chile deployed 800 soldiers to the border with Bolivia on Monday. "
            "Bolivian farmers blocked the highway for five hours on Tuesday in protest at the deployment.")
    evs = of_type(run(nlps, "en", body), "PROTEST")
    assert evs and tgt(evs[0]) == "Chile"


def test_protest_against_duties_has_no_target_en(nlps: dict[str, Any]) -> None:
    """A measure or an agreement protested against is no act of force: no target is read from it."""
    body = ("Argentina imposed new duties on Brazilian steel on Monday. "
            "Hundreds of workers marched in Buenos Aires on Tuesday against the duties.")
    evs = of_type(run(nlps, "en", body), "PROTEST")
    assert evs and evs[0]["actors"]["target"] is None


def test_military_author_answered_as_state_en(nlps: dict[str, Any]) -> None:
    body = ("Iran's Revolutionary Guards seized two Qatari cargo ships in the Gulf on Friday. "
            "Qatar demanded the immediate release of the crews.")
    evs = of_type(run(nlps, "en", body), "REQUEST")
    assert evs and tgt(evs[0]) == "Iran"


def test_european_investment_bank_fr(nlps: dict[str, Any]) -> None:
    body = "La Banque européenne d'investissement a accordé à la Moldavie un prêt de 40 millions d'euros."
    evs = of_type(run(nlps, "fr", body), "AID")
    assert evs and src(evs[0]) == "European Investment Bank"


def test_west_papua_army_is_not_the_west_en(nlps: dict[str, Any]) -> None:
    body = "Fighters of the West Papua National Liberation Army attacked a police post in Puncak on Sunday."
    evs = of_type(run(nlps, "en", body), "ASSAULT")
    assert evs and src(evs[0]) == "West Papua National Liberation Army"


def test_estado_mayor_central_fr(nlps: dict[str, Any]) -> None:
    body = "Le gouvernement colombien a accusé l'EMC d'avoir attaqué une caserne dans le Cauca."
    evs = of_type(run(nlps, "fr", body), "ACCUSE")
    assert evs and tgt(evs[0]) == "Estado Mayor Central"


def test_attack_killing_soldiers_targets_their_state_fr(nlps: dict[str, Any]) -> None:
    body = "Au Niger, des hommes armés ont attaqué jeudi le village de Banibangou, tuant 12 soldats."
    evs = of_type(run(nlps, "fr", body), "ASSAULT")
    assert evs and tgt(evs[0]) == "Niger"
