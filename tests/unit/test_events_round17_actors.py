"""Round 17: targets named sentences earlier (an armed group called "the rebels", an act called "ce coup d'État"),
ships that are sent, settlements raided by an armed group, envoys recalled from several states, and solidarity
adjectives. Sentences are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run, src, tgt

# --- "the rebels", "the killers": the armed group named before as the author of an attack ---------------------------

RAID_EN = "Rebels of the Zorbal Front attacked a border post on Friday, killing 12 civilians."
RAID_FR = "Des rebelles du Front Zorbal ont attaqué un poste frontière vendredi, tuant 12 civils."


def test_killers_hunted_down_are_the_group_named_before_en(nlps: dict[str, Any]) -> None:
    body = RAID_EN + " The president vowed to hunt down the killers."
    (ev,) = of_type(run(nlps, "en", body), "THREATEN")
    assert tgt(ev) == "Zorbal Front"


def test_rebels_pursued_in_inverted_warning_fr(nlps: dict[str, Any]) -> None:
    body = RAID_FR + " L'armée poursuivra les rebelles jusqu'en territoire voisin, a averti le ministre."
    (ev,) = of_type(run(nlps, "fr", body), "THREATEN")
    assert tgt(ev) == "Front Zorbal"


def test_their_camps_after_if_the_rebels_en(nlps: dict[str, Any]) -> None:
    body = RAID_EN + " If the rebels cross again, the army will bomb their camps, the president warned."
    evs = run(nlps, "en", body)
    assert [tgt(e) for e in of_type(evs, "ASSAULT") if e["trigger"]["text"] == "bomb"] == ["Zorbal Front"]
    assert [tgt(e) for e in of_type(evs, "THREATEN")] == ["Zorbal Front"]


def test_killers_without_group_named_before_no_target_en(nlps: dict[str, Any]) -> None:
    for ev in of_type(run(nlps, "en", "The president vowed to hunt down the killers."), "THREATEN"):
        assert tgt(ev) is None


def test_killers_after_a_state_attack_no_target_en(nlps: dict[str, Any]) -> None:
    body = "Russian troops attacked a border post on Friday. The president vowed to hunt down the killers."
    for ev in of_type(run(nlps, "en", body), "THREATEN"):
        assert tgt(ev) is None


def test_rebels_named_in_sentence_keep_their_own_name_en(nlps: dict[str, Any]) -> None:
    body = RAID_EN + " The president vowed to hunt down the Houthi rebels."
    (ev,) = of_type(run(nlps, "en", body), "THREATEN")
    assert tgt(ev) != "Zorbal Front"


# --- "ce coup d'État": an act named again with a complement that names nobody -----------------------------------


def test_condemned_coup_detat_is_its_author_fr(nlps: dict[str, Any]) -> None:
    body = "Le général Kabo a renversé le président Tamil lundi. L'Union africaine a condamné ce coup d'État."
    (ev,) = of_type(run(nlps, "fr", body), "ACCUSE")
    assert tgt(ev) == "Kabo"


def test_attack_called_a_war_crime_keeps_no_target_fr(nlps: dict[str, Any]) -> None:
    body = ("Des drones russes ont frappé une gare lundi. "
            "Le président ukrainien a qualifié l'attaque de crime de guerre.")
    for ev in of_type(run(nlps, "fr", body), "ACCUSE"):
        assert tgt(ev) is None


# --- a ship sent is no party ------------------------------------------------------------------------------------


def test_ship_dispatched_to_a_country_aid_goes_to_the_country_en(nlps: dict[str, Any]) -> None:
    body = "Britain dispatched HMS Kent to Fiji with food and water."
    (ev,) = of_type(run(nlps, "en", body), "AID")
    assert tgt(ev) == "Fiji"


def test_frigate_deployed_is_no_target_en(nlps: dict[str, Any]) -> None:
    body = "The Australian navy deployed the frigate HMAS Canberra and a surveillance aircraft."
    (ev,) = of_type(run(nlps, "en", body), "MOBILIZE")
    assert src(ev) == "Australia"
    assert tgt(ev) is None


def test_relief_sent_to_a_country_still_targets_it_en(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "en", "Japan sent relief supplies to Fiji."), "AID")
    assert tgt(ev) == "Fiji"


# --- a settlement or a school raided by a named armed group -------------------------------------------------------


def test_group_raiding_a_village_attacks_its_state_en(nlps: dict[str, Any]) -> None:
    body = "Rebels of the Zorbal Front attacked the village of Mikoto near Kenya's border, killing 12 civilians."
    (ev,) = of_type(run(nlps, "en", body), "ASSAULT")
    assert src(ev) == "Zorbal Front"
    assert tgt(ev) == "Kenya"


def test_state_forces_raiding_a_village_no_target_en(nlps: dict[str, Any]) -> None:
    body = "Kenyan police raided a village near the northern border, arresting 12 people."
    for ev in of_type(run(nlps, "en", body), "ASSAULT"):
        assert tgt(ev) != "Kenya"


# --- envoys recalled from several states --------------------------------------------------------------------------


def test_ambassadors_recalled_from_states_after_day_fr(nlps: dict[str, Any]) -> None:
    body = "L'Espagne a rappelé vendredi ses ambassadeurs en Italie et au Portugal."
    (ev,) = of_type(run(nlps, "fr", body), "SANCTION")
    assert tgt(ev) in ("Italy", "Portugal")


def test_ambassadors_recalled_home_no_target_fr(nlps: dict[str, Any]) -> None:
    body = "L'Espagne a rappelé vendredi ses ambassadeurs à Madrid pour consultations."
    for ev in of_type(run(nlps, "fr", body), "SANCTION"):
        assert tgt(ev) is None


# --- solidarity told by an adjective ------------------------------------------------------------------------------


def test_solidaire_de_a_state_fr(nlps: dict[str, Any]) -> None:
    body = "La Commission européenne s'est dite solidaire de la Pologne."
    (ev,) = of_type(run(nlps, "fr", body), "SUPPORT")
    assert tgt(ev) == "Poland"


def test_solidaire_de_a_capital_is_its_state_fr(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "fr", "Le Brésil s'est déclaré solidaire de Buenos Aires."), "SUPPORT")
    assert tgt(ev) == "Argentina"


def test_solidaire_of_victims_no_target_fr(nlps: dict[str, Any]) -> None:
    for ev in of_type(run(nlps, "fr", "Le gouvernement s'est dit solidaire des victimes."), "SUPPORT"):
        assert tgt(ev) is None


# --- the bare parliament or judiciary addressed or accused by a named actor ---------------------------------------

UNREST_EN = "Riots broke out in Kenya on Monday."
RULING_FR = "La Cour constitutionnelle du Malawi a annulé l'élection."


def test_called_on_parliament_is_the_home_state_en(nlps: dict[str, Any]) -> None:
    body = UNREST_EN + " Opposition leader Raila Odinga called on parliament to hold a no-confidence vote."
    (ev,) = of_type(run(nlps, "en", body), "REQUEST")
    assert tgt(ev) == "Kenya"


def test_called_on_parliament_by_unnamed_crowd_no_target_en(nlps: dict[str, Any]) -> None:
    body = UNREST_EN + " Protesters called on parliament to hold a no-confidence vote."
    for ev in of_type(run(nlps, "en", body), "REQUEST"):
        assert tgt(ev) is None


def test_accused_the_judges_is_the_home_state_fr(nlps: dict[str, Any]) -> None:
    body = RULING_FR + " Le président Peter Mutharika a accusé les juges d'avoir été achetés par l'opposition."
    (ev,) = of_type(run(nlps, "fr", body), "ACCUSE")
    assert tgt(ev) == "Malawi"


def test_accused_judges_of_a_named_court_keep_the_court_fr(nlps: dict[str, Any]) -> None:
    body = RULING_FR + (" Le président Peter Mutharika a accusé les juges de la Cour pénale internationale"
                        " d'être partiaux.")
    (ev,) = of_type(run(nlps, "fr", body), "ACCUSE")
    assert tgt(ev) != "Malawi"


# --- "promised to stand by X" -------------------------------------------------------------------------------------


def test_promised_to_stand_by_a_capital_en(nlps: dict[str, Any]) -> None:
    body = "Sweden deployed troops on Gotland. Finland promised to stand by Stockholm."
    (ev,) = of_type(run(nlps, "en", body), "AGREE")
    assert tgt(ev) == "Sweden"


def test_promised_to_abide_by_a_ruling_no_target_en(nlps: dict[str, Any]) -> None:
    for ev in of_type(run(nlps, "en", "Finland promised to abide by the ruling."), "AGREE"):
        assert tgt(ev) is None


# --- a title alias before another person's name is that person's title --------------------------------------------


def test_title_before_other_name_is_not_the_dictionary_holder_en(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "en", "US President John Harlan threatened Mexico with tariffs."), "THREATEN")
    assert src(ev) in ("John Harlan", "United States")


def test_title_before_other_name_is_not_the_dictionary_holder_fr(nlps: dict[str, Any]) -> None:
    body = "Le secrétaire d'État américain John Harlan a menacé le Mexique de sanctions."
    (ev,) = of_type(run(nlps, "fr", body), "THREATEN")
    assert src(ev) in ("John Harlan", "United States")


def test_title_alone_or_with_its_holder_keeps_the_holder_fr(nlps: dict[str, Any]) -> None:
    for body in ("Le président américain a menacé le Mexique de sanctions.",
                 "Le président américain Joe Biden a menacé le Mexique de sanctions."):
        (ev,) = of_type(run(nlps, "fr", body), "THREATEN")
        assert src(ev) == "Joe Biden"


def test_organisation_office_before_other_name_en(nlps: dict[str, Any]) -> None:
    body = "NATO Secretary General John Harlan expressed solidarity with Lithuania."
    (ev,) = of_type(run(nlps, "en", body), "SUPPORT")
    assert src(ev) == "John Harlan"


def test_organisation_acronym_before_capitalized_words_stays_en(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "en", "The EU Foreign Affairs Council condemned Russia."), "ACCUSE")
    assert src(ev) == "European Union"


# --- a crackdown with no owner is the act of the article's state --------------------------------------------------


def test_crackdown_toll_source_is_the_home_state_fr(nlps: dict[str, Any]) -> None:
    body = "Des manifestations ont éclaté au Népal. La répression des manifestations a fait au moins 19 morts."
    (ev,) = of_type(run(nlps, "fr", body), "ASSAULT")
    assert src(ev) == "Nepal"


def test_crackdown_killed_source_is_the_home_state_en(nlps: dict[str, Any]) -> None:
    body = "Protests erupted in Kenya. The crackdown has killed at least 19 people."
    (ev,) = of_type(run(nlps, "en", body), "ASSAULT")
    assert src(ev) == "Kenya"


def test_crackdown_with_a_nationality_is_not_the_home_state_fr(nlps: dict[str, Any]) -> None:
    body = "Des manifestations ont éclaté au Népal. La répression chinoise a fait au moins 19 morts."
    for ev in of_type(run(nlps, "fr", body), "ASSAULT"):
        assert src(ev) != "Nepal"


def test_ship_name_parsed_as_second_object_is_no_target_fr(nlps: dict[str, Any]) -> None:
    body = "L'Égypte a retiré jeudi son navire de forage Nour Salam des eaux contestées."
    (ev,) = of_type(run(nlps, "fr", body), "RETREAT")
    assert src(ev) == "Egypt"
    assert tgt(ev) is None


def test_rebel_positions_struck_are_the_group_not_the_place_en(nlps: dict[str, Any]) -> None:
    body = RAID_EN + " Kenyan troops struck rebel positions inside Somalia on Saturday."
    evs = [e for e in of_type(run(nlps, "en", body), "ASSAULT") if e["trigger"]["text"] == "struck"]
    assert [tgt(e) for e in evs] == ["Zorbal Front"]


def test_rebel_positions_without_group_named_keep_the_place_en(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "en", "Kenyan troops struck rebel positions inside Somalia on Saturday."), "ASSAULT")
    assert tgt(ev) == "Somalia"
