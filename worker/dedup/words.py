"""Word identity for matching: lemma + Snowball stem, synonym classes, and the article's language.

Every token is compared through `canon(norm, lang)`:
  * figures, stopwords and negation words stay as written (they carry the difference between two facts);
  * other words are lemmatized (simplemma: "voulait"/"veut" -> "vouloir", "fell" -> "fall") and stemmed
    (Snowball: "engagé"/"engager" -> "engag", "slowing" -> "slow");
  * a stem listed in data/synonyms.tsv also carries its class ("=agree:conven" for "convenir"; "s'engager",
    "pledge" are in the same class): paraphrases that swap a verb for a synonym share the class.
The 16-bit id of that form (word_id) is what the store keeps per word (see record.py), so remembered
paragraphs compare the same way. Both lemmatizer (simplemma) and stemmer (PyStemmer) ship their data in their
wheels: nothing is downloaded at run time.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import simplemma
import Stemmer

from worker.dedup.lexicon import NEGATIONS, STOPWORDS

LANGS = ("fr", "en")
_STEMMERS = {"fr": Stemmer.Stemmer("french"), "en": Stemmer.Stemmer("english")}
# Frequent function words of one language only: enough to tell a French article from an English one.
_FR_ONLY = frozenset("le la les des du et est une pour dans sur qui que pas au aux ont ce cette il ils elle".split())
_EN_ONLY = frozenset("the and of to is was were for with that this are by has have it its from".split())


def detect_lang(norms: Iterable[str]) -> str:
    """ "fr" or "en" by function words (ties: "fr"); only used to read verb tenses (tense_at)."""
    fr = en = 0
    for n in norms:
        fr += n in _FR_ONLY
        en += n in _EN_ONLY
    return "en" if en > fr else "fr"


@lru_cache(maxsize=1 << 17)
def _stem(word: str) -> str:
    """Lemma + Snowball stem of a casefolded word, in the first language whose dictionary knows the
    form (French, then English); an unknown form (a name, a rare word) is kept whole. The choice is per
    word, not per article, so the same word always gets the same id whatever article carries it (a form
    known in both languages is read as French: "place", "support")."""
    for lang in LANGS:
        if simplemma.is_known(word, lang=lang):
            # tagged with the language: French "demander" and English "demand" are not the same word
            return lang + ":" + _STEMMERS[lang].stemWord(simplemma.lemmatize(word, lang=lang).casefold())
    return word


def _load_classes(
    filename: str = "synonyms.tsv", known: dict[str, str] | None = None
) -> tuple[dict[str, str], dict[str, str], list[str]]:
    """(stem -> class, class -> role, conflicts) from data/<filename>; a stem already in `known` (the
    classes of synonyms.tsv, when reading synonyms_late.tsv) is a conflict too."""
    of: dict[str, str] = {}
    roles: dict[str, str] = {}
    conflicts: list[str] = []
    known = known or {}
    path = Path(__file__).resolve().parent / "data" / filename
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, role, fr, en = line.split("\t")
        roles[name] = role
        for lang, words in (("fr", fr), ("en", en)):
            for w in words.split():
                # the form the text gives this word (the first dictionary that knows it: "urge" reads as
                # French "urger") and the form of its own column's language, which its inflections get
                # ("urged", "urges" are English only): both must carry the class
                own = lang + ":" + _STEMMERS[lang].stemWord(simplemma.lemmatize(w, lang=lang).casefold())
                for stem in dict.fromkeys((_stem(w.casefold()), own)):
                    if of.setdefault(stem, name) != name or stem in known:
                        conflicts.append(f"{w} ({stem}): {known.get(stem) or of[stem]} / {name}")
    return of, roles, conflicts


CLASS_OF, CLASS_ROLE, _BASE_CONFLICTS = _load_classes()
# Classes added after store format 4 (data/synonyms_late.tsv): word ids ignore them, stem_key reads them.
LATE_CLASS_OF, _LATE_ROLE, _LATE_CONFLICTS = _load_classes("synonyms_late.tsv", CLASS_OF)
CLASS_CONFLICTS = _BASE_CONFLICTS + _LATE_CONFLICTS


@lru_cache(maxsize=1 << 17)
def canon(norm: str) -> str:
    """The form a token is matched by (see module docstring). `norm` is casefolded (tokenize)."""
    if not norm or norm[0].isdigit() or norm in STOPWORDS or norm in NEGATIONS or len(norm) < 2:
        return norm
    stem = _stem(norm)
    cls = CLASS_OF.get(stem)
    return f"={cls}:{stem}" if cls is not None else stem


# Word ids (16 bits). A word of a synonym class gets 0xF000 | class << 5 | 5 bits of its own stem, so
# exact/near/update still see "agreed" != "pledged" while the paraphrase measure compares classes
# (id & CLASS_MASK); every other word gets a 16-bit hash below 0xF000.
CLASS_BASE = 0xF000
CLASS_MASK = 0xFFE0
_CLASS_INDEX = {name: i for i, name in enumerate(sorted(CLASS_ROLE))}
for _name in _LATE_ROLE:  # new late classes come after (the indices of format 4's classes never move)
    _CLASS_INDEX.setdefault(_name, len(_CLASS_INDEX))
ROLE_OF_CLASS = {**_LATE_ROLE, **CLASS_ROLE}
assert len(_CLASS_INDEX) <= 128, "7 bits of class index"


def _crc16(s: str) -> int:
    return zlib.crc32(s.encode("utf-8")) & 0xFFFF


# ids of the words kept as written that matter as such (stopwords, negations): no other word gets them
_FUNCTION_IDS = {_crc16(w) % CLASS_BASE: w for w in sorted(STOPWORDS | NEGATIONS)}


@lru_cache(maxsize=1 << 17)
def word_id(norm: str) -> int:
    """The 16-bit id the store keeps for a token (see above)."""
    form = canon(norm)
    if form.startswith("="):
        cls, _, stem = form[1:].partition(":")
        return CLASS_BASE | _CLASS_INDEX[cls] << 5 | (_crc16(stem) & 0x1F)
    return _form_id(form)


def _form_id(form: str) -> int:
    h = _crc16(form) % CLASS_BASE
    salt = ""
    while h in _FUNCTION_IDS and _FUNCTION_IDS[h] != form:
        # a content word whose hash is that of a stopword or a negation would read as one against the
        # store ("annule" had the id of "nobody": a negation cue); rehash it (deterministic)
        salt += "\x00"
        h = _crc16(form + salt) % CLASS_BASE
    return h


# plain word id of a late-class word -> its class key (paraphrase only). Another word whose 16-bit hash
# equals one of these few ids reads as that class in the paraphrase measure (~1 word in 2 000).
LATE_KEYS = {_form_id(stem): CLASS_BASE | _CLASS_INDEX[cls] << 5 for stem, cls in LATE_CLASS_OF.items()}


def plain_id(word: str) -> int:
    """Id of a word kept as written (stopwords, negations, figures): word_id without the lookup."""
    return _crc16(word) % CLASS_BASE


def class_ids(role: str) -> frozenset[int]:
    """Class keys (id & CLASS_MASK) of the classes with this role."""
    return frozenset(CLASS_BASE | i << 5 for name, i in _CLASS_INDEX.items() if ROLE_OF_CLASS[name] == role)


def stem_key(word_id_: int) -> int:
    """What the paraphrase measure compares: the class of a class word (late classes included), the
    word itself otherwise."""
    return word_id_ & CLASS_MASK if word_id_ >= CLASS_BASE else LATE_KEYS.get(word_id_, word_id_)


PLACE_IDS = class_ids("place")


def name_key(word_id_: int) -> int:
    """stem_key of a capitalized word inside a sentence (a name): a name is not a synonym ("Rosa" is
    not the verb "rose" of class *increase*), so it keeps its own id; a country keeps its *place* class
    ("Allemagne" = "allemand"). Word ids themselves do not depend on case (an all-caps copy is exact)."""
    if word_id_ < CLASS_BASE:
        return word_id_
    k = word_id_ & CLASS_MASK
    return k if k in PLACE_IDS else word_id_ | 0x10000  # above every 16-bit key: never equals a class


# --- tense of event verbs (paraphrase guard: "will meet" is not "met") ------------------------------
# future / conditional: infinitive-like stem + ending ("rencontrera", "resteraient", "viendrait",
# "pourra"); "rencontra", "déclara" (passé simple), "déclarait" (imparfait) do not match
_FR_FUTURE = re.compile(r"\w+[eiduro]r(?:ai|ais|ait|ions|iez|aient|a|as|ons|ez|ont)$")
_FR_AUX = frozenset("a ont avait avaient aura auront est sont était étaient été eu s".split())
_EN_MODAL = frozenset("will would may might could shall ll".split())
_EN_AUX_PAST = frozenset("had has have was were did".split())
FUTURE, PAST = "future", "past"


@lru_cache(maxsize=1 << 16)
def _en_past(norm: str) -> bool:
    if norm.endswith("ed"):
        return True
    lemma = simplemma.lemmatize(norm, lang="en").casefold()
    return lemma != norm and not norm.endswith(("s", "ing"))  # "spoke", "met", "rose"


def tense_at(norms: tuple[str, ...] | list[str], i: int, lang: str) -> str | None:
    """future / past / None (unknown: a noun, an infinitive, a present) for the verb at norms[i]."""
    norm = norms[i]
    before = norms[max(0, i - 3) : i]
    if lang == "fr":
        lemma = simplemma.lemmatize(norm, lang="fr")
        if _FR_FUTURE.match(norm) and lemma != norm:
            return FUTURE
        if lemma == norm and norm.endswith(("er", "ir", "re")):
            return None  # an infinitive ("ont convenu de rester") has no tense of its own
        if any(b in _FR_AUX for b in before):
            return PAST
        return None
    if any(b in _EN_MODAL for b in before[-2:]):
        return FUTURE
    if _en_past(norm) or any(b in _EN_AUX_PAST for b in before[-2:]):
        return PAST
    return None
