"""Round 15 (detection and types): trade measures, relief by transport, summits, and a mode across "et".

Customs duties laid on another country's goods are a SANCTION ("taxer les importations", visa restrictions
too); suspending them or granting a reprieve is a CONCEDE, even when a person is the only actor named;
lifting a veto or dropping an objection is a CONCEDE; a plane that lands with relief is AID; flying to a
summit is a CONSULT; "a jugé X « injuste »" is an ACCUSE; blocking sanctions is a REJECT. Mode: a conjunct
with a modal of its own ("ne signera pas … et pourrait …") is outside the first verb's negation. A
coordinated verb whose subject the parse lost joins the same-type event of its sentence.
Sentences are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import norm, of_type, run

# --- customs duties: SANCTION, and their suspension: CONCEDE ------------------------------------------------


def test_duties_on_foreign_products_fr(nlps: dict[str, Any]) -> None:
    body = "Le Canada a imposé des taxes de 15 % sur les produits japonais."
    (ev,) = of_type(run(nlps, "fr", body), "SANCTION")
    assert ev["trigger"]["text"] == "imposé"


def test_domestic_tax_is_no_sanction_fr(nlps: dict[str, Any]) -> None:
    body = "Le gouvernement a imposé de nouvelles taxes aux ménages les plus riches."
    assert of_type(run(nlps, "fr", body), "SANCTION") == []


def test_visa_restrictions_fr(nlps: dict[str, Any]) -> None:
    body = "Londres a imposé vendredi des restrictions de visa à trois ministres biélorusses."
    assert len(of_type(run(nlps, "fr", body), "SANCTION")) == 1


def test_taxing_imports_fr(nlps: dict[str, Any]) -> None:
    body = "L'Inde a décidé de taxer les importations australiennes."
    events = run(nlps, "fr", body)
    assert len(of_type(events, "SANCTION")) == 1
    assert of_type(events, "ACCUSE") == []


def test_taxer_de_is_still_an_accusation_fr(nlps: dict[str, Any]) -> None:
    body = "Le ministre a taxé l'opposition d'irresponsabilité."
    events = run(nlps, "fr", body)
    assert len(of_type(events, "ACCUSE")) == 1
    assert of_type(events, "SANCTION") == []


def test_suspending_duties_is_a_concession_fr(nlps: dict[str, Any]) -> None:
    body = "Le président Joe Biden a suspendu pour trois mois les taxes de 20 % sur l'acier."
    (ev,) = of_type(run(nlps, "fr", body), "CONCEDE")
    assert ev["trigger"]["text"] == "suspendu"


def test_company_suspending_operations_stays_without_event_fr(nlps: dict[str, Any]) -> None:
    body = "Le club a suspendu ses activités pour un mois."
    assert run(nlps, "fr", body) == []


def test_granting_a_reprieve_fr(nlps: dict[str, Any]) -> None:
    body = "Washington a accordé un répit au Japon."
    (ev,) = of_type(run(nlps, "fr", body), "CONCEDE")
    assert norm(ev["actors"]["source"]) == "United States"


def test_granting_aid_stays_aid_fr(nlps: dict[str, Any]) -> None:
    body = "Washington a accordé une aide de 10 millions de dollars au Japon."
    events = run(nlps, "fr", body)
    assert len(of_type(events, "AID")) == 1
    assert of_type(events, "CONCEDE") == []


# --- a negative judgement: ACCUSE --------------------------------------------------------------------------


def test_judged_unfair_fr(nlps: dict[str, Any]) -> None:
    body = "Le Premier ministre a jugé la décision « injuste »."
    assert len(of_type(run(nlps, "fr", body), "ACCUSE")) == 1


def test_judged_fair_is_no_accusation_fr(nlps: dict[str, Any]) -> None:
    body = "Le Premier ministre a jugé la décision « juste »."
    assert of_type(run(nlps, "fr", body), "ACCUSE") == []


# --- veto and objection lifted: CONCEDE; sanctions blocked: REJECT -----------------------------------------


def test_lifting_a_veto_en(nlps: dict[str, Any]) -> None:
    body = "Poland lifted its veto on the budget on Tuesday."
    assert len(of_type(run(nlps, "en", body), "CONCEDE")) == 1


def test_dropping_an_objection_en(nlps: dict[str, Any]) -> None:
    body = "Austria dropped its objection to the accession of Romania."
    assert len(of_type(run(nlps, "en", body), "CONCEDE")) == 1


def test_dropping_a_bag_is_no_event_en(nlps: dict[str, Any]) -> None:
    body = "The goalkeeper dropped the ball in the last minute."
    assert run(nlps, "en", body) == []


def test_not_blocking_sanctions_en(nlps: dict[str, Any]) -> None:
    body = "Slovakia said it would not block new sanctions against Iran."
    (ev,) = of_type(run(nlps, "en", body), "REJECT")
    assert ev["mode"] == "negated"


# --- relief by transport: AID; a summit trip: CONSULT ------------------------------------------------------


def test_plane_landing_with_relief_en(nlps: dict[str, Any]) -> None:
    body = "A New Zealand air force plane landed in Apia on Monday with food and medical supplies."
    (ev,) = of_type(run(nlps, "en", body), "AID")
    assert ev["trigger"]["text"] == "landed"


def test_plane_landing_with_passengers_is_no_event_en(nlps: dict[str, Any]) -> None:
    body = "The plane landed in Apia on Monday with 200 passengers."
    assert run(nlps, "en", body) == []


def test_flying_to_a_summit_en(nlps: dict[str, Any]) -> None:
    body = "The Indian prime minister flew to Jakarta for a regional summit."
    assert len(of_type(run(nlps, "en", body), "CONSULT")) == 1


def test_flying_to_a_match_is_no_event_en(nlps: dict[str, Any]) -> None:
    body = "The national team flew to Jakarta for a friendly match."
    assert run(nlps, "en", body) == []


# --- mode: a conjunct with its own modal is outside the negation --------------------------------------------


def test_conjunct_with_modal_is_possible_fr(nlps: dict[str, Any]) -> None:
    body = ("Le ministre a affirmé que l'Inde ne céderait pas aux pressions de Pékin "
            "et pourrait taxer les importations chinoises.")
    (ev,) = of_type(run(nlps, "fr", body), "SANCTION")
    assert ev["mode"] == "possible"


def test_shared_negation_still_negates_fr(nlps: dict[str, Any]) -> None:
    body = "Le gouvernement n'a pas rencontré les syndicats ni reçu leurs représentants."
    for ev in of_type(run(nlps, "fr", body), "CONSULT"):
        assert ev["mode"] == "negated"


# --- a coordinated verb that lost its subject joins its sentence's event ------------------------------------


def test_coordinated_sanctions_are_one_event_fr(nlps: dict[str, Any]) -> None:
    body = ("Washington a expulsé en mai l'ambassadeur colombien, suspendu son aide militaire "
            "et imposé en juin des droits de douane de 20 % sur les importations colombiennes.")
    assert len(of_type(run(nlps, "fr", body), "SANCTION")) == 1


# --- an object relative tagged as a noun is still a verb ----------------------------------------------------


def test_object_relative_tagged_noun_fr(nlps: dict[str, Any]) -> None:
    body = "Ottawa accuse le Chili de laisser passer la cocaïne, ce que le gouvernement chilien conteste."
    (ev,) = of_type(run(nlps, "fr", body), "REJECT")
    assert ev["trigger"]["text"] == "conteste"


def test_object_relative_without_event_verb_fr(nlps: dict[str, Any]) -> None:
    body = "Le ministre présentera la réforme, ce que le gouvernement souhaite."
    assert of_type(run(nlps, "fr", body), "REJECT") == []
