"""Regional organisations are named one way in both languages (worker/events/data/actors.json), so a dashboard
counts the SADC's French and English statements as one actor; a longer organisation name that starts with a
shorter one stays the longer one. Sentences are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.events_harness import run, src


@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("fr", "La Communauté de développement de l'Afrique australe a appelé mardi le Malawi à la retenue.",
         "Southern African Development Community"),
        ("en", "The SADC urged Malawi on Tuesday to show restraint.", "Southern African Development Community"),
        ("fr", "La Communauté caribéenne a appelé Haïti au dialogue.", "Caribbean Community"),
        ("en", "The Gulf Cooperation Council urged Yemen to accept the truce.", "Gulf Cooperation Council"),
        ("fr", "Le Conseil de coopération du Golfe a appelé le Yémen à accepter la trêve.", "Gulf Cooperation Council"),
        ("fr", "L'Organisation des États américains a appelé le Pérou au dialogue.", "Organization of American States"),
    ],
)
def test_regional_organisation_normalized(nlps: dict[str, Any], lang: str, body: str, expected: str) -> None:
    assert expected in {src(ev) for ev in run(nlps, lang, body)}


def test_longer_organisation_name_wins(nlps: dict[str, Any]) -> None:
    body = "The Pacific Islands Forum Fisheries Agency urged Fiji to tighten its patrols."
    assert "Pacific Islands Forum Fisheries Agency" in {src(ev) for ev in run(nlps, "en", body)}
