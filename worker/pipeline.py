"""The pipeline as plain functions over plain data: raw article → enriched record + event records.

This is the one code path: the Faust agents, `newsworker process`, the tests and the evaluation
scripts all call `Pipeline.process_batch`. It knows nothing about Kafka.

Stages (each a package): ingest → text (segment) → dedup → nlp (parse only what is new) → events.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from worker import __version__
from worker.dedup import Deduplicator, DedupResult, DedupSettings, FingerprintStore, clean_text
from worker.dedup.concurrent import ReadOnlyStore, has_new_units, merge_recheck
from worker.events import extract_events
from worker.events.types import ArticleMeta, ParsedSentence
from worker.ingest.raw import RawArticle
from worker.metrics import (
    EVENTS_EXTRACTED,
    SENTENCES_PARSED,
    STAGE_SECONDS,
    UNITS_DEFERRED,
    UNITS_REPEATED,
    UNITS_SEEN,
)
from worker.nlp.language import detect_language
from worker.nlp.models import load_pipeline, model_name
from worker.text import Paragraph, segment_body
from worker.versions import InMemoryVersionStore, VersionStore, decide_version, superseded_record

# Parsed and run through the event rules once at start-up (Pipeline.warm_up); their content does not matter.
_WARM_UP_SENTENCES = {
    "fr": ["Le gouvernement a annoncé mardi l'envoi de 500 soldats à la frontière, selon le ministre de la Défense.",
           "Des manifestants ont dénoncé la hausse des prix devant le Parlement ; la police a arrêté douze personnes."],
    "en": ["The government said on Tuesday it would send 500 troops to the border, the defence minister said.",
           "Protesters denounced rising prices outside parliament, where police arrested twelve people."],
}


@dataclass
class ArticleOutput:
    article_id: str
    enriched: dict[str, Any]
    events: list[dict[str, Any]]
    superseded: list[dict[str, Any]] = field(default_factory=list)  # event.superseded records


@dataclass
class _Work:
    """One article on its way through the stages."""

    raw: RawArticle
    language: str
    language_detected: bool
    paragraphs: list[Paragraph]
    dedup: DedupResult
    parsed: list[ParsedSentence] = field(default_factory=list)


@contextmanager
def _timed(stage: str, articles: int = 1) -> Iterator[None]:
    started = time.perf_counter()
    yield
    per_article = (time.perf_counter() - started) / max(articles, 1)
    for _ in range(articles):
        STAGE_SECONDS.labels(stage=stage).observe(per_article)


class Pipeline:
    def __init__(
        self,
        store: FingerprintStore | None = None,
        dedup_settings: DedupSettings | None = None,
        nlp_batch_size: int = 64,
        versions: VersionStore | None = None,
    ) -> None:
        self.deduplicator = Deduplicator(store, dedup_settings or DedupSettings())
        # Second look for copies deduplicated by another worker at the same moment (never writes).
        self.rechecker = Deduplicator(ReadOnlyStore(self.deduplicator.store), self.deduplicator.settings)
        self.versions: VersionStore = versions if versions is not None else InMemoryVersionStore()
        self.nlp_batch_size = nlp_batch_size

    def warm_up(self, languages: Sequence[str] = ("fr", "en")) -> dict[str, str | None]:
        """Load models, and the event rules' word lists and dictionaries (loaded on first use), before the
        first record so the first batch does not pay for them (about 0.25 s of CPU). Nothing is counted in
        the metrics and nothing enters the dedup memory."""
        detect_language("warm up the language identifier")
        for language in languages:
            nlp = load_pipeline(language)
            texts = _WARM_UP_SENTENCES.get(language)
            if nlp is None or not texts:
                continue
            docs = list(nlp.pipe(texts))
            meta = ArticleMeta(id="warm-up", language=language, published_at=None, source=None, title=texts[0])
            extract_events(meta, [ParsedSentence(paragraph=0, sentence=i, start=0, doc=doc)
                                  for i, doc in enumerate(docs)])
        return {language: model_name(language) for language in languages}

    def process_batch(self, articles: Sequence[RawArticle]) -> list[ArticleOutput]:
        """Articles in arrival order; later ones see earlier ones in the dedup memory."""
        return self.finish_batch(self.begin_batch(articles))

    def begin_batch(self, articles: Sequence[RawArticle]) -> list[_Work]:
        """Segment and deduplicate (fast, no model). The worker publishes the batch's fingerprints
        between the two halves, so workers on other partitions see this batch's text while it is
        still being parsed (fewer copies parsed twice when several workers run)."""
        return [self._segment_and_dedup(article) for article in articles]

    def recheck_batch(self, work: list[_Work], order: Callable[[str], int | None]) -> int:
        """Deduplicate the batch's still-new units again, once other workers' fingerprints of the same
        moment have arrived, deferring to copies the other worker parses (worker.dedup.concurrent).
        `order` gives an article's position in the shared fingerprint changelog. Returns how many units
        were deferred; only useful when other workers share the stream."""
        batch_ids = {item.raw.id for item in work}
        deferred_total = 0
        with _timed("dedup_second_look", len(work)):
            for item in work:
                # Only the paragraphs with something new are looked at again (in-article repeats were
                # settled by the first pass): most copies in a feed add a paragraph or two of their own.
                fresh = [p for p in item.paragraphs
                         if has_new_units(item.dedup, p.index, [s.index for s in p.sentences])]
                if not fresh:
                    continue
                second = self.rechecker.process(item.raw.id, item.raw.source, fresh)
                item.dedup, deferred = merge_recheck(item.raw.id, item.dedup, second, batch_ids, order)
                for unit, mark in deferred:
                    UNITS_REPEATED.labels(unit=unit, kind=mark.kind, scope="stream").inc()
                deferred_total += len(deferred)
        if deferred_total:
            UNITS_DEFERRED.inc(deferred_total)
        return deferred_total

    def finish_batch(self, work: list[_Work]) -> list[ArticleOutput]:
        """Parse what is new, extract events, assemble the records."""
        self._parse_new_sentences(work)
        return [self._extract_and_assemble(item) for item in work]

    def process(self, article: RawArticle) -> ArticleOutput:
        return self.process_batch([article])[0]

    # -- stages -------------------------------------------------------------------------------
    def _segment_and_dedup(self, raw: RawArticle) -> _Work:
        with _timed("segment"):
            paragraphs = segment_body(raw.body)
            language = raw.language
            detected = language is None
            if language is None:
                language = detect_language(raw.body)
        UNITS_SEEN.labels(unit="paragraph").inc(len(paragraphs))
        UNITS_SEEN.labels(unit="sentence").inc(sum(len(p.sentences) for p in paragraphs))
        with _timed("dedup"):
            result = self.deduplicator.process(raw.id, raw.source, paragraphs)
        for mark in result.paragraphs.values():
            scope = "article" if mark.of.article_id == raw.id else "stream"
            UNITS_REPEATED.labels(unit="paragraph", kind=mark.kind, scope=scope).inc()
        for mark in result.sentences.values():
            scope = "article" if mark.of.article_id == raw.id else "stream"
            UNITS_REPEATED.labels(unit="sentence", kind=mark.kind, scope=scope).inc()
        return _Work(raw, language, detected, paragraphs, result)

    def _parse_new_sentences(self, work: list[_Work]) -> None:
        """One nlp.pipe call per language over every new sentence of the batch."""
        by_language: dict[str, list[tuple[_Work, Paragraph, int]]] = defaultdict(list)
        for item in work:
            if load_pipeline(item.language) is None:
                continue
            for paragraph in item.paragraphs:
                if item.dedup.is_repeat(paragraph.index):
                    continue
                for sentence in paragraph.sentences:
                    if not item.dedup.is_repeat(paragraph.index, sentence.index):
                        by_language[item.language].append((item, paragraph, sentence.index))
        for language, units in by_language.items():
            nlp = load_pipeline(language)
            assert nlp is not None
            texts = [paragraph.sentences[s].text for _, paragraph, s in units]
            SENTENCES_PARSED.labels(language=language).inc(len(texts))
            articles_in_batch = len({id(item) for item, _, _ in units})
            with _timed("nlp", articles_in_batch):
                docs = list(nlp.pipe(texts, batch_size=self.nlp_batch_size))
            for (item, paragraph, s), doc in zip(units, docs, strict=True):
                sentence = paragraph.sentences[s]
                item.parsed.append(
                    ParsedSentence(
                        paragraph=paragraph.index,
                        sentence=s,
                        start=sentence.start,
                        doc=doc,
                        also_at=_repeats_of(item.raw.id, item.dedup, paragraph.index, s),
                    )
                )

    def _extract_and_assemble(self, item: _Work) -> ArticleOutput:
        raw = item.raw
        has_model = load_pipeline(item.language) is not None
        events: list[dict[str, Any]] = []
        if has_model:
            meta = ArticleMeta(
                id=raw.id, language=item.language, published_at=raw.published_at, source=raw.source, title=raw.title
            )
            with _timed("extract"):
                events = extract_events(meta, item.parsed)
            for event in events:
                EVENTS_EXTRACTED.labels(type=event["type"], language=item.language).inc()
        enriched = {
            "record_type": "article.enriched",
            "schema_version": 1,
            "id": raw.id,
            "url": raw.url,
            "source": raw.source,
            "title": raw.title,
            "language": item.language,
            "language_detected": item.language_detected,
            "published_at": raw.published_at,
            "byline": raw.byline,
            "metadata": raw.metadata,
            "paragraphs": [_paragraph_json(p, item.dedup) for p in item.paragraphs],
            "clean_text": clean_text(item.paragraphs, item.dedup),
            "dedup": item.dedup.summary,
            "entities": _entities(item.parsed),
            "event_ids": [event["id"] for event in events],
            "events_status": "extracted" if has_model else "no_model_for_language",
            "processed_by": {"worker_version": __version__, "model": model_name(item.language)},
        }
        decision = decide_version(
            self.versions.get(raw.id), raw, [p.text for p in item.paragraphs], enriched["event_ids"]
        )
        if decision.remember is not None:
            self.versions.put(raw.id, decision.remember)
        enriched["version"] = decision.record
        superseded = [
            superseded_record(event_id, raw.id, decision.record["number"])
            for event_id in decision.superseded_event_ids
        ]
        return ArticleOutput(raw.id, enriched, events, superseded)


def _repeats_of(
    article_id: str, result: DedupResult, paragraph: int, sentence: int
) -> tuple[tuple[int, int | None], ...]:
    """Places in this article that dedup marked as repeats of this sentence (or of its paragraph)."""
    places: list[tuple[int, int | None]] = []
    for p, mark in result.paragraphs.items():
        if _points_at(mark, article_id, paragraph, sentence):
            places.append((p, None))
    for (p, s), mark in result.sentences.items():
        if _points_at(mark, article_id, paragraph, sentence):
            places.append((p, s))
    return tuple(places)


def _points_at(mark: Any, article_id: str, paragraph: int, sentence: int) -> bool:
    of = mark.of
    return (
        mark.is_repeat
        and of.article_id == article_id
        and of.paragraph == paragraph
        and (of.sentence is None or of.sentence == sentence)
    )


def _paragraph_json(paragraph: Paragraph, result: DedupResult) -> dict[str, Any]:
    mark = result.paragraphs.get(paragraph.index)
    return {
        "index": paragraph.index,
        "start": paragraph.start,
        "end": paragraph.end,
        "text": paragraph.text,
        "duplicate": mark.to_json() if mark else None,
        "sentences": [
            {
                "index": s.index,
                "start": s.start,
                "end": s.end,
                "text": s.text,
                "duplicate": (m.to_json() if (m := result.sentences.get((paragraph.index, s.index))) else None),
            }
            for s in paragraph.sentences
        ],
    }


def _entities(parsed: Sequence[ParsedSentence]) -> list[dict[str, Any]]:
    return [
        {"text": ent.text, "label": ent.label_, "start": unit.start + ent.start_char, "end": unit.start + ent.end_char}
        for unit in parsed
        for ent in unit.doc.ents
    ]
