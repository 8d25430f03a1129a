"""Round 25 (places and quantities): hand-added places (Duhok as the English exonym, valleys and lakes named with
their French noun, small towns); "près de X" hung on the object of a coordinated verb; a follow-up sentence saying
where the forces sent before will be stationed; the country after "the X region of" and beside its own town is
dropped; goods (not sums) delivered to a town are delivered there; a force named in three capitalized words is
counted; a stance has no place in its subject's phrase; "the river" after "the X River"; a coordinated verb
without a target folds into the same act. Sentences are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run


def _places(ev: dict[str, Any]) -> list[str]:
    return sorted(loc["normalized"] for loc in ev["location"])


def _quants(ev: dict[str, Any]) -> list[tuple[float, str]]:
    return sorted((q["value"], q["unit"]) for q in ev["quantities"])


# --- dictionary entries ------------------------------------------------------------------------------------------


def test_duhok_english_exonym_en(nlps: dict[str, Any]) -> None:
    body = "Hundreds of farmers protested in Dohuk on Sunday against the water cuts."
    (ev,) = of_type(run(nlps, "en", body), "PROTEST")
    assert _places(ev) == ["Duhok"]


def test_valley_named_with_french_noun_fr(nlps: dict[str, Any]) -> None:
    body = "New Delhi a déployé 2 000 soldats dans la vallée de Galwan la semaine dernière."
    (ev,) = of_type(run(nlps, "fr", body), "MOBILIZE")
    assert _places(ev) == ["Galwan Valley"]


def test_lake_named_with_french_noun_fr(nlps: dict[str, Any]) -> None:
    body = "Des soldats indiens et chinois se sont affrontés jeudi près du lac Pangong, faisant six blessés."
    (ev,) = of_type(run(nlps, "fr", body), "ASSAULT")
    assert _places(ev) == ["Pangong Lake"]


# --- "près de X" on the object of the first of two coordinated verbs ---------------------------------------------


def test_near_phrase_on_object_of_coordinated_verb_fr(nlps: dict[str, Any]) -> None:
    body = "Les gendarmes ont détruit un campement de trafiquants près de Maripasoula et interpellé 12 personnes."
    (ev,) = of_type(run(nlps, "fr", body), "COERCE")
    assert _places(ev) == ["Maripasoula"]


# --- follow-up sentence: where the forces sent will be -----------------------------------------------------------


def test_reinforcements_stationed_follow_up_fr(nlps: dict[str, Any]) -> None:
    body = ("Paris va envoyer 300 gendarmes supplémentaires en Guyane. "
            "Ces renforts seront stationnés à Maripasoula.")
    evs = of_type(run(nlps, "fr", body), "MOBILIZE")
    assert len(evs) == 1
    assert _places(evs[0]) == ["French Guiana", "Maripasoula"]


def test_contingent_arrives_follow_up_en(nlps: dict[str, Any]) -> None:
    body = ("About 200 New Zealand soldiers will be deployed to Fiji next year. "
            "The first contingent is expected to arrive in Nadi in March.")
    evs = of_type(run(nlps, "en", body), "MOBILIZE")
    assert len(evs) == 1
    assert _places(evs[0]) == ["Fiji", "Nadi"]


def test_reported_arrival_is_not_a_follow_up_en(nlps: dict[str, Any]) -> None:
    body = ("The president ordered 3,000 troops to the border on Monday. "
            "A spokesman said the troops would arrive in Nadi within two days.")
    for ev in of_type(run(nlps, "en", body), "MOBILIZE"):
        assert "Nadi" not in _places(ev)


# --- the country beside a more precise place ---------------------------------------------------------------------


def test_region_of_country_keeps_region_en(nlps: dict[str, Any]) -> None:
    body = "Gunmen attacked a police post in the Sahel region of Burkina Faso on Friday, killing nine officers."
    (ev,) = of_type(run(nlps, "en", body), "ASSAULT")
    assert _places(ev) == ["Sahel"]


def test_country_and_its_capital_keeps_capital_en(nlps: dict[str, Any]) -> None:
    body = "In Kenya, thousands of students marched in Nairobi on Tuesday against the fee increase."
    (ev,) = of_type(run(nlps, "en", body), "PROTEST")
    assert _places(ev) == ["Nairobi"]


def test_country_alone_is_kept_en(nlps: dict[str, Any]) -> None:
    body = "Thousands of students marched in Kenya on Tuesday against the fee increase."
    (ev,) = of_type(run(nlps, "en", body), "PROTEST")
    assert _places(ev) == ["Kenya"]


# --- goods delivered to a town -----------------------------------------------------------------------------------


def test_goods_delivered_to_capital_en(nlps: dict[str, Any]) -> None:
    body = "Japan will deliver four coast guard cutters to Manila next year."
    (ev,) = of_type(run(nlps, "en", body), "AID")
    assert _places(ev) == ["Manila"]


def test_money_delivered_to_capital_no_place_en(nlps: dict[str, Any]) -> None:
    body = "Japan will deliver another $300 million in equipment to Manila next year."
    for ev in of_type(run(nlps, "en", body), "AID"):
        assert _places(ev) == []


# --- a force named in three capitalized words --------------------------------------------------------------------


def test_force_named_in_three_words_counted_en(nlps: dict[str, Any]) -> None:
    body = "Some 250 Royal Marine Commando troops will be deployed to Norway for the exercise."
    (ev,) = of_type(run(nlps, "en", body), "MOBILIZE")
    assert _quants(ev) == [(250, "troops")]


# --- a stance has no place in its subject's phrase ---------------------------------------------------------------


def test_embassy_in_city_is_no_place_of_stance_en(nlps: dict[str, Any]) -> None:
    body = "The British embassy in Tbilisi welcomed the release of the journalists."
    (ev,) = of_type(run(nlps, "en", body), "SUPPORT")
    assert _places(ev) == []


# --- "the river" after "the X River" -----------------------------------------------------------------------------


def test_the_river_after_named_river_en(nlps: dict[str, Any]) -> None:
    body = ("Border guards detained two fishing boats on the Moa River on Monday. "
            "The government said it would send soldiers to the river.")
    (ev,) = of_type(run(nlps, "en", body), "MOBILIZE")
    assert _places(ev) == ["Moa River"]


# --- a coordinated verb without its own target -------------------------------------------------------------------


def test_coordinated_verb_folds_into_same_act_en(nlps: dict[str, Any]) -> None:
    body = "Ghanaian police seized two Togolese trucks near Aflao on Sunday and detained six fishermen."
    evs = of_type(run(nlps, "en", body), "COERCE")
    assert len(evs) == 1
    assert (6, "people") in _quants(evs[0])
