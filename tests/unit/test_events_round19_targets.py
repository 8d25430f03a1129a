"""Round 19: targets that the annotators since heldout20 resolve from the discourse: a warning whose content is a
hostile act by the warner itself targets that act's target; "both sides", "les deux camps" acted on or mediated between
are the two parties of the latest two-party event told before; "d'autres diplomates", "another patrol": the party the
author's earlier act hit; an unowned election or ruling judged: the article's state; small states' demonyms. Sentences
are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import by, of_type, run, tgt

# --- a warning announcing the warner's own hostile act: that act's target ----------------------------------------


def test_warning_of_own_sanction_targets_its_target_en(nlps: dict[str, Any]) -> None:
    body = "Denmark warned that Copenhagen could close its ports to Swedish ships if the dispute went on."
    (ev,) = by(run(nlps, "en", body), "THREATEN", "Denmark")
    assert tgt(ev) == "Sweden"


def test_warning_of_another_partys_act_keeps_no_target_en(nlps: dict[str, Any]) -> None:
    body = "The United States warned that Russia would invade Ukraine within weeks."
    (ev,) = by(run(nlps, "en", body), "THREATEN", "United States")
    assert tgt(ev) is None


def test_warning_of_own_sanction_targets_its_target_fr(nlps: dict[str, Any]) -> None:
    body = "Le Danemark a averti qu'il imposerait des sanctions à la Suède."
    (ev,) = by(run(nlps, "fr", body), "THREATEN", "Denmark")
    assert tgt(ev) == "Sweden"


def test_warning_of_another_partys_act_keeps_no_target_fr(nlps: dict[str, Any]) -> None:
    body = "La France a averti que la Russie imposerait des sanctions à la Moldavie."
    (ev,) = by(run(nlps, "fr", body), "THREATEN", "France")
    assert tgt(ev) is None


# --- "both sides", "les deux camps": the parties of the dispute told before -----------------------------------------

_DISPUTE_EN = "Sweden accused Finland of violating its border on Monday. "
_DISPUTE_FR = "La Suède a accusé la Finlande d'avoir violé sa frontière. "


def test_sanctions_on_both_camps_fr(nlps: dict[str, Any]) -> None:
    body = _DISPUTE_FR + "L'Union européenne imposerait des sanctions aux deux camps, a prévenu un diplomate."
    (ev,) = by(run(nlps, "fr", body), "SANCTION", "European Union")
    assert tgt(ev) in ("Sweden", "Finland")


def test_sanctions_on_two_companies_are_no_sides_fr(nlps: dict[str, Any]) -> None:
    body = _DISPUTE_FR + "L'Union européenne imposerait des sanctions aux deux entreprises."
    for ev in by(run(nlps, "fr", body), "SANCTION", "European Union"):
        assert tgt(ev) is None


def test_threat_against_both_sides_en(nlps: dict[str, Any]) -> None:
    body = _DISPUTE_EN + "The European Union threatened sanctions against both sides."
    (ev,) = by(run(nlps, "en", body), "THREATEN", "European Union")
    assert tgt(ev) in ("Sweden", "Finland")


def test_mediation_between_the_two_sides_en(nlps: dict[str, Any]) -> None:
    body = _DISPUTE_EN + "Norway has mediated between the two sides for years."
    (ev,) = by(run(nlps, "en", body), "CONSULT", "Norway")
    assert tgt(ev) in ("Sweden", "Finland")


def test_sanctions_on_both_companies_are_no_sides_en(nlps: dict[str, Any]) -> None:
    body = _DISPUTE_EN + "The European Union imposed sanctions on both companies."
    for ev in by(run(nlps, "en", body), "SANCTION", "European Union"):
        assert tgt(ev) is None


def test_urging_both_sides_names_the_pair_en(nlps: dict[str, Any]) -> None:
    # session-8 convention: "urged both sides to show restraint" targets the two parties (either is accepted)
    body = _DISPUTE_EN + "The European Union urged both sides to show restraint."
    (ev,) = by(run(nlps, "en", body), "REQUEST", "European Union")
    assert tgt(ev) in ("Sweden", "Finland")


def test_urging_all_sides_names_nobody_en(nlps: dict[str, Any]) -> None:
    body = _DISPUTE_EN + "The European Union urged all sides to show restraint."
    (ev,) = by(run(nlps, "en", body), "REQUEST", "European Union")
    assert tgt(ev) is None


# --- "d'autres diplomates", "more diplomats": the party the author's earlier act of that kind hit --------------------


def test_expelling_other_diplomats_again_fr(nlps: dict[str, Any]) -> None:
    body = ("La Russie a expulsé trois diplomates tchèques. "
            "Si Moscou expulsait d'autres diplomates, Prague pourrait fermer l'ambassade russe.")
    evs = [e for e in by(run(nlps, "fr", body), "SANCTION", "Russia") if e["mode"] == "conditional"]
    (ev,) = evs
    assert tgt(ev) == "Czechia"


def test_other_diplomats_expelled_by_another_author_fr(nlps: dict[str, Any]) -> None:
    body = "La Russie a expulsé trois diplomates tchèques. La Pologne a expulsé d'autres diplomates."
    (ev,) = by(run(nlps, "fr", body), "SANCTION", "Poland")
    assert tgt(ev) is None


def test_expelling_more_diplomats_again_en(nlps: dict[str, Any]) -> None:
    body = ("Russia expelled three Czech diplomats on Monday. "
            "If Moscow expels more diplomats, Prague could close the Russian embassy.")
    evs = [e for e in by(run(nlps, "en", body), "SANCTION", "Russia") if e["mode"] == "conditional"]
    (ev,) = evs
    assert tgt(ev) == "Czechia"


def test_other_diplomats_expelled_by_another_author_en(nlps: dict[str, Any]) -> None:
    body = "Russia expelled three Czech diplomats on Monday. Poland expelled other diplomats."
    (ev,) = by(run(nlps, "en", body), "SANCTION", "Poland")
    assert tgt(ev) is None


# --- an unowned election or court ruling praised, denounced or rejected: the article's state ------------------------

_VOTE_FR = "Le Gabon a voté dimanche pour élire son président. "
_VOTE_EN = "Gabon voted on Sunday to elect a new president. "


def test_election_praised_by_a_foreign_party_fr(nlps: dict[str, Any]) -> None:
    body = _VOTE_FR + "L'Union africaine a salué un scrutin apaisé."
    (ev,) = by(run(nlps, "fr", body), "SUPPORT", "African Union")
    assert tgt(ev) == "Gabon"


def test_election_praised_by_the_state_itself_fr(nlps: dict[str, Any]) -> None:
    body = _VOTE_FR + "Le gouvernement gabonais a salué un scrutin apaisé."
    for ev in of_type(run(nlps, "fr", body), "SUPPORT"):
        assert tgt(ev) is None


def test_verdict_denounced_fr(nlps: dict[str, Any]) -> None:
    body = ("La Cour suprême du Gabon a condamné l'ancien ministre à dix ans de prison. "
            "La France a dénoncé un verdict injuste.")
    (ev,) = by(run(nlps, "fr", body), "ACCUSE", "France")
    assert tgt(ev) == "Gabon"


def test_election_welcomed_by_a_foreign_party_en(nlps: dict[str, Any]) -> None:
    body = _VOTE_EN + "The African Union welcomed the vote."
    (ev,) = by(run(nlps, "en", body), "SUPPORT", "African Union")
    assert tgt(ev) == "Gabon"


def test_verdict_condemned_en(nlps: dict[str, Any]) -> None:
    body = ("A Gabonese court sentenced the former minister to ten years in prison on Monday. "
            "France condemned the verdict.")
    (ev,) = by(run(nlps, "en", body), "ACCUSE", "France")
    assert tgt(ev) == "Gabon"


def test_another_countrys_vote_welcomed_en(nlps: dict[str, Any]) -> None:
    body = _VOTE_EN + "The African Union welcomed Mali's vote."
    for ev in by(run(nlps, "en", body), "SUPPORT", "African Union"):
        assert tgt(ev) != "Gabon"


# --- nationality adjectives of small states (demonyms.tsv) ---------------------------------------------------------


def test_belizean_patrol_blocked_en(nlps: dict[str, Any]) -> None:
    body = "Belize said on Monday that Guatemalan soldiers had blocked a Belizean coast guard patrol on the river."
    (ev,) = of_type(run(nlps, "en", body), "COERCE")
    assert tgt(ev) == "Belize"


def test_patrouille_bélizienne_fr(nlps: dict[str, Any]) -> None:
    body = "Le Guatemala a affirmé lundi que ses soldats avaient arrêté une patrouille bélizienne sur le fleuve."
    (ev,) = of_type(run(nlps, "fr", body), "COERCE")
    assert tgt(ev) == "Belize"


def test_garde_côtes_bahaméens_fr(nlps: dict[str, Any]) -> None:
    body = "Des soldats guatémaltèques ont arrêté une patrouille de garde-côtes bahaméens."
    (ev,) = of_type(run(nlps, "fr", body), "COERCE")
    assert tgt(ev) == "Bahamas"


# --- "another patrol": the same act again by the same author -------------------------------------------------------


def test_stopping_another_patrol_en(nlps: dict[str, Any]) -> None:
    body = ("Guatemalan soldiers blocked a Belizean patrol on Monday. "
            "If Guatemalan soldiers stop another patrol, Belize will go to court.")
    evs = [e for e in by(run(nlps, "en", body), "COERCE", "Guatemala") if e["mode"] == "conditional"]
    (ev,) = evs
    assert tgt(ev) == "Belize"


def test_another_patrol_stopped_by_another_author_en(nlps: dict[str, Any]) -> None:
    body = ("Guatemalan soldiers blocked a Belizean patrol on Monday. "
            "Honduran soldiers stopped another patrol on Tuesday.")
    (ev,) = by(run(nlps, "en", body), "COERCE", "Honduras")
    assert tgt(ev) is None


# --- "un accord négocié par X", "a deal brokered by X": the mediator is no party to the agreement -------------------


def test_deal_negotiated_by_a_mediator_fr(nlps: dict[str, Any]) -> None:
    (ev,) = by(run(nlps, "fr", "Le Soudan a signé mardi un accord négocié par le Qatar."), "AGREE", "Sudan")
    assert tgt(ev) is None


def test_deal_presented_by_its_author_fr(nlps: dict[str, Any]) -> None:
    (ev,) = by(run(nlps, "fr", "Le Soudan a accepté mardi un accord présenté par le Qatar."), "AGREE", "Sudan")
    assert tgt(ev) == "Qatar"


def test_deal_brokered_by_a_mediator_en(nlps: dict[str, Any]) -> None:
    (ev,) = by(run(nlps, "en", "Sudan signed a deal brokered by Qatar on Tuesday."), "AGREE", "Sudan")
    assert tgt(ev) is None


def test_deal_drafted_by_its_author_en(nlps: dict[str, Any]) -> None:
    (ev,) = by(run(nlps, "en", "Sudan accepted a deal drafted by Qatar on Tuesday."), "AGREE", "Sudan")
    assert tgt(ev) == "Qatar"
