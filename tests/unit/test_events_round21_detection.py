"""Round 21 (places, quantities): seas, islands and waterways the dictionaries lack ("en mer Rouge", "l'archipel des
X", "the X waterway"); the place of a coordinated verb's object phrase; a name hung on a French "près" adverb; a town
named "X da Y" is not the capital Y; a partitive count ("quatre de ses 12 marins") counts the part.
Sentences are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run


def _places(ev: dict[str, Any]) -> list[str]:
    return sorted(loc["normalized"] for loc in ev["location"])


def _counts(ev: dict[str, Any]) -> list[tuple[float, str]]:
    return [(q["value"], q["unit"]) for q in ev["quantities"]]


# --- seas, islands, waterways -------------------------------------------------------------------------------


def test_sea_named_after_mer_fr(nlps: dict[str, Any]) -> None:
    body = "Le cargo a été arraisonné mardi en mer Noire par des commandos."
    (ev,) = of_type(run(nlps, "fr", body), "COERCE")
    assert _places(ev) == ["Black Sea"]  # named seas take their English name


def test_bare_sea_is_no_place_fr(nlps: dict[str, Any]) -> None:
    body = "Le cargo a été arraisonné mardi en mer par des commandos houthis."
    (ev,) = of_type(run(nlps, "fr", body), "COERCE")
    assert _places(ev) == []


def test_archipelago_and_island_shared_by_conjoined_verb_fr(nlps: dict[str, Any]) -> None:
    body = ("Des garde-côtes chinois ont arraisonné jeudi un bateau philippin dans l'archipel des Spratleys "
            "et blessé trois de ses 10 marins.")
    events = run(nlps, "fr", body)
    (coerce,) = of_type(events, "COERCE")
    (assault,) = of_type(events, "ASSAULT")
    assert _places(coerce) == ["Spratleys"]
    assert _places(assault) == ["Spratleys"]
    assert _counts(assault) == [(3, "people")]


def test_island_named_after_ile_fr(nlps: dict[str, Any]) -> None:
    body = "La marine chinoise a arraisonné jeudi un chalutier philippin près de l'île Thitu."
    (ev,) = of_type(run(nlps, "fr", body), "COERCE")
    assert _places(ev) == ["île Thitu"]


def test_waterway_name_en(nlps: dict[str, Any]) -> None:
    body = "Oman's navy detained 9 Iranian fishermen and seized two boats in the Shatt Musandam waterway on Monday."
    events = of_type(run(nlps, "en", body), "COERCE")
    assert events and all(_places(ev) == ["Shatt Musandam"] for ev in events)


def test_lower_case_channel_alone_is_no_place_en(nlps: dict[str, Any]) -> None:
    body = "Iraq said it could deploy navy patrol boats into the channel."
    (ev,) = of_type(run(nlps, "en", body), "MOBILIZE")
    assert _places(ev) == []


# --- a name hung on a French "près" adverb ------------------------------------------------------------------


def test_name_after_pres_adverb_fr(nlps: dict[str, Any]) -> None:
    body = "Des combats ont opposé lundi soldats et rebelles près de Nekemte, faisant au moins 14 morts."
    (ev,) = of_type(run(nlps, "fr", body), "ASSAULT")
    assert _places(ev) == ["Nekemte"]


def test_near_town_en(nlps: dict[str, Any]) -> None:
    body = "Soldiers clashed with rebels near Nekemte on Monday, killing at least 14 people."
    (ev,) = of_type(run(nlps, "en", body), "ASSAULT")
    assert _places(ev) == ["Nekemte"]


# --- "X da Y" is not the capital Y ----------------------------------------------------------------------------


def test_town_with_particle_is_not_the_capital_en(nlps: dict[str, Any]) -> None:
    body = "Insurgents attacked the port town of Mocímboa da Praia on Sunday, killing at least 11 civilians."
    (ev,) = of_type(run(nlps, "en", body), "ASSAULT")
    assert _places(ev) == ["Mocímboa da Praia"]
    assert ev["actors"]["target"] is None or ev["actors"]["target"]["normalized"] != "Cabo Verde"


def test_capital_alone_kept_en(nlps: dict[str, Any]) -> None:
    body = "Thousands of protesters marched in Praia on Sunday."
    (ev,) = of_type(run(nlps, "en", body), "PROTEST")
    assert _places(ev) == ["Praia"]


def test_french_de_is_no_particle_fr(nlps: dict[str, Any]) -> None:
    body = "Des milliers de manifestants ont défilé samedi à Rio de Janeiro."
    (ev,) = of_type(run(nlps, "fr", body), "PROTEST")
    assert _places(ev) != []


# --- partitive counts ---------------------------------------------------------------------------------------


def test_partitive_count_fr(nlps: dict[str, Any]) -> None:
    body = "Des garde-côtes chinois ont blessé quatre de ses 12 marins."
    (ev,) = of_type(run(nlps, "fr", body), "ASSAULT")
    assert _counts(ev) == [(4, "people")]


def test_partitive_count_en(nlps: dict[str, Any]) -> None:
    body = "Gunmen killed three of its 20 soldiers near the border."
    (ev,) = of_type(run(nlps, "en", body), "ASSAULT")
    assert _counts(ev) == [(3, "people")]  # round 28: the killed are people


def test_whole_count_kept_en(nlps: dict[str, Any]) -> None:
    body = "Police arrested 12 sailors on Monday."
    (ev,) = of_type(run(nlps, "en", body), "COERCE")
    assert _counts(ev) == [(12, "people")]


# --- lexicon: singular tariffs, envoys of ministerial rank, repelling an attack ------------------------------


def test_singular_tariff_en(nlps: dict[str, Any]) -> None:
    body = "Chile imposed a 20% tariff on all Peruvian imports on Monday."
    assert of_type(run(nlps, "en", body), "SANCTION")


def test_tariff_rate_without_imposing_en(nlps: dict[str, Any]) -> None:
    body = "The tariff on Peruvian imports was unchanged last year."
    assert not of_type(run(nlps, "en", body), "SANCTION")


def test_minister_dispatched_is_a_visit_fr(nlps: dict[str, Any]) -> None:
    body = "Le Niger a dépêché à Bamako son ministre des Affaires étrangères."
    (ev,) = of_type(run(nlps, "fr", body), "CONSULT")
    assert _places(ev) == ["Bamako"]


def test_minister_dispatched_is_a_visit_en(nlps: dict[str, Any]) -> None:
    body = "Niger dispatched its foreign minister to Bamako on Friday."
    (ev,) = of_type(run(nlps, "en", body), "CONSULT")
    assert _places(ev) == ["Bamako"]


def test_rescuers_dispatched_are_no_visit_en(nlps: dict[str, Any]) -> None:
    body = "Niger dispatched 40 rescuers to Bamako on Friday."
    assert not of_type(run(nlps, "en", body), "CONSULT")


def test_repelled_assault_en(nlps: dict[str, Any]) -> None:
    body = "Malian troops repelled the assault after several hours of fighting."
    assert of_type(run(nlps, "en", body), "ASSAULT")


def test_repelled_proposal_is_no_attack_en(nlps: dict[str, Any]) -> None:
    body = "Mali repelled the proposal on Monday."
    assert not of_type(run(nlps, "en", body), "ASSAULT")


# --- "to the province": the last place named with that kind noun ---------------------------------------------


def test_the_province_is_the_province_named_before_en(nlps: dict[str, Any]) -> None:
    body = ("Rebels attacked a police post in Niassa province on Saturday. "
            "Maputo said it would send 800 more soldiers to the province.")
    (ev,) = of_type(run(nlps, "en", body), "MOBILIZE")
    assert _places(ev) == ["Niassa"]


def test_the_province_without_antecedent_en(nlps: dict[str, Any]) -> None:
    body = "Maputo said it would send 800 more soldiers to the province."
    (ev,) = of_type(run(nlps, "en", body), "MOBILIZE")
    assert _places(ev) == []


def test_la_region_is_the_region_named_before_fr(nlps: dict[str, Any]) -> None:
    body = ("Des jihadistes ont attaqué samedi un poste de police dans la région de Tillabéri. "
            "Niamey a annoncé l'envoi de 500 soldats supplémentaires dans la région.")
    (ev,) = of_type(run(nlps, "fr", body), "MOBILIZE")
    assert _places(ev) == ["Tillabéri"]


def test_french_spelling_of_a_gazetteer_town_fr(nlps: dict[str, Any]) -> None:
    body = "L'armée américaine a frappé lundi des sites radar près de Hodeïda."
    (ev,) = of_type(run(nlps, "fr", body), "ASSAULT")
    assert _places(ev) == ["Al Ḩudaydah"]


# --- "Mozambique's Niassa province": the region, not its owner (an English possessive only) -----------------


def test_possessor_country_of_a_named_region_dropped_en(nlps: dict[str, Any]) -> None:
    body = "Rebels attacked a police post in Mozambique's Niassa province on Saturday, killing four people."
    (ev,) = of_type(run(nlps, "en", body), "ASSAULT")
    assert "Mozambique" not in _places(ev)
    assert "Niassa" in _places(ev)


def test_possessor_country_of_an_unnamed_region_kept_en(nlps: dict[str, Any]) -> None:
    body = "Troops were deployed in Mozambique's northern province."
    (ev,) = of_type(run(nlps, "en", body), "MOBILIZE")
    assert _places(ev) == ["Mozambique"]


def test_region_of_a_country_fr(nlps: dict[str, Any]) -> None:
    body = "Des rebelles ont attaqué samedi un poste de police dans la province de Niassa, au Mozambique."
    (ev,) = of_type(run(nlps, "fr", body), "ASSAULT")
    assert "Niassa" in _places(ev)
