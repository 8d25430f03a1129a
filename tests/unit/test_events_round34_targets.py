"""Targets: a together-act whose parties the parser split ("La Bolivie et l’Argentine ont échangé …"); an act told
inside an if-clause is put to the party whose answer the main clause tells ("Kenya would
cut fuel imports if Uganda refused the tariff": Uganda's refusal targets Kenya); a complaint filed if another party
acts targets that party. Sentences are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run


def _target(ev: dict[str, Any]) -> str | None:
    return (ev["actors"]["target"] or {}).get("normalized")


def test_if_clause_refusal_targets_answering_party_en(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "en", "Kenya would cut fuel imports if Uganda refused the new tariff."), "REJECT")
    assert evs and _target(evs[0]) == "Kenya"


def test_if_clause_refusal_targets_answering_party_fr(nlps: dict[str, Any]) -> None:
    body = "Le Chili pourrait rappeler son ambassadeur si la Bolivie refusait le dialogue."
    evs = of_type(run(nlps, "fr", body), "REJECT")
    assert evs and _target(evs[0]) == "Chile"


def test_if_clause_attack_keeps_no_answering_party_en(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "en", "If Serbia attacks, Hungary could close its border."), "ASSAULT")
    assert all(_target(e) != "Hungary" for e in evs)


def test_split_subject_partner_conjunct_fr(nlps: dict[str, Any]) -> None:
    # the model hangs the verb on "Lettonie" as a conjunct, "l'Estonie" its only subject
    body = "La Lettonie et l’Estonie ont échangé des informations sur les vols suspects."
    evs = of_type(run(nlps, "fr", body), "COOPERATE")
    assert evs and {evs[0]["actors"]["source"]["normalized"], _target(evs[0])} == {"Latvia", "Estonia"}


def test_split_subject_partner_two_subjects_fr(nlps: dict[str, Any]) -> None:
    # the model makes both parties subjects of the verb, the "et" hung on the verb
    body = "La Bolivie et l’Argentine ont échangé des informations sur les trafics de cocaïne."
    evs = of_type(run(nlps, "fr", body), "COOPERATE")
    assert evs and {evs[0]["actors"]["source"]["normalized"], _target(evs[0])} == {"Bolivia", "Argentina"}


def test_conditional_complaint_targets_if_clause_party_fr(nlps: dict[str, Any]) -> None:
    body = ("Si le Honduras ne retirait pas ses soldats, le Salvador porterait plainte devant la Cour "
            "internationale de justice.")
    evs = of_type(run(nlps, "fr", body), "ACCUSE")
    assert evs and _target(evs[0]) == "Honduras"
