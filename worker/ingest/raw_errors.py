"""`Rejected` and its reasons, in a module of their own so every parser of outside input can raise it
without importing worker.ingest.raw (which imports them). Re-exported by worker.ingest.raw."""

from __future__ import annotations

REASONS = ("not_utf8", "not_json", "too_large", "schema_invalid", "body_too_large", "processing_error")


class Rejected(Exception):
    """Input that cannot be processed; goes to the dead-letter topic."""

    def __init__(self, reason: str, detail: str) -> None:
        assert reason in REASONS, reason
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail
