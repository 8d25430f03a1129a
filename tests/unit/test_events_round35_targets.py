"""Targets: a "with" partner under a weekday the French parser makes a predicate ("s'est entretenu lundi … avec ses
homologues turc et grec"); the nationality on the second conjunct of a coordinated subject ("Kyrgyz and Uzbek border
guards"); the claimant a denial contradicts in the same sentence ("…, comme l'affirmait X", "contrary to what X
said"); a crowd demanding that the bare government act protests to the article's state, and one marching to denounce an
act told before to its author; the partner in a coordinated subject hung on the auxiliary ("Le Pérou et la
Bolivie ont par ailleurs signé"); the withdrawal of what was deployed, demanded of who deployed it; de facto states
named as actors. Sentences are written for the tests (not taken
from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run


def _target(ev: dict[str, Any]) -> str | None:
    return (ev["actors"]["target"] or {}).get("normalized")


def test_with_partner_under_weekday_predicate_fr(nlps: dict[str, Any]) -> None:
    body = ("Le ministre qatari des Affaires étrangères s’est entretenu lundi par téléphone "
            "avec ses homologues turc et grec.")
    evs = of_type(run(nlps, "fr", body), "CONSULT")
    assert evs and _target(evs[0]) in ("Turkey", "Greece")


def test_second_conjunct_nationality_en(nlps: dict[str, Any]) -> None:
    body = "Tajik and Kyrgyz border guards exchanged fire on Sunday near the disputed enclave."
    evs = of_type(run(nlps, "en", body), "ASSAULT")
    assert evs and {evs[0]["actors"]["source"]["normalized"], _target(evs[0])} == {"Tajikistan", "Kyrgyzstan"}


def test_second_conjunct_nationality_noun_en(nlps: dict[str, Any]) -> None:
    body = "Kyrgyz and Tajik border guards exchanged fire on Sunday near the disputed enclave."
    evs = of_type(run(nlps, "en", body), "ASSAULT")
    assert evs and {evs[0]["actors"]["source"]["normalized"], _target(evs[0])} == {"Tajikistan", "Kyrgyzstan"}


def test_de_facto_state_as_target_fr(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "fr", "La Moldavie a accusé la Transnistrie de bloquer le scrutin."), "ACCUSE")
    assert evs and _target(evs[0]) == "Transnistria"


def test_de_facto_state_as_target_french_name(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "fr", "La Géorgie a accusé l'Ossétie du Sud de détenir deux agriculteurs."), "ACCUSE")
    assert evs and _target(evs[0]) == "South Ossetia"


def test_contrary_claimant_fr(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "fr", "Le Niger a démenti avoir fermé sa frontière, comme l'affirmait Cotonou."), "REJECT")
    assert evs and _target(evs[0]) == "Benin"


def test_contrary_claimant_en(nlps: dict[str, Any]) -> None:
    body = "Armenia denied that its soldiers had opened fire, contrary to what Baku said."
    evs = of_type(run(nlps, "en", body), "REJECT")
    assert evs and _target(evs[0]) == "Azerbaijan"


def test_crowd_demanding_of_bare_government_en(nlps: dict[str, Any]) -> None:
    body = ("Ghana's fishermen are angry. About 2,000 people marched through Accra on Friday, "
            "demanding that the government ban foreign trawlers.")
    evs = of_type(run(nlps, "en", body), "PROTEST")
    assert evs and _target(evs[0]) == "Ghana"


def test_crowd_demanding_of_bare_government_fr(nlps: dict[str, Any]) -> None:
    body = ("Les pêcheurs sénégalais sont en colère. Des milliers de personnes ont manifesté vendredi à Dakar "
            "pour exiger que le gouvernement interdise les chalutiers étrangers.")
    evs = of_type(run(nlps, "fr", body), "PROTEST")
    assert evs and _target(evs[0]) == "Senegal"


def test_crowd_denouncing_told_act_en(nlps: dict[str, Any]) -> None:
    body = ("Tanzanian police arrested 14 Kenyan fishermen near the island on Sunday. "
            "Several hundred people marched through Kisumu on Monday to denounce the arrests.")
    evs = of_type(run(nlps, "en", body), "PROTEST")
    assert evs and _target(evs[0]) == "Tanzania"


def test_crowd_denouncing_told_act_fr(nlps: dict[str, Any]) -> None:
    body = ("La police gambienne a arrêté douze pêcheurs sénégalais dimanche. "
            "Des centaines de personnes ont manifesté lundi à Ziguinchor pour dénoncer ces arrestations.")
    evs = of_type(run(nlps, "fr", body), "PROTEST")
    assert evs and _target(evs[0]) == "Gambia"


def test_subject_on_auxiliary_partner_fr(nlps: dict[str, Any]) -> None:
    body = "Le Pérou et la Bolivie ont par ailleurs signé vendredi à Lima un accord sur le lac, négocié depuis un an."
    evs = of_type(run(nlps, "fr", body), "AGREE")
    assert evs and {evs[0]["actors"]["source"]["normalized"], _target(evs[0])} == {"Peru", "Bolivia"}


def test_withdrawal_demanded_of_deployer_fr(nlps: dict[str, Any]) -> None:
    body = ("Le Venezuela a déployé trois navires de guerre près de l'île. "
            "Le Guyana a exigé le retrait immédiat des navires.")
    evs = of_type(run(nlps, "fr", body), "REQUEST")
    assert evs and _target(evs[0]) == "Venezuela"


def test_withdrawal_demanded_of_deployer_en(nlps: dict[str, Any]) -> None:
    body = "Russia deployed two warships near the island on Monday. Japan demanded the withdrawal of the warships."
    evs = of_type(run(nlps, "en", body), "REQUEST")
    assert evs and _target(evs[0]) == "Russia"
