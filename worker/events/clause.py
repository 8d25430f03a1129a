"""What a governing clause lends to the event of a dependent clause, and places the dictionaries and
the model's place entities both miss.

- Time: "La Pologne a fermé jeudi ses frontières et déployé 40 000 soldats" (the conjoined verb shares
  "jeudi"), "s'est rendu à Alger le 6 avril, où les deux pays ont convenu…" (the where-clause happens
  then too). Only time expressions hanging directly on the governing verb are lent, so a date inside
  another argument stays there.
- Places: "marched in Barrancas and Bogotá", "at a petrol station in the town of Barrancas": a
  capitalized proper noun after a locative preposition on the trigger (or in "the town of X" there)
  that no dictionary knows and the model did not tag as a place. Normalized as written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from worker.events.actors import Mention, demonym_country, military_nouns
from worker.events.context import Sentence, preposition, prev_word, tok_at
from worker.events.triggers import find_triggers
from worker.events.words import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from worker.events.timex import TimeExpr
    from worker.events.triggers import Trigger

_WHERE = frozenset({"où", "where"})
_VERBS = frozenset({"VERB", "AUX"})
# A time inside another clause of the governor ("said it would release him as soon as possible") is not lent.
_CLAUSAL = frozenset({"ccomp", "xcomp", "conj", "advcl", "acl", "acl:relcl", "relcl", "parataxis", "csubj", "cc"})


def _lender(trig: Trigger) -> Token | None:
    head = trig.head
    if head.head.i == head.i or head.head.pos_ not in _VERBS:
        return None
    if head.dep_ == "conj":
        return head.head
    if head.dep_ == "advcl" and _subjectless_participle(head):
        return head.head  # "boarded the boats on Monday, seizing their rifles": same time
    if head.dep_ == "xcomp" and head.head.lemma_.lower() in _CONATIVE and not any(
            c.dep_ in _SUBJ for c in head.children):
        return head.head  # "ont tenté mercredi de renverser le président" (not "a décidé mardi de déployer")
    if head.dep_ in ("advcl", "acl:relcl", "relcl") and any(c.lower_ in _WHERE for c in head.children):
        return head.head
    if trig.token.i == head.i and (head.pos_ == "NOUN" or head.tag_ == "VBG") and head.dep_ in (
            "nsubj", "nsubj:pass", "nsubjpass"):
        return head.head  # "Fighting between X and Y entered its second week on Sunday": the noun's clause
    return None


# Verbs of trying, starting and going on: their complement happens when they do.
_CONATIVE = frozenset({"tenter", "essayer", "chercher", "commencer", "continuer", "poursuivre", "réussir", "parvenir",
                       "try", "attempt", "seek", "begin", "start", "continue", "manage", "resume"})
_SUBJ = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "expl:subj", "csubj"})


def _subjectless_participle(verb: Token) -> bool:
    """"…, seizing their rifles", "…, tuant 12 civils", "en bombardant": a participle with no subject
    of its own, whose event is part of the governing clause's."""
    if any(c.dep_ in _SUBJ for c in verb.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ not in ("en",) for c in verb.children):
        return False  # "after seizing", "avant de se retirer": another moment
    return verb.tag_ == "VBG" or "Ger" in verb.morph.get("VerbForm") or (
        "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense"))


def lent_times(trig: Trigger, s: Sentence) -> list[TimeExpr]:
    """Time expressions of the governing verb, for an event clause that has none of its own."""
    gov = _lender(trig)
    if gov is None:
        return []
    out = []
    for t in s.times:
        tok = s.doc[tok_at(s.doc, t.start)]
        # the time phrase hangs on the governing verb itself, before the dependent clause begins
        cur = tok
        for _ in range(3):
            if cur.head.i == gov.i or cur.head.i == cur.i or cur.dep_ in _CLAUSAL:
                break
            cur = cur.head
        subject = trig.head.head.i == gov.i and trig.head.dep_ in _SUBJ  # the whole clause is the noun's
        if cur.head.i == gov.i and cur.dep_ not in _CLAUSAL and (subject or cur.i < trig.head.left_edge.i):
            out.append(t)
    return out


def conjunct_times(trig: Trigger, s: Sentence) -> list[TimeExpr]:
    """Round 22: "detained 14 fishermen and seized three boats … on Tuesday": a time phrase closing the verb
    conjoined after the event's verb (same subject, no auxiliary or subject of its own, an event of the same
    type) dates the first verb too."""
    head = trig.head
    if head.pos_ not in ("VERB", "AUX"):
        return []
    for conj in head.children:
        if conj.dep_ != "conj" or conj.pos_ != "VERB" or conj.i < head.i:
            continue
        if any(c.dep_ in _SUBJ or c.dep_ in ("aux", "aux:tense", "aux:pass", "auxpass", "mark") for c in conj.children):
            continue  # "arrested them and will release them on Monday": another moment
        if trig.type not in {t.type for t in find_triggers([conj], s.lex)}:
            continue  # "condemned the attack and sent a delegation … on Monday": the day is the second act's
        out = []
        for t in s.times:
            tok = s.doc[tok_at(s.doc, t.start)]
            cur = tok
            for _ in range(2):
                if cur.head.i == conj.i:
                    break
                cur = cur.head
            # the phrase hangs on the conjunct and ends it (no object after it that could own a moment of its own)
            if cur.head.i == conj.i and cur.dep_ not in _CLAUSAL and cur.i > conj.i \
                    and cur.i >= max(c.i for c in conj.children if c.dep_ not in ("punct", "conj", "cc")):
                out.append(t)
        if out:
            return out
    return []


# "marched through X": nobody marches through anything but a place
_LOC = frozenset({"in", "à", "dans", "at", "near", "off", "through"})
_LOC_ANY = frozenset({"in", "dans", "near", "off", "through"})
_TOWN = frozenset({"town", "city", "village", "province", "district", "region", "ville", "localité", "région",
                   "commune", "state", "county", "governorate", "département"})
_NOT_PLACE_ENTS = frozenset({"DATE", "TIME", "PERSON", "PER", "NORP", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                             "QUANTITY", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE", "MISC"})


# The small models often tag an unknown town as a person or a nationality ("in Kurram", "in Adigrat"); after
# these prepositions on the event a person or a group is hardly ever meant, so such a tag is overruled.
_PLACE_ONLY_PREPS = frozenset({"in", "near", "dans", "off"})
# round 24: "a dépêché 600 soldats vers Ben Gardane" (tagged PER): one moves toward places, not people
_PLACE_ONLY_PREPS = _PLACE_ONLY_PREPS | {"vers", "towards", "toward"}
_MISTAGGED = frozenset({"PERSON", "PER", "NORP", "PRODUCT"})  # round 8: "a rally in Mzuzu" tagged PRODUCT
_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december", "janvier", "février", "mars", "avril", "mai", "juin",
                     "juillet", "août", "septembre", "octobre", "novembre", "décembre"})


def near_phrase(noun: Token) -> bool:
    """"près de Bria", "au large de l'île de X": the noun is introduced by a French 'near' phrase, which
    names a place whatever the event (the parse hangs "près" on the noun or on the word before it)."""
    near = words("near_words")
    if any(c.dep_ in ("advmod", "case", "fixed") and c.lower_ in near for c in noun.children):
        return True
    case = next((c for c in noun.children if c.dep_ == "case"), None)
    if case is None or case.lower_ not in ("de", "d'", "d’", "du", "des"):
        return False
    before = prev_word(noun.doc, case.i)
    return before is not None and before.lower_ in near


def place_preposition(tok: Token) -> str:
    """The preposition introducing `tok`, with a French 'near' phrase read as "near"."""
    return "near" if near_phrase(tok) else (preposition(tok) or "")


def _mistagged_place(tok: Token, gov: Token | None = None) -> bool:
    """"in Kurram" tagged PERSON, "in Adigrat" tagged NORP: the whole name is one such entity, right after
    a place-only preposition, not a nationality word, a possessor ("in Smith's speech") or a month."""
    if tok.ent_type_ not in _MISTAGGED:
        return False
    if gov is None:
        gov = tok.head if tok.dep_ == "conj" else tok  # "in Kurram and Angoor Adda"
    if place_preposition(gov) not in _PLACE_ONLY_PREPS:
        return False
    if tok.lower_ in _MONTHS or demonym_country(tok.text) is not None:
        return False
    return not any(c.dep_ == "poss" or c.tag_ == "POS" for c in tok.children) and tok.dep_ != "poss"


_TOWN_PREPS = frozenset({"à", "in", "near", "dans", "près"})


def _name_tagged_noun(tok: Token) -> bool:
    """"sur des manifestants à Otavalo": the French model reads an unknown town as a common noun (lemma
    "otavalo"); a capitalised bare noun inside a sentence, right after à/in, is a name."""
    return tok.pos_ == "NOUN" and tok.i > 0 and tok.text[:1].isupper() and tok.text[1:].islower() \
        and tok.lemma_ != tok.text and (preposition(tok) or "") in _TOWN_PREPS \
        and not any(c.dep_ in ("det", "amod", "nummod") for c in tok.children) and tok.lower_ not in _MONTHS


# "to eastern Sabah", "in northern Rakhine": a compass adjective on a name makes it a region, whatever the model tags
_COMPASS = frozenset({"eastern", "western", "northern", "southern", "central", "north-eastern", "north-western",
                      "south-eastern", "south-western", "northeastern", "northwestern", "southeastern", "southwestern"})


def _compass_name(tok: Token) -> bool:
    return tok.ent_type_ in _MISTAGGED and tok.lower_ not in _MONTHS and any(
        c.dep_ in ("amod", "compound") and c.lower_ in _COMPASS and c.i == tok.i - 1 for c in tok.children)


def _unknown_name(tok: Token, s: Sentence, gov: Token | None = None, sent: bool = False,
                  scene: bool = False) -> Mention | None:
    if (tok.pos_ != "PROPN" and not _name_tagged_noun(tok)) or not tok.text[:1].isupper() or (
            tok.ent_type_ in _NOT_PLACE_ENTS and not _mistagged_place(tok, gov) and not _compass_name(tok)
            and not (sent and _sent_to_name(tok)) and not (scene and _scene_name(tok))):
        return None
    lo = hi = tok.i
    doc = s.doc
    while lo > 0 and doc[lo - 1].text[:1].isupper() and (doc[lo - 1].pos_ == "PROPN" or (
            lo > 1 and doc[lo - 1].dep_ in ("compound", "amod") and doc[lo - 1].head.i == tok.i
            and demonym_country(doc[lo - 1].text) is None)):
        lo -= 1  # "in Big Kalou" with the first word of the name read as an adjective
    while hi + 1 < len(doc) and doc[hi + 1].text[:1].isupper() and (
            doc[hi + 1].pos_ == "PROPN" or (doc[hi + 1].dep_ == "flat:name" and doc[hi + 1].head.i == tok.i)):
        hi += 1  # "à Sesheke Mwandi" with the second word read as a common noun of the name
    if any(m.tok_start <= hi and lo < m.tok_end for m in (*s.actors, *s.places, *s.ner_places)):
        return None
    span = doc[lo : hi + 1]
    return Mention(span.start_char, span.end_char, lo, hi + 1, span.text, span.text, None, "ner", True)


_SENT_TO = frozenset({"à", "to"})
_SCENE_TYPES = frozenset({"PROTEST", "ASSAULT", "COERCE"})


def _scene_name(tok: Token) -> bool:
    """"ont manifesté à Katima Mulilo" tagged MISC or PER: a name of two words or more after "à" right on a
    protest, an attack or a police action is where it happens (nobody protests "to" a person)."""
    if (preposition(tok) or "") == "through":
        # "marched through Potosí" with the town tagged as a person: a crowd goes through places only
        return tok.ent_type_ in _MISTAGGED and tok.lower_ not in _MONTHS and demonym_country(tok.text) is None
    return tok.ent_type_ in _MISTAGGED | {"MISC"} and (preposition(tok) or "") == "à" \
        and any(c.dep_ == "flat:name" for c in tok.children) and tok.lower_ not in _MONTHS \
        and demonym_country(tok.text) is None


def _sends_forces(trig: Trigger) -> bool:
    """Round 27: "a envoyé 300 soldats supplémentaires à X": troops are sent to places, not to people."""
    return trig.type == "MOBILIZE" and any(c.dep_ in ("obj", "dobj") and c.lower_ in military_nouns()
                                           for c in trig.head.children)


def _sent_to_name(tok: Token) -> bool:
    """A name the model tags as a person right after à/to on a verb that sends troops ("à Ouangolodougou")."""
    return tok.ent_type_ in _MISTAGGED and (preposition(tok) or "") in _SENT_TO and tok.lower_ not in _MONTHS \
        and demonym_country(tok.text) is None and tok.dep_ != "poss" \
        and not any(c.dep_ == "poss" or c.tag_ == "POS" for c in tok.children)


def _name_before_head_noun(g: Token) -> Token:
    """"off the Jaffna peninsula", "to Ämari air base": the phrase's noun is a geographic word and the
    place is the proper noun before it (extended to the whole name by `with_head_noun`)."""
    if g.lower_ not in words("place_head_nouns"):
        return g
    return next((k for k in g.lefts if k.dep_ == "compound" and k.pos_ == "PROPN" and k.text[:1].isupper()), g)


def with_head_noun(m: Mention, s: Sentence) -> Mention:
    """"Ämari" + "air base", "Jaffna" + "peninsula": an unknown place name followed by lower-case nouns that
    end in a geographic word and govern the name is written with them, as the text names the place."""
    doc = s.doc
    if m.country is not None:
        return m  # a dictionary place keeps its own name
    hi = m.tok_end
    while hi < len(doc) and hi - m.tok_end < 3 and doc[hi].pos_ == "NOUN" and doc[hi].text.islower():
        if doc[hi].lower_ in words("place_head_nouns"):
            if doc[m.tok_start : m.tok_end].root.head.i != hi:
                return m
            span = doc[m.tok_start : hi + 1]
            text = doc.text[m.start : span.end_char]
            return Mention(m.start, span.end_char, m.tok_start, hi + 1, text, text, None, m.role, True)
        hi += 1
    return m


def unknown_conjunct(tok: Token, s: Sentence) -> Mention | None:
    """A proper noun coordinated with an accepted place that no dictionary or model entity covers."""
    return _unknown_name(tok, s)


def _known(tok: Token, s: Sentence) -> Mention | None:
    return next((m for m in (*s.places, *s.ner_places) if m.covers(tok)), None)


def unknown_places(trig: Trigger, s: Sentence, allow_a: bool) -> list[Mention]:
    out: list[Mention] = []
    preps = _LOC if allow_a else _LOC_ANY
    if trig.type == "MOBILIZE":
        # round 24: "a dépêché 600 soldats vers Ben Gardane"; round 27: troops sent "à X" (see _sends_forces)
        preps = preps | {"vers", "towards", "toward"} | (_SENT_TO if _sends_forces(trig) else frozenset())
    # phrases on the trigger, and one level down ("at a petrol station in the town of X")
    kids = list(trig.head.children)
    for c in list(kids):
        g = next((x for x in c.children if x.dep_ == "pobj"), None) if c.dep_ == "prep" else c
        # "massed troops near the city of X": a place phrase on the object, for moves and attacks
        # round 8: any event's object ("dispersed a rally in X"), with only in/dans/near when "à/at" is no venue
        on_obj = g is not None and g.dep_ in ("obj", "dobj")
        if g is not None and g.pos_ == "NOUN" and (c.dep_ == "prep" or g.dep_.startswith("obl") or on_obj):
            kids += [k for k in g.children if k.dep_ in ("prep", "nmod")]
        if c.dep_ == "advmod" and c.lower_ in words("near_words"):
            # round 21: "ont opposé … près de Nekemte" with the name hung on the adverb (as "dep")
            kids += [k for k in c.children if k.i > c.i and k.dep_ in ("dep", "obl", "obl:arg", "nmod")]
    for c in kids:
        g = next((x for x in c.children if x.dep_ == "pobj"), None) if c.dep_ == "prep" else c
        if g is None or (place_preposition(g) not in preps and not (
                trig.type == "MOBILIZE" and place_preposition(g) == "to" and _compass_name(g))):
            continue
        gov, g = g, _name_before_head_noun(g)
        if g.lower_ in _TOWN:  # "in the northern town of Barrancas"
            g = next((x for y in g.children if (x := (next((z for z in y.children if z.dep_ == "pobj"), None)
                      if y.dep_ == "prep" else y)) is not None and (preposition(x) or "") in ("of", "de", "d'", "d’")),
                     None)
            if g is None:
                continue
        m = _unknown_name(g, s, gov if gov is not g else None, sent=_sends_forces(trig),
                          scene=trig.type in _SCENE_TYPES and (g.head.i == trig.head.i or (
                              g.head.dep_ == "prep" and g.head.head.i == trig.head.i)))
        if m is None:
            continue
        out.append(m)
        # "in Barrancas and Bogotá": the conjunct, known or not
        out += [x for k in g.children if k.dep_ == "conj" and (x := _unknown_name(k, s) or _known(k, s)) is not None]
        # "in Kurram and Angoor Adda" parsed as one name whose first conjunct hangs as a modifier
        out += [x for k in g.lefts if k.dep_ in ("nmod", "compound") and k.pos_ == "PROPN"
                and any(c.dep_ == "cc" for c in k.children) and any(c.dep_ == "conj" for c in k.children)
                and (x := _unknown_name(k, s, g) or _known(k, s)) is not None and x.tok_end <= k.i + 1]
    return out


_FROM_FR = frozenset({"de", "d'", "d’", "du", "des"})


_PART_WORDS = frozenset({"any", "some", "all", "most", "part", "rest", "none", "partie", "reste", "aucun", "aucune",
                         "certains", "plupart"})


def _part_of_forces(tok: Token) -> bool:
    """"had not withdrawn any of its marines", "a retiré une partie de ses soldats": a share of the forces."""
    if tok.lower_ not in _PART_WORDS:
        return False
    for c in tok.children:
        inner = next((x for x in c.children if x.dep_ == "pobj"), None) if c.dep_ == "prep" and c.lower_ == "of" \
            else c if c.dep_ == "nmod" and (preposition(c) or "") in _FROM_FR else None
        if inner is not None and inner.lower_ in military_nouns():
            return True
    return False


def _hyphen_joined(doc: Doc, lo: int, hi: int) -> tuple[int, int]:
    """Widen a name over the capitalised parts it is hyphen-joined to without spaces ("Tawi-Tawi")."""
    while lo >= 2 and doc[lo - 1].text == "-" and not doc[lo - 2].whitespace_ and not doc[lo - 1].whitespace_ \
            and doc[lo - 2].text[:1].isupper():
        lo -= 2
    while hi + 2 < len(doc) and doc[hi + 1].text == "-" and not doc[hi].whitespace_ and not doc[hi + 1].whitespace_ \
            and doc[hi + 2].text[:1].isupper():
        hi += 2
    return lo, hi


def retreat_origin(trig: Trigger, s: Sentence) -> list[Mention]:
    """"pulled its troops out of X to a base in Y", "a retiré ses soldats de X": troops leave X, and X is the
    place of the withdrawal even when the model tags the unknown town as an organisation or a person
    (troops are withdrawn from places); Y, where they go, is not."""
    forces = [c for c in trig.head.children if c.dep_ in ("obj", "dobj") and (
        c.lower_ in military_nouns() or _part_of_forces(c))]
    if not forces and not any(c.dep_ in ("obj", "dobj") for c in trig.head.children):
        # round 19: "les troupes doivent se retirer de X", "troops will withdraw from X": the forces are the subject
        subj_of = trig.head.head if trig.head.dep_ == "xcomp" else trig.head
        forces = [c for c in subj_of.children if c.dep_ in _SUBJ and c.lower_ in military_nouns()]
    if not forces:
        return []
    out: list[Mention] = []
    # "a retiré ses soldats de Ménaka": the French parse often hangs the origin on the troops
    kids = [*trig.head.children, *(c for f in forces for c in f.children if c.dep_ == "nmod" and c.i > f.i)]
    # "une partie de ses soldats de X": the origin hangs on the troops inside the share
    kids += [g for f in forces for c in f.children if c.dep_ == "nmod" and c.lower_ in military_nouns()
             for g in c.children if g.dep_ == "nmod" and g.i > c.i]
    for c in kids:
        g: Token | None = None
        if c.dep_ == "prep" and c.lower_ == "from":
            g = next((x for x in c.children if x.dep_ == "pobj"), None)
        elif c.dep_ == "prep" and c.lower_ == "out":
            of = next((x for x in c.children if x.dep_ == "prep" and x.lower_ == "of"), None)
            g = next((x for x in of.children if x.dep_ == "pobj"), None) if of is not None else None
        elif c.dep_.startswith(("obl", "nmod")) and (preposition(c) or "") in _FROM_FR:
            g = c
        if g is None:
            continue
        known = _known(g, s)
        if known is not None:
            out.append(known)
        elif (g.pos_ == "PROPN" or g.ent_type_ in ("LOC", "GPE")) and g.text[:1].isupper() \
                and not any(a.covers(g) for a in s.actors) \
                and g.lower_ not in _MONTHS:
            lo = hi = g.i
            while lo > 0 and s.doc[lo - 1].pos_ == "PROPN" and s.doc[lo - 1].text[:1].isupper():
                lo -= 1
            while hi + 1 < len(s.doc) and s.doc[hi + 1].ent_iob_ == "I" and s.doc[hi + 1].text[:1].isupper():
                hi += 1  # round 19: the rest of the model's place entity ("Beled" + "Hawo" parsed as an adverb)
            lo, hi = _hyphen_joined(s.doc, lo, hi)  # "Tawi-Tawi" split into three tokens
            span = s.doc[lo : hi + 1]
            out.append(Mention(span.start_char, span.end_char, lo, hi + 1, span.text, span.text, None, "ner", True))
    return out


_STATIONED_PREPS = frozenset({"in", "at", "à", "au", "aux", "en", "dans"})


def stationed_origin(trig: Trigger, s: Sentence) -> list[Mention]:
    """"les soldats français stationnés au Gabon ne seront pas retirés", "the troops it keeps in Qatar": the place
    where withdrawn forces are stationed, said by a participle or a relative clause on them, is the place they
    leave."""
    forces = [c for c in trig.head.children if c.dep_ in ("obj", "dobj", *_SUBJ) and c.lower_ in military_nouns()]
    out: list[Mention] = []
    for f in forces:
        for v in f.children:
            if v.dep_ not in ("acl", "acl:relcl", "relcl") or v.i < f.i \
                    or v.lemma_.lower() not in words("stationed_words"):
                continue
            for c in v.children:
                g = next((x for x in c.children if x.dep_ == "pobj"), None) if c.dep_ == "prep" else c
                if g is None or (preposition(g) or "") not in _STATIONED_PREPS:
                    continue
                known = _known(g, s)
                if known is not None and known not in out:
                    out.append(known)
    return out


def _finite(verb: Token) -> bool:
    """A verb with a tense of its own: a finite form ("accused", "exigent") or a tense auxiliary ("a appelé")."""
    if any(c.dep_ in ("aux:tense", "aux") and c.lower_ not in ("to",) and c.pos_ == "AUX" for c in verb.children):
        return True
    return verb.tag_ in ("VBD", "VBZ", "VBP") or "Fin" in verb.morph.get("VerbForm")


_NP_LINKS = frozenset({"nmod", "obj", "dobj", "obl", "obl:arg", "obl:mod", "pobj", "prep", "appos", "amod"})


def shared_auxiliary_verb(head: Token) -> Token | None:
    """Round 18: "ont condamné l'usage excessif de la force et appelé à la retenue", "avaient imposé des taxes
    sur des produits et sanctionné le juge": a bare past participle (no auxiliary, no subject) coordinated with
    a noun deep in the first verb's object shares that verb's auxiliary: the verb it is coordinated with.
    Round 19: also one coordinated with the purpose infinitive of that verb ("a tiré des gaz lacrymogènes pour les
    disperser et interpellé 43 personnes"): a bare participle is no infinitive's conjunct."""
    first = head.head
    if head.dep_ == "conj" and first.pos_ == "VERB" and "Inf" in first.morph.get("VerbForm") \
            and first.dep_ in ("advcl", "xcomp") and first.i < head.i and first.head.pos_ == "VERB" \
            and "Part" in head.morph.get("VerbForm") and "Past" in head.morph.get("Tense") \
            and not any(c.dep_ in _SUBJ or c.dep_.startswith("aux") for c in head.children) \
            and any(c.dep_ == "cc" for c in head.children) and "Part" in first.head.morph.get("VerbForm") \
            and any(c.dep_ in ("aux:tense", "aux") and c.pos_ == "AUX" for c in first.head.children):
        return first.head
    if head.dep_ == "conj" and first.pos_ in ("VERB", "AUX") and "Part" not in first.morph.get("VerbForm") \
            and first.dep_ in ("ccomp", "advcl") and first.i < head.i and first.head.i < first.i \
            and first.head.pos_ == "VERB" and "Part" in first.head.morph.get("VerbForm") \
            and "Part" in head.morph.get("VerbForm") and "Past" in head.morph.get("Tense") \
            and not any(c.dep_ in _SUBJ or c.dep_.startswith("aux") for c in head.children) \
            and any(c.dep_ == "cc" for c in head.children) \
            and any(c.dep_ == "aux:tense" and c.pos_ == "AUX" for c in first.head.children):
        # "a affirmé que son pays défendra … et menacé de …": a bare participle needs an auxiliary, which the
        # finite verb of the reported clause it hangs on lacks; it is coordinated with the reporting verb
        return first.head
    if head.dep_ == "conj" and head.tag_ == "VBD" and first.tag_ == "VB" and first.i < head.i \
            and any(c.dep_ == "aux" and c.tag_ == "MD" for c in first.children) \
            and not any(c.dep_ in _SUBJ or c.dep_.startswith("aux") for c in head.children):
        # "X said that Kenya would respect the ruling and accused Y": a past tense cannot share "would"; the verb
        # is coordinated with the past-tense verb that reports the clause
        return next((a for a in first.ancestors if a.tag_ == "VBD" and a.i < first.i), None)
    if head.dep_ not in ("conj", "acl") or head.head.pos_ not in ("NOUN", "PROPN", "ADJ") or head.head.i > head.i \
            or "Part" not in head.morph.get("VerbForm") or "Past" not in head.morph.get("Tense") \
            or any(c.dep_ in _SUBJ or c.dep_.startswith("aux") for c in head.children) \
            or not any(c.dep_ == "cc" for c in head.children):
        return None
    cur = head.head
    for _ in range(5):
        if cur.dep_ not in _NP_LINKS or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ == "VERB":
            aux = any(c.dep_ in ("aux:tense", "aux") and c.pos_ == "AUX" for c in cur.children)
            return cur if aux and "Part" in cur.morph.get("VerbForm") else None
    return None


def misattached_conjunct(head: Token) -> bool:
    """Round 13: a finite verb the parser coordinated with a non-finite or nominal word below the first
    clause ("refused to sign the deal and called on X to …", "a rejeté ces critiques, les jugeant
    injustes, et a exhorté Y à …", "a dénoncé une fraude et appelé à manifester" with the second verb hung
    on the object noun). It is coordinated with the governing verb: a statement of its own, not part of
    what the first verb embeds."""
    first = head.head
    if shared_auxiliary_verb(head) is not None:
        return True
    if head.dep_ == "acl" and first.pos_ == "NOUN" and first.dep_ in ("obj", "dobj") \
            and any(c.dep_ == "cc" for c in head.children) and first.head.pos_ == "VERB" \
            and not any(c.dep_ in _SUBJ for c in head.children):
        return _finite(first.head)  # "a dénoncé une fraude et appelé à …": the participle shares the auxiliary
    if head.dep_ != "conj" or first.i == head.i or not _finite(head) or any(c.dep_ in _SUBJ for c in head.children):
        return False
    if first.pos_ in ("NOUN", "ADJ") and (
            first.dep_ == "dep" or (first.dep_ == "advcl" and first.lower_.endswith("ant"))):
        return True  # "…, les jugeant injustes, et a exhorté": a participle the model tagged as a noun
    if first.pos_ != "VERB":
        return False
    # round 17: a compound infinitive ("a démenti avoir accueilli X et a condamné …", "denied having hosted X
    # and condemned …"): the participle's auxiliary is the infinitive
    compound_inf = any(c.dep_.startswith("aux") and ("Inf" in c.morph.get("VerbForm") or c.tag_ in ("VB", "VBG"))
                       for c in first.children)
    if "Inf" in first.morph.get("VerbForm") or first.tag_ in ("VB", "VBG") or compound_inf or (
            "Part" in first.morph.get("VerbForm") and "Pres" in first.morph.get("Tense")):
        return first.dep_ in ("xcomp", "advcl", "ccomp", "obj", "dep", "acl")
    # "denied that troops had looted and blamed X for …": a bare past tense does not share the other's "had"
    return first.dep_ == "ccomp" and first.tag_ == "VBN" and head.tag_ == "VBD" \
        and any(c.dep_ == "mark" for c in first.children) and any(c.dep_ in _SUBJ for c in first.children) \
        and not any(c.dep_ == "aux" for c in head.children)
