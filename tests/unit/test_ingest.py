import base64

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from worker.ingest.deadletter import deadletter_record
from worker.ingest.files import article_from_text, looks_like_title
from worker.ingest.raw import REASONS, Limits, Rejected, parse_raw_article
from worker.schemas import first_error

GOOD = {"id": "a1", "url": "https://x.test/a1", "source": "AFP", "title": "T", "body": "Un paragraphe."}


def reason_of(value: bytes, limits: Limits | None = None) -> str:
    with pytest.raises(Rejected) as info:
        parse_raw_article(value, limits or Limits())
    return info.value.reason


def test_valid_article_parses():
    article = parse_raw_article(orjson.dumps({**GOOD, "language": "fr-CA", "published_at": "2022-02-02T10:00:00Z"}))
    assert article.id == "a1" and article.language == "fr" and article.body == "Un paragraphe."


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (b"\xff\xfe not utf8", "not_utf8"),
        (b"{not json", "not_json"),
        (b"", "not_json"),
        (b"[1, 2]", "schema_invalid"),
        (orjson.dumps({**GOOD, "body": 42}), "schema_invalid"),
        (orjson.dumps({k: v for k, v in GOOD.items() if k != "id"}), "schema_invalid"),
        (orjson.dumps({**GOOD, "body": "   \n "}), "schema_invalid"),
        (orjson.dumps({**GOOD, "published_at": "yesterday"}), "schema_invalid"),
        (b"[" * 5000 + b"]" * 5000, "not_json"),
    ],
)
def test_bad_input_is_rejected_with_a_reason(value, reason):
    assert reason_of(value) == reason


def test_size_limits():
    big = orjson.dumps({**GOOD, "body": "x" * 2000})
    assert reason_of(big, Limits(max_message_bytes=1000)) == "too_large"
    assert reason_of(big, Limits(max_body_chars=1000)) == "body_too_large"


def test_nul_bytes_are_replaced_without_moving_offsets():
    article = parse_raw_article(orjson.dumps({**GOOD, "body": "a\x00b"}))
    assert article.body == "a b"


def test_deadletter_record_keeps_original_bytes_and_validates():
    record = deadletter_record(b"\xff", reason="not_utf8", detail="d", key=b"k", topic="t", partition=1, offset=7)
    assert base64.b64decode(record["original_base64"]) == b"\xff"
    assert first_error("deadletter", record) is None


def test_text_file_title_only_when_it_looks_like_one():
    with_title = article_from_text("Biden et Macron se parlent\nLe président a dit.\n", "a.txt")
    assert with_title["title"] == "Biden et Macron se parlent"
    assert with_title["body"] == "Le président a dit.\n"
    without = article_from_text("Le président a dit quelque chose.\nEt encore.\n", "b.txt")
    assert without["title"] == "" and without["body"].startswith("Le président")
    assert not looks_like_title("Une phrase qui finit par un point.")
    assert first_error("raw-article", with_title) is None


# JSON has no NaN or infinity (orjson would write null), so the generated documents leave them out.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300)
@given(st.binary(max_size=300))
def test_any_bytes_parse_or_are_rejected_with_a_known_reason(value):
    try:
        parse_raw_article(value)
    except Rejected as rejected:
        assert rejected.reason in REASONS


@settings(max_examples=300)
@given(json_values)
def test_any_json_document_parses_or_is_rejected_with_a_known_reason(document):
    try:
        parse_raw_article(orjson.dumps(document))
    except Rejected as rejected:
        assert rejected.reason in REASONS


@settings(max_examples=200)
@given(st.fixed_dictionaries({"id": st.text(min_size=1, max_size=20), "url": st.text(min_size=1, max_size=20),
                              "source": st.text(min_size=1, max_size=10), "title": st.text(max_size=20),
                              "body": st.text(min_size=1, max_size=200)}))
def test_well_shaped_articles_are_accepted_unless_blank(document):
    try:
        article = parse_raw_article(orjson.dumps(document))
    except Rejected as rejected:
        assert rejected.reason == "schema_invalid" and not document["body"].strip()
    else:
        assert article.id == document["id"] and len(article.body) == len(document["body"])
