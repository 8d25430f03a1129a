"""Targets: criticisms rejected ("a rejeté ces critiques") answer a charge against nobody told a sentence or two up;
an attack told in an if-clause whose main clause is a retaliation hits the one who would strike back (also when the
French parser makes the if-clause the root); a meeting offered to be convened or organised by a third party goes to
the article's two main countries; nationality adjectives of the Pacific and Caribbean states; people held before and
now released belong to the party the arrest hit; officers wounded (passive) are the article's state's; an act named
by its judgement ("une provocation") is the latest act of force of another party; a promise to let foreign nationals
act goes to their state; readiness to host or facilitate talks is an offered mediation; a mediation rejected targets
the mediator who offered it; guarantees demanded that X act name X as the one asked; a bare refusal answers the demand
made of the refuser just before; a crowd demanding the halt of a foreign project protests to that state; talks that
are part of a round ("une série de pourparlers") keep the subject's other conjunct as partner; a second condemnation by
the same state naming nobody keeps the first one's target. Sentences are written for the tests (not taken from
eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run, tgt


def test_criticisms_rejected_answer_unaddressed_charge_fr(nlps: dict[str, Any]) -> None:
    body = ("Le Chili a dénoncé lundi une « violation flagrante » du traité frontalier. "
            "Selon Santiago, des engins péruviens opèrent depuis une semaine près de la côte. "
            "Lima a rejeté ces critiques mardi.")
    evs = of_type(run(nlps, "fr", body), "REJECT")
    assert evs and tgt(evs[0]) == "Chile"


def test_if_attack_answered_by_retaliation_en(nlps: dict[str, Any]) -> None:
    body = "Kenya warned that it would strike back if Somalia targeted its border posts again."
    evs = [e for e in of_type(run(nlps, "en", body), "ASSAULT") if e["trigger"]["text"] == "targeted"]
    assert evs and tgt(evs[0]) == "Kenya"


def test_if_attack_answered_by_retaliation_misparsed_fr(nlps: dict[str, Any]) -> None:
    body = "Si le Tchad attaquait de nouveau, le Niger riposterait, a averti mardi le ministre nigérien de la Défense."
    evs = [e for e in of_type(run(nlps, "fr", body), "ASSAULT") if e["trigger"]["text"] == "attaquait"]
    assert evs and tgt(evs[0]) == "Niger"


def test_offer_to_convene_commission_goes_to_pair_en(nlps: dict[str, Any]) -> None:
    body = ("Zambian soldiers seized three Malawian fishing boats on Lake Malawi on Monday. "
            "Malawi accused Zambia of piracy and summoned its envoy. "
            "Zambia rejected the accusation. "
            "The African Union offered to convene a joint border commission.")
    evs = of_type(run(nlps, "en", body), "CONSULT")
    assert evs and tgt(evs[-1]) in ("Zambia", "Malawi")


def test_offer_to_organise_meeting_goes_to_pair_fr(nlps: dict[str, Any]) -> None:
    body = ("Des soldats zambiens ont saisi lundi trois bateaux de pêche malawites sur le lac Malawi. "
            "Le Malawi a accusé la Zambie de piraterie et convoqué son ambassadeur. "
            "La Zambie a rejeté ces accusations. "
            "L'Union africaine a proposé d'organiser une réunion de médiation à Addis-Abeba.")
    evs = of_type(run(nlps, "fr", body), "CONSULT")
    assert evs and tgt(evs[-1]) in ("Zambia", "Malawi")


def test_pacific_demonym_partner_en(nlps: dict[str, Any]) -> None:
    body = "\u201cWe stand with our Tuvaluan friends,\u201d the Australian foreign minister said."
    evs = of_type(run(nlps, "en", body), "SUPPORT")
    assert evs and tgt(evs[0]) == "Tuvalu"


def test_release_of_people_held_before_en(nlps: dict[str, Any]) -> None:
    body = ("Tanzanian police arrested nine Malawian traders near the border on Monday. "
            "Malawi summoned the Tanzanian envoy. "
            "On Friday, Dodoma released the traders.")
    evs = [e for e in run(nlps, "en", body) if e["trigger"]["text"] == "released"]
    assert evs and tgt(evs[0]) == "Malawi"


def test_officers_wounded_passive_are_state_en(nlps: dict[str, Any]) -> None:
    body = ("Honduran police clashed with striking teachers in Tegucigalpa on Monday. "
            "Nine officers were wounded in the clashes.")
    evs = [e for e in run(nlps, "en", body) if e["trigger"]["text"] == "wounded"]
    assert evs and tgt(evs[0]) == "Honduras"


def test_judged_provocation_targets_act_author_fr(nlps: dict[str, Any]) -> None:
    body = ("Le Venezuela a déployé lundi une plateforme de forage dans les eaux disputées. "
            "Le Guyana a dénoncé « une provocation inacceptable ».")
    evs = [e for e in of_type(run(nlps, "fr", body), "ACCUSE") if e["trigger"]["text"] == "dénoncé"]
    assert evs and tgt(evs[0]) == "Venezuela"


def test_retaliation_below_if_clause_targets_attacker_fr(nlps: dict[str, Any]) -> None:
    body = "Si le Tchad attaquait de nouveau, le Niger riposterait, a averti mardi le ministre nigérien de la Défense."
    evs = [e for e in of_type(run(nlps, "fr", body), "ASSAULT") if e["trigger"]["text"] == "riposterait"]
    assert evs and tgt(evs[0]) == "Chad"


def test_promise_to_admit_foreign_inspectors_fr(nlps: dict[str, Any]) -> None:
    body = "Le Paraguay a promis d'autoriser des experts boliviens à inspecter le barrage."
    evs = of_type(run(nlps, "fr", body), "AGREE")
    assert evs and tgt(evs[0]) == "Bolivia"


def test_ready_to_host_meeting_goes_to_pair_en(nlps: dict[str, Any]) -> None:
    body = ("Zambian soldiers seized three Malawian fishing boats on Lake Malawi on Monday. "
            "Malawi accused Zambia of piracy and summoned its envoy. "
            "Zambia rejected the accusation. "
            "Tanzania said it was ready to host a meeting of their foreign ministers.")
    evs = [e for e in of_type(run(nlps, "en", body), "CONSULT") if e["actors"]["source"]
           and e["actors"]["source"]["normalized"] == "Tanzania"]
    assert evs and tgt(evs[0]) in ("Zambia", "Malawi")


def test_rejected_mediation_targets_mediator_en(nlps: dict[str, Any]) -> None:
    body = ("Kenya and Somalia traded accusations over the border raid. "
            "Qatar offered to mediate between the two neighbours. "
            "Kenya rejected any outside mediation.")
    evs = [e for e in of_type(run(nlps, "en", body), "REJECT") if e["trigger"]["text"] == "rejected"]
    assert evs and tgt(evs[0]) == "Qatar"


def test_guarantees_demanded_name_the_one_asked_en(nlps: dict[str, Any]) -> None:
    body = "Venezuela demanded guarantees that Guyana would not grant new oil licences in the disputed region."
    evs = of_type(run(nlps, "en", body), "REQUEST")
    assert evs and tgt(evs[0]) == "Guyana"


def test_bare_refusal_answers_demand_made_before_en(nlps: dict[str, Any]) -> None:
    body = ("Chile called on Peru to withdraw its patrol boats from the disputed waters. "
            "Peru refused.")
    evs = [e for e in of_type(run(nlps, "en", body), "REJECT") if e["trigger"]["text"] == "refused"]
    assert evs and tgt(evs[0]) == "Chile"


def test_crowd_demanding_halt_of_foreign_works_fr(nlps: dict[str, Any]) -> None:
    body = ("Des centaines de pêcheurs de Salto ont manifesté lundi sur le pont international "
            "pour exiger l'arrêt immédiat du barrage brésilien.")
    evs = of_type(run(nlps, "fr", body), "PROTEST")
    assert evs and tgt(evs[0]) == "Brazil"


def test_round_of_talks_partner_fr(nlps: dict[str, Any]) -> None:
    body = "Le Pérou et la Bolivie ont entamé lundi une nouvelle série de pourparlers sur leur frontière."
    evs = of_type(run(nlps, "fr", body), "CONSULT")
    assert evs and tgt(evs[0]) == "Bolivia"


def test_second_condemnation_keeps_first_target_fr(nlps: dict[str, Any]) -> None:
    body = ("Le Bénin a accusé mardi le Togo d'avoir violé sa frontière. "
            "Le ministre béninois de la Défense a ensuite condamné une opération « inacceptable ».")
    evs = [e for e in of_type(run(nlps, "fr", body), "ACCUSE") if e["trigger"]["text"] == "condamné"
           or any(p["paragraph"] == 0 and p["sentence"] == 1 for p in e["mentions"]["places"])]
    assert evs and tgt(evs[0]) == "Togo"
