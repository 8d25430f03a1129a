"""The Faust app: topics wired to the pipeline. Agents stay thin; the logic lives in worker.pipeline.

raw topic ──► process_articles ──► enriched topic (key = article id)
                     │        └──► events topic (key = event id)
                     └──────────► dead-letter topic (reason + original bytes + topic/partition/offset)
Cross-article dedup memory: a GlobalTable (changelog-backed, read by every worker), see docs/dedup.md.
Article versions: a Table keyed by article id, co-partitioned with the raw topic.
Exactly-once publishing and its work-arounds for Faust: docs/delivery.md.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import time
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import faust
import orjson
from aiohttp import web
from aiokafka.errors import IllegalOperation
from faust.types import TP
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from worker import __version__
from worker.dedup import DedupSettings
from worker.ingest.deadletter import deadletter_record
from worker.ingest.raw import Limits, RawArticle, Rejected, parse_raw_article
from worker.metrics import (
    ARTICLES_CONSUMED,
    CONSUMER_LAG,
    END_TO_END_SECONDS,
    READY,
    RECORDS_PRODUCED,
    REGISTRY,
    REMEMBERED_PARAGRAPHS,
    STAGE_SECONDS,
    WORKER_INFO,
)
from worker.pipeline import Pipeline
from worker.settings import Settings
from worker.table_stores import DedupMemoryTable, TableFingerprintStore, TableVersionStore
from worker.topics import DEDUP_MEMORY_TABLE, VERSIONS_TABLE, TopicNames, dedup_changelog_config

log = logging.getLogger("newsworker")

LAG_REFRESH_SECONDS = 5.0


class WorkerState:
    def __init__(self) -> None:
        self.models_loaded = False
        self.partitions_assigned = False

    @property
    def ready(self) -> bool:
        return self.models_loaded and self.partitions_assigned


def create_app(settings: Settings) -> faust.App:
    topics = TopicNames.from_settings(settings)
    limits = Limits(settings.max_message_bytes, settings.max_body_chars)
    # Faust creates only the last level of its data directory; the default (var/worker) has no parent in a fresh
    # checkout when the broker in use was not started by it (make demo against a broker already on 9092).
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    app = faust.App(
        settings.app_id,
        broker=settings.broker_url,
        broker_credentials=_credentials(settings),
        processing_guarantee=settings.processing_guarantee,
        datadir=str(settings.data_dir),
        store="memory://",
        # The check compares a RocksDB file's offsets with the changelog; with the in-memory store it
        # only fires on the transient highwater of -1 right after a broker restart and crashes the worker.
        recovery_consistency_check=False,
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor,
        topic_allow_declare=True,
        key_serializer="raw",
        value_serializer="raw",
        web_enabled=True,
        web_bind=settings.metrics_host,
        web_port=settings.metrics_port,
        web_in_thread=False,
        # Enriched records carry the text ~3 times (paragraphs, sentences, clean_text): see README.
        producer_max_request_size=16 * 1024 * 1024,
        producer_max_batch_size=settings.producer_batch_bytes,
        consumer_max_fetch_size=max(settings.max_message_bytes * 2, 1_048_576),
        broker_session_timeout=settings.session_timeout_seconds,
        broker_heartbeat_interval=max(1, settings.session_timeout_seconds // 4),
        broker_commit_every=100,
        broker_commit_interval=1.0,
    )
    raw_topic = app.topic(topics.raw, key_type=bytes, value_type=bytes, partitions=settings.partitions)
    enriched_topic = app.topic(topics.enriched, key_type=bytes, value_type=bytes, partitions=settings.partitions)
    events_topic = app.topic(topics.events, key_type=bytes, value_type=bytes, partitions=settings.partitions)
    deadletter_topic = app.topic(topics.deadletter, key_type=bytes, value_type=bytes, partitions=settings.partitions)

    # One changelog partition: GlobalTable with several instances can loop in recovery otherwise
    # (see faust.tables.globaltable's warning). Its records are packs (worker/table_stores.py).
    fingerprints = app.tables.add(DedupMemoryTable(
        app,
        name=DEDUP_MEMORY_TABLE,
        beacon=app.tables.beacon,
        key_type=bytes,  # bytes → Faust's "raw" codec: keys and values stored as written
        value_type=bytes,
        partitions=1,
        recovery_buffer_size=1,
        standby_buffer_size=1,  # what app.GlobalTable passes: apply other workers' writes as they come
        is_global=True,
        extra_topic_configs=dedup_changelog_config(settings),
    ))
    dedup_settings = DedupSettings()
    store = TableFingerprintStore(fingerprints, settings.dedup_window_paragraphs, dedup_settings.max_bucket)
    versions_table = app.Table(VERSIONS_TABLE, key_type=bytes, value_type=bytes, partitions=settings.partitions)
    versions = TableVersionStore(versions_table)
    pipeline = Pipeline(store=store, dedup_settings=dedup_settings, nlp_batch_size=settings.nlp_batch_size,
                        versions=versions)
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pipeline")
    state = WorkerState()
    app.newsworker_state = state  # type: ignore[attr-defined]

    # Outputs are sent to the partition their input came from (all topics have the same partition
    # count) and, under exactly-once, into the transaction of that input partition, so the outputs
    # and the input's offset commit together. Faust's own Topic.send picks the transaction from the
    # consumer's metadata, which does not know output topics the worker does not subscribe to: it
    # then sends outside any transaction. So the transactional id is named here explicitly, the way
    # Faust's TransactionManager names it for the input partition.
    async def publish(topic: faust.TopicT, key: str, record: dict[str, Any] | bytes, partition: int) -> Any:
        transactional_id = None
        if settings.processing_guarantee == "exactly_once":
            group = app.assignor.group_for_topic(topics.raw)
            transactional_id = f"{app.conf.id}-{group}-{partition}"
        name = topic.get_topic_name()
        value = record if isinstance(record, bytes) else orjson.dumps(record)
        args = (name, key.encode("utf-8"), value, partition, None, None)
        try:
            delivery = await app.producer.send(*args, transactional_id=transactional_id)
        except IllegalOperation:
            # At a rebalance Faust ends every transaction once the streams are acked and begins new ones
            # only after the assignment; a batch published in between finds no open transaction. Begin it
            # (the rebalance's own begin then finds it open, which Faust tolerates) and send again.
            log.info("no open transaction for %s during a rebalance; beginning one", transactional_id)
            await app.producer.begin_transaction(transactional_id)
            delivery = await app.producer.send(*args, transactional_id=transactional_id)
        RECORDS_PRODUCED.labels(topic=topics.role_of(name)).inc()
        return delivery

    # Faust commits on a timer; a commit that lands between a batch's sends and its acks would
    # commit half a batch's outputs without its offsets (duplicates after a crash). The lock keeps
    # commits between batches; the agent commits itself right after acking each batch.
    commit_lock = asyncio.Lock()
    lock_holder: list[str] = []  # who holds commit_lock, for the slow-lock warnings

    @contextlib.asynccontextmanager
    async def held_for_long(who: str, warn_after_s: float = 2.0) -> AsyncIterator[None]:
        """commit_lock, with a warning when `who` waited or held it long. A CI run (1 in 4) saw a worker
        take a partition back and process nothing for 84-90 s, as long as Faust waits for the seek at a
        rebalance (broker_request_timeout); these warnings say whether the seek was waiting for this lock."""
        asked = time.monotonic()
        async with commit_lock:
            waited = time.monotonic() - asked
            if waited > warn_after_s:
                log.warning("%s waited %.1f s for the commit lock (held by %s)", who, waited,
                            lock_holder[-1] if lock_holder else "?")
            lock_holder.append(who)
            try:
                yield
            finally:
                lock_holder.pop()
                held = time.monotonic() - asked - waited
                if held > warn_after_s:
                    log.warning("%s held the commit lock for %.1f s", who, held)
    deliveries: list[Any] = []  # delivery futures of the batch being published
    side_producer: list[Any] = []

    async def fingerprint_producer() -> Any:
        """Started once, retrying while the broker is away (a restart must not crash the agent)."""
        from aiokafka import AIOKafkaProducer

        from worker.kafka_clients import client_options

        while not side_producer:
            producer = AIOKafkaProducer(**client_options(settings), acks="all", enable_idempotence=True)
            try:
                await producer.start()
            except Exception as exc:
                await producer.stop()
                log.warning("fingerprint producer cannot start yet (%s); retrying", exc)
                await asyncio.sleep(1.0)
                continue
            side_producer.append(producer)
        return side_producer[0]

    unguarded_commit: list[Any] = []
    own_commits: dict[Any, int] = {}  # raw partition → the offset this worker's own commits reached

    def guard_commits() -> Any:
        """Wrap the consumer's commit, and the swap of transactional producers at a rebalance, in the
        lock; returns the unguarded commit for the agent. Without the second guard a rebalance could
        stop a partition's producer in the middle of a batch ("Can't send messages while not in
        transaction") and crash the agent. Done once per process: the agent calls this again when its
        supervisor restarts it, and a second wrapping would take the (non-reentrant) lock twice."""
        if unguarded_commit:
            return unguarded_commit[0]
        consumer = app.consumer
        original_commit = consumer.commit
        original_seek = consumer.perform_seek

        async def commit_and_remember(*args: Any, **kwargs: Any) -> bool:
            committed = await original_commit(*args, **kwargs)
            for tp, offset in consumer._committed_offset.items():
                if offset is not None and tp.topic == topics.raw:
                    own_commits[tp] = max(offset, own_commits.get(tp, offset))
            return committed

        unguarded_commit.append(commit_and_remember)

        async def guarded_commit(*args: Any, **kwargs: Any) -> bool:
            async with held_for_long("Faust's timed commit"):
                return await commit_and_remember(*args, **kwargs)

        async def guarded_seek() -> None:
            """Faust seeks back to the committed offsets at a rebalance, and also whenever its fetch loop
            runs while the flow is stopped. A seek that reads the offsets while this worker's own commit
            is in flight (a chaos run caught one held up 12 s by a broker restart) reads the older
            offsets, and the batch that commit covered is processed and published twice. So the seek
            waits for the commit, and never goes back before what this worker's own commits reached
            (the offsets of a transaction show once its markers are written, just after it returns)."""
            async with held_for_long("the seek to the committed offsets"):
                await original_seek()
                for tp in consumer.assignment():
                    own, fetched = own_commits.get(tp), consumer._committed_offset.get(tp)
                    if own is not None and (fetched is None or fetched < own):
                        log.warning("%s: committed offset read back as %s, but this worker committed %s; "
                                    "resuming at %s", tp, fetched, own, own)
                        await consumer.seek(tp, own)
                        consumer._committed_offset[tp] = own

        consumer.commit = guarded_commit  # type: ignore[method-assign]
        consumer.perform_seek = guarded_seek  # type: ignore[method-assign]
        transactions = getattr(consumer, "transactions", None)
        if settings.processing_guarantee == "exactly_once" and transactions is not None:
            original_rebalance = transactions.on_rebalance

            async def guarded_rebalance(assigned: set, revoked: set, newly_assigned: set) -> None:
                async with held_for_long("the transactions' rebalance"):
                    await drop_revoked_transaction_producers(revoked)
                    await original_rebalance(assigned, revoked, newly_assigned)

            transactions.on_rebalance = guarded_rebalance  # type: ignore[method-assign]
        return commit_and_remember

    async def drop_revoked_transaction_producers(revoked: set) -> None:
        """Faust 0.15.3 keeps the transactional producer of a partition it gives away (chaos runs show
        no "Stopping … transactional producers" at a rebalance). Another worker then takes the same
        transactional id and fences it; when the partition comes back, Faust reuses the fenced producer,
        its first send fails FATAL and the agent crashes (a minute or two of recovery). Stopping it here
        makes Faust start a fresh producer, with a new epoch, if the partition ever comes back."""
        group = app.assignor.group_for_topic(topics.raw)
        for tp in sorted(revoked):
            if tp.topic != topics.raw:
                continue
            transactional_id = f"{app.conf.id}-{group}-{tp.partition}"
            if transactional_id in app.producer._transaction_producers:
                log.info("partition %s revoked: stopping its transactional producer %s", tp.partition,
                         transactional_id)
                await app.producer.stop_transaction(transactional_id)

    async def dead_letter(event: faust.EventT, reason: str, detail: str) -> None:
        message = event.message
        record = deadletter_record(
            event.value,
            reason=reason,
            detail=detail,
            key=message.key,
            topic=message.topic,
            partition=message.partition,
            offset=message.offset,
            timestamp_ms=int(message.timestamp * 1000) if message.timestamp else None,
            max_original_bytes=settings.deadletter_max_original_bytes,
        )
        key = f"{message.topic}:{message.partition}:{message.offset}"
        deliveries.append(await publish(deadletter_topic, key, record, message.partition))
        ARTICLES_CONSUMED.labels(outcome="deadletter", reason=reason).inc()
        log.warning(
            "dead-lettered %s/%s@%s: %s (%s)", message.topic, message.partition, message.offset, reason, detail
        )

    @app.agent(raw_topic, concurrency=1)
    async def process_articles(stream: faust.StreamT) -> None:
        loop = asyncio.get_running_loop()
        commit = guard_commits()
        batches = stream.take_events(settings.batch_max_articles, within=settings.batch_wait_ms / 1000)
        previous_end = time.perf_counter()
        async for batch in batches:
            batch_start = time.perf_counter()
            batch = await skip_committed(stream, batch)
            accepted: list[tuple[faust.EventT, RawArticle]] = []
            rejected: list[tuple[faust.EventT, Rejected]] = []
            for event in batch:
                started = time.perf_counter()
                try:
                    accepted.append((event, parse_raw_article(event.value, limits)))
                except Rejected as rejection:
                    rejected.append((event, rejection))
                STAGE_SECONDS.labels(stage="validate").observe(time.perf_counter() - started)
            outputs, phases = await run_pipeline(loop, accepted)
            await store.flush(await fingerprint_producer())  # writes of a one-by-one retry, if any
            processed = time.perf_counter()
            # Shielded: a SIGTERM that cancels the agent here lets the batch finish publishing and
            # commit, instead of leaving half its outputs in a transaction that shutdown commits.
            await asyncio.shield(publish_batch(stream, batch, accepted, rejected, outputs, commit))
            end = time.perf_counter()
            log.info("batch of %d records: waited %.0f ms for it, processed in %.0f ms (dedup %.0f, fingerprints "
                     "out %.0f, second look %.0f, nlp+events %.0f), published and committed in %.0f ms",
                     len(batch), 1000 * (batch_start - previous_end), 1000 * (processed - batch_start),
                     *(phases or [0.0] * 4), 1000 * (end - processed))
            previous_end = end

    async def skip_committed(stream: faust.StreamT, batch: list[faust.EventT]) -> list[faust.EventT]:
        """Records before the offset this worker's own commits reached were published already: a seek
        that read the committed offsets too early can deliver them again (see guarded_seek)."""
        fresh, again = [], []
        for event in batch:
            committed = event.message.offset < own_commits.get(event.message.tp, -1)
            (again if committed else fresh).append(event)
        for event in again:
            await stream.ack(event)
        if again:
            log.warning("%d records were committed by this worker already (%s); acked, not processed again",
                        len(again), ", ".join(sorted({f"{e.message.topic}/{e.message.partition}@{e.message.offset}"
                                                      for e in again})[:10]))
        return fresh

    async def publish_batch(
        stream: faust.StreamT,
        batch: list[faust.EventT],
        accepted: list[tuple[faust.EventT, RawArticle]],
        rejected: list[tuple[faust.EventT, Rejected]],
        outputs: list[Any],
        commit: Any,
    ) -> None:
        async with held_for_long("the agent's publish and commit", warn_after_s=10.0):
            deliveries.clear()
            # A rebalance while the batch was parsed may have moved some partitions to another worker:
            # their records are left unacked and unpublished; the new owner processes them.
            owned = app.consumer.assignment()
            batch = [event for event in batch if event.message.tp in owned]
            rejected = [(event, rejection) for event, rejection in rejected if event.message.tp in owned]
            kept = [(pair, output) for pair, output in zip(accepted, outputs, strict=True)
                    if pair[0].message.tp in owned]
            for event, rejection in rejected:
                await dead_letter(event, rejection.reason, rejection.detail)
            for (event, article), output in kept:
                if isinstance(output, Exception):
                    await dead_letter(event, "processing_error", f"{type(output).__name__}: {output}"[:1000])
                else:
                    await publish_output(event, article, output)
            # Delivered (or in the open transaction) before the offsets move past the inputs.
            await asyncio.gather(*deliveries)
            for event in batch:
                await stream.ack(event)
            await commit()

    async def run_pipeline(
        loop: asyncio.AbstractEventLoop, accepted: list[tuple[faust.EventT, RawArticle]]
    ) -> tuple[list[Any], list[float]]:
        """One output per accepted record, in order (one id may come twice: two versions in a batch);
        a record whose processing raised maps to its exception. Also the milliseconds spent in each phase
        (dedup, fingerprints out, second look, nlp+events), empty after a one-by-one retry."""
        if not accepted:
            return [], []
        articles = [article for _, article in accepted]
        try:
            phases = [time.perf_counter()]
            foreign_before = store.foreign_writes
            work = await loop.run_in_executor(executor, pipeline.begin_batch, articles)
            phases.append(time.perf_counter())
            # Fingerprints out before the slow half: other workers' next batches can find this text.
            # They are idempotent facts outside the transaction (a replay finds its own and skips them).
            second_look = settings.dedup_recheck_ms > 0 and shares_the_stream()
            await store.flush(await fingerprint_producer(),
                              completing=[article.id for article in articles] if second_look else None)
            phases.append(time.perf_counter())
            if second_look:
                # Copies another worker took in the same burst (worker/dedup/concurrent.py).
                waited, caught_up = await own_marker_applied()
                if caught_up and store.foreign_writes == foreign_before:
                    # Nothing from another worker arrived since this batch was first deduplicated: the
                    # second look would read what the first one read.
                    log.debug("second look skipped: no other worker wrote since the first look")
                else:
                    deferred = await loop.run_in_executor(executor, pipeline.recheck_batch, work,
                                                          store.completed_at_offset)
                    log.info("second look after %.0f ms (%s): %d units left to the worker that took another "
                             "copy", 1000 * waited, "changelog applied" if caught_up else "changelog NOT applied yet",
                             deferred)
            phases.append(time.perf_counter())
            outputs = list(await loop.run_in_executor(executor, pipeline.finish_batch, work))
            phases.append(time.perf_counter())
            return outputs, [1000 * (b - a) for a, b in itertools.pairwise(phases)]
        except Exception:  # a bug on one article must not stall the partition: isolate it
            log.exception("batch of %d failed; retrying one by one", len(articles))
            store.pending.clear()
            versions.pending.clear()
        outputs: list[Any] = []
        for article in articles:
            try:
                outputs.append((await loop.run_in_executor(executor, pipeline.process_batch, [article]))[0])
            except Exception as exc:
                store.pending.clear()
                versions.pending.pop(article.id, None)
                outputs.append(exc)
        return outputs, []

    async def own_marker_applied() -> tuple[float, bool]:
        """Wait until this worker's copy of the fingerprint table has applied the changelog up to the
        marker of the batch just flushed: every batch completed before it (their fingerprints and their
        markers) is then readable. At most NEWSWORKER_DEDUP_RECHECK_MS. Returns the time waited and
        whether the table caught up."""
        started = time.monotonic()
        target = store.last_marker_offset
        if target is None:
            return 0.0, False
        tp = TP(fingerprints.changelog_topic.get_topic_name(), 0)
        recovery = app.tables.recovery
        while True:
            applied = max((o for o in (recovery.active_offsets.get(tp), recovery.standby_offsets.get(tp))
                           if o is not None), default=-1)
            waited = time.monotonic() - started
            if applied >= target:
                return waited, True
            if waited >= settings.dedup_recheck_ms / 1000:
                return waited, False
            await asyncio.sleep(0.01)

    def shares_the_stream() -> bool:
        """True when other workers own some raw partitions (this one does not own them all)."""
        owned = sum(1 for tp in app.consumer.assignment() if tp.topic == topics.raw)
        return owned < settings.partitions

    async def publish_output(event: faust.EventT, article: RawArticle, output: Any) -> None:
        partition = event.message.partition
        started = time.perf_counter()
        for record in output.events:
            deliveries.append(await publish(events_topic, record["id"], record, partition))
        for record in output.superseded:
            deliveries.append(await publish(events_topic, record["id"], record, partition))
        deliveries.append(await publish(enriched_topic, article.id, output.enriched, partition))
        version = versions.take(article.id)
        if version is not None:  # the table's changelog, in the same transaction as the outputs
            deliveries.append(await publish(versions_table.changelog_topic, article.id, version, partition))
        STAGE_SECONDS.labels(stage="publish").observe(time.perf_counter() - started)
        ARTICLES_CONSUMED.labels(outcome="enriched", reason="none").inc()
        if event.message.timestamp:
            END_TO_END_SECONDS.observe(max(0.0, time.time() - event.message.timestamp))
        log.info(
            "article %s: %d paragraphs, %d repeated units, %d events",
            article.id, len(output.enriched["paragraphs"]), output.enriched["dedup"]["repeated"],
            len(output.events),
        )

    @app.on_before_shutdown.connect
    async def stop_fingerprint_producer(app: faust.App, **kwargs: Any) -> None:
        while side_producer:
            await side_producer.pop().stop()

    @app.task
    async def load_models() -> None:
        loop = asyncio.get_running_loop()
        await fingerprint_producer()
        models = await loop.run_in_executor(executor, pipeline.warm_up)
        WORKER_INFO.info(
            {
                "version": __version__,
                "models": ",".join(f"{k}={v}" for k, v in models.items()),
                "kafka_client": f"aiokafka-{_version('aiokafka')}",
                "faust": _version("faust-streaming"),
                "processing_guarantee": settings.processing_guarantee,
            }
        )
        state.models_loaded = True
        READY.set(1 if state.ready else 0)
        log.info("models loaded: %s", models)

    @app.on_partitions_assigned.connect
    async def on_assigned(app: faust.App, assigned: set, **kwargs: Any) -> None:
        state.partitions_assigned = any(tp.topic == topics.raw for tp in assigned)
        # Forget lag of partitions this worker no longer owns, so dashboards do not show stale lag.
        owned = {str(tp.partition) for tp in assigned if tp.topic == topics.raw}
        for labels in list(CONSUMER_LAG._metrics):
            if labels[0] == "raw" and labels[1] not in owned:
                CONSUMER_LAG.remove(*labels)
        READY.set(1 if state.ready else 0)
        log.info("assigned %s", sorted(f"{tp.topic}/{tp.partition}" for tp in assigned if tp.topic == topics.raw))

    @app.timer(LAG_REFRESH_SECONDS)
    async def refresh_gauges() -> None:
        REMEMBERED_PARAGRAPHS.set(store.paragraphs)
        consumer = app.consumer
        for tp in consumer.assignment():
            if tp.topic != topics.raw:
                continue
            highwater = consumer.highwater(tp)
            position = consumer._read_offset.get(tp)  # last offset read by the stream
            if highwater is None:
                continue
            lag = highwater - (position + 1 if position is not None else 0)
            CONSUMER_LAG.labels(topic="raw", partition=str(tp.partition)).set(max(lag, 0))

    @app.page("/metrics")
    async def metrics_view(self: Any, request: Any) -> Any:
        return web.Response(body=generate_latest(REGISTRY), headers={"Content-Type": CONTENT_TYPE_LATEST})

    @app.page("/health")
    async def health_view(self: Any, request: Any) -> Any:
        return self.json({"status": "alive", "version": __version__})

    @app.page("/ready")
    async def ready_view(self: Any, request: Any) -> Any:
        body = {
            "ready": state.ready,
            "models_loaded": state.models_loaded,
            "partitions_assigned": state.partitions_assigned,
        }
        return self.json(body, status=200 if state.ready else 503)

    return app


def _credentials(settings: Settings) -> Any:
    """Faust's credentials: SASL (over TLS for SASL_SSL), or the TLS context alone for SSL; None in the clear.
    Settings has checked that the protocol and the mechanism agree."""
    from worker.kafka_clients import tls_context

    context = tls_context(settings)
    if settings.kafka_sasl_mechanism:
        return faust.SASLCredentials(
            username=settings.kafka_sasl_username,
            password=settings.kafka_sasl_password,
            mechanism=settings.kafka_sasl_mechanism,
            ssl_context=context,
        )
    return context


def _version(distribution: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "unknown"
