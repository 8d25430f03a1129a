"""Pipeline.warm_up runs the models and event rules once at start-up and leaves no trace."""

from __future__ import annotations

import pytest

from worker.metrics import REGISTRY
from worker.pipeline import Pipeline


def _counted() -> dict[str, float]:
    names = ("newsworker_sentences_parsed_total", "newsworker_units_seen_total", "newsworker_events_extracted_total")
    return {f"{s.name}{sorted(s.labels.items())}": s.value
            for family in REGISTRY.collect() for s in family.samples if s.name in names}


def test_warm_up_loads_both_models_and_counts_nothing() -> None:
    pytest.importorskip("spacy")
    pipeline = Pipeline()
    before = _counted()
    models = pipeline.warm_up()
    assert set(models) == {"fr", "en"} and all(models.values())
    assert _counted() == before  # no sentence, unit or event of the warm-up text in the metrics
    assert len(pipeline.deduplicator.store) == 0  # nor in the dedup memory
