"""Word-level diff of two versions of a unit, classified into number/date/name/word changes.

A changed (or added) figure, date or name makes the new unit an *update*: a new fact, not a repeat.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz.distance import Levenshtein

from worker.dedup.fingerprint import DATE, NAME, NUMBER, WORD
from worker.dedup.marks import Change

_PRIORITY = (NUMBER, DATE, NAME)


def _block_type(kinds: Sequence[str]) -> str:
    for k in _PRIORITY:
        if k in kinds:
            return k
    return WORD


def _text(raws: Sequence[str | None]) -> str:
    return " ".join(r if r else "…" for r in raws)


def diff_changes(
    old_seq: Sequence,
    old_kinds: Sequence[str],
    old_raws: Sequence[str | None],
    new_seq: Sequence,
    new_kinds: Sequence[str],
    new_raws: Sequence[str | None],
) -> tuple[tuple[Change, ...], bool]:
    """(changes old -> new, whether any change is a new fact).

    Replaced figures/dates/names and *added* figures/dates are facts; removed words are not (the new
    unit then says less, it is still a repeat), and reworded plain words are "word" changes.
    """
    changes: list[Change] = []
    factual = False
    reworded = 0  # tokens changed by plain-word edits
    replaced: dict[str, int] = {}  # figure/date/name slots replaced by another value
    for op in Levenshtein.opcodes(list(old_seq), list(new_seq)):
        tag, i1, i2, j1, j2 = op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end
        if tag == "equal" or tag == "delete":
            continue
        if tag == "replace" and i2 - i1 == j2 - j1:
            pieces = [(i, i + 1, j, j + 1) for i, j in zip(range(i1, i2), range(j1, j2), strict=True)]
        else:
            pieces = [(i1, i2, j1, j2)]
        for a1, a2, b1, b2 in pieces:
            if tag == "insert":
                typ = _block_type(new_kinds[b1:b2])
                if typ != NUMBER:
                    continue  # an added adjective, date or attribution is not a new fact; a figure is
            else:
                old_t, new_t = _block_type(old_kinds[a1:a2]), _block_type(new_kinds[b1:b2])
                # A fact changed only when a figure/date/name was replaced by another one
                # ("Maison Blanche" -> "président" is rewording, not a new name).
                typ = old_t if (old_t != WORD and new_t != WORD) else WORD
            before = _text(old_raws[a1:a2])
            after = _text(new_raws[b1:b2])
            if typ == WORD:
                reworded += max(a2 - a1, b2 - b1)
            if typ == WORD and "…" in before:
                continue  # plain word from an earlier article: its text is not remembered
            changes.append(Change(typ, before, after))
            if typ != WORD:
                factual = True
                if tag == "replace":
                    replaced[typ] = replaced.get(typ, 0) + 1
    # Same text with a new fact = few other edits; a heavy rewrite that also moves a figure is something
    # else (left to near/paraphrase/none).
    limit = max(2, int(0.15 * max(len(old_seq), len(new_seq))))
    return tuple(changes), factual and reworded <= limit and not other_subject(replaced)


def other_subject(replaced: dict[str, int]) -> bool:
    """Round 6: a name replaced *and* a figure or date replaced is the same sentence frame about another
    actor ("In May 2023 the DPC fined Meta 1.2 billion…" / "In May 2025 the DPC fined TikTok 530
    million…"): another story, not a new version of this one. An update changes the facts of one actor
    (a figure, a date) or, alone, a name."""
    return replaced.get(NAME, 0) >= 1 and replaced.get(NUMBER, 0) + replaced.get(DATE, 0) >= 1
