"""Quantities: an approximate force size ("un millier de marins") on a deployment, the same toll told twice by an
actor-less later mention, the crowd counted in a later sentence of an actor-less protest. Sentences are written
for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run


def _counts(ev: dict[str, Any]) -> list[tuple[float, str]]:
    return [(q["value"], q["unit"]) for q in ev["quantities"]]


def test_approximate_force_size_of_a_deployment(nlps: dict[str, Any]) -> None:
    text = "La marine tunisienne a déployé un millier de marins au large de Djerba."
    evs = of_type(run(nlps, "fr", text), "MOBILIZE")
    assert any((1000, "troops") in _counts(ev) for ev in evs)


def test_approximate_count_of_people_acted_on_stays_vague(nlps: dict[str, Any]) -> None:
    text = "La police a interpellé une vingtaine de personnes devant la mairie de Lyon."
    evs = of_type(run(nlps, "fr", text), "COERCE")
    assert evs and not any(_counts(ev) for ev in evs)


def test_same_toll_told_again_is_one_attack(nlps: dict[str, Any]) -> None:
    text = "Des soldats maliens ont abattu mardi quatre bergers nigériens près de la frontière.\n" \
           "Selon la police nigérienne, les tirs de mardi ont coûté la vie à quatre bergers."
    evs = of_type(run(nlps, "fr", text), "ASSAULT")
    assert len(evs) == 1 and (4, "people") in _counts(evs[0])


def test_later_crowd_count_sizes_the_protest(nlps: dict[str, Any]) -> None:
    text = "Des milliers de personnes ont manifesté samedi à Dakar contre la hausse des prix.\n" \
           "Environ 3 000 personnes ont défilé sur la corniche, selon les organisateurs."
    evs = of_type(run(nlps, "fr", text), "PROTEST")
    assert len(evs) == 1 and (3000, "people") in _counts(evs[0])


def test_people_taken_in_the_next_sentence_join_the_act(nlps: dict[str, Any]) -> None:
    text = "Norwegian coast guard officers boarded the trawler Polar Star off Svalbard on Friday. " \
           "Nine crew members were detained for questioning."
    evs = of_type(run(nlps, "en", text), "COERCE")
    assert len(evs) == 1 and (9, "people") in _counts(evs[0])


def test_same_evening_takes_the_day_told_before(nlps: dict[str, Any]) -> None:
    text = "Lithuanian border guards detained two Belarusian officers on Tuesday.\n" \
           "Minsk summoned the Lithuanian charge d'affaires the same evening."
    evs = of_type(run(nlps, "en", text), "ACCUSE")
    days = {ev["time"]["resolved"] for ev in of_type(run(nlps, "en", text), "COERCE") if ev["time"]}
    assert evs and days and all(ev["time"] and ev["time"]["resolved"] in days for ev in evs)


def test_count_right_after_the_verb_is_its_object(nlps: dict[str, Any]) -> None:
    text = "La junte a arrêté hier trois officiers soupçonnés d'avoir préparé un coup d'État, a annoncé la " \
           "télévision publique."
    evs = of_type(run(nlps, "fr", text), "COERCE")
    assert any((3, "people") in _counts(ev) for ev in evs)


def test_pledge_made_on_a_weekday_is_dated_in_the_past(nlps: dict[str, Any]) -> None:
    text = "Canada pledged $20 million in flood relief for Pakistan on Tuesday."
    evs = of_type(run(nlps, "en", text), "AID")
    assert evs and evs[0]["time"] and evs[0]["time"]["resolved"] == "2024-03-05"


def test_approximate_crowd_size_of_a_protest(nlps: dict[str, Any]) -> None:
    text = "Une cinquantaine de Mahorais ont manifesté samedi devant la préfecture à Mamoudzou."
    evs = of_type(run(nlps, "fr", text), "PROTEST")
    assert any((50, "people") in _counts(ev) for ev in evs)


def test_contrast_clause_takes_the_day_of_its_main_clause(nlps: dict[str, Any]) -> None:
    text = "Norway pledged $3 million in aid for Mozambique on Tuesday, while Sweden sent two planes loaded " \
           "with tents to Beira."
    evs = [ev for ev in of_type(run(nlps, "en", text), "AID") if ev["trigger"]["text"] == "sent"]
    assert evs and evs[0]["time"] and evs[0]["time"]["resolved"] == "2024-03-05"
