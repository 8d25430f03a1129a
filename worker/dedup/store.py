"""Cross-article memory: a small key/value protocol and a bounded in-memory implementation.

Keys (short strings; format 3, see docs/dedup.md):
  "u:<uid b64>"   -> one remembered paragraph (see record.py): who carried it first + 16-bit word ids
  "k<h b64>"      -> unit ids sharing a winnowed word k-gram (containment / near / exact candidates)
  "b<i><h b64>"   -> unit ids sharing MinHash band i (near candidates with scattered edits; off by default)
  "p<i><h b64>"   -> unit ids sharing band i of a MinHash over a sentence's content stems (paraphrase)
  "a<h b64>"      -> the uids of one article's remembered paragraphs, in order (h = hash of its id):
                     paraphrase candidates among the paragraphs of the articles an article copies
A uid is 6 bytes of blake2b(article_id, normalized paragraph text), written as 8 base64url characters;
a 32-bit index hash is 6 base64url characters. Index values are concatenated uids.
Keys of the older format ("u:" + 12 hex digits, "k:" + 8 hex digits, "b0:…") can never be produced by
this format (other lengths, ":" is not base64url), so an old changelog is ignored, never misread.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Callable
from hashlib import blake2b
from typing import Protocol, runtime_checkable

UID_BYTES = 6  # 48-bit ids: a collision only costs one useless candidate (confirmation is exact)
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def hkey(prefix: str, h: int) -> str:
    """Index key: prefix + a 32-bit hash as 6 base64url characters (vs 8 hex digits + ":")."""
    b = _B64
    return (
        prefix
        + b[(h >> 30) & 63]
        + b[(h >> 24) & 63]
        + b[(h >> 18) & 63]
        + b[(h >> 12) & 63]
        + b[(h >> 6) & 63]
        + b[h & 63]
    )


def akey(article_id: str) -> str:
    """Article key: "a" + 32-bit hash of the article id -> the uids of its remembered paragraphs."""
    return hkey("a", int.from_bytes(blake2b(article_id.encode("utf-8"), digest_size=4).digest(), "big"))


def ukey(uid: bytes) -> str:
    """Record key of a remembered paragraph: "u:" + its 6-byte uid as 8 base64url characters."""
    return "u:" + base64.urlsafe_b64encode(uid).decode("ascii")


@runtime_checkable
class FingerprintStore(Protocol):
    def get(self, key: str) -> bytes | None: ...

    def put(self, key: str, value: bytes) -> None: ...

    def __len__(self) -> int: ...


class InMemoryFingerprintStore:
    """Dict-backed store bounded by a window: at most `max_entries` keys and/or `max_age_s` seconds.

    Oldest writes are evicted first (insertion order, refreshed on overwrite). Evicting a "u:" record
    before the index keys that point at it is harmless: dangling uids are skipped at lookup.
    A plain dict (ordered) keeps the per-key overhead low; write times are kept only with max_age_s.
    """

    def __init__(
        self,
        max_entries: int | None = 2_000_000,
        max_age_s: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._data: dict[str, bytes] = {}
        self._written: dict[str, float] | None = {} if max_age_s is not None else None
        self.max_entries = max_entries
        self.max_age_s = max_age_s
        self._clock = clock

    def get(self, key: str) -> bytes | None:
        value = self._data.get(key)
        expired = (
            value is not None
            and self._written is not None
            and self.max_age_s is not None
            and self._clock() - self._written[key] > self.max_age_s
        )
        if expired:
            return None  # physically dropped by the next put
        return value

    def put(self, key: str, value: bytes) -> None:
        data = self._data
        if key in data:
            del data[key]  # re-insert at the end: a refreshed key is young again
        data[key] = value
        if self._written is not None:
            now = self._clock()
            self._written.pop(key, None)
            self._written[key] = now
            self._evict_old(now)
        if self.max_entries is not None:
            while len(data) > self.max_entries:
                self._drop(next(iter(data)))

    def _evict_old(self, now: float) -> None:
        assert self._written is not None and self.max_age_s is not None
        while self._written:
            key, ts = next(iter(self._written.items()))
            if now - ts <= self.max_age_s:
                break
            self._drop(key)

    def _drop(self, key: str) -> None:
        self._data.pop(key, None)
        if self._written is not None:
            self._written.pop(key, None)

    def __len__(self) -> int:
        return len(self._data)

    def nbytes(self) -> int:
        """Bytes of keys + values (what a changelog topic would carry), not Python object overhead."""
        return sum(len(k.encode("utf-8")) + len(v) for k, v in self._data.items())


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


_UNSEEN = object()


class ReadCache:
    """Read-through cache for one article: the paragraph pass and the sentence pass ask for the same
    index keys; nothing is written to the store while an article is being looked up.
    (len() of the store is never called on the hot path: on a RocksDB-backed table it can be O(n).)"""

    def __init__(self, store: FingerprintStore) -> None:
        self._store = store
        self._seen: dict[str, bytes | None] = {}

    def get(self, key: str) -> bytes | None:
        # Most keys are asked once per article: a miss must not cost a raised KeyError.
        value = self._seen.get(key, _UNSEEN)
        if value is _UNSEEN:
            value = self._seen[key] = self._store.get(key)
        return value  # type: ignore[return-value]
