"""Round 26 (places and quantities): hand-added places (Hermel and the Bekaa in Lebanon, the Inguri river, Buka and
Desaguadero); a place named after a bridge ("près du pont sur l'Ingouri", "at the X bridge"); "in the town" read as
the town named before it; troops or reinforcements sent (also "the soldiers sent to X") and anything sent to a base
are a deployment, not aid; "trois postes militaires" counts posts, not troops; smugglers and traffickers are
counted as people; aid "pour les sinistrés de X" goes to X; "a de son côté dépêché … à X" keeps X. Sentences
are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run


def _places(ev: dict[str, Any]) -> list[str]:
    return sorted(loc["normalized"] for loc in ev["location"])


def _quants(ev: dict[str, Any]) -> list[tuple[float, str]]:
    return sorted((q["value"], q["unit"]) for q in ev["quantities"])


# --- dictionary entries ------------------------------------------------------------------------------------------


def test_hermel_and_bekaa_fr(nlps: dict[str, Any]) -> None:
    body = "Des miliciens ont attaqué jeudi un convoi près de Hermel, dans la vallée de la Beqaa."
    (ev,) = of_type(run(nlps, "fr", body), "ASSAULT")
    assert _places(ev) == ["Bekaa", "Hermel"]


def test_buka_en(nlps: dict[str, Any]) -> None:
    body = "Hundreds of students marched through Buka on Friday against the new tax."
    (ev,) = of_type(run(nlps, "en", body), "PROTEST")
    assert _places(ev) == ["Buka"]


def test_inguri_french_spelling_fr(nlps: dict[str, Any]) -> None:
    body = "Les forces abkhazes ont arrêté deux bergers près de l'Ingouri."
    (ev,) = of_type(run(nlps, "fr", body), "COERCE")
    assert _places(ev) == ["Inguri"]


# --- bridges -----------------------------------------------------------------------------------------------------


def test_near_bridge_over_river_fr(nlps: dict[str, Any]) -> None:
    body = "Les gardes-frontières ont interpellé lundi six contrebandiers près du pont sur l'Ingouri."
    (ev,) = of_type(run(nlps, "fr", body), "COERCE")
    assert _places(ev) == ["Inguri"]


def test_named_bridge_en(nlps: dict[str, Any]) -> None:
    body = "Police arrested four men at the Kokopo bridge on Sunday."
    (ev,) = of_type(run(nlps, "en", body), "COERCE")
    assert _places(ev) == ["Kokopo"]


# --- "in the town" -----------------------------------------------------------------------------------------------


def test_in_the_town_is_town_named_before_en(nlps: dict[str, Any]) -> None:
    body = ("Bolivia sent 500 troops to the Desaguadero border crossing after gunmen attacked a police station "
            "in the town, killing two officers.")
    evs = of_type(run(nlps, "en", body), "ASSAULT")
    assert [_places(ev) for ev in evs] == [["Desaguadero"]]


def test_in_the_town_of_keeps_its_own_name_en(nlps: dict[str, Any]) -> None:
    body = "Gunmen attacked a police station in the town of Arawa on Monday."
    (ev,) = of_type(run(nlps, "en", body), "ASSAULT")
    assert _places(ev) == ["Arawa"]


# --- sending forces is no aid ------------------------------------------------------------------------------------


def test_reinforcements_sent_are_deployed_fr(nlps: dict[str, Any]) -> None:
    body = "L'armée malienne a envoyé des renforts dans la région de Kidal."
    evs = run(nlps, "fr", body)
    assert of_type(evs, "AID") == []
    assert len(of_type(evs, "MOBILIZE")) == 1


def test_soldiers_sent_participle_en(nlps: dict[str, Any]) -> None:
    body = "The 300 soldiers sent to Arawa come from a brigade based in Port Moresby, officials said."
    evs = run(nlps, "en", body)
    assert of_type(evs, "AID") == []
    (ev,) = of_type(evs, "MOBILIZE")
    assert _quants(ev) == [(300, "troops")]


def test_sent_to_military_base_en(nlps: dict[str, Any]) -> None:
    body = "France said it would send four helicopters to its military base in Niamey."
    evs = run(nlps, "en", body)
    assert of_type(evs, "AID") == []
    assert len(of_type(evs, "MOBILIZE")) == 1


def test_rescue_team_sent_stays_aid_en(nlps: dict[str, Any]) -> None:
    body = "Japan sent 50 rescuers to Manila on Monday."
    (ev,) = of_type(run(nlps, "en", body), "AID")
    assert _places(ev) == ["Manila"]


# --- quantities --------------------------------------------------------------------------------------------------


def test_military_posts_are_no_troops_fr(nlps: dict[str, Any]) -> None:
    body = "Des rebelles ont attaqué dimanche quatre postes militaires dans le nord du pays."
    (ev,) = of_type(run(nlps, "fr", body), "ASSAULT")
    assert _quants(ev) == []


def test_former_soldiers_still_counted_fr(nlps: dict[str, Any]) -> None:
    body = "Le Tchad a déployé mardi 400 jeunes militaires à la frontière."
    (ev,) = of_type(run(nlps, "fr", body), "MOBILIZE")
    assert _quants(ev) == [(400, "troops")]


def test_smugglers_counted_en(nlps: dict[str, Any]) -> None:
    body = "Border police arrested 17 suspected smugglers near the crossing on Friday."
    (ev,) = of_type(run(nlps, "en", body), "COERCE")
    assert _quants(ev) == [(17, "people")]


def test_traffickers_counted_fr(nlps: dict[str, Any]) -> None:
    body = "Les gendarmes ont interpellé 9 trafiquants à Maripasoula."
    (ev,) = of_type(run(nlps, "fr", body), "COERCE")
    assert _quants(ev) == [(9, "people")]


# --- aid for the people of a place -------------------------------------------------------------------------------


def test_aid_for_displaced_of_region_fr(nlps: dict[str, Any]) -> None:
    body = "La Banque mondiale a débloqué une aide de 10 millions de dollars pour les sinistrés de la Bekaa."
    (ev,) = of_type(run(nlps, "fr", body), "AID")
    assert _places(ev) == ["Bekaa"]


# --- "de son côté" ------------------------------------------------------------------------------------------------


def test_aside_phrase_keeps_destination_fr(nlps: dict[str, Any]) -> None:
    body = "Yaoundé a de son côté dépêché dimanche 600 militaires à Maroua, selon une source militaire."
    (ev,) = of_type(run(nlps, "fr", body), "MOBILIZE")
    assert _places(ev) == ["Maroua"]
