"""Event nouns outside light-verb objects: the ones a reader counts as events of their own.

The lexicon's nouns are normally triggers only as objects of a light/report verb ("a annoncé le
déploiement"). Three more noun positions name an event with its own participants:

- a meeting noun with its own named argument ("lors d'une visite à Varsovie", "la visite de Nancy
  Pelosi", "after talks with Polish officials"); a bare "après les pourparlers" or "sa visite" stays
  no event;
- an attack noun with both an agent modifier and a target phrase ("Houthi attacks on ships",
  "des frappes russes contre Kharkiv"); extract.py keeps it only if the agent is a known actor
  ("Apple's attack on Samsung's patents" is no event);
- an attack noun between two coordinated parties, in any position ("Fighting between Sudan's army
  and the RSF entered its second week", "les combats entre l'armée et les rebelles");
- an event noun as the subject of a verb of happening ("talks were held in Doha", "des affrontements ont
  éclaté à Goma"), whose place and day are the verb's;
- a riot noun with a deadly relative clause ("des émeutes qui ont fait quatre morts"), or (round 14) the
  subject of a deadly verb ("the riots have killed nine people");
- an attack noun subject of a verb of hitting with an object ("une frappe a visé un camp militaire",
  "the strike hit a hospital"); extract.py keeps it only with a place or a count;
- the instrument of a response verb ("responded with artillery strikes", "a riposté par des frappes"),
  whose clause is the verb's;
- (round 10) a meeting noun expected to happen or with a holding participle ("talks are expected to open
  in Doha", "talks held in Istanbul"); a concern noun in a "with/avec" phrase ("suit la situation avec
  inquiétude": ACCUSE); a repression with its dead ("la répression a fait 22 morts": ASSAULT).

Only the word classes below are eligible; every other noun keeps the light-verb rule.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from worker.events.actors import demonym_country
from worker.events.words import words

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs whose "with/par/avec" phrase is the action taken in response.
RESPONSE_VERBS = frozenset({"respond", "retaliate", "reply", "riposter", "répondre", "répliquer", "réagir",
                            "follow"})  # round 13: "may follow with sanctions"
_RESPONSE_PREPS = frozenset({"with", "par", "avec"})
_PARTNER_PREPS = frozenset({"avec", "with", "between", "entre"})
_PLACE_PREPS = frozenset({"à", "au", "aux", "en", "to", "in"})
_AGENT_OF = frozenset({"de", "d'", "d’", "du", "des", "of", "by", "par"})
_TARGET_PREPS = frozenset({"on", "against", "contre", "sur"})
_NOMINAL_TYPES = frozenset({"CONSULT", "ASSAULT"})


def _prep_of(c: Token) -> str | None:
    """Preposition of a dependent: French `case` child, English `prep` parent."""
    for g in c.children:
        if g.dep_ == "case":
            return g.lower_
    if c.dep_ == "prep":
        return c.lower_
    return None


def _args(tok: Token) -> list[tuple[str, Token]]:
    """(preposition, argument head) for the noun's prepositional dependents."""
    out = []
    for c in tok.children:
        if c.dep_ == "prep":
            for g in c.children:
                if g.dep_ == "pobj":
                    out.append((c.lower_, g))
        elif c.dep_.startswith(("nmod", "obl")):
            p = _prep_of(c)
            if p is not None:
                out.append((p, c))
    return out


def _agent_modifier(tok: Token) -> bool:
    """"Houthi attacks", "Israel's strikes", "les frappes russes", "l'offensive de l'armée"."""
    for c in tok.children:
        if c.dep_ in ("poss", "nmod:poss") and c.pos_ == "PROPN":
            return True
        if c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or demonym_country(c.text)):
            return True
    return any(p in _AGENT_OF and (g.pos_ == "PROPN" or g.ent_type_) for p, g in _args(tok))


_DEADLY = frozenset({"faire", "kill", "leave", "tuer", "claim", "coûter"})
# Verbs whose subject may be the attack itself, aimed at a place or a target ("une frappe a visé un camp",
# "the strike hit a hospital"): the noun is the event, the verb its clause.
_HIT_VERBS = words("hit_verbs")  # also "l'attaque a fait 14 morts", "the attack left 14 dead"
_SPANS = frozenset({"nuit", "jour", "journée", "semaine", "night", "day", "week", "vague", "wave"})


def happening(verb: Token) -> bool:
    """A verb of happening ("were held", "erupted", "se sont tenus", "took place", "a eu lieu")."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if lemma in ("take", "avoir"):
        return any(c.lower_ in ("place", "lieu") for c in verb.children)
    return lemma in words("occurrence_verbs")


def deadly_verb(tok: Token) -> Token | None:
    """Round 10: the verb giving a repression its dead ("la répression a fait 22 morts", "une répression qui a
    fait 19 morts", "the crackdown has killed 30 people"): such a repression is an attack (ASSAULT)."""
    if tok.lemma_.lower() not in words("deadly_repression") and tok.lower_ not in words("deadly_repression"):
        return None
    if tok.dep_ in ("nsubj", "nsubj:pass") and tok.head.lemma_.lower() in _DEADLY and tok.head.pos_ == "VERB" \
            and any(c.dep_ in ("obj", "dobj") for c in tok.head.children):
        return tok.head
    return next((c for c in tok.children if c.dep_ in ("relcl", "acl:relcl") and c.lemma_.lower() in _DEADLY
                 and any(g.dep_ in ("obj", "dobj") for g in c.children)), None)


def _with_concern(tok: Token) -> bool:
    """Round 10: a verb done "with concern" disapproves ("suit la situation avec une grave inquiétude",
    "watched the vote with alarm"), like "expressed concern"."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return (tok.lemma_.lower() in words("concern_nouns") or tok.lower_ in words("concern_nouns")) \
        and (tok.head.lower_ if tok.dep_ == "pobj" else _prep_of(tok)) in ("avec", "with") and verb.pos_ == "VERB"


def _expected_to_happen(verb: Token) -> bool:
    """Round 10: "talks … are expected to open in Doha", "les négociations doivent reprendre": a verb of
    expectation whose infinitive is a verb of happening."""
    return any(c.dep_ == "xcomp" and happening(c) for c in verb.children)


def _held_participle(tok: Token) -> bool:
    """A meeting noun with a participle of holding or scheduling ("talks held in Istanbul", "le sommet prévu
    à Nairobi"): the meeting itself, with that participle's place and day."""
    return any(c.dep_ == "acl" and "Part" in c.morph.get("VerbForm") and c.lemma_.lower() in words("venue_verbs")
               for c in tok.children)


def _titled_name(g: Token) -> bool:
    """Round 13: a title with the name in apposition ("la visite du ministre allemand Jan Kohl")."""
    return g.pos_ == "NOUN" and any(c.dep_ in ("appos", "flat:name") and c.pos_ == "PROPN" for c in g.children)


def round_host(tok: Token) -> Token:
    """The round that holds a meeting noun ("round of talks", "cycle de négociations"), else the noun itself."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in words("meeting_rounds"):
        return tok.head.head
    if tok.dep_ == "nmod" and _prep_of(tok) in ("de", "d'", "d’") and tok.head.lower_ in words("meeting_rounds"):
        return tok.head
    return tok


def nominal_head(tok: Token, etype: str) -> Token | None:
    """Clause head for an event noun in one of the positions above, else None."""
    if etype == "PROTEST":
        # "riots that killed six people", "(trois nuits d')émeutes qui ont fait quatre morts": the deadly
        # relative clause is the riot's own (its dead and its place)
        hosts = [tok, tok.head] if tok.dep_ in ("nmod", "pobj") and tok.head.lemma_.lower() in _SPANS else [tok]
        if tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in _SPANS:
            hosts.append(tok.head.head)
        for h in hosts:
            for c in h.children:
                if c.dep_ in ("relcl", "acl:relcl") and c.lemma_.lower() in _DEADLY:
                    return c
        # round 14: the riot noun as the subject of a deadly verb ("unrest in two towns has killed nine
        # people", "les émeutes ont fait trois morts"): the verb's clause is the riot's (its dead, its day)
        subj = hosts[-1]
        if subj.dep_ in ("nsubj",) and subj.head.lemma_.lower() in _DEADLY and subj.head.pos_ == "VERB" \
                and any(c.dep_ in ("obj", "dobj") for c in subj.head.children):
            return subj.head
        return None
    if etype not in _NOMINAL_TYPES and tok.dep_ != "pobj" and not tok.dep_.startswith("obl"):
        return None
    h = tok.head
    # "responded with artillery strikes" / "a riposté par des frappes"
    verb = h.head if tok.dep_ == "pobj" and h.lower_ in _RESPONSE_PREPS else h
    if verb.lemma_.lower() in RESPONSE_VERBS and (
            (tok.dep_ == "pobj" and h.lower_ in _RESPONSE_PREPS) or _prep_of(tok) in _RESPONSE_PREPS):
        return verb
    if etype == "ACCUSE" and _with_concern(tok):
        return tok.head.head if tok.dep_ == "pobj" else tok.head  # "suit la situation avec inquiétude"
    if etype not in _NOMINAL_TYPES:
        return None
    args = _args(tok)
    if etype == "ASSAULT" and any(p in ("between", "entre") and any(c.dep_ == "conj" for c in g.children)
                                  for p, g in args):
        return tok  # "Fighting between the army and the RSF entered its second week"
    if etype == "ASSAULT" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _HIT_VERBS \
            and tok.head.pos_ == "VERB" and any(c.dep_ in ("obj", "dobj") for c in tok.head.children):
        return tok.head  # "une attaque a visé un camp militaire à Djibo"
    if tok.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and (happening(tok.head) or _expected_to_happen(tok.head)):
        return tok  # "talks between X and Y were held in Doha", "des affrontements ont éclaté à Goma"
    host = round_host(tok) if etype == "CONSULT" else tok
    if host is not tok and host.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") \
            and (happening(host.head) or _expected_to_happen(host.head)):
        return tok  # "the next round of peace talks will take place in Oslo"
    if etype == "CONSULT" and _held_participle(tok):
        return tok  # round 10: "direct talks held in Istanbul on May 16", "les pourparlers prévus à Doha"
    if tok.dep_ in ("nsubj", "nsubj:pass", "nsubjpass", "ROOT"):
        return None
    if etype == "CONSULT":
        if tok.dep_ in ("obj", "dobj"):
            return None  # objects are the light-verb rule's
        # A possessive alone ("sa visite") is not enough: a visit to a factory is no diplomacy.
        own = any(p in _PARTNER_PREPS and g.pos_ in ("PROPN", "NOUN") for p, g in args)
        own = own or any(p in _PLACE_PREPS and g.pos_ == "PROPN" for p, g in args)
        own = own or any(p in _AGENT_OF and (g.pos_ == "PROPN" or _titled_name(g)) for p, g in args)
        return tok if own else None
    # ASSAULT: agent modifier and a target phrase
    if _agent_modifier(tok) and any(p in _TARGET_PREPS for p, _ in args):
        return tok
    return None
