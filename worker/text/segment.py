"""Split an article body into paragraphs and sentences with stable indices and char offsets.

Offsets are into the article's `body` string exactly as received, so any field derived from a
unit (a trigger, an actor, a duplicate mark) can point back to the words a person reads.
Sentence splitting is rule-based on purpose: deduplication runs before any NLP model so that
repeated material is never parsed, and indices must not change with the model version.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Tokens ending in "." that do not end a sentence (lower-cased, without the dot).
_ABBREVIATIONS = frozenset(
    """
    m mm mme mmes mlle dr pr me st ste sr jr etc cf p ex av apr env no nos vol art al
    mr mrs ms prof gen gén col lt sgt capt cmdr adm gov sen rep rev hon fig inc ltd co corp
    jan feb fév mar apr avr jun jul juil aug sep sept oct nov dec déc vs approx dept est
    """.split()
)
# Candidate sentence end: terminal punctuation, optional closing quotes/brackets, then space.
_END = re.compile(r"([.!?…]+)(?:[ \u00a0\u202f]?[\"'”’»)\]])*(?=\s+)")
_NEXT_START = re.compile(r"\s+[\"'“‘«(\[—–-]?\s*[A-ZÀ-ÖØ-Þ0-9]")
_PARAGRAPH_BREAK = re.compile(r"\n")


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int  # position inside its paragraph
    start: int  # char offset into the body
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    start: int
    end: int
    text: str
    sentences: tuple[Sentence, ...] = field(default_factory=tuple)


def _is_abbreviation(text: str, dot_pos: int) -> bool:
    """True when the '.' at dot_pos closes an abbreviation or an initial ("R.", "Jr.", "U.S.")."""
    word_start = dot_pos
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot_pos].lower().strip(".")
    if not word:
        return False
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "Joseph R. Biden"
    if "." in word:  # "U.S." or "a.m."
        return True
    return word in _ABBREVIATIONS


def split_sentences(text: str, offset: int = 0) -> tuple[Sentence, ...]:
    """Sentences of one paragraph; `offset` is the paragraph's start in the body."""
    sentences: list[Sentence] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end()
        if not _NEXT_START.match(text, end):
            continue
        if match.group(1) == "." and _is_abbreviation(text, match.start()):
            continue
        _append(sentences, text, start, end, offset)
        start = end
    _append(sentences, text, start, len(text), offset)
    return tuple(sentences)


def _append(sentences: list[Sentence], text: str, start: int, end: int, offset: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = start + lead
    sentences.append(Sentence(len(sentences), offset + s, offset + s + len(stripped), stripped))


def segment_body(body: str) -> list[Paragraph]:
    """Paragraphs are the body's non-blank lines (blank lines and single newlines both separate).

    Feeds that wrap lines inside a paragraph are handled by the ingest stage (HTML block structure),
    not here: in plain text from newsroom systems a newline is a paragraph break.
    """
    paragraphs: list[Paragraph] = []
    pos = 0
    for line in _PARAGRAPH_BREAK.split(body):
        line_start = pos
        pos += len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        start = line_start + (len(line) - len(line.lstrip()))
        paragraphs.append(
            Paragraph(
                index=len(paragraphs),
                start=start,
                end=start + len(stripped),
                text=stripped,
                sentences=split_sentences(stripped, start),
            )
        )
    return paragraphs
