"""Thresholds of the deduplication stage. See docs/dedup.md for why each value was chosen."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DedupSettings:
    # --- near: same text with small edits -------------------------------------------------------
    # Confirmation: rapidfuzz Indel similarity over the two word sequences (1 - (ins+del)/(len a+len b)).
    # 0.85 ~ one changed word in every ~6 words; below that we saw rewrites, not copies.
    near_similarity: float = 0.85
    # A copy whose only differences are stopwords, names and dates (a rewritten attribution: "she said"
    # -> "Lagarde said on Thursday") is near down to this similarity. A name replaced by another name is
    # an update (checked first), a negation on one side only is never near.
    near_attribution_similarity: float = 0.7
    # --- contained: heading / pull quote inside a longer unit -------------------------------------
    # Ordered containment = longest common word subsequence / words of the short unit.
    contained_ordered: float = 0.85
    # Word-bigram containment guards against a bag of common words scattered in a long paragraph.
    contained_bigram: float = 0.6
    # The short unit must be clearly shorter than the long one (otherwise it is "near").
    contained_max_length_ratio: float = 0.8
    # --- update: same text with a changed figure/date/name ----------------------------------------
    # Share of the longer unit's words that must be aligned unchanged for two units to be "the same
    # text" at all; below it a changed number is just two different sentences.
    update_min_overlap: float = 0.6
    # --- paraphrase -------------------------------------------------------------------------------
    paraphrase_enabled: bool = True
    # score = (containment + Dice) / 2 over content-word ids (lemma + stem, synonym classes: words.py);
    # predicate = Dice without names/figures. 0.4 (was 0.3): same-actor negatives reached 0.31-0.36.
    paraphrase_similarity: float = 0.5
    paraphrase_predicate: float = 0.4
    paraphrase_min_stems: int = 4
    # MinHash LSH over each sentence's content stems (cross-article candidates, in addition to those
    # sharing a word run): 6 bands x 2 rows, a pair at stem Jaccard 0.33 (Dice 0.5) collides with
    # p = 0.50, at Jaccard 0.5 with p = 0.82. 0 disables the index (saves ~20% of the store).
    paraphrase_bands: int = 6
    paraphrase_rows: int = 2
    # Paraphrase candidates from the story: the remembered paragraphs (at most related_paragraphs each,
    # in reading order) of the related_articles earlier articles whose paragraphs this article repeats
    # most (exact/near/contained/update). Costs one "a" key per article (~7 bytes per paragraph).
    # 0 disables it (no "a" key written).
    related_articles: int = 3
    related_paragraphs: int = 32
    # ... and only if one article is repeated at least this many times (one shared paragraph, a quote or
    # boilerplate, does not make two articles the same story); the other articles it repeats then join
    # as versions of that story (round 6: an update of the story repeated once).
    related_min_repeats: int = 2
    # A paraphrase or containment of another article's unit needs the two articles to tell the same story:
    # one copies a unit of the other (exact/near/update), or this share of the names of the article
    # naming fewer appear in the other (capitalized words not opening a sentence; the other's remembered
    # paragraphs). Labelled cross-article paraphrases share 0.70-0.89 of their names when nothing else is
    # copied; stock sentences of other stories 0.0-0.27 (docs/dedup.md, session 14). 0 turns the check off.
    story_min_name_share: float = 0.5
    # --- unit sizes -------------------------------------------------------------------------------
    # Units shorter than this (in words) are only ever marked as exact repeats.
    min_tokens: int = 4
    # Contained units need this many words: "Ukraine" alone is inside every paragraph.
    min_contained_tokens: int = 5
    # --- candidate index (cross-article) ----------------------------------------------------------
    # Winnowing over word k-grams: any shared run of >= shingle_k + winnow_w - 1 words is found.
    shingle_k: int = 3
    winnow_w: int = 8
    # MinHash LSH over word bigrams of each paragraph: bands x rows permutations. Off by default: with
    # every query 3-gram looked up (and min_shared_keys=1) it found nothing more on the fixtures or the
    # benchmark, for ~100 bytes per paragraph. 6 x 4: a pair at bigram Jaccard 0.7 collides in some band
    # with p = 0.81, at 0.8 with p = 0.96, at 0.9 with p = 0.9995.
    lsh_bands: int = 0
    lsh_rows: int = 4
    # A bucket keeps at most this many unit ids (oldest kept): bounds lookup cost for common k-grams.
    max_bucket: int = 16
    # A unit with more than 12 query keys needs this many shared keys for a candidate to be confirmed as
    # exact/near/contained/update (others still go to the paraphrase measure). 1: an update that changes
    # two figures of one sentence leaves one shared word run, of which the store may keep one k-gram.
    min_shared_keys: int = 1
    # Candidates confirmed per unit at most (best by number of shared keys).
    max_candidates: int = 12
