"""Round 17 (detection, places, quantities): armed groups clashing ("clashed", "ont affronté") but not teams,
fighting alongside an ally, groups listed as terrorist, arms laid down, a matter raised with a counterpart, a
verb coordinated after a compound infinitive, a riposte promised with its object hung on the first verb, subject
senses before bare ones ("students occupied"), the toll of a coordinated passive clause; places a movement goes
into, waters entered, the town of a curfew or siege and of an attack's aim, small capitals.
Sentences are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run


def _places(ev: dict[str, Any]) -> list[str]:
    return [loc["normalized"] for loc in ev["location"]]


# --- ASSAULT: armed groups clashing -------------------------------------------------------------------------


def test_soldiers_confronting_mutineers_fr(nlps: dict[str, Any]) -> None:
    body = "Des soldats loyalistes ont affronté les mutins près de la capitale."
    (ev,) = of_type(run(nlps, "fr", body), "ASSAULT")
    assert ev["trigger"]["text"] == "affronté"


def test_team_facing_a_team_is_no_attack_fr(nlps: dict[str, Any]) -> None:
    body = "Le PSG affrontera Lyon samedi au Parc des Princes."
    assert of_type(run(nlps, "fr", body), "ASSAULT") == []


def test_troops_clashing_with_rebels_en(nlps: dict[str, Any]) -> None:
    body = "Government troops clashed with rebels near the border on Monday."
    (ev,) = of_type(run(nlps, "en", body), "ASSAULT")
    assert ev["trigger"]["text"] == "clashed"


def test_teams_clashing_is_no_attack_en(nlps: dict[str, Any]) -> None:
    body = "The Lakers clashed with the Celtics on Sunday night."
    assert of_type(run(nlps, "en", body), "ASSAULT") == []


def test_toll_of_a_coordinated_passive_clause_en(nlps: dict[str, Any]) -> None:
    body = "Gunmen clashed with army units in two districts of the capital, and at least six people were killed."
    (ev,) = of_type(run(nlps, "en", body), "ASSAULT")
    assert ev["trigger"]["text"] == "clashed"
    assert [(q["value"], q["unit"]) for q in ev["quantities"]] == [(6, "people")]


# --- COOPERATE: fighting alongside an ally -------------------------------------------------------------------


def test_fighting_alongside_troops_en(nlps: dict[str, Any]) -> None:
    body = "The Congolese army said it had not fought alongside Rwandan troops."
    events = run(nlps, "en", body)
    (ev,) = of_type(events, "COOPERATE")
    assert ev["mode"] == "negated"
    assert of_type(events, "ASSAULT") == []


def test_fighting_rebels_is_still_an_attack_en(nlps: dict[str, Any]) -> None:
    body = "Rwandan troops fought the rebels near Goma on Sunday."
    events = run(nlps, "en", body)
    assert of_type(events, "COOPERATE") == []
    assert len(of_type(events, "ASSAULT")) == 1


def test_combattre_aux_cotes_fr(nlps: dict[str, Any]) -> None:
    body = "Des volontaires colombiens combattent aux côtés des forces ukrainiennes."
    events = run(nlps, "fr", body)
    assert len(of_type(events, "COOPERATE")) == 1
    assert of_type(events, "ASSAULT") == []


# --- SANCTION: a group listed as terrorist -------------------------------------------------------------------


def test_classed_as_terrorist_organisation_fr(nlps: dict[str, Any]) -> None:
    body = "Le gouvernement kényan avait classé le mouvement comme organisation terroriste en 2019."
    (ev,) = of_type(run(nlps, "fr", body), "SANCTION")
    assert ev["trigger"]["text"] == "classé"


def test_filing_a_case_is_no_sanction_fr(nlps: dict[str, Any]) -> None:
    body = "Le ministère de la Justice a classé le dossier sans suite."
    assert of_type(run(nlps, "fr", body), "SANCTION") == []


def test_designated_a_terrorist_organisation_en(nlps: dict[str, Any]) -> None:
    body = "Washington designated the group a terrorist organisation in 2021."
    (ev,) = of_type(run(nlps, "en", body), "SANCTION")
    assert ev["trigger"]["text"] == "designated"


def test_designating_a_spokesman_is_no_sanction_en(nlps: dict[str, Any]) -> None:
    body = "The French government designated a new spokesman on Monday."
    assert of_type(run(nlps, "en", body), "SANCTION") == []


# --- CONCEDE: laying down arms -------------------------------------------------------------------------------


def test_deposer_les_armes_fr(nlps: dict[str, Any]) -> None:
    body = "Les combattants du Hamas pourraient déposer les armes si un accord était trouvé."
    (ev,) = of_type(run(nlps, "fr", body), "CONCEDE")
    assert ev["trigger"]["text"] == "déposer"


def test_deposer_une_plainte_is_no_concession_fr(nlps: dict[str, Any]) -> None:
    body = "Le Hamas a déposé une plainte contre Israël."
    assert of_type(run(nlps, "fr", body), "CONCEDE") == []


# --- CONSULT: a matter raised with a counterpart ------------------------------------------------------------


def test_raised_the_issue_with_his_counterpart_en(nlps: dict[str, Any]) -> None:
    body = "The Japanese foreign minister raised the issue with his Chinese counterpart in Geneva."
    (ev,) = of_type(run(nlps, "en", body), "CONSULT")
    assert ev["trigger"]["text"] == "raised"


def test_raising_rates_is_no_meeting_en(nlps: dict[str, Any]) -> None:
    body = "The Japanese central bank raised interest rates on Tuesday."
    assert of_type(run(nlps, "en", body), "CONSULT") == []


def test_evoque_avec_son_homologue_fr(nlps: dict[str, Any]) -> None:
    body = "Le ministre japonais a évoqué la question avec son homologue chinois à Genève."
    (ev,) = of_type(run(nlps, "fr", body), "CONSULT")
    assert ev["trigger"]["text"] == "évoqué"


def test_evoque_devant_la_presse_is_no_meeting_fr(nlps: dict[str, Any]) -> None:
    body = "Le ministre japonais a évoqué la question lors d'une conférence de presse."
    assert of_type(run(nlps, "fr", body), "CONSULT") == []


# --- a verb coordinated after a compound infinitive; a promised riposte -----------------------------------------


def test_condemned_after_denying_a_compound_infinitive_fr(nlps: dict[str, Any]) -> None:
    body = "Le gouvernement belge a démenti avoir hébergé le général dans ses casernes et a condamné les violences."
    events = run(nlps, "fr", body)
    assert len(of_type(events, "REJECT")) == 1
    (ev,) = of_type(events, "ACCUSE")
    assert ev["trigger"]["text"] == "condamné"


def test_promised_riposte_with_stolen_object_fr(nlps: dict[str, Any]) -> None:
    body = "Le ministre américain de la Défense a jugé le verdict « injuste » et promis une riposte."
    (ev,) = of_type(run(nlps, "fr", body), "THREATEN")
    assert ev["trigger"]["text"] == "promis"


def test_promised_investments_are_no_threat_fr(nlps: dict[str, Any]) -> None:
    body = "Le secrétaire d'État américain a salué l'accord et promis des investissements."
    assert of_type(run(nlps, "fr", body), "THREATEN") == []


# --- PROTEST before ASSAULT when the subject says so ---------------------------------------------------------


def test_students_occupying_a_hall_en(nlps: dict[str, Any]) -> None:
    body = "Hundreds of students occupied the main hall of the university on Tuesday."
    events = run(nlps, "en", body)
    assert len(of_type(events, "PROTEST")) == 1
    assert of_type(events, "ASSAULT") == []


def test_troops_occupying_a_town_en(nlps: dict[str, Any]) -> None:
    body = "Russian troops occupied the town of Kherson in March."
    events = run(nlps, "en", body)
    assert of_type(events, "PROTEST") == []
    assert len(of_type(events, "ASSAULT")) == 1


# --- places ----------------------------------------------------------------------------------------------------


def test_aid_flown_into_a_capital_en(nlps: dict[str, Any]) -> None:
    body = "Australia flew rescue teams and medical supplies into Port Vila on Wednesday."
    (ev,) = of_type(run(nlps, "en", body), "AID")
    assert _places(ev) == ["Port Vila"]


def test_ships_entering_a_sea_en(nlps: dict[str, Any]) -> None:
    body = "Three Russian landing ships entered the Baltic Sea on Monday."
    (ev,) = of_type(run(nlps, "en", body), "MOBILIZE")
    assert _places(ev) == ["Baltic Sea"]


def test_curfew_lifted_in_a_town_fr(nlps: dict[str, Any]) -> None:
    body = "Le gouvernement irakien a annoncé la levée du couvre-feu à Bagdad."
    (ev,) = of_type(run(nlps, "fr", body), "CONCEDE")
    assert _places(ev) == ["Baghdad"]


def test_siege_of_a_town_fr(nlps: dict[str, Any]) -> None:
    body = "Les Houthis ne lèveront pas le siège de Taëz."
    (ev,) = of_type(run(nlps, "fr", body), "CONCEDE")
    assert _places(ev) == ["Taiz"]


def test_missiles_fired_on_a_depot_of_a_town_fr(nlps: dict[str, Any]) -> None:
    body = "Les Houthis avaient tiré des missiles sur un dépôt pétrolier de Djeddah."
    (ev,) = of_type(run(nlps, "fr", body), "ASSAULT")
    assert _places(ev) == ["Jeddah"]


def test_small_capital_is_known_fr(nlps: dict[str, Any]) -> None:
    body = "Le président français s'est rendu à Malabo mardi."
    (ev,) = of_type(run(nlps, "fr", body), "CONSULT")
    assert _places(ev) == ["Malabo"]
    assert ev["actors"]["target"]["normalized"] == "Equatorial Guinea"


# --- MOBILIZE: military flights; ACCUSE: negative labels -----------------------------------------------------


def test_air_force_flying_a_patrol_en(nlps: dict[str, Any]) -> None:
    body = "Japan did not send a destroyer, but its air force flew a patrol aircraft over the disputed reef."
    (ev,) = [e for e in of_type(run(nlps, "en", body), "MOBILIZE") if e["trigger"]["text"] == "flew"]
    assert ev["mode"] == "asserted"


def test_flying_to_a_wedding_is_no_mobilization_en(nlps: dict[str, Any]) -> None:
    body = "The Japanese prime minister flew to Osaka for a wedding on Saturday."
    assert of_type(run(nlps, "en", body), "MOBILIZE") == []


def test_called_the_measures_unjustified_en(nlps: dict[str, Any]) -> None:
    body = "The Kenyan government called the border measures unjustified."
    (ev,) = of_type(run(nlps, "en", body), "ACCUSE")
    assert ev["trigger"]["text"] == "called"


def test_juge_les_mesures_injustifiees_fr(nlps: dict[str, Any]) -> None:
    body = "Le gouvernement kényan a jugé les mesures injustifiées."
    (ev,) = of_type(run(nlps, "fr", body), "ACCUSE")
    assert ev["trigger"]["text"] == "jugé"


# --- PROTEST: a country paralysed by a strike -----------------------------------------------------------------


def test_union_paralysing_the_country_fr(nlps: dict[str, Any]) -> None:
    body = "La CGT a paralysé le pays avec une grève générale."
    (ev,) = of_type(run(nlps, "fr", body), "PROTEST")
    assert ev["trigger"]["text"] == "paralysé"


def test_strike_paralysing_is_no_second_protest_fr(nlps: dict[str, Any]) -> None:
    body = "La grève générale a paralysé le pays lundi."
    assert [e for e in of_type(run(nlps, "fr", body), "PROTEST") if e["trigger"]["text"] == "paralysé"] == []


def test_snow_paralysing_is_no_protest_en(nlps: dict[str, Any]) -> None:
    body = "Heavy snow paralysed the capital on Monday."
    assert of_type(run(nlps, "en", body), "PROTEST") == []


# --- COERCE: citizenship stripped, roads cleared, an army intervening against protesters ----------------------


def test_stripped_of_citizenship_en(nlps: dict[str, Any]) -> None:
    body = "Parliament voted to strip 94 opponents of their Nicaraguan citizenship."
    (ev,) = of_type(run(nlps, "en", body), "COERCE")
    assert ev["trigger"]["text"] == "strip"


def test_stripping_a_car_is_no_coercion_en(nlps: dict[str, Any]) -> None:
    body = "Thieves stripped the car of its wheels on Monday."
    assert of_type(run(nlps, "en", body), "COERCE") == []


def test_police_clearing_roads_fr(nlps: dict[str, Any]) -> None:
    body = "La police dégagerait les routes si la circulation n'était pas rétablie."
    (ev,) = of_type(run(nlps, "fr", body), "COERCE")
    assert ev["mode"] == "conditional"


def test_clearing_a_budget_is_no_coercion_fr(nlps: dict[str, Any]) -> None:
    body = "Le gouvernement a dégagé un budget de dix millions d'euros."
    assert of_type(run(nlps, "fr", body), "COERCE") == []


def test_army_not_intervening_against_protesters_fr(nlps: dict[str, Any]) -> None:
    body = "L'armée malienne n'interviendra pas contre les manifestants."
    (ev,) = of_type(run(nlps, "fr", body), "COERCE")
    assert ev["mode"] == "negated"


# --- quantities: quoted counted nouns, people acted on by courts ----------------------------------------------


def test_quoted_counted_noun_en(nlps: dict[str, Any]) -> None:
    body = 'Kazakh security forces killed 26 "armed bandits" in Almaty on Friday.'
    (ev,) = of_type(run(nlps, "en", body), "ASSAULT")
    assert [(q["value"], q["unit"]) for q in ev["quantities"]] == [(26, "people")]


def test_defendants_sentenced_fr(nlps: dict[str, Any]) -> None:
    body = "Le tribunal de Dakar a condamné huit coaccusés à cinq ans de prison."
    (ev,) = of_type(run(nlps, "fr", body), "COERCE")
    assert [(q["value"], q["unit"]) for q in ev["quantities"]] == [(8, "people")]


def test_defendants_are_not_counted_for_a_meeting_en(nlps: dict[str, Any]) -> None:
    body = "The Kenyan president met the 12 defendants' lawyers in Nairobi on Monday."
    for ev in run(nlps, "en", body):
        assert ev["quantities"] == []


# --- a weapon fired, a bill withdrawn, sanctions maintained ----------------------------------------------------


def test_officer_firing_his_weapon_en(nlps: dict[str, Any]) -> None:
    body = "A Kenyan police officer fired his weapon during the protest in Nairobi."
    (ev,) = of_type(run(nlps, "en", body), "ASSAULT")
    assert ev["trigger"]["text"] == "fired"


def test_club_firing_its_coach_is_no_attack_en(nlps: dict[str, Any]) -> None:
    body = "The club fired its coach after the defeat."
    assert of_type(run(nlps, "en", body), "ASSAULT") == []


def test_bill_withdrawn_is_a_concession_en(nlps: dict[str, Any]) -> None:
    body = "President Ruto withdrew the finance bill after weeks of protests in Kenya."
    events = run(nlps, "en", body)
    (ev,) = of_type(events, "CONCEDE")
    assert ev["trigger"]["text"] == "withdrew"
    assert of_type(events, "RETREAT") == []


def test_troops_withdrawn_stay_a_retreat_en(nlps: dict[str, Any]) -> None:
    body = "Russia withdrew its troops from the border."
    events = run(nlps, "en", body)
    assert of_type(events, "CONCEDE") == []
    assert len(of_type(events, "RETREAT")) == 1


def test_sanctions_maintained_fr(nlps: dict[str, Any]) -> None:
    body = "L'Union européenne a maintenu ses sanctions contre la Russie."
    (ev,) = of_type(run(nlps, "fr", body), "SANCTION")
    assert ev["trigger"]["text"] == "sanctions"


def test_candidacy_maintained_is_no_event_fr(nlps: dict[str, Any]) -> None:
    body = "Le président sénégalais a maintenu sa candidature."
    assert run(nlps, "fr", body) == []


def test_bombed_town_parsed_as_a_determiner_of_the_day_fr(nlps: dict[str, Any]) -> None:
    body = "L'Arabie saoudite avait bombardé Sanaa mardi."
    (ev,) = of_type(run(nlps, "fr", body), "ASSAULT")
    assert _places(ev) == ["Sanaa"]


# --- mode: a finite verb hung on a negated infinitive ---------------------------------------------------------


def test_pledge_after_a_negated_infinitive_is_asserted_fr(nlps: dict[str, Any]) -> None:
    body = ("Le chef de la junte malienne a promis de ne pas s'accrocher au pouvoir et s'est engagé à organiser "
            "des élections en 2026.")
    agree = of_type(run(nlps, "fr", body), "AGREE")
    assert agree
    assert all(ev["mode"] == "asserted" for ev in agree)


# --- types of sending: combat jets, a fact-finding mission -------------------------------------------------------


def test_jets_sent_for_an_exercise_en(nlps: dict[str, Any]) -> None:
    body = "Britain said it would send Typhoon fighter jets for a joint exercise in Poland next month."
    events = run(nlps, "en", body)
    assert len(of_type(events, "MOBILIZE")) == 1
    assert of_type(events, "AID") == []


def test_relief_sent_with_jets_stays_aid_en(nlps: dict[str, Any]) -> None:
    body = "Japan sent relief supplies and jets carrying medicine to Tonga."
    events = run(nlps, "en", body)
    assert len(of_type(events, "AID")) == 1
    assert of_type(events, "MOBILIZE") == []


def test_fact_finding_mission_sent_en(nlps: dict[str, Any]) -> None:
    body = "The African Union said it would send a fact-finding mission to Maseru next week."
    (ev,) = of_type(run(nlps, "en", body), "CONSULT")
    assert ev["mode"] == "planned"


def test_rescue_mission_sent_stays_aid_en(nlps: dict[str, Any]) -> None:
    body = "China said it would send a rescue mission to Nepal."
    events = run(nlps, "en", body)
    assert of_type(events, "CONSULT") == []
    assert len(of_type(events, "AID")) == 1


# --- COERCE: an officer overthrown, migrants sent back -----------------------------------------------------------


def test_officer_overthrown_fr(nlps: dict[str, Any]) -> None:
    body = "Le capitaine Keïta a renversé vendredi le colonel Sangaré."
    (ev,) = of_type(run(nlps, "fr", body), "COERCE")
    assert ev["trigger"]["text"] == "renversé"


def test_pedestrian_knocked_down_is_no_coup_fr(nlps: dict[str, Any]) -> None:
    body = "Un camion a renversé un piéton vendredi à Lyon."
    assert of_type(run(nlps, "fr", body), "COERCE") == []


def test_migrants_sent_back_fr(nlps: dict[str, Any]) -> None:
    body = "Les autorités espagnoles ont renvoyé 800 migrants vers le Maroc."
    (ev,) = of_type(run(nlps, "fr", body), "COERCE")
    assert [(q["value"], q["unit"]) for q in ev["quantities"]] == [(800, "people")]


def test_file_sent_back_is_no_coercion_fr(nlps: dict[str, Any]) -> None:
    body = "Le ministre espagnol a renvoyé le dossier au Parlement."
    assert of_type(run(nlps, "fr", body), "COERCE") == []


def test_delegation_led_by_someone_to_a_capital_en(nlps: dict[str, Any]) -> None:
    body = "Tokyo would send a high-level delegation led by its deputy foreign minister to Suva next week."
    (ev,) = of_type(run(nlps, "en", body), "CONSULT")
    assert _places(ev) == ["Suva"]


def test_delegation_led_to_the_talks_has_no_place_en(nlps: dict[str, Any]) -> None:
    body = "Tokyo would send a delegation led by its deputy foreign minister to the talks next week."
    (ev,) = of_type(run(nlps, "en", body), "CONSULT")
    assert _places(ev) == []


# --- hard negatives: weather and rescue -----------------------------------------------------------------------


def test_soldiers_braving_a_storm_is_no_attack_fr(nlps: dict[str, Any]) -> None:
    body = "Des soldats ont affronté la tempête pour secourir les habitants de Nice."
    assert of_type(run(nlps, "fr", body), "ASSAULT") == []


def test_surveillance_flight_over_a_flood_is_no_mobilization_en(nlps: dict[str, Any]) -> None:
    body = "The Indian air force flew surveillance aircraft over the flooded area to search for survivors."
    assert of_type(run(nlps, "en", body), "MOBILIZE") == []
