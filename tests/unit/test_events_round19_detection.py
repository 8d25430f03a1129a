"""Round 19 (detection, sources, places, quantities): ports closed to another state's vessels, standing by an
ally, breaking into computer systems, shelters opened for refugees, pressing on with an offensive, weighing
sanctions, trade curbs joined, observers noting irregularities, persona non grata, a seat of government that is
no capital, a place name hung on the noun before it, one national sentenced, reporters' words are no count.
Sentences are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import norm, of_type, run

# --- maritime and trade measures -------------------------------------------------------------------------------


def test_ports_closed_to_vessels_en(nlps: dict[str, Any]) -> None:
    body = "Finland said it would close its ports to Russian cargo ships."
    (ev,) = of_type(run(nlps, "en", body), "SANCTION")
    assert norm(ev["actors"]["source"]) == "Finland"


def test_shop_closing_is_no_sanction_en(nlps: dict[str, Any]) -> None:
    body = "The bakery closed its doors after forty years."
    assert of_type(run(nlps, "en", body), "SANCTION") == []


def test_joined_curbs_en(nlps: dict[str, Any]) -> None:
    body = "Japan joined new curbs on semiconductor sales to Russia."
    (ev,) = of_type(run(nlps, "en", body), "SANCTION")
    assert norm(ev["actors"]["source"]) == "Japan"


def test_inflation_curbs_are_no_sanction_en(nlps: dict[str, Any]) -> None:
    body = "The central bank joined the effort to curb inflation."
    assert of_type(run(nlps, "en", body), "SANCTION") == []


def test_considering_sanctions_is_possible_en(nlps: dict[str, Any]) -> None:
    body = "Canada is considering sanctions against the officials involved."
    (ev,) = of_type(run(nlps, "en", body), "SANCTION")
    assert ev["mode"] == "possible"


def test_envisaging_sanctions_is_possible_fr(nlps: dict[str, Any]) -> None:
    body = "Le Canada envisage des sanctions contre les responsables du coup d'État."
    (ev,) = of_type(run(nlps, "fr", body), "SANCTION")
    assert ev["mode"] == "possible"


# --- support, cyber intrusion, shelters, offensives -------------------------------------------------------------


def test_stood_by_an_ally_en(nlps: dict[str, Any]) -> None:
    body = "Germany said it stood by Lithuania in the dispute."
    (ev,) = of_type(run(nlps, "en", body), "SUPPORT")
    assert norm(ev["actors"]["source"]) == "Germany"


def test_stood_by_its_remarks_is_no_support_en(nlps: dict[str, Any]) -> None:
    body = "The minister stood by her remarks on Tuesday."
    assert of_type(run(nlps, "en", body), "SUPPORT") == []


def test_broke_into_networks_en(nlps: dict[str, Any]) -> None:
    body = "Hackers working for Iran broke into the networks of several Israeli water utilities."
    assert len(of_type(run(nlps, "en", body), "COERCE")) == 1


def test_broke_into_tears_is_no_event_en(nlps: dict[str, Any]) -> None:
    body = "The goalkeeper broke into tears after the final whistle."
    assert run(nlps, "en", body) == []


def test_shelters_opened_en(nlps: dict[str, Any]) -> None:
    body = "Polish authorities opened two shelters near the border for people fleeing Belarus."
    (ev,) = of_type(run(nlps, "en", body), "AID")
    assert norm(ev["actors"]["source"]) == "Poland"


def test_opened_a_shop_is_no_aid_en(nlps: dict[str, Any]) -> None:
    body = "The company opened two shops in the city centre."
    assert run(nlps, "en", body) == []


def test_pressed_on_with_the_offensive_en(nlps: dict[str, Any]) -> None:
    body = "The Sudanese army said it would press on with its offensive against the rebels."
    (ev,) = of_type(run(nlps, "en", body), "ASSAULT")
    assert ev["mode"] == "planned"


def test_pressed_on_with_reforms_is_no_attack_en(nlps: dict[str, Any]) -> None:
    body = "The government said it would press on with its pension reforms."
    assert of_type(run(nlps, "en", body), "ASSAULT") == []


# --- observers noting irregularities -------------------------------------------------------------------------------


def test_observers_noted_irregularities_fr(nlps: dict[str, Any]) -> None:
    body = "Les observateurs de l'Union africaine ont relevé de nombreuses irrégularités lors du scrutin."
    (ev,) = of_type(run(nlps, "fr", body), "ACCUSE")
    assert norm(ev["actors"]["source"]) == "African Union"


def test_raised_prices_is_no_accusation_fr(nlps: dict[str, Any]) -> None:
    body = "La société a relevé ses prix de cinq pour cent."
    assert run(nlps, "fr", body) == []


# --- persona non grata --------------------------------------------------------------------------------------------


def test_persona_non_grata_fr(nlps: dict[str, Any]) -> None:
    body = "La Russie a déclaré vendredi deux diplomates estoniens persona non grata."
    (ev,) = of_type(run(nlps, "fr", body), "SANCTION")
    assert norm(ev["actors"]["source"]) == "Russia"
    assert [(q["value"], q["unit"]) for q in ev["quantities"]] == [(2, "people")]


def test_persona_non_grata_en(nlps: dict[str, Any]) -> None:
    body = "Russia declared two Estonian diplomats persona non grata on Friday."
    (ev,) = of_type(run(nlps, "en", body), "SANCTION")
    assert norm(ev["actors"]["source"]) == "Russia"


def test_persona_non_grata_restating_an_expulsion_fr(nlps: dict[str, Any]) -> None:
    body = "Moscou a riposté dimanche en expulsant 15 employés de l'ambassade polonaise, déclarés persona non grata."
    assert len(of_type(run(nlps, "fr", body), "SANCTION")) == 1


def test_declared_results_is_no_sanction_en(nlps: dict[str, Any]) -> None:
    body = "The electoral commission declared the results on Monday."
    assert of_type(run(nlps, "en", body), "SANCTION") == []


# --- a seat of government stands for its state ------------------------------------------------------------------


def test_seat_of_government_en(nlps: dict[str, Any]) -> None:
    body = "The Hague summoned the Iranian ambassador on Monday."
    (ev,) = of_type(run(nlps, "en", body), "ACCUSE")
    assert norm(ev["actors"]["source"]) == "The Netherlands"


def test_seat_of_government_fr(nlps: dict[str, Any]) -> None:
    body = "La Paz a expulsé l'ambassadeur du Chili."
    (ev,) = of_type(run(nlps, "fr", body), "SANCTION")
    assert norm(ev["actors"]["source"]) == "Bolivia"


# --- an unknown place name hung on the noun before it ----------------------------------------------------------


def test_fighting_around_unknown_town_fr(nlps: dict[str, Any]) -> None:
    body = "Les combats autour de Bulo Burde ont fait au moins 30 morts."
    (ev,) = of_type(run(nlps, "fr", body), "ASSAULT")
    assert [p["normalized"] for p in ev["location"]] == ["Bulo Burde"]


def test_clashes_around_unknown_town_fr(nlps: dict[str, Any]) -> None:
    body = "Les affrontements autour de Xudur Hawo ont fait 12 morts."  # "Hawo" parsed as an adjective
    (ev,) = of_type(run(nlps, "fr", body), "ASSAULT")
    assert [p["normalized"] for p in ev["location"]] == ["Xudur Hawo"]


def test_embassy_adjective_is_no_place_en(nlps: dict[str, Any]) -> None:
    body = "Protesters rallied outside the French embassy on Sunday."
    (ev,) = of_type(run(nlps, "en", body), "PROTEST")
    assert all(p["normalized"] != "France" for p in ev["location"])


# --- counts ------------------------------------------------------------------------------------------------------


def test_one_national_sentenced_fr(nlps: dict[str, Any]) -> None:
    body = "Un tribunal de Minsk a condamné un ressortissant allemand à dix ans de prison."
    (ev,) = of_type(run(nlps, "fr", body), "COERCE")
    assert [(q["value"], q["unit"]) for q in ev["quantities"]] == [(1, "people")]


def test_one_citizen_detained_en(nlps: dict[str, Any]) -> None:
    body = "Iranian police detained one French citizen in Tehran."
    (ev,) = of_type(run(nlps, "en", body), "COERCE")
    assert [(q["value"], q["unit"]) for q in ev["quantities"]] == [(1, "people")]


def test_citizen_meeting_is_not_counted_fr(nlps: dict[str, Any]) -> None:
    body = "Un ressortissant allemand a rencontré le ministre des Affaires étrangères."
    events = run(nlps, "fr", body)
    assert all(ev["quantities"] == [] for ev in events)


def test_reporter_is_no_count_fr(nlps: dict[str, Any]) -> None:
    body = "Londres a gelé les avoirs de plusieurs juges, selon un ressortissant britannique."
    (ev,) = of_type(run(nlps, "fr", body), "SANCTION")
    assert ev["quantities"] == []


# --- a participle coordinated with a purpose infinitive shares the first verb's auxiliary ------------------------


def test_arrests_after_purpose_infinitive_fr(nlps: dict[str, Any]) -> None:
    body = "La police a tiré des gaz lacrymogènes pour disperser la foule et interpellé 25 personnes."
    events = of_type(run(nlps, "fr", body), "COERCE")
    assert [(q["value"], q["unit"]) for ev in events for q in ev["quantities"]] == [(25, "people")]


def test_promise_then_infinitive_is_unchanged_fr(nlps: dict[str, Any]) -> None:
    body = "Le gouvernement a promis de réformer la police et annoncé des élections."
    assert len(of_type(run(nlps, "fr", body), "AGREE")) == 1


# --- troops withdrawing (subject) from an unknown town -----------------------------------------------------------


def test_troops_withdraw_from_unknown_town_fr(nlps: dict[str, Any]) -> None:
    body = "Selon l'accord, les troupes russes doivent se retirer de Luuq Hawo d'ici quinze jours."
    (ev,) = of_type(run(nlps, "fr", body), "RETREAT")
    assert [p["normalized"] for p in ev["location"]] == ["Luuq Hawo"]


def test_troops_withdraw_from_unknown_town_en(nlps: dict[str, Any]) -> None:
    body = "Under the deal, Ethiopian troops will withdraw from Bulo Hawo within two weeks."
    (ev,) = of_type(run(nlps, "en", body), "RETREAT")
    assert [p["normalized"] for p in ev["location"]] == ["Bulo Hawo"]


def test_ministers_leaving_a_meeting_have_no_origin_en(nlps: dict[str, Any]) -> None:
    body = "The two ministers left the meeting in Geneva early."
    assert of_type(run(nlps, "en", body), "RETREAT") == []


# --- force used, fighting that "opposed" two armed parties --------------------------------------------------------


def test_police_using_force_en(nlps: dict[str, Any]) -> None:
    body = "If the riot police use force again, the union will call a general strike."
    (ev,) = of_type(run(nlps, "en", body), "COERCE")
    assert ev["mode"] == "conditional"


def test_task_force_is_no_coercion_en(nlps: dict[str, Any]) -> None:
    body = "The coach used his task force of analysts before the final."
    assert run(nlps, "en", body) == []


def test_fighting_opposed_soldiers_and_rebels_fr(nlps: dict[str, Any]) -> None:
    body = "Malgré la trêve, des combats ont opposé mardi soldats et rebelles, faisant au moins 9 morts."
    (ev,) = of_type(run(nlps, "fr", body), "ASSAULT")
    assert [(q["value"], q["unit"]) for q in ev["quantities"]] == [(9, "people")]


def test_fans_clashing_is_no_attack_fr(nlps: dict[str, Any]) -> None:
    body = "Des heurts ont opposé les supporters des deux clubs après le match."
    assert of_type(run(nlps, "fr", body), "ASSAULT") == []
