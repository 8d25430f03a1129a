"""Normalization used for matching units against each other.

Matching ignores case, spacing, punctuation and typographic variants of quotes and dashes,
but keeps accents: "côte" and "cote" are different words in French.
"""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans(
    {
        "’": "'", "‘": "'", "‚": "'", "‛": "'", "`": "'", "´": "'",
        "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‹": '"', "›": '"',
        "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-",
        "\u00a0": " ", "\u202f": " ", "\u2009": " ",
    }
)
# A word: letters/digits, keeping inner apostrophes and hyphens out (they split words).
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_DIGIT_GROUP = re.compile(r"(?<=\d)[ \u00a0\u202f.](?=\d{3}\b)")


def normalize_for_match(text: str) -> str:
    """Lower-cased words joined by single spaces; punctuation and quote style dropped."""
    text = unicodedata.normalize("NFC", text).translate(_QUOTES)
    text = _DIGIT_GROUP.sub("", text)  # "3 000" and "3000" are the same number
    return " ".join(m.group(0) for m in _WORD.finditer(text.casefold()))


def word_tokens(text: str) -> list[str]:
    """The words of a unit after normalization, in order."""
    normalized = normalize_for_match(text)
    return normalized.split() if normalized else []
