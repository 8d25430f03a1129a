"""Round 27 (places): a body of water named after a country ("the Gulf of Finland", "the Sea of Japan") is one place
as written, and the country inside its name is neither a place nor an actor; a name tagged as a person right after
à/to on a verb that sends troops is the place they are sent to. Sentences are written for the tests (not taken from
eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run


def _places(ev: dict[str, Any]) -> list[str]:
    return sorted(loc["normalized"] for loc in ev["location"])


# --- "Gulf of X", "Sea of X" -------------------------------------------------------------------------------------


def test_gulf_named_after_country_en(nlps: dict[str, Any]) -> None:
    body = "Finnish police seized a cargo ship in the Gulf of Finland on Tuesday and detained its captain."
    (ev,) = of_type(run(nlps, "en", body), "COERCE")
    assert _places(ev) == ["Gulf of Finland"]


def test_gulf_known_to_dictionary_untouched_en(nlps: dict[str, Any]) -> None:
    body = "Houthi rebels attacked a Greek tanker in the Gulf of Aden on Monday."
    (ev,) = of_type(run(nlps, "en", body), "ASSAULT")
    assert "Finland" not in _places(ev)
    assert _places(ev)


# --- troops sent "à X" -------------------------------------------------------------------------------------------


def test_troops_sent_to_person_tagged_town_fr(nlps: dict[str, Any]) -> None:
    body = "Le gouvernement a envoyé 300 soldats supplémentaires à Ouangolodougou."
    (ev,) = of_type(run(nlps, "fr", body), "MOBILIZE")
    assert _places(ev) == ["Ouangolodougou"]


def test_letter_sent_to_person_no_place_fr(nlps: dict[str, Any]) -> None:
    body = "Le ministre a envoyé une lettre à Macron pour demander des explications."
    for ev in run(nlps, "fr", body):
        assert "Macron" not in _places(ev)


# --- a country's airspace or waters over a named sea -------------------------------------------------------------


def test_airspace_over_sea_keeps_country_en(nlps: dict[str, Any]) -> None:
    body = "Two Russian bombers entered Latvian airspace over the Gulf of Riga on Friday."
    (ev,) = of_type(run(nlps, "en", body), "MOBILIZE")
    assert _places(ev) == ["Gulf of Riga", "Latvia"]
