"""Compact bytes of one remembered paragraph (the "u:<uid>" value).

Layout (little-endian): version u8 | article_id (u16 len + utf8) | source (u16 len, 0xFFFF = None) |
paragraph u32 | n_tokens u16 | n_tokens x u16 word ids | n_sent u16 | n_sent x (u16 start, u8 flags) |
n_salient u16 | n_salient x (u16 pos, u8 kind, u8 len, utf8 raw) |
n_sent x (u8 n, n x u16 content-stem ids) (paraphrase gist of each sentence).
Salient tokens (numbers, dates, capitalized names) are kept as text so that an update against an
earlier article can say what the figure *was*, and the paraphrase guard can compare names.
About 3 bytes per word + ~40 bytes: a 70-word paragraph costs ~250-300 bytes.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from hashlib import blake2b

from worker.dedup.fingerprint import DATE, NAME, NUMBER, WORD
from worker.dedup.store import UID_BYTES

_KIND_CODE = {WORD: 0, NUMBER: 1, DATE: 2, NAME: 3}
_CODE_KIND = {v: k for k, v in _KIND_CODE.items()}
_VERSION = 2
MAX_TOKENS = 0xFFFF  # u16 count; a longer paragraph is remembered by its first 65535 words
FLAG_REPEAT = 1  # this sentence was a repeat: never a lineage target
FLAG_NEGATED = 2  # odd negation polarity (paraphrase guard)


def uid_of(article_id: str, normalized_text: str) -> bytes:
    """Id of a remembered paragraph: its article and its normalized text (not its position).

    A redelivered article recomputes the same uids and skips them (idempotent); a new version of an
    article under the same id is compared with the paragraphs of the old version that changed."""
    return blake2b(f"{article_id}\x00{normalized_text}".encode(), digest_size=UID_BYTES).digest()


@dataclass(frozen=True, slots=True)
class StoredParagraph:
    article_id: str
    source: str | None
    paragraph: int
    hashes: tuple[int, ...]
    sentence_starts: tuple[int, ...]
    sentence_flags: tuple[int, ...]
    salient: dict[int, tuple[str, str]]  # token position -> (kind, raw text)
    stems: tuple[tuple[int, ...], ...] = ()  # per sentence: sorted content-stem ids

    def sentence_span(self, i: int) -> tuple[int, int]:
        start = self.sentence_starts[i]
        end = self.sentence_starts[i + 1] if i + 1 < len(self.sentence_starts) else len(self.hashes)
        return start, end

    def kinds(self, start: int = 0, end: int | None = None) -> tuple[str, ...]:
        end = len(self.hashes) if end is None else end
        return tuple(self.salient.get(i, (WORD, ""))[0] for i in range(start, end))


def _str(s: str | None) -> bytes:
    if s is None:
        return struct.pack("<H", 0xFFFF)
    b = s.encode("utf-8")[:0xFFFE]
    return struct.pack("<H", len(b)) + b


def encode(rec: StoredParagraph) -> bytes:
    n = min(len(rec.hashes), MAX_TOKENS)
    parts = [bytes([_VERSION]), _str(rec.article_id), _str(rec.source), struct.pack("<IH", rec.paragraph, n)]
    parts.append(struct.pack(f"<{n}H", *rec.hashes[:n]))
    starts = [s for s in rec.sentence_starts if s < n] or [0]
    parts.append(struct.pack("<H", len(starts)))
    for s, f in zip(starts, rec.sentence_flags, strict=False):
        parts.append(struct.pack("<HB", s, f))
    sal = [(p, k, r.encode("utf-8")[:255]) for p, (k, r) in sorted(rec.salient.items()) if p < n]
    parts.append(struct.pack("<H", len(sal)))
    for p, k, rb in sal:
        parts.append(struct.pack("<HBB", p, _KIND_CODE[k], len(rb)) + rb)
    for i in range(len(starts)):
        st = rec.stems[i][:255] if i < len(rec.stems) else ()
        parts.append(struct.pack(f"<B{len(st)}H", len(st), *st))
    return b"".join(parts)


def _read_str(b: bytes, off: int) -> tuple[str | None, int]:
    (n,) = struct.unpack_from("<H", b, off)
    off += 2
    if n == 0xFFFF:
        return None, off
    return b[off : off + n].decode("utf-8", "replace"), off + n


def decode(b: bytes) -> StoredParagraph | None:
    try:
        if not b or b[0] != _VERSION:
            return None
        article_id, off = _read_str(b, 1)
        source, off = _read_str(b, off)
        paragraph, n = struct.unpack_from("<IH", b, off)
        off += 6
        hashes = struct.unpack_from(f"<{n}H", b, off)
        off += 2 * n
        (ns,) = struct.unpack_from("<H", b, off)
        off += 2
        starts, flags = [], []
        for _ in range(ns):
            s, f = struct.unpack_from("<HB", b, off)
            off += 3
            starts.append(s)
            flags.append(f)
        (nsal,) = struct.unpack_from("<H", b, off)
        off += 2
        salient: dict[int, tuple[str, str]] = {}
        for _ in range(nsal):
            p, k, ln = struct.unpack_from("<HBB", b, off)
            off += 4
            salient[p] = (_CODE_KIND[k], b[off : off + ln].decode("utf-8", "replace"))
            off += ln
        stems = []
        for _ in range(ns):
            (k,) = struct.unpack_from("<B", b, off)
            stems.append(struct.unpack_from(f"<{k}H", b, off + 1))
            off += 1 + 2 * k
        return StoredParagraph(
            article_id or "",
            source,
            paragraph,
            tuple(hashes),
            tuple(starts),
            tuple(flags),
            salient,
            tuple(stems),
        )
    except (struct.error, KeyError, IndexError):
        return None  # a corrupt or foreign value is ignored, never fatal
