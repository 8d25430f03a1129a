"""`newsworker dashboard`: a live web page of the events topic, for people who subscribe to events.

One aiohttp process:

- `/` the page (worker/dashboard/static: plain HTML, JS and CSS, no build step);
- `/events/stream?type=&country=&mode=` server-sent events: a `snapshot` of the kept events that match the
  filters (newest first), then each new matching `event`, `stats` (counts per type over the last hour,
  countries seen, consumer state) and a `ping` every 15 s so the page notices a dead connection;
- `/api/events?…` the same snapshot as JSON; `/articles/<id>` an article's enriched record (JSON) from an
  in-memory cache; `/health` 200 once the Kafka consumer is reading, 503 before.

Kafka: one AIOKafkaConsumer subscribed to the events and enriched topics as its OWN consumer group
(`newsworker-dashboard-<hostname>-<port>`: never the workers' group, so it never takes their partitions),
`isolation_level="read_committed"` (records of aborted transactions are never shown), no offset commits
(a viewer starts where it is told: at the end, or `replay` records back from the end of each partition).

Memory is bounded: the last `keep` events, at most `MAX_ARTICLES` / `MAX_ARTICLE_BYTES` cached articles, a
bounded queue per browser (a browser that cannot keep up is disconnected; it reconnects and gets a snapshot).
Every response carries a Content-Security-Policy that allows only this server's own script and style.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import socket
import sys
import time
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from aiohttp import web

from worker.dashboard.view import EVENT_TYPES, MODES, EventBuffer, Filter, HourlyCounts, display
from worker.settings import Settings, is_loopback

log = logging.getLogger("newsworker.dashboard")

STATIC = Path(__file__).resolve().parent / "static"
MIN_KEEP = 500
MAX_KEEP = 5000
MAX_ARTICLES = 1000
MAX_ARTICLE_BYTES = 64 * 1024 * 1024
SUBSCRIBER_QUEUE = 1000
PING_SECONDS = 15.0
STATS_SECONDS = 10.0
RETRY_MS = 2000

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def now_ms() -> int:
    return int(time.time() * 1000)


def dashboard_group(port: int, hostname: str | None = None) -> str:
    """The dashboard's own consumer group: one per host and port, never the workers' group (the app id)."""
    host = "".join(c if c.isalnum() or c in "-._" else "-" for c in (hostname or socket.gethostname()))
    return f"newsworker-dashboard-{host or 'host'}-{port}"


# -- state shared by the Kafka side and the HTTP side ----------------------------------------------------
@dataclass(eq=False)
class Subscriber:
    flt: Filter
    queue: asyncio.Queue = field(default_factory=lambda: asyncio.Queue(SUBSCRIBER_QUEUE))

    def offer(self, message: tuple[str, Any] | None) -> bool:
        try:
            self.queue.put_nowait(message)
            return True
        except asyncio.QueueFull:
            return False


class ArticleCache:
    """Enriched records by article id, raw JSON bytes, least recently added dropped first."""

    def __init__(self, max_items: int = MAX_ARTICLES, max_bytes: int = MAX_ARTICLE_BYTES) -> None:
        self.max_items, self.max_bytes = max_items, max_bytes
        self._items: OrderedDict[str, bytes] = OrderedDict()
        self.bytes = 0

    def __len__(self) -> int:
        return len(self._items)

    def put(self, article_id: str, value: bytes) -> None:
        if len(value) > self.max_bytes:
            return
        old = self._items.pop(article_id, None)
        if old is not None:
            self.bytes -= len(old)
        self._items[article_id] = value
        self.bytes += len(value)
        while len(self._items) > self.max_items or self.bytes > self.max_bytes:
            _, dropped = self._items.popitem(last=False)
            self.bytes -= len(dropped)

    def get(self, article_id: str) -> bytes | None:
        return self._items.get(article_id)


class Hub:
    """The kept events, hourly counts, article cache, and the browsers listening."""

    def __init__(self, keep: int, topic: str, group: str, start: str, replay: int) -> None:
        self.buffer = EventBuffer(keep)
        self.counts = HourlyCounts()
        self.articles = ArticleCache()
        self.subscribers: set[Subscriber] = set()
        self.topic, self.group, self.start, self.replay = topic, group, start, replay
        self.skipped = 0
        self.dirty = False
        self._consumer_state = "starting"

    @property
    def consumer_state(self) -> str:
        return self._consumer_state

    @consumer_state.setter
    def consumer_state(self, value: str) -> None:
        if value != self._consumer_state:
            self._consumer_state = value
            self.dirty = True  # pages learn within a second that Kafka is (not) being read

    # Kafka side
    def add_event(self, record: Any, timestamp_ms: int | None) -> dict[str, Any] | None:
        item = display(record, timestamp_ms)
        if item is None:
            self.skipped += 1
            return None
        if not self.buffer.add(item):
            return None  # a re-delivered event (same id): already shown
        self.counts.add(item["type"], item["ts"], now_ms())
        self.dirty = True
        for sub in list(self.subscribers):
            if sub.flt.matches(item) and not sub.offer(("event", item)):
                self.drop(sub)
        return item

    def add_article(self, value: bytes) -> None:
        try:
            record = orjson.loads(value)
        except orjson.JSONDecodeError:
            self.skipped += 1
            return
        if isinstance(record, dict) and isinstance(record.get("id"), str) and record["id"]:
            self.articles.put(record["id"], value)

    # HTTP side
    def stats(self) -> dict[str, Any]:
        counts = self.counts.counts(now_ms())
        return {
            "counts": counts, "total_last_hour": sum(counts.values()), "countries": self.buffer.countries(),
            "kept": len(self.buffer), "keep": self.buffer.limit, "articles_cached": len(self.articles),
            "consumer": self.consumer_state, "topic": self.topic, "group": self.group, "now": now_ms(),
        }

    def snapshot(self, flt: Filter) -> dict[str, Any]:
        return {
            "items": self.buffer.newest_first(flt), "filter": flt.as_params(), "stats": self.stats(),
            "types": list(EVENT_TYPES), "modes": list(MODES), "start": self.start, "replay": self.replay,
        }

    def subscribe(self, flt: Filter) -> Subscriber:
        sub = Subscriber(flt)
        self.subscribers.add(sub)
        return sub

    def drop(self, sub: Subscriber) -> None:
        """Stop a subscriber's stream (it is too slow, or the server is stopping): its page reconnects."""
        self.subscribers.discard(sub)
        with contextlib.suppress(asyncio.QueueEmpty):
            while True:
                sub.queue.get_nowait()
        sub.offer(None)

    def broadcast_stats(self) -> None:
        stats = self.stats()
        for sub in list(self.subscribers):
            if not sub.offer(("stats", stats)):
                self.drop(sub)
        self.dirty = False

    def close(self) -> None:
        for sub in list(self.subscribers):
            self.drop(sub)


# -- Kafka --------------------------------------------------------------------------------------------
class KafkaFeed:
    """Consume the events and enriched topics into the hub, as the dashboard's own group, read_committed."""

    def __init__(self, settings: Settings, hub: Hub, start: str, replay: int) -> None:
        self.settings, self.hub, self.start, self.replay = settings, hub, start, replay
        self.topics = [settings.topic_events, settings.topic_enriched]
        self.next_offset: dict[Any, int] = {}  # partition -> offset after the last record read
        self.consumer: Any = None

    def make_consumer(self) -> Any:
        from aiokafka import AIOKafkaConsumer

        from worker.kafka_clients import client_options

        if self.hub.group == self.settings.app_id:
            raise ValueError("the dashboard must never join the workers' consumer group")
        return AIOKafkaConsumer(
            **client_options(self.settings), group_id=self.hub.group, client_id=self.hub.group,
            enable_auto_commit=False,           # a viewer: nothing to resume, nothing to commit
            auto_offset_reset="latest",
            isolation_level="read_committed",   # never show records of aborted transactions
            max_partition_fetch_bytes=max(self.settings.max_message_bytes * 2, 1_048_576),
        )

    async def position(self, assigned: Iterable[Any]) -> None:
        """On the first assignment of each partition: start at its end, or `replay` records before it.

        After that (a rebalance, or a new consumer after a Kafka error) resume right after the last record read,
        so nothing is skipped and nothing is shown twice; offsets are kept here, never committed.
        """
        consumer = self.consumer
        fresh = []
        for tp in assigned:
            if tp in self.next_offset:
                consumer.seek(tp, self.next_offset[tp])
            else:
                fresh.append(tp)
        if not fresh:
            return
        back = self.replay if self.start == "replay" else 0
        ends = await consumer.end_offsets(fresh)            # the last stable offset under read_committed
        begins = await consumer.beginning_offsets(fresh)
        for tp in fresh:
            self.next_offset[tp] = max(begins[tp], ends[tp] - back)
            consumer.seek(tp, self.next_offset[tp])
        log.info("dashboard reading %s from %s", sorted(f"{tp.topic}/{tp.partition}" for tp in fresh),
                 f"{self.replay} records before the end" if self.start == "replay" else "the end")

    async def run(self) -> None:
        from aiokafka import ConsumerRebalanceListener

        feed = self

        class Listener(ConsumerRebalanceListener):
            async def on_partitions_revoked(self, revoked: Any) -> None:
                return None

            async def on_partitions_assigned(self, assigned: Any) -> None:
                await feed.position(assigned)
                feed.hub.consumer_state = "consuming"

        backoff = 1.0
        while True:
            self.consumer = consumer = self.make_consumer()
            try:
                self.hub.consumer_state = "connecting to Kafka"
                await consumer.start()
                # Subscribing to a missing topic could auto-create it with the broker's default partitions:
                # wait until the worker (or `newsworker send`) has created both topics.
                while not set(self.topics) <= await consumer.topics():
                    self.hub.consumer_state = f"waiting for topics {', '.join(self.topics)}"
                    await asyncio.sleep(2.0)
                self.hub.consumer_state = "joining its consumer group"
                consumer.subscribe(self.topics, listener=Listener())
                backoff = 1.0
                while True:
                    batch = await consumer.getmany(timeout_ms=1000, max_records=500)
                    for tp, messages in batch.items():
                        for message in messages:
                            self.handle(tp.topic, message.value, message.timestamp)
                        if messages:
                            self.next_offset[tp] = messages[-1].offset + 1
                    if self.hub.dirty:
                        self.hub.broadcast_stats()  # counts follow the events they count, not a tick later
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                self.hub.consumer_state = f"Kafka error, retrying: {type(exc).__name__}"
                log.warning("dashboard consumer failed (%r); retrying in %.0fs", exc, backoff)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 30.0)
            finally:
                with contextlib.suppress(Exception):
                    await consumer.stop()

    def handle(self, topic: str, value: bytes | None, timestamp_ms: int | None) -> None:
        if value is None:
            return
        if topic == self.settings.topic_enriched:
            self.hub.add_article(value)
            return
        try:
            record = orjson.loads(value)
        except orjson.JSONDecodeError:
            self.hub.skipped += 1
            return
        self.hub.add_event(record, timestamp_ms)


# -- HTTP ---------------------------------------------------------------------------------------------
HUB = web.AppKey("hub", Hub)


def _json(data: Any, status: int = 200) -> web.Response:
    return web.Response(body=orjson.dumps(data), status=status, content_type="application/json")


async def no_content(request: web.Request) -> web.Response:
    return web.Response(status=204)


def _static(name: str, content_type: str) -> Any:
    async def handler(request: web.Request) -> web.Response:
        return web.Response(body=(STATIC / name).read_bytes(), content_type=content_type, charset="utf-8",
                            headers={"Cache-Control": "no-cache"})

    return handler


def _filter(request: web.Request) -> Filter:
    try:
        return Filter.parse(request.query)
    except ValueError as exc:
        error = orjson.dumps({"error": str(exc)}).decode()
        raise web.HTTPBadRequest(text=error, content_type="application/json") from None


async def api_events(request: web.Request) -> web.Response:
    return _json(request.app[HUB].snapshot(_filter(request)))


async def article(request: web.Request) -> web.Response:
    value = request.app[HUB].articles.get(request.match_info["article_id"])
    if value is None:
        return _json({"error": "article not in this dashboard's cache (not read yet, or too old)"}, status=404)
    return web.Response(body=value, content_type="application/json")


async def health(request: web.Request) -> web.Response:
    hub = request.app[HUB]
    ok = hub.consumer_state == "consuming"
    return _json({
        "status": "ok" if ok else "starting", "consumer": hub.consumer_state, "group": hub.group,
        "topic": hub.topic, "events_kept": len(hub.buffer), "articles_cached": len(hub.articles),
        "subscribers": len(hub.subscribers), "skipped_records": hub.skipped,
    }, status=200 if ok else 503)


async def _send(response: web.StreamResponse, event: str, data: Any) -> None:
    # orjson escapes newlines inside strings, so one `data:` line always holds the whole JSON document.
    await response.write(b"event: " + event.encode() + b"\ndata: " + orjson.dumps(data) + b"\n\n")


async def stream(request: web.Request) -> web.StreamResponse:
    hub = request.app[HUB]
    flt = _filter(request)
    response = web.StreamResponse(headers={
        "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache, no-transform",
        "X-Accel-Buffering": "no",
    })
    await response.prepare(request)
    sub = hub.subscribe(flt)
    try:
        await response.write(f"retry: {RETRY_MS}\n\n".encode())
        await _send(response, "snapshot", hub.snapshot(flt))
        while True:
            try:
                message = await asyncio.wait_for(sub.queue.get(), PING_SECONDS)
            except TimeoutError:
                message = ("ping", {"now": now_ms()})
            if message is None:
                break
            await _send(response, *message)
    except (ConnectionResetError, ConnectionError):
        pass
    finally:
        hub.subscribers.discard(sub)
    return response


async def _security_headers(request: web.Request, response: web.StreamResponse) -> None:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)


async def _stats_ticker(hub: Hub) -> None:
    """Counts and consumer state to every page: at most once a second after news, else every 10 s."""
    last = 0.0
    while True:
        await asyncio.sleep(1.0)
        if hub.dirty or time.monotonic() - last >= STATS_SECONDS:
            hub.broadcast_stats()
            last = time.monotonic()


def create_app(settings: Settings, *, port: int, start: str = "replay", replay: int = 200,
               keep: int | None = None, consume: bool = True) -> web.Application:
    """The aiohttp app; `consume=False` leaves Kafka out (the hub is then fed by hand, as in tests)."""
    if start not in ("latest", "replay"):
        raise ValueError("start must be 'latest' or 'replay'")
    keep = keep or min(max(replay, MIN_KEEP), MAX_KEEP)
    hub = Hub(keep, settings.topic_events, dashboard_group(port), start, replay)
    app = web.Application()
    app[HUB] = hub
    app.on_response_prepare.append(_security_headers)
    app.router.add_get("/", _static("index.html", "text/html"))
    app.router.add_get("/static/app.js", _static("app.js", "text/javascript"))
    app.router.add_get("/static/app.css", _static("app.css", "text/css"))
    app.router.add_get("/events/stream", stream)
    app.router.add_get("/api/events", api_events)
    app.router.add_get("/articles/{article_id:.+}", article)
    app.router.add_get("/health", health)
    app.router.add_get("/favicon.ico", no_content)

    async def background(app: web.Application) -> Any:
        tasks = [asyncio.create_task(_stats_ticker(hub))]
        if consume:
            tasks.append(asyncio.create_task(KafkaFeed(settings, hub, start, min(replay, keep)).run()))
        yield
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task

    async def close_streams(app: web.Application) -> None:
        hub.close()  # ends every open event stream, so shutdown does not wait for them

    app.cleanup_ctx.append(background)
    app.on_shutdown.append(close_streams)
    return app


async def _serve(settings: Settings, host: str, port: int, start: str, replay: int) -> int:
    app = create_app(settings, port=port, start=start, replay=replay)
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=5.0)
    await runner.setup()
    try:
        site = web.TCPSite(runner, host, port)
        await site.start()
    except OSError as exc:
        await runner.cleanup()
        print(f"error: cannot serve the dashboard on {host}:{port}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    hub = app[HUB]
    if not is_loopback(host):
        log.warning("dashboard listens on %s: it has no authentication, anyone who reaches it sees the events", host)
    what = f"replaying the last {replay} events" if start == "replay" else "new events only"
    shown = f"[{host}]" if ":" in host else host
    print(f"dashboard at http://{shown}:{port}/ — topic {settings.topic_events}, group {hub.group}, {what}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await runner.cleanup()
    return 0


def run_dashboard(settings: Settings, host: str, port: int, start: str, replay: int) -> int:
    """Serve the dashboard until SIGINT/SIGTERM; 0 on a clean stop, 2 on bad options or a busy port."""
    if start not in ("latest", "replay"):
        print("error: --from must be latest or replay", file=sys.stderr)
        return 2
    if replay < 0:
        print("error: --replay must be 0 or more", file=sys.stderr)
        return 2
    return asyncio.run(_serve(settings, host, port, start, replay))
