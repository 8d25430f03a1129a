"""HTTP push (worker/ingest/http.py) against its OpenAPI description (schemas/openapi.yaml)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import orjson
import pytest
import yaml
from aiohttp.test_utils import TestClient, TestServer
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from worker.ingest.http import check_items, create_ingest_app
from worker.ingest.raw import REASONS, Limits, parse_raw_article
from worker.schemas import schemas_dir

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
SPEC = yaml.safe_load((schemas_dir() / "openapi.yaml").read_text(encoding="utf-8"))
GOOD = {"id": "a1", "url": "https://x.test/a1", "source": "AFP", "title": "T", "body": "Un paragraphe."}
NINJS = orjson.loads((FIXTURES / "story-ninjs2.json").read_bytes())


def test_the_openapi_document_is_valid_openapi_3_1():
    openapi_spec_validator = pytest.importorskip("openapi_spec_validator")
    openapi_spec_validator.validate(SPEC)
    assert SPEC["openapi"].startswith("3.1")


def check_against_spec(path: str, method: str, status: int, body: Any) -> None:
    """The status is described for this operation and the body matches its JSON schema."""
    responses = SPEC["paths"][path][method]["responses"]
    assert str(status) in responses, f"{method.upper()} {path} → {status} is not in the OpenAPI description"
    pointer = "/".join(["#", "paths", path.replace("/", "~1"), method, "responses", str(status), "content",
                        "application~1json", "schema"])
    Draft202012Validator({**SPEC, "$ref": pointer}).validate(body)


class Sent(list):
    async def __call__(self, key: str, value: bytes) -> None:
        self.append((key, value))


async def call(make_app, method: str, path: str, **kwargs: Any) -> tuple[int, Any, Any]:
    async with TestClient(TestServer(make_app())) as client:
        response = await client.request(method, path, **kwargs)
        return response.status, await response.json(), response.headers


def run(make_app, method: str, path: str, **kwargs: Any) -> tuple[int, Any, Any]:
    """A fresh application per request (an aiohttp app belongs to one event loop)."""
    status, body, headers = asyncio.run(call(make_app, method, path, **kwargs))
    check_against_spec(path, method.lower(), status, body)
    return status, body, headers


def test_one_article_is_accepted_and_produced_normalized():
    sent = Sent()
    status, body, _ = run(lambda: create_ingest_app(sent), "POST", "/v1/articles", data=orjson.dumps(GOOD))
    assert status == 202 and body == {"accepted": 1, "ids": ["a1"]}
    [(key, value)] = sent
    assert key == "a1" and parse_raw_article(value).to_json() == orjson.loads(value)


def test_an_array_of_our_json_and_ninjs_is_accepted_in_order():
    sent = Sent()
    status, body, _ = run(lambda: create_ingest_app(sent), "POST", "/v1/articles", data=orjson.dumps([GOOD, NINJS]))
    assert status == 202 and body["ids"] == ["a1", NINJS["uri"]]
    produced = orjson.loads(sent[1][1])
    assert produced["source_payload"] == NINJS and "<p>" not in produced["body"]
    assert produced["version"] == "3" and produced["byline"] == "Jeanne Exemple"


def test_any_invalid_item_means_400_with_reasons_and_nothing_produced():
    sent = Sent()
    items = [GOOD, {**GOOD, "id": "b2", "body": "  "}, {"uri": "urn:x", "headline": "sans corps"}, 5]
    status, body, _ = run(lambda: create_ingest_app(sent), "POST", "/v1/articles", data=orjson.dumps(items))
    assert status == 400 and sent == []
    assert [(r["index"], r["reason"], r.get("id")) for r in body["rejected"]] == [
        (1, "schema_invalid", "b2"), (2, "schema_invalid", "urn:x"), (3, "schema_invalid", None)]


@pytest.mark.parametrize("data, reason", [(b"\xff\xfe", "not_utf8"), (b"{nope", "not_json"), (b"[]", "schema_invalid"),
                                          (b'"text"', "schema_invalid")])
def test_a_bad_body_is_400_with_the_reason(data, reason):
    status, body, _ = run(lambda: create_ingest_app(Sent()), "POST", "/v1/articles", data=data)
    assert status == 400 and [(r["index"], r["reason"]) for r in body["rejected"]] == [(None, reason)]


def test_item_over_the_message_limit_is_400_too_large():
    def app():
        return create_ingest_app(Sent(), limits=Limits(max_message_bytes=500))

    status, body, _ = run(app, "POST", "/v1/articles", data=orjson.dumps({**GOOD, "body": "x" * 600}))
    assert status == 400 and body["rejected"][0]["reason"] == "too_large"


def test_request_over_the_size_limit_is_413():
    def app():
        return create_ingest_app(Sent(), max_request_bytes=1000)

    status, body, _ = run(app, "POST", "/v1/articles", data=orjson.dumps({**GOOD, "body": "x" * 2000}))
    assert status == 413 and body["limit_bytes"] == 1000

    async def chunked() -> tuple[int, Any, Any]:
        async def chunks():
            for _ in range(5):
                yield b"x" * 400

        return await call(app, "POST", "/v1/articles", data=chunks())

    status, body, _ = asyncio.run(chunked())  # no Content-Length: cut while reading
    assert status == 413
    check_against_spec("/v1/articles", "post", status, body)


def test_token_is_required_when_configured():
    sent = Sent()
    def app():
        return create_ingest_app(sent, token="s3cret")

    status, _, headers = run(app, "POST", "/v1/articles", data=orjson.dumps(GOOD))
    assert status == 401 and headers["WWW-Authenticate"].startswith("Bearer")
    status, _, _ = run(app, "POST", "/v1/articles", data=orjson.dumps(GOOD), headers={"Authorization": "Bearer nope"})
    assert status == 401 and sent == []
    status, _, _ = run(app, "POST", "/v1/articles", data=orjson.dumps(GOOD), headers={"Authorization": "Bearer s3cret"})
    assert status == 202 and len(sent) == 1


def test_health():
    status, body, _ = run(lambda: create_ingest_app(Sent(), token="t"), "GET", "/health")
    assert status == 200 and body == {"status": "ok"}


def test_kafka_failure_is_503_with_what_was_produced():
    class Flaky(Sent):
        async def __call__(self, key: str, value: bytes) -> None:
            if self:
                raise ConnectionError("broker gone")
            self.append((key, value))

    status, body, _ = run(lambda: create_ingest_app(Flaky()), "POST", "/v1/articles",
                          data=orjson.dumps([GOOD, {**GOOD, "id": "a2"}]))
    assert status == 503 and body["produced"] == ["a1"]


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200) | st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.text(max_size=20),
    lambda c: st.lists(c, max_size=3) | st.dictionaries(st.sampled_from(["id", "url", "source", "title", "body",
                                                                          "uri", "body_html", "headline"]), c),
    max_leaves=10).map(orjson.dumps))
def test_any_request_body_is_checked_without_raising(data):
    articles, rejected = check_items(data, Limits())
    assert articles or rejected
    assert all(r["reason"] in REASONS for r in rejected)
