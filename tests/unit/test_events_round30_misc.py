"""Round 30: a reporter's phrase on the event verb ("…, according to the IOM") does not hide the verb's own
target. Sentences are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import run


def test_target_kept_beside_according_to_en(nlps: dict[str, Any]) -> None:
    body = "Chile deported 4,000 Bolivians last month, according to the International Organization for Migration."
    targets = {(ev["actors"]["target"] or {}).get("normalized") for ev in run(nlps, "en", body)}
    assert "Bolivia" in targets


def test_reporter_is_still_no_target_fr(nlps: dict[str, Any]) -> None:
    body = "Des soldats ont attaqué un village près de Gao, selon des journalistes de l'AFP."
    targets = {(ev["actors"]["target"] or {}).get("normalized") for ev in run(nlps, "fr", body)}
    assert "AFP" not in targets
