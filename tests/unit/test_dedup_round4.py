"""Round 4 of the deduplicator: the near / contained / update boundary, containment guards, indirect
speech anchors, synonym classes read in their own language, names without classes, demonyms, and two
paraphrase vetoes (negation scope, same frame with another actor).

Texts are written for these tests (not taken from the evaluation sets), FR and EN, positives and
negatives.
"""

from __future__ import annotations

from worker.dedup import Deduplicator, InMemoryFingerprintStore
from worker.dedup.fingerprint import Unit, anchored_kgrams, kgram_hashes, speech_starts
from worker.dedup.paraphrase import REPORT_IDS, features, gist_of, other_filler
from worker.dedup.record import StoredParagraph, decode, encode
from worker.dedup.words import CLASS_CONFLICTS, canon, stem_key, word_id
from worker.text import segment_body


def _run(*articles: str) -> list:
    dedup = Deduplicator(InMemoryFingerprintStore())
    return [dedup.process(f"a{i}", f"s{i}", segment_body(body)) for i, body in enumerate(articles)]


def _features(a: str, b: str):
    return features(gist_of(Unit.build(0, 0, a, "en")), gist_of(Unit.build(0, 0, b, "en")))


# --- near / contained boundary ------------------------------------------------------------------
QUOTE_PARA = (
    "« Nous demandons à tous les automobilistes de rester prudents sur les routes du littoral », a déclaré "
    "le préfet de la Manche, Hélène Morel, lors d’une conférence de presse à Cherbourg. "
    "Les services de secours restent mobilisés toute la nuit."
)


def test_one_sentence_paragraph_copying_a_sentence_with_a_tense_change_is_contained() -> None:
    """Its words are inside the longer paragraph save two ("avait", "mardi"): contained, not near."""
    _, r = _run(
        QUOTE_PARA,
        "« Nous demandons à tous les automobilistes de rester prudents sur les routes du littoral », avait "
        "déclaré mardi le préfet de la Manche, Hélène Morel, lors d’une conférence de presse à Cherbourg.",
    )
    m = r.paragraphs[0]
    assert (m.kind, m.of.article_id, m.of.paragraph) == ("contained", "a0", 0)


def test_rewritten_attribution_of_a_short_quote_stays_near() -> None:
    """3 words of its own in 12 ("Morel said on Friday" for "she said"): an edited copy, near."""
    _, r = _run(
        "The mayor visited the flooded district. “We will rebuild every bridge,” she said.",
        "“We will rebuild every bridge,” Morel said on Friday.",
    )
    assert r.paragraphs[0].kind == "near"


def test_heading_with_topic_label_quoting_a_whole_sentence_is_contained() -> None:
    _, r = _run(
        "The governor spoke after the vote. “We will review our plans one quarter at a time.”",
        'Central bank: "We will review our plans one quarter at a time"',
    )
    m = r.paragraphs[0]
    assert (m.kind, m.of.article_id) == ("contained", "a0")


def test_changed_weekday_is_an_update_not_a_contained_quote() -> None:
    """The sentence is inside the long paragraph save its day: contained used to outrank the update."""
    _, r = _run(
        "Le vent soufflera fort sur toute la côte nord jusqu’à la fin de la semaine, selon les "
        "prévisionnistes de la station régionale. Les écoles de la ville resteront fermées jeudi, et les "
        "lignes de bus scolaires sont suspendues dans tout le canton.",
        "Les écoles de la ville resteront fermées vendredi, et les lignes de bus scolaires sont "
        "suspendues dans tout le canton.",
    )
    m = r.paragraphs[0]
    assert m.kind == "update"
    assert any(c.type == "date" and c.after == "vendredi" for c in m.changes)


def test_paragraph_adding_a_sentence_is_no_update_its_old_sentence_is() -> None:
    r = _run(
        "The utility said it had cut power to about 12,000 homes in the valley as a precaution.",
        "Two schools in the valley were closed on Friday. The utility said it had cut power to about "
        "12,000 homes in the valley as a precaution.",
        "The utility said it had cut power to about 15,000 homes in the valley as a precaution.",
    )
    second = r[1]
    assert 0 not in second.paragraphs
    assert second.sentences[(0, 1)].kind == "exact"


def test_figure_update_with_a_new_sentence_marks_only_the_sentence() -> None:
    _, r = _run(
        "The utility said it had cut power to about 12,000 homes in the valley as a precaution.",
        "Two schools in the valley were closed on Friday. The utility said it had cut power to about "
        "15,000 homes in the valley as a precaution.",
    )
    assert 0 not in r.paragraphs  # not an update of the whole paragraph: a sentence is new
    m = r.sentences[(0, 1)]
    assert m.kind == "update" and m.of.article_id == "a0"


def test_containment_does_not_skip_a_negation_before_the_quoted_verb() -> None:
    """An alignment that starts in the first sentence and jumps to the verb of the second must not
    skip the "n'a pas" in front of it."""
    _, r = _run(
        "Marc Durand a rappelé que la région ne voulait pas de conflit. Il n’a pas exclu que Lyon "
        "finance des travaux ciblés si les négociations avec Bruxelles échouaient.",
        "Marc Durand a exclu que Lyon finance des travaux ciblés, même si les négociations avec Bruxelles échouaient.",
    )
    assert 0 not in r.paragraphs


def test_quote_of_a_sentence_is_still_contained_across_a_negated_neighbour() -> None:
    _, r = _run(
        "Marc Durand a rappelé que la région ne voulait pas de conflit. Il a confirmé que Lyon "
        "financera des travaux ciblés si les négociations avec Bruxelles échouent.",
        "Lyon financera des travaux ciblés si les négociations avec Bruxelles échouent",
    )
    assert r.paragraphs[0].kind == "contained"


def test_reordered_passive_sentence_is_not_contained() -> None:
    """The edge words ("par le tribunal de Nantes") are the other sentence's own words, moved: a
    passive rewrite, not a quote with a rewritten subject."""
    (r,) = _run(
        "Le tribunal de Nantes a ouvert une information judiciaire pour fraude fiscale et blanchiment, "
        "confiée à la police judiciaire. Le directeur de la société n’a pas été entendu.\n"
        "Une information judiciaire pour fraude fiscale et blanchiment a été confiée à la police "
        "judiciaire par le tribunal de Nantes."
    )
    m = r.paragraphs.get(1)
    assert m is None or m.kind != "contained"


def test_quote_with_rewritten_subject_is_still_contained() -> None:
    _, r = _run(
        "Lors du sommet, la présidente et le chancelier « ont réaffirmé leur soutien à la reconstruction "
        "des écoles et des hôpitaux du pays », a indiqué la présidence.",
        "Les deux dirigeants ont réaffirmé leur soutien à la reconstruction des écoles et des hôpitaux du pays.",
    )
    assert r.paragraphs[0].kind == "contained"


# --- indirect speech anchors --------------------------------------------------------------------
def test_indirect_speech_start_is_an_anchor() -> None:
    u = Unit.build(0, 0, "La ministre a ajouté que toutes les pistes restaient ouvertes pour le budget.")
    starts = speech_starts(u.hashes, u.norms, REPORT_IDS)
    assert starts == (u.norms.index("que") + 1,)
    kept = anchored_kgrams(u.hashes, u.norms, 3, starts)
    heading = Unit.build(0, 0, "« Toutes les pistes restent ouvertes »")
    assert set(kgram_hashes(heading.hashes, heading.norms, 3)) & set(kept)
    # the verb may have complements before its "que"
    w = Unit.build(0, 0, "Le maire a déclaré à la radio locale que la ville ne voulait pas du projet.")
    assert speech_starts(w.hashes, w.norms, REPORT_IDS) == (w.norms.index("que") + 1,)
    # "que" after a word that is no report verb opens no quotation
    v = Unit.build(0, 0, "Il faut que toutes les pistes restent ouvertes.")
    assert speech_starts(v.hashes, v.norms, REPORT_IDS) == ()


def test_heading_quoting_indirect_speech_is_found_across_articles() -> None:
    _, r = _run(
        "La ministre des Finances a rencontré les syndicats jeudi. Elle a ajouté que toutes les pistes "
        "restaient ouvertes, y compris une hausse ciblée des cotisations patronales.",
        "« Toutes les pistes restent ouvertes »",
    )
    m = r.paragraphs[0]
    assert (m.kind, m.of.article_id) == ("contained", "a0")


# --- word classes -------------------------------------------------------------------------------
def test_english_class_words_keep_their_class_when_inflected() -> None:
    """ "urge", "report", "arrest" are also French forms; their English inflections still get the class."""
    assert CLASS_CONFLICTS == []
    for base, inflected in (("urge", "urged"), ("arrest", "arrested"), ("refuse", "refused"), ("remain", "remained")):
        assert canon(base).startswith("=") and canon(inflected).startswith("=")
        assert stem_key(word_id(base)) == stem_key(word_id(inflected))


def test_a_name_is_no_event_verb() -> None:
    """ "Rosa" lemmatizes like "rose" (class increase); as a name it is no event of the sentence."""
    g = gist_of(Unit.build(0, 0, "Fire chief Rosa Delgado said crews worked through the night.", "en"))
    assert not g.events
    h = gist_of(Unit.build(0, 0, "Prices rose sharply in the city.", "en"))
    assert h.events


def test_country_and_demonym_share_a_class() -> None:
    assert stem_key(word_id("allemagne")) == stem_key(word_id("allemand"))
    assert stem_key(word_id("germany")) == stem_key(word_id("german"))
    assert stem_key(word_id("france")) == stem_key(word_id("française"))
    assert stem_key(word_id("allemagne")) != stem_key(word_id("france"))
    # a restatement naming the countries where the other uses their adjectives is no "other people"
    f = features(
        gist_of(
            Unit.build(
                0, 0, "Les ministres de France et d’Allemagne ont discuté jeudi des droits de douane sur l’acier."
            )
        ),
        gist_of(
            Unit.build(
                0,
                0,
                "Le ministre français et son homologue allemand se sont entretenus jeudi des droits de "
                "douane sur l’acier.",
            )
        ),
    )
    assert f.veto is None


def test_job_cut_paraphrase_with_news_synonyms() -> None:
    _, r = _run(
        "The carmaker said it would cut 2,000 jobs worldwide by the end of 2026.",
        "The carmaker will shed 2,000 positions around the world by the end of 2026.",
    )
    m = r.paragraphs[0]
    assert (m.kind, m.of.article_id) == ("paraphrase", "a0")


def test_job_cut_with_another_figure_is_not_a_paraphrase() -> None:
    _, r = _run(
        "The carmaker said it would cut 2,000 jobs worldwide by the end of 2026.",
        "The carmaker will shed 5,000 positions around the world by the end of 2026.",
    )
    m = r.paragraphs.get(0)
    assert m is None or m.kind == "update"


# --- paraphrase vetoes --------------------------------------------------------------------------
def test_negation_moved_to_another_word_is_vetoed() -> None:
    """Each side negates once (parity equal), but not the same word: opposite statements."""
    f = _features(
        "The council approved the budget on Monday, adding that the vote had not been unanimous.",
        "The council did not approve the budget on Monday, adding that the vote had been unanimous.",
    )
    assert f.veto == "negation"


def test_negation_scope_stops_at_the_clause() -> None:
    """ "n'a pas exclu que le bilan…" negates "exclu", not "bilan": no veto against a restatement."""
    f = features(
        gist_of(Unit.build(0, 0, "La mairie n’a pas exclu que le bilan des inondations s’alourdisse encore.")),
        gist_of(Unit.build(0, 0, "Selon la mairie, le bilan des inondations pourrait encore s’alourdir.")),
    )
    assert f.veto is None


def test_same_frame_with_another_actor_is_not_a_paraphrase() -> None:
    a = gist_of(Unit.build(0, 0, "A spokesman for the city council did not return calls seeking comment.", "en"))
    b = gist_of(Unit.build(0, 0, "A spokesman for the regional hospital did not return calls seeking comment.", "en"))
    assert other_filler(a, b)
    _, r = _run(
        "A spokesman for the regional hospital did not return calls seeking comment.",
        "A spokesman for the city council did not return calls seeking comment.",
    )
    assert 0 not in r.paragraphs


def test_one_for_one_rewording_in_the_same_frame_is_no_other_actor() -> None:
    a = gist_of(
        Unit.build(0, 0, "Both ministers pledged to stay in close touch with EU partners, the statement said.", "en")
    )
    b = gist_of(
        Unit.build(0, 0, "The two ministers agreed to remain in close contact with European Union partners.", "en")
    )
    assert not other_filler(a, b)


# --- store --------------------------------------------------------------------------------------
def test_records_of_format_3_are_ignored() -> None:
    """Word ids changed with the classes: a v3 record is not compared with v4 ids."""
    sp = StoredParagraph("a1", None, 0, (1, 2, 3), (0,), (0,), {})
    raw = encode(sp)
    assert raw[0] == 4 and decode(raw) is not None
    assert decode(bytes([3]) + raw[1:]) is None
