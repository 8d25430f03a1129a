"""Build dead-letter records: the reason, and the original bytes kept whole."""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from typing import Any

from worker import __version__


def deadletter_record(
    value: bytes | None,
    *,
    reason: str,
    detail: str,
    key: bytes | None = None,
    topic: str | None = None,
    partition: int | None = None,
    offset: int | None = None,
    timestamp_ms: int | None = None,
    max_original_bytes: int = 2 * 1024 * 1024,
) -> dict[str, Any]:
    """`max_original_bytes` cuts huge originals so the dead letter itself stays producible;
    `original_size` and `original_truncated` say so."""
    original = value or b""
    kept = original[:max_original_bytes]
    return {
        "record_type": "deadletter",
        "schema_version": 1,
        "reason": reason,
        "detail": detail,
        "original_base64": base64.b64encode(kept).decode("ascii"),
        "original_size": len(original),
        "original_truncated": len(kept) < len(original),
        "original_key": key.decode("utf-8", "replace") if key is not None else None,
        "source": {"topic": topic, "partition": partition, "offset": offset, "timestamp_ms": timestamp_ms},
        "failed_at": datetime.now(UTC).isoformat(),
        "worker_version": __version__,
    }
