"""Copies of one story deduplicated by two workers at the same moment: the second look
(worker.dedup.concurrent) makes exactly one of them parse the shared text."""

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


@pytest.mark.parametrize(("wire_id", "copy_id"), [("afp-1", "lemonde-7"), ("zeit-9", "ansa-2")])
def test_exactly_one_of_two_simultaneous_copies_defers(wire_id: str, copy_id: str) -> None:
    worker_a, work_a, worker_b, work_b = _simultaneous(wire_id, copy_id)
    deferred_a = worker_a.recheck_batch(work_a)
    deferred_b = worker_b.recheck_batch(work_b)
    # The article whose id sorts later leaves the three shared paragraphs to the other.
    if wire_id < copy_id:
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


def test_recheck_never_writes_to_the_memory() -> None:
    store = InMemoryFingerprintStore()
    pipeline = Pipeline(store=store)
    work = pipeline.begin_batch([_article("afp-1", WIRE)])
    size = len(store)
    pipeline.recheck_batch(work)
    assert len(store) == size


def _mark(article_id: str, kind: str = "near") -> DuplicateMark:
    return DuplicateMark(kind, UnitRef(article_id, 0), 0.9)


def test_merge_keeps_first_pass_marks_and_defers_only_to_smaller_ids_outside_the_batch() -> None:
    first = DedupResult({1: _mark("aaa", "update")}, {}, {"units": 6, "repeated": 0, "by_kind": {"update": 1}})
    second = DedupResult(
        {
            0: _mark("bbb"),  # smaller id, another batch: deferred
            1: _mark("aaa"),  # the first pass said update: kept
            2: _mark("zzz"),  # larger id: not deferred
            3: _mark("in-batch"),  # same batch: the first pass already compared it
            4: _mark("ccc", "update"),  # an update is parsed anyway
            5: _mark("mmm"),  # itself
        },
        {(6, 0): _mark("abc", "exact"), (0, 1): _mark("abc", "exact")},
    )
    merged, deferred = merge_recheck("mmm", first, second, {"mmm", "in-batch"})
    assert set(merged.paragraphs) == {0, 1}
    assert merged.paragraphs[1].kind == "update"
    assert set(merged.sentences) == {(6, 0)}  # (0, 1) lies in a paragraph already deferred whole
    assert [(unit, mark.of.article_id) for unit, mark in deferred] == [("paragraph", "bbb"), ("sentence", "abc")]
    assert merged.summary == {"units": 6, "repeated": 2, "by_kind": {"exact": 1, "near": 1, "update": 1}}
    assert first.paragraphs.keys() == {1}  # the first result is not modified
