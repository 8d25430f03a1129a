"""Round 16: actors named by a counted envoy hung under a day, by the nationality of a denied charge, and the
English reading of a short country name. Sentences are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run, src, tgt

# --- a counted envoy after a day ----------------------------------------------------------------------------------


def test_counted_envoys_after_day_target_their_state_fr(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "fr", "La Pologne a expulsé lundi 12 diplomates biélorusses."), "SANCTION")
    assert tgt(ev) == "Belarus"


def test_counted_envoys_after_turn_target_their_state_fr(nlps: dict[str, Any]) -> None:
    body = "La Lettonie a apporté son soutien, tandis que Vilnius a expulsé à son tour quatre diplomates biélorusses."
    (ev,) = of_type(run(nlps, "fr", body), "SANCTION")
    assert tgt(ev) == "Belarus"


def test_counted_envoys_without_nationality_no_target_fr(nlps: dict[str, Any]) -> None:
    for ev in of_type(run(nlps, "fr", "La Pologne a expulsé lundi 12 diplomates."), "SANCTION"):
        assert tgt(ev) is None


# --- the nationality of a denied charge ---------------------------------------------------------------------------


def test_denied_claims_with_nationality_target_en(nlps: dict[str, Any]) -> None:
    body = "Kigali denied Ugandan claims that the militia crossed the border."
    (ev,) = of_type(run(nlps, "en", body), "REJECT")
    assert tgt(ev) == "Uganda"


def test_charges_called_absurd_on_coordinated_verb_fr(nlps: dict[str, Any]) -> None:
    body = "Moscou a nié toute implication, et a qualifié les accusations polonaises d'« absurdes »."
    evs = of_type(run(nlps, "fr", body), "REJECT")
    assert evs and tgt(evs[0]) == "Poland"


def test_denied_claims_without_nationality_no_target_en(nlps: dict[str, Any]) -> None:
    for ev in of_type(run(nlps, "en", "Kigali denied the claims."), "REJECT"):
        assert tgt(ev) is None


# --- "Congo" in English news --------------------------------------------------------------------------------------


def test_bare_congo_is_the_democratic_republic_en(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "en", "Congo accused Rwanda of backing the rebels."), "ACCUSE")
    assert src(ev) == "Democratic Republic of the Congo"


def test_bare_congo_stays_the_republic_fr(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "fr", "Le Congo a accusé le Rwanda de soutenir les rebelles."), "ACCUSE")
    assert src(ev) == "Republic of the Congo"


# --- the subject of a gerund parsed as an oblique -----------------------------------------------------------------


def test_gerund_oblique_takes_main_subject_fr(nlps: dict[str, Any]) -> None:
    body = "Varsovie a répondu lundi en expulsant 12 employés de l'ambassade biélorusse."
    (ev,) = of_type(run(nlps, "fr", body), "SANCTION")
    assert src(ev) == "Poland"


def test_gerund_oblique_keeps_no_subject_when_none_fr(nlps: dict[str, Any]) -> None:
    for ev in of_type(run(nlps, "fr", "En expulsant 12 employés de l'ambassade biélorusse."), "SANCTION"):
        assert src(ev) is None


# --- a group named in lower case ----------------------------------------------------------------------------------


def test_lower_case_group_name_fr(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "fr", "Les houthis ont attaqué un navire marchand."), "ASSAULT")
    assert src(ev) == "Houthis"


# --- a coalition led by a state -----------------------------------------------------------------------------------


def test_coalition_led_by_state_is_source_fr(nlps: dict[str, Any]) -> None:
    body = "La coalition menée par l'Arabie saoudite, en guerre depuis 2015, a salué l'annonce."
    (ev,) = of_type(run(nlps, "fr", body), "SUPPORT")
    assert src(ev) == "Saudi Arabia"


def test_coalition_led_by_state_is_source_en(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "en", "The coalition led by Saudi Arabia welcomed the announcement."), "SUPPORT")
    assert src(ev) == "Saudi Arabia"


def test_unled_coalition_has_no_state_source_en(nlps: dict[str, Any]) -> None:
    for ev in of_type(run(nlps, "en", "The coalition welcomed the announcement."), "SUPPORT"):
        assert src(ev) is None


# --- nationality words in a title ---------------------------------------------------------------------------------


def test_title_nationality_counts_as_country_en() -> None:
    from worker.events.actors import countries_in_text

    assert countries_in_text("Gunmen kill 12 in raid on Kenyan village near Somalia border") == ["KEN", "SOM"]


def test_title_without_country_words_names_none_en() -> None:
    from worker.events.actors import countries_in_text

    assert countries_in_text("Gunmen kill 12 in raid on village near the border") == []


def test_republic_of_congo_stays_the_republic_en(nlps: dict[str, Any]) -> None:
    from worker.events.actors import find_places

    found = find_places(nlps["en"]("Troops crossed into the Republic of Congo on Monday."))
    assert [m.normalized for m in found if m.text == "Congo"] == ["Republic of the Congo"]
