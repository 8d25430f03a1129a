"""Units (paragraphs, sentences) turned into tokens, hashes, k-gram minimizers and MinHash bands.

All hashes are deterministic across processes (blake2b/crc32, never Python's salted `hash`), so two
workers computing the fingerprint of the same text produce the same store keys.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from dataclasses import dataclass
from functools import cached_property
from hashlib import blake2b

import numpy as np

from worker.dedup.lexicon import DATE_WORDS, STOPWORDS
from worker.dedup.words import CLASS_MASK, word_id
from worker.text.normalize import _QUOTES, normalize_for_match

# A number with thousands groups ("3 000", "100.000") is one token, as in normalize_for_match; so is
# a decimal ("5.3", "5,3"), so that an update reads "5.3" -> "4.3", not "5" -> "4".
_TOKEN = re.compile(r"\d+(?:[ \u00a0\u202f.]\d{3}\b)+|\d+[.,]\d+\b|[^\W_]+", re.UNICODE)
_NUMBER_SEP = re.compile(r"[ \u00a0\u202f.]")
_DECIMAL = re.compile(r"\d+[.,]\d+")
_GROUPED = re.compile(r"\d+(?:[ \u00a0\u202f.]\d{3})+")
# Token kinds that make a difference a new fact (see update.py).
NUMBER, DATE, NAME, WORD = "number", "date", "name", "word"
# Capitalized only because they start a sentence; kept tiny on purpose (stopwords are excluded anyway).
_COMMON_SENTENCE_STARTS = frozenset({"selon", "according", "dans", "lors", "après", "avant", "plus", "mais"})


def _number_norm(raw: str) -> str:
    if _DECIMAL.fullmatch(raw) and not _GROUPED.fullmatch(raw):
        return raw.replace(",", ".")
    return _NUMBER_SEP.sub("", raw)  # "3 000", "100.000" (as normalize_for_match reads them)


def quote_starts(text: str) -> tuple[int, ...]:
    """Token positions right after a double quotation mark (« “ " …): where quotes usually begin."""
    t = unicodedata.normalize("NFC", text).translate(_QUOTES)
    out, prev = [], 0
    for i, m in enumerate(_TOKEN.finditer(t)):
        if '"' in t[prev : m.start()]:
            out.append(i)
        prev = m.end()
    return tuple(out)


# Coordinating conjunctions that open a new clause after a comma ("…, mais elles devraient…").
_CLAUSE_CONJ = frozenset({"mais", "et", "car", "donc", "but", "and", "so", "yet"})


def clause_starts(text: str) -> tuple[int, ...]:
    """Token positions right after ", mais" / ", but" (a comma or semicolon, then a coordinating
    conjunction): where a second clause begins, and a pull quote of the middle of a quote often does
    ("« Des répliques sont probables, mais [elles devraient être de plus faible intensité] »")."""
    t = unicodedata.normalize("NFC", text).translate(_QUOTES)
    out, prev = [], 0
    toks = list(_TOKEN.finditer(t))
    for i, m in enumerate(toks):
        gap = t[prev : m.start()]
        if (("," in gap) or (";" in gap)) and m.group(0).casefold() in _CLAUSE_CONJ and i + 1 < len(toks):
            out.append(i + 1)
        prev = m.end()
    return tuple(out)


# Complementizers that open reported speech after a report verb ("a ajouté que …", "said that …").
_THAT = frozenset({"que", "qu", "that"})
SPEECH_REACH = 6  # words between the report verb and its complementizer at most (+1)


def speech_starts(ids: tuple[int, ...], norms: tuple[str, ...], report_ids: frozenset[int]) -> tuple[int, ...]:
    """Token positions where indirect speech begins: after a report verb and its complementizer
    ("Elle a ajouté que [toutes les options…]", "a déclaré à un journaliste que […]"). A heading
    quoting a statement usually begins there, as a direct quote begins after its quotation mark
    (quote_starts)."""
    out = []
    for i in range(1, len(norms) - 1):
        # the verb may have complements before "que": "a déclaré à un intervieweur radio que …"
        if norms[i] in _THAT and any((w & CLASS_MASK) in report_ids for w in ids[max(0, i - SPEECH_REACH) : i]):
            out.append(i + 1)
    return tuple(out)


def tokenize(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(normalized tokens, raw tokens as written). Normalized = casefolded, digit groups joined."""
    t = unicodedata.normalize("NFC", text).translate(_QUOTES)
    norms: list[str] = []
    raws: list[str] = []
    for m in _TOKEN.finditer(t):
        raw = m.group(0)
        norm = raw.casefold()
        if norm[0].isdigit():
            norm = _number_norm(norm)
        norms.append(norm)
        raws.append(raw)
    return tuple(norms), tuple(raws)


def token_kind(norm: str, raw: str, first: bool) -> str:
    """number / date / name / word. A name is a capitalized non-stopword (no parser at this stage)."""
    if any(c.isdigit() for c in norm):
        return NUMBER
    if norm in DATE_WORDS:
        return DATE
    if (
        raw[:1].isupper()
        and norm not in STOPWORDS
        and not (first and len(raw) > 1 and raw[1:].islower() and norm in _COMMON_SENTENCE_STARTS)
    ):
        return NAME
    return WORD


def h16(norm: str) -> int:
    """16-bit token id stored per word: enough to confirm similarity (collision rate ~ n/65536)."""
    return zlib.crc32(norm.encode("utf-8")) & 0xFFFF


def h32(data: str) -> int:
    return int.from_bytes(blake2b(data.encode("utf-8"), digest_size=4).digest(), "big")


@dataclass
class Unit:
    """One paragraph or sentence of the article being processed."""

    paragraph: int
    sentence: int | None
    text: str
    norms: tuple[str, ...]
    raws: tuple[str, ...]
    kinds: tuple[str, ...]
    exact: str
    bounds: tuple[int, ...] = (0,)  # sentence starts (token positions) for paragraph units
    kicker: int = 0  # tokens of a leading "Topic :" label
    lang: str = "fr"  # the article's language (only used to read verb tenses, words.tense_at)

    @classmethod
    def build(cls, paragraph: int, sentence: int | None, text: str, lang: str = "fr") -> Unit:
        norms, raws = tokenize(text)
        kinds = tuple(token_kind(n, r, i == 0) for i, (n, r) in enumerate(zip(norms, raws, strict=True)))
        exact = normalize_for_match(text)
        return cls(paragraph, sentence, text, norms, raws, kinds, exact, (0,), _kicker(text), lang)

    def __len__(self) -> int:
        return len(self.norms)

    @cached_property
    def hashes(self) -> tuple[int, ...]:
        """One 16-bit id per word: of its lemma/stem/synonym class (words.canon), as the store keeps it."""
        return tuple(word_id(n) for n in self.norms)

    @cached_property
    def exact_id(self) -> int:
        """16-bit id of the normalized text: with equal word ids, tells an exact copy from an inflected one."""
        return h16(self.exact)


_KICKER = re.compile(r"(?<!\d)\s*:\s+(?!\d)")
MAX_KICKER_TOKENS = 4


def _kicker(text: str) -> int:
    """Words of a heading's leading topic label ("Poutine : « … »"), 0 when there is none."""
    m = _KICKER.search(text)
    if m is None:
        return 0
    n = len(tokenize(text[: m.start()])[0])
    return n if 0 < n <= MAX_KICKER_TOKENS else 0


def concat(paragraph: int, units: list[Unit], text: str) -> Unit:
    """A paragraph unit made of its sentence units (so token positions line up with sentences)."""
    norms = tuple(n for u in units for n in u.norms)
    raws = tuple(r for u in units for r in u.raws)
    kinds = tuple(k for u in units for k in u.kinds)
    bounds, pos = [], 0
    for u in units:
        bounds.append(pos)
        pos += len(u)
    kicker = units[0].kicker if len(units) == 1 else 0
    # Sentences partition the paragraph and normalization drops the spaces/punctuation between them,
    # so the paragraph's normalized text is the sentences' joined (saves normalizing twice).
    exact = " ".join(u.exact for u in units if u.exact)
    lang = units[0].lang if units else "fr"
    unit = Unit(paragraph, None, text, norms, raws, kinds, exact, tuple(bounds), kicker, lang)
    unit.__dict__["hashes"] = tuple(h for u in units for h in u.hashes)  # prime the cached_property
    return unit


def kgram_hashes(hashes: tuple[int, ...] | list[int], norms: tuple[str, ...] | None, k: int) -> list[int]:
    """32-bit hashes of word k-grams; k-grams made only of stopwords are dropped (they match anything)."""
    n = len(hashes)
    if n == 0:
        return []
    if n < k:
        return [_mix(hashes)]
    out = []
    for i in range(n - k + 1):
        if norms is not None and all(w in STOPWORDS for w in norms[i : i + k]):
            continue
        out.append(_mix(hashes[i : i + k]))
    # only stopwords ("le le le"): index the whole unit so that an exact copy is still found
    return out or [_mix(hashes)]


def exact_hash(exact: str) -> int:
    """32-bit hash of a unit's normalized text (the "x" key: exact copies, whatever else is indexed)."""
    return h32(exact)


def _mix(hs) -> int:
    """Deterministic 32-bit hash of a short sequence of 16-bit token ids."""
    x = 0x9E3779B1
    for h in hs:
        x = ((x ^ h) * 0x01000193) & 0xFFFFFFFF
        x ^= x >> 15
    return (x * 0x85EBCA6B) & 0xFFFFFFFF


def anchored_kgrams(
    hashes: tuple[int, ...] | list[int], norms: tuple[str, ...], k: int, starts: tuple[int, ...]
) -> list[int]:
    """The first indexable k-gram at the start of the unit and after each opening quotation mark.

    Headings and pull quotes usually begin where a sentence or a quote begins; keeping these k-grams in
    the store (on top of the winnowed ones) makes a 4-6 word quote findable even when winnowing kept
    none of its k-grams."""
    out = []
    n = len(hashes)
    for s0 in (0, *starts):
        for i in range(s0, max(s0, n - k + 1)):
            if not all(w in STOPWORDS for w in norms[i : i + k]):
                out.append(_mix(hashes[i : i + k]))
                break
    return out


def winnow(kgrams: list[int], w: int) -> list[int]:
    """Winnowing (Schleimer et al. 2003): the minimum of every window of w k-grams, deduplicated.

    Guarantees that two units sharing a run of w + k - 1 words share at least one selected hash,
    while keeping only ~2/(w+1) of the k-grams.
    """
    if len(kgrams) <= w:
        return [min(kgrams)] if kgrams else []
    selected: list[int] = []
    last = -1
    for i in range(len(kgrams) - w + 1):
        window = kgrams[i : i + w]
        j = i + min(range(w), key=lambda t: (window[t], -t))
        if j != last:
            selected.append(kgrams[j])
            last = j
    return sorted(set(selected))


_PERMS_CACHE: dict[tuple[int, int], tuple[np.ndarray, np.ndarray]] = {}


def _perms(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    p = _PERMS_CACHE.get((num_perm, seed))
    if p is None:
        rng = np.random.Generator(np.random.PCG64(seed))  # fixed seed: the same bands in every process
        a = rng.integers(1, 2**63, size=num_perm, dtype=np.uint64) * np.uint64(2) + np.uint64(1)  # odd
        b = rng.integers(0, 2**63, size=num_perm, dtype=np.uint64) * np.uint64(2)
        p = _PERMS_CACHE[(num_perm, seed)] = (a[:, None], b[:, None])
    return p


def _minhash_bands(values: list[int], bands: int, rows: int, seed: int) -> list[int]:
    """MinHash with multiply-add-shift hashing ((a·x + b) mod 2^64) >> 32, a 2-universal family for
    32-bit x), vectorized over all values and permutations at once; one 32-bit hash per band."""
    if not values or bands <= 0:
        return []
    a, b = _perms(bands * rows, seed)
    x = np.asarray(values, dtype=np.uint64)[None, :]
    hv = ((a * x + b) >> np.uint64(32)).min(axis=1).astype(np.uint32)  # uint64 arithmetic wraps
    raw = hv.tobytes()
    step = 4 * rows
    return [
        int.from_bytes(blake2b(bytes([i]) + raw[i * step : (i + 1) * step], digest_size=4).digest(), "big")
        for i in range(bands)
    ]


def minhash_bands(hashes: tuple[int, ...], bands: int, rows: int) -> list[int]:
    """MinHash over word bigrams, reduced to one 32-bit hash per band (LSH)."""
    shingles = sorted({(hashes[i] << 16) | hashes[i + 1] for i in range(len(hashes) - 1)}) or list(hashes)
    return _minhash_bands(shingles, bands, rows, seed=17)


def minhash_set_bands(values: frozenset[int] | set[int], bands: int, rows: int) -> list[int]:
    """MinHash LSH bands over a set of ids (content stems, for paraphrase candidates)."""
    return _minhash_bands(sorted(values), bands, rows, seed=29)
