"""Deduplication stage: repeated paragraphs/sentences inside an article and across articles.

See docs/dedup.md. Pure module: no Kafka; the pipeline passes a FingerprintStore (a Faust GlobalTable
in the worker, InMemoryFingerprintStore offline and in tests).
"""

from worker.dedup.deduplicator import Deduplicator, clean_text
from worker.dedup.marks import Change, DedupResult, DuplicateMark, UnitRef
from worker.dedup.settings import DedupSettings
from worker.dedup.store import FingerprintStore, InMemoryFingerprintStore

__all__ = [
    "Change",
    "DedupResult",
    "DedupSettings",
    "Deduplicator",
    "DuplicateMark",
    "FingerprintStore",
    "InMemoryFingerprintStore",
    "UnitRef",
    "clean_text",
]
