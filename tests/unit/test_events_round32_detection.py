"""Round 32, detection, type and mode: sanction objects missing from the lexicons, hard negatives (storms that cut
off villages, a dispute that is no rejection, fleets hosted), rejections by label, armed answers ("par la force"),
coercion at sea, and si-clauses the parse hangs away from their event. Sentences are written for the tests (not
taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run


def _types(evs: list[dict[str, Any]]) -> set[str]:
    return {e["type"] for e in evs}


# --- sanctions and their objects ----------------------------------------------------------------------------------

def test_suspended_transit_is_sanction_fr(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "fr", "Le Kazakhstan a suspendu mardi le transit des marchandises russes."), "SANCTION")
    assert evs


def test_imposed_restrictions_is_sanction_en(nlps: dict[str, Any]) -> None:
    body = "Japan imposed restrictions on South Korean chemical companies on Monday."
    assert of_type(run(nlps, "en", body), "SANCTION")


def test_cut_funding_is_sanction_en(nlps: dict[str, Any]) -> None:
    assert of_type(run(nlps, "en", "Britain has cut its funding to the Rwandan government."), "SANCTION")


def test_barred_vessels_from_zone_en(nlps: dict[str, Any]) -> None:
    body = "Argentina barred British trawlers from its fishing grounds on Tuesday."
    assert of_type(run(nlps, "en", body), "SANCTION")


def test_retaliatory_measures_noun_fr(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "fr", "Alger a annoncé des mesures de rétorsion contre Madrid."), "SANCTION")
    assert evs and evs[0]["mode"] == "asserted"


def test_closed_bridge_is_sanction_en(nlps: dict[str, Any]) -> None:
    assert of_type(run(nlps, "en", "Ecuadorian troops closed the Rumichaca bridge with Colombia."), "SANCTION")


def test_storm_cutting_off_villages_is_no_sanction_en(nlps: dict[str, Any]) -> None:
    body = "Heavy snow hit northern Albania on Monday, cutting off dozens of villages."
    assert not of_type(run(nlps, "en", body), "SANCTION")


# --- concessions, rejections, hard negatives ------------------------------------------------------------------------

def test_suspended_price_rise_is_concession_fr(nlps: dict[str, Any]) -> None:
    body = "Le gouvernement sénégalais a suspendu mardi la hausse des prix du carburant."
    assert of_type(run(nlps, "fr", body), "CONCEDE")


def test_accusations_called_baseless_is_rejection_fr(nlps: dict[str, Any]) -> None:
    evs = run(nlps, "fr", "Le Kenya a qualifié ces critiques d'« infondées ».")
    assert of_type(evs, "REJECT") and not of_type(evs, "ACCUSE")


def test_reciprocal_opposition_is_no_rejection_fr(nlps: dict[str, Any]) -> None:
    body = "Le Chili et la Bolivie s'opposent depuis un siècle sur l'accès à la mer."
    assert not of_type(run(nlps, "fr", body), "REJECT")


def test_opposed_at_a_date_is_no_rejection_fr(nlps: dict[str, Any]) -> None:
    body = "Le Pérou et l'Équateur s'étaient déjà opposés à la fin des années 1990 au sujet de la frontière."
    assert not of_type(run(nlps, "fr", body), "REJECT")


def test_formal_protest_is_accusation_en(nlps: dict[str, Any]) -> None:
    evs = run(nlps, "en", "The Department of Foreign Affairs lodged a formal protest with Beijing on Tuesday.")
    assert of_type(evs, "ACCUSE") and not of_type(evs, "PROTEST")


def test_hosting_fleets_is_no_meeting_en(nlps: dict[str, Any]) -> None:
    body = "Djibouti, which hosts several foreign naval fleets, said nothing on Monday."
    assert not of_type(run(nlps, "en", body), "CONSULT")


def test_union_blocking_roads_is_protest_en(nlps: dict[str, Any]) -> None:
    body = "In Lima, the transport union blocked the Pan-American Highway on Monday."
    assert of_type(run(nlps, "en", body), "PROTEST")


def test_evacuating_wounded_soldiers_is_no_retreat_en(nlps: dict[str, Any]) -> None:
    body = "A Kenyan helicopter evacuating wounded soldiers from Kismayo landed in Mombasa on Monday."
    assert not of_type(run(nlps, "en", body), "RETREAT")


# --- force, coercion at sea, courts ---------------------------------------------------------------------------------

def test_respond_by_force_is_assault_fr(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "fr", "Le Ghana ne répondra pas par la force, a déclaré son ministre."), "ASSAULT")
    assert evs and evs[0]["mode"] == "negated"


def test_respond_with_force_is_assault_en(nlps: dict[str, Any]) -> None:
    assert of_type(run(nlps, "en", "Guyana would respond with force, President Ali said."), "ASSAULT")


def test_took_part_in_fighting_is_assault_fr(nlps: dict[str, Any]) -> None:
    body = "Le Rwanda n'a pas participé aux combats près de Goma, selon Kigali."
    evs = of_type(run(nlps, "fr", body), "ASSAULT")
    assert evs and evs[0]["mode"] == "negated"


def test_ordering_a_ship_out_is_coercion_en(nlps: dict[str, Any]) -> None:
    body = "Chinese coast guard ships ordered the Philippine vessel to leave the shoal on Monday."
    assert of_type(run(nlps, "en", body), "COERCE")


def test_warships_shadowing_a_ship_is_mobilize_en(nlps: dict[str, Any]) -> None:
    body = "Three Chinese warships shadowed an Australian survey ship near the Spratly Islands."
    assert of_type(run(nlps, "en", body), "MOBILIZE")


def test_escorting_boats_out_is_coercion_en(nlps: dict[str, Any]) -> None:
    body = "The Indonesian navy escorted the Vietnamese boats out of its waters on Sunday."
    assert of_type(run(nlps, "en", body), "COERCE")


def test_seized_one_vessel_is_coercion_en(nlps: dict[str, Any]) -> None:
    evs = run(nlps, "en", "Senegal's navy seized a Russian trawler off Dakar on Friday.")
    assert of_type(evs, "COERCE") and not of_type(evs, "ASSAULT")


def test_face_charges_is_coercion_en(nlps: dict[str, Any]) -> None:
    body = "Fiji said the Chinese captain would face charges under its fisheries law."
    assert of_type(run(nlps, "en", body), "COERCE")


def test_restricting_social_media_is_coercion_en(nlps: dict[str, Any]) -> None:
    evs = run(nlps, "en", "The Gabonese government restricted access to social media on Wednesday.")
    assert of_type(evs, "COERCE") and not of_type(evs, "SANCTION")


def test_seizing_security_council_is_request_fr(nlps: dict[str, Any]) -> None:
    body = "Si les tirs reprenaient, le Bénin pourrait saisir le Conseil de sécurité de l'ONU."
    evs = of_type(run(nlps, "fr", body), "REQUEST")
    assert evs and evs[0]["mode"] == "conditional"


# --- mode: si-clauses hung away from their event ------------------------------------------------------------------

def test_if_clause_after_reported_event_fr(nlps: dict[str, Any]) -> None:
    body = ("Le Mali a également annoncé qu'il suspendrait ses achats de coton burkinabè si la frontière n'était pas "
            "rouverte avant la fin du mois.")
    evs = of_type(run(nlps, "fr", body), "SANCTION")
    assert evs and evs[0]["mode"] == "conditional"


def test_if_clause_before_inverted_reporter_fr(nlps: dict[str, Any]) -> None:
    body = ("Le gouvernement tchadien pourrait suspendre la hausse des prix si le calme revenait, a indiqué un "
            "conseiller de la présidence.")
    evs = of_type(run(nlps, "fr", body), "CONCEDE")
    assert evs and evs[0]["mode"] == "conditional"


def test_inverted_warning_stays_asserted_fr(nlps: dict[str, Any]) -> None:
    body = ("Si les incursions se poursuivaient, le Niger pourrait suspendre sa coopération militaire avec le Tchad, "
            "a averti le ministre nigérien de la Défense.")
    evs = of_type(run(nlps, "fr", body), "THREATEN")
    assert evs and all(e["mode"] == "asserted" for e in evs)


# --- what is sent, expelled, frozen or released ----------------------------------------------------------------------

def test_sending_naval_vessels_is_mobilize_en(nlps: dict[str, Any]) -> None:
    evs = run(nlps, "en", "Denmark will send naval vessels to the Baltic Sea next week.")
    assert of_type(evs, "MOBILIZE") and not of_type(evs, "AID")


def test_sending_its_forces_is_mobilize_en(nlps: dict[str, Any]) -> None:
    evs = run(nlps, "en", "Kenya said it would send its forces to the northern border.")
    assert of_type(evs, "MOBILIZE") and not of_type(evs, "AID")
    # forces only as the object itself: aid for the security forces stays aid
    body = "Le Japon a débloqué une aide de 5 millions de dollars pour les forces de sécurité ghanéennes."
    evs = run(nlps, "fr", body)
    assert of_type(evs, "AID") and not of_type(evs, "MOBILIZE")


def test_suspended_licences_are_sanction_not_rejection_en(nlps: dict[str, Any]) -> None:
    body = "If the talks fail, Angola could suspend the mining licences of Chinese firms, the minister warned."
    evs = run(nlps, "en", body)
    assert of_type(evs, "SANCTION") and not of_type(evs, "REJECT")


def test_frozen_price_rise_is_concession_en(nlps: dict[str, Any]) -> None:
    evs = run(nlps, "en", "The Nigerian government froze the fuel price increase on Monday.")
    assert of_type(evs, "CONCEDE") and not of_type(evs, "SANCTION")


def test_released_funds_are_concession_en(nlps: dict[str, Any]) -> None:
    evs = run(nlps, "en", "The European Commission released the funds to Poland on Friday.")
    assert of_type(evs, "CONCEDE") and not of_type(evs, "RETREAT")


def test_expelled_nationals_are_coercion_fr(nlps: dict[str, Any]) -> None:
    evs = run(nlps, "fr", "La Tunisie a expulsé mardi quarante ressortissants libyens.")
    assert of_type(evs, "COERCE") and not of_type(evs, "SANCTION")
    # diplomats expelled (even with their families) stay a sanction
    evs = run(nlps, "en", "Estonia expelled two Russian diplomats and their families on Monday.")
    assert of_type(evs, "SANCTION") and not of_type(evs, "COERCE")


def test_people_sent_back_are_coercion_fr(nlps: dict[str, Any]) -> None:
    body = "Les garde-frontières grecs ont renvoyé 300 personnes vers la Turquie dimanche."
    assert of_type(run(nlps, "fr", body), "COERCE")


def test_strike_called_off_is_concession_en(nlps: dict[str, Any]) -> None:
    evs = run(nlps, "en", "Nigeria's labour unions called off their general strike on Tuesday.")
    assert of_type(evs, "CONCEDE") and not of_type(evs, "PROTEST")


def test_court_striking_down_a_deal_is_no_agreement_en(nlps: dict[str, Any]) -> None:
    evs = run(nlps, "en", "Kenya's High Court struck down the migration agreement with Britain.")
    assert not of_type(evs, "AGREE") and not of_type(evs, "ASSAULT")


def test_promised_response_is_threat_en(nlps: dict[str, Any]) -> None:
    evs = run(nlps, "en", "Beijing vowed a firm response to the new US tariffs.")
    assert of_type(evs, "THREATEN") and not of_type(evs, "AGREE")


def test_observers_sent_is_cooperation_en(nlps: dict[str, Any]) -> None:
    evs = run(nlps, "en", "Kenya offered to send observers to the disputed border.")
    assert of_type(evs, "COOPERATE") and not of_type(evs, "AID")


def test_warning_shots_are_coercion_en(nlps: dict[str, Any]) -> None:
    evs = run(nlps, "en", "A Ghanaian patrol boat fired warning shots at the Togolese trawler.")
    assert of_type(evs, "COERCE") and not of_type(evs, "ASSAULT")


def test_call_made_on_a_condition_is_conditional_fr(nlps: dict[str, Any]) -> None:
    body = "Le syndicat des enseignants a appelé à une grève de deux jours si les salaires n'étaient pas versés."
    evs = of_type(run(nlps, "fr", body), "REQUEST")
    assert evs and evs[0]["mode"] == "conditional"
    # a threat keeps its own mode: its condition belongs to the threatened act
    evs = of_type(run(nlps, "fr", "Le Mali a menacé de riposter si le Niger fermait la frontière."), "THREATEN")
    assert evs and evs[0]["mode"] == "asserted"


def test_main_clause_hung_below_if_clause_fr(nlps: dict[str, Any]) -> None:
    body = ("Si la junte ne respectait pas ce calendrier, l'organisation régionale pourrait imposer des sanctions, "
            "a indiqué un diplomate nigérian.")
    evs = of_type(run(nlps, "fr", body), "SANCTION")
    assert evs and evs[0]["mode"] == "conditional"


def test_main_clause_parsed_as_relative_of_if_clause_fr(nlps: dict[str, Any]) -> None:
    body = ("Si de nouvelles attaques visaient les installations pétrolières, le Tchad pourrait suspendre les "
            "exportations de pétrole vers le Cameroun, a estimé un analyste.")
    evs = of_type(run(nlps, "fr", body), "SANCTION")
    assert evs and evs[0]["mode"] == "conditional"


def test_no_plans_to_act_is_negated_en(nlps: dict[str, Any]) -> None:
    body = "Kenya's defence minister said Nairobi had no plans to send troops to Somalia."
    evs = of_type(run(nlps, "en", body), "MOBILIZE")
    assert evs and evs[0]["mode"] == "negated"


def test_pronoun_subject_of_reported_blockade_fr(nlps: dict[str, Any]) -> None:
    body = "Les agriculteurs ont annoncé qu'ils bloqueraient les routes de Bretagne lundi."
    evs = of_type(run(nlps, "fr", body), "PROTEST")
    assert evs and evs[0]["mode"] == "planned"


def test_transferring_sovereignty_is_concession_en(nlps: dict[str, Any]) -> None:
    body = "Denmark will transfer sovereignty over the Faroe fisheries zone to the islands' government next year."
    assert of_type(run(nlps, "en", body), "CONCEDE")
