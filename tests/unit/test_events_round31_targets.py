"""Round 31, targets: a rejected protest or a charge named again ("ces accusations") answers its author, told
further up or naming somebody else than the one who answers. Sentences are written for the tests (not taken from
eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run


def _targets(ev: dict[str, Any]) -> set[str]:
    tgt = ev["actors"]["target"] or {}
    return {n for n in (tgt.get("normalized"), tgt.get("text")) if n}


def test_rejected_protest_answers_summoning_en(nlps: dict[str, Any]) -> None:
    body = ("Chile summoned Peru's ambassador on Monday, accusing Lima of violating its waters.\n"
            "Peru rejected the protest on Tuesday.")
    evs = of_type(run(nlps, "en", body), "REJECT")
    assert evs and any("Chile" in _targets(ev) for ev in evs)


def test_rejected_protest_answers_demand_en(nlps: dict[str, Any]) -> None:
    body = ("Ghana's navy said Togolese sailors had boarded two trawlers off Keta.\n"
            "Ghana demanded the immediate release of the crews.\n"
            "Togo rejected the protest, saying the trawlers were fishing illegally.")
    evs = of_type(run(nlps, "en", body), "REJECT")
    assert evs and any("Ghana" in _targets(ev) for ev in evs)


def test_charge_named_again_paragraphs_later_fr(nlps: dict[str, Any]) -> None:
    body = ("Le Sénégal a convoqué mardi l'ambassadeur de Gambie. Dakar accuse Banjul d'avoir abrité des rebelles.\n"
            "Selon l'armée, les combats ont fait trois morts près de Bignona. Deux villages ont été évacués. "
            "Les écoles sont fermées depuis lundi. Le marché hebdomadaire a été annulé.\n"
            "Le gouvernement gambien a rejeté ces accusations mercredi.")
    evs = of_type(run(nlps, "fr", body), "REJECT")
    assert evs and any("Senegal" in _targets(ev) for ev in evs)


def test_charge_named_again_against_leader_fr(nlps: dict[str, Any]) -> None:
    body = ("Le Sénégal a fermé sa frontière avec la Gambie.\n"
            "L'opposant gambien Ousainou Darboe a accusé le président Adama Barrow de vouloir affamer le pays.\n"
            "Le gouvernement gambien a rejeté ces accusations.")
    evs = of_type(run(nlps, "fr", body), "REJECT")
    assert evs and any("Ousainou Darboe" in _targets(ev) for ev in evs)


def test_decision_denounced_answers_measure_fr(nlps: dict[str, Any]) -> None:
    body = ("La Lituanie a expulsé lundi l'ambassadeur du Bélarus.\n"
            "Minsk a dénoncé une décision « inamicale ».")
    evs = of_type(run(nlps, "fr", body), "ACCUSE")
    assert evs and any("Lithuania" in _targets(ev) for ev in evs)
