"""Generalization round 3 of issue #4 (from heldout9): trigger classes missing from the lexicons,
on sentences written for the tests (not taken from eval/events), each with a hard negative next
to the widened rule."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.events_harness import run


def types(events: list[dict[str, Any]]) -> set[str]:
    return {e["type"] for e in events}


# --- cyber-attacks: hacking and sabotage are COERCE ---------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("fr", "La Russie a piraté les serveurs du ministère allemand de la Défense."),
        ("fr", "Des pirates iraniens ont saboté le réseau électrique israélien."),
        ("en", "North Korea hacked the servers of the South Korean defence ministry."),
    ],
)
def test_cyber_attack_is_coerce(nlps: dict[str, Any], lang: str, body: str) -> None:
    assert "COERCE" in types(run(nlps, lang, body))


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("fr", "Le Hamas a saboté les négociations avec Israël."),
        ("en", "Iran sabotaged the talks with the United States."),
    ],
)
def test_sabotaged_talks_are_no_coerce(nlps: dict[str, Any], lang: str, body: str) -> None:
    assert "COERCE" not in types(run(nlps, lang, body))


# --- sharing intelligence is COOPERATE; sharing a border is not ---------------------------------------


def test_sharing_intelligence_is_cooperate(nlps: dict[str, Any]) -> None:
    assert "COOPERATE" in types(run(nlps, "fr", "La France a partagé ses renseignements avec l'Allemagne."))
    assert "COOPERATE" in types(run(nlps, "en", "Japan shared intelligence with South Korea."))


def test_sharing_a_border_is_no_cooperate(nlps: dict[str, Any]) -> None:
    assert "COOPERATE" not in types(run(nlps, "fr", "La Pologne partage une frontière avec la Biélorussie."))
    assert "COOPERATE" not in types(run(nlps, "en", "Poland shares a border with Belarus."))


# --- rejections and concessions with new objects ---------------------------------------------------------


def test_voted_down_is_reject(nlps: dict[str, Any]) -> None:
    body = "Russia voted down a resolution drafted by France on Tuesday."
    assert "REJECT" in types(run(nlps, "en", body))


def test_balayer_un_texte_is_reject(nlps: dict[str, Any]) -> None:
    assert "REJECT" in types(run(nlps, "fr", "Le Kremlin a balayé le plan proposé par l'Ukraine."))


def test_balayer_la_rue_is_no_reject(nlps: dict[str, Any]) -> None:
    assert "REJECT" not in types(run(nlps, "fr", "La tempête a balayé la côte bretonne."))


def test_renoncer_a_une_reforme_is_concede(nlps: dict[str, Any]) -> None:
    assert "CONCEDE" in types(run(nlps, "fr", "Le gouvernement serbe a renoncé à la réforme des retraites."))


def test_halted_work_is_concede(nlps: dict[str, Any]) -> None:
    body = "Under pressure from Pakistan, India halted construction of the dam."
    assert "CONCEDE" in types(run(nlps, "en", body))


def test_rushed_reinforcements_is_mobilize(nlps: dict[str, Any]) -> None:
    body = "Armenia rushed troops to the border with Azerbaijan."
    assert "MOBILIZE" in types(run(nlps, "en", body))


def test_rushed_to_hospital_is_no_mobilize(nlps: dict[str, Any]) -> None:
    body = "The minister was rushed to hospital in Ankara."
    assert "MOBILIZE" not in types(run(nlps, "en", body))


# --- summoning any head of mission is ACCUSE; summoning a meeting is not -------------------------------


def test_summoned_high_commissioner_is_accuse(nlps: dict[str, Any]) -> None:
    body = "Pakistan summoned the British High Commissioner on Monday over the remarks."
    assert "ACCUSE" in types(run(nlps, "en", body))
    body = "Alger a convoqué le représentant de l'Union européenne mardi."
    assert "ACCUSE" in types(run(nlps, "fr", body))


def test_summoned_witnesses_is_no_accuse(nlps: dict[str, Any]) -> None:
    assert "ACCUSE" not in types(run(nlps, "en", "The court summoned three witnesses on Monday."))
