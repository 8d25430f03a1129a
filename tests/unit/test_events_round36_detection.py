"""Detection: a clause with its own subject hung on a noun ("said in a statement that X would not send troops"), a
reaction on a noun restating the clause before it ("…, a gesture welcomed by X", "…, une demande que X a rejetée"),
a stance in a relative clause on the party that then acts ("X, qui dénonce …, a rejeté …"), help offered to a
party, telling a party to act, troops landed, and drones that "visent" a target. Sentences are written for the
tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run, src, tgt


def test_clause_with_subject_under_noun_en(nlps: dict[str, Any]) -> None:
    body = "The ministry said in a statement that Chad would deploy troops to the border."
    evs = of_type(run(nlps, "en", body), "MOBILIZE")
    assert evs and src(evs[0]) == "Chad" and evs[0]["mode"] == "planned"


def test_gesture_welcomed_by_answers_the_act_en(nlps: dict[str, Any]) -> None:
    body = "Ghana released five Togolese fishermen on Monday, a gesture welcomed by Lomé."
    evs = of_type(run(nlps, "en", body), "SUPPORT")
    assert evs and src(evs[0]) == "Togo" and tgt(evs[0]) == "Ghana"


def test_demand_rejected_in_apposition_fr(nlps: dict[str, Any]) -> None:
    body = "Le Tchad a exigé le départ des soldats français, une demande que la France a rejetée."
    evs = of_type(run(nlps, "fr", body), "REJECT")
    assert evs and src(evs[0]) == "France" and tgt(evs[0]) == "Chad"


def test_stance_in_relative_on_subject_fr(nlps: dict[str, Any]) -> None:
    body = "Le Premier ministre malien, qui dénonce une ingérence étrangère, a rejeté le rapport de l'ONU."
    evs = run(nlps, "fr", body)
    assert of_type(evs, "ACCUSE") and of_type(evs, "REJECT")


def test_offered_to_help_a_party_is_aid_en(nlps: dict[str, Any]) -> None:
    evs = run(nlps, "en", "Japan offered to help Fiji rebuild its main port.")
    aid = of_type(evs, "AID")
    assert aid and src(aid[0]) == "Japan" and tgt(aid[0]) == "Fiji" and aid[0]["mode"] == "possible"
    assert not of_type(run(nlps, "en", "The new agreement would help Kenya boost its exports."), "AID")


def test_told_a_party_to_act_is_request_en(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "en", "Beijing told Manila to withdraw its vessels from the shoal."), "REQUEST")
    assert evs and src(evs[0]) == "China" and tgt(evs[0]) == "Philippines"
    body = "The Chilean president told Lula on Friday that Chile would host the summit."
    assert not of_type(run(nlps, "en", body), "REQUEST")


def test_troops_landed_en(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "en", "Turkey landed 200 troops on the island on Sunday."), "MOBILIZE")
    assert evs and src(evs[0]) == "Turkey"


def test_soldiers_landed_fr(nlps: dict[str, Any]) -> None:
    body = "Le Maroc a débarqué jeudi une centaine de soldats sur l'îlot."
    evs = of_type(run(nlps, "fr", body), "MOBILIZE")
    assert evs and src(evs[0]) == "Morocco"


def test_drones_targeted_fr(nlps: dict[str, Any]) -> None:
    assert of_type(run(nlps, "fr", "Des drones russes ont visé mardi un dépôt de carburant près d'Odessa."), "ASSAULT")
    assert not of_type(run(nlps, "fr", "Les frappes visaient à affaiblir les rebelles, selon l'armée."), "ASSAULT")


def test_crowd_dispersing_itself_is_no_coercion_en(nlps: dict[str, Any]) -> None:
    assert not of_type(run(nlps, "en", "The march dispersed calmly at dusk, organisers said."), "COERCE")
    assert of_type(run(nlps, "en", "Riot police dispersed the march with water cannon."), "COERCE")


def test_crowd_dispersing_itself_is_no_coercion_fr(nlps: dict[str, Any]) -> None:
    assert not of_type(run(nlps, "fr", "Le cortège s'est dispersé dans le calme vers 20 heures."), "COERCE")


def test_share_of_a_market_supplied_is_trade_en(nlps: dict[str, Any]) -> None:
    body = "Norway supplies about a third of the gas burned in German power plants."
    assert not of_type(run(nlps, "en", body), "AID")


def test_share_of_a_market_supplied_is_trade_fr(nlps: dict[str, Any]) -> None:
    body = "Le Qatar fournit le tiers du gaz naturel importé par l'Italie."
    assert not of_type(run(nlps, "fr", body), "AID")


def test_offer_parsed_as_participle_on_the_name_en(nlps: dict[str, Any]) -> None:
    body = "Qatar, which borders the Gulf with both states, offered to host direct talks in Doha, its ministry said."
    evs = of_type(run(nlps, "en", body), "CONSULT")
    assert evs and src(evs[0]) == "Qatar" and evs[0]["mode"] == "possible"


def test_invitation_to_talks_is_possible_fr(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "fr", "Le Premier ministre a invité mardi les syndicats au dialogue."), "CONSULT")
    assert evs and evs[0]["mode"] == "possible"


def test_finite_conjunct_is_out_of_negation_en(nlps: dict[str, Any]) -> None:
    body = "The Sudanese army said it had not shelled the village and dismissed reports of civilian deaths."
    evs = of_type(run(nlps, "en", body), "REJECT")
    assert evs and evs[0]["mode"] == "asserted"


def test_outbreak_striking_is_no_attack_fr(nlps: dict[str, Any]) -> None:
    body = "En 2019, l’épidémie d’Ebola avait frappé la province, faisant plus de 2 000 morts."
    assert not of_type(run(nlps, "fr", body), "ASSAULT")


def test_oblique_relative_of_another_party_fr(nlps: dict[str, Any]) -> None:
    body = ("Moscou reproche à Berlin son soutien militaire à la Moldavie, à laquelle l'Allemagne a livré l'an dernier "
            "30 blindés.")
    evs = of_type(run(nlps, "fr", body), "AID")
    assert evs and src(evs[0]) == "Germany"


def test_comma_clause_after_a_call_is_its_own_fr(nlps: dict[str, Any]) -> None:
    body = ("L'Union africaine a exhorté les deux camps à la retenue, et le Kenya, qui partage une longue frontière "
            "avec la Somalie, a fermé deux postes-frontières.")
    evs = of_type(run(nlps, "fr", body), "SANCTION")
    assert evs and src(evs[0]) == "Kenya"
