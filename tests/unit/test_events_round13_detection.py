"""Round 13 (detection): events the rules missed or typed wrongly for generic reasons.

A finite verb the parser coordinated with an infinitive, a participle or an object noun of the first clause
("refused to concede defeat and called on X to …", "a dénoncé une fraude et appelé à …") is a statement
of its own, not content embedded by the first verb. A crowd verb that already requires a crowd subject
("des centaines de personnes se sont rassemblées") needs no named actor. The French partitive article tagged as
a preposition after a day ("a mené lundi des frappes") does not hide the object of a light verb. New lexicon
senses: approving a loan is aid, sending a mediation or observation mission is diplomacy, tightening or
widening sanctions is a sanction, suspending cooperation, reinforcing patrols, recalling diplomats, seizing
trucks or lorries (COERCE, while seizing a town stays ASSAULT), firing on a crowd, releasing detainees,
offering asylum, holding an exercise, taking part in a march or joining protesters (PROTEST), dismissing one's own
government (CONCEDE), being charged in court (COERCE), an invitation for talks, troops moving into a town,
repeating or reiterating a call (the call itself).
An action noun offered ("a proposé ses bons offices") is possible, not planned. A weekday after "for",
"pour", "d'ici" or "prévu" is the coming one ("a strike for Monday").
Forecasters' and companies' warnings, runners crushing a field, banners and "s'arrêter" are no events.
Sentences are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import norm, of_type, run


def types(events: list[dict[str, Any]]) -> set[str]:
    return {e["type"] for e in events}


# --- a finite verb coordinated below the first clause is a statement of its own -----------------------------


def test_call_coordinated_with_an_infinitive_en(nlps: dict[str, Any]) -> None:
    body = "Mr Odinga refused to concede defeat and called on his supporters to stay calm."
    assert of_type(run(nlps, "en", body), "REQUEST")


def test_accusation_after_a_denied_clause_en(nlps: dict[str, Any]) -> None:
    body = "The minister denied that soldiers had looted the town and accused Rwanda of arming the rebels."
    (ev,) = of_type(run(nlps, "en", body), "ACCUSE")
    assert norm(ev["actors"]["target"]) == "Rwanda"


def test_reproach_after_a_participle_fr(nlps: dict[str, Any]) -> None:
    body = "Alger a rejeté ce communiqué, le qualifiant de « provocation », et a reproché à Rabat de menacer la région."
    assert of_type(run(nlps, "fr", body), "ACCUSE")


def test_warning_coordinated_with_an_infinitive_fr(nlps: dict[str, Any]) -> None:
    body = "Le ministre a invité les Tchadiens à voter dans le calme et a averti que les fraudeurs seraient punis."
    assert of_type(run(nlps, "fr", body), "THREATEN")


def test_offer_coordinated_below_a_request_is_its_own_en(nlps: dict[str, Any]) -> None:
    body = "The Arab League urged the rival factions to lay down their arms and offered to send mediators to Tripoli."
    (ev,) = of_type(run(nlps, "en", body), "CONSULT")
    assert ev["mode"] == "possible"


def test_infinitives_coordinated_inside_a_request_stay_content_en(nlps: dict[str, Any]) -> None:
    body = "Kenya urged Uganda to withdraw its troops and release the prisoners."
    assert types(run(nlps, "en", body)) == {"REQUEST"}


def test_infinitives_coordinated_inside_a_request_stay_content_fr(nlps: dict[str, Any]) -> None:
    body = "Le Niger a exhorté l'Algérie à cesser ses ingérences et à retirer ses troupes."
    assert types(run(nlps, "fr", body)) == {"REQUEST"}


# --- crowds, light verbs and partitives ------------------------------------------------------------------------


def test_unnamed_crowd_gathering_is_a_protest_fr(nlps: dict[str, Any]) -> None:
    body = "Des centaines de personnes se sont rassemblées devant le siège du parti."
    assert of_type(run(nlps, "fr", body), "PROTEST")


def test_crowd_at_a_match_is_no_protest_fr(nlps: dict[str, Any]) -> None:
    body = "Des milliers de personnes se sont rassemblées au stade pour le match de football."
    assert not run(nlps, "fr", body)


def test_thousands_of_youths_blocking_roads_protest_fr(nlps: dict[str, Any]) -> None:
    assert of_type(run(nlps, "fr", "Des centaines de partisans ont bloqué l'autoroute près de Kinshasa."), "PROTEST")


def test_partitive_object_after_a_day_fr(nlps: dict[str, Any]) -> None:
    body = "L'aviation tchadienne a mené lundi des frappes contre des camps de Boko Haram."
    assert of_type(run(nlps, "fr", body), "ASSAULT")


def test_partitive_after_a_day_below_a_speech_verb_is_no_attack_fr(nlps: dict[str, Any]) -> None:
    assert not run(nlps, "fr", "Le ministre a parlé jeudi des frappes contre les positions rebelles.")


def test_tightened_sanctions_fr(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "fr", "Londres pourrait durcir ses sanctions contre Minsk."), "SANCTION")
    assert ev["mode"] == "possible"


def test_widened_sanctions_en(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "en", "Canada could widen its sanctions against Tehran."), "SANCTION")
    assert norm(ev["actors"]["target"]) == "Iran"


def test_widening_a_stadium_is_no_event_en(nlps: dict[str, Any]) -> None:
    assert not run(nlps, "en", "The club could widen its stadium.")


def test_following_with_sanctions_en(nlps: dict[str, Any]) -> None:
    body = "Britain may follow with sanctions against Caracas."
    assert of_type(run(nlps, "en", body), "SANCTION")


# --- new senses -------------------------------------------------------------------------------------------------


def test_approved_loan_is_aid_fr(nlps: dict[str, Any]) -> None:
    body = "Le FMI a approuvé un crédit de 300 millions de dollars pour le Ghana."
    assert types(run(nlps, "fr", body)) == {"AID"}


def test_approved_reform_is_no_aid_fr(nlps: dict[str, Any]) -> None:
    assert not of_type(run(nlps, "fr", "Le gouvernement kényan a approuvé la réforme des retraites."), "AID")


def test_good_offices_mission_is_diplomacy_fr(nlps: dict[str, Any]) -> None:
    body = "La Cédéao a dépêché une mission de bons offices à Niamey."
    assert types(run(nlps, "fr", body)) == {"CONSULT"}


def test_observation_mission_sent_is_diplomacy_fr(nlps: dict[str, Any]) -> None:
    body = "L'Union africaine a proposé l'envoi d'une mission d'observation à Conakry."
    assert types(run(nlps, "fr", body)) == {"CONSULT"}


def test_humanitarian_mission_stays_aid_fr(nlps: dict[str, Any]) -> None:
    assert types(run(nlps, "fr", "La France a dépêché une mission humanitaire à Bamako.")) == {"AID"}


def test_suspended_cooperation_fr(nlps: dict[str, Any]) -> None:
    body = "Berlin a annoncé la suspension de sa coopération militaire avec Niamey."
    (ev,) = of_type(run(nlps, "fr", body), "SANCTION")
    assert norm(ev["actors"]["source"]) == "Germany"


def test_suspended_player_is_no_sanction_fr(nlps: dict[str, Any]) -> None:
    assert not run(nlps, "fr", "La ligue a annoncé la suspension du joueur pour trois matchs.")


def test_reinforced_patrols_fr(nlps: dict[str, Any]) -> None:
    body = "L'Algérie a annoncé le renforcement de ses patrouilles à la frontière malienne."
    assert of_type(run(nlps, "fr", body), "MOBILIZE")


def test_reinforced_tax_controls_are_no_mobilization_fr(nlps: dict[str, Any]) -> None:
    assert not run(nlps, "fr", "Le Maroc a annoncé le renforcement de ses contrôles fiscaux.")


def test_recalled_diplomats_en(nlps: dict[str, Any]) -> None:
    assert of_type(run(nlps, "en", "Ghana recalled two diplomats from Lome."), "SANCTION")


def test_seized_trucks_are_coercion_en(nlps: dict[str, Any]) -> None:
    assert types(run(nlps, "en", "Hungarian customs officers seized six Serbian lorries at the crossing.")) == {
        "COERCE"
    }


def test_seized_town_stays_an_attack_en(nlps: dict[str, Any]) -> None:
    assert types(run(nlps, "en", "Russian forces seized the town of Avdiivka.")) == {"ASSAULT"}


def test_military_personnel_withdrawn_is_a_retreat_en(nlps: dict[str, Any]) -> None:
    body = "France has withdrawn its military personnel from Chad."
    assert types(run(nlps, "en", body)) == {"RETREAT"}


def test_diplomatic_personnel_withdrawn_is_a_sanction_en(nlps: dict[str, Any]) -> None:
    body = "France has withdrawn its diplomatic personnel from Chad."
    assert types(run(nlps, "en", body)) == {"SANCTION"}


def test_firing_on_protesters_en(nlps: dict[str, Any]) -> None:
    assert of_type(run(nlps, "en", "Soldiers fired on protesters in Nairobi."), "ASSAULT")


def test_ordered_release_of_detainees_en(nlps: dict[str, Any]) -> None:
    assert of_type(run(nlps, "en", "A court in Abuja ordered the release of 14 activists."), "RETREAT")


def test_release_of_a_film_is_no_event_en(nlps: dict[str, Any]) -> None:
    assert not run(nlps, "en", "The studio announced the release of the film.")


def test_offered_asylum_en(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "en", "Mexico offered asylum to the opposition leader."), "AID")
    assert ev["mode"] == "possible"  # an offer is possible, a promise planned


def test_joint_exercise_held_en(nlps: dict[str, Any]) -> None:
    body = "The Greek and Egyptian air forces held a joint exercise over Crete."
    assert of_type(run(nlps, "en", body), "MOBILIZE")


def test_vow_to_hunt_down_is_a_threat_en(nlps: dict[str, Any]) -> None:
    assert types(run(nlps, "en", "Ghana's president vowed to hunt down the smugglers.")) == {"THREATEN"}


def test_recognised_victory_is_support_fr(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "fr", "Madrid a reconnu la victoire de l'opposant Carlos Pérez."), "SUPPORT")
    assert norm(ev["actors"]["source"]) == "Spain"


def test_recognising_a_fact_is_no_support_fr(nlps: dict[str, Any]) -> None:
    assert not run(nlps, "fr", "Paris a reconnu que la situation était difficile.")


def test_renouncing_an_action_is_a_concession_fr(nlps: dict[str, Any]) -> None:
    assert of_type(run(nlps, "fr", "Le gouvernement malien a renoncé à convoquer le Parlement."), "CONCEDE")


def test_barricades_are_a_protest_fr(nlps: dict[str, Any]) -> None:
    assert of_type(run(nlps, "fr", "Des chauffeurs de taxi en colère ont dressé des barricades à Abidjan."), "PROTEST")


def test_food_shipped_is_aid_fr(nlps: dict[str, Any]) -> None:
    assert of_type(run(nlps, "fr", "L'Unicef a acheminé des médicaments au Soudan."), "AID")


def test_ships_loaded_with_food_are_aid_fr(nlps: dict[str, Any]) -> None:
    body = "Le Brésil a dépêché trois navires chargés de vivres vers le Mozambique."
    assert types(run(nlps, "fr", body)) == {"AID"}


def test_warships_sent_stay_a_mobilization_fr(nlps: dict[str, Any]) -> None:
    assert types(run(nlps, "fr", "Le Brésil a dépêché trois navires de guerre dans l'Atlantique Sud.")) == {"MOBILIZE"}


def test_visit_of_a_titled_named_minister_fr(nlps: dict[str, Any]) -> None:
    body = "Un accord a été signé lors d'une visite du ministre allemand Jan Kohl à Nairobi."
    (ev,) = of_type(run(nlps, "fr", body), "CONSULT")
    assert norm(ev["actors"]["target"]) == "Kenya"


def test_visit_of_an_unnamed_minister_is_no_event_fr(nlps: dict[str, Any]) -> None:
    assert not of_type(run(nlps, "fr", "Un accord a été signé lors d'une visite du ministre."), "CONSULT")


# --- hard negatives -----------------------------------------------------------------------------------------------


def test_forecasters_warning_is_no_threat_en(nlps: dict[str, Any]) -> None:
    assert not run(nlps, "en", "Meteorologists warned that a typhoon could reach the coast on Friday.")


def test_forecasters_warning_is_no_threat_fr(nlps: dict[str, Any]) -> None:
    assert not run(nlps, "fr", "Les prévisionnistes ont averti que des orages violents toucheraient le sud du pays.")


def test_state_warning_stays_a_threat_en(nlps: dict[str, Any]) -> None:
    assert of_type(run(nlps, "en", "Moscow warned that it would retaliate."), "THREATEN")


def test_convoy_stopping_is_no_arrest_fr(nlps: dict[str, Any]) -> None:
    assert not run(nlps, "fr", "Le convoi russe s'est arrêté à la frontière.")


def test_police_arrest_stays_coercion_fr(nlps: dict[str, Any]) -> None:
    assert of_type(run(nlps, "fr", "La police a arrêté trois manifestants à Dakar."), "COERCE")


def test_banner_unfurled_by_fans_is_no_mobilization_fr(nlps: dict[str, Any]) -> None:
    assert not run(nlps, "fr", "Les fans du club ont déployé un immense drapeau avant le coup d'envoi.")


# --- joining a protest, dismissing one's cabinet, charging, inviting, moving in ----------------------------------


def test_taking_part_in_a_march_is_a_protest_fr(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "fr", "Les syndicats participeront à la marche de samedi à Dakar."), "PROTEST")
    assert ev["mode"] == "planned"


def test_taking_part_in_a_summit_stays_consult_fr(nlps: dict[str, Any]) -> None:
    assert types(run(nlps, "fr", "Le Sénégal participera au sommet de Nairobi.")) == {"CONSULT"}


def test_joining_the_protesters_fr(nlps: dict[str, Any]) -> None:
    assert of_type(run(nlps, "fr", "Des centaines d'enseignants ont rejoint les manifestants à Lomé."), "PROTEST")


def test_dismissing_ones_government_is_a_concession_fr(nlps: dict[str, Any]) -> None:
    assert of_type(run(nlps, "fr", "Le président sénégalais a limogé son gouvernement."), "CONCEDE")


def test_government_dismissing_an_official_is_no_concession_fr(nlps: dict[str, Any]) -> None:
    assert not of_type(run(nlps, "fr", "Le gouvernement sénégalais a limogé le préfet de Dakar."), "CONCEDE")


def test_charged_in_court_is_coercion_en(nlps: dict[str, Any]) -> None:
    body = "Prosecutors said the 12 suspects would be charged with sedition."
    (ev,) = of_type(run(nlps, "en", body), "COERCE")
    assert ev["mode"] == "planned"


def test_invitation_for_talks_en(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "en", "Kenya could invite Ethiopia's leaders to Nairobi for talks."), "CONSULT")
    assert ev["mode"] == "possible"


def test_troops_moving_into_a_town_en(nlps: dict[str, Any]) -> None:
    assert of_type(run(nlps, "en", "Ethiopian troops moved into the border town of Humera."), "MOBILIZE")


def test_company_moving_into_offices_is_no_event_en(nlps: dict[str, Any]) -> None:
    assert not run(nlps, "en", "The company moved into new offices.")


def test_runners_crushing_the_field_is_no_attack_en(nlps: dict[str, Any]) -> None:
    assert not run(nlps, "en", "Kenyan athletes crushed their rivals at the world championships in Oslo.")


def test_forces_crushing_a_rebellion_stay_an_attack_en(nlps: dict[str, Any]) -> None:
    assert of_type(run(nlps, "en", "Russian forces crushed the rebellion in Grozny."), "ASSAULT")


def test_company_warning_on_revenue_is_no_threat_fr(nlps: dict[str, Any]) -> None:
    body = "L'entreprise minière a averti que ses bénéfices allaient chuter cette année."
    assert not run(nlps, "fr", body)


def test_state_warning_stays_a_threat_fr(nlps: dict[str, Any]) -> None:
    assert of_type(run(nlps, "fr", "Le Niger a averti que ses troupes riposteraient."), "THREATEN")


# --- a weekday introduced by "for" / "pour" / "prévu" is a coming day ---------------------------------------------


def test_strike_called_for_friday_is_next_friday_en(nlps: dict[str, Any]) -> None:
    (ev,) = run(nlps, "en", "Teachers' unions called a general strike for Friday.")
    assert ev["time"]["resolved"] == "2024-03-15"


def test_call_to_strike_for_monday_is_next_monday_fr(nlps: dict[str, Any]) -> None:
    (ev,) = run(nlps, "fr", "Le syndicat des taxis a appelé à une grève générale pour lundi.")
    assert ev["time"]["resolved"] == "2024-03-11"


def test_march_on_monday_stays_last_monday_en(nlps: dict[str, Any]) -> None:
    (ev,) = run(nlps, "en", "Protesters marched in Nairobi on Monday.")
    assert ev["time"]["resolved"] == "2024-03-04"


def test_offered_mediation_is_possible_fr(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "fr", "Le Qatar a proposé une médiation entre Kinshasa et Kigali."), "CONSULT")
    assert ev["mode"] == "possible"


def test_promised_aid_stays_planned_fr(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "fr", "La France a promis une aide de 10 millions d'euros au Niger."), "AID")
    assert ev["mode"] == "planned"


# --- repeating a call is making it --------------------------------------------------------------------------------


def test_reiterated_call_is_a_request_en(nlps: dict[str, Any]) -> None:
    assert of_type(run(nlps, "en", "Greece reiterated its call for talks with Ankara."), "REQUEST")


def test_repeated_call_is_a_request_fr(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "fr", "Le Qatar a répété son appel à un cessez-le-feu immédiat."), "REQUEST")
    assert norm(ev["actors"]["source"]) == "Qatar"
