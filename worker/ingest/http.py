"""HTTP push: `POST /v1/articles` (one article or a JSON array of them, our JSON or ninjs) → raw topic.

Described in schemas/openapi.yaml. All or nothing: every item is checked with the worker's own
parser first (worker.ingest.raw.parse_raw_article); if any is invalid the answer is 400 with a reason
per item and nothing is produced; otherwise each is produced (normalized: `RawArticle.to_json()`,
the original under `source_payload` for ninjs) and the answer is 202 with the ids. 413 above the
request size limit, 401 when a bearer token is configured and the request lacks it, 503 when Kafka
fails mid-way (the ids already produced are listed: a retry is safe, ids are stable).
"""

from __future__ import annotations

import asyncio
import hmac
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import orjson
from aiohttp import web

from worker.ingest.raw import Limits, RawArticle, parse_raw_article
from worker.ingest.raw_errors import Rejected

log = logging.getLogger("newsworker.ingest")

SendRaw = Callable[[str, bytes], Awaitable[Any]]
DEFAULT_MAX_REQUEST_BYTES = 10 * 1024 * 1024


def _json(status: int, body: dict[str, Any], **headers: str) -> web.Response:
    return web.Response(status=status, body=orjson.dumps(body), content_type="application/json", headers=headers)


def check_items(body: bytes, limits: Limits) -> tuple[list[RawArticle], list[dict[str, Any]]]:
    """The request body → (articles, rejections). Rejections have index (None: the whole body), reason, detail."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        return [], [{"index": None, "reason": "not_utf8", "detail": f"invalid UTF-8 at byte {exc.start}"}]
    try:
        document = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        return [], [{"index": None, "reason": "not_json", "detail": str(exc)[:500]}]
    if isinstance(document, list):
        items = document
        if not items:
            return [], [{"index": None, "reason": "schema_invalid", "detail": "(root): empty array, no articles"}]
    elif isinstance(document, dict):
        items = [document]
    else:
        detail = f"(root): expected an article object or an array of them, got {type(document).__name__}"
        return [], [{"index": None, "reason": "schema_invalid", "detail": detail}]
    articles: list[RawArticle] = []
    rejected: list[dict[str, Any]] = []
    for index, item in enumerate(items):
        try:
            article = parse_raw_article(orjson.dumps(item), limits)
            size = len(orjson.dumps(article.to_json()))
            if size > limits.max_message_bytes:
                raise Rejected("too_large", f"normalized record is {size} bytes > limit {limits.max_message_bytes}")
            articles.append(article)
        except Rejected as exc:
            entry: dict[str, Any] = {"index": index, "reason": exc.reason, "detail": exc.detail}
            if isinstance(item, dict):
                item_id = item.get("id") or item.get("uri") or item.get("guid")
                if isinstance(item_id, str):
                    entry["id"] = item_id[:512]
            rejected.append(entry)
    return articles, rejected


def create_ingest_app(
    send: SendRaw,
    *,
    limits: Limits | None = None,
    token: str | None = None,
    max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES,
) -> web.Application:
    """The aiohttp application; `send(key, value)` produces one record to the raw topic."""
    limits = limits or Limits()

    def authorized(request: web.Request) -> bool:
        if not token:
            return True
        header = request.headers.get("Authorization", "")
        scheme, _, given = header.partition(" ")
        return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), token.encode())

    async def post_articles(request: web.Request) -> web.Response:
        if not authorized(request):
            return _json(401, {"error": "missing or wrong bearer token"},
                         **{"WWW-Authenticate": 'Bearer realm="newsworker-ingest"'})
        too_large = {"error": f"request body over {max_request_bytes} bytes", "limit_bytes": max_request_bytes}
        if request.content_length is not None and request.content_length > max_request_bytes:
            return _json(413, too_large)
        try:
            body = await request.read()
        except web.HTTPRequestEntityTooLarge:
            return _json(413, too_large)
        if len(body) > max_request_bytes:
            return _json(413, too_large)
        articles, rejected = await asyncio.to_thread(check_items, body, limits)
        if rejected:
            return _json(400, {"error": "invalid input; nothing was produced", "rejected": rejected})
        produced: list[str] = []
        try:
            for article in articles:
                await send(article.id, orjson.dumps(article.to_json()))
                produced.append(article.id)
        except Exception as exc:
            log.warning("producing to the raw topic failed after %d of %d articles: %s",
                        len(produced), len(articles), exc)
            return _json(503, {"error": f"Kafka unavailable: {type(exc).__name__}", "produced": produced})
        log.info("accepted %d article(s) over HTTP", len(produced))
        return _json(202, {"accepted": len(produced), "ids": produced})

    async def health(request: web.Request) -> web.Response:
        return _json(200, {"status": "ok"})

    app = web.Application(client_max_size=max_request_bytes)
    app.router.add_post("/v1/articles", post_articles)
    app.router.add_get("/health", health)
    return app
