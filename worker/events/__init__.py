"""Event extraction stage: parsed sentences of one article in, PLOVER event records out."""

from worker.events.extract import SCHEMA_VERSION, extract_events
from worker.events.types import ArticleMeta, ParsedSentence

__all__ = ["SCHEMA_VERSION", "ArticleMeta", "ParsedSentence", "extract_events"]
