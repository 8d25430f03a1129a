"""Aid with no recipient named goes to the article's state when a foreign donor gives it, but not when that donor
has accused, threatened, sanctioned, coerced or attacked that state earlier in the article (the seed: "les
États-Unis … accusent Moscou de masser 100 000 soldats …", then "Les États-Unis sont en train de fournir 200
millions de dollars d'aide à la sécurité" is aid to Ukraine, never to Russia). Sentences written for the tests."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run, tgt

_RUSSIA = ("La Russie a massé des troupes près de la frontière ukrainienne, selon Kiev. "
           "Moscou dément tout projet d'invasion et accuse l'OTAN de provocations. ")


def test_aid_of_an_accuser_does_not_go_to_the_accused_home_state(nlps: dict[str, Any]) -> None:
    body = (_RUSSIA + "Washington accuse la Russie de préparer une offensive. "
            "Washington est en train de fournir 150 millions de dollars d'aide à la sécurité.")
    evs = of_type(run(nlps, "fr", body), "AID")
    assert evs and tgt(evs[0]) is None


def test_aid_of_a_donor_still_goes_to_the_home_state(nlps: dict[str, Any]) -> None:
    body = (_RUSSIA + "Le Kremlin a annoncé de nouvelles manœuvres. "
            "Washington est en train de fournir 150 millions de dollars d'aide à la sécurité.")
    evs = of_type(run(nlps, "fr", body), "AID")
    assert evs and tgt(evs[0]) == "Russia"
