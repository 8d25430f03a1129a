"""Detection and type: phone calls to a leader, date phrases that are no particle ("on Monday" is no "call on"),
hyphenated compounds split by the tokenizer, objects hung on a weekday, planned meetings ("se retrouver"),
forces abandoning positions, naval drills parsed as a verb, joint inquiries and agreeing to resign. Sentences
are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run


def test_call_a_leader_is_consult_en(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "en", "The French president will call his Italian counterpart on Monday."), "CONSULT")
    assert evs and evs[0]["mode"] == "planned"


def test_call_a_person_a_label_is_no_consult_en(nlps: dict[str, Any]) -> None:
    assert not of_type(run(nlps, "en", "The senator called the governor a liar."), "CONSULT")


def test_date_is_no_call_on_en(nlps: dict[str, Any]) -> None:
    evs = run(nlps, "en", "Dock workers called a nationwide strike on Friday.")
    assert of_type(evs, "PROTEST") and not of_type(evs, "REQUEST")


def test_call_for_strike_stays_request_en(nlps: dict[str, Any]) -> None:
    evs = run(nlps, "en", "The union leader called for a general strike on Wednesday.")
    assert of_type(evs, "REQUEST") and not of_type(evs, "PROTEST")


def test_hyphenated_object_fr(nlps: dict[str, Any]) -> None:
    assert of_type(run(nlps, "fr", "Le Pakistan a fermé ses postes-frontières avec l'Afghanistan."), "SANCTION")


def test_object_hung_on_weekday_fr(nlps: dict[str, Any]) -> None:
    body = "La Corée du Nord a lancé lundi des exercices impliquant ses unités d'artillerie."
    assert of_type(run(nlps, "fr", body), "MOBILIZE")


def test_se_retrouver_is_meeting_fr(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "fr", "Les deux chefs de la diplomatie doivent se retrouver en mai à Genève."), "CONSULT")
    assert evs and evs[0]["mode"] == "planned"


def test_se_retrouver_sans_abri_is_no_meeting_fr(nlps: dict[str, Any]) -> None:
    body = "Des centaines de familles se sont retrouvées sans abri après les inondations."
    assert not of_type(run(nlps, "fr", body), "CONSULT")


def test_abandoned_positions_is_retreat_en(nlps: dict[str, Any]) -> None:
    body = "Government soldiers abandoned their posts along the river on Tuesday."
    assert of_type(run(nlps, "en", body), "RETREAT")


def test_abandoned_plan_is_no_retreat_en(nlps: dict[str, Any]) -> None:
    assert not of_type(run(nlps, "en", "The mining company abandoned its plan for a new smelter."), "RETREAT")


def test_warships_drilled_is_mobilize_en(nlps: dict[str, Any]) -> None:
    body = "Indian and French warships drilled off Goa on Thursday."
    assert of_type(run(nlps, "en", body), "MOBILIZE")


def test_drill_for_oil_is_no_mobilize_en(nlps: dict[str, Any]) -> None:
    assert not of_type(run(nlps, "en", "The consortium will drill for gas off the coast next year."), "MOBILIZE")


def test_joint_inquiry_is_cooperate_fr(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "fr", "Le Ghana a proposé une enquête conjointe sur l'incident frontalier."), "COOPERATE")
    assert evs and evs[0]["mode"] == "possible"


def test_police_inquiry_is_no_cooperate_fr(nlps: dict[str, Any]) -> None:
    assert not of_type(run(nlps, "fr", "La police a ouvert une enquête sur l'incendie du marché."), "COOPERATE")


def test_agreed_to_resign_is_concede_fr(nlps: dict[str, Any]) -> None:
    body = "Le gouverneur a accepté de démissionner après un mois de grèves."
    evs = run(nlps, "fr", body)
    assert of_type(evs, "CONCEDE") and not of_type(evs, "AGREE")


def test_agreed_to_step_down_is_concede_en(nlps: dict[str, Any]) -> None:
    assert of_type(run(nlps, "en", "The prime minister agreed to step down after the vote."), "CONCEDE")


def test_agreed_to_hold_talks_stays_agree_en(nlps: dict[str, Any]) -> None:
    evs = run(nlps, "en", "Both governments agreed to hold talks in Geneva.")
    assert of_type(evs, "AGREE") and not of_type(evs, "CONCEDE")
