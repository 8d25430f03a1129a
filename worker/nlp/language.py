"""Language identification for articles that come without `language`."""

from __future__ import annotations

from functools import cache

_SAMPLE_CHARS = 2000  # enough for a reliable guess; keeps detection cheap on huge bodies


@cache
def _identifier():
    # py3langid ships its model inside the wheel (npz, loaded without pickle): no download.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language ("und" when there is nothing to judge)."""
    sample = text[:_SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return "und"
    language, _probability = _identifier().classify(sample)
    return language
