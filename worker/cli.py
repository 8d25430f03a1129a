"""`newsworker` command line: run the worker, the local broker, and the tools around them."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import orjson

from worker import __version__
from worker.settings import PROJECT_ROOT, SECRET_FIELDS, Settings

log = logging.getLogger("newsworker")

EPILOG = """\
examples:
  newsworker demo                      local broker + worker + seed articles, events printed live
  newsworker kafka start               start the local Kafka broker (KRaft, 127.0.0.1:9092)
  newsworker worker --partitions 6     run one worker; start more to scale out (same group)
  newsworker send seeds/*.txt          push articles (.json, .jsonl, .txt) to the raw topic
  newsworker tail news.events --pretty print a topic's records
  newsworker process seeds/*.txt       the same pipeline offline, JSON lines on stdout

Every option also reads an environment variable NEWSWORKER_<NAME> (e.g. NEWSWORKER_KAFKA_BOOTSTRAP).
"""


SECURED_BROKERS_HELP = (
    "Secured brokers are set by environment only, so no secret shows in the process list: "
    "NEWSWORKER_KAFKA_SECURITY_PROTOCOL (PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL); for SASL "
    "NEWSWORKER_KAFKA_SASL_MECHANISM (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512), NEWSWORKER_KAFKA_SASL_USERNAME, "
    "NEWSWORKER_KAFKA_SASL_PASSWORD or NEWSWORKER_KAFKA_SASL_PASSWORD_FILE; for TLS NEWSWORKER_KAFKA_SSL_CAFILE "
    "and, when the broker asks for a client certificate, NEWSWORKER_KAFKA_SSL_CERTFILE, "
    "NEWSWORKER_KAFKA_SSL_KEYFILE, NEWSWORKER_KAFKA_SSL_KEY_PASSWORD(_FILE). See docs/operations.md."
)


def _add_kafka_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("kafka", description=SECURED_BROKERS_HELP)
    group.add_argument("--bootstrap", dest="kafka_bootstrap", metavar="HOST:PORT[,…]",
                       help="Kafka bootstrap servers (env NEWSWORKER_KAFKA_BOOTSTRAP, default 127.0.0.1:9092)")
    group.add_argument("--topic-raw", help="input topic (env NEWSWORKER_TOPIC_RAW, default news.articles.raw)")
    group.add_argument("--topic-enriched", help="enriched articles topic (default news.articles.enriched)")
    group.add_argument("--topic-events", help="events topic (default news.events)")
    group.add_argument("--topic-deadletter", help="dead-letter topic (default news.deadletter)")
    group.add_argument("--partitions", type=int, help="partitions for topics the worker creates (default 6)")


def _add_worker_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("worker")
    group.add_argument("--metrics-host", help="address of /metrics, /health, /ready (default 127.0.0.1)")
    group.add_argument("--metrics-port", type=int, help="port of /metrics, /health, /ready (default 9464)")
    group.add_argument("--guarantee", dest="processing_guarantee", choices=["exactly_once", "at_least_once"],
                       help="Kafka processing guarantee (env NEWSWORKER_PROCESSING_GUARANTEE, default exactly_once)")
    group.add_argument("--data-dir", type=Path, help="worker state directory (default var/worker)")
    group.add_argument("--batch-max-articles", type=int,
                       help="raw records per batch: one nlp.pipe call, one transaction "
                       "(env NEWSWORKER_BATCH_MAX_ARTICLES, default 64)")
    group.add_argument("--batch-wait-ms", type=int,
                       help="how long a batch waits to fill (env NEWSWORKER_BATCH_WAIT_MS, default 50)")
    group.add_argument("--processes", type=int,
                       help="worker processes to start, forked after the models are loaded so they share them; "
                       "process i serves metrics on --metrics-port + i (env NEWSWORKER_PROCESSES, default 1)")
    group.add_argument("--dedup-recheck-ms", type=int,
                       help="with other workers in the group: look again for copies they took at the same "
                       "moment, once the fingerprint table has caught up with this batch's marker, waiting at "
                       "most this long; 0 = off (env NEWSWORKER_DEDUP_RECHECK_MS, default 500)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsworker",
        description="Streaming news ingestion: raw articles from Kafka are segmented, deduplicated and "
        "parsed with spaCy; enriched articles and events are published to Kafka.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"newsworker {__version__}")
    parser.add_argument("--log-level", default=os.environ.get("NEWSWORKER_LOG_LEVEL", "INFO"),
                        help="DEBUG, INFO, WARNING, ERROR (default INFO)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    kafka = sub.add_parser("kafka", help="start/stop/status of the local Kafka broker (no Docker needed)",
                           description="The local Apache Kafka broker (KRaft, one node) on 127.0.0.1. "
                           "Jars are fetched once with Maven into .cache/kafka; data lives in var/kafka.")
    kafka.add_argument("action", choices=["start", "stop", "status", "reset", "fetch"],
                       help="start (fetch jars, format, start, wait ready), stop, status, "
                       "reset (stop and delete data), fetch (jars only)")
    kafka.add_argument("--port", type=int, help="broker port (env NEWSWORKER_KAFKA_PORT, default 9092)")

    worker = sub.add_parser("worker", help="run the Faust worker (consume raw, publish enriched/events)")
    _add_kafka_options(worker)
    _add_worker_options(worker)

    send = sub.add_parser("send", help="push articles from files to the raw topic")
    send.add_argument("paths", nargs="+", type=Path, metavar="PATH", help=".json, .jsonl or .txt files")
    _add_kafka_options(send)

    tail = sub.add_parser("tail", help="print a topic's records as JSON lines")
    tail.add_argument("topic", help="topic name, e.g. news.events")
    tail.add_argument("--from", dest="start", choices=["beginning", "end"], default="beginning",
                      help="start at the oldest record (default) or only show new ones")
    tail.add_argument("--max", type=int, default=None, help="stop after N records")
    tail.add_argument("--idle-timeout", type=float, default=None,
                      help="stop after this many seconds without a record (default: run until Ctrl-C)")
    tail.add_argument("--pretty", action="store_true", help="one readable line per record instead of JSON")
    _add_kafka_options(tail)

    process = sub.add_parser("process", help="run the pipeline offline on files (no Kafka); JSON lines out")
    process.add_argument("paths", nargs="+", type=Path, metavar="PATH", help=".json, .jsonl or .txt files")
    process.add_argument("--pretty", action="store_true", help="readable event lines instead of JSON")

    dashboard = sub.add_parser(
        "dashboard", help="live web page of events (its own consumer group; never steals worker partitions)",
        description="Serve a live web page of the events topic: newest first, filters by type, country and "
        "mode, counts per type over the last hour. Reads as its own consumer group.",
    )
    dashboard.add_argument("--host", default=os.environ.get("NEWSWORKER_DASHBOARD_HOST", "127.0.0.1"),
                           help="address to serve on (default 127.0.0.1)")
    dashboard.add_argument("--port", type=int, default=int(os.environ.get("NEWSWORKER_DASHBOARD_PORT", "8080")),
                           help="port to serve on (default 8080)")
    dashboard.add_argument("--from", dest="start", choices=["latest", "replay"], default="replay",
                           help="show only new events (latest) or replay the last --replay N events first")
    dashboard.add_argument("--replay", type=int, default=200, help="how many past events to replay (default 200)")
    _add_kafka_options(dashboard)

    from worker.ingest.commands import add_ingest_commands

    add_ingest_commands(sub, _add_kafka_options)

    demo = sub.add_parser("demo", help="the main job: local broker + worker + seed articles, events shown live")
    demo.add_argument("--once", action="store_true", help="exit after the seed articles are processed")
    demo.add_argument("--seeds", type=Path, default=PROJECT_ROOT / "seeds", help="folder of articles to send")
    demo.add_argument("--timeout", type=float, default=180.0, help="give up waiting for records after N seconds")
    _add_kafka_options(demo)
    _add_worker_options(demo)
    return parser


def settings_from(args: argparse.Namespace) -> Settings:
    return Settings().with_overrides(**vars(args))


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=getattr(logging, str(args.log_level).upper(), logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    handler = getattr(args, "handler", None) or globals()[f"cmd_{args.command}"]
    try:
        return int(handler(args) or 0)
    except KeyboardInterrupt:
        return 130


# -- commands -----------------------------------------------------------------------------------
def cmd_kafka(args: argparse.Namespace) -> int:
    from worker.kafka_local.broker import BrokerError, LocalBroker

    broker = LocalBroker(port=args.port) if args.port else LocalBroker()
    try:
        if args.action == "start":
            started = broker.start()
            print(f"kafka {'started' if started else 'already running'} on {broker.bootstrap} "
                  f"(pid {broker.pid()}, log {broker.log_file})")
        elif args.action == "stop":
            print("kafka stopped" if broker.stop() else "kafka was not running")
        elif args.action == "status":
            pid = broker.pid()
            up = broker.reachable()
            print(f"kafka {'running' if pid else 'not running'} (pid {pid}); {broker.bootstrap} "
                  f"{'reachable' if up else 'unreachable'}")
            return 0 if pid and up else 3
        elif args.action == "reset":
            broker.reset()
            print(f"kafka stopped and data deleted ({broker.home})")
        elif args.action == "fetch":
            broker.fetch()
            print(f"kafka jars in {broker.libs}")
    except BrokerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    log.info("newsworker %s starting with %s", __version__, settings.redacted())
    from worker.kafka_clients import ensure_topics

    try:
        asyncio.run(ensure_topics(settings))
    except Exception as exc:  # the most common first-run problems: no broker, wrong credentials
        print(f"error: {describe_kafka_error(exc, settings)}", file=sys.stderr)
        return 2
    if settings.processes > 1:
        from worker.processes import run_processes

        return run_processes(settings, run_worker)
    return run_worker(settings)


def run_worker(settings: Settings) -> int:
    """One worker process: the Faust app on this process's event loop, until it is stopped."""
    from faust import Worker

    from worker.app import create_app

    app = create_app(settings)
    if logging.getLogger().getEffectiveLevel() > logging.DEBUG:
        # Faust prints whole offset tables at INFO on every rebalance; keep them for DEBUG.
        logging.getLogger("faust.tables.recovery").setLevel(logging.WARNING)
    worker = Worker(app, loglevel=settings.log_level, quiet=True, override_logging=False)
    worker.execute_from_commandline()
    return 0


def describe_kafka_error(exc: BaseException, settings: Settings) -> str:
    """A sentence an operator can act on, without secrets."""
    from aiokafka.errors import AuthenticationFailedError, KafkaConnectionError, KafkaTimeoutError

    if isinstance(exc, AuthenticationFailedError) or "authentication" in str(exc).lower():
        return (f"Kafka authentication failed for user {settings.kafka_sasl_username!r} with "
                f"{settings.kafka_sasl_mechanism} at {settings.kafka_bootstrap}: check NEWSWORKER_KAFKA_SASL_USERNAME "
                "and the password (NEWSWORKER_KAFKA_SASL_PASSWORD or _FILE)")
    if isinstance(exc, KafkaConnectionError | KafkaTimeoutError | OSError):
        if settings.uses_tls:
            # aiokafka logs the TLS reason just before (e.g. CERTIFICATE_VERIFY_FAILED) and raises only this
            return (f"cannot connect to Kafka at {settings.kafka_bootstrap} over TLS ({type(exc).__name__}); check "
                    "that the broker listens with TLS there, that NEWSWORKER_KAFKA_SSL_CAFILE "
                    f"({settings.kafka_ssl_cafile or 'unset: the system CAs'}) holds the CA that signed its "
                    "certificate, and, if the broker asks for a client certificate, that "
                    "NEWSWORKER_KAFKA_SSL_CERTFILE and NEWSWORKER_KAFKA_SSL_KEYFILE "
                    f"({settings.kafka_ssl_certfile or 'unset'}) hold one it trusts")
        return (f"cannot reach Kafka at {settings.kafka_bootstrap} ({type(exc).__name__}); "
                "start the local broker with `newsworker kafka start` or set NEWSWORKER_KAFKA_BOOTSTRAP")
    return f"Kafka error at {settings.kafka_bootstrap}: {type(exc).__name__}: {exc}"


def cmd_send(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    from worker.ingest.files import read_payloads

    payloads: list[tuple[str, str | None, bytes]] = []
    for path in args.paths:
        for key, value in read_payloads(path):
            payloads.append((str(path), key, value))
    from aiokafka.errors import KafkaError

    try:
        return asyncio.run(_send(settings, payloads))
    except (KafkaError, OSError) as exc:  # no broker, wrong credentials, an untrusted certificate
        print(f"error: {describe_kafka_error(exc, settings)}", file=sys.stderr)
        return 2


async def _send(settings: Settings, payloads: list[tuple[str, str | None, bytes]]) -> int:
    from worker.ingest.producer import RawProducer

    async with RawProducer(settings) as producer:
        for origin, key, value in payloads:
            meta = await producer.send_raw(key, value)
            print(f"sent {key or '(no id)'} from {origin} → {meta.topic}/{meta.partition}@{meta.offset} "
                  f"({len(value)} bytes)")
    return 0


def cmd_tail(args: argparse.Namespace) -> int:
    settings = settings_from(args)

    def show(record: dict[str, Any] | None, raw: bytes) -> None:
        if args.pretty and record is not None:
            print(format_record(record), flush=True)
        else:
            sys.stdout.buffer.write((raw if record is not None else orjson.dumps({"undecodable": True})) + b"\n")
            sys.stdout.flush()

    return asyncio.run(_tail(settings, args.topic, args.start, args.max, args.idle_timeout, show))


async def _tail(settings: Settings, topic: str, start: str, max_records: int | None,
                idle_timeout: float | None, show: Any) -> int:
    from aiokafka import AIOKafkaConsumer

    from worker.kafka_clients import client_options

    consumer = AIOKafkaConsumer(
        topic, **client_options(settings), group_id=None, enable_auto_commit=False,
        auto_offset_reset="earliest" if start == "beginning" else "latest",
        isolation_level="read_committed",  # never show records of aborted transactions
    )
    await consumer.start()
    seen = 0
    try:
        while max_records is None or seen < max_records:
            batch = await consumer.getmany(timeout_ms=int((idle_timeout or 3600) * 1000))
            if not batch:
                if idle_timeout is not None:
                    break
                continue
            for messages in batch.values():
                for message in messages:
                    try:
                        record = orjson.loads(message.value)
                    except orjson.JSONDecodeError:
                        record = None
                    show(record, message.value)
                    seen += 1
    finally:
        await consumer.stop()
    return 0


def cmd_process(args: argparse.Namespace) -> int:
    from worker.ingest.deadletter import deadletter_record
    from worker.ingest.files import read_payloads
    from worker.ingest.raw import Limits, Rejected, parse_raw_article
    from worker.pipeline import Pipeline

    settings = Settings()
    limits = Limits(settings.max_message_bytes, settings.max_body_chars)
    pipeline = Pipeline(nlp_batch_size=settings.nlp_batch_size)
    out = sys.stdout.buffer
    for path in args.paths:
        for index, (key, value) in enumerate(read_payloads(path)):
            try:
                article = parse_raw_article(value, limits)
            except Rejected as rejected:
                record = deadletter_record(value, reason=rejected.reason, detail=rejected.detail,
                                           key=key.encode() if key else None, topic=None, partition=None,
                                           offset=index,
                                           max_original_bytes=settings.deadletter_max_original_bytes)
                _emit(out, [record], args.pretty)
                continue
            output = pipeline.process(article)
            # The same records the worker publishes: events, superseded events, then the article.
            _emit(out, [*output.events, *output.superseded, output.enriched], args.pretty)
    return 0


def _emit(out: Any, records: Iterable[dict[str, Any]], pretty: bool) -> None:
    for record in records:
        if pretty:
            out.write((format_record(record) + "\n").encode("utf-8"))
        else:
            out.write(orjson.dumps(record) + b"\n")
    out.flush()


def format_record(record: dict[str, Any]) -> str:
    """One readable line per record, for people watching a terminal."""
    kind = record.get("record_type")
    if kind == "event":
        actors = record.get("actors") or {}

        def name(actor: dict[str, Any] | None) -> str:
            if not actor:
                return "?"
            return str(actor.get("normalized") or actor.get("text") or "?")

        places = ", ".join(str(p.get("normalized") or p.get("text")) for p in record.get("location") or [])
        quantities = ", ".join(str(q.get("text")) for q in record.get("quantities") or [])
        when = (record.get("time") or {}).get("text") if record.get("time") else None
        parts = [f"[{record.get('type')}]", f"{name(actors.get('source'))} → {name(actors.get('target'))}"]
        if places:
            parts.append(f"in {places}")
        if when:
            parts.append(f"when {when}")
        if quantities:
            parts.append(f"# {quantities}")
        parts.append(f"({record.get('mode', 'asserted')})")
        sentence = (record.get("sentence") or {}).get("text", "")
        return "  ".join(parts) + f'\n      “{sentence[:160]}{"…" if len(sentence) > 160 else ""}”'
    if kind == "article.enriched":
        dedup = record.get("dedup") or {}
        return (f"[ARTICLE] {record.get('id')} {record.get('language')} — {len(record.get('paragraphs', []))} "
                f"paragraphs, {dedup.get('repeated', 0)} repeated units {dedup.get('by_kind', {})}, "
                f"{len(record.get('event_ids', []))} events")
    if kind == "event.superseded":
        return (f"[SUPERSEDED] event {record.get('id')} of {record.get('article_id')} "
                f"(version {record.get('superseded_by_version')} no longer reports it)")
    if kind == "deadletter":
        src = record.get("source") or {}
        return (f"[DEAD-LETTER] {record.get('reason')}: {record.get('detail')} "
                f"({src.get('topic')}/{src.get('partition')}@{src.get('offset')})")
    return orjson.dumps(record).decode()


def cmd_dashboard(args: argparse.Namespace) -> int:
    from worker.dashboard.server import run_dashboard

    return run_dashboard(settings_from(args), host=args.host, port=args.port, start=args.start, replay=args.replay)


def cmd_demo(args: argparse.Namespace) -> int:
    from worker.demo import run_demo

    return run_demo(args, settings_from(args))


def worker_environment(settings: Settings) -> dict[str, str]:
    """The environment that makes a child `newsworker worker` use these settings."""
    env = dict(os.environ)
    for key, value in settings.redacted().items():
        if value is not None and key not in SECRET_FIELDS:
            env[f"NEWSWORKER_{key.upper()}"] = str(value)
    for key in SECRET_FIELDS:
        if getattr(settings, key):
            env[f"NEWSWORKER_{key.upper()}"] = getattr(settings, key)
    return env


def spawn_worker(settings: Settings, log_path: Path | None = None) -> subprocess.Popen:
    """Start `newsworker worker` as a child process (its output to log_path when given)."""
    output = log_path.open("ab") if log_path else None
    try:
        return subprocess.Popen(
            [sys.executable, "-m", "worker", "worker"], env=worker_environment(settings), start_new_session=True,
            stdout=output, stderr=subprocess.STDOUT if output else None,
        )
    finally:
        if output:
            output.close()


def stop_process(process: subprocess.Popen, timeout: float = 30.0) -> None:
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)


def free_port() -> int:
    """A loopback port free right now (for brokers and workers that the bench and tests start)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def free_ports(count: int) -> int:
    """The first of `count` consecutive free loopback ports (`worker --processes N` serves port + i)."""
    for _ in range(100):
        first = free_port()
        if first + count - 1 < 65536 and all(_port_free(first + i) for i in range(1, count)):
            return first
    raise RuntimeError(f"no {count} consecutive free ports found")


def _port_free(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def wait_http_ok(url: str, timeout: float, process: subprocess.Popen | None = None) -> bool:
    import urllib.request

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return True
        except OSError:
            pass
        time.sleep(0.5)
    return False


if __name__ == "__main__":
    sys.exit(main())
