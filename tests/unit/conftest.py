"""Fixtures of the unit tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.events_harness import MODELS


@pytest.fixture(scope="session")
def nlps() -> dict[str, Any]:
    """Both spaCy pipelines, loaded once for every event-rule test."""
    spacy = pytest.importorskip("spacy")
    return {lang: spacy.load(name) for lang, name in MODELS.items()}
