"""Places and sources: a French bay named after "de" takes its English name, a gulf or bay named earlier stands for
"le golfe"/"la baie" (also through a noun of position, "à l'entrée de la baie"), "le golfe Persique" and "le Golfe"
are the Persian Gulf (no town of that name) and a hyphenated name before a lower-case reservoir
or dam. Sentences are written for the tests (not taken from
eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run, src


def _places(ev: dict[str, Any]) -> list[str]:
    return [p["normalized"] or p["text"] for p in ev["location"]]


def test_baie_de_takes_english_name_fr(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "fr", "La marine espagnole a arrêté trois pêcheurs marocains dans la baie de Cadix."),
                  "COERCE")
    assert evs and "Bay of Cadix" in _places(evs[0])


def test_bay_named_before_stands_for_la_baie_fr(nlps: dict[str, Any]) -> None:
    body = ("La marine espagnole a arrêté trois pêcheurs marocains dans la baie de Cadix. "
            "Mardi, l'Espagne a déployé deux vedettes à l'entrée de la baie.")
    evs = of_type(run(nlps, "fr", body), "MOBILIZE")
    assert evs and "Bay of Cadix" in _places(evs[0])


def test_golfe_persique_is_the_persian_gulf_fr(nlps: dict[str, Any]) -> None:
    body = "L'Iran a déployé lundi trois frégates dans le golfe Persique."
    evs = of_type(run(nlps, "fr", body), "MOBILIZE")
    assert evs and _places(evs[0]) == ["Persian Gulf"]


def test_golfe_title_names_no_town_fr(nlps: dict[str, Any]) -> None:
    body = "La marine a arrêté lundi deux pêcheurs. Le ministère a convoqué l'ambassadeur."
    evs = run(nlps, "fr", body, title="Golfe de Cadix : des pêcheurs arrêtés")
    assert all(src(e) != "Angola" for e in evs)


def test_hyphenated_reservoir_en(nlps: dict[str, Any]) -> None:
    body = "Tajik and Kyrgyz border guards exchanged fire on Sunday near the Vorukh-Tash reservoir."
    evs = of_type(run(nlps, "en", body), "ASSAULT")
    assert evs and _places(evs[0]) == ["Vorukh-Tash Reservoir"]



def test_charge_daffaires_post_is_the_venue_en(nlps: dict[str, Any]) -> None:
    body = "Ghana summoned the Nigerian charge d'affaires in Accra on Monday."
    evs = of_type(run(nlps, "en", body), "ACCUSE")
    assert evs and _places(evs[0]) == ["Accra"]


def test_high_commissioner_post_is_the_venue_en(nlps: dict[str, Any]) -> None:
    body = "Tanzania's foreign ministry summoned Zambia's high commissioner in Dodoma on Friday."
    evs = of_type(run(nlps, "en", body), "ACCUSE")
    assert evs and _places(evs[0]) == ["Dodoma"]


def test_island_named_before_stands_for_the_island_en(nlps: dict[str, Any]) -> None:
    body = ("Ugandan police arrested ten Kenyan fishermen on Rusinga Island on Saturday. "
            "Uganda's army deployed about 40 soldiers to the island on Monday.")
    evs = of_type(run(nlps, "en", body), "MOBILIZE")
    assert evs and _places(evs[0]) == ["Rusinga Island"]


def test_gulf_named_before_stands_for_le_golfe_fr(nlps: dict[str, Any]) -> None:
    body = ("La marine colombienne a arraisonné lundi deux chalutiers panaméens dans le golfe d'Urabá. "
            "Selon le ministre colombien de la Défense, les patrouilles dans le golfe seront renforcées.")
    evs = of_type(run(nlps, "fr", body), "MOBILIZE")
    assert evs and _places(evs[0]) == ["Gulf of Urabá"]


def test_aid_purpose_clause_place_fr(nlps: dict[str, Any]) -> None:
    body = "La France a annoncé une aide de 15 millions d'euros pour renforcer les patrouilles en mer Baltique."
    evs = of_type(run(nlps, "fr", body), "AID")
    assert evs and _places(evs[0]) == ["Baltic Sea"]


def test_two_presidents_are_the_two_states_en(nlps: dict[str, Any]) -> None:
    body = ("Tajikistan accused Kyrgyzstan on Monday of shelling a border village. The two presidents spoke by "
            "telephone on Tuesday evening and agreed to reopen the border, the Tajik presidency said.")
    evs = of_type(run(nlps, "en", body), "CONSULT")
    assert evs and src(evs[0]) in ("Tajikistan", "Kyrgyzstan")


def test_two_countries_ministers_fr(nlps: dict[str, Any]) -> None:
    body = ("La police grecque a arrêté lundi deux pêcheurs turcs en mer Égée. "
            "Jeudi, les ministres de l'Intérieur des deux pays ont convenu de créer un groupe de travail.")
    evs = of_type(run(nlps, "fr", body), "AGREE")
    assert evs and src(evs[0]) in ("Greece", "Turkey")


def test_prime_minister_of_country_is_the_state_fr(nlps: dict[str, Any]) -> None:
    body = "La Première ministre de la Barbade a exigé mardi la libération immédiate des pêcheurs."
    evs = of_type(run(nlps, "fr", body), "REQUEST")
    assert evs and src(evs[0]) == "Barbados"


def test_renamed_capital_stands_for_its_government_fr(nlps: dict[str, Any]) -> None:
    body = "Astana a proposé mardi d'accueillir des pourparlers entre les deux voisins."
    evs = of_type(run(nlps, "fr", body), "CONSULT")
    assert evs and src(evs[0]) == "Kazakhstan"


def test_possessive_coast_guard_owner_fr(nlps: dict[str, Any]) -> None:
    body = ("Le Ghana a accusé mardi le Togo d'avoir violé ses eaux territoriales. "
            "Selon Accra, sa garde côtière a intercepté deux pirogues togolaises lundi soir.")
    evs = of_type(run(nlps, "fr", body), "COERCE")
    assert evs and src(evs[0]) == "Ghana"


def test_capital_containing_a_country_name_en(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "en", "Port of Spain summoned the Venezuelan ambassador on Monday."), "ACCUSE")
    assert evs and src(evs[0]) == "Trinidad and Tobago"


def test_visited_unknown_town_is_the_venue_en(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "en", "Japan's foreign minister will visit Ulithi on Friday."), "CONSULT")
    assert evs and "Ulithi" in _places(evs[0])


def test_police_action_at_protest_town_en(nlps: dict[str, Any]) -> None:
    body = "Malawian police fired tear gas on Friday at hundreds of teachers protesting in the northern city of Mzuzu."
    evs = of_type(run(nlps, "en", body), "COERCE")
    assert evs and _places(evs[0]) == ["Mzuzu"]
