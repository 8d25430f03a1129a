"""Round 25 (actors): the People's Liberation Army is China; the World Bank, the WTO, al-Shabaab and King
Abdullah II are named actors; a clash of "the two countries" (or a meeting the parse leaves unpaired) has the other
of the article's pair as target; "X et Y ont signé jeudi un accord" keeps Y as partner though the weekday is parsed
as an object. Sentences are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run, src, tgt


def test_peoples_liberation_army_is_china_fr(nlps: dict[str, Any]) -> None:
    body = ("Taïwan a dénoncé lundi des manœuvres près de ses côtes. L'Armée populaire de libération a déployé "
            "des navires de guerre dans le détroit.")
    evs = of_type(run(nlps, "fr", body), "MOBILIZE")
    assert evs and src(evs[-1]) == "China"


def test_peoples_liberation_army_is_china_en(nlps: dict[str, Any]) -> None:
    body = "The People's Liberation Army deployed warships near Taiwan on Monday."
    evs = of_type(run(nlps, "en", body), "MOBILIZE")
    assert evs and src(evs[0]) == "China"


def test_world_bank_is_named_fr(nlps: dict[str, Any]) -> None:
    body = "La Banque mondiale a promis mardi une aide de 50 millions de dollars au Malawi."
    evs = of_type(run(nlps, "fr", body), "AID")
    assert evs and src(evs[0]) == "World Bank"


def test_wto_is_named_en(nlps: dict[str, Any]) -> None:
    body = "The WTO urged Indonesia on Tuesday to lift its ban on nickel exports."
    evs = of_type(run(nlps, "en", body), "REQUEST")
    assert evs and src(evs[0]) == "World Trade Organization"


def test_al_shabaab_is_named_en(nlps: dict[str, Any]) -> None:
    body = "Al-Shabaab fighters attacked a Kenyan army camp near Lamu on Sunday, killing four soldiers."
    evs = of_type(run(nlps, "en", body), "ASSAULT")
    assert evs and src(evs[0]) == "al-Shabaab"


def test_king_abdullah_is_named_en(nlps: dict[str, Any]) -> None:
    body = "King Abdullah II urged Israel on Monday to halt its strikes on Gaza."
    evs = of_type(run(nlps, "en", body), "REQUEST")
    assert evs and src(evs[0]) == "Abdullah II"


def test_clash_of_the_two_countries_targets_the_other_fr(nlps: dict[str, Any]) -> None:
    body = ("La Thaïlande et le Cambodge se disputent plusieurs temples frontaliers. Mardi, des soldats des deux "
            "pays se sont affrontés près du temple de Preah Vihear.")
    evs = of_type(run(nlps, "fr", body), "ASSAULT")
    assert evs and {src(evs[-1]), tgt(evs[-1])} == {"Thailand", "Cambodia"}


def test_clash_without_a_pair_invents_no_partner_fr(nlps: dict[str, Any]) -> None:
    body = ("La Thaïlande et le Cambodge se disputent plusieurs temples frontaliers. Mardi, des soldats thaïlandais "
            "ont tiré sur des contrebandiers près de la frontière.")
    for ev in of_type(run(nlps, "fr", body), "ASSAULT"):
        assert tgt(ev) != "Cambodia"


def test_clash_of_the_two_countries_targets_the_other_en(nlps: dict[str, Any]) -> None:
    body = ("Peru and Ecuador are at odds over a fishing zone. Soldiers from the two countries clashed near the "
            "border on Tuesday.")
    evs = of_type(run(nlps, "en", body), "ASSAULT")
    assert evs and {src(evs[-1]), tgt(evs[-1])} == {"Peru", "Ecuador"}


def test_weekday_parsed_as_object_keeps_the_partner_fr(nlps: dict[str, Any]) -> None:
    body = "Le Sénégal et la Gambie ont signé mardi à Dakar un accord de coopération contre la pêche illégale."
    evs = of_type(run(nlps, "fr", body), "AGREE")
    assert evs and {src(evs[0]), tgt(evs[0])} == {"Senegal", "Gambia"}
