"""CLI commands of the ingest side (feeds, HTTP push). Registered by worker/cli.py.

  newsworker feed URL_OR_FILE… [--interval S] [--once] [--state FILE]
  newsworker ingest [--host 127.0.0.1] [--port 8081] [--token-env NEWSWORKER_INGEST_TOKEN]

See docs/ingest.md.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from worker.settings import PROJECT_ROOT, Settings, is_loopback

log = logging.getLogger("newsworker.ingest")

DEFAULT_STATE = PROJECT_ROOT / "var" / "feed-state.json"
DEFAULT_TOKEN_ENV = "NEWSWORKER_INGEST_TOKEN"


def add_ingest_commands(sub: Any, add_kafka_options: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add subcommands to the `newsworker` parser; each sets `handler` via set_defaults."""
    feed = sub.add_parser(
        "feed", help="poll RSS/Atom feeds (URLs or files) and push new items to the raw topic",
        description="Poll RSS 2.0 / Atom feeds and push each new or changed item to the raw topic as a raw "
        "article (HTML content reduced to paragraphs). What was sent (guid + content hash) is remembered "
        "in a small JSON state file, so a second poll pushes nothing new.",
    )
    feed.add_argument("feeds", nargs="+", metavar="URL_OR_FILE", help="feed URLs (http/https) or files")
    feed.add_argument("--interval", type=float, default=float(os.environ.get("NEWSWORKER_FEED_INTERVAL", "300")),
                      help="seconds between polls (env NEWSWORKER_FEED_INTERVAL, default 300)")
    feed.add_argument("--once", action="store_true", help="poll once and exit (exit 1 if a feed failed)")
    feed.add_argument("--state", type=Path,
                      default=Path(os.environ.get("NEWSWORKER_FEED_STATE", str(DEFAULT_STATE))),
                      help="state file (env NEWSWORKER_FEED_STATE, default var/feed-state.json)")
    add_kafka_options(feed)
    feed.set_defaults(handler=cmd_feed)

    ingest = sub.add_parser(
        "ingest", help="HTTP endpoint for newsrooms to push articles (POST /v1/articles)",
        description="Serve POST /v1/articles (one article or a JSON array; our JSON or IPTC ninjs) and "
        "/health. Valid articles go to the raw topic; see schemas/openapi.yaml.",
    )
    ingest.add_argument("--host", default=os.environ.get("NEWSWORKER_INGEST_HOST", "127.0.0.1"),
                        help="address to listen on (env NEWSWORKER_INGEST_HOST, default 127.0.0.1)")
    ingest.add_argument("--port", type=int, default=int(os.environ.get("NEWSWORKER_INGEST_PORT", "8081")),
                        help="port (env NEWSWORKER_INGEST_PORT, default 8081)")
    ingest.add_argument("--token-env", default=DEFAULT_TOKEN_ENV, metavar="VAR",
                        help=f"environment variable holding the bearer token (default {DEFAULT_TOKEN_ENV}); "
                        "when it is set and not empty, requests must send `Authorization: Bearer TOKEN`")
    ingest.add_argument("--max-request-bytes", type=int,
                        default=int(os.environ.get("NEWSWORKER_INGEST_MAX_REQUEST_BYTES", str(10 * 1024 * 1024))),
                        help="larger request bodies get 413 (default 10 MiB)")
    ingest.add_argument("--allow-no-token", action="store_true",
                        help="serve on a non-loopback address without a token (refused otherwise)")
    add_kafka_options(ingest)
    ingest.set_defaults(handler=cmd_ingest)


def _settings(args: argparse.Namespace) -> Settings:
    return Settings().with_overrides(**vars(args))


def _limits(settings: Settings) -> Any:
    from worker.ingest.raw import Limits

    return Limits(settings.max_message_bytes, settings.max_body_chars)


# -- feed -----------------------------------------------------------------------------------------
def cmd_feed(args: argparse.Namespace) -> int:
    settings = _settings(args)
    try:
        return asyncio.run(run_feeds(settings, args.feeds, args.state, interval=args.interval, once=args.once))
    except KeyboardInterrupt:
        return 130


async def run_feeds(settings: Settings, feeds: list[str], state_path: Path, *, interval: float, once: bool) -> int:
    from worker.ingest.feeds import FeedState
    from worker.ingest.producer import RawProducer

    state = FeedState.load(state_path)
    try:
        producer = RawProducer(settings)
        await producer.start()
    except Exception as exc:
        from worker.cli import describe_kafka_error

        print(f"error: {describe_kafka_error(exc, settings)}", file=sys.stderr)
        return 2
    try:
        while True:
            started = time.monotonic()
            failures = 0
            for origin in feeds:
                if not await poll_one(settings, producer, state, origin):
                    failures += 1
            if once:
                return 1 if failures else 0
            await asyncio.sleep(max(0.0, interval - (time.monotonic() - started)))
    finally:
        await producer.stop()


async def poll_one(settings: Settings, producer: Any, state: Any, origin: str) -> bool:
    """Fetch, parse and push one feed; remembers each item once the broker has it. False on failure."""
    from worker.ingest.deadletter import deadletter_record
    from worker.ingest.feeds import fetch_feed, parse_feed, pending_entries
    from worker.ingest.raw_errors import Rejected

    try:
        data, validators = await asyncio.to_thread(fetch_feed, origin, **state.validators(origin))
        if data is None:
            log.info("feed %s: not modified", origin)
            return True
        feed = parse_feed(data, origin)
        pending = pending_entries(feed, state, _limits(settings))
    except (OSError, Rejected) as exc:
        print(f"feed {origin}: {exc}", file=sys.stderr)
        return False
    if feed.warning:
        log.warning("feed %s is not well-formed (%s); read %d entries anyway", origin, feed.warning,
                    len(feed.entries))
    sent = dead = 0
    try:
        for item in pending:
            if item.value is not None:
                meta = await producer.send_raw(item.key, item.value)
                print(f"sent {item.key} from {origin} → {meta.topic}/{meta.partition}@{meta.offset} "
                      f"({len(item.value)} bytes)", flush=True)
                sent += 1
            else:
                assert item.rejected is not None
                record = deadletter_record(
                    item.original, reason=item.rejected.reason, detail=item.rejected.detail,
                    key=item.key.encode("utf-8"), max_original_bytes=settings.deadletter_max_original_bytes,
                )
                await producer.send_deadletter(item.key, record)
                print(f"dead-lettered {item.key} from {origin}: {item.rejected}", flush=True)
                dead += 1
            state.remember(origin, item.guid, item.digest)
    finally:
        state.set_validators(origin, validators)
        state.save()
    print(f"feed {origin}: {len(feed.entries)} entries, {sent} sent, {dead} dead-lettered, "
          f"{len(feed.entries) - sent - dead} already sent", flush=True)
    return True


# -- ingest (HTTP) ------------------------------------------------------------------------------------
def cmd_ingest(args: argparse.Namespace) -> int:
    from aiohttp import web

    from worker.ingest.http import create_ingest_app
    from worker.ingest.producer import RawProducer

    settings = _settings(args)
    token = os.environ.get(args.token_env) or None
    if token is None and not is_loopback(args.host) and not args.allow_no_token:
        print(f"error: refusing to serve on {args.host} without a token: set {args.token_env} "
              "(or pass --allow-no-token)", file=sys.stderr)
        return 2
    producer = RawProducer(settings)
    app = create_ingest_app(producer.send_raw, limits=_limits(settings), token=token,
                            max_request_bytes=args.max_request_bytes)

    async def kafka_producer(_app: web.Application) -> Any:
        await producer.start()
        yield
        await producer.stop()

    app.cleanup_ctx.append(kafka_producer)
    log.info("ingest on http://%s:%d (token %s) → %s", args.host, args.port,
             "required" if token else "not required", settings.topic_raw)
    try:
        web.run_app(app, host=args.host, port=args.port, print=None, access_log=None,
                    handle_signals=True)
    except Exception as exc:
        from worker.cli import describe_kafka_error

        print(f"error: {describe_kafka_error(exc, settings)}", file=sys.stderr)
        return 2
    return 0
