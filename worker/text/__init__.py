"""Text stage: normalization and segmentation into paragraphs and sentences (no Kafka, no spaCy)."""

from worker.text.normalize import normalize_for_match, word_tokens
from worker.text.segment import Paragraph, Sentence, segment_body

__all__ = ["Paragraph", "Sentence", "normalize_for_match", "segment_body", "word_tokens"]
