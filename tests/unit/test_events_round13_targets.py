"""Round 13: targets the rules missed for generic reasons.
A rejected threat told in an earlier sentence names its author ("Uganda rejected the threats", "a rejeté ces
menaces") when it was made against the one who rejects it (a rejected accusation keeps none, as before); so does a
proposal summed up and rejected ("…, a proposal X rejected"). "Both countries" addressed or met stands for one of the
article's two main states ("urged both countries", "ministers from both countries met"); "both sides" does not. A
bare ruling coalition, "le pouvoir" or "les autorités de transition" accused is the article's state. An envoy
expelled with a nationality is that state; one's own envoy recalled is recalled from the other main state. A
delegation sent to a capital meets its state. A capital after with/avec stands for its government. A passive verb
coordinated with an earlier verb and without a subject of its own has that verb's subject as its patient. A rank
before a person's name ("le général X") and a bishop's title are not part of the name. "Western partners" are the
West. Sentences are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run, src, tgt

# --- a rejected threat told before: its author ------------------------------------------------------------------


def test_rejected_threat_names_its_author_en(nlps: dict[str, Any]) -> None:
    body = "Kenya threatened Uganda with sanctions on Monday.\n\nUganda rejected the threats on Tuesday."
    (ev,) = of_type(run(nlps, "en", body), "REJECT")
    assert tgt(ev) == "Kenya"


def test_rejected_threat_names_its_author_fr(nlps: dict[str, Any]) -> None:
    body = "Le Kenya a menacé lundi l'Ouganda de sanctions.\n\nL'Ouganda a rejeté ces menaces."
    (ev,) = of_type(run(nlps, "fr", body), "REJECT")
    assert tgt(ev) == "Kenya"


def test_threat_against_another_is_no_target_en(nlps: dict[str, Any]) -> None:
    body = "Kenya threatened Uganda with sanctions on Monday.\n\nTanzania rejected the threats on Tuesday."
    (ev,) = of_type(run(nlps, "en", body), "REJECT")
    assert tgt(ev) is None


def test_threat_against_another_is_no_target_fr(nlps: dict[str, Any]) -> None:
    body = "Le Kenya a menacé lundi l'Ouganda de sanctions.\n\nLa Tanzanie a rejeté ces menaces."
    (ev,) = of_type(run(nlps, "fr", body), "REJECT")
    assert tgt(ev) is None


# --- the pair of the article's states ---------------------------------------------------------------------------

_PAIR = {"Ethiopia", "Eritrea"}


def test_both_countries_urged_en(nlps: dict[str, Any]) -> None:
    body = "Ethiopia and Eritrea traded accusations over the border.\n\nKenya urged both countries to show restraint."
    (ev,) = of_type(run(nlps, "en", body), "REQUEST")
    assert tgt(ev) in _PAIR


def test_both_sides_are_the_pair_of_the_article_en(nlps: dict[str, Any]) -> None:
    # session-8 convention: a call to both sides targets the two parties told before
    body = "Ethiopia and Eritrea traded accusations over the border.\n\nKenya urged both sides to show restraint."
    (ev,) = of_type(run(nlps, "en", body), "REQUEST")
    assert tgt(ev) in ("Ethiopia", "Eritrea")


def test_ministers_from_both_countries_met_en(nlps: dict[str, Any]) -> None:
    body = (
        "Ethiopia and Eritrea traded accusations over the border.\n\n"
        "Fisheries ministers from both countries met in Nairobi on Tuesday."
    )
    (ev,) = of_type(run(nlps, "en", body), "CONSULT")
    assert {src(ev), tgt(ev)} == _PAIR


def test_ministers_of_both_countries_met_fr(nlps: dict[str, Any]) -> None:
    body = (
        "L'Éthiopie et l'Érythrée s'accusent mutuellement.\n\n"
        "Les ministres des deux pays se sont rencontrés mardi à Nairobi."
    )
    (ev,) = of_type(run(nlps, "fr", body), "CONSULT")
    assert {src(ev), tgt(ev)} == _PAIR


# --- the ruling coalition, "le pouvoir", the transitional authorities -------------------------------------------


def test_accused_coalition_is_the_state_en(nlps: dict[str, Any]) -> None:
    body = (
        "Protests continued in Belgium on Monday.\n\n"
        "Amnesty International accused the coalition of dismantling social security."
    )
    (ev,) = of_type(run(nlps, "en", body), "ACCUSE")
    assert tgt(ev) == "Belgium"


def test_accused_coalition_is_the_state_fr(nlps: dict[str, Any]) -> None:
    body = (
        "Les manifestations se poursuivent en Belgique.\n\n"
        "Amnesty International a accusé la coalition de vouloir démanteler la sécurité sociale."
    )
    (ev,) = of_type(run(nlps, "fr", body), "ACCUSE")
    assert tgt(ev) == "Belgium"


def test_accused_transitional_authorities_are_the_state_fr(nlps: dict[str, Any]) -> None:
    body = (
        "La crise s'aggrave au Mali.\n\n"
        "Amnesty International a accusé les autorités de transition de vouloir confisquer le pouvoir."
    )
    (ev,) = of_type(run(nlps, "fr", body), "ACCUSE")
    assert tgt(ev) == "Mali"


def test_accused_power_is_the_state_fr(nlps: dict[str, Any]) -> None:
    body = "La crise s'aggrave au Mali.\n\nAmnesty International a accusé le pouvoir d'avoir truqué les élections."
    (ev,) = of_type(run(nlps, "fr", body), "ACCUSE")
    assert tgt(ev) == "Mali"


def test_owned_coalition_is_not_the_state_fr(nlps: dict[str, Any]) -> None:
    body = (
        "La crise s'aggrave au Mali.\n\n"
        "Amnesty International a accusé la coalition de l'opposition de vouloir bloquer le pays."
    )
    (ev,) = of_type(run(nlps, "fr", body), "ACCUSE")
    assert tgt(ev) is None


# --- an envoy expelled with a nationality ----------------------------------------------------------------------


def test_expelled_envoy_is_his_state_fr(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "fr", "Le Kenya a expulsé en mars l'ambassadeur sud-africain Thabo Nkosi."), "SANCTION")
    assert tgt(ev) == "South Africa"


def test_expelled_envoy_without_nationality_is_the_person_fr(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "fr", "Le Mali a expulsé mardi l'ambassadeur Jean Dupont."), "SANCTION")
    assert tgt(ev) == "Jean Dupont"


# --- a capital after with/avec ---------------------------------------------------------------------------------


def test_solidarity_with_capital_en(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "en", "Latvia expressed solidarity with Vilnius."), "SUPPORT")
    assert tgt(ev) == "Lithuania"


def test_solidarity_with_capital_fr(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "fr", "La Lettonie a exprimé sa solidarité avec Vilnius."), "SUPPORT")
    assert tgt(ev) == "Lithuania"


def test_solidarity_with_other_city_is_no_target_fr(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "fr", "La Lettonie a exprimé sa solidarité avec Lyon."), "SUPPORT")
    assert tgt(ev) is None


# --- a coordinated passive: the shared subject is the patient ---------------------------------------------------


def test_coordinated_passive_subject_is_target_en(nlps: dict[str, Any]) -> None:
    body = "The opposition leader Jean Mbarga refused to testify and was arrested on Friday."
    (ev,) = of_type(run(nlps, "en", body), "COERCE")
    assert tgt(ev) == "Jean Mbarga" and src(ev) != "Jean Mbarga"


def test_coordinated_passive_subject_is_target_fr(nlps: dict[str, Any]) -> None:
    body = "L'opposant Jean Mbarga a refusé de témoigner et a été arrêté vendredi."
    (ev,) = of_type(run(nlps, "fr", body), "COERCE")
    assert tgt(ev) == "Jean Mbarga" and src(ev) != "Jean Mbarga"


def test_coordinated_passive_with_own_subject_keeps_it_en(nlps: dict[str, Any]) -> None:
    body = (
        "The crisis deepened in Uganda.\n\n"
        "Jean Mbarga refused to testify and his aide was arrested by the police on Friday."
    )
    (ev,) = of_type(run(nlps, "en", body), "COERCE")
    assert src(ev) == "Uganda" and tgt(ev) != "Jean Mbarga"


# --- names without rank or title ---------------------------------------------------------------------------------


def test_rank_is_not_part_of_the_name_fr(nlps: dict[str, Any]) -> None:
    body = "La crise s'aggrave en Bolivie.\n\nLe général Mbarga a été arrêté par la police dans la soirée."
    (ev,) = of_type(run(nlps, "fr", body), "COERCE")
    assert tgt(ev) == "Mbarga"


def test_bishop_title_is_not_part_of_the_name_en(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "en", "Bishop Jean Mbarga was arrested by police in Managua on Friday."), "COERCE")
    assert tgt(ev) == "Jean Mbarga"


# --- Western partners ------------------------------------------------------------------------------------------


def test_western_partners_are_the_west_en(nlps: dict[str, Any]) -> None:
    body = "Kyiv called on Western partners to speed up deliveries of air defence systems."
    (ev,) = of_type(run(nlps, "en", body), "REQUEST")
    assert tgt(ev) == "the West"


def test_western_partners_are_the_west_fr(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "fr", "Kiev a appelé ses partenaires occidentaux à accélérer les livraisons."), "REQUEST")
    assert tgt(ev) == "the West"


# --- a delegation sent to a capital, an envoy recalled --------------------------------------------------------------


def test_delegation_sent_to_capital_meets_its_state_en(nlps: dict[str, Any]) -> None:
    body = "Unrest continued in Lesotho.\n\nWashington said it would send a delegation led by Jean Dupont to Maseru."
    (ev,) = of_type(run(nlps, "en", body), "CONSULT")
    assert tgt(ev) == "Lesotho"


def test_mission_sent_to_capital_meets_its_state_fr(nlps: dict[str, Any]) -> None:
    body = (
        "Les violences se poursuivent au Lesotho.\n\n"
        "L'Union africaine a annoncé l'envoi d'une mission de médiation à Maseru."
    )
    (ev,) = of_type(run(nlps, "fr", body), "CONSULT")
    assert tgt(ev) == "Lesotho"


def test_mission_sent_nowhere_named_has_no_target_fr(nlps: dict[str, Any]) -> None:
    body = (
        "Les violences se poursuivent au Lesotho.\n\n"
        "L'Union africaine a annoncé l'envoi d'une mission de médiation dans les prochains jours."
    )
    (ev,) = of_type(run(nlps, "fr", body), "CONSULT")
    assert tgt(ev) is None


def test_own_envoy_recalled_from_the_other_state_en(nlps: dict[str, Any]) -> None:
    body = "Morocco and Spain have been at odds for months.\n\nMorocco recalled its ambassador for consultations."
    (ev,) = of_type(run(nlps, "en", body), "SANCTION")
    assert tgt(ev) == "Spain"


def test_own_envoy_recalled_from_the_other_state_fr(nlps: dict[str, Any]) -> None:
    body = "Le Maroc et l'Espagne se disputent.\n\nLe Maroc a rappelé mardi son ambassadrice pour consultations."
    (ev,) = of_type(run(nlps, "fr", body), "SANCTION")
    assert tgt(ev) == "Spain"


def test_envoy_recalled_from_a_named_post_is_not_the_pair_fr(nlps: dict[str, Any]) -> None:
    body = (
        "Le Maroc et l'Espagne se disputent depuis des mois.\n\nLe Maroc a rappelé mardi son ambassadrice en Algérie."
    )
    (ev,) = of_type(run(nlps, "fr", body), "SANCTION")
    assert tgt(ev) != "Spain"


def test_threat_rejected_by_an_unnamed_state_official_fr(nlps: dict[str, Any]) -> None:
    body = (
        "La crise s'aggrave au Mali.\n\nLa Cédéao a menacé jeudi le Mali de sanctions.\n\n"
        "Le Premier ministre Bernard Kouyaté a rejeté ces menaces."
    )
    (ev,) = of_type(run(nlps, "fr", body), "REJECT")
    assert tgt(ev) == "ECOWAS"


# --- a proposal summed up and rejected: its author -----------------------------------------------------------------


def test_rejected_proposal_names_its_author_en(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "en", "Kenya proposed a ceasefire on Monday, a proposal Uganda rejected."), "REJECT")
    assert tgt(ev) == "Kenya"


def test_rejected_proposal_names_its_author_fr(nlps: dict[str, Any]) -> None:
    body = "Le Kenya a proposé lundi un cessez-le-feu, une proposition que l'Ouganda a rejetée."
    (ev,) = of_type(run(nlps, "fr", body), "REJECT")
    assert tgt(ev) == "Kenya"


def test_rejected_move_names_no_author_en(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "en", "Kenya proposed a ceasefire on Monday, a move Uganda rejected."), "REJECT")
    assert tgt(ev) is None


# --- aid to "the archipelago": the article's country ---------------------------------------------------------------


def test_aid_to_the_archipelago_goes_to_the_home_state_en(nlps: dict[str, Any]) -> None:
    body = "The Maldives faces a fuel shortage.\n\nIndia will keep supplying food and fuel to the archipelago."
    (ev,) = of_type(run(nlps, "en", body), "AID")
    assert tgt(ev) == "Maldives"


def test_aid_to_the_archipelago_goes_to_the_home_state_fr(nlps: dict[str, Any]) -> None:
    body = (
        "Les Comores manquent de carburant.\n\nLa France va fournir du carburant à l'archipel, selon des responsables."
    )
    (ev,) = of_type(run(nlps, "fr", body), "AID")
    assert tgt(ev) == "Comoros"


def test_aid_from_the_home_state_to_the_archipelago_goes_to_the_other_en(nlps: dict[str, Any]) -> None:
    body = "India and the Maldives renewed their ties.\n\nIndia will keep supplying food and fuel to the archipelago."
    (ev,) = of_type(run(nlps, "en", body), "AID")
    assert tgt(ev) == "Maldives"


# --- the object hung on a weekday, and a mission's alliance ----------------------------------------------------------


def test_object_hung_on_the_weekday_is_the_target_fr(nlps: dict[str, Any]) -> None:
    body = "Le Tchad a de nouveau accusé mercredi le Soudan d'abriter des rebelles armés."
    (ev,) = of_type(run(nlps, "fr", body), "ACCUSE")
    assert tgt(ev) == "Sudan"


def test_kfor_is_nato_fr(nlps: dict[str, Any]) -> None:
    body = "Des manifestants ont attaqué mardi une patrouille de la KFOR près de Mitrovica."
    (ev,) = of_type(run(nlps, "fr", body), "ASSAULT")
    assert tgt(ev) == "NATO"


# --- the nationality of the thing a support is given to -------------------------------------------------------------


def test_support_for_a_national_plan_targets_its_state_fr(nlps: dict[str, Any]) -> None:
    body = "Washington a réaffirmé lundi son soutien au plan d'autonomie marocain."
    (ev,) = of_type(run(nlps, "fr", body), "SUPPORT")
    assert tgt(ev) == "Morocco"


def test_support_for_a_plan_without_nationality_has_no_target_fr(nlps: dict[str, Any]) -> None:
    body = "Washington a réaffirmé lundi son soutien au plan d'autonomie."
    (ev,) = of_type(run(nlps, "fr", body), "SUPPORT")
    assert tgt(ev) is None
