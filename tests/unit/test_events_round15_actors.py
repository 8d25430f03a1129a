"""Round 15: targets named inside the object and sources standing for a state.
The state where an embassy or an envoy is posted is the target of closing, reopening or recalling it (through a
threatened verb too), unless it is the source's own; the beneficiary hung below the object ("of funding for X"); the
one whose pressure a state gives in to; the nationality of taxed goods, not of goods in a clause of their own. A
leader's government is the leader's state; a country's court or prosecutors are that state; the EU's member states
counted as a whole are the EU. Sentences are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run, src, tgt

# --- where an embassy or an envoy is posted -----------------------------------------------------------------------


def test_closed_embassy_in_capital_targets_its_state_en(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "en", "Serbia closed its embassy in Zagreb on Monday."), "SANCTION")
    assert tgt(ev) == "Croatia"


def test_threat_to_close_embassy_targets_host_state_fr(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "fr", "La Serbie a menacé de fermer son ambassade en Croatie."), "THREATEN")
    assert tgt(ev) == "Croatia"


def test_envoy_not_recalled_from_named_post_fr(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "fr", "La Hongrie n'a pas rappelé son ambassadeur en Russie."), "SANCTION")
    assert tgt(ev) == "Russia"


def test_embassy_in_own_capital_is_no_target_en(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "en", "Serbia closed its embassy in Belgrade on Monday."), "SANCTION")
    assert tgt(ev) != "Serbia"


# --- the beneficiary below the object ----------------------------------------------------------------------------


def test_funding_for_state_below_object_en(nlps: dict[str, Any]) -> None:
    body = "The European Commission froze 2 billion euros of funding for Poland on Monday."
    (ev,) = of_type(run(nlps, "en", body), "SANCTION")
    assert tgt(ev) == "Poland"


# --- pressure given in to ----------------------------------------------------------------------------------------


def test_pressure_of_capital_is_target_of_concession_fr(nlps: dict[str, Any]) -> None:
    body = "Le Mexique ne céderait pas aux pressions de Washington, a dit la présidente."
    (ev,) = of_type(run(nlps, "fr", body), "CONCEDE")
    assert tgt(ev) == "United States"


def test_unowned_pressure_gives_no_target_fr(nlps: dict[str, Any]) -> None:
    body = "Le Mexique ne cédera pas aux pressions extérieures, a dit la présidente."
    for ev in of_type(run(nlps, "fr", body), "CONCEDE"):
        assert tgt(ev) is None


# --- taxed goods -------------------------------------------------------------------------------------------------


def test_tax_on_goods_targets_their_state_fr(nlps: dict[str, Any]) -> None:
    body = "Washington a imposé mardi des taxes de 10 % sur les produits chinois."
    (ev,) = of_type(run(nlps, "fr", body), "SANCTION")
    assert tgt(ev) == "China"


def test_taxing_goods_under_modal_fr(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "fr", "Le Canada pourrait taxer à son tour des produits américains."), "SANCTION")
    assert tgt(ev) == "United States"


def test_taxing_goods_in_clause_coordinated_under_another_event_fr(nlps: dict[str, Any]) -> None:
    body = ("Le Premier ministre a assuré que le Canada ne céderait pas aux pressions de Washington et pourrait "
            "taxer à son tour des produits américains.")
    (ev,) = of_type(run(nlps, "fr", body), "SANCTION")
    assert tgt(ev) == "United States"


def test_goods_in_relative_clause_are_not_the_target_en(nlps: dict[str, Any]) -> None:
    body = "The Treasury Department blacklisted a dozen tankers that carry Venezuelan oil to Asian ports."
    for ev in of_type(run(nlps, "en", body), "SANCTION"):
        assert tgt(ev) != "Venezuela"


# --- sources standing for a state --------------------------------------------------------------------------------


def test_leader_government_is_the_state_en(nlps: dict[str, Any]) -> None:
    body = "President Emmanuel Macron's government rejected the plan on Tuesday."
    (ev,) = of_type(run(nlps, "en", body), "REJECT")
    assert src(ev) == "France"


def test_leader_alone_stays_the_leader_en(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "en", "President Emmanuel Macron rejected the plan on Tuesday."), "REJECT")
    assert src(ev) == "Emmanuel Macron"


def test_country_supreme_court_is_the_state_fr(nlps: dict[str, Any]) -> None:
    body = "La Cour suprême du Chili a condamné jeudi l'ancien ministre Pedro Soto à 12 ans de prison."
    (ev,) = of_type(run(nlps, "fr", body), "COERCE")
    assert src(ev) == "Chile"


def test_member_states_counted_are_the_union_en(nlps: dict[str, Any]) -> None:
    body = "Ukrainian President Volodymyr Zelensky thanked the 27 member states for their support."
    (ev,) = of_type(run(nlps, "en", body), "SUPPORT")
    assert tgt(ev) == "European Union"


# --- the partner below an agreed verb ----------------------------------------------------------------------------


def test_partner_below_agreed_verb_en(nlps: dict[str, Any]) -> None:
    body = "Egypt, Jordan and Iraq agreed to restore full diplomatic ties with Damascus, an official said."
    (ev,) = of_type(run(nlps, "en", body), "AGREE")
    assert tgt(ev) == "Syria"


def test_coordinated_parties_agree_without_partner_phrase_en(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "en", "Egypt and Jordan agreed to restore full diplomatic ties."), "AGREE")
    assert tgt(ev) == "Jordan"


# --- emergency aid to the stricken country -----------------------------------------------------------------------


def test_engineers_offered_after_disaster_go_to_the_country_en(nlps: dict[str, Any]) -> None:
    body = ("A cyclone devastated Fiji on Sunday, cutting power across the islands.\n\n"
            "New Zealand offered to send engineers to help repair the power lines.")
    (ev,) = of_type(run(nlps, "en", body), "AID")
    assert tgt(ev) == "Fiji"
