"""Detection, type and mode: attribution phrases are no complement ("according to" is no "accord"), the British
"mobilisation", a promise to seize ground is a threat, boats intercepted at sea, sovereignty transferred, a
chargé d'affaires summoned, an official dismissed (a firing, not a rejection), a round of talks held, warships
sent to waters, troops contributed, a vow of "all necessary measures", aid promised by a verb whose object the
parser gave to the first verb, and an act not ruled out (possible). Sentences are written for the tests (not
taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run, src


def test_according_to_is_no_accord_en(nlps: dict[str, Any]) -> None:
    body = "A strong earthquake struck the coastal province on Monday, according to the geological survey."
    assert not of_type(run(nlps, "en", body), "AGREE")


def test_british_mobilisation_en(nlps: dict[str, Any]) -> None:
    body = "The Armenian government ordered a general mobilisation on Sunday."
    assert of_type(run(nlps, "en", body), "MOBILIZE")


def test_vow_to_retake_town_is_threat_en(nlps: dict[str, Any]) -> None:
    evs = run(nlps, "en", "The Sudanese army chief vowed to retake the town within days.")
    assert of_type(evs, "THREATEN") and not of_type(evs, "AGREE")


def test_boats_intercepted_is_coerce_fr(nlps: dict[str, Any]) -> None:
    body = "La marine sénégalaise a intercepté mardi trois pirogues au large de Dakar."
    evs = of_type(run(nlps, "fr", body), "COERCE")
    assert evs and src(evs[0]) == "Senegal"


def test_dinghy_intercepted_is_coerce_en(nlps: dict[str, Any]) -> None:
    body = "The Greek coast guard intercepted a dinghy off Lesbos on Friday."
    assert of_type(run(nlps, "en", body), "COERCE")


def test_sovereignty_transferred_is_concede_fr(nlps: dict[str, Any]) -> None:
    body = "Le Danemark transférera la souveraineté de l'archipel à l'Islande l'an prochain."
    evs = of_type(run(nlps, "fr", body), "CONCEDE")
    assert evs and src(evs[0]) == "Denmark"


def test_charge_d_affaires_summoned_is_accuse_en(nlps: dict[str, Any]) -> None:
    body = "Poland summoned the Belarusian charge d'affaires on Monday."
    assert of_type(run(nlps, "en", body), "ACCUSE")


def test_official_dismissed_is_no_rejection_en(nlps: dict[str, Any]) -> None:
    body = "The prime minister dismissed the army chief on Tuesday."
    assert not of_type(run(nlps, "en", body), "REJECT")


def test_round_of_talks_is_meeting_en(nlps: dict[str, Any]) -> None:
    body = "The next round of Iranian-American talks will be held in Muscat on Saturday."
    assert of_type(run(nlps, "en", body), "CONSULT")


def test_round_of_talks_takes_verb_mode_en(nlps: dict[str, Any]) -> None:
    body = "The next round of talks between Serbia and Kosovo will be held in Brussels on Friday."
    evs = of_type(run(nlps, "en", body), "CONSULT")
    assert evs and evs[0]["mode"] == "planned"


def test_warships_sent_to_waters_is_mobilize_en(nlps: dict[str, Any]) -> None:
    body = "If Turkey sent warships to Cypriot waters, Greece would respond, the minister said."
    evs = run(nlps, "en", body)
    assert of_type(evs, "MOBILIZE") and not of_type(evs, "AID")


def test_troops_contributed_is_mobilize_en(nlps: dict[str, Any]) -> None:
    body = "Kenya will contribute 400 troops to the regional force."
    evs = of_type(run(nlps, "en", body), "MOBILIZE")
    assert evs and src(evs[0]) == "Kenya"


def test_vow_of_necessary_measures_is_threat_en(nlps: dict[str, Any]) -> None:
    body = "The spokesman vowed that Moscow would take all necessary measures to protect its citizens."
    evs = run(nlps, "en", body)
    assert of_type(evs, "THREATEN") and not of_type(evs, "AGREE")


def test_object_hung_on_first_verb_is_promised_fr(nlps: dict[str, Any]) -> None:
    body = "Le Japon a exprimé sa solidarité avec la Turquie et promis une aide de 10 millions de dollars."
    evs = of_type(run(nlps, "fr", body), "AID")
    assert evs and evs[0]["mode"] == "planned"


def test_not_ruled_out_is_possible_en(nlps: dict[str, Any]) -> None:
    body = "Poland would not rule out sending more troops to the Belarusian border."
    evs = of_type(run(nlps, "en", body), "MOBILIZE")
    assert evs and evs[0]["mode"] == "possible"
