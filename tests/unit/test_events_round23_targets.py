"""Round 23: an offer of good offices that names no party ("Ethiopia offered to mediate", "l'Algérie a proposé
d'accueillir une rencontre") targets the article's two main countries when the mediator is neither; a mediation
done, or talks offered by one of the two, keeps its old target. Sentences are written for the tests (not taken from
eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run, src, tgt

_EN = ("Kenyan troops clashed with Somali forces near Mandera on Monday. Kenya accused Somalia of sheltering "
       "militants. Somalia denied the charge. ")
_FR = ("Des soldats maliens ont tué des éleveurs mauritaniens près de la frontière. La Mauritanie a accusé le Mali "
       "de mentir. Le Mali a démenti. ")
_PAIR_EN = ("Kenya", "Somalia")
_PAIR_FR = ("Mauritania", "Mali")


def test_offer_to_mediate_targets_the_pair_en(nlps: dict[str, Any]) -> None:
    body = _EN + "Ethiopia offered to mediate."
    evs = [ev for ev in of_type(run(nlps, "en", body), "CONSULT") if src(ev) == "Ethiopia"]
    assert evs and tgt(evs[-1]) in _PAIR_EN


def test_offer_to_host_talks_targets_the_pair_en(nlps: dict[str, Any]) -> None:
    body = _EN + "Ethiopia offered to host talks in Addis Ababa."
    evs = [ev for ev in of_type(run(nlps, "en", body), "CONSULT") if src(ev) == "Ethiopia"]
    assert evs and tgt(evs[-1]) in _PAIR_EN


def test_offer_to_host_a_meeting_targets_the_pair_fr(nlps: dict[str, Any]) -> None:
    body = _FR + "L'Algérie a proposé d'accueillir à Alger une rencontre entre les deux ministres."
    evs = [ev for ev in of_type(run(nlps, "fr", body), "CONSULT") if src(ev) == "Algeria"]
    assert evs and tgt(evs[-1]) in _PAIR_FR


def test_mediation_done_keeps_no_pair_target_en(nlps: dict[str, Any]) -> None:
    body = _EN + "Ethiopia mediated on Tuesday."
    for ev in of_type(run(nlps, "en", body), "CONSULT"):
        if src(ev) == "Ethiopia":
            assert tgt(ev) is None


def test_party_offering_talks_is_no_mediator_en(nlps: dict[str, Any]) -> None:
    body = _EN + "Kenya offered to host talks in Nairobi."
    for ev in of_type(run(nlps, "en", body), "CONSULT"):
        if src(ev) == "Kenya":
            assert tgt(ev) is None


# A French country name with no article and an adjective after it is a party's name, not the state.


def test_bare_country_with_adjective_is_a_party_fr(nlps: dict[str, Any]) -> None:
    body = "Le Premier ministre slovaque a accusé l'opposition. Slovaquie progressiste a rejeté ces accusations."
    evs = of_type(run(nlps, "fr", body), "REJECT")
    assert evs and src(evs[-1]) == "Slovaquie progressiste"


def test_country_with_article_stays_the_state_fr(nlps: dict[str, Any]) -> None:
    body = "Le Premier ministre hongrois a accusé Bratislava. La Slovaquie a rejeté ces accusations."
    evs = of_type(run(nlps, "fr", body), "REJECT")
    assert evs and src(evs[-1]) == "Slovakia"


def test_country_with_demonym_adjective_stays_the_state_fr(nlps: dict[str, Any]) -> None:
    body = "Des soldats ont été déployés en Ukraine orientale. Moscou a accusé Kiev de provocations."
    for ev in run(nlps, "fr", body):
        for side in ("source", "target"):
            a = ev["actors"][side]
            assert a is None or "orientale" not in (a["normalized"] or "")


# Aid pledged "to help Kenyan border communities": the nationality in the purpose names the recipient.


def test_aid_to_help_nationals_targets_their_state_en(nlps: dict[str, Any]) -> None:
    body = "The United States pledged $5 million to help Kenyan border communities."
    evs = of_type(run(nlps, "en", body), "AID")
    assert evs and tgt(evs[-1]) == "Kenya"


def test_aid_to_support_a_deployment_targets_its_state_fr(nlps: dict[str, Any]) -> None:
    body = "L'Union européenne a promis 20 millions d'euros pour soutenir le déploiement rwandais."
    evs = of_type(run(nlps, "fr", body), "AID")
    assert evs and tgt(evs[-1]) == "Rwanda"


def test_aid_with_no_nationality_after_help_has_no_such_target_en(nlps: dict[str, Any]) -> None:
    body = "The United States pledged $5 million to help border communities rebuild."
    for ev in of_type(run(nlps, "en", body), "AID"):
        assert tgt(ev) is None
