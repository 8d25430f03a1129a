"""Property-based check of the live HTTP server against schemas/openapi.yaml (schemathesis, offline).

Generated requests (valid and invalid bodies, with and without the token) must get only the status codes
the description lists, with bodies that match it, and the server must never answer 5xx.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator

import pytest
import yaml
from hypothesis import HealthCheck, settings

from worker.ingest.http import create_ingest_app
from worker.schemas import schemas_dir

schemathesis = pytest.importorskip("schemathesis")

SPEC = yaml.safe_load((schemas_dir() / "openapi.yaml").read_text(encoding="utf-8"))
schema = schemathesis.openapi.from_dict(SPEC)


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    from aiohttp import web

    loop = asyncio.new_event_loop()
    ready = threading.Event()
    holder: dict[str, object] = {}

    async def noop_send(key: str, value: bytes) -> None:
        return None

    async def start() -> None:
        runner = web.AppRunner(create_ingest_app(noop_send, token="schemathesis-token", max_request_bytes=64 * 1024))
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        holder["runner"] = runner
        holder["port"] = runner.addresses[0][1]
        ready.set()

    thread = threading.Thread(target=lambda: (loop.run_until_complete(start()), loop.run_forever()), daemon=True)
    thread.start()
    assert ready.wait(10)
    yield f"http://127.0.0.1:{holder['port']}"
    asyncio.run_coroutine_threadsafe(holder["runner"].cleanup(), loop).result(10)  # type: ignore[attr-defined]
    loop.call_soon_threadsafe(loop.stop)
    thread.join(10)


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_the_server_answers_as_described(case, base_url):
    if case.operation.path == "/v1/articles" and case.headers is not None:
        case.headers.pop("Authorization", None)
    for headers in ({}, {"Authorization": "Bearer schemathesis-token"}):
        response = case.call(base_url=base_url, headers=headers)
        assert response.status_code < 500
        case.validate_response(response, checks=[schemathesis.checks.status_code_conformance,
                                                 schemathesis.checks.response_schema_conformance,
                                                 schemathesis.checks.content_type_conformance])
