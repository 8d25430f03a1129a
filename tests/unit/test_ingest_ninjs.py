"""IPTC ninjs 1.x / 2.x on the raw topic: mapping, validation, and the raw article's new fields."""

from __future__ import annotations

import copy
from pathlib import Path

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from worker.ingest.files import read_payloads
from worker.ingest.ninjs import looks_like_ninjs
from worker.ingest.raw import REASONS, Rejected, article_from_document, parse_raw_article
from worker.schemas import first_error, schemas_dir

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
PARAGRAPHS = orjson.loads((FIXTURES / "story.json").read_bytes())["body"].split("\n")


def fixture(name: str) -> dict:
    return orjson.loads((FIXTURES / name).read_bytes())


def reason_of(document: object) -> tuple[str, str]:
    with pytest.raises(Rejected) as info:
        article_from_document(document)
    return info.value.reason, info.value.detail


def test_the_schemas_are_valid_json_schema():
    for name in ("ninjs.schema.json", "raw-article.schema.json"):
        Draft202012Validator.check_schema(orjson.loads((schemas_dir() / name).read_bytes()))


def test_ninjs_1x_maps_every_documented_field():
    item = fixture("story-ninjs1.json")
    article = parse_raw_article((FIXTURES / "story-ninjs1.json").read_bytes())
    assert article.id == article.url == item["uri"]
    assert article.title == item["headline"]
    assert article.body.split("\n") == PARAGRAPHS  # body_html through the extractor
    assert article.language == "fr"  # "fr-FR" → primary subtag
    assert article.published_at == item["versioncreated"]
    assert article.version == "3"
    assert article.byline == "Jeanne Exemple"
    assert article.source == "Example Wire"  # copyrightholder
    assert article.metadata == {
        "located": "Washington",
        "places": [{"name": "Pologne", "code": "PL", "scheme": "iso3166-1a2"}],
        "subjects": [{"name": "Défense", "code": "20000098", "rel": "about",
                      "scheme": "http://cv.iptc.org/newscodes/mediatopic/"}],
        "associations": [{"name": "featureimage", "uri": "urn:newsml:example.test:20220202:photo-1",
                          "type": "picture", "title": "Des soldats"}],
    }
    assert article.source_payload == item  # the whole original


def test_ninjs_2x_maps_headlines_bodies_by_and_arrays():
    item = fixture("story-ninjs2.json")
    article = article_from_document(copy.deepcopy(item))
    assert article.id == item["uri"]
    assert article.title == item["headlines"][0]["value"]  # role "main"
    assert article.body.split("\n") == PARAGRAPHS
    assert article.byline == "Jeanne Exemple"  # `by`
    assert article.source == "Example Wire"  # infosources[0].name
    assert article.metadata["subjects"] == [{"name": "Défense", "uri": "http://cv.iptc.org/newscodes/mediatopic/20000098",
                                             "rel": "about", "code": "20000098"}]
    assert article.metadata["places"] == [{"name": "Pologne", "code": "PL"}]
    assert article.metadata["associations"][0]["title"] == "Des soldats"
    assert article.source_payload == item


def test_the_normalized_record_is_a_raw_article_and_parses_back_to_the_same_article():
    for name in ("story-ninjs1.json", "story-ninjs2.json", "story.json"):
        article = parse_raw_article((FIXTURES / name).read_bytes())
        normalized = article.to_json()
        assert first_error("raw-article", normalized) is None, name
        assert not looks_like_ninjs(normalized)
        assert parse_raw_article(orjson.dumps(normalized)) == article


def test_body_text_wins_over_body_html_and_plain_bodies_over_html_ones():
    item = {"uri": "urn:x:1", "body_text": "Texte brut.\nDeux.", "body_html": "<p>Autre</p>"}
    assert article_from_document(item).body == "Texte brut.\nDeux."
    item = {"uri": "urn:x:2", "bodies": [{"contenttype": "text/html", "value": "<p>html</p>"},
                                         {"contenttype": "text/plain", "value": "plain"}]}
    assert article_from_document(item).body == "plain"
    item = {"guid": "g-3", "bodies": [{"value": "<p>un</p><p>deux</p>"}]}  # no contenttype, starts with '<'
    article = article_from_document(item)
    assert article.id == "g-3" and article.body == "un\ndeux" and article.title == "" and article.source == "ninjs"


def test_version_comes_from_version_else_versioncreated():
    base = {"uri": "https://x.test/n/1", "body_text": "Un paragraphe."}
    assert article_from_document({**base, "version": 7}).version == 7
    created = article_from_document({**base, "versioncreated": "2024-03-01T10:00:00Z"})
    assert created.version == "2024-03-01T10:00:00Z" and created.published_at == "2024-03-01T10:00:00Z"
    first = article_from_document({**base, "firstcreated": "2024-03-01T09:00:00+01:00"})
    assert first.published_at == "2024-03-01T09:00:00+01:00" and first.version is None
    assert article_from_document(base).source == "x.test"  # host of the uri when nothing better


@pytest.mark.parametrize("language, expected", [("en-GB", "en"), ("FR", "fr"), ("zh-Hant-TW", "zh"),
                                                ("fil", None), ("", None)])
def test_language_is_the_primary_subtag_or_left_to_detection(language, expected):
    article = article_from_document({"uri": "urn:x:l", "body_text": "Texte.", "language": language})
    assert article.language == expected


@pytest.mark.parametrize(
    "item, needle",
    [
        ({"uri": "urn:x", "headline": "Seulement un titre"}, "a ninjs item needs"),
        ({"uri": 5, "body_text": "x"}, "ninjs"),
        ({"uri": "urn:x", "headlines": [{"role": "main"}], "body_text": "x"}, "headlines/0"),
        ({"uri": "urn:x", "bodies": [], "headline": "t"}, "bodies"),
        ({"uri": "urn:x", "body_text": "x", "versioncreated": "hier"}, "versioncreated"),
        ({"uri": "urn:x", "body_text": "   "}, "blank"),
        ({"uri": "urn:x", "body_html": "<script>only()</script>"}, "no text left"),
        ({"uri": "urn:x", "body_text": "x", "associations": "nope"}, "associations"),
        ({"uri": "u" * 600, "body_text": "x"}, "uri"),
    ],
)
def test_ninjs_that_is_not_valid_is_rejected_with_the_reason(item, needle):
    reason, detail = reason_of(item)
    assert reason == "schema_invalid"
    assert needle in detail


def test_a_document_with_body_is_a_raw_article_not_ninjs():
    document = {"uri": "urn:x", "headline": "t", "body": "b", "id": "i", "url": "u", "source": "s", "title": "t"}
    assert not looks_like_ninjs(document)
    assert article_from_document(document).id == "i"


def test_raw_article_with_body_html_only_goes_through_the_extractor():
    document = {"id": "h1", "url": "https://x.test/h1", "source": "s", "title": "t",
                "body_html": "<h1>Titre</h1><p>Un &amp; deux</p><script>x()</script>"}
    assert article_from_document(document).body == "Titre\nUn & deux"
    with_both = {**document, "body": "<p>texte</p>"}
    assert article_from_document(with_both).body == "<p>texte</p>"  # `body` is text, always
    reason, _ = reason_of({k: v for k, v in document.items() if k != "body_html"})
    assert reason == "schema_invalid"


def test_send_and_process_key_ninjs_by_uri_and_send_the_same_bytes():
    path = FIXTURES / "story-ninjs1.json"
    [(key, value)] = list(read_payloads(path))
    assert key == "urn:newsml:example.test:20220202:story-ninjs1"
    assert orjson.loads(value) == fixture("story-ninjs1.json")


# -- property tests: outside input never raises anything but Rejected --------------------------------
# JSON has no NaN or infinity (orjson would write null), so the generated documents leave them out.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)
ninjs_keys = st.sampled_from([
    "uri", "guid", "version", "versioncreated", "firstcreated", "language", "headline", "headlines", "body_text",
    "body_html", "bodies", "byline", "by", "located", "place", "places", "subject", "subjects", "associations",
    "infosources", "copyrightholder", "type",
])
html_snippets = st.lists(st.sampled_from(["<p>", "</p>", "<h2>", "<li>", "<script>", "&amp;", "&#x0;", "<br>", "Texte",
                                          " ", "\n", "<blockquote>", "<!--", "&nbsp;"]), max_size=12).map("".join)
ninjs_values = json_values | html_snippets | st.lists(
    st.fixed_dictionaries({"value": st.text(max_size=20) | html_snippets},
                          optional={"role": st.sampled_from(["main", "short"]),
                                    "contenttype": st.sampled_from(["text/html", "text/plain", "image/png"])}),
    max_size=3)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(ninjs_keys, ninjs_values, max_size=10), st.sampled_from(["uri", "guid"]),
       st.sampled_from(["body_text", "body_html", "headline", "headlines", "bodies"]))
def test_any_ninjs_shaped_document_maps_or_is_rejected(document, id_key, marker):
    document.setdefault(id_key, "urn:x:prop")
    document.setdefault(marker, "<p>x</p>")
    assert looks_like_ninjs(document)
    try:
        article = parse_raw_article(orjson.dumps(document))
    except Rejected as rejected:
        assert rejected.reason in REASONS and rejected.reason != "processing_error", rejected
    else:
        assert article.body.strip() and article.source_payload == document
        assert first_error("raw-article", article.to_json()) is None


def test_a_raw_article_with_body_html_and_a_uri_field_stays_a_raw_article():
    document = {"id": "r1", "url": "https://x.test/r1", "source": "s", "title": "t", "uri": "urn:other",
                "body_html": "<p>Texte</p>"}
    assert not looks_like_ninjs(document)
    article = article_from_document(document)
    assert article.id == "r1" and article.body == "Texte"
