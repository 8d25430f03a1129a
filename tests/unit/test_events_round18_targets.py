"""Round 18: targets that need the discourse of the article: an actor described by what it is ("the bloc", "le
royaume", "its neighbour"), a demand or an offer declined, measures condemned, aid pledged in a series of donors, a
hostile act made conditional on another party, talks offered between two parties. Sentences are written for the tests
(not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import by, of_type, run, tgt

# --- "the bloc", "le royaume": the last-named actor of that kind ---------------------------------------------------


def test_the_bloc_is_the_bloc_named_before_en(nlps: dict[str, Any]) -> None:
    body = ("The European Union suspended trade talks with Vietnam on Monday. "
            "Russia sided with Hanoi and accused the bloc of double standards.")
    (ev,) = by(run(nlps, "en", body), "ACCUSE", "Russia")
    assert tgt(ev) == "European Union"


def test_the_bloc_without_a_bloc_named_before_en(nlps: dict[str, Any]) -> None:
    body = "Vietnam met Russian officials on Monday. Russia accused the bloc of double standards."
    for ev in by(run(nlps, "en", body), "ACCUSE", "Russia"):
        assert tgt(ev) is None


def test_le_bloc_fr(nlps: dict[str, Any]) -> None:
    body = ("L'Union européenne a suspendu mardi ses négociations commerciales avec le Vietnam. "
            "La Russie a accusé le bloc d'hypocrisie.")
    (ev,) = by(run(nlps, "fr", body), "ACCUSE", "Russia")
    assert tgt(ev) == "European Union"


def test_le_royaume_is_the_kingdom_named_before_fr(nlps: dict[str, Any]) -> None:
    body = ("L'Espagne a proposé jeudi d'envoyer des médecins en Algérie. "
            "Le ministre algérien de la Santé a accusé le royaume de vouloir se faire de la publicité.")
    (ev,) = of_type(run(nlps, "fr", body), "ACCUSE")
    assert tgt(ev) == "Spain"


def test_le_royaume_after_a_republic_only_fr(nlps: dict[str, Any]) -> None:
    body = ("La Tunisie a proposé jeudi d'envoyer des médecins en Algérie. "
            "Le ministre algérien de la Santé a accusé le royaume de vouloir se faire de la publicité.")
    for ev in of_type(run(nlps, "fr", body), "ACCUSE"):
        assert tgt(ev) is None


def test_the_kingdom_en(nlps: dict[str, Any]) -> None:
    body = ("Jordan closed its border with Syria on Sunday. "
            "The Syrian foreign minister accused the kingdom of bowing to foreign pressure.")
    (ev,) = of_type(run(nlps, "en", body), "ACCUSE")
    assert tgt(ev) == "Jordan"


def test_the_island_is_a_place_not_a_party_en(nlps: dict[str, Any]) -> None:
    body = ("Japan sent a destroyer to the Philippines on Monday. "
            "China said it had no plans to send troops to the island.")
    for ev in by(run(nlps, "en", body), "MOBILIZE", "China"):
        assert tgt(ev) != "Philippines"


# --- a demand or an offer declined: its author -------------------------------------------------------------------


def test_demand_declined_is_its_authors_fr(nlps: dict[str, Any]) -> None:
    body = ("Le président français a demandé à l'Iran de libérer deux chercheurs. "
            "Téhéran a rejeté lundi cette demande.")
    (ev,) = of_type(run(nlps, "fr", body), "REJECT")
    assert tgt(ev) in ("France", "Emmanuel Macron")


def test_offer_declined_in_the_same_sentence_fr(nlps: dict[str, Any]) -> None:
    body = "La Tunisie a proposé d'envoyer des pompiers, mais Alger a décliné l'offre mardi."
    (ev,) = of_type(run(nlps, "fr", body), "REJECT")
    assert tgt(ev) == "Tunisia"


def test_offer_rejected_told_before_en(nlps: dict[str, Any]) -> None:
    body = ("Qatar offered to host talks between Sudan and Chad on Monday. "
            "Khartoum rejected the offer on Tuesday.")
    (ev,) = by(run(nlps, "en", body), "REJECT", "Sudan")
    assert tgt(ev) == "Qatar"


def test_warning_to_nobody_named_rejected_by_the_other_party_en(nlps: dict[str, Any]) -> None:
    body = ("Kenya's president warned that his country would close the border. "
            "Somalia rejected the warning on Friday.")
    (ev,) = by(run(nlps, "en", body), "REJECT", "Somalia")
    assert tgt(ev) == "Kenya"


def test_own_demand_rejected_keeps_no_author_en(nlps: dict[str, Any]) -> None:
    body = "Nigeria demanded new elections on Monday. Nigeria later rejected the demand."
    for ev in of_type(run(nlps, "en", body), "REJECT"):
        assert tgt(ev) != "Nigeria"


def test_rejected_accusations_keep_no_target_fr(nlps: dict[str, Any]) -> None:
    body = "Le Ghana a accusé le Togo d'abriter des rebelles. Lomé a rejeté ces accusations."
    (ev,) = of_type(run(nlps, "fr", body), "REJECT")
    assert tgt(ev) == "Ghana"  # session-8 gold convention (round 21): the accuser


# --- measures condemned: the sanction told before against the one who condemns them ------------------------------


def test_measures_condemned_by_the_sanctioned_en(nlps: dict[str, Any]) -> None:
    body = "China imposed new tariffs on Australian barley on Monday. Canberra condemned the measures as unfair."
    (ev,) = by(run(nlps, "en", body), "ACCUSE", "Australia")
    assert tgt(ev) == "China"


def test_measures_condemned_by_a_third_party_en(nlps: dict[str, Any]) -> None:
    body = "China imposed new tariffs on Australian barley on Monday. France condemned the measures as unfair."
    for ev in by(run(nlps, "en", body), "ACCUSE", "France"):
        assert tgt(ev) is None


def test_mesures_condamnees_fr(nlps: dict[str, Any]) -> None:
    body = "La Chine a imposé des sanctions contre le Japon lundi. Tokyo a dénoncé ces mesures."
    (ev,) = by(run(nlps, "fr", body), "ACCUSE", "Japan")
    assert tgt(ev) == "China"


# --- aid pledged in a series of donors to the article's country ---------------------------------------------------


QUAKE_FR = ("Un séisme a frappé le Népal samedi, faisant 90 morts. "
            "Le Japon a débloqué une aide d'urgence de 4 millions de dollars pour le Népal.")
QUAKE_EN = "An earthquake struck Nepal on Saturday, killing 90 people. Japan sent $4 million in emergency aid to Nepal."


def test_pledge_after_another_donors_aid_fr(nlps: dict[str, Any]) -> None:
    body = QUAKE_FR + " Le Canada a promis 2 millions de dollars."
    (ev,) = by(run(nlps, "fr", body), "AID", "Canada")
    assert tgt(ev) == "Nepal"


def test_pledge_after_another_donors_aid_en(nlps: dict[str, Any]) -> None:
    body = QUAKE_EN + " Canada pledged $2 million."
    (ev,) = by(run(nlps, "en", body), "AID", "Canada")
    assert tgt(ev) == "Nepal"


def test_pledge_with_no_aid_told_before_fr(nlps: dict[str, Any]) -> None:
    body = "Un séisme a frappé le Népal samedi, faisant 90 morts. Le Canada a promis 2 millions de dollars."
    for ev in by(run(nlps, "fr", body), "AID", "Canada"):
        assert tgt(ev) is None


def test_two_planes_are_no_two_sides_fr(nlps: dict[str, Any]) -> None:
    body = QUAKE_FR + " L'Inde a envoyé deux avions chargés de tentes."
    (ev,) = by(run(nlps, "fr", body), "AID", "India")
    assert tgt(ev) == "Nepal"


# --- a hostile act made conditional on another party --------------------------------------------------------------


def test_sanction_conditional_on_a_named_party_en(nlps: dict[str, Any]) -> None:
    body = "Japan could freeze its development loans if Myanmar delayed the elections again, a Japanese diplomat said."
    (ev,) = of_type(run(nlps, "en", body), "SANCTION")
    assert tgt(ev) == "Myanmar"


def test_sanction_conditional_on_the_home_government_fr(nlps: dict[str, Any]) -> None:
    body = ("La Guinée a reporté les élections. Si le gouvernement refusait de fixer une date, la CEDEAO pourrait "
            "imposer des sanctions, a indiqué un diplomate.")
    (ev,) = of_type(run(nlps, "fr", body), "SANCTION")
    assert tgt(ev) == "Guinea"


def test_conditional_on_no_party_en(nlps: dict[str, Any]) -> None:
    body = "If no agreement is signed, Japan could freeze its development loans, a Japanese diplomat said."
    for ev in of_type(run(nlps, "en", body), "SANCTION"):
        assert tgt(ev) is None


def test_warning_targets_the_party_of_its_condition_fr(nlps: dict[str, Any]) -> None:
    # session-8 convention: a warning targets the party whose act it answers (the older gold named nobody)
    body = "Si Bakou fermait la route, Erevan saisirait la Cour internationale de justice, a averti le ministre."
    (ev,) = of_type(run(nlps, "fr", body), "THREATEN")
    assert tgt(ev) == "Azerbaijan"


# --- talks or a mediation offered between two parties: the first party named ---------------------------------------


def test_talks_hosted_between_two_capitals_en(nlps: dict[str, Any]) -> None:
    body = "Kenya offered to host direct talks between Addis Ababa and Asmara in Nairobi."
    (ev,) = of_type(run(nlps, "en", body), "CONSULT")
    assert tgt(ev) == "Ethiopia"


def test_mediation_between_the_junta_and_the_opposition_fr(nlps: dict[str, Any]) -> None:
    body = ("La junte malienne a suspendu les partis politiques. "
            "Le Ghana a proposé une médiation entre la junte et l'opposition.")
    (ev,) = of_type(run(nlps, "fr", body), "CONSULT")
    assert tgt(ev) == "Mali"


def test_bare_offer_to_mediate_keeps_no_target_en(nlps: dict[str, Any]) -> None:
    body = "Ethiopia and Eritrea exchanged fire on Monday. Kenya offered to mediate."
    for ev in by(run(nlps, "en", body), "CONSULT", "Kenya"):
        assert tgt(ev) is None


# --- "its neighbour", "son voisin": the last-named other state ----------------------------------------------------


def test_its_neighbour_is_the_state_named_before_en(nlps: dict[str, Any]) -> None:
    body = "Eritrea moved 2,000 troops to the border on Monday. Addis Ababa accused its neighbour of provocation."
    (ev,) = of_type(run(nlps, "en", body), "ACCUSE")
    assert tgt(ev) == "Eritrea"


def test_son_voisin_fr(nlps: dict[str, Any]) -> None:
    body = "Le Maroc a fermé sa frontière avec l'Algérie. Alger a accusé son voisin de provocation."
    (ev,) = of_type(run(nlps, "fr", body), "ACCUSE")
    assert tgt(ev) == "Morocco"


def test_neighbour_with_a_nationality_is_that_state_fr(nlps: dict[str, Any]) -> None:
    body = "Le Maroc a fermé sa frontière avec l'Algérie. Alger a accusé son voisin tunisien de provocation."
    (ev,) = of_type(run(nlps, "fr", body), "ACCUSE")
    assert tgt(ev) != "Morocco"


# --- a denied link with somebody names no party --------------------------------------------------------------------


def test_denied_link_with_a_group_fr(nlps: dict[str, Any]) -> None:
    body = "Le nouveau pouvoir a nié mardi tout lien avec le groupe russe Wagner."
    (ev,) = of_type(run(nlps, "fr", body), "REJECT")
    assert tgt(ev) is None


def test_denied_ties_with_a_group_en(nlps: dict[str, Any]) -> None:
    body = "The Malian government denied any ties with the Wagner Group."
    (ev,) = of_type(run(nlps, "en", body), "REJECT")
    assert tgt(ev) is None


def test_rejected_talks_with_a_state_keep_it_en(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "en", "Poland rejected the talks with Russia."), "REJECT")
    assert tgt(ev) == "Russia"


def test_oromo_liberation_army_by_its_acronym_fr(nlps: dict[str, Any]) -> None:
    body = "Addis-Abeba accuse l'OLA de massacres de civils."
    (ev,) = of_type(run(nlps, "fr", body), "ACCUSE")
    assert tgt(ev) == "Armée de libération oromo"


# --- an armed group demanding the release of its own people asks the article's state ------------------------------


def test_group_demands_release_of_its_fighters_fr(nlps: dict[str, Any]) -> None:
    body = ("Le gouvernement malien a signé un accord avec plusieurs groupes armés. "
            "Le mouvement rebelle exige la libération de ses combattants emprisonnés depuis 2022.")
    (ev,) = of_type(run(nlps, "fr", body), "REQUEST")
    assert tgt(ev) == "Mali"


def test_rebels_demand_release_of_their_fighters_en(nlps: dict[str, Any]) -> None:
    body = ("Colombia's government resumed peace talks on Monday. "
            "The ELN demanded the release of its fighters held since 2021.")
    (ev,) = of_type(run(nlps, "en", body), "REQUEST")
    assert tgt(ev) == "Colombia"


def test_state_demands_release_of_its_national_keeps_no_guess_fr(nlps: dict[str, Any]) -> None:
    body = "Le Mali a expulsé un journaliste. L'Algérie exige la libération de son ressortissant."
    (ev,) = of_type(run(nlps, "fr", body), "REQUEST")
    assert tgt(ev) != "Mali"


def test_the_island_nation_en(nlps: dict[str, Any]) -> None:
    body = "Fiji declared a state of emergency after the cyclone. Australia pledged to help the island nation."
    (ev,) = by(run(nlps, "en", body), "AGREE", "Australia")
    assert tgt(ev) == "Fiji"


def test_l_archipel_fr(nlps: dict[str, Any]) -> None:
    body = "Les Comores ont fermé leur espace aérien aux avions malgaches. Madagascar a critiqué l'archipel."
    (ev,) = by(run(nlps, "fr", body), "ACCUSE", "Madagascar")
    assert tgt(ev) == "Comoros"


def test_l_archipel_after_a_mainland_state_fr(nlps: dict[str, Any]) -> None:
    body = "Le Mozambique a fermé son espace aérien. Madagascar a critiqué l'archipel."
    for ev in by(run(nlps, "fr", body), "ACCUSE", "Madagascar"):
        assert tgt(ev) != "Mozambique"
