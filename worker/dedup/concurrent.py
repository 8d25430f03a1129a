"""Copies that two workers deduplicate at the same moment (the same wire story on two partitions).

Each worker publishes a batch's fingerprints before parsing it, but when copies of one story reach two
workers in the same burst, each deduplicates before the other's fingerprints arrive: both copies look
new and both are parsed. `recheck` runs the deduplication of such an article again once the other
workers' fingerprints have arrived, and keeps a new mark only when the workers are sure to agree on who
parses:

* it defers only to an article whose fingerprints were complete *earlier in the shared changelog* than
  its own (`order`: the offset of the marker a worker writes once a batch's fingerprints are
  acknowledged). Every worker reads the same changelog, so two copies can never defer to each other, and
  the copy completed first always parses (no unit is left unparsed). The worker that completed later
  waits until its copy of the table has applied the changelog past its own marker before it looks
  again, so it has every fingerprint of the earlier copy;
* it defers to nothing whose order it does not know (an article it has no offset for);
* it never defers to an article of its own batch (the first pass already compared them, in order);
* it never changes a mark the first pass gave (an update stays an update: it is parsed).

The recheck reads the store and writes nothing (`ReadOnlyStore`): the article's fingerprints were
already published after the first pass. A deferred unit's own fingerprint stays remembered, so a later
copy may name either carrier as `of`; both published the text, only the first in the changelog parsed it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection

from worker.dedup.marks import DedupResult, DuplicateMark
from worker.dedup.store import FingerprintStore


class ReadOnlyStore:
    """A FingerprintStore view that reads through and drops writes."""

    def __init__(self, store: FingerprintStore) -> None:
        self.store = store

    def get(self, key: str) -> bytes | None:
        return self.store.get(key)

    def put(self, key: str, value: bytes) -> None:
        pass

    def __len__(self) -> int:
        return len(self.store)


def has_new_units(result: DedupResult, paragraph: int, sentences: Collection[int]) -> bool:
    """True if some sentence of the paragraph is neither a repeat nor in a repeated paragraph."""
    return any(not result.is_repeat(paragraph, sentence) for sentence in sentences)


def merge_recheck(
    article_id: str,
    first: DedupResult,
    second: DedupResult,
    batch_ids: Collection[str],
    order: Callable[[str], int | None],
) -> tuple[DedupResult, list[tuple[str, DuplicateMark]]]:
    """The first pass's marks plus the repeats the second pass found that this article may defer to
    (see the module docstring), and the deferred units' marks ("paragraph" or "sentence", mark)."""
    own = order(article_id)

    def may_defer(mark: DuplicateMark) -> bool:
        other = mark.of.article_id
        if not mark.is_repeat or other == article_id or other in batch_ids or own is None:
            return False
        position = order(other)
        return position is not None and position < own

    merged = DedupResult(dict(first.paragraphs), dict(first.sentences), dict(first.summary))
    deferred: list[tuple[str, DuplicateMark]] = []
    for paragraph, mark in second.paragraphs.items():
        if paragraph not in merged.paragraphs and may_defer(mark):
            merged.paragraphs[paragraph] = mark
            deferred.append(("paragraph", mark))
    for key, mark in second.sentences.items():
        paragraph, _ = key
        if key in merged.sentences or merged.is_repeat(paragraph) or not may_defer(mark):
            continue
        merged.sentences[key] = mark
        deferred.append(("sentence", mark))
    if deferred:
        marks = list(merged.paragraphs.values()) + list(merged.sentences.values())
        merged.summary["repeated"] = sum(1 for m in marks if m.is_repeat)
        merged.summary["by_kind"] = dict(sorted(Counter(m.kind for m in marks).items()))
    return merged, deferred
