"""Quantities: a wound count on a verb coordinated with the attack's toll verb, a later toll of the same attacker
merged into its attack, arrests counted in the reporter's clause, the forces that reinforce (not the force they
reinforce), helicopters delivered. Sentences are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run, tgt


def _counts(ev: dict[str, Any]) -> list[tuple[float, str]]:
    return [(q["value"], q["unit"]) for q in ev["quantities"]]


def test_wounded_of_a_coordinated_harm_verb_count_for_the_attack(nlps: dict[str, Any]) -> None:
    text = "Des militaires ont ouvert le feu sur la foule à Kindia, tuant quatre personnes et en blessant 19, " \
           "selon un médecin."
    evs = of_type(run(nlps, "fr", text), "ASSAULT")
    assert any({(4, "people"), (19, "people")} <= set(_counts(ev)) for ev in evs)


def test_later_toll_of_the_attacker_joins_its_attack(nlps: dict[str, Any]) -> None:
    text = "Ethiopia launched air strikes on Eritrea on Monday.\nEthiopian jets killed 17 civilians in the raids, " \
           "hospital staff said."
    evs = of_type(run(nlps, "en", text), "ASSAULT")
    assert len(evs) == 1 and tgt(evs[0]) == "Eritrea" and (17, "people") in _counts(evs[0])


def test_arrests_counted_in_the_reporters_clause(nlps: dict[str, Any]) -> None:
    text = "Les gendarmes ont dispersé le rassemblement devant la mairie, a indiqué la préfecture, qui fait état " \
           "de 12 interpellations."
    evs = of_type(run(nlps, "fr", text), "COERCE")
    assert any((12, "people") in _counts(ev) for ev in evs)


def test_reinforcing_forces_not_the_force_reinforced(nlps: dict[str, Any]) -> None:
    text = "L'ONU a annoncé l'envoi de 300 soldats, qui viendront renforcer son contingent de 2 000 hommes au Liban."
    counts = [c for ev in of_type(run(nlps, "fr", text), "MOBILIZE") for c in _counts(ev)]
    assert (300, "troops") in counts and (2000, "troops") not in counts


def test_helicopters_delivered_are_counted(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "fr", "Berlin va livrer trois hélicoptères de transport à la Pologne en mai."), "AID")
    assert any((3, "helicopters") in _counts(ev) for ev in evs)
