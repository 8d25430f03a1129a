"""Paraphrase: the same statement in other words, guarded so two facts about the same actors differ.

No parser exists at this stage, so the signal is lexical and cheap:
  * content stems: the word ids (words.canon: lemma + Snowball stem, or synonym class) of the tokens
    that are not stopwords, negations or attribution verbs; figures kept whole;
  * score: share of the later unit's stems found in the earlier one (containment: a short restatement
    of a long sentence counts) combined with Dice (so a long unit is not a paraphrase of a few words);
  * guards, any one of which vetoes: a figure of the shorter unit missing from the longer, two different
    weekdays/months, a negation on one side only, >1 capitalized name of either side absent from the
    other, too little overlap *outside* names (same actors, different predicate = different fact), and
    event classes (data/synonyms.tsv: meet, visit, agree, deploy...) on both sides with none in common.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from rapidfuzz.distance import Indel

from worker.dedup.fingerprint import DATE, NAME, NUMBER, WORD, Unit, minhash_set_bands
from worker.dedup.lexicon import (
    NEGATION_PARTICLES_FR,
    NEGATION_SECOND_FR,
    NEGATIONS,
    NEGATIVE_VERB_STEMS,
    STOPWORDS,
)
from worker.dedup.marks import UnitRef
from worker.dedup.record import FLAG_FUTURE, FLAG_NEGATED, FLAG_PAST, FLAG_REPEAT, StoredParagraph, cached_record
from worker.dedup.settings import DedupSettings
from worker.dedup.similarity import Match, View, better
from worker.dedup.store import FingerprintStore, ReadCache, bucket_add, bucket_uids, hkey
from worker.dedup.words import (
    FUTURE,
    PAST,
    class_ids,
    name_key,
    plain_id,
    stem_key,
    tense_at,
    word_id,
)

# News agencies named in attribution ("selon l'AFP", "told Reuters"): a name two units share that says
# nothing about what they are about.
AGENCY_KEYS = frozenset(
    name_key(word_id(w)) for w in "afp reuters ap bloomberg dpa ansa efe belga xinhua kyodo yonhap".split()
)
SUMMARY_RATIO = 0.6  # a unit with fewer content words than this share of the other's is a summary
STEM_LEN = 5  # negative verbs are matched on 5-character prefixes (lexicon.NEGATIVE_VERB_STEMS)
EVENT_IDS = class_ids("event")
REPORT_IDS = class_ids("report")
# Word ids that are never content: stopwords and negations keep their own form (words.canon), single
# letters are elisions ("l", "d"), attribution verbs say who said it, not what.
NON_CONTENT_IDS = (
    frozenset(plain_id(w) for w in STOPWORDS | NEGATIONS | frozenset("abcdefghijklmnopqrstuvwxyz")) | REPORT_IDS
)


@dataclass(frozen=True, slots=True)
class Gist:
    """What paraphrase matching needs of a unit; stems are 16-bit ids so stored units compare too."""

    stems: frozenset[int]
    names: frozenset[int]
    numbers: frozenset[int]
    dates: frozenset[int]
    negated: bool
    events: frozenset[int] = frozenset()
    tenses: frozenset[str] = frozenset()  # tenses of its event verbs (FUTURE, PAST)
    ref: UnitRef | None = None
    order: int = 0
    # content words in the scope of a negation cue ("did not [discuss]", "n'a pas [exclu] que…")
    negscope: frozenset[int] = frozenset()
    seq: tuple[int, ...] = ()  # the class keys of its words in order (template check)
    negheads: frozenset[int] = frozenset()  # the first content word after each negation cue
    negtails: frozenset[tuple[int, int]] = frozenset()  # (other word of a scope, its head)
    negclause: frozenset[int] = frozenset()  # content words of a clause with a negation cue

    @property
    def predicate(self) -> frozenset[int]:
        return self.stems - self.names - self.numbers - self.dates


# "didn't" is tokenized "didn" + "t": count the "t" only.
_NT_STEMS = frozenset("don didn doesn isn wasn aren weren hasn haven hadn shouldn wouldn couldn won".split())


# "avec ou sans", "with or without": both alternatives, no negation.
_ALTERNATIVE = frozenset({"ou", "or"})
_WITHOUT = frozenset({"sans", "without"})


def _is_alternative(prev: str | None, n: str) -> bool:
    return n in _WITHOUT and prev in _ALTERNATIVE


UNLESS_REACH = 8  # tokens after "à moins que" where a "ne" without "pas" is expletive


def _unless_fr(norms: Sequence[str], i: int) -> bool:
    """ "à moins que/qu'" (= unless: "si … ne … pas"), counted as a negation cue like "unless"."""
    return (
        norms[i] == "moins" and i > 0 and norms[i - 1] == "à" and i + 1 < len(norms) and norms[i + 1] in ("que", "qu")
    )


def polarity(norms: Sequence[str]) -> bool:
    """True when the unit is negated an odd number of times (negation particles + negative verbs).

    "La préfecture n'a pas exclu que…" (ne + exclu: even) says the same as "Le bilan pourrait…" (none),
    and the opposite of "La préfecture a exclu que…" (exclu: odd). "unless" / "à moins que" is "if …
    not" ("unless a ransom is paid" = "if it is not paid"); "avec ou sans", "with or without" is none.
    """
    cues = 0
    after_ne = 0
    after_unless = 0
    prev: str | None = None
    for i, n in enumerate(norms):
        if _is_alternative(prev, n):
            prev = n
            after_ne -= 1
            continue
        prev = n
        if _unless_fr(norms, i):
            cues += 1
            after_unless = UNLESS_REACH
            continue
        after_unless -= 1
        if (
            n in NEGATION_PARTICLES_FR
            and after_unless > 0
            and not NEGATION_SECOND_FR.intersection(norms[i + 1 : i + 5])
        ):
            continue  # expletive "ne" ("à moins que la direction n'augmente les salaires"): no negation
        if n in NEGATION_PARTICLES_FR:
            cues += 1
            after_ne = 4
            continue
        if n in NEGATION_SECOND_FR:
            if after_ne <= 0 and n in ("pas", "jamais", "aucun", "aucune"):
                cues += 1  # "pas" without "ne"
        elif (n in NEGATIONS and n not in _NT_STEMS) or n[:STEM_LEN] in NEGATIVE_VERB_STEMS:
            cues += 1
        after_ne -= 1
    return cues % 2 == 1


# A word of an event class right after one of these is a noun ("du renforcement militaire", "the
# deployment"): the topic of the sentence, not what it says happened. Only verbs count as events.
_DETERMINER_IDS = frozenset(
    plain_id(w)
    # ("a" is left out: in French it is the auxiliary of "a annoncé")
    for w in "le la les l un une des du au aux leur leurs sa son ses ce cette ces tout toute chaque the an its "
    "their his her this these those of every each".split()
)


def _events(keys: Sequence[int]) -> frozenset[int]:
    return frozenset(k for i, k in enumerate(keys) if k in EVENT_IDS and not (i and keys[i - 1] in _DETERMINER_IDS))


def keys_of(ids: Sequence[int], kinds: Sequence[str]) -> tuple[int, ...]:
    """What the paraphrase measure compares, word by word: stem_key, but a name inside the sentence
    keeps its own id (words.name_key: "Rosa" is no *increase* verb)."""
    keys = [stem_key(w) for w in ids]
    for i, w in enumerate(ids):
        if i > 0 and kinds[i] == NAME and keys[i] != w:
            keys[i] = name_key(w)  # (a late-class word keeps its plain id as a name)
        elif keys[i] == _LOSE_KEY:
            # "ont perdu la vie", "lost their lives": the idiom is *die*, not *lose*
            for j in range(i + 1, min(i + 3, len(ids))):
                if ids[j] in _LIFE_IDS:
                    keys[i] = keys[j] = _DIE_KEY
                    break
    return tuple(keys)


_LOSE_KEY, _DIE_KEY = stem_key(word_id("perdre")), stem_key(word_id("mourir"))
_LIFE_IDS = frozenset(word_id(w) for w in ("vie", "vies", "life", "lives"))


_NEG_IDS = frozenset(plain_id(w) for w in NEGATIONS)
_ALTERNATIVE_IDS = frozenset(plain_id(w) for w in _ALTERNATIVE)
_WITHOUT_IDS = frozenset(plain_id(w) for w in _WITHOUT)
# "unless" / "à moins que" negate a clause whose first words are often its subject ("unless [the union]
# accepts" = "if the union does not accept"): the words they reach are negated (the other unit's negated
# words find them) but are no conflict of their own (SOFT_HEAD).
SOFT_HEAD = -1
_A_ID, _MOINS_ID, _QUE_IDS = plain_id("à"), word_id("moins"), frozenset(plain_id(w) for w in ("que", "qu"))
_UNLESS_IDS = frozenset({plain_id("unless"), _MOINS_ID})
# A negation's scope ends at a clause boundary: "n'a pas exclu [que] le bilan…" negates "exclu" only.
_BOUNDARY_IDS = frozenset(
    plain_id(w) for w in "que qu qui si et mais car lorsque quand that which who if when and but as because".split()
)
MERGE_MAX_SENTENCES = 2  # a one-sentence unit may restate a paragraph of at most this many sentences
NEG_SCOPE_WORDS = 2  # content words after a cue that it negates
NEG_SCOPE_TOKENS = 4  # ... within this many tokens (auxiliaries and report verbs not counted)
NEG_SCOPE_REACH = 8  # ... and this many tokens in all
# auxiliaries and attribution verbs between a cue and what it negates use no scope budget
_SCOPE_FREE_IDS = (
    frozenset(
        plain_id(w)
        for w in "been be being was were is are has have had ever été être eu est sont était étaient avait avaient "
        "a ont".split()
    )
    | REPORT_IDS
)


def _is_cue(keys: Sequence[int], i: int) -> bool:
    k = keys[i]
    if k in _WITHOUT_IDS and i > 0 and keys[i - 1] in _ALTERNATIVE_IDS:
        return False  # "avec ou sans", "with or without"
    if k == _MOINS_ID:
        return i > 0 and keys[i - 1] == _A_ID and i + 1 < len(keys) and keys[i + 1] in _QUE_IDS
    return k in _NEG_IDS


def negation_scopes(keys: Sequence[int]) -> tuple[frozenset[int], frozenset[int], frozenset[tuple[int, int]]]:
    """(scope, heads, tails): the content words (class keys) that follow a negation cue in the same
    clause ("the bank did not [discuss] a [larger] cut" -> {discuss, larger}); the first of them after
    each cue (its head: usually the negated verb); and (word, head) for the others. Two statements that
    share a word negated on one side only say opposite things about it, whatever the parity of their
    negations — except an argument that a passive moved out of the scope: "n'a pas ordonné [la
    fermeture]" / "la fermeture n'a pas été ordonnée" (the tail "fermeture" is excused when its head
    "ordonné" is negated on the other side too: see negation_conflict)."""
    out: set[int] = set()
    heads: set[int] = set()
    tails: set[tuple[int, int]] = set()
    n = len(keys)
    for i in range(n):
        if not _is_cue(keys, i):
            continue
        head = None
        found = 0
        first = i + 2 if keys[i] == _MOINS_ID else i + 1  # "à moins que [...]": after the "que"
        soft = keys[i] in _UNLESS_IDS  # "unless [the union] accepts": its clause, not one verb
        budget = NEG_SCOPE_TOKENS  # content tokens; auxiliaries and report verbs ("never [been told]
        # where their messages") do not use it up (round 6: "were never told [where their messages]")
        for j in range(first, min(n, first + NEG_SCOPE_REACH)):
            w = keys[j]
            if w in _BOUNDARY_IDS or budget <= 0:
                break
            if w in NON_CONTENT_IDS or w == _MOINS_ID:
                if w not in _SCOPE_FREE_IDS:
                    budget -= 1
                continue
            budget -= 1
            out.add(w)
            found += 1
            if soft:
                tails.add((w, SOFT_HEAD))
            elif head is None:
                head = w
                heads.add(w)
            else:
                tails.add((w, head))
            if found == NEG_SCOPE_WORDS:
                break
    return frozenset(out), frozenset(heads), frozenset(tails)


NEG_CLAUSE_REACH = 8  # tokens either side of a cue, inside its clause


def negation_clause(keys: Sequence[int]) -> frozenset[int]:
    """Content words of the clauses that contain a negation cue (up to NEG_CLAUSE_REACH tokens either
    side, between clause boundaries). A rewrite may move the negation to another word of the same
    clause: "had [never] accessed any user data" / "[no] user data had ever been accessed" (round 6)."""
    out: set[int] = set()
    n = len(keys)
    for i in range(n):
        if not _is_cue(keys, i):
            continue
        for step in (-1, 1):
            j = i + step
            while 0 <= j < n and abs(j - i) <= NEG_CLAUSE_REACH and keys[j] not in _BOUNDARY_IDS:
                if keys[j] not in NON_CONTENT_IDS:
                    out.add(keys[j])
                j += step
    return frozenset(out)


def negation_scope(keys: Sequence[int]) -> frozenset[int]:
    return negation_scopes(keys)[0]


def negation_conflict(a: Gist, b: Gist) -> bool:
    """A word both units mention, negated in a only: a head always conflicts, a tail only when its
    head is not negated in b too."""
    for w in a.negscope & (b.stems - b.negscope):
        if w in b.negclause:
            continue  # negated in b too, by a cue of its clause (the negation moved to another word)
        if w in a.negheads:
            return True
        if not any(t == w and (h == SOFT_HEAD or h in b.negscope) for t, h in a.negtails):
            return True
    return False


def gist_from_ids(
    ids: Sequence[int], kinds: Sequence[str], negated: bool, tenses: frozenset[str] = frozenset()
) -> Gist:
    """The gist of a unit given its word ids (Unit.hashes or a remembered record: the same ids)."""
    stems, names, numbers, dates = set(), set(), set(), set()
    keys = keys_of(ids, kinds)
    for i, (h, k) in enumerate(zip(keys, kinds, strict=True)):
        if h in NON_CONTENT_IDS:
            continue
        stems.add(h)
        if k == NAME and i > 0:  # "Both", "Most" open a sentence capitalized without being names
            names.add(h)
        elif k == NUMBER:
            numbers.add(h)
        elif k == DATE:
            dates.add(h)
    st = frozenset(stems)
    scope, heads, tails = negation_scopes(keys)
    return Gist(
        st,
        frozenset(names),
        frozenset(numbers),
        frozenset(dates),
        negated,
        _events(keys),
        tenses,
        negscope=scope,
        seq=keys,
        negheads=heads,
        negtails=tails,
        negclause=negation_clause(keys),
    )


def event_tenses(u: Unit, start: int = 0, end: int | None = None) -> frozenset[str]:
    end_ = len(u.norms) if end is None else end
    out = set()
    ids = u.hashes
    for i in range(start, end_):
        if u.kinds[i] == NAME and i > start:
            continue  # a name is no event verb
        if stem_key(ids[i]) in EVENT_IDS and not (i > start and ids[i - 1] in _DETERMINER_IDS):
            t = tense_at(u.norms, i, u.lang)
            if t is not None:
                out.add(t)
    return frozenset(out)


def gist_of(u: Unit, start: int = 0, end: int | None = None) -> Gist:
    end_ = len(u.norms) if end is None else end
    return gist_from_ids(
        u.hashes[start:end_], u.kinds[start:end_], polarity(u.norms[start:end_]), event_tenses(u, start, end_)
    )


@dataclass(frozen=True, slots=True)
class Features:
    containment: float  # |A ∩ B| / |A|, A = later unit
    dice: float
    predicate_dice: float
    veto: str | None

    def score(self) -> float:
        return 0.5 * self.containment + 0.5 * self.dice


def features(a: Gist, b: Gist, min_stems: int = 4, early_exit: float = 0.0) -> Features:
    na, nb = len(a.stems), len(b.stems)
    if na < min_stems or nb < min_stems:
        return Features(0.0, 0.0, 0.0, "short")
    inter = len(a.stems & b.stems)
    cont = inter / na
    if cont < early_exit:
        # score = (cont + dice) / 2 and dice < 2 * cont, so the score cannot reach the threshold
        return Features(cont, 0.0, 0.0, "low")
    dice = 2 * inter / (na + nb)
    pa, pb = a.predicate, b.predicate
    pdice = 2 * len(pa & pb) / (len(pa) + len(pb)) if pa and pb else 0.0
    veto = None
    short, long_ = (a, b) if na <= nb else (b, a)
    if not short.numbers <= long_.numbers:
        veto = "number"
    elif not long_.numbers <= short.numbers and len(short.stems) >= SUMMARY_RATIO * len(long_.stems):
        veto = "number"  # a restatement of about the same length keeps the figures; a summary may not
    elif a.dates and b.dates and not (a.dates & b.dates):
        veto = "date"
    elif a.negated != b.negated or negation_conflict(a, b) or negation_conflict(b, a):
        veto = "negation"  # odd/even negations, or a word both mention negated on one side only
    elif len(short.names - long_.stems) > 1:
        veto = "name"  # the shorter statement is about someone the other does not mention
    elif a.events and b.events and not (a.events & b.events):
        veto = "event"  # both say what happened, and it is not the same thing
    elif a.events & b.events and a.tenses and b.tenses and not (a.tenses & b.tenses):
        veto = "tense"  # "s'entretiendrait" (will talk) is not "s'est entretenu" (talked)
    return Features(cont, dice, pdice, veto)


TEMPLATE_OVERLAP = 0.6  # aligned share of the longer unit: the same sentence frame (update_min_overlap)
FILLER_MIN_WORDS = 2  # content words on each side of a replaced phrase: another noun phrase, not a word swap


def other_filler(a: Gist, b: Gist) -> bool:
    """The same sentence frame with another phrase in one slot: "A spokesperson for [the sheriff's
    office] did not respond to a request for comment" / "… for [the finance department] …". When most
    of both units align word for word (classes compared), a phrase of 2+ content words replaced by
    another of 2+ content words, none of which appear anywhere in the other unit, names another actor
    or object: boilerplate about someone else, not a restatement. A restatement swaps words one for one
    ("though" / "although a minority", "EU" / "European Union"), or moves them."""
    sa, sb = a.seq, b.seq
    if not sa or not sb:
        return False
    ops = Indel.opcodes(sa, sb)
    lcs = sum(op.src_end - op.src_start for op in ops if op.tag == "equal")
    if lcs < TEMPLATE_OVERLAP * max(len(sa), len(sb)):
        return False
    # Indel has no "replace": a deletion next to an insertion is one replaced slot
    slots: list[tuple[list[int], list[int]]] = []
    prev_equal = True
    for op in ops:
        if op.tag == "equal":
            prev_equal = True
            continue
        if prev_equal:
            slots.append(([], []))
            prev_equal = False
        slots[-1][0].extend(sa[op.src_start : op.src_end])
        slots[-1][1].extend(sb[op.dest_start : op.dest_end])
    for xa, xb in slots:
        ca = [k for k in xa if k not in NON_CONTENT_IDS and k not in b.stems]
        cb = [k for k in xb if k not in NON_CONTENT_IDS and k not in a.stems]
        if len(ca) >= FILLER_MIN_WORDS and len(cb) >= FILLER_MIN_WORDS:
            return True
    return False


class ParaphraseMatcher:
    """Finds paraphrases among earlier units of the article and remembered units (via "p<i>:" keys)."""

    def __init__(self, settings: DedupSettings) -> None:
        self.settings = settings
        self._cache: dict[tuple, Gist] = {}
        self._anchors: frozenset[int] | None = None
        self._spans: dict[tuple, frozenset[int]] = {}  # keys of a remembered unit (cheap reject)
        self._stories: dict[tuple, bool] = {}  # same_story per remembered paragraph
        # ids of the earlier articles this one repeats (exact/near/contained/update), set by the
        # Deduplicator once they are known; None: unknown (no restriction)
        self.related: frozenset[str] | None = None

    def begin(self, anchors: frozenset[int] | None = None) -> None:
        """Called once per article: gists are cached per unit while the article is processed.

        anchors: word ids of all the article's words. A remembered paragraph that has names or figures,
        none of which the article mentions, is another story: "Les écoles de 14 communes
        resteront fermées mercredi" (floods in the Var) is not what "Les écoles de la métropole resteront
        fermées mercredi" (a fire in Rouen) says, however alike the words."""
        self._cache = {}
        self._spans = {}
        self._stories = {}
        self._anchors = anchors
        self.related = None

    def accept(self, f: Features) -> bool:
        s = self.settings
        return f.veto is None and f.score() >= s.paraphrase_similarity and f.predicate_dice >= s.paraphrase_predicate

    # ------------------------------------------------------------------ gists
    def gist(self, u: Unit, start: int = 0, end: int | None = None) -> Gist:
        key = (id(u), start, end)
        g = self._cache.get(key)
        if g is None:
            g = self._cache[key] = gist_of(u, start, end)
        return g

    def sentence_gists(self, u: Unit) -> list[Gist]:
        bounds = [*u.bounds, len(u.norms)]
        return [self.gist(u, a, b) for a, b in pairwise(bounds)]

    def stored_gist(self, sp: StoredParagraph, sentence: int | None) -> Gist:
        key = (sp.article_id, sp.paragraph, sentence)
        g = self._cache.get(key)
        if g is None:
            g = self._cache[key] = self._stored_gist(sp, sentence)
        return g

    @staticmethod
    def _stored_gist(sp: StoredParagraph, sentence: int | None) -> Gist:
        """The gist of a remembered paragraph (or one of its sentences): each sentence's gist from its
        word ids, as gist_from_ids computes it for a new unit, merged; tenses and polarity from the
        remembered per-sentence flags."""
        idx = range(len(sp.sentence_starts)) if sentence is None else [sentence]
        parts: list[Gist] = []
        negated = False  # parity of the remembered per-sentence polarity bits
        tenses: set[str] = set()
        for i in idx:
            a, b = sp.sentence_span(i)
            f = sp.sentence_flags[i] if i < len(sp.sentence_flags) else 0
            if f & FLAG_FUTURE:
                tenses.add(FUTURE)
            if f & FLAG_PAST:
                tenses.add(PAST)
            if f & FLAG_NEGATED:
                negated = not negated
            kinds = [WORD] * (b - a)  # only the salient positions carry another kind
            for pos, (kind, _) in sp.salient.items():
                if a <= pos < b:
                    kinds[pos - a] = kind
            parts.append(gist_from_ids(sp.hashes[a:b], kinds, False))
        return Gist(
            frozenset().union(*(g.stems for g in parts)),
            frozenset().union(*(g.names for g in parts)),
            frozenset().union(*(g.numbers for g in parts)),
            frozenset().union(*(g.dates for g in parts)),
            negated,
            frozenset().union(*(g.events for g in parts)),
            frozenset(tenses),
            negscope=frozenset().union(*(g.negscope for g in parts)),
            seq=tuple(k for g in parts for k in g.seq),
            negheads=frozenset().union(*(g.negheads for g in parts)),
            negtails=frozenset().union(*(g.negtails for g in parts)),
            negclause=frozenset().union(*(g.negclause for g in parts)),
        )

    # ------------------------------------------------------------------ matching
    def best(self, unit: Unit, earlier: Iterable[tuple[Unit, View]], stored: Iterable[StoredParagraph]) -> Match | None:
        g = self.gist(unit)
        parts = self.sentence_gists(unit) if len(unit.bounds) > 1 else []
        best: Match | None = None
        single = not parts
        early = self.settings.paraphrase_similarity / 1.5
        for u2, v2 in earlier:
            if single and len(u2.bounds) > MERGE_MAX_SENTENCES:
                continue  # a sentence is compared with sentences: polarity is per sentence
            best = better(self._try(g, parts, self.gist(u2), v2.ref, v2.order), best)
        for sp in stored:
            if self._anchors is not None and not self.same_story(sp):
                continue
            need = early * len(g.stems)  # (cont >= early, or the score cannot reach the threshold)
            if len(g.stems & self._span_keys(sp, None)) < need:
                continue  # cheap reject of the paragraph and all its sentences before building gists
            multi = len(sp.sentence_starts) > 1
            # a sentence is compared with sentences (polarity is per sentence), and with a paragraph of
            # two whose statements it merges (round 6: a quote and its second sentence as one clause)
            targets: list[int | None] = [] if (single and len(sp.sentence_starts) > MERGE_MAX_SENTENCES) else [None]
            if multi:
                targets += [i for i, f in enumerate(sp.sentence_flags) if not f & FLAG_REPEAT]
            for t in targets:
                if t is not None and len(g.stems & self._span_keys(sp, t)) < need:
                    continue
                ref = UnitRef(sp.article_id, sp.paragraph, t, sp.source)
                best = better(self._try(g, parts, self.stored_gist(sp, t), ref, -1), best)
        return best

    def _span_keys(self, sp: StoredParagraph, sentence: int | None) -> frozenset[int]:
        """Every key a remembered unit's words can have (both readings: a name keeps its own key)."""
        kk = (sp.article_id, sp.paragraph, sentence)
        keys = self._spans.get(kk)
        if keys is None:
            a, b = sp.sentence_span(sentence) if sentence is not None else (0, len(sp.hashes))
            span = sp.hashes[a:b]
            keys = self._spans[kk] = frozenset([*map(stem_key, span), *map(name_key, span)])
        return keys

    def same_story(self, sp: StoredParagraph) -> bool:
        """False when the remembered paragraph names people/places/figures and the article none of them."""
        key = (sp.article_id, sp.paragraph)
        same = self._stories.get(key)
        if same is None:
            n = len(sp.hashes)
            # (a capitalized word opening a sentence is no name: "Video posted on social media…", as in
            # gist_from_ids; round 6)
            starts = set(sp.sentence_starts) | {0}
            own = {
                sp.hashes[p]
                for p, (k, _) in sp.salient.items()
                if p < n and (k == NUMBER or (k == NAME and p not in starts))
            }
            same = self._stories[key] = not own or not self._anchors or bool(own & self._anchors)
        return same

    def _try(self, g: Gist, parts: list[Gist], h: Gist, ref: UnitRef, order: int) -> Match | None:
        s = self.settings
        f = features(g, h, s.paraphrase_min_stems, s.paraphrase_similarity / 1.5)
        if not self.accept(f) or other_filler(g, h):
            return None
        # From an article this one repeats nothing of: only if the two units are about someone or
        # something in common (a name or figure; a news agency is attribution, not a topic).
        # "Contacté par l'AFP, [l'avocat] n'a pas souhaité commenter [le jugement]" is not what
        # "Contactée par l'AFP, [la compagnie] n'a pas souhaité commenter [l'accident]" says.
        unrelated = order < 0 and self.related is not None and ref.article_id not in self.related
        if unrelated and not ((g.names | g.numbers) & (h.names | h.numbers)) - AGENCY_KEYS:
            return None
        # A paragraph is a paraphrase only if each of its sentences restates something of the other:
        # an added sentence is new information.
        for p in parts:
            if len(p.stems) >= 2 and len(p.stems & h.stems) < 0.5 * len(p.stems):
                return None
        return Match("paraphrase", f.score(), ref, order)

    # ------------------------------------------------------------------ store
    def keys(self, units: Sequence[Unit]) -> list[str]:
        s = self.settings
        out: list[str] = []
        if s.paraphrase_bands <= 0:
            return out
        for x in units:
            stems = self.gist(x).stems
            if len(stems) >= s.paraphrase_min_stems:
                # the band index is hashed into each band value: one key prefix for all bands
                out.extend(hkey("p", h) for h in minhash_set_bands(stems, s.paraphrase_bands, s.paraphrase_rows))
        return out

    def stored_candidates(
        self,
        store: FingerprintStore | ReadCache,
        units: Sequence[Unit],
        own: frozenset[bytes],
        cache: dict[bytes, StoredParagraph | None],
    ) -> list[StoredParagraph]:
        hits: Counter[bytes] = Counter()
        for key in dict.fromkeys(self.keys(units)):
            for uid in bucket_uids(store.get(key)):
                hits[uid] += 1
        out = []
        for uid, _ in sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))[: self.settings.max_candidates]:
            sp = cached_record(store, uid, cache)
            if sp is not None and uid not in own:
                out.append(sp)
        return out

    def remember(self, store: FingerprintStore, uid: bytes, sentences: Sequence[Unit], flags: Sequence[int]) -> None:
        for x, f in zip(sentences, flags, strict=True):
            if not f & FLAG_REPEAT:
                for key in self.keys([x]):
                    bucket_add(store, key, uid, self.settings.max_bucket)
