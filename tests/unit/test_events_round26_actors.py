"""Round 26 (actors): a crowd marching to demand that a state body (parliament, government) act protests to that
state; a person's name right after a title with a nationality ("Tajik President Emomali Rahmon", "le
président libanais Joseph Aoun", "Chile's Foreign Minister …") that no dictionary knows is the actor as written, not
the title's country; "PNG" and the "PNG Defence Force" are Papua New Guinea; Sukhumi/Soukhoumi stands for the de
facto authority of Abkhazia; a group qualifying the title ("A Taliban spokesman, X,") yields to
the name. Sentences are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run, src, tgt


def test_titled_person_with_demonym_en(nlps: dict[str, Any]) -> None:
    body = "Uzbek President Shavkat Mirziyoyev held talks with Kazakh leaders in Tashkent."
    evs = of_type(run(nlps, "en", body), "CONSULT")
    assert evs and src(evs[0]) == "Shavkat Mirziyoyev"


def test_titled_person_name_past_entity_end_en(nlps: dict[str, Any]) -> None:
    body = "Norwegian Foreign Minister Espen Barth Eide urged Russia to release the fishermen."
    evs = of_type(run(nlps, "en", body), "REQUEST")
    assert evs and src(evs[0]) == "Espen Barth Eide"


def test_titled_spokesman_of_group_en(nlps: dict[str, Any]) -> None:
    body = "Taliban spokesman Qari Yousaf Ahmadi denied that the group had attacked the border post."
    evs = of_type(run(nlps, "en", body), "REJECT")
    assert evs and src(evs[0]) == "Qari Yousaf Ahmadi"


def test_titled_person_with_possessive_country_en(nlps: dict[str, Any]) -> None:
    body = "Chile's Foreign Minister Alberto van Klaveren urged Peru on Tuesday to reopen the border crossing."
    evs = of_type(run(nlps, "en", body), "REQUEST")
    assert evs and src(evs[0]) == "Alberto van Klaveren"


def test_titled_person_with_demonym_fr(nlps: dict[str, Any]) -> None:
    body = "Le président libanais Michel Sleiman a appelé mardi Israël à se retirer du sud du pays."
    evs = of_type(run(nlps, "fr", body), "REQUEST")
    assert evs and src(evs[0]) == "Michel Sleiman"


def test_title_without_nationality_gives_no_country(nlps: dict[str, Any]) -> None:
    """"President X" with no nationality or owner before the title: the rule does not fire (no country is
    invented for the name); with one, the name is the actor, an official of that country."""
    plain = of_type(run(nlps, "en", "President Tomas Varnel held talks with Uzbek leaders in Tashkent on Monday."),
                    "CONSULT")
    assert plain and plain[0]["actors"]["source"]["country"] is None
    titled = of_type(run(nlps, "en", "Kazakh President Tomas Varnel held talks with Uzbek leaders in Tashkent on "
                                     "Monday."), "CONSULT")
    assert titled and src(titled[0]) == "Tomas Varnel"
    assert titled[0]["actors"]["source"]["country"] == "KAZ"


def test_png_is_papua_new_guinea(nlps: dict[str, Any]) -> None:
    body = "The PNG Defence Force has deployed 200 soldiers to Mount Hagen after tribal clashes."
    evs = of_type(run(nlps, "en", body), "MOBILIZE")
    assert evs and src(evs[0]) == "Papua New Guinea"


def test_sukhumi_is_abkhazia_fr(nlps: dict[str, Any]) -> None:
    body = "Soukhoumi a accusé mardi la Géorgie d'avoir envoyé des saboteurs près de la rivière."
    evs = of_type(run(nlps, "fr", body), "ACCUSE")
    assert evs and src(evs[0]) == "Abkhazia"


def test_march_demanding_state_body_targets_state_en(nlps: dict[str, Any]) -> None:
    body = "Thousands of people marched through Honiara on Friday to demand that Fiji's parliament reject the treaty."
    evs = of_type(run(nlps, "en", body), "PROTEST")
    assert evs and tgt(evs[0]) == "Fiji"


def test_march_demanding_state_body_targets_state_fr(nlps: dict[str, Any]) -> None:
    body = ("Des milliers de personnes ont manifesté samedi à Lomé pour exiger que le parlement du Togo rejette "
            "la réforme.")
    evs = of_type(run(nlps, "fr", body), "PROTEST")
    assert evs and tgt(evs[0]) == "Togo"


def test_group_before_title_yields_to_name_en(nlps: dict[str, Any]) -> None:
    """"A Taliban spokesman, X, denied": the group qualifying the title is not the actor when the name follows."""
    body = "A Taliban spokesman, Qari Yousaf Ahmadi, denied that the fighters had crossed the river."
    evs = of_type(run(nlps, "en", body), "REJECT")
    assert evs and src(evs[0]) == "Qari Yousaf Ahmadi"
