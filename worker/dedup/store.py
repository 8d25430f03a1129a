"""Cross-article memory: a small key/value protocol and a bounded in-memory implementation.

Keys (short strings):
  "u:<uid>"   -> one remembered paragraph (see record.py): who carried it first + 16-bit word ids
  "k:<hex>"   -> unit ids sharing a winnowed word k-gram (containment / near / exact candidates)
  "b<i>:<hex>"-> unit ids sharing MinHash band i (near candidates with scattered edits)
A uid is 8 bytes of blake2b(article_id, paragraph); index values are concatenated uids.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Protocol, runtime_checkable

UID_BYTES = 8


@runtime_checkable
class FingerprintStore(Protocol):
    def get(self, key: str) -> bytes | None: ...

    def put(self, key: str, value: bytes) -> None: ...

    def __len__(self) -> int: ...


class InMemoryFingerprintStore:
    """Dict-backed store bounded by a window: at most `max_entries` keys and/or `max_age_s` seconds.

    Oldest writes are evicted first (insertion order, refreshed on overwrite). Evicting a "u:" record
    before the index keys that point at it is harmless: dangling uids are skipped at lookup.
    """

    def __init__(
        self,
        max_entries: int | None = 2_000_000,
        max_age_s: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._data: OrderedDict[str, tuple[bytes, float]] = OrderedDict()
        self.max_entries = max_entries
        self.max_age_s = max_age_s
        self._clock = clock

    def get(self, key: str) -> bytes | None:
        item = self._data.get(key)
        if item is None:
            return None
        if self.max_age_s is not None and self._clock() - item[1] > self.max_age_s:
            return None  # expired; physically dropped by the next put
        return item[0]

    def put(self, key: str, value: bytes) -> None:
        now = self._clock()
        if key in self._data:
            self._data.move_to_end(key)
        self._data[key] = (value, now)
        self._evict(now)

    def _evict(self, now: float) -> None:
        data = self._data
        if self.max_entries is not None:
            while len(data) > self.max_entries:
                data.popitem(last=False)
        if self.max_age_s is not None:
            while data:
                _, (_, ts) = next(iter(data.items()))
                if now - ts <= self.max_age_s:
                    break
                data.popitem(last=False)

    def __len__(self) -> int:
        return len(self._data)

    def nbytes(self) -> int:
        """Bytes of keys + values (what a changelog topic would carry), not Python object overhead."""
        return sum(len(k.encode("utf-8")) + len(v) for k, (v, _) in self._data.items())


def bucket_add(store: FingerprintStore, key: str, uid: bytes, max_bucket: int) -> None:
    """Append a uid to an index bucket (read-modify-write; see docs/dedup.md for the race)."""
    old = store.get(key) or b""
    if len(old) >= max_bucket * UID_BYTES:
        return  # full: the oldest carriers are the lineage we want to keep
    for i in range(0, len(old), UID_BYTES):
        if old[i : i + UID_BYTES] == uid:
            return
    store.put(key, old + uid)


def bucket_uids(value: bytes | None) -> list[bytes]:
    if not value:
        return []
    return [value[i : i + UID_BYTES] for i in range(0, len(value) - UID_BYTES + 1, UID_BYTES)]
