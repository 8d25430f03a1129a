"""Paraphrase detection (placeholder until calibrated: never matches)."""

from __future__ import annotations

from worker.dedup.settings import DedupSettings


class ParaphraseMatcher:
    def __init__(self, settings: DedupSettings) -> None:
        self.settings = settings

    def best(self, unit, earlier, stored):  # type: ignore[no-untyped-def]
        return None

    def stored_candidates(self, store, whole, article_id, cache):  # type: ignore[no-untyped-def]
        return []

    def remember(self, store, uid, whole, sentences, flags) -> None:  # type: ignore[no-untyped-def]
        return None
