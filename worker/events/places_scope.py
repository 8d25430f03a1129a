"""Places the located-phrase rules of arguments.py miss (read only when they found none).

- Nationwide measures: "the junta ordered a nationwide blackout", "shut down mobile data across the
  republic", "a suspendu les vols sur tout le territoire", "a instauré un couvre-feu dans tout le pays".
  The place is the country the article is about (the sentence names none). Only measures taken by a state
  (COERCE) read it, and only when the scope phrase hangs on the event's verb (or a verb coordinated with
  it that has no subject of its own) or on its object: "detained people at rallies held across the
  country" places the rallies, not the arrests.
- Round 21: named seas, islands and waterways the dictionaries lack (`water_places`), towns named "X da Y"
  (`particle_names`), and "to the province" for the last place named with that kind noun (`kind_anaphor`).
- Names after a noun that holds them ("près de l'île de Cocotiers", "near the border town of X",
  `named_in_container`): the kind noun says the name is a place, whatever the model or the dictionaries say.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from worker.events.actors import Mention, demonym_country
from worker.events.words import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from worker.events.context import Sentence
    from worker.events.triggers import Trigger

_SCOPED_TYPES = frozenset({"COERCE"})
_OBJ = frozenset({"obj", "dobj", "nsubj:pass", "nsubjpass"})
_SUBJ = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "expl:subj", "csubj"})


def _verbs(trig: Trigger) -> list[Token]:
    """The event's verb and the verbs coordinated with it that share its subject."""
    head = trig.head
    out = [head]
    out += [c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB"
            and not any(g.dep_ in _SUBJ for g in c.children)]
    if head.dep_ == "conj" and head.head.pos_ == "VERB" and not any(g.dep_ in _SUBJ for g in head.children):
        out.append(head.head)
    return out


def _on_event(tok: Token, verbs: list[Token], trig: Trigger) -> bool:
    """`tok` (the head the scope phrase hangs on) is one of the event's verbs, its trigger noun or an object."""
    if tok.i == trig.token.i or any(tok.i == v.i for v in verbs):
        return True
    return tok.dep_ in _OBJ and any(tok.head.i == v.i for v in verbs)


def _scope_noun(tok: Token) -> bool:
    """"across the kingdom", "throughout the country", "dans toute l'île", "sur l'ensemble du territoire"."""
    if tok.lower_ not in words("nationwide_nouns"):
        return False
    if any(c.pos_ == "PROPN" and c.dep_ in ("nmod", "appos", "flat", "flat:name") for c in tok.children):
        return False  # "sur toute l'île de X": a named island (or region), not the country
    preps = words("nationwide_preps")
    quants = words("nationwide_quantifiers")
    outer = tok.head if tok.head.lower_ in quants and tok.head.i != tok.i else tok  # "l'ensemble du territoire"
    quantified = outer is not tok or any(c.lower_ in quants for c in tok.children)
    case = next((c for c in outer.children if c.dep_ in ("case", "fixed")), None)
    if tok.dep_ == "pobj" and tok.head.lower_ in preps:
        return True  # English: "across"/"throughout" + the noun
    if case is not None and case.lower_ in ("dans", "sur") and quantified:
        return True  # "dans tout le pays"
    return case is not None and case.lower_ == "travers"  # "à travers le pays"


def _governor(tok: Token) -> Token:
    """The word a scope phrase modifies: through an English preposition or a French "l'ensemble de"."""
    gov = tok.head
    if tok.dep_ == "pobj":
        gov = gov.head
    if gov.lower_ in words("nationwide_quantifiers") and gov.dep_ != "ROOT":
        gov = gov.head  # "sur l'ensemble du territoire": the phrase headed by "ensemble"
    return gov


def nationwide(trig: Trigger, s: Sentence, reg: set[int]) -> list[Mention]:
    """The article's country, for a state measure taken across the whole country (see the module doc)."""
    if trig.type not in _SCOPED_TYPES or not s.home:
        return []
    from worker.events.arguments import country_name  # read-only use of the shared country table

    name = country_name(s.home)
    if name is None:
        return []
    verbs = _verbs(trig)
    scope = set(reg) | {t.i for v in verbs for t in v.subtree}
    for tok in s.doc:
        if tok.i not in scope:
            continue
        if tok.lower_ in words("nationwide_words") and tok.dep_ in ("amod", "advmod", "nmod", "compound"):
            gov = tok.head
        elif _scope_noun(tok):
            gov = _governor(tok)
        else:
            continue
        if _on_event(gov, verbs, trig):
            return [Mention(tok.idx, tok.idx + len(tok.text), tok.i, tok.i + 1,
                            tok.text, name, s.home, "country", True)]
    return []


def _square_span(tok: Token) -> tuple[int, int] | None:
    """"place Tahrir", "place du 14-Juillet", "Tahrir Square": token bounds of a named square, or None."""
    doc = tok.doc
    if tok.lower_ not in words("square_nouns"):
        return None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    for _ in range(2):  # "place du 13-Mai", "place de la Nation"
        if nxt is not None and nxt.lower_ in ("du", "de", "des", "la", "l'", "l’") and nxt.i + 1 < len(doc):
            nxt = doc[nxt.i + 1]
    if nxt is not None and (nxt.text[:1].isupper() or nxt.text[:1].isdigit()) and not nxt.is_punct:
        hi = nxt.i
        while hi + 1 < len(doc) and not doc[hi + 1].is_punct and (
                doc[hi + 1].text[:1].isupper() or doc[hi + 1].text in ("-",) or doc[hi + 1].text[:1].isdigit()):
            hi += 1
        return tok.i, hi + 1
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if tok.text[:1].isupper() and prev is not None and prev.pos_ == "PROPN" and prev.text[:1].isupper():
        lo = prev.i
        while lo > 0 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].text[:1].isupper():
            lo -= 1
        return lo, tok.i + 1  # "Tahrir Square"
    return None


def named_square(trig: Trigger, s: Sentence, reg: set[int]) -> list[Mention]:
    """A named square in the event's clause that no dictionary knows ("ont dispersé la foule place X",
    "rallied in Y Square"), with the town that follows it in apposition (", à Z", ", in Z")."""
    doc = s.doc
    for tok in doc:
        if tok.i not in reg or (bounds := _square_span(tok)) is None:
            continue
        lo, hi = bounds
        if any(m.tok_start < hi and lo < m.tok_end for m in (*s.actors, *s.places, *s.ner_places)):
            continue
        span = doc[lo:hi]
        out = [Mention(span.start_char, span.end_char, lo, hi, span.text, span.text, None, "ner", True)]
        if hi + 2 < len(doc) and doc[hi].text == "," and doc[hi + 1].lower_ in ("à", "in"):
            out += [m for m in (*s.places, *s.ner_places) if m.tok_start == hi + 2]
        return out
    return []


_IN = frozenset({"in", "at", "à", "dans", "en"})


def subject_noun_places(trig: Trigger, s: Sentence) -> list[Mention]:
    """"after the riots in X and Y killed nine people": an event noun that is the subject of its clause keeps
    the places of its own "in" phrase, whatever the clause's subordinator (the "after" belongs to the clause
    that governs it, not to the places inside the noun)."""
    noun = trig.token
    if noun.i == trig.head.i or noun.dep_ not in ("nsubj", "nsubj:pass", "nsubjpass"):
        return []
    out: list[Mention] = []
    for p in (*s.places, *s.ner_places):
        tok = s.doc[p.tok_start : p.tok_end].root
        first = tok.head if tok.dep_ == "conj" else tok
        via = first.head if first.dep_ == "pobj" else first
        english = first.dep_ == "pobj" and via.lower_ in _IN and via.head.i == noun.i
        french = first.dep_ == "nmod" and first.head.i == noun.i and any(
            c.dep_ == "case" and c.lower_ in _IN for c in first.children)
        if english or french:
            out.append(p)
    return out


_INTO = frozenset({"into"})
_TO = frozenset({"to", "into"})
_MOVING_TYPES = frozenset({"AID", "MOBILIZE", "CONSULT"})
_HIT_PREPS = frozenset({"sur", "on", "at"})
_OF_IN = frozenset({"de", "d'", "d’", "du", "des", "of", "à", "au", "aux", "in", "dans", "en"})


def _case_word(tok: Token) -> str | None:
    """The preposition of a phrase: the French "case" child, or the English preposition it hangs on."""
    if tok.dep_ == "pobj":
        return tok.head.lower_
    case = next((c for c in tok.children if c.dep_ == "case"), None)
    return case.lower_ if case is not None else None


def _nouns_of(trig: Trigger) -> list[Token]:
    """The trigger noun and the objects of the event's verb."""
    head = trig.head
    out = [trig.token] if trig.token.i != head.i else []
    return out + [c for c in head.children if c.dep_ in ("obj", "dobj")]


def _place_root(p: Mention, s: Sentence) -> Token:
    tok = s.doc[p.tok_start : p.tok_end].root
    return tok.head if tok.dep_ == "conj" else tok


_DEST_FR = frozenset({"à", "vers"})


def _moved_object(noun: Token, trig: Trigger) -> bool:
    """`noun` is what the event moves: an object of its verb, a noun after the trigger noun ("l'envoi de deux
    frégates"), or a conjunct of one ("a frigate and 80 sailors")."""
    if noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ in ("obj", "dobj") and noun.head.i == trig.head.i:
        return True
    return noun.dep_ == "nmod" and noun.head.i == trig.token.i and trig.token.pos_ == "NOUN"


def _to_moved_object(tok: Token, trig: Trigger) -> bool:
    """The destination parsed under what is moved, not under the verb: "send a frigate and 80 sailors to X",
    "l'envoi de 90 marins à X"."""
    if tok.dep_ == "pobj" and tok.head.lower_ in _TO:
        return tok.i > tok.head.head.i and _moved_object(tok.head.head, trig)
    if tok.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in _DEST_FR for c in tok.children):
        return tok.i > tok.head.i and _moved_object(tok.head, trig)
    return False


def moved_into(trig: Trigger, s: Sentence, reg: set[int]) -> list[Mention]:
    """Round 17: where a movement goes ("flew rescue teams into Port Vila", "sent troops into X"), and the waters
    a military unit enters ("three landing ships entered the Baltic Sea")."""
    if trig.type not in _MOVING_TYPES:
        return []
    out: list[Mention] = []
    below = {t.i for t in trig.head.subtree}  # the phrase of a participle ("led by X to Y") may be out of reg
    for p in (*s.places, *s.ner_places):
        if p.tok_start not in reg and p.tok_start not in below:
            continue
        tok = _place_root(p, s)
        into = tok.dep_ == "pobj" and tok.head.lower_ in _INTO and tok.head.head.i == trig.head.i
        # "would send a delegation led by X to Honiara": the destination hung on a participle of the object
        via = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in _TO else None
        into = into or (via is not None and via.dep_ == "acl" and via.head.dep_ in ("obj", "dobj")
                        and via.head.head.i == trig.head.i and via.i < tok.i)
        # aid "to" a country names its recipient (the target), not a place: "livrer des drones à la Moldavie"
        into = into or (_to_moved_object(tok, trig) and not (trig.type == "AID" and p.role == "country"))
        entered = trig.type == "MOBILIZE" and tok.dep_ in ("obj", "dobj") and tok.head.i == trig.head.i \
            and trig.head.lemma_.lower() in words("entry_verbs")
        if into or entered:
            out.append(p)
    return out


def measure_places(trig: Trigger, s: Sentence, reg: set[int]) -> list[Mention]:
    """Round 17: the town a measure noun names ("la levée du couvre-feu à Bagdad", "lever le siège de Taëz",
    "lifted the curfew in X"), and the town of what an attack hits ("tiré des missiles sur un dépôt de
    Djeddah", "fired rockets at a base in X")."""
    nouns = _nouns_of(trig)
    if trig.type == "ASSAULT":
        nouns = [g for n in [trig.head, *nouns] for c in n.children for g in (
            [c] if _case_word(c) in _HIT_PREPS and c.dep_ != "pobj" else
            [x for x in c.children if x.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in _HIT_PREPS else [])]
    else:
        nouns += [g for n in nouns for c in n.children if c.dep_ in ("nmod", "prep")
                  for g in ([c] if c.dep_ == "nmod" else [x for x in c.children if x.dep_ == "pobj"])]
        nouns = [n for n in nouns if n.lower_ in words("measure_nouns")]  # "la levée du couvre-feu à X"
    if not nouns:
        return []
    keys = {n.i for n in nouns}
    out: list[Mention] = []
    for p in (*s.places, *s.ner_places):
        if p.tok_start not in reg or p.role not in ("city", "capital", "region", "ner"):
            continue
        tok = _place_root(p, s)
        gov = tok.head.head if tok.dep_ == "pobj" else tok.head
        if gov.i in keys and (_case_word(tok) or "") in _OF_IN:
            out.append(p)
    return out


def attacked_town_misparsed(trig: Trigger, s: Sentence) -> list[Mention]:
    """Round 17: "avait bombardé Sanaa mardi" with the town parsed as a determiner of the day: a town right after
    an attack verb that has no object of its own is the attacked place."""
    head = trig.head
    if trig.type != "ASSAULT" or head.i != trig.token.i or head.pos_ != "VERB" \
            or any(c.dep_ in ("obj", "dobj") for c in head.children):
        return []
    return [p for p in (*s.places, *s.ner_places) if p.tok_start == head.i + 1
            and p.role in ("city", "capital", "region", "ner") and s.doc[p.tok_start : p.tok_end].root.head.i != head.i]


_DISTRICT_PREPS = frozenset({"in", "through", "across", "around", "near", "at"})


def district_of_town(trig: Trigger, s: Sentence, reg: set[int]) -> list[Mention]:
    """"marched through downtown Nairobi": a town whose name carries a district noun ("downtown"), in a place
    phrase on the event's verb, is where it happens (the noun hides the preposition from the phrase rules)."""
    out: list[Mention] = []
    for p in (*s.places, *s.ner_places):
        if p.tok_start not in reg or p.role not in ("city", "capital", "ner") or p.tok_start == 0:
            continue
        tok = s.doc[p.tok_start : p.tok_end].root
        mod = s.doc[p.tok_start - 1]
        if mod.lower_ in words("district_modifiers") and mod.head.i == tok.i and tok.dep_ == "pobj" \
                and tok.head.lower_ in _DISTRICT_PREPS and tok.head.head.i == trig.head.i:
            out.append(p)
    return out


def scope_places(trig: Trigger, s: Sentence, reg: set[int]) -> list[Mention]:
    """Places for an event the located-phrase rules gave none: a nationwide measure, a named square, the
    places of a subject event noun, where a movement goes, the town of a measure or of an attack's aim, "dans la
    capitale", the town its subject is in, a district of a town ("downtown X")."""
    return nationwide(trig, s, reg) or named_square(trig, s, reg) or subject_noun_places(trig, s) \
        or moved_into(trig, s, reg) or measure_places(trig, s, reg) or attacked_town_misparsed(trig, s) \
        or capital_anaphor(trig, s, reg) \
        or subject_town(trig, s) or district_of_town(trig, s, reg)


_SUBJECT_TOWN_TYPES = frozenset({"PROTEST", "COERCE", "ASSAULT", "ACCUSE"})
_SEAT_NOUNS = frozenset({"government", "gouvernement", "authorities", "autorités", "administration", "regime",
                         "régime", "junta", "junte", "presidency", "présidence",
                         # "the defence ministry in Yerevan accused": a ministry sits in its capital, no venue
                         "ministry", "ministère"})


def subject_town(trig: Trigger, s: Sentence) -> list[Mention]:
    """"Protesters in X marched", "China's embassy in X protested", "la police à X a dispersé": the town the
    subject of the event's verb is said to be in is where the act took place (a country there only names who
    acts: "police in Samoa")."""
    head = trig.head
    if trig.type not in _SUBJECT_TOWN_TYPES or head.pos_ not in ("VERB", "AUX"):
        return []
    subj = next((c for c in head.children if c.dep_ in _SUBJ), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.lower_ in _SEAT_NOUNS:
        return []  # "the government in Port-au-Prince condemned": the seat names the government, not a venue
    out: list[Mention] = []
    for p in (*s.places, *s.ner_places):
        if p.role not in ("city", "capital"):
            continue
        tok = s.doc[p.tok_start : p.tok_end].root
        english = tok.dep_ == "pobj" and tok.head.lower_ in _IN and tok.head.head.i == subj.i
        french = tok.dep_ == "nmod" and tok.head.i == subj.i and any(
            c.dep_ == "case" and c.lower_ in _IN for c in tok.children)
        if english or french:
            out.append(p)
    return out


_OF = words("of_prepositions")


# Round 21: seas, straits, islands, bridges the dictionaries lack, written "mer Rouge", "île Lincoln", "îles
# Kouriles", "pont Pueyrredón", "l'archipel des Paracels", "the Khor Abdullah waterway".
_WATER_BEFORE_NAME = words("water_nouns_fr")
_WATER_DE_NAME = words("water_nouns_de")
_WATER_AFTER_NAME = words("water_nouns_en")
_RIVER_FR = frozenset({"rivière", "fleuve"})
_WATER_AFTER_NAME_KEPT = words("water_nouns_en_kept")  # round 22: gold writes "Naf river", "Rumichaca bridge"
_WATER_AFTER_NAME_TITLED = words("water_nouns_en_titled")  # "the X-Y reservoir" -> "X-Y Reservoir"
# "golfe de Paria" -> "Gulf of Paria": the English generic noun a French gulf or strait takes before its name
_WATER_OF_EN = dict(w.split("=", 1) for w in words("water_nouns_fr_of"))


def _caps_run(doc: Doc, lo: int) -> int:
    """End (exclusive) of the run of capitalised words from `lo` (up to three, hyphens allowed)."""
    hi = lo
    while hi < len(doc) and hi - lo < 3 and doc[hi].text[:1].isupper() \
            and doc[hi].pos_ in ("PROPN", "NOUN", "ADJ", "X") \
            and (doc[hi].is_alpha or "-" in doc[hi].text):
        hi += 1
    return hi


def water_places(doc: Doc, taken: Sequence[Mention], soft: Sequence[Mention] = ()) -> list[Mention]:
    """Named seas, islands, waterways and bridges no dictionary or model entity covers: French "mer Rouge",
    "île Lincoln", "pont X" (the generic noun is part of the name as written), "l'archipel des X" (the name
    after des), English "the X waterway/channel" (the name before the lower-case noun)."""
    out: list[Mention] = []

    def add(lo: int, hi: int, start: int, absorb: bool = False, name: str | None = None) -> None:
        # round 22: a model entity lying wholly inside "X river"/"X bridge" (`soft`) is absorbed by the longer name
        inside = [m for m in soft if absorb and lo <= m.tok_start and m.tok_end <= hi]
        if hi > lo and not any(m.tok_start < hi and lo < m.tok_end for m in (*taken, *soft, *out) if m not in inside):
            end = doc[hi - 1].idx + len(doc[hi - 1].text)
            text = doc.text[start:end]
            out.append(Mention(start, end, lo, hi, text, name or text, None, "region", True))

    for tok in doc:
        if not tok.text.islower() or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if tok.lower_ in _WATER_OF_EN and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ in _OF:
            # "dans le golfe de Paria": the gulf named after de, written with its English noun
            hi = _caps_run(doc, tok.i + 2)
            if hi > tok.i + 2 and not any(m.tok_start < hi and tok.i + 2 < m.tok_end for m in taken):
                name = doc[tok.i + 2 : hi].text
                noun = _WATER_OF_EN[tok.lower_]
                add(tok.i, hi, tok.idx, absorb=True, name=f"{noun[:1].upper()}{noun[1:]} {name}")
            continue
        if tok.lower_ in _WATER_BEFORE_NAME and tok.i + 1 < len(doc):
            hi = _caps_run(doc, tok.i + 1)
            if hi > tok.i + 1 and not any(m.tok_start < hi and tok.i + 1 < m.tok_end for m in taken):
                if tok.lower_ in _RIVER_FR:
                    # "sur la rivière Chobe": a river takes its English name, as the seas do ("Chobe River")
                    add(tok.i, hi, tok.idx, absorb=True, name=f"{doc[tok.i + 1 : hi].text} River")
                else:
                    add(tok.i, hi, tok.idx)
        elif tok.lower_ in _WATER_DE_NAME and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ in _OF:
            lo = tok.i + 2
            hi = _caps_run(doc, lo)
            add(lo, hi, doc[lo].idx)
        elif tok.lower_ in _WATER_AFTER_NAME | _WATER_AFTER_NAME_KEPT | _WATER_AFTER_NAME_TITLED and tok.i > 0 \
                and doc[tok.i - 1].pos_ == "PROPN" and doc[tok.i - 1].text[:1].isupper():
            lo = tok.i - 1
            while lo > 0 and tok.i - lo < 3 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].text[:1].isupper():
                lo -= 1
            if tok.lower_ in _WATER_AFTER_NAME_TITLED:
                # a hyphenated name ("Kempir-Abad") is one name, which the tokenizer splits in three
                while lo > 1 and doc[lo - 1].text == "-" and not doc[lo - 1].whitespace_ \
                        and not doc[lo - 2].whitespace_ and doc[lo - 2].pos_ == "PROPN" \
                        and doc[lo - 2].text[:1].isupper():
                    lo -= 2
                if lo > 0 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].text[:1].isupper():
                    continue  # the tail of a longer proper name
                written = doc.text[doc[lo].idx : doc[tok.i - 1].idx + len(doc[tok.i - 1].text)]
                add(lo, tok.i + 1, doc[lo].idx, absorb=True, name=f"{written} {tok.text.capitalize()}")
                continue
            if tok.lower_ in _WATER_AFTER_NAME_KEPT and lo > 0 and doc[lo - 1].pos_ == "PROPN" \
                    and doc[lo - 1].text[:1].isupper():
                continue  # a longer proper name ("the Blue Nile State river authority") is not read from its tail
            # a river or bridge keeps its lower-case noun in the name, as written
            kept = tok.lower_ in _WATER_AFTER_NAME_KEPT
            add(lo, tok.i + 1 if kept else tok.i, doc[lo].idx, absorb=kept)
    return out


# Round 21: "Mocímboa da Praia", "Santiago del Estero": a town named like a capital after a particle is another town.
_NAME_PARTICLES = frozenset({"da", "do", "das", "dos", "del", "di"})  # not French "de": "Banque de France"


def particle_names(doc: Doc, mentions: Sequence[Mention]) -> tuple[list[Mention], list[Mention]]:
    """Dictionary mentions that are only the tail of a longer name ("Praia" in "Mocímboa da Praia"): the mentions
    to drop, and the whole names as places written as in the text (country unknown). Only a capitalised word that
    no dictionary knows, then a lower-case particle, right before the mention."""
    drop: list[Mention] = []
    whole: list[Mention] = []
    for m in mentions:
        i = m.tok_start
        if i < 2 or doc[i - 1].text not in _NAME_PARTICLES:
            continue
        first = doc[i - 2]
        if not (first.text[:1].isupper() and first.is_alpha and first.pos_ == "PROPN" and first.i > 0) \
                or any(x.tok_start <= first.i < x.tok_end for x in mentions):
            continue
        drop.append(m)
        if not any(w.tok_start == first.i for w in whole):
            start = first.idx
            text = doc.text[start : m.end]
            whole.append(Mention(start, m.end, first.i, m.tok_end, text, text, None, "city", True))
    return drop, whole


# Round 21: "send soldiers to the province", "patrol boats into the channel": a bare definite noun of a kind of place
# stands for the last place of that kind the article named ("in Cabo Delgado province", "the X waterway").
_KIND_OF = {"province": "province", "région": "region", "region": "region", "district": "district",
            "oblast": "region", "governorate": "region", "island": "island", "île": "island",
            "archipelago": "archipelago", "archipel": "archipelago", "peninsula": "peninsula", "péninsule": "peninsula",
            "waterway": "water", "channel": "water", "strait": "water", "détroit": "water", "canal": "water",
            # "the autonomous republic of X … in the region": a republic inside a state is one of its regions
            "republic": "region", "république": "region"}
# round 25: "on the X River … patrols to the river", "le fleuve X … sur le fleuve" (the name holds its noun)
_KIND_IN_NAME = {"river": "river", "rivière": "river", "fleuve": "river", "lake": "lake", "lac": "lake",
                 "shoal": "shoal", "reef": "shoal", "récif": "shoal", "atoll": "shoal",
                 # "dans le golfe de Paria … les patrouilles dans le golfe", "the Bay of X … into the bay"
                 "golfe": "gulf", "gulf": "gulf", "baie": "bay", "bay": "bay",
                 "island": "island", "île": "island"}  # "on Migingo Island … to the island"
_DEFINITE = frozenset({"the", "this", "la", "le", "l'", "l’", "cette", "ce"})
_KIND_PREPS = frozenset({"to", "in", "into", "inside", "across", "near", "off", "dans", "à", "vers", "en", "près"})
_KIND_FROM = frozenset({"de", "du", "d'", "d’", "from"})  # "ne retirera pas ses patrouilles de la rivière"
_EDGE_NOUNS = frozenset({"entrée", "large", "embouchure", "abords", "bord", "rive", "rives", "côte", "côtes"})
_KIND_ON = frozenset({"on", "along", "sur"})  # "patrols on the river", "des observateurs sur le fleuve"


def named_kinds(doc: Doc, mentions: Sequence[Mention]) -> dict[str, Mention]:
    """The places of a sentence written with the noun of their kind: "Cabo Delgado province", "the X waterway",
    "la province de X", "the island of X" (kind → place, the last one winning)."""
    out: dict[str, Mention] = {}
    for m in sorted(mentions, key=lambda x: x.tok_start):
        after = doc[m.tok_end].lower_ if m.tok_end < len(doc) else ""
        before = doc[m.tok_start - 2].lower_ if m.tok_start >= 2 and doc[m.tok_start - 1].lower_ in _OF else ""
        kind = _KIND_OF.get(after) or _KIND_OF.get(before)
        if kind is None:
            kind = _KIND_IN_NAME.get(doc[m.tok_end - 1].lower_) or _KIND_IN_NAME.get(doc[m.tok_start].lower_) or (
                _KIND_IN_NAME.get(doc[m.tok_start - 1].lower_) if m.tok_start > 0 else None)
        if kind is not None and m.role != "country":
            out[kind] = m
    return out


def kind_anaphor(etype: str, s: Sentence, reg: set[int], memory: dict[str, Mention]) -> list[Mention]:
    """The remembered place for "to the province", "dans la région", "into the channel" in the event's clause
    (a bare definite noun: no name, no of/de phrase, no adjective), for the events that have a scene."""
    from worker.events.arguments import LOC_FROM_A  # read-only use of the shared type set

    if etype not in LOC_FROM_A | {"AID"} or not memory:
        return []
    for i in sorted(reg):
        tok = s.doc[i]
        kind = _KIND_OF.get(tok.lower_) or _KIND_IN_NAME.get(tok.lower_)
        # a lower-case kind noun the model tags PROPN ("les patrouilles dans le golfe") is still the common noun
        if kind is None or kind not in memory or not (tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.is_lower)):
            continue
        if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children) or any(
                c.dep_ not in ("det", "case", "punct") for c in tok.children):
            continue
        prep = next((c.lower_ for c in tok.children if c.dep_ == "case"), None)
        if prep is None and tok.dep_ == "pobj":
            prep = tok.head.lower_
        # "à l'entrée de la baie", "au large du golfe": the place named through a noun of position
        at_edge = prep in _KIND_FROM and tok.head.pos_ == "NOUN" and tok.head.lower_ in _EDGE_NOUNS and any(
            c.dep_ == "case" and c.lower_ in _KIND_PREPS | {"au", "aux"} for c in tok.head.children)
        if prep in _KIND_PREPS or (prep in _KIND_FROM and etype == "RETREAT") or prep in _KIND_ON or at_edge:
            m = memory[kind]
            return [Mention(tok.idx, tok.idx + len(tok.text), tok.i, tok.i + 1, tok.text, m.normalized, m.country,
                            m.role, True)]
    return []



# round 24: "a fermé le point de passage d'Adré", "au poste de Ras Jedir", "the border crossing at X"
_CROSSING_LINKS = frozenset({"de", "d'", "d’", "du", "of", "at"})


def _crossing_noun(tok: Token) -> bool:
    if tok.lower_ in words("crossing_nouns"):
        return True
    # "le poste-frontière" split into three tokens by the French tokenizer
    return tok.lower_ == "frontière" and tok.i >= 2 and tok.doc[tok.i - 1].text == "-" \
        and tok.doc[tok.i - 2].lower_ == "poste"


def _name_run(doc: Doc, i: int) -> tuple[int, int] | None:
    """The capitalised words from i (a name the model may tag as a person or read as a common noun)."""
    if not doc[i].text[:1].isupper() or doc[i].pos_ not in ("PROPN", "NOUN"):
        return None
    hi = i + 1
    while hi < len(doc) and hi - i < 4 and doc[hi].text[:1].isupper() and doc[hi].pos_ in ("PROPN", "NOUN"):
        hi += 1
    return i, hi


def crossing_places(trig: Trigger, s: Sentence, reg: set[int]) -> list[Mention]:
    """A crossing noun on the event (its object or a phrase on it, one noun deeper at most) followed by
    de/of/at and a capitalised name: the named crossing is the event's place, known or not."""
    doc = s.doc
    out: list[Mention] = []
    for tok in doc:
        if tok.i not in reg or not _crossing_noun(tok):
            continue
        cur, ok = tok, False
        for _ in range(3):
            if cur.head.i == trig.head.i:
                ok = True
                break
            if cur.head.i == cur.i or cur.head.pos_ not in ("NOUN", "ADP"):
                break
            cur = cur.head
        if not ok:
            continue
        nxt = tok.i + 1
        if nxt >= len(doc) or doc[nxt].lower_ not in _CROSSING_LINKS:
            continue
        run = _name_run(doc, nxt + 1)
        if run is None or run[0] not in reg:
            continue
        known = next((m for m in (*s.places, *s.ner_places) if m.tok_start <= run[0] < m.tok_end), None)
        if known is not None:
            out.append(known)
            continue
        if any(m.tok_start < run[1] and run[0] < m.tok_end for m in s.actors):
            continue
        span = doc[run[0] : run[1]]
        out.append(Mention(span.start_char, span.end_char, run[0], run[1], span.text, span.text, None, "ner", True))
    return out


# round 24: "dans le centre de la capitale", "to the Ethiopian capital": a capital named by its kind
_CAPITAL_NOUNS = frozenset({"capital", "capitale"})
_CAPITAL_PREPS = _KIND_PREPS | {"at", "outside", "around", "au", "autour", "hors", "sur"}
_CAPITAL_DE = frozenset({"de", "d'", "d’", "du", "of"})


def _capitals() -> dict[str, str]:
    """Country code → its capital, for the countries with one capital (curated places first)."""
    if _CAPITALS:
        return _CAPITALS
    from worker.events.lexicon import DATA_DIR, load_json

    found: dict[str, set[str]] = {}
    for p in load_json("places.json")["places"]:
        if p["kind"] == "capital" and p["country"]:
            found.setdefault(p["country"], set()).add(p["normalized"])
    curated = set(found)
    for row in (DATA_DIR / "gazetteer.tsv").read_text(encoding="utf-8").splitlines():
        cols = row.split("\t")
        if not row.startswith("#") and len(cols) > 2 and cols[2] == "capital" and cols[1] and cols[1] not in curated:
            found.setdefault(cols[1], set()).add(cols[0])
    _CAPITALS.update({code: next(iter(names)) for code, names in found.items() if len(names) == 1})
    _CAPITALS.setdefault("", "")
    return _CAPITALS


_CAPITALS: dict[str, str] = {}


def _capital_preposition(tok: Token) -> str | None:
    case = next((c.lower_ for c in tok.children if c.dep_ == "case"), None)
    if case is None and tok.dep_ == "pobj":
        case = tok.head.lower_
    return case


def capital_anaphor(trig: Trigger, s: Sentence, reg: set[int]) -> list[Mention]:
    """"a interdit tout rassemblement dans la capitale", "will send his adviser to the Ethiopian capital": a
    definite "capital" with no name of its own, in a place phrase of the event's clause, is the capital of the
    country its nationality adjective names, else of the country the article is about."""
    from worker.events.actors import demonym_country
    from worker.events.arguments import LOC_FROM_A  # read-only use of the shared type set

    # an attack "in the capital" would make the capital's state its target: riots there are no attack on it
    if trig.type not in (LOC_FROM_A - {"ASSAULT"}) | {"AID"}:
        return []
    for i in sorted(reg):
        tok = s.doc[i]
        if tok.lower_ not in _CAPITAL_NOUNS or tok.pos_ != "NOUN":
            continue
        if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children):
            continue
        if any(c.i > tok.i and c.dep_ not in ("punct", "amod") for c in tok.children) or any(
                c.dep_ in ("compound", "nmod:poss", "poss") for c in tok.children):
            continue  # "the capital of X", "la capitale Bangui", "Mali's capital": named, not an anaphor
        prep = _capital_preposition(tok)
        if prep in _CAPITAL_DE:  # "dans le centre de la capitale": the phrase of the noun it belongs to
            gov = tok.head.head if tok.dep_ == "pobj" else tok.head
            prep = _capital_preposition(gov) if gov.pos_ == "NOUN" else None
        if prep not in _CAPITAL_PREPS:
            continue
        adj = [c for c in tok.children if c.dep_ == "amod"]
        codes = [code for c in adj if (code := demonym_country(c.text)) is not None]
        if adj and not codes:
            continue  # "the former capital", "the economic capital"
        code = codes[0] if codes else s.home
        name = _capitals().get(code or "")
        if not name:
            continue
        return [Mention(tok.idx, tok.idx + len(tok.text), tok.i, tok.i + 1, tok.text, name, code, "capital", True)]
    return []


# Round 25: "X will deploy 200 soldiers to Y. The reinforcements will be stationed in Z": a sentence whose subject
# is a definite noun for forces and whose main verb says where they arrive or are stationed adds its place to the
# deployment of the sentence before. Only the sentence's own main verb counts (a reported "said the troops would
# arrive in X" is a claim, left alone), and only a place after a locative preposition on that verb.
_FOLLOW_DETS = frozenset({"the", "these", "this", "those", "ces", "ce", "cette", "les", "le", "la", "l'", "l’"})
_FOLLOW_PREPS = frozenset({"in", "at", "to", "à", "au", "aux", "dans", "en"})


def _stationing_verb(root: Token) -> Token | None:
    """The stationing verb of the sentence's main clause: the root, or its complement ("is expected to arrive")."""
    verbs = words("stationing_verbs")
    if root.lemma_.lower() in verbs:
        return root
    return next((c for c in root.children if c.dep_ in ("xcomp",) and c.lemma_.lower() in verbs), None)


def force_followup(s: Sentence) -> tuple[Token, list[Mention]] | None:
    """(the verb, its places) when the sentence only says where forces sent before will be (see above)."""
    root = next((t for t in s.doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in root.children if c.dep_ in _SUBJ), None)
    if subj is None or subj.lower_ not in words("force_anaphors") \
            or not any(c.dep_ == "det" and c.lower_ in _FOLLOW_DETS for c in subj.children):
        return None
    verb = _stationing_verb(root)
    if verb is None:
        return None
    out: list[Mention] = []
    for p in [*s.places, *s.ner_places]:
        tok = _place_root(p, s)
        up = tok.head.head if tok.dep_ == "pobj" else tok.head
        if up.i == verb.i and (_case_word(tok) or "") in _FOLLOW_PREPS:
            out.append(p)
    return (verb, out) if out else None


_DETS = frozenset({"the", "a", "la", "le", "les", "l'", "l’", "du", "des", "de", "d'", "d’", "its", "sa", "son", "ses"})
_NAME_OF = words("of_before_names")  # "l'île de X", "the town of X"
_PLACE_NAME_PARTICLES = frozenset({"da", "del", "de", "do", "dos", "al", "el", "al-", "el-", "bin", "ben"})
_NOT_NAME_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_CONTAINER_TYPES = frozenset({"MOBILIZE", "ASSAULT", "PROTEST", "CONSULT", "RETREAT", "COERCE", "AID", "SANCTION"})


def _container_phrase(noun: Token, trig: Trigger) -> bool:
    """The kind noun stands in a place phrase: "près de la localité", "au sud de l'île", "near the town",
    "in the department" ("de la ville" only for a withdrawal, which leaves a place)."""
    doc = noun.doc
    i = noun.i - 1
    while i >= 0 and doc[i].text.islower() and doc[i].pos_ in ("ADJ", "NOUN") and noun.i - i <= 2:
        i -= 1  # "la petite ville", "the border town", "the resort town"
    while i >= 0 and doc[i].lower_ in _DETS and noun.i - i <= 4:
        if doc[i].lower_ in _OF and i > 0 and doc[i - 1].lower_ in words("named_container_preps"):
            return True  # "près de l'île", "au large du port"
        if doc[i].lower_ in _OF and trig.type == "RETREAT":
            return True  # "le retrait de ses combattants de la ville de X"
        i -= 1
    if i < 0:
        return False
    word = doc[i].lower_
    if word in ("from", "out") and trig.type == "RETREAT":
        return True
    if word in ("sur", "on") and trig.type in ("MOBILIZE", "ASSAULT", "RETREAT"):
        return True
    return word in words("named_container_preps")


def named_in_container(trig: Trigger, s: Sentence, reg: set[int]) -> list[Mention]:
    """"a envoyé 200 fusiliers marins près de l'île de Cocotiers", "near the border town of X", "le retrait de
    ses combattants de la ville minière de X": a capitalised name after a kind noun that holds places (island,
    town, district, gas field) and "de/of", the noun in a place phrase of the event's clause, is where the event
    happens even when no dictionary knows the name and the model tags it as a person or a common noun."""
    if trig.type not in _CONTAINER_TYPES:
        return []
    doc = s.doc
    known = [*s.actors, *s.places, *s.ner_places]
    out: list[Mention] = []
    for noun in doc:
        if noun.i not in reg or noun.lower_ not in words("named_container_nouns") or not noun.text.islower():
            continue
        j = noun.i + 1
        while j < len(doc) and doc[j].text.islower() and doc[j].pos_ in ("ADJ", "NOUN", "VERB") \
                and doc[j].lower_ not in _NAME_OF and j - noun.i <= 2:
            j += 1  # "la localité frontalière de", "du champ gazier de", "l'île grecque de"
        if j + 1 >= len(doc) or doc[j].lower_ not in _NAME_OF:
            continue
        lo = hi = j + 1
        if lo not in reg or not doc[lo].text[:1].isupper() or doc[lo].ent_type_ in _NOT_NAME_ENTS \
                or demonym_country(doc[lo].text) is not None:
            continue
        while hi + 1 < len(doc) and (doc[hi + 1].text[:1].isupper() or (
                doc[hi + 1].lower_ in _PLACE_NAME_PARTICLES and hi + 2 < len(doc) and doc[hi + 2].text[:1].isupper())):
            hi += 1
        if not _container_phrase(noun, trig):
            continue
        place = next((m for m in (*s.places, *s.ner_places) if m.tok_start == lo), None)
        if place is not None:
            out.append(place)  # a name the model tagged as a place, which the phrase rules did not reach
            continue
        if any(m.tok_start <= hi and lo < m.tok_end for m in known):
            continue
        span = doc[lo : hi + 1]
        out.append(Mention(span.start_char, span.end_char, lo, hi + 1, span.text, span.text, None, "ner", True))
    return out
