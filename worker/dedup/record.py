"""Compact bytes of one remembered paragraph (the "u:<uid>" value).

Layout, format 4 (= format 3's layout; varint = LEB128 unsigned; u16 little-endian):
  version u8 (= 4) | varint len + utf8 article_id | varint (len + 1, 0 = None) + utf8 source |
  varint paragraph | u16 exact id of the paragraph | varint n_tokens | n_tokens x u16 word ids |
  varint n_sent | n_sent x (varint start - previous start, u8 flags, u16 exact id of the sentence) |
  varint n_salient | n_salient x (varint position - previous position, u8 kind, u8 len, utf8 raw).
Word ids are of each word's lemma/stem/synonym class (words.py); the exact ids (16-bit hash of the
normalized text) tell an exact copy from one that only changed inflections. Content stems (paraphrase)
are the word ids that are not stopwords: they are not stored twice. Salient tokens (numbers, dates,
capitalized names) are kept as text so that an update against an earlier article can say what the figure
*was*. About 2 bytes per word + ~35 bytes: a 60-word paragraph costs ~200 bytes.
A value of another format version decodes to None (ignored as a candidate, never misread).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from hashlib import blake2b

from worker.dedup.fingerprint import DATE, NAME, NUMBER, WORD
from worker.dedup.store import UID_BYTES, FingerprintStore, ukey

_KIND_CODE = {WORD: 0, NUMBER: 1, DATE: 2, NAME: 3}
_CODE_KIND = {v: k for k, v in _KIND_CODE.items()}
# 2: hex keys, word ids of exact words, stems stored; 3: this layout, base64url keys; 4: the same layout,
# other word ids (synonym classes fixed and added in round 4: a class word's id changed, so a v3 record
# would compare its old ids with new ones and miss repeats; v3 records are ignored and age out instead)
_VERSION = 4
MAX_TOKENS = 0xFFFF  # u16 count; a longer paragraph is remembered by its first 65535 words
FLAG_REPEAT = 1  # this sentence was a repeat: never a lineage target
FLAG_NEGATED = 2  # odd negation polarity (paraphrase guard)
FLAG_FUTURE = 4  # an event verb of the sentence is future/conditional/modal ("would visit", "se rendrait")
FLAG_PAST = 8  # an event verb of the sentence is in a past tense ("visited", "s'est rendu")


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
    exact: int = -1  # 16-bit id of the paragraph's normalized text (-1: unknown)
    sentence_exact: tuple[int, ...] = ()  # the same per sentence

    def sentence_span(self, i: int) -> tuple[int, int]:
        start = self.sentence_starts[i]
        end = self.sentence_starts[i + 1] if i + 1 < len(self.sentence_starts) else len(self.hashes)
        return start, end

    def kinds(self, start: int = 0, end: int | None = None) -> tuple[str, ...]:
        end = len(self.hashes) if end is None else end
        return tuple(self.salient.get(i, (WORD, ""))[0] for i in range(start, end))


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def _read_varint(b: bytes, off: int) -> tuple[int, int]:
    n = shift = 0
    while True:
        x = b[off]
        off += 1
        n |= (x & 0x7F) << shift
        if not x & 0x80:
            return n, off
        shift += 7
        if shift > 63:
            raise ValueError("varint too long")


def _str(s: str | None, nullable: bool) -> bytes:
    if s is None:
        return b"\x00"
    b = s.encode("utf-8")
    return _varint(len(b) + nullable) + b


def encode(rec: StoredParagraph) -> bytes:
    n = min(len(rec.hashes), MAX_TOKENS)
    parts = [
        bytes([_VERSION]),
        _str(rec.article_id, False),
        _str(rec.source, True),
        _varint(rec.paragraph),
        struct.pack("<H", rec.exact & 0xFFFF),
        _varint(n),
        struct.pack(f"<{n}H", *rec.hashes[:n]),
    ]
    starts = [s for s in rec.sentence_starts if s < n] or [0]
    parts.append(_varint(len(starts)))
    prev = 0
    for i, s in enumerate(starts):
        f = rec.sentence_flags[i] if i < len(rec.sentence_flags) else 0
        e = rec.sentence_exact[i] if i < len(rec.sentence_exact) else 0
        parts.append(_varint(s - prev) + struct.pack("<BH", f, e & 0xFFFF))
        prev = s
    sal = [(p, k, r.encode("utf-8")[:255]) for p, (k, r) in sorted(rec.salient.items()) if p < n]
    parts.append(_varint(len(sal)))
    prev = 0
    for p, k, rb in sal:
        parts.append(_varint(p - prev) + struct.pack("<BB", _KIND_CODE[k], len(rb)) + rb)
        prev = p
    return b"".join(parts)


def decode(b: bytes) -> StoredParagraph | None:
    try:
        if not b or b[0] != _VERSION:
            return None
        n, off = _read_varint(b, 1)
        article_id = b[off : off + n].decode("utf-8", "replace")
        off += n
        n, off = _read_varint(b, off)
        source = None if n == 0 else b[off : off + n - 1].decode("utf-8", "replace")
        off += max(n - 1, 0)
        paragraph, off = _read_varint(b, off)
        (exact,) = struct.unpack_from("<H", b, off)
        n, off = _read_varint(b, off + 2)
        hashes = struct.unpack_from(f"<{n}H", b, off)
        off += 2 * n
        ns, off = _read_varint(b, off)
        starts, flags, sexact = [], [], []
        pos = 0
        for _ in range(ns):
            d, off = _read_varint(b, off)
            f, e = struct.unpack_from("<BH", b, off)
            off += 3
            pos += d
            starts.append(pos)
            flags.append(f)
            sexact.append(e)
        nsal, off = _read_varint(b, off)
        salient: dict[int, tuple[str, str]] = {}
        pos = 0
        for _ in range(nsal):
            d, off = _read_varint(b, off)
            k, ln = struct.unpack_from("<BB", b, off)
            off += 2
            pos += d
            salient[pos] = (_CODE_KIND[k], b[off : off + ln].decode("utf-8", "replace"))
            off += ln
        return StoredParagraph(
            article_id, source, paragraph, tuple(hashes), tuple(starts), tuple(flags), salient, exact, tuple(sexact)
        )
    except (struct.error, KeyError, IndexError, ValueError):
        return None  # a corrupt or foreign value is ignored, never fatal


def cached_record(
    store: FingerprintStore, uid: bytes, cache: dict[bytes, StoredParagraph | None]
) -> StoredParagraph | None:
    """The remembered paragraph `uid`, read and decoded once per article (None: evicted, or another format)."""
    if uid not in cache:
        raw = store.get(ukey(uid))
        cache[uid] = decode(raw) if raw is not None else None
    return cache[uid]
