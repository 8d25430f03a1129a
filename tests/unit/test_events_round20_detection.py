"""Round 20 (detection, reporters, quantities, places): a stance's speaker is its source, not a reporter; wins
by sports sides are no attack even when a state names the side; soldiers arrested are people; a French object
hung as "obl:arg" after a partitive; warships dispatched; relatives counted; restated measures; objects hung on the
first conjunct; exchanges of fire; subjects of raising predicates ("is due to meet");
lexicon gaps (export suspensions, blacklisting, court challenges, reinforced defences).
Sentences are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import norm, of_type, run

# --- reporters: a stance is the statement itself ---------------------------------------------------------------


def test_stance_speaker_is_no_reporter_en(nlps: dict[str, Any]) -> None:
    body = "Canada said it was deeply concerned by the arrests."
    (ev,) = of_type(run(nlps, "en", body), "ACCUSE")
    assert norm(ev["actors"]["source"]) == "Canada"
    assert ev["reported_by"] is None


def test_stance_speaker_is_no_reporter_fr(nlps: dict[str, Any]) -> None:
    body = "L'Allemagne s'est dite solidaire de la Pologne."
    (ev,) = of_type(run(nlps, "fr", body), "SUPPORT")
    assert ev["reported_by"] is None


def test_third_party_reporter_of_a_stance_kept_en(nlps: dict[str, Any]) -> None:
    body = "Canada condemned the arrests, a Swedish diplomat said."
    (ev,) = of_type(run(nlps, "en", body), "ACCUSE")
    assert norm(ev["reported_by"]) == "Sweden"


def test_own_action_report_unchanged_en(nlps: dict[str, Any]) -> None:
    # actions (not stances) keep the older convention: "Poland said it would deploy" → Poland
    body = "Poland said it would deploy 500 additional troops to its eastern border."
    (ev,) = of_type(run(nlps, "en", body), "MOBILIZE")
    assert norm(ev["reported_by"]) == "Poland"


# --- sports results ---------------------------------------------------------------------------------------------


def test_cricket_side_is_no_attack_en(nlps: dict[str, Any]) -> None:
    body = "In Dubai, Pakistan's cricket team crushed Scotland by 80 runs."
    assert of_type(run(nlps, "en", body), "ASSAULT") == []


def test_wrestlers_at_championships_are_no_attack_en(nlps: dict[str, Any]) -> None:
    body = "Japan's wrestlers crushed Iran at the world championships."
    assert of_type(run(nlps, "en", body), "ASSAULT") == []


def test_national_side_in_tournament_is_no_attack_fr(nlps: dict[str, Any]) -> None:
    body = "L'équipe du Maroc a écrasé l'Algérie en finale du tournoi."
    assert of_type(run(nlps, "fr", body), "ASSAULT") == []


def test_army_crushing_rebels_still_an_attack_en(nlps: dict[str, Any]) -> None:
    body = "Russian forces crushed the rebellion in Grozny."
    (ev,) = of_type(run(nlps, "en", body), "ASSAULT")
    assert norm(ev["actors"]["source"]) == "Russia"


# --- quantities -------------------------------------------------------------------------------------------------


def test_arrested_soldiers_are_people_fr(nlps: dict[str, Any]) -> None:
    body = "La police a arrêté 23 militaires à Malabo."
    (ev,) = of_type(run(nlps, "fr", body), "COERCE")
    assert [(q["value"], q["unit"]) for q in ev["quantities"]] == [(23, "people")]


def test_arrested_soldiers_are_people_en(nlps: dict[str, Any]) -> None:
    body = "Police in Bamako arrested 12 soldiers on Monday."
    (ev,) = of_type(run(nlps, "en", body), "COERCE")
    assert [(q["value"], q["unit"]) for q in ev["quantities"]] == [(12, "people")]


def test_deployed_soldiers_stay_troops_fr(nlps: dict[str, Any]) -> None:
    body = "L'armée malienne a déployé 4 000 militaires à Gao."
    (ev,) = of_type(run(nlps, "fr", body), "MOBILIZE")
    assert [(q["value"], q["unit"]) for q in ev["quantities"]] == [(4000, "troops")]


def test_relatives_barred_are_counted_en(nlps: dict[str, Any]) -> None:
    body = "Britain barred his two sons from entering the country."
    evs = of_type(run(nlps, "en", body), "SANCTION")
    assert any((q["value"], q["unit"]) == (2, "people") for ev in evs for q in ev["quantities"]) or evs == []


def test_sons_not_counted_for_a_visit_en(nlps: dict[str, Any]) -> None:
    body = "The king and his two sons visited Paris on Monday."
    assert all(q["unit"] != "people" for ev in run(nlps, "en", body) for q in ev["quantities"])


# --- detection --------------------------------------------------------------------------------------------------


def test_partitive_object_misparsed_fr(nlps: dict[str, Any]) -> None:
    body = "La Chine a lancé mardi des exercices navals avec 4 000 soldats."
    (ev,) = of_type(run(nlps, "fr", body), "MOBILIZE")
    assert norm(ev["actors"]["source"]) == "China"


def test_dispatched_destroyers_fr(nlps: dict[str, Any]) -> None:
    body = "Le Japon a dépêché deux destroyers pour surveiller la zone."
    (ev,) = of_type(run(nlps, "fr", body), "MOBILIZE")
    assert norm(ev["actors"]["source"]) == "Japan"


def test_dispatched_frigates_en(nlps: dict[str, Any]) -> None:
    body = "Britain dispatched two frigates to the Channel."
    (ev,) = of_type(run(nlps, "en", body), "MOBILIZE")
    assert norm(ev["actors"]["source"]) == "United Kingdom"


def test_dispatched_rescuers_stay_aid_fr(nlps: dict[str, Any]) -> None:
    body = "Le Maroc a dépêché des secouristes en Turquie."
    assert of_type(run(nlps, "fr", body), "MOBILIZE") == []


def test_suspended_exports_en(nlps: dict[str, Any]) -> None:
    body = "Iran may suspend fuel exports to Afghanistan."
    (ev,) = of_type(run(nlps, "en", body), "SANCTION")
    assert norm(ev["actors"]["source"]) == "Iran"


def test_added_to_blacklist_en(nlps: dict[str, Any]) -> None:
    body = "Canada added three generals to its blacklist on Friday."
    (ev,) = of_type(run(nlps, "en", body), "SANCTION")
    assert norm(ev["actors"]["source"]) == "Canada"


def test_adding_salt_is_no_sanction_en(nlps: dict[str, Any]) -> None:
    body = "The chef added salt to the soup."
    assert of_type(run(nlps, "en", body), "SANCTION") == []


def test_court_challenge_en(nlps: dict[str, Any]) -> None:
    body = "Hungary said it would challenge the decision in the European Court of Justice."
    (ev,) = of_type(run(nlps, "en", body), "ACCUSE")
    assert norm(ev["actors"]["source"]) == "Hungary"


def test_challenged_referee_is_no_accusation_en(nlps: dict[str, Any]) -> None:
    body = "The coach challenged the referee's decision."
    assert of_type(run(nlps, "en", body), "ACCUSE") == []


def test_reinforced_defences_fr(nlps: dict[str, Any]) -> None:
    body = "Tokyo renforcerait ses défenses à Hokkaido si les exercices se prolongeaient."
    (ev,) = of_type(run(nlps, "fr", body), "MOBILIZE")
    assert ev["mode"] == "conditional"


def test_reinforced_defences_en(nlps: dict[str, Any]) -> None:
    body = "Japan will reinforce its defences on Hokkaido."
    (ev,) = of_type(run(nlps, "en", body), "MOBILIZE")
    assert norm(ev["actors"]["source"]) == "Japan"


def test_immune_defences_are_no_mobilization_fr(nlps: dict[str, Any]) -> None:
    body = "Le joueur a renforcé ses défenses immunitaires."
    assert of_type(run(nlps, "fr", body), "MOBILIZE") == []


# --- restated measures, misattached objects, clashes ------------------------------------------------------------


def test_restated_measures_merge_with_sanctions_en(nlps: dict[str, Any]) -> None:
    body = "Canada imposed sanctions on six generals. The measures freeze assets worth about $300 million."
    (ev,) = of_type(run(nlps, "en", body), "SANCTION")
    assert norm(ev["actors"]["source"]) == "Canada"
    assert (300000000, "USD") in [(q["value"], q["unit"]) for q in ev["quantities"]]


def test_restated_measures_take_the_source_fr(nlps: dict[str, Any]) -> None:
    body = ("L'Union européenne a imposé des sanctions à la Russie. "
            "Ces mesures gèlent des avoirs de 2 milliards d'euros.")
    evs = of_type(run(nlps, "fr", body), "SANCTION")
    assert evs and all(norm(ev["actors"]["source"]) == "European Union" for ev in evs)


def test_unrelated_measures_take_no_source_en(nlps: dict[str, Any]) -> None:
    # the sentence before has no sanction: nothing to restate
    body = "Canada held talks with Mexico. The measures freeze assets worth about $300 million."
    assert all(norm(ev["actors"]["source"]) != "Canada" for ev in of_type(run(nlps, "en", body), "SANCTION"))


def test_object_hung_on_first_conjunct_fr(nlps: dict[str, Any]) -> None:
    body = ("Les autorités du Gabon ont annoncé avoir déjoué une tentative de coup d'État et arrêté à Libreville "
            "23 militaires.")
    (ev,) = of_type(run(nlps, "fr", body), "COERCE")
    assert [(q["value"], q["unit"]) for q in ev["quantities"]] == [(23, "people")]


def test_exchanged_fire_is_a_clash_en(nlps: dict[str, Any]) -> None:
    body = "Indian and Pakistani troops exchanged fire across the Line of Control."
    (ev,) = of_type(run(nlps, "en", body), "ASSAULT")
    assert {norm(ev["actors"]["source"]), norm(ev["actors"]["target"])} == {"India", "Pakistan"}


def test_exchanged_fire_is_a_clash_fr(nlps: dict[str, Any]) -> None:
    body = "Les armées indienne et pakistanaise ont échangé des tirs."
    (ev,) = of_type(run(nlps, "fr", body), "ASSAULT")
    assert of_type(run(nlps, "fr", body), "CONSULT") == []
    assert norm(ev["actors"]["source"]) == "India"


def test_exchanging_views_stays_talks_fr(nlps: dict[str, Any]) -> None:
    body = "Macron a échangé avec Poutine au téléphone."
    assert len(of_type(run(nlps, "fr", body), "CONSULT")) == 1
    assert of_type(run(nlps, "fr", body), "ASSAULT") == []


def test_exchanging_views_is_no_clash_en(nlps: dict[str, Any]) -> None:
    body = "The two leaders exchanged views on trade."
    assert of_type(run(nlps, "en", body), "ASSAULT") == []


# --- subjects of raising predicates -----------------------------------------------------------------------------


def test_due_to_meet_en(nlps: dict[str, Any]) -> None:
    body = "Olaf Scholz is due to meet Emmanuel Macron on Friday."
    (ev,) = of_type(run(nlps, "en", body), "CONSULT")
    assert norm(ev["actors"]["source"]) == "Olaf Scholz"
    assert ev["mode"] == "planned"


def test_expected_to_impose_en(nlps: dict[str, Any]) -> None:
    body = "The European Union is expected to impose new sanctions on Belarus next month."
    (ev,) = of_type(run(nlps, "en", body), "SANCTION")
    assert norm(ev["actors"]["source"]) == "European Union"


def test_storm_expected_to_threaten_is_no_event_en(nlps: dict[str, Any]) -> None:
    # a pronoun subject of a raising passive is not inherited ("it" is a storm here, not the Treasury)
    body = ("The US Treasury imposed sanctions on two banks. "
            "Forecasters said the storm could strengthen, though it is not expected to threaten land.")
    assert all(norm(ev["actors"]["source"]) is None for ev in of_type(run(nlps, "en", body), "THREATEN"))


# --- reporters: "according to" ends at its phrase ---------------------------------------------------------------


def test_according_to_demonym_source_en(nlps: dict[str, Any]) -> None:
    body = "According to French officials, Russia has moved 3,000 troops to the border."
    (ev,) = of_type(run(nlps, "en", body), "MOBILIZE")
    assert norm(ev["actors"]["source"]) == "Russia"
    assert norm(ev["reported_by"]) == "France"


def test_selon_demonym_source_fr(nlps: dict[str, Any]) -> None:
    body = "Selon des responsables français, la Russie a déployé 3 000 soldats à la frontière."
    (ev,) = of_type(run(nlps, "fr", body), "MOBILIZE")
    assert norm(ev["reported_by"]) == "France"


def test_trailing_according_to_kept_en(nlps: dict[str, Any]) -> None:
    body = "Russia has moved 3,000 troops to the border, according to NATO."
    (ev,) = of_type(run(nlps, "en", body), "MOBILIZE")
    assert norm(ev["reported_by"]) == "NATO"


# --- release of people the state arrested -----------------------------------------------------------------------


def test_arrested_people_released_by_the_state_fr(nlps: dict[str, Any]) -> None:
    body = ("Le Togo est secoué par des manifestations. "
            "Les syndicats menacent de reprendre la grève si les personnes arrêtées ne sont pas libérées.")
    (ev,) = of_type(run(nlps, "fr", body), "RETREAT")
    assert norm(ev["actors"]["source"]) == "Togo"
    assert ev["mode"] == "conditional"


def test_arrested_people_released_by_the_state_en(nlps: dict[str, Any]) -> None:
    body = "Protests continued in Togo. Unions threatened a new strike if the people arrested were not released."
    (ev,) = of_type(run(nlps, "en", body), "RETREAT")
    assert norm(ev["actors"]["source"]) == "Togo"


def test_kidnapped_hostages_freed_are_no_state_release_fr(nlps: dict[str, Any]) -> None:
    body = "Le Niger est en deuil. Les otages enlevés ont été libérés."
    assert of_type(run(nlps, "fr", body), "RETREAT") == []


# --- sentences passed by a court --------------------------------------------------------------------------------


def test_court_sentences_fr(nlps: dict[str, Any]) -> None:
    body = "La Cour suprême a condamné sept coaccusés."
    (ev,) = of_type(run(nlps, "fr", body), "COERCE")
    assert [(q["value"], q["unit"]) for q in ev["quantities"]] == [(7, "people")]


def test_condemning_an_attack_on_a_court_stays_accuse_fr(nlps: dict[str, Any]) -> None:
    body = "La France a condamné l'attaque contre le tribunal de Bamako."
    assert of_type(run(nlps, "fr", body), "COERCE") == []
    assert len(of_type(run(nlps, "fr", body), "ACCUSE")) == 1


# --- statements and meetings count nobody -----------------------------------------------------------------------


def test_accusation_content_is_not_counted_en(nlps: dict[str, Any]) -> None:
    body = "Kinshasa accused Rwanda of sending 4,000 troops into Congo."
    (ev,) = of_type(run(nlps, "en", body), "ACCUSE")
    assert ev["quantities"] == []


def test_meeting_counts_nobody_fr(nlps: dict[str, Any]) -> None:
    body = "Les deux dirigeants ont rencontré trois ministres à Genève."
    assert all(ev["quantities"] == [] for ev in of_type(run(nlps, "fr", body), "CONSULT"))


def test_aid_with_its_amount_still_counted_en(nlps: dict[str, Any]) -> None:
    body = "Japan pledged $5 million in emergency aid to Tonga."
    (ev,) = of_type(run(nlps, "en", body), "AID")
    assert [(q["value"], q["unit"]) for q in ev["quantities"]] == [(5000000, "USD")]


# --- a coordinated verb shares the source of the verb it is coordinated with -------------------------------------


def test_coordinated_pledge_shares_the_source_fr(nlps: dict[str, Any]) -> None:
    body = ("Le président kényan William Ruto a salué « un geste historique » et promis 3 millions de dollars "
            "pour financer la mission.")
    (ev,) = of_type(run(nlps, "fr", body), "AID")
    assert norm(ev["actors"]["source"]) == "William Ruto"
    assert [(q["value"], q["unit"]) for q in ev["quantities"]] == [(3000000, "USD")]


def test_coordinated_clause_with_own_subject_keeps_it_fr(nlps: dict[str, Any]) -> None:
    body = "La France a salué l'accord et l'Allemagne a promis 5 millions de dollars d'aide."
    (ev,) = of_type(run(nlps, "fr", body), "AID")
    assert norm(ev["actors"]["source"]) == "Germany"


def test_coordinated_pledge_shares_the_source_en(nlps: dict[str, Any]) -> None:
    body = 'Kenyan President William Ruto welcomed "a historic gesture" and pledged $3 million to fund the mission.'
    (ev,) = of_type(run(nlps, "en", body), "AID")
    assert norm(ev["actors"]["source"]) in ("William Ruto", "Kenya")
