"""Copies of one story deduplicated by two workers at the same moment: the second look
(worker.dedup.concurrent) makes exactly one of them parse the shared text, the one whose fingerprints
reached the shared changelog first."""

from __future__ import annotations

import pytest

from worker.dedup import DedupResult, DuplicateMark, InMemoryFingerprintStore, UnitRef
from worker.dedup.concurrent import merge_recheck
from worker.ingest.raw import RawArticle
from worker.pipeline import Pipeline
from worker.text import segment_body

WIRE = (
    "Le ministre de l'Agriculture a annoncé jeudi une aide de 400 millions d'euros aux éleveurs touchés "
    "par la sécheresse dans le sud-ouest du pays.\n"
    "Les versements commenceront au début du mois prochain et concerneront environ 12 000 exploitations, "
    "selon le ministère.\n"
    "Les syndicats agricoles ont salué un premier pas mais réclament un plan sur plusieurs années."
)
COPY = WIRE.replace("a annoncé jeudi", "a présenté jeudi") + (
    "\nÀ Agen, plusieurs dizaines d'éleveurs s'étaient rassemblés devant la préfecture dans la matinée."
)


def _article(article_id: str, body: str) -> RawArticle:
    return RawArticle(id=article_id, url=f"https://example.org/{article_id}", source=article_id.split("-")[0],
                      title="Sécheresse", body=body, language="fr")


def _repeated_paragraphs(result: DedupResult) -> set[int]:
    return {p for p, mark in result.paragraphs.items() if mark.is_repeat}


def _simultaneous(first_id: str, second_id: str) -> tuple[Pipeline, list, Pipeline, list]:
    """Two workers take copies of one story in the same burst: each deduplicates before the other's
    fingerprints arrive, then both sets of fingerprints reach the shared memory."""
    shared = InMemoryFingerprintStore()
    worker_a = Pipeline(store=shared)
    worker_b = Pipeline(store=InMemoryFingerprintStore())  # has not seen worker A's writes yet
    work_a = worker_a.begin_batch([_article(first_id, WIRE)])
    work_b = worker_b.begin_batch([_article(second_id, COPY)])
    assert not _repeated_paragraphs(work_a[0].dedup) and not _repeated_paragraphs(work_b[0].dedup)
    # B's fingerprints arrive in the shared memory, and B now reads it too.
    worker_a.deduplicator.remember(second_id, second_id.split("-")[0], segment_body(COPY))
    worker_b_later = Pipeline(store=shared)
    return worker_a, work_a, worker_b_later, work_b


@pytest.mark.parametrize("wire_first", [True, False])
def test_exactly_one_of_two_simultaneous_copies_defers(wire_first: bool) -> None:
    wire_id, copy_id = "afp-1", "lemonde-7"
    worker_a, work_a, worker_b, work_b = _simultaneous(wire_id, copy_id)
    # Where each article's fingerprints are complete in the shared changelog: every worker reads the same order.
    offsets = {wire_id: 10, copy_id: 40} if wire_first else {wire_id: 40, copy_id: 10}
    deferred_a = worker_a.recheck_batch(work_a, offsets.get)
    deferred_b = worker_b.recheck_batch(work_b, offsets.get)
    # The article that reached the changelog later leaves the three shared paragraphs to the other.
    if wire_first:
        assert (deferred_a, deferred_b) == (0, 3)
        assert _repeated_paragraphs(work_b[0].dedup) == {0, 1, 2}
        assert {m.of.article_id for m in work_b[0].dedup.paragraphs.values()} == {wire_id}
        assert not _repeated_paragraphs(work_a[0].dedup)
    else:
        assert (deferred_a, deferred_b) == (3, 0)
        assert _repeated_paragraphs(work_a[0].dedup) == {0, 1, 2}
        assert {m.of.article_id for m in work_a[0].dedup.paragraphs.values()} == {copy_id}
        assert not _repeated_paragraphs(work_b[0].dedup)
    # The copy's own paragraph is new in both cases and is parsed.
    assert 3 not in _repeated_paragraphs(work_b[0].dedup)


def test_no_deferral_without_a_known_order() -> None:
    """An article whose place in the changelog is not known (its own or the other's) keeps its units."""
    for offsets in ({"afp-1": 10}, {"lemonde-7": 40}, {}):
        worker_a, work_a, worker_b, work_b = _simultaneous("afp-1", "lemonde-7")
        assert worker_a.recheck_batch(work_a, offsets.get) == 0
        assert worker_b.recheck_batch(work_b, offsets.get) == 0


def test_recheck_never_writes_to_the_memory() -> None:
    store = InMemoryFingerprintStore()
    pipeline = Pipeline(store=store)
    work = pipeline.begin_batch([_article("afp-1", WIRE)])
    size = len(store)
    pipeline.recheck_batch(work, {"afp-1": 5}.get)
    assert len(store) == size


def _mark(article_id: str, kind: str = "near") -> DuplicateMark:
    return DuplicateMark(kind, UnitRef(article_id, 0), 0.9)


def test_merge_keeps_first_pass_marks_and_defers_only_to_earlier_articles_outside_the_batch() -> None:
    first = DedupResult({1: _mark("aaa", "update")}, {}, {"units": 6, "repeated": 0, "by_kind": {"update": 1}})
    second = DedupResult(
        {
            0: _mark("bbb"),  # earlier in the changelog, another batch: deferred
            1: _mark("aaa"),  # the first pass said update: kept
            2: _mark("zzz"),  # later in the changelog: not deferred
            3: _mark("in-batch"),  # same batch: the first pass already compared it
            4: _mark("ccc", "update"),  # an update is parsed anyway
            5: _mark("mmm"),  # itself
            7: _mark("unknown"),  # no known place in the changelog
        },
        {(6, 0): _mark("abc", "exact"), (0, 1): _mark("abc", "exact")},
    )
    offsets = {"aaa": 1, "abc": 2, "bbb": 3, "ccc": 4, "in-batch": 5, "mmm": 6, "zzz": 7}
    merged, deferred = merge_recheck("mmm", first, second, {"mmm", "in-batch"}, offsets.get)
    assert set(merged.paragraphs) == {0, 1}
    assert merged.paragraphs[1].kind == "update"
    assert set(merged.sentences) == {(6, 0)}  # (0, 1) lies in a paragraph already deferred whole
    assert [(unit, mark.of.article_id) for unit, mark in deferred] == [("paragraph", "bbb"), ("sentence", "abc")]
    assert merged.summary == {"units": 6, "repeated": 2, "by_kind": {"exact": 1, "near": 1, "update": 1}}
    assert first.paragraphs.keys() == {1}  # the first result is not modified
