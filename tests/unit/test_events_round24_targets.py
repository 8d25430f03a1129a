"""Round 24 (targets): a charge laid against a party or a group and denied by it, its leader or its initials targets
the accuser; "called on both neighbours" names the article's pair; a blanket denial of meddling by one of the two
main states targets the other; "use" is no "US". Sentences are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run, src, tgt
from worker.events.actors import demonym_country


def test_party_leader_denying_the_charge_targets_the_accuser_en(nlps: dict[str, Any]) -> None:
    body = ("Thousands of farmers marched in Vilnius on Friday against a new land tax. Prime Minister Gintautas "
            "Paluckas accused the opposition Homeland Union of organising the unrest. The party's chairman, Laurynas "
            "Kasčiūnas, denied the charge.")
    evs = of_type(run(nlps, "en", body), "REJECT")
    assert evs and tgt(evs[-1]) == "Gintautas Paluckas"


def test_party_initials_rejecting_the_accusations_target_the_accuser_fr(nlps: dict[str, Any]) -> None:
    body = ("Des milliers d'enseignants ont manifesté lundi à Lomé. Le président Faure Gnassingbé a accusé "
            "l'Alliance nationale pour le changement d'attiser la grève. L'ANC a rejeté ces accusations.")
    evs = of_type(run(nlps, "fr", body), "REJECT")
    assert evs and tgt(evs[-1]) == "Faure Gnassingbé"


def test_state_denying_a_charge_against_a_group_keeps_its_old_target_en(nlps: dict[str, Any]) -> None:
    # the denier is a state: the group rule does not apply (no target invented from a charge against others)
    body = ("Rebels attacked a convoy near Goma on Monday. The army accused the rebel coalition of targeting "
            "civilians. Rwanda denied the charge.")
    for ev in of_type(run(nlps, "en", body), "REJECT"):
        assert tgt(ev) != "Congo"


def test_called_on_both_neighbours_targets_the_pair_en(nlps: dict[str, Any]) -> None:
    body = ("Eritrean troops shelled an Ethiopian border post on Monday. Ethiopia accused Eritrea of aggression. "
            "The African Union called on both neighbours to halt the fighting.")
    evs = [ev for ev in of_type(run(nlps, "en", body), "REQUEST") if src(ev) == "African Union"]
    assert evs and tgt(evs[-1]) in ("Ethiopia", "Eritrea")


def test_urged_the_two_neighbours_targets_the_pair_en(nlps: dict[str, Any]) -> None:
    body = ("Armenian and Azerbaijani troops exchanged fire near the border on Sunday. Azerbaijan accused Armenia "
            "of provocation. The European Union urged the two neighbours to resume talks.")
    evs = [ev for ev in of_type(run(nlps, "en", body), "REQUEST") if src(ev) == "European Union"]
    assert evs and tgt(evs[-1]) in ("Armenia", "Azerbaijan")


def test_blanket_denial_of_incursion_targets_the_other_state_fr(nlps: dict[str, Any]) -> None:
    body = ("Des soldats guatémaltèques ont détruit lundi un poste de police bélizien près de la frontière. "
            "Le Guatemala a nié toute incursion.")
    evs = [ev for ev in of_type(run(nlps, "fr", body), "REJECT") if src(ev) == "Guatemala"]
    assert evs and tgt(evs[-1]) == "Belize"


def test_blanket_denial_of_ties_keeps_no_pair_target_fr(nlps: dict[str, Any]) -> None:
    body = ("Des soldats guatémaltèques ont détruit lundi un poste de police bélizien près de la frontière. "
            "Le Guatemala a nié tout lien avec les trafiquants.")
    for ev in of_type(run(nlps, "fr", body), "REJECT"):
        assert tgt(ev) != "Belize"


def test_use_of_force_is_no_us_target_en(nlps: dict[str, Any]) -> None:
    body = ("Police fired tear gas at students in Dhaka on Monday. Amnesty International condemned the use of "
            "force against the protesters.")
    for ev in of_type(run(nlps, "en", body), "ACCUSE"):
        assert tgt(ev) != "United States"


def test_us_abbreviation_only_in_capitals() -> None:
    assert demonym_country("US") == "USA"
    assert demonym_country("us") is None
    assert demonym_country("use") is None
    assert demonym_country("grecs") == "GRC"


def test_strike_back_targets_the_adversary_en(nlps: dict[str, Any]) -> None:
    body = ("Syrian smugglers fired on Jordanian border guards on Sunday, killing two. Jordan accused Syria of "
            "failing to police the border. Amman said it would strike back if its soldiers were attacked again.")
    evs = [ev for ev in of_type(run(nlps, "en", body), "ASSAULT") if src(ev) == "Jordan"]
    assert evs and tgt(evs[-1]) == "Syria"


def test_riposte_targets_the_adversary_fr(nlps: dict[str, Any]) -> None:
    body = ("Des soldats érythréens ont tiré lundi sur une patrouille djiboutienne. Djibouti a accusé l'Érythrée "
            "de provocation. Djibouti riposterait si ses soldats étaient de nouveau visés.")
    evs = [ev for ev in of_type(run(nlps, "fr", body), "ASSAULT") if src(ev) == "Djibouti"]
    assert evs and tgt(evs[-1]) == "Eritrea"


def test_money_pledged_by_a_foreign_donor_goes_to_the_home_state_fr(nlps: dict[str, Any]) -> None:
    body = ("Des inondations ont frappé lundi le nord du Togo, faisant 12 morts. L'Allemagne a promis une aide de "
            "5 millions d'euros.")
    evs = [ev for ev in of_type(run(nlps, "fr", body), "AID") if src(ev) == "Germany"]
    assert evs and tgt(evs[-1]) == "Togo"


def test_loan_pledged_by_a_foreign_donor_goes_to_the_home_state_en(nlps: dict[str, Any]) -> None:
    body = ("Fuel shortages paralysed Lusaka for a third day on Monday. Zambia blamed the crisis on a pipeline "
            "failure. Japan pledged a loan of $50 million.")
    evs = [ev for ev in of_type(run(nlps, "en", body), "AID") if src(ev) == "Japan"]
    assert evs and tgt(evs[-1]) == "Zambia"
