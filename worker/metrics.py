"""Every Prometheus metric the worker exports, in one place.

Conventions: units in names (`_seconds`, `_bytes`), counters end in `_total`, label values come
from small fixed sets (outcomes, kinds, stages, topics, event types, languages): never article ids
or actor names, which would make the series count grow without bound.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, Info

REGISTRY = CollectorRegistry(auto_describe=True)

STAGES = ("validate", "segment", "dedup", "dedup_second_look", "nlp", "extract", "publish")
_STAGE_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
_LATENCY_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120)

ARTICLES_CONSUMED = Counter(
    "newsworker_articles_consumed_total",
    "Raw articles consumed, by outcome (enriched, deadletter) and dead-letter reason (none when enriched).",
    ["outcome", "reason"],
    registry=REGISTRY,
)
RECORDS_PRODUCED = Counter(
    "newsworker_records_produced_total",
    "Records produced, by topic role (enriched, events, deadletter, changelog).",
    ["topic"],
    registry=REGISTRY,
)
UNITS_SEEN = Counter(
    "newsworker_units_seen_total",
    "Paragraphs and sentences segmented, by unit (paragraph, sentence).",
    ["unit"],
    registry=REGISTRY,
)
UNITS_REPEATED = Counter(
    "newsworker_units_repeated_total",
    "Units marked as repeats, by unit (paragraph, sentence), kind and scope (article, stream).",
    ["unit", "kind", "scope"],
    registry=REGISTRY,
)
SENTENCES_PARSED = Counter(
    "newsworker_sentences_parsed_total",
    "Sentences sent to spaCy, by language: the new ones (repeats are not parsed). Its share per worker "
    "shows how the partitions split the costly work.",
    ["language"],
    registry=REGISTRY,
)
UNITS_DEFERRED = Counter(
    "newsworker_dedup_deferred_units_total",
    "New units found, at the second look, to be copies another worker was deduplicating at the same "
    "moment: left to that worker to parse.",
    registry=REGISTRY,
)
EVENTS_EXTRACTED = Counter(
    "newsworker_events_extracted_total",
    "Event records produced, by PLOVER type and language.",
    ["type", "language"],
    registry=REGISTRY,
)
STAGE_SECONDS = Histogram(
    "newsworker_stage_duration_seconds",
    "Time spent per article in each pipeline stage.",
    ["stage"],
    buckets=_STAGE_BUCKETS,
    registry=REGISTRY,
)
END_TO_END_SECONDS = Histogram(
    "newsworker_end_to_end_latency_seconds",
    "From the raw record's Kafka timestamp to its enriched record being handed to the producer.",
    buckets=_LATENCY_BUCKETS,
    registry=REGISTRY,
)
CONSUMER_LAG = Gauge(
    "newsworker_consumer_lag_messages",
    "Messages between the partition's high watermark and this worker's position.",
    ["topic", "partition"],
    registry=REGISTRY,
)
REMEMBERED_PARAGRAPHS = Gauge(
    "newsworker_dedup_remembered_paragraphs",
    "Paragraph fingerprints held in the cross-article dedup memory of this worker.",
    registry=REGISTRY,
)
MODEL_LOAD_SECONDS = Gauge(
    "newsworker_model_load_seconds",
    "Time taken to load each spaCy pipeline at start-up.",
    ["language", "model"],
    registry=REGISTRY,
)
READY = Gauge(
    "newsworker_ready",
    "1 when models are loaded and partitions are assigned, else 0.",
    registry=REGISTRY,
)
WORKER_INFO = Info(
    "newsworker_worker",
    "Static facts about this worker: version, models, Kafka client version, processing guarantee.",
    registry=REGISTRY,
)
