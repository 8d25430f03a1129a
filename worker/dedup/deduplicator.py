"""The deduplication stage: marks repeated paragraphs/sentences inside an article and against earlier
articles (via a FingerprintStore), then remembers this article's new units.

Pure: no Kafka, no spaCy. Deterministic: same inputs and same store contents give the same marks.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from worker.dedup import record as rec
from worker.dedup.fingerprint import (
    NAME,
    WORD,
    Unit,
    anchored_kgrams,
    clause_starts,
    concat,
    exact_hash,
    kgram_hashes,
    minhash_bands,
    quote_starts,
    speech_starts,
    winnow,
)
from worker.dedup.marks import DedupResult, DuplicateMark, UnitRef
from worker.dedup.paraphrase import REPORT_IDS, ParaphraseMatcher
from worker.dedup.settings import DedupSettings
from worker.dedup.similarity import Match, View, better, compare
from worker.dedup.store import (
    FingerprintStore,
    InMemoryFingerprintStore,
    ReadCache,
    akey,
    bucket_add,
    bucket_uids,
    hkey,
    ukey,
)
from worker.dedup.words import FUTURE, PAST, detect_lang
from worker.text.segment import Paragraph

_DEFAULT_SETTINGS = DedupSettings()
MIN_SHARE = 0.45  # see Deduplicator._could_repeat
_COPY_KINDS = frozenset({"exact", "near", "update"})  # a unit copied from another article: the same story


class _Article:
    """The article being processed: its units, their comparable views, and a record cache."""

    def __init__(self, article_id: str, source: str | None, paras: list[Unit], sents: dict[int, list[Unit]]) -> None:
        self.article_id = article_id
        self.paras = paras
        self.sents = sents
        # order: reading position, used to prefer the earliest carrier among equal matches
        self.pviews = [
            Deduplicator._view(u, UnitRef(article_id, u.paragraph, None, source), order=i * 1000)
            for i, u in enumerate(paras)
        ]
        self.svews: dict[int, list[View]] = {
            u.paragraph: [
                Deduplicator._view(x, UnitRef(article_id, u.paragraph, x.sentence, source), order=i * 1000 + 1 + j)
                for j, x in enumerate(sents[u.paragraph])
            ]
            for i, u in enumerate(paras)
        }
        self.cache: dict[bytes, rec.StoredParagraph | None] = {}
        self.related: list[rec.StoredParagraph] = []  # paraphrase candidates (Deduplicator._related_paragraphs)
        # this article's own remembered paragraphs (a redelivery) are never candidates
        self.own = frozenset(rec.uid_of(article_id, u.exact) for u in paras)
        # who and where the article is about: capitalized words that do not open a sentence
        self.names = frozenset(
            x.hashes[i] for units in sents.values() for x in units for i, k in enumerate(x.kinds) if k == NAME and i > 0
        )
        self.copied: set[str] = set()  # earlier articles this one has an exact/near/updated unit of
        self.story_names: dict[str, frozenset[int]] = {}  # names of earlier articles (Deduplicator._same_story)


class Deduplicator:
    def __init__(self, store: FingerprintStore | None = None, settings: DedupSettings = _DEFAULT_SETTINGS) -> None:
        self.store: FingerprintStore = store if store is not None else InMemoryFingerprintStore()
        self.settings = settings
        self.paraphrase = ParaphraseMatcher(settings)
        self._reader = ReadCache(self.store)
        self._views: dict[tuple, View] = {}
        self._wordsets: dict[int, frozenset[int]] = {}

    # ------------------------------------------------------------------ public
    def process(self, article_id: str, source: str | None, paragraphs: Sequence[Paragraph]) -> DedupResult:
        self._reader = ReadCache(self.store)
        self._views = {}  # keyed by id() of records cached in _Article.cache: valid for this article only
        self._wordsets = {}
        paras, sents = self._units(paragraphs)
        self.paraphrase.begin(frozenset(h for u in paras for h in u.hashes))  # what the article mentions
        a = _Article(article_id, source, paras, sents)
        pmatch = self._paragraph_pass(a)
        smatch = self._sentence_pass(a, pmatch)
        result = self._result(article_id, pmatch, smatch, paras, sents)
        self._remember(article_id, source, paras, sents, result)
        return result

    def _paragraph_pass(self, a: _Article) -> dict[int, Match]:
        """Each paragraph as a whole against earlier paragraphs (and, for containment, later ones) and
        against the store."""
        s = self.settings
        pmatch: dict[int, Match] = {}
        pending: list[tuple[int, list[rec.StoredParagraph]]] = []  # no repeat found: paraphrase candidates
        near_by_index: dict[int, list[rec.StoredParagraph]] = {}
        for i, (u, v) in enumerate(zip(a.paras, a.pviews, strict=True)):
            best: Match | None = None
            single = len(a.sents[u.paragraph]) == 1
            for j, w in enumerate(a.pviews):
                if j < i:
                    best = better(compare(v, w, s), best)
                    if single and len(a.svews[a.paras[j].paragraph]) > 1:
                        # a one-sentence paragraph repeating one sentence of a longer paragraph
                        for sv in a.svews[a.paras[j].paragraph]:
                            best = better(compare(v, sv, s, contained=False, b_is_part=True), best)
                elif j > i:  # a pull quote often comes *before* the paragraph it quotes
                    best = better(compare(v, w, s, full=False), best)
            vh = self._hview(v, u)
            cands, weak = self._candidates(u, a.sents[u.paragraph], a.own, a.cache, paragraph_level=True)
            near_by_index[i] = cands + weak
            for sp in cands:
                if not self._could_repeat(u.hashes, sp):
                    continue
                best = better(compare(vh, self._stored_view(sp), s), best)
                if single and len(sp.sentence_starts) > 1:
                    for sv in self._stored_sentence_views(sp):
                        best = better(compare(vh, sv, s, contained=False, b_is_part=True), best)
            if best is not None:
                pmatch[u.paragraph] = best
            else:
                pending.append((i, near_by_index[i]))
        a.copied.update(m.of.article_id for m in pmatch.values() if m.kind in _COPY_KINDS)
        for i, u in enumerate(a.paras):
            if not self._same_story(a, pmatch.get(u.paragraph)):
                del pmatch[u.paragraph]  # another story's stock sentence: looked at again as new
                pending.append((i, near_by_index[i]))
        pending.sort(key=lambda item: item[0])
        if not s.paraphrase_enabled:
            return pmatch
        # Paraphrases once every copy is known: the paragraphs of the earlier articles this one copies
        # from are candidates too (a rewrite of a wire story restates its other paragraphs).
        a.related = self._related_paragraphs(a, pmatch)
        self.paraphrase.related = frozenset(m.of.article_id for m in pmatch.values() if m.order < 0)
        for i, near_cands in pending:  # (a paraphrase match never changes what _forward reads)
            u = a.paras[i]
            single = len(a.sents[u.paragraph]) == 1
            earlier: list[tuple[Unit, View]] = []
            for j in range(i):
                pj = a.paras[j].paragraph
                if self._forward(pj, pmatch):
                    continue
                earlier.append((a.paras[j], a.pviews[j]))
                if single and len(a.sents[pj]) > 1:
                    earlier.extend(zip(a.sents[pj], a.svews[pj], strict=True))
            stored = self._merge(
                near_cands,
                self.paraphrase.stored_candidates(self._reader, a.sents[u.paragraph], a.own, a.cache) + a.related,
            )
            # Round 6: a candidate found only by the stem LSH or the story is confirmed by every measure
            # first (a pull quote of a story paragraph is `contained`, not a paraphrase).
            best = self._confirm_extra(a.pviews[i], u, stored[len(near_cands) :], single)
            best = self._in_story(a, best)
            if best is None:
                best = self.paraphrase.best(u, earlier, stored)
                best = self._in_story(a, best)
            if best is not None:
                pmatch[u.paragraph] = best
                if best.kind in _COPY_KINDS:
                    a.copied.add(best.of.article_id)
        return pmatch

    def _confirm_extra(
        self, v: View, u: Unit, extra: list[rec.StoredParagraph], single: bool, paragraph: bool = True
    ) -> Match | None:
        """exact/near/contained/update against candidates that only the paraphrase sources gave."""
        s = self.settings
        vh = self._hview(v, u)
        best: Match | None = None
        for sp in extra:
            if not self._could_repeat(u.hashes, sp):
                continue
            if paragraph:  # as in the paragraph pass
                best = better(compare(vh, self._stored_view(sp), s), best)
                if single and len(sp.sentence_starts) > 1:
                    for sv in self._stored_sentence_views(sp):
                        best = better(compare(vh, sv, s, contained=False, b_is_part=True), best)
            else:  # as in the sentence pass
                for sv in self._stored_sentence_views(sp):
                    best = better(compare(vh, sv, s), best)
                best = better(compare(vh, self._stored_view(sp), s, full=False), best)
        return best

    def _in_story(self, a: _Article, m: Match | None) -> Match | None:
        """`m`, or None when it is another story's stock sentence (_same_story)."""
        return m if self._same_story(a, m) else None

    def _same_story(self, a: _Article, m: Match | None) -> bool:
        """False for a paraphrase or containment of another article's unit when the two articles tell
        different stories: this one copies no unit of the other (exact, near, update), and fewer than
        `story_min_name_share` of the names of the one naming fewer appear in the other. Stock sentences
        recur across stories about other actors ("L'Union africaine a appelé les deux pays à la retenue" /
        "Pékin … a appelé les deux pays à la retenue"; "Iraq condemned the strikes as a violation of its
        sovereignty" / "Georgetown condemned the seizure as …"): each is news in its own story, and its
        events must be extracted there. A rewrite of a wire story shares its people and places."""
        share = self.settings.story_min_name_share
        if m is None or share <= 0 or m.kind not in ("paraphrase", "contained"):
            return True
        other = m.of.article_id
        if other == a.article_id or other in a.copied:
            return True
        theirs = self._story_names(a, other)
        if not theirs or not a.names:
            return True  # nothing to compare: the text measures decide alone
        return len(a.names & theirs) >= share * min(len(a.names), len(theirs))

    def _story_names(self, a: _Article, article_id: str) -> frozenset[int]:
        """Names in the remembered paragraphs of an earlier article (as in _Article.names)."""
        names = a.story_names.get(article_id)
        if names is None:
            found: set[int] = set()
            for _, sp in self._article_paragraphs(a, article_id):
                starts = set(sp.sentence_starts)
                n = len(sp.hashes)
                found.update(
                    sp.hashes[p] for p, (k, _) in sp.salient.items() if k == NAME and p < n and p not in starts
                )
            names = a.story_names[article_id] = frozenset(found)
        return names

    def _related_paragraphs(self, a: _Article, pmatch: dict[int, Match]) -> list[rec.StoredParagraph]:
        """The remembered paragraphs of the (at most `related_articles`) earlier articles that this
        article's paragraphs repeat (exact/near/contained/update), most repeated first: paraphrase
        candidates that need no shared word run nor a stem-LSH collision."""
        s = self.settings
        if s.related_articles <= 0:
            return []
        counts = Counter(m.of.article_id for m in pmatch.values() if m.order < 0)
        # Round 6: the repeats may be spread over several versions of one story (a copy of the first
        # article, an update of the second, ...): once one article is repeated at least
        # related_min_repeats times (the story), every other article this one repeats is a version of it.
        story = max(counts.values(), default=0) >= s.related_min_repeats
        ranked = [kv for kv in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if story]
        out: list[rec.StoredParagraph] = []
        for article_id, _ in ranked[: s.related_articles]:
            out.extend(sp for uid, sp in self._article_paragraphs(a, article_id) if uid not in a.own)
        return out

    def _article_paragraphs(self, a: _Article, article_id: str) -> list[tuple[bytes, rec.StoredParagraph]]:
        """(uid, record) of the remembered paragraphs of an earlier article, in reading order (at most
        `related_paragraphs`)."""
        uids = bucket_uids(self._reader.get(akey(article_id)))[: self.settings.related_paragraphs]
        # (a 32-bit key can be shared by two article ids: keep that article's paragraphs only)
        return [(uid, sp) for uid in uids
                if (sp := rec.cached_record(self._reader, uid, a.cache)) is not None and sp.article_id == article_id]

    def _sentence_pass(self, a: _Article, pmatch: dict[int, Match]) -> dict[tuple[int, int], Match]:
        """Sentences of paragraphs not marked as a whole, against earlier sentences and the store."""
        s = self.settings
        smatch: dict[tuple[int, int], Match] = {}
        earlier_sents: list[tuple[Unit, View]] = []
        for i, u in enumerate(a.paras):
            units = a.sents[u.paragraph]
            if u.paragraph in pmatch or len(units) == 1:
                earlier_sents.extend(zip(units, a.svews[u.paragraph], strict=True))
                continue
            for x, xv in zip(units, a.svews[u.paragraph], strict=True):
                best: Match | None = None
                for y, yv in earlier_sents:
                    if not self._forward(y.paragraph, pmatch):
                        best = better(compare(xv, yv, s), best)
                for j in range(i):  # a sentence quoted inside an earlier paragraph
                    best = better(compare(xv, a.pviews[j], s, full=False), best)
                xh = self._hview(xv, x)
                cands, weak = self._candidates(x, [x], a.own, a.cache, paragraph_level=False)
                for sp in cands:
                    if not self._could_repeat(x.hashes, sp):
                        continue
                    for sv in self._stored_sentence_views(sp):
                        best = better(compare(xh, sv, s), best)
                    best = better(compare(xh, self._stored_view(sp), s, full=False), best)
                best = self._in_story(a, best)
                if best is None and s.paraphrase_enabled:
                    stored = self._merge(
                        cands + weak, self.paraphrase.stored_candidates(self._reader, [x], a.own, a.cache) + a.related
                    )
                    best = self._confirm_extra(xv, x, stored[len(cands) :], False, paragraph=False)
                    best = self._in_story(a, best)
                if best is None and s.paraphrase_enabled:
                    earlier = [(y, yv) for y, yv in earlier_sents if not self._forward(y.paragraph, pmatch)]
                    best = self.paraphrase.best(x, earlier, stored)
                    best = self._in_story(a, best)
                if best is not None:
                    smatch[(u.paragraph, x.sentence)] = best
                    if best.kind in _COPY_KINDS:
                        a.copied.add(best.of.article_id)
                earlier_sents.append((x, xv))
        return smatch

    def remember(self, article_id: str, source: str | None, paragraphs: Sequence[Paragraph]) -> None:
        """Backfill: write an article's fingerprints without looking anything up (e.g. to warm a new
        store from an archive, or in the benchmark). Every unit is treated as new."""
        self.paraphrase.begin()
        paras, sents = self._units(paragraphs)
        self._remember(article_id, source, paras, sents, DedupResult())

    @staticmethod
    def _units(paragraphs: Sequence[Paragraph]) -> tuple[list[Unit], dict[int, list[Unit]]]:
        sents: dict[int, list[Unit]] = {}
        paras: list[Unit] = []
        lang = detect_lang(w for p in paragraphs for w in p.text.casefold().split())
        for p in paragraphs:
            units = [Unit.build(p.index, x.index, x.text, lang) for x in p.sentences] or [
                Unit.build(p.index, 0, p.text, lang)
            ]
            sents[p.index] = units
            paras.append(concat(p.index, units, p.text))
        return paras, sents

    @staticmethod
    def _merge(a: list[rec.StoredParagraph], b: list[rec.StoredParagraph]) -> list[rec.StoredParagraph]:
        """Paraphrase candidates: those sharing a word run (k-gram index) plus the stem-LSH ones (and the
        paragraphs of related articles), each once."""
        seen = {(x.article_id, x.paragraph) for x in a}
        out = list(a)
        for x in b:
            if (x.article_id, x.paragraph) not in seen:
                seen.add((x.article_id, x.paragraph))
                out.append(x)
        return out

    @staticmethod
    def _forward(paragraph: int, pmatch: dict[int, Match]) -> bool:
        """A unit marked as contained in a *later* paragraph is no lineage target for what follows it:
        its words first appear (for the reader of clean_text) in that later paragraph."""
        m = pmatch.get(paragraph)
        return m is not None and m.order >= 0 and m.of.paragraph > paragraph

    # ------------------------------------------------------------------ lineage + result
    def _result(
        self,
        article_id: str,
        pmatch: dict[int, Match],
        smatch: dict[tuple[int, int], Match],
        paras: list[Unit],
        sents: dict[int, list[Unit]],
    ) -> DedupResult:
        def resolve(of: UnitRef, depth: int = 0) -> UnitRef:
            """Point at the first carrier: follow in-article targets that are themselves repeats."""
            if of.article_id != article_id or depth > 8:
                return of
            pm = pmatch.get(of.paragraph)
            if pm is not None and pm.kind != "update":
                return resolve(pm.of, depth + 1)
            if of.sentence is not None:
                sm = smatch.get((of.paragraph, of.sentence))
                if sm is not None and sm.kind != "update":
                    return resolve(sm.of, depth + 1)
            return of

        res = DedupResult()
        for p, m in pmatch.items():
            res.paragraphs[p] = DuplicateMark(m.kind, resolve(m.of), round(m.score, 4), m.changes)
        for key, m in smatch.items():
            of = resolve(m.of)
            if of.article_id == article_id and of.paragraph == key[0] and of.sentence in (None, key[1]):
                continue  # would point at itself through a forward containment: not a repeat
            res.sentences[key] = DuplicateMark(m.kind, of, round(m.score, 4), m.changes)
        marks = list(res.paragraphs.values()) + list(res.sentences.values())
        n_units = sum(len(v) if len(v) > 1 else 0 for v in sents.values()) + len(paras)
        res.summary = {
            "units": n_units,
            "repeated": sum(1 for m in marks if m.is_repeat),
            "by_kind": dict(sorted(Counter(m.kind for m in marks).items())),
        }
        return res

    # ------------------------------------------------------------------ views
    @staticmethod
    def _view(u: Unit, ref: UnitRef, order: int) -> View:
        return View(u.norms, u.kinds, u.raws, ref, u.exact, order, u.bounds, u.kicker)

    @staticmethod
    def _hview(v: View, u: Unit) -> View:
        """The same unit as 16-bit word ids, comparable with what the store remembers."""
        return View(u.hashes, v.kinds, v.raws, v.ref, u.exact_id, v.order, v.bounds, v.kicker)

    def _stored_view(
        self, sp: rec.StoredParagraph, start: int = 0, end: int | None = None, sentence: int | None = None
    ) -> View:
        """A remembered paragraph (or one of its sentences) as a View; cached while the article is
        processed (the paragraph pass and the sentence pass confirm the same candidates)."""
        end = len(sp.hashes) if end is None else end
        key = (id(sp), start, end, sentence)
        v = self._views.get(key)
        if v is not None:
            return v
        n = end - start
        kinds: list[str] = [WORD] * n
        raws: list[str | None] = [None] * n
        for pos, (kind, raw) in sp.salient.items():
            if start <= pos < end:
                kinds[pos - start] = kind
                raws[pos - start] = raw
        ref = UnitRef(sp.article_id, sp.paragraph, sentence, sp.source)
        bounds = tuple(b - start for b in sp.sentence_starts if start <= b < end) or (0,)
        if sentence is not None and sentence < len(sp.sentence_exact):
            exact: int | None = sp.sentence_exact[sentence]
        elif start == 0 and end == len(sp.hashes):
            exact = sp.exact
        else:
            exact = None
        v = View(tuple(sp.hashes[start:end]), tuple(kinds), tuple(raws), ref, exact, -1, bounds)
        self._views[key] = v
        return v

    def _could_repeat(self, seq: tuple[int, ...], sp: rec.StoredParagraph) -> bool:
        """Cheap bound before any alignment: the words of seq found anywhere in the remembered paragraph
        bound the LCS with it and with each of its sentences. exact/near/update need >= 0.6 of seq
        aligned, contained >= 0.85 of it (>= 0.47 with a rewritten edge or a topic label): below
        MIN_SHARE no confirmation can succeed (the paraphrase measure still sees the candidate)."""
        words = self._wordsets.get(id(sp))
        if words is None:
            words = self._wordsets[id(sp)] = frozenset(sp.hashes)
        return sum(1 for w in seq if w in words) >= MIN_SHARE * len(seq)

    def _stored_sentence_views(self, sp: rec.StoredParagraph) -> list[View]:
        out = []
        for i, flag in enumerate(sp.sentence_flags):
            if flag & rec.FLAG_REPEAT:
                continue
            a, b = sp.sentence_span(i)
            out.append(self._stored_view(sp, a, b, i if len(sp.sentence_starts) > 1 else None))
        return out

    # ------------------------------------------------------------------ store side
    def _query_keys(self, sentences: list[Unit], paragraph_level: bool, whole: Unit | None = None) -> list[str]:
        s = self.settings
        keys: list[str] = []
        seen: set[int] = set()
        for x in sentences:  # all k-grams on the query side; the stored side is winnowed
            for h in kgram_hashes(x.hashes, x.norms, s.shingle_k):
                if h not in seen:
                    seen.add(h)
                    keys.append(hkey("k", h))
        if whole is not None:
            keys.append(hkey("x", exact_hash(whole.exact)))
        if paragraph_level and whole is not None and len(whole) >= s.min_tokens:
            keys.extend(hkey("b", h) for h in minhash_bands(whole.hashes, s.lsh_bands, s.lsh_rows))
        return keys

    def _candidates(
        self,
        whole: Unit,
        sentences: list[Unit],
        own: frozenset[bytes],
        cache: dict[bytes, rec.StoredParagraph | None],
        paragraph_level: bool,
    ) -> tuple[list[rec.StoredParagraph], list[rec.StoredParagraph]]:
        """(strong, weak) candidates: strong ones may be exact/near/contained/update repeats."""
        if len(whole) == 0:
            return [], []
        hits: Counter[bytes] = Counter()
        keys = self._query_keys(sentences, paragraph_level, whole)
        for key in keys:
            weight = 2 if key[0] in "bx" else 1  # an exact-text or MinHash band collision is strong evidence
            for uid in bucket_uids(self._reader.get(key)):
                hits[uid] += weight
        # One shared word run out of many is chance (common phrases); a short unit (heading, pull quote)
        # has few k-grams, of which the stored side kept maybe one, so one hit is enough there.
        # (Weak candidates still go to the paraphrase matcher, which rejects them cheaply on stems.)
        need = 1 if len(keys) <= 12 else self.settings.min_shared_keys
        # most shared keys first; uid bytes break ties so the order never depends on dict history
        ranked = sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))[: self.settings.max_candidates]
        strong: list[rec.StoredParagraph] = []
        weak: list[rec.StoredParagraph] = []
        for uid, n in ranked:
            sp = rec.cached_record(self._reader, uid, cache)
            # Never match an article against itself: a redelivered message must get the same marks.
            if sp is not None and uid not in own:
                (strong if n >= need else weak).append(sp)
        return strong, weak

    def _remember(
        self,
        article_id: str,
        source: str | None,
        paras: list[Unit],
        sents: dict[int, list[Unit]],
        result: DedupResult,
    ) -> None:
        s = self.settings
        remembered: list[bytes] = []
        for u in paras:
            mark = result.paragraphs.get(u.paragraph)
            if mark is not None and mark.is_repeat:
                continue  # only first carriers are remembered: lineage always points at them
            units = sents[u.paragraph]
            starts, flags, pos = [], [], 0
            for x in units:
                starts.append(pos)
                pos += len(x)
                flag = rec.FLAG_REPEAT if result.is_repeat(u.paragraph, x.sentence) and len(units) > 1 else 0
                g = self.paraphrase.gist(x)
                if g.negated:
                    flag |= rec.FLAG_NEGATED
                if FUTURE in g.tenses:
                    flag |= rec.FLAG_FUTURE
                if PAST in g.tenses:
                    flag |= rec.FLAG_PAST
                flags.append(flag)
            salient = {i: (k, r) for i, (k, r) in enumerate(zip(u.kinds, u.raws, strict=True)) if k != WORD}
            sp = rec.StoredParagraph(
                article_id,
                source,
                u.paragraph,
                u.hashes,
                tuple(starts),
                tuple(flags),
                salient,
                u.exact_id,
                tuple(x.exact_id for x in units),
            )
            uid = rec.uid_of(article_id, u.exact)
            # The record first, then the index keys pointing at it (a reader never sees a dangling hit
            # from a half-written paragraph on the same store).
            self.store.put(ukey(uid), rec.encode(sp))
            # Exact key: the paragraph stays findable as a whole even when every sentence was a repeat
            # (no k-gram of it is indexed then).
            bucket_add(self.store, hkey("x", exact_hash(u.exact)), uid, s.max_bucket)
            for x, f in zip(units, flags, strict=True):
                if f & rec.FLAG_REPEAT or len(x) == 0:
                    continue
                kept = set(winnow(kgram_hashes(x.hashes, x.norms, s.shingle_k), s.winnow_w))
                starts = quote_starts(x.text) + speech_starts(x.hashes, x.norms, REPORT_IDS) + clause_starts(x.text)
                kept.update(anchored_kgrams(x.hashes, x.norms, s.shingle_k, starts))
                for h in sorted(kept):
                    bucket_add(self.store, hkey("k", h), uid, s.max_bucket)
            if len(u) >= s.min_tokens:
                for h in minhash_bands(u.hashes, s.lsh_bands, s.lsh_rows):
                    bucket_add(self.store, hkey("b", h), uid, s.max_bucket)
            if s.paraphrase_enabled:
                self.paraphrase.remember(self.store, uid, units, flags)
            remembered.append(uid)
        if remembered and s.related_articles > 0:
            # the article's remembered paragraphs, in order (one key per article, written once; a new
            # version under the same id adds its new paragraphs)
            key = akey(article_id)
            old = self.store.get(key) or b""
            have = set(bucket_uids(old))
            new = [x for x in remembered if x not in have]
            if new:
                self.store.put(key, (old + b"".join(new))[: s.related_paragraphs * rec.UID_BYTES])


def clean_text(paragraphs: Sequence[Paragraph], result: DedupResult) -> str:
    """Paragraphs joined by "\\n" without repeats (first occurrences and updates kept)."""
    out: list[str] = []
    for p in paragraphs:
        if result.is_repeat(p.index):
            continue
        if p.sentences and any(result.is_repeat(p.index, x.index) for x in p.sentences):
            kept = [x.text for x in p.sentences if not result.is_repeat(p.index, x.index)]
            if kept:
                out.append(" ".join(kept))
            continue
        out.append(p.text)
    return "\n".join(out)
