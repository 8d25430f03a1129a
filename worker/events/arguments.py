"""Arguments of a trigger read off the dependency tree: source, target, places, reporter.

The parses of the small models are noisy (inverted subjects tagged obj, coordinations tagged
advcl, "X n’a pas retiré" tagged passive), so each finder has a short list of fall-backs,
ordered from the most to the least reliable; the rule that fired is kept for provenance.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from worker.events.actors import (
    Mention,
    context_capital,
    demonym_country,
    homonymous_capital,
    is_pronoun,
    military_nouns,
)
from worker.events.clause import (
    near_phrase,
    place_preposition,
    retreat_origin,
    shared_auxiliary_verb,
    stationed_origin,
    unknown_conjunct,
    unknown_places,
    with_head_noun,
)
from worker.events.context import Actor, Sentence, preposition, prev_word
from worker.events.lexicon import DATA_DIR, load_json, load_lexicon
from worker.events.nominal import happening
from worker.events.places_scope import crossing_places, named_in_container
from worker.events.timex import WEEKDAYS
from worker.events.triggers import PROMISE, Trigger
from worker.events.words import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SUBJ = ("nsubj", "expl:subj", "nsubj:pass", "nsubjpass")
_PASS_SUBJ = ("nsubj:pass", "nsubjpass")
_AGENT_PREPS = frozenset({"par", "by"})
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "acl:relcl", "relcl", "parataxis", "csubj", "acl"})
_TARGET_PREPS = frozenset({"à", "au", "aux", "avec", "contre", "sur", "vers", "auprès", "envers", "entre", "with",
                           "against", "on", "to", "at", "toward", "towards", "into", "between", "upon"})
# "ont manifesté devant la municipalité de X": a crowd in front of a named town's building is in that town
_LOC_PREPS = frozenset({"en", "à", "au", "aux", "dans", "vers", "sur", "over", "on", "in", "into", "to", "at", "near",
                        "around", "across", "toward", "towards", "inside", "throughout", "within", "outside",
                        "through", "près", "off", "along", "devant"})
_LOC_ANY_TYPE = frozenset({"en", "dans", "in", "inside", "near", "around", "across", "throughout", "within", "through",
                           "off", "along"})  # "seized two boats off the X coast": "off" names only places
# Nouns that contain a place named after them: "dans la région de Donetsk", "in the Donetsk region".
_CONTAINERS = frozenset({"région", "province", "oblast", "ville", "village", "localité", "camp", "district", "île",
                         "rues", "rue", "quartier", "faubourg", "périphérie", "capitale", "port", "base",
                         "region", "city", "town", "island", "streets", "street",
                         "neighbourhood", "neighborhood", "outskirts", "capital", "area",
                         "waterway", "channel", "archipel", "archipelago",  # round 21: "in the X waterway"
                         # administrative units: "dans le département du Nord", "in the state of Kerala"
                         "département", "commune", "préfecture", "gouvernorat", "comté", "canton", "state",
                         "county", "governorate", "prefecture", "municipality", "township", "villages", "regency",
                         "municipalité", "republic", "république",  # "the autonomous republic of X"
                         "department",  # "in the department of X" (lower case: not "the Department of State")
                         "towns", "cities", "villes"}) | words("admin_plural") | words("facility_words") \
    | words("island_words") | words("bridge_words")
_LOC_BEFORE_DE = _CONTAINERS | frozenset({"contrôle", "control",  # "pris le contrôle de Bunagana": the place taken
                            "agglomération", "périphérie", "faubourgs", "abords", "vicinity",
                            "près", "autour", "long", "proximité", "large", "côté", "sein", "intérieur",
                            "nord", "sud", "au-dessus", "dessus",
                            "est", "ouest", "centre", "côte", "côtes", "banlieue", "environs", "north", "south",
                            "east", "west", "center", "coast", "outskirts", "suburbs", "heart"})
LOC_FROM_A = frozenset({"MOBILIZE", "ASSAULT", "PROTEST", "CONSULT", "RETREAT", "COERCE"})
# "ordered the deployment of troops to X": nouns of sending forces whose "to" phrase is the event's place
_SENDING_NOUNS = frozenset({"deployment", "redeployment", "dispatch", "déploiement", "redéploiement", "envoi"})
_LOC_SUR = frozenset({"MOBILIZE", "ASSAULT", "RETREAT"})  # "sur"/"over"/"on" name a place only for these
_INSTITUTIONS = frozenset({"présidence", "gouvernement", "ministère", "police", "autorités", "armée", "diplomatie",
                           "presidency", "government", "ministry", "authorities", "army", "military",
                           "navy", "junte", "junta", "régime", "regime", "parlement", "parliament", "président",
                           "president", "chancelier", "chancellor", "premier"})
# Diplomatic missions speak for their country as subjects ("l’ambassade de Russie a rejeté…"), though as
# places they stay places ("devant l’ambassade de Russie").
_MISSIONS = frozenset({"ambassade", "consulat", "mission", "représentation", "embassy", "consulate"})
# Nouns through which an nmod still names the actor: "l’ambassadeur de France", "les avoirs de la banque".
_PASS_THROUGH = frozenset({"ambassadeur", "ambassador", "chargé", "chargée", "ambassadrice", "envoyé", "envoy",
                           "dirigeant", "dirigeants", "chef", "chefs", "leader",
                           "leaders", "président", "president", "présidents", "presidents",  # "presidents of X and Y"
                           "gouvernement", "government", "forces", "troupes",
                           "troops", "armée", "army", "régime", "regime", "avoirs", "assets", "banque", "bank",
                           "responsables", "membres", "members", "représentants", "representatives",
                           "souveraineté", "intégrité", "sovereignty", "integrity", "sécurité", "security",
                           # speech-act nouns name their author: "les critiques de l’UE", "demands of Kyiv"
                           "critiques", "critique", "demandes", "demande", "accusations", "propositions",
                           "proposition", "exigences", "appel", "offre", "criticism", "demands", "demand",
                           "proposals", "proposal", "request", "offer", "call", "propos", "déclarations",
                           "remarques", "commentaires", "remarks", "statements", "comments",
                           # counted groups and memberships: "une trentaine de responsables iraniens",
                           # "dozens of Russian officials", "l'adhésion de la Suède", "the bids of Finland"
                           "dizaine", "dizaines", "vingtaine", "trentaine", "quarantaine", "cinquantaine",
                           "centaine", "centaines", "millier", "milliers", "douzaine", "groupe", "délégation",
                           "dozens", "dozen", "hundreds", "thousands", "scores", "group", "delegation",
                           "adhésion", "candidature", "membership", "bid", "bids", "accession",
                           "négociateurs", "délégués", "émissaires", "negotiators", "delegates", "envoys", "powers",
                           "puissances",
                           # a demanded departure names who must leave: "exigé le départ des troupes françaises"
                           "départ", "retrait", "departure", "withdrawal",
                           # staff named by their employer: "les inspecteurs de l’AIEA", "observers of the OSCE"
                           "inspecteurs", "inspectors", "observateurs", "observers", "monitors", "experts",
                           "diplomates", "diplomats", "fonctionnaires", "officials", "staff", "personnel",
                           # symbols burned by protesters stand for their owner: "des drapeaux de l'OTAN"
                           "drapeau", "drapeaux", "effigie", "effigies", "portrait", "portraits", "flag", "flags",
                           "effigy"})
# warnings and threats name their author like criticism does ("rejected warnings from X")
_PASS_THROUGH = _PASS_THROUGH | words("warning_nouns")
# members of a group name the group ("les rebelles du M23"): kept as data
_PASS_THROUGH = _PASS_THROUGH | frozenset(
    w.strip().lower() for w in (DATA_DIR / "group_members.txt").read_text(encoding="utf-8").splitlines()
    if w.strip() and not w.startswith("#"))
_OFFICIALS = frozenset({"responsable", "responsables", "officiel", "officiels", "diplomate", "diplomates",
                        "porte-parole", "ministre", "official", "officials", "diplomats", "diplomat",
                        "spokesman", "spokeswoman", "spokesperson", "minister"})
_ACCORDING = frozenset({"selon", "according", "d'après", "d’après"})
_FRONTED_LOC = frozenset({"à", "au", "en", "dans", "in", "at"})
_AGAINST = frozenset({"contre", "against"})
# Phrases that situate in time, not in space: "au lendemain de la visite … à Taipei", "après la chute de…"
_TEMPORAL = frozenset({"lendemain", "veille", "après", "avant", "after", "before", "following", "since", "depuis"})


def from_mention(m: Mention, rule: str, sent: Sentence | None = None) -> Actor:
    role = m.role
    if m.is_place:  # a country named as an actor is the state
        role = "state" if m.role == "country" else "government"
    gender = number = None
    if sent is not None:
        head = sent.doc[m.tok_start : m.tok_end].root
        gender = (head.morph.get("Gender") or [None])[0]
        number = (head.morph.get("Number") or [None])[0]
    return Actor(m.text, m.normalized, m.country, role, m.start, m.end, rule, (m.tok_start, m.tok_end),
                 gender, number)


_COUNTRY_NAMES: dict[str, str] = {}


def country_name(code: str) -> str | None:
    if not _COUNTRY_NAMES:
        for p in load_json("places.json")["places"]:
            if p["kind"] == "country" and p["country"]:
                _COUNTRY_NAMES.setdefault(p["country"], p["normalized"])
        for row in (DATA_DIR / "gazetteer.tsv").read_text(encoding="utf-8").splitlines():
            cols = row.split("\t")
            if not row.startswith("#") and len(cols) > 2 and cols[2] == "country" and cols[1]:
                _COUNTRY_NAMES.setdefault(cols[1], cols[0])  # countries places.json does not curate
    return _COUNTRY_NAMES.get(code)


@cache
def _country_codes() -> dict[str, str]:
    country_name("")  # fills the table
    codes: dict[str, str] = {}
    for code, name in _COUNTRY_NAMES.items():
        codes.setdefault(name, code)  # the first code of a name, in table order
    return codes


def country_code(name: str) -> str | None:
    """The code of a country's normalized name: the inverse of `country_name`."""
    return _country_codes().get(name)


def _np_tokens(tok: Token) -> list[Token]:
    """The noun phrase of `tok` without clauses, conjuncts or appositions hanging off it."""
    keep = [tok]
    for c in tok.children:
        if c.dep_ in ("det", "amod", "compound", "flat:name", "flat", "nummod", "nmod:poss", "poss"):
            keep.extend(c.subtree)
        elif c.dep_ == "nmod" and c.i < tok.i and not any(g.dep_ == "case" for g in c.children):
            keep.extend(c.subtree)  # "US and British warplanes": a bare modifier tagged nmod
        elif c.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ in ("de", "d'", "d’") for g in c.children) \
                and demonym_country(c.lower_):
            keep.extend(c.subtree)  # "des milliers d’Ukrainiens"
    return sorted(keep, key=lambda t: t.i)


_LED_VERBS = frozenset({"mener", "diriger", "conduire", "lead"})


def _led_by(t: Token, c: Token) -> bool:
    """Round 16: "la coalition menée par X", "the coalition led by X": the leader stands for the group it leads."""
    if c.dep_ == "acl" and c.lemma_.lower() in _LED_VERBS and t.pos_ == "NOUN":
        return True
    if t.dep_ == "acl" and t.lemma_.lower() in _LED_VERBS and c.dep_ in ("obl:agent", "agent"):
        return True
    return t.dep_ == "agent" and c.dep_ == "pobj" and t.head.dep_ == "acl" and t.head.lemma_.lower() in _LED_VERBS


def actor_subtree(tok: Token) -> list[Token]:
    """Where an actor may sit below an argument head: names, appositions, conjuncts, and nmod only
    below role nouns ("l’ambassadeur de France"), not below any noun ("l’ambassade de Russie")."""

    def keep(t: Token, c: Token) -> bool:
        if _led_by(t, c):
            return True
        return c.dep_ in ("appos", "flat", "flat:name", "compound", "amod", "conj", "nummod", "det", "poss",
                          "nmod:poss", "case") or (c.dep_ in ("nmod", "prep", "pobj") and (
            t.lower_ in _PASS_THROUGH or (t.lower_ in ("of", "from") and t.head.lower_ in _PASS_THROUGH)
        ))

    return _walk(tok, keep)


def _walk(tok: Token, keep: Callable[[Token, Token], bool]) -> list[Token]:
    """`tok` and the descendants reached through children `c` of `t` for which keep(t, c) holds."""
    out: list[Token] = []
    stack = [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if keep(t, c))
    return out


def limited_subtree(tok: Token, triggers: dict[int, Trigger] | None = None) -> list[Token]:
    """Subtree of `tok` without embedded clauses (their words belong to other events); adjectival
    participles ("placés en alerte renforcée la semaine dernière") are kept."""

    def keep(t: Token, c: Token) -> bool:
        participle = c.dep_ == "acl" and "Part" in c.morph.get("VerbForm") and not (
            triggers and c.i in triggers) and not any(g.dep_ in ("obl:agent", "agent") or (
                g.dep_.startswith("obl") and any(x.lower_ == "par" for x in g.children)) for g in c.children)
        return not ((c.dep_ in CLAUSE_DEPS and not participle) or (
            c.pos_ in ("VERB", "AUX") and c.dep_ in ("xcomp", "conj", "advcl")
        ))

    return _walk(tok, keep)


def _named_in_np(tok: Token, cands: list[Mention]) -> bool:
    """A known actor in the noun phrase itself ("son homologue français Emmanuel Macron"), as opposed
    to one inside a prepositional phrase below it ("le président sénégalais à l'Élysée")."""
    direct = {t.i for c in tok.children if c.dep_ in ("appos", "flat", "flat:name", "compound", "conj", "amod")
              for t in c.subtree}
    end = max(t.i for t in _np_tokens(tok))
    return any(m.tok_start in direct or m.tok_start == end + 1 or m.covers(tok) for m in cands)


_COMPASS = frozenset({"South", "North", "East", "West", "Central"})


def token_demonym(tok: Token) -> str | None:
    """Country of a nationality word, with a compass word before it when the pair names another country
    ("South Sudanese" is not "Sudanese", "North Korean" is not "Korean")."""
    if tok.i > 1:
        hyphen, first = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
        if hyphen.text == "-" and not hyphen.whitespace_ and not first.whitespace_:
            # "des militaires équato-guinéens" split at the hyphen: the joined word, not the bare "guinéens"
            code = demonym_country(f"{first.text}-{tok.text}")
            if code:
                return code
    if tok.i > 0:
        prev = tok.doc[tok.i - 1]
        if prev.text in _COMPASS:
            code = demonym_country(f"{prev.text} {tok.text}")
            if code:
                return code
    return demonym_country(tok.text)


def _leader_government(tok: Token, s: Sentence, rule: str, exclude: set[str]) -> Actor | None:
    """Round 15: "Prime Minister X's government", "le gouvernement de X" with X a leader of a known country: the
    state, not the leader."""
    if tok.lower_ not in words("leader_governments"):
        return None
    for c in tok.children:
        if c.dep_ == "prep":
            c = next((g for g in c.children if g.dep_ == "pobj"), c)
        if c.dep_ not in ("poss", "nmod:poss", "nmod", "pobj") or c.i == tok.i or (
                c.dep_ in ("nmod", "pobj") and preposition(c) not in ("de", "d'", "d’", "du", "of")):
            continue
        m = next((m for m in s.actors if m.covers(c) and m.role == "leader" and m.country), None)
        name = country_name(m.country) if m is not None and m.country else None
        if m is not None and name and name not in exclude:
            lo, hi = min(tok.i, m.tok_start), max(tok.i + 1, m.tok_end)
            span = s.doc[lo:hi]
            return Actor(span.text, name, m.country, "government", span.start_char, span.end_char,
                         rule + ".leader-government", (lo, hi))
    return None


_MINISTERS = frozenset({"ministre", "ministres", "minister", "ministers"})


def _minister_of(tok: Token, s: Sentence, rule: str, cands: list[Mention]) -> Actor | None:
    """"La Première ministre de Trinité-et-Tobago", "the Prime Minister of Barbados", unnamed: the state (only a
    state right after de/of: "le ministre de l'Administration territoriale" names a portfolio)."""
    if tok.lower_ not in _MINISTERS or _named_in_np(tok, cands):
        return None
    for c in tok.children:
        if c.dep_ == "prep":
            c = next((g for g in c.children if g.dep_ == "pobj"), c)
        if c.dep_ not in ("nmod", "pobj") or preposition(c) not in ("de", "d'", "d’", "du", "of"):
            continue
        m = next((m for m in cands if m.covers(c) and m.role == "state"), None)
        if m is not None:
            return from_mention(m, rule + ".minister-of", s)
    return None


def actor_for(tok: Token, s: Sentence, rule: str, exclude: set[str] | None = None) -> Actor | None:
    """Dictionary actor at or under `tok` (nearest to it), else an unnamed actor with a demonym."""
    exclude = exclude or set()
    cands = [m for m in s.actors if m.normalized not in exclude]
    for m in cands:
        if m.covers(tok):
            return from_mention(m, rule, s)
    own = next((c for c in tok.children if c.dep_ == "amod" and demonym_country(c.text)), None)
    if own is None and tok.lower_ in _INSTITUTIONS:
        # "le ministère de la Défense nicaraguayen": the nationality hangs on the ministry's own name
        own = next((g for c in tok.children if c.dep_ == "nmod" and c.pos_ == "NOUN" and c.text[:1].isupper()
                    for g in c.children if g.dep_ == "amod" and demonym_country(g.text)), None)
    if own is not None and tok.pos_ == "NOUN" and not _named_in_np(tok, cands):
        code = token_demonym(own)
        name = country_name(code) if code else None
        if name is not None and name not in exclude:  # "le président sénégalais [à l'Élysée]"
            lo, hi = min(tok.i, own.i), max(tok.i, own.i) + 1
            span = s.doc[lo:hi]
            return Actor(span.text, name, code, "government" if tok.lower_ in _INSTITUTIONS else "group",
                         span.start_char, span.end_char, rule + ".demonym", (lo, hi),
                         (tok.morph.get("Gender") or [None])[0], (tok.morph.get("Number") or [None])[0])
    if tok.lower_ in _ARMED_GROUPS:
        # "Colombia's ELN guerrilla group", "le groupe armé M23": the group's own name before its country
        acro = next((c for c in tok.children if c.dep_ in ("compound", "flat", "flat:name", "appos", "nmod")
                     and c.pos_ == "PROPN" and c.text.isupper() and 2 <= len(c.text) <= 6 and c.is_alpha), None)
        if acro is not None and not any(m.covers(acro) for m in cands) and acro.text not in exclude:
            return Actor(acro.text, acro.text, None, "group", acro.idx, acro.idx + len(acro.text), rule + ".acronym",
                         (acro.i, acro.i + 1))
    state = _leader_government(tok, s, rule, exclude) or _minister_of(tok, s, rule, cands)
    if state is not None:
        return state
    sub = {t.i for t in actor_subtree(tok)}
    inside = [m for m in cands if m.tok_start in sub]
    if inside:
        return from_mention(min(inside, key=lambda m: abs(m.tok_start - tok.i)), rule, s)
    # A pair as subject stands for both parties (the partner is found by symmetric_partner); as an
    # object ("a appelé les deux pays à…") it is no single target.
    pair = _pair(tok, s, rule, 0) if rule.startswith("source") else None
    if pair is not None and pair.normalized not in exclude:
        return pair
    # a first name tagged as an adjective or as X inside a person's name ("a accusé Benyamin Netanyahou",
    # "Donald Trump a accusé" with "Donald" tagged X)
    name_adj = tok.pos_ in ("ADJ", "X") and tok.ent_type_ in _PERSON_LABELS_NE and tok.text[:1].isupper()
    if (tok.pos_ in ("NOUN", "PROPN") or name_adj) and not is_pronoun(tok):
        np = _np_tokens(tok)
        # "son homologue français Emmanuel Macron" with the name mis-attached: the name right after.
        follow = [m for m in cands if m.tok_start == np[-1].i + 1 and not m.is_place]
        if follow and tok.lower_ not in military_nouns():
            return from_mention(follow[0], rule + ".adjacent", s)
        if tok.pos_ == "PROPN" and any(c.dep_ in ("compound", "amod") and c.i < tok.i and demonym_country(c.text)
                                       and c.pos_ == "PROPN" for c in tok.children):
            # "Georgian Dream", "Syrian Democratic Forces": a party/organisation name that starts with a
            # nationality, when the model tags the whole run as one name
            named = _named_entity(tok, s, rule, exclude)
            if named is not None and " " in named.normalized:
                return named
        if tok.pos_ == "PROPN" and tok.ent_type_ in _PERSON_LABELS_NE and any(
                t.lower_ in _FORMER for t in np):
            # "former Nigerian president Olusegun Obasanjo": a former office holder is the person, not the state
            named = _named_entity(tok, s, rule, exclude)
            if named is not None:
                return named
        country = None
        for a, b in pairwise(np):  # two-word demonyms first: "South Korean" is not "South [African]"
            country = country or demonym_country(f"{a.text} {b.text}")
        for t in np:
            country = country or demonym_country(t.lower_) or demonym_country(t.text)
        low = tok.lower_
        role = ("official" if low in _OFFICIALS else "military" if low in military_nouns()
                else "government" if low in _INSTITUTIONS else None)
        name = country_name(country) if country else None
        speaking_body = low in _MISSIONS and rule.startswith(("source", "reported_by"))
        # "le porte-parole de l'AFC/M23, Lawrence Kanyuka": a named spokesperson is the person
        named_spokes = low in _SPOKES and any(c.dep_ in ("appos", "flat:name") and c.pos_ == "PROPN"
                                              for c in tok.children)
        if name is None and (low in _PASS_THROUGH or speaking_body) and not named_spokes:
            for c in tok.children:  # "les avoirs de [la banque centrale russe]", "the remarks of [his … counterpart]"
                if c.dep_ == "prep":
                    c = next((g for g in c.children if g.dep_ == "pobj"), c)
                if speaking_body and low not in _PASS_THROUGH and preposition(c) not in ("de", "d'", "d’", "du", "of"):
                    continue  # "l’ambassade à Paris": the host city is not the sender
                if c.dep_ in ("nmod", "prep", "pobj"):
                    inner = actor_for(c, s, rule, exclude)
                    if inner is not None:
                        return inner
        if name is None and low in words("leader_offices") and rule.startswith("source"):
            # round 14: "the governor's office rejected …": the office acts for its holder
            holder = next((c for c in tok.children if c.dep_ in ("poss", "nmod:poss") and c.pos_ in ("NOUN", "PROPN")),
                          None)
            inner = actor_for(holder, s, rule, exclude) if holder is not None else None
            if inner is not None:
                return inner
        if name is None:
            named = _named_entity(tok, s, rule, exclude)
            if named is None and not rule.startswith("source") and tok.dep_ in ("obj", "dobj") \
                    and not tok.ent_type_:
                named = _proper_name(tok, s, rule)  # an untagged name as object ("congratulated Bukele")
            if named is not None and named.normalized not in exclude:
                return named
        # "les forces de l'ordre", "security forces", "les forces fédérales": the state's forces
        police = low in words("state_force_nouns") and any(c.lower_ in words("state_force_modifiers")
                                                           for c in tok.children)
        police = police or low in words("judicial_institutions")  # "un tribunal a condamné", "le parquet"
        # "selon la police": the article's police too, unless qualified ("selon les autorités locales")
        according = rule.startswith("reported_by.according") and not any(c.dep_ == "amod" for c in tok.children)
        if name is None and (low in HOME_INSTITUTIONS or police):
            # "police in Abuja", "la police à Dakar": the country of the city the institution sits in
            # "un tribunal de Tunis": a town's court is its country's ("la Défense civile de Gaza" is a name)
            court = low in words("judicial_institutions")
            seat = next((p for c in tok.children for g in (c, *c.children)
                         for p in s.places if p.covers(g) and p.country
                         and ((preposition(g) or "") in _SOURCE_SEAT
                              or (court and (preposition(g) or "") in _OF_TOWN
                                  and p.role in ("city", "capital", "country")))),
                        None)
            if seat is not None and seat.country is not None and country_name(seat.country) not in exclude:
                country, name = seat.country, country_name(seat.country)
        portfolio = _portfolio(tok, s)
        # round 14: "the king", "le président" with no name nor nationality, as an actor: the article's head of state
        portfolio = portfolio or (low in words("home_leaders") and low not in HOME_INSTITUTIONS and rule.startswith(
            "source") and bare_definite(tok) and not any(c.lower_ in _FORMER for c in tok.children))
        # "the prime minister denied", "le Premier ministre a accusé", unnamed: the head of the home government
        portfolio = portfolio or (rule.startswith("source") and _head_of_government(tok))
        # round 18: "the police commissioner denied", "the army spokesman said": the head of a home institution
        portfolio = portfolio or (low in words("institution_heads") and rule.startswith("source") and any(
            c.dep_ == "compound" and c.lower_ in HOME_INSTITUTIONS for c in tok.children) and (
            bare_definite(tok) or (low in _SPOKES and _bare_indefinite(tok))))  # "a police spokesman denied"
        if name is None and (low in HOME_INSTITUTIONS or police or portfolio) and s.home is not None \
                and (rule.startswith(_HOME_RULES) or according) \
                and (bare_definite(tok) or portfolio):
            # "la police a interpellé", "the army accused": the country the article is about
            country, name, how = s.home, country_name(s.home), ".home"
            role = role or "government"
        else:
            how = ".demonym"
        if name is not None and name not in exclude:
            while len(np) > 1 and np[0].dep_ in ("det", "case", "nummod"):
                np = np[1:]
            start, end = np[0].idx, np[-1].idx + len(np[-1].text)
            return Actor(s.text[start:end], name, country, role or "group", start, end, rule + how,
                         (np[0].i, np[-1].i + 1), (tok.morph.get("Gender") or [None])[0],
                         (tok.morph.get("Number") or [None])[0])
    return None


# Slots where a bare institution stands for the article's country: subjects and speakers of a report verb
# ("the interior ministry said"), not "selon les autorités locales".
_HOME_RULES = ("source", "reported_by.nsubj", "reported_by.inverted")
# Unnamed institutions that stand for the country the article is about when no nationality is given.
HOME_INSTITUTIONS = frozenset({"gouvernement", "police", "autorités", "armée", "junte", "régime", "parlement",
                                "ministère", "présidence", "gendarmerie", "diplomatie", "exécutif", "défense", "marine",
                                "government", "authorities", "army", "military", "junta", "regime",
                                "parliament", "ministry", "presidency", "administration", "navy", "defence", "defense"})
_DEFINITE = frozenset({"le", "la", "les", "l'", "l’", "the"})


def bare_definite(tok: Token) -> bool:
    """"la police", "the army", "la défense antiaérienne": a definite article and no phrase naming an
    owner (nationality adjectives were read before this)."""
    kids = list(tok.children)
    # "Police detained…": English drops the article before a bare institution
    kids = [c for c in kids if c.lower_ not in words("state_force_modifiers")]  # "security forces"
    det_ok = any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in kids) or (
        tok.lang_ == "en" and not any(c.dep_ in ("det", "amod", "compound", "nummod") for c in kids))
    return det_ok and not any(c.dep_ in ("nmod", "prep", "poss", "nmod:poss", "appos", "flat:name") for c in kids)


def _bare_indefinite(tok: Token) -> bool:
    """"an army spokesman", "a police spokeswoman": one of the institution's spokespeople, owner left unnamed."""
    kids = list(tok.children)
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "un", "une") for c in kids) \
        and not any(c.dep_ in ("nmod", "prep", "poss", "nmod:poss", "appos", "flat:name") for c in kids)


_PORTFOLIO_HOLDERS = frozenset({"ministre", "ministère", "minister", "ministry"})


def _head_of_government(tok: Token) -> bool:
    """"the prime minister", "le Premier ministre" with a definite article and nothing naming whose."""
    if tok.lower_ not in ("minister", "ministre") or tok.i < 2 or tok.doc[tok.i - 1].lower_ not in ("prime", "premier"):
        return False
    det = tok.doc[tok.i - 2]
    return det.lower_ in ("the", "le") and not any(
        c.dep_ in ("nmod", "prep", "poss", "nmod:poss", "appos", "flat:name", "acl", "relcl", "acl:relcl")
        or c.lower_ in _FORMER for c in tok.children)


def _portfolio(tok: Token, s: Sentence) -> bool:
    """"le ministre de la Défense[, X]", "le ministère de la Sécurité", "the Ministry of Interior": a definite
    minister/ministry whose only phrase is its portfolio (capitalized, neither an actor nor a place) belongs,
    with no nationality given, to the government of the country the article is about."""
    if tok.lower_ not in _PORTFOLIO_HOLDERS or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children):
        return False
    found = False
    for c in tok.children:
        if c.dep_ in ("appos", "flat:name", "punct", "det", "case"):
            continue
        if c.dep_ not in ("nmod", "prep"):
            return False
        g = next((x for x in c.children if x.dep_ == "pobj"), None) if c.dep_ == "prep" else c
        if g is None or not g.text[:1].isupper() \
                or any(m.covers(t) for t in g.subtree for m in (*s.actors, *s.places)) \
                or any(t.pos_ == "PROPN" and t.ent_type_ in ("GPE", "LOC") for t in g.subtree):
            return False
        found = True
    return found


_PAIR_COUNTRIES = frozenset({"pays", "nations", "états", "gouvernements", "capitales", "parties", "camps", "voisins",
                             "countries", "states", "governments", "capitals", "sides", "neighbours",
                             "neighbors", "navies", "armies", "armées", "marines", "delegations", "délégations"})
_PAIR_PEOPLE = frozenset({"dirigeants", "diplomates", "ministres", "présidents", "chefs", "hommes", "leaders",
                          "diplomats", "ministers", "presidents", "men", "homologues", "counterparts"})
_TWO = frozenset({"deux", "two", "both"})
# "both sides", "les deux parties" may be armies or camps: as a target only the states (the gold leaves sides null)
_PAIR_STATES = frozenset({"pays", "nations", "états", "gouvernements", "countries", "states", "governments"})


def _pair(tok: Token, s: Sentence, rule: str, which: int) -> Actor | None:
    """"Les deux pays ont convenu", "The two diplomats agreed", "both sides": one of the pair."""
    low = tok.lower_
    if low not in _PAIR_COUNTRIES and low not in _PAIR_PEOPLE:
        return None
    start, end = tok.idx, tok.idx + len(tok.text)
    if not _two(tok):
        # round 13: "ministers from both countries", "les ministres des deux pays": people of the pair of states
        inner = [g for c in tok.children for g in ((c, *c.children) if c.dep_ == "prep" else (c,))
                 if g.dep_ in ("pobj", "nmod") and g.lower_ in _PAIR_COUNTRIES and _two(g)
                 and (preposition(g) or "") in _OF_FROM]
        # "the two countries' foreign ministers"; "les ministres de l'Intérieur des deux pays" (one noun between)
        inner += [c for c in tok.children if c.dep_ == "poss" and c.lower_ in _PAIR_COUNTRIES and _two(c)]
        if s.lang == "fr":
            inner += [g for c in tok.children if c.dep_ == "nmod" and c.lower_ not in _PAIR_COUNTRIES
                      for g in c.children if g.dep_ == "nmod" and g.lower_ in _PAIR_COUNTRIES and _two(g)
                      and (preposition(g) or "") in _OF_FROM]
        if not inner or s.pair_countries is None:
            return None
        name = country_name(s.pair_countries[which])
        return Actor(tok.text, name, s.pair_countries[which], "state", start, end, rule + ".pair",
                     (tok.i, tok.i + 1)) if name is not None else None
    if low in _PAIR_COUNTRIES and s.pair_countries is not None:
        code = s.pair_countries[which]
        name = country_name(code)
        if name is not None:
            return Actor(tok.text, name, code, "state", start, end, rule + ".pair", (tok.i, tok.i + 1))
    if low in _PAIR_PEOPLE and s.pair_people is not None:
        a = s.pair_people[which]
        return Actor(tok.text, a.normalized, a.country, a.role, start, end, rule + ".pair", (tok.i, tok.i + 1))
    if low in _PAIR_OFFICES and s.pair_countries is not None:
        # "the two presidents spoke" with no two people named yet: the office holders of the article's two states
        code = s.pair_countries[which]
        name = country_name(code)
        if name is not None:
            return Actor(tok.text, name, code, "state", start, end, rule + ".pair", (tok.i, tok.i + 1))
    return None


# offices held for a state ("the two leaders", "the two men" follow people the article named)
_PAIR_OFFICES = frozenset({"présidents", "presidents", "ministres", "ministers"})


_OF_FROM = frozenset({"of", "from", "de", "des", "d'", "d’"})


def _two(tok: Token) -> bool:
    return any(c.lower_ in _TWO and c.dep_ in ("nummod", "det", "amod", "predet", "preconj") for c in tok.children)


_BOTH = frozenset({"both", "two", "deux"})


def pair_country(tok: Token, s: Sentence, rule: str, avoid: set[str]) -> Actor | None:
    """Round 13: "urged both countries to …": as a target, "both" (each of the two) of the article's main countries
    stands for either of them, the one not in `avoid` (the source's names). Since the session-8 convention "the two
    countries", "les deux pays" addressed together do too (the gold lists both)."""
    if tok.lower_ not in _PAIR_STATES or s.pair_countries is None or not any(
            c.lower_ in _BOTH and c.dep_ in ("det", "predet", "preconj", "amod", "nummod") for c in tok.children):
        return None
    return pair_member(tok, s, avoid, rule + ".pair")


def pair_member(tok: Token, s: Sentence, avoid: set[str], rule: str) -> Actor | None:
    """The first of the article's two main countries not in `avoid`, as the actor the words at `tok` stand for
    ("both countries", "the two neighbours", an offer to mediate that names nobody)."""
    for code in s.pair_countries or ():
        name = country_name(code)
        if name and name not in avoid:
            return Actor(tok.text, name, code, "state", tok.idx, tok.idx + len(tok.text), rule, (tok.i, tok.i + 1))
    return None


_NER_ACTOR_LABELS = frozenset({"PER", "PERSON", "ORG", "NORP"})
_GROUP_NOUNS = frozenset({"forces", "militia", "militias", "rebels", "fighters", "separatists", "insurgents",
                          "milices", "milice", "rebelles", "combattants", "séparatistes", "insurgés"})
_ARTICLES = ("the ", "The ", "le ", "Le ", "la ", "La ", "les ", "Les ", "l'", "L'", "l’", "L’")


def _actor_entity(e: Span, s: Sentence) -> bool:
    """A person/organisation entity; also a multi-word proper name tagged as a place that the
    gazetteer does not know (the French model tags many people LOC: "Nancy Pelosi")."""
    if e.label_ in _NER_ACTOR_LABELS:
        return True
    return e.label_ in ("LOC", "GPE", "MISC") and len(e) >= 2 and all(t.pos_ == "PROPN" for t in e) \
        and not any(p.tok_start < e.end and e.start < p.tok_end for p in s.places) and not place_like(e)


def place_like(e: Span) -> bool:
    """A name that reads as a place whatever the model says: a geographic word inside it ("Black River",
    "Montego Bay", "Lake Chad") or a settlement appositive after it ("X, ville de la côte sud", "X, a town")."""
    if e.label_ not in ("LOC", "GPE", "FAC", "MISC"):
        return False
    if any(t.lower_ in words("geo_name_words") for t in e):
        return True
    doc = e.doc
    nxt = [t for t in doc[e.end : e.end + 3] if t.pos_ != "DET"]
    return len(nxt) >= 2 and nxt[0].text == "," and nxt[1].lower_ in words("settlements")


_NAME_LINKS = frozenset({"appos", "flat", "flat:name", "nmod", "compound", "poss"})
_TITLE_WORDS = frozenset({"premier", "ministre", "président", "présidente", "chancelier", "prime", "minister",
                          "president", "chancellor", "secrétaire", "général", "secretary", "general", "roi", "king",
                          "reine", "queen", "vice-président", "vice", "de", "la", "l'", "l’", "du", "des", "of", "the"})
_PERSON_LABELS_NE = frozenset({"PER", "PERSON"})
_FORMER = words("former")
_SPOKES = words("spokespeople")
_PERSON_LIKE = frozenset({"PER", "PERSON", "ORG", "NORP", "LOC", "GPE", "MISC"})


def _titled_name(tok: Token, s: Sentence) -> Span | None:
    """"Le Premier ministre Bart De Wever" tagged as one MISC entity: the name after the title words."""
    ent = next((e for e in s.ents if e.start <= tok.i < e.end and e.label_ == "MISC"), None)
    if ent is None or ent[0].lower_ not in _TITLE_WORDS:
        return None
    k = ent.start
    while k < ent.end and s.doc[k].lower_ in _TITLE_WORDS:
        k += 1
    rest = s.doc[k : ent.end]
    # a surname alone counts too ("le Premier ministre Sonko", its tag unreliable inside the entity)
    # round 14: a hyphen inside a compound surname is part of the name ("Jean-Paul Dupont-Moreau" split by the model)
    if not rest or (rest[0].pos_ != "PROPN" and len(rest) > 1) \
            or not all(t.text[:1].isupper() or (t.text in _HYPHENS and 0 < k - rest.start < len(rest) - 1)
                       for k, t in enumerate(rest, start=rest.start)) \
            or (len(rest) == 1 and (demonym_country(rest[0].text) or any(p.covers(rest[0]) for p in s.places))):
        return None
    return rest


_HYPHENS = frozenset({"-", "‐", "‑"})
# "RSF", also letters then digits ("M23", "G20"), not "F-16"
_ACRONYM = re.compile(r"[A-Z]{1,5}[0-9]{0,3}")


def _capitalized(e: Span) -> bool:
    """A name, once its article is set aside: the English model puts "the" inside ORG entities
    ("the Ruvani Liberation Front")."""
    text = e.text
    if text.startswith("the ") and len(e) > 1:
        text = text[4:]
        if demonym_country(text.split()[0]):
            return False  # "the Indian High Commission": its country is found by the demonym rules
    return text[:1].isupper()


def _capitalized_by_position(e: Span) -> bool:
    """"Riot police fired …" with "Riot" tagged PERSON: a one-word "person" opening the sentence as the
    modifier of a common noun is an ordinary word capitalized by its position, not a name."""
    return len(e) == 1 and e.label_ in _PERSON_LABELS_NE and all(t.is_punct for t in e.doc[: e.start]) \
        and e.root.dep_ in ("compound", "amod") and e.root.head.pos_ == "NOUN" and e.root.head.i == e.end


def _near_phrase(doc: Doc, i: int) -> bool:
    """Token `i` opens the complement of "près de" / "non loin de" / "near"."""
    k = i - 1
    if k >= 0 and doc[k].lower_ in ("de", "d'", "d’", "du", "des"):
        k -= 1
    return k >= 0 and doc[k].lower_ in ("près", "loin", "near", "nearby")


_MINISTRY_WORDS = words("ministry_words")


def _named_entity(tok: Token, s: Sentence, rule: str, exclude: set[str]) -> Actor | None:
    """Fall-back for names missing from the dictionaries: a person/organisation entity of the model
    at the argument head ("The African Union", "Mohamed Bazoum"), or an acronym in it ("RSF fighters").
    normalized is the name as written (no country, no role): downstream can still group on it."""
    if any(p.covers(tok) for p in s.places):
        return None  # a place the model calls ORG/PERSON ("Mariupol") stays a place
    ents = [e for e in s.ents if _actor_entity(e, s) and e.start <= tok.i < e.end and _capitalized(e)]
    named_places = [*s.places, *(p for p in s.ner_places if p.role == "city")]  # "la localité de X"
    ents = [e for e in ents if not any(p.tok_start < e.end and e.start < p.tok_end for p in named_places)
            and not _capitalized_by_position(e)]
    if not ents:  # "le président Mohamed Bazoum": the name in apposition
        below = {c.i for c in tok.children if c.dep_ in _NAME_LINKS or (c.dep_ == "amod" and c.pos_ == "PROPN")
                 or (c.dep_ == "conj" and c.i > 0 and s.doc[c.i - 1].text == ",")}  # ", Mark Rutte" as conj
        # one more link: "le ministre de l'Intérieur Gérald Darmanin" (the name hangs on "Intérieur")
        below |= {g.i for c in tok.children if c.dep_ == "nmod" for g in c.children if g.dep_ in ("appos", "flat:name")}
        # "Le Premier ministre Donald Tusk" with "Donald" tagged amod: any overlap with the name counts
        ents = [e for e in s.ents if _actor_entity(e, s) and any(i in below for i in range(e.start, e.end))
                and e.label_ in _PERSON_LIKE and _capitalized(e) and not _capitalized_by_position(e)
                and not any(p.tok_start < e.end and e.start < p.tok_end for p in named_places)
                and not all(w.lower() in _TITLE_WORDS for w in e.text.split())]  # "Premier ministre" is no name
        ents.sort(key=lambda e: e.label_ not in _PERSON_LABELS_NE)  # a person's name before an office's
    span = None
    if not ents:
        span = _untitled_person(tok, s)  # round 13: "le général X" tagged as one person's name with its rank
    if tok.pos_ == "NOUN" and tok.lower_ in _GROUP_NOUNS:
        # "Tigrayan forces", "the Amhara militia": a group named by its people's name
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i and c.text[:1].isupper()
                and not c.text.isupper()
                and not demonym_country(c.text) and not any(p.covers(c) for p in s.places)]
        if mods and _territory_name(mods[0]):
            # "Puntland forces", "Somaliland forces": the forces of a territory the dictionaries lack are its own
            span = s.doc[mods[0].i : mods[0].i + 1]
        elif mods and mods[0].i == 0 and (mods[0].pos_ != "PROPN" or mods[0].lower_.endswith(("ist", "ists"))):
            return None  # "Security forces", "Jihadist fighters": a common word capitalized by its position
        elif mods:
            span = s.doc[mods[0].i : tok.i + 1]
    if span is None and ents:
        span = ents[0]
    if span is None:
        for c in tok.children:
            if c.dep_ in ("compound", "flat", "flat:name", "appos") and c.text.isupper() and 2 <= len(c.text) <= 6:
                span = s.doc[c.i : c.i + 1]
                break
        if span is None and tok.text.isupper() and 2 <= len(tok.text) <= 6 and _ACRONYM.fullmatch(tok.text):
            span = s.doc[tok.i : tok.i + 1]
    if span is None:
        span = _titled_name(tok, s)
    if span is None:
        return None
    known = next((m for m in s.actors if not m.is_place and m.tok_start >= span.start and m.tok_end <= span.end
                  and m.normalized not in exclude), None)
    if known is not None and known.tok_end - known.tok_start == span.end - span.start:
        return from_mention(known, rule, s)  # "la mission de l'ONU": the entity is a dictionary actor
    # "[l'ancien] Premier ministre Choguel Maïga" tagged as one name: the title words are not the name
    k = span.start
    while k < span.end - 1 and (s.doc[k].lower_ in _TITLE_WORDS or s.doc[k].lower_ in _FORMER) \
            and s.doc[span.end - 1].pos_ == "PROPN":
        k += 1
    if k > span.start and s.doc[k].text[:1].isupper() and s.doc[k].pos_ == "PROPN":
        span = s.doc[k : span.end]
    lo, hi = span.start, span.end
    while lo > 1 and _joins_name(s.doc, lo - 1):
        lo -= 2  # "Mundia-Kaunda" with the entity cut at the hyphen: the whole surname
    while hi + 1 < len(s.doc) and _joins_name(s.doc, hi):
        hi += 2
    if (lo, hi) != (span.start, span.end):
        span = type(span)(s.doc, lo, hi, label=span.label_)
    text = span.text
    for art in _ARTICLES:
        if text.startswith(art):
            text = text[len(art) :]
    if not text or text in exclude or not text[:1].isupper():
        return None
    start = span.start_char + (len(span.text) - len(text))
    if _near_phrase(s.doc, span.start):
        return None  # "un convoi près d'Al-Ghaydah", "a post near X": a name the dictionaries lack is where, not whom
    code = context_capital(text.removesuffix("'s").removesuffix("’s"))
    if code is not None and (code == s.home or code in (s.pair_countries or ())) and country_name(code):
        # "Victoria a demandé …" in a story on the Seychelles: the capital the gazetteer leaves out speaks for its state
        name = country_name(code)
        if name not in exclude:
            return Actor(text, name, code, "government", start, span.end_char, rule + ".capital",
                         (span.start, span.end))
    parts = text.split()
    if len(parts) >= 3 and parts[1].lower() in _MINISTRY_WORDS and (code := demonym_country(parts[0])):
        # "the Philippine Department of Foreign Affairs", "the Indonesian Ministry of Defence": a ministry the
        # dictionaries lack stands for its government, like "le ministère philippin"
        name = country_name(code)
        if name is not None and name not in exclude:
            return Actor(text, name, code, "government", start, span.end_char, rule + ".ministry",
                         (span.start, span.end))
    return Actor(text, text, None, "group" if span.label_ != "PER" else None, start, span.end_char,
                 rule + ".ner", (span.start, span.end))


# endings of a people's or a creed's name ("Tigrayan", "Congolese", "Kurdish", "Jihadist"), not of a territory's
_DEMONYM_ENDS = ("an", "ese", "ish", "ist", "ists", "ic", "i")


def _territory_name(mod: Token) -> bool:
    """A proper noun the model tags as a place, or leaves untagged, that does not read as a people's name."""
    return mod.pos_ == "PROPN" and mod.ent_type_ in ("GPE", "LOC", "") and not mod.lower_.endswith(_DEMONYM_ENDS) \
        and mod.is_alpha and not mod.text.isupper()


def _untitled_person(tok: Token, s: Sentence) -> Span | None:
    """"le général X", "le colonel X": a person entity of the model that starts with the lower-case rank at `tok`
    and goes on with the name hung on it; the name without the rank."""
    for e in s.ents:
        if e.label_ not in _PERSON_LABELS_NE or e.start != tok.i or not tok.is_lower or e.end - e.start < 2:
            continue
        rest = s.doc[e.start + 1 : e.end]
        if all(t.text[:1].isupper() and t.pos_ == "PROPN" and t.head.i in (tok.i, *range(rest.start, rest.end))
               for t in rest) and not any(p.tok_start < e.end and e.start < p.tok_end for p in s.places):
            return type(e)(s.doc, rest.start, rest.end, label=e.label_)
    return None


_REDUCED_PASSIVE_TYPES = frozenset({"ASSAULT", "COERCE"})  # acts done to people, who may head the phrase


def is_passive(head: Token) -> bool:
    return any(c.dep_ in ("aux:pass", "auxpass") for c in head.children) and any(
        c.dep_ in _PASS_SUBJ for c in head.children)


_PATIENT_TYPES = frozenset({"COERCE", "ASSAULT", "SANCTION", "ACCUSE", "THREATEN", "REQUEST"})


def shared_passive_subject(head: Token, etype: str) -> Token | None:
    """Round 13: "X refused to testify and was sentenced to …", "X a démissionné puis a été arrêté": a passive verb
    coordinated with an earlier verb, with no subject of its own, has that verb's subject as its patient. Only for
    acts done to someone: French "sont convenus", "sont partis" take "être" too (tagged aux:pass)."""
    if etype not in _PATIENT_TYPES or head.dep_ != "conj" or head.head.i == head.i or head.head.i > head.i \
            or is_passive(head):
        return None
    kids = list(head.children)
    if not any(c.dep_ in ("aux:pass", "auxpass") for c in kids) or any(c.dep_ in SUBJ for c in kids):
        return None
    subj = next((c for c in head.head.children if c.dep_ in SUBJ), None)
    return subj if subj is not None and not is_pronoun(subj) else None


def _unowned_forces(tok: Token) -> bool:
    """"troops", "les soldats", "a unit of soldiers": forces with no nationality, owner or name."""
    words_ = [tok, *(g for c in tok.children if c.dep_ in ("nmod", "prep") and (preposition(c) or c.lower_) in (
        "de", "d'", "d’", "of") for g in (c, *c.children) if g.pos_ == "NOUN")]
    if not any(w.lower_ in words("state_forces") or w.lower_ in military_nouns() for w in words_):
        return False
    return not any(c.dep_ in ("amod", "compound", "poss", "nmod:poss", "appos", "flat:name") and (
        c.pos_ == "PROPN" or demonym_country(c.text) or c.lower_ in ("its", "their", "ses", "leurs", "son", "sa"))
        for w in words_ for c in w.children) and not any(w.pos_ == "PROPN" for w in words_)


def _sent_abroad(head: Token, s: Sentence) -> bool:
    """A country, or a place of another country than the article's, in the clause ("would be deployed to
    Kazakhstan": forces sent into a country are mostly another's)."""
    below = {t.i for t in head.subtree}
    return any(p.tok_start in below and p.country is not None and (p.country != s.home or p.role == "country")
               for p in s.places)


def _object_as_subject(verb: Token, c: Token) -> bool:
    """"Athènes a rejeté ces critiques et a annoncé l'envoi …": the French model may read the first verb's object as the
    subject of the verb coordinated after it; a common noun between the two verbs, before the "et", with the first
    verb left without an object, is that object."""
    first = verb.head
    if verb.dep_ != "conj" or first.pos_ not in ("VERB", "AUX") or c.pos_ != "NOUN" or not first.i < c.i < verb.i:
        return False
    if any(g.dep_ in ("obj", "dobj") for g in first.children) or not any(g.dep_ in SUBJ for g in first.children):
        return False
    cc = next((g for g in verb.children if g.dep_ == "cc" and g.lower_ in ("et", "and")), None)
    return cc is not None and c.i < cc.i and c.i == first.i + 1 + sum(
        1 for g in c.children if g.dep_ == "det" and g.i < c.i)


def subject_token(head: Token) -> tuple[Token | None, str]:
    """Grammatical subject of the clause of `head`, climbing control/coordination links."""
    cur = head
    via_conj = False
    for depth in range(4):
        if via_conj and _copular_report(cur):
            # round 14: "X said the vote was a sham and accused Y": a copular clause about a thing shares no act
            # with a verb coordinated to it; the second verb goes with the speaker
            cur = cur.head
            continue
        # round 20: "X is expected / scheduled to meet …": a raising passive's subject is the subject of its
        # infinitive (a named one: "it is not expected to threaten land" is a storm as often as a state)
        raising = depth > 0 and cur.lemma_.lower() in words("raising_predicates")
        for c in cur.children:
            passive_subj = c.dep_ in _PASS_SUBJ and is_passive(cur) and not (raising and c.pos_ != "PRON")
            if c.dep_ in SUBJ and not passive_subj and not _object_as_subject(cur, c):
                return c, "nsubj" if depth == 0 else "nsubj.inherited"
        if cur.dep_ in ("acomp", "xcomp") and cur.pos_ == "ADJ" and cur.lower_ in words("raising_predicates") \
                and cur.head.pos_ in ("AUX", "VERB") and depth > 0 \
                and not any(c.dep_ in SUBJ and c.pos_ == "PRON" for c in cur.head.children):
            cur = cur.head  # round 20: "X is due to meet …", "X est censé rencontrer …": the copula's subject
            continue
        if via_conj and cur.dep_ == "ccomp" and cur.head.pos_ in ("VERB", "AUX") and is_passive(cur):
            # "X said the fence was needed, and blamed Y": the passive clause has no agent to share; the
            # second verb goes with the speaker
            cur = cur.head
            continue
        if cur.dep_ == "conj" and cur.head.dep_ in ("ccomp", "acl:relcl", "relcl") and any(
                c.dep_ == "cc" and c.lower_ in ("mais", "but") for c in cur.children):
            cur = cur.head.head  # "X a écarté la proposition, qu'il juge …, mais a dépêché …": X's verb
            continue
        if (shared := shared_auxiliary_verb(cur)) is not None:
            via_conj = True
            cur = shared  # round 18: "ont condamné l'usage de la force et appelé à la retenue": the first verb's
            continue
        if cur.dep_ in ("xcomp", "conj") and cur.head.i != cur.i:
            via_conj = via_conj or cur.dep_ == "conj"
            if cur.dep_ == "conj" and cur.pos_ in ("VERB", "AUX") and cur.head.pos_ in ("NOUN", "PROPN") \
                    and cur.head.dep_ in _CLAUSE_NOUN_DEPS and cur.head.head.pos_ in ("VERB", "AUX"):
                # round 14: "X a salué mardi … et pourrait lever …" with the second verb hung on a noun of
                # the first clause: coordinated with that clause's verb
                cur = cur.head.head
                continue
            cur = cur.head
            continue
        if cur.dep_ == "pcomp" and cur.head.dep_ == "prep" and cur.head.lower_ in ("by", "in") \
                and cur.head.head.pos_ in ("VERB", "AUX"):
            cur = cur.head.head  # "Cambodia responded by downgrading relations": the responder
            continue
        if cur.dep_ == "advcl" and not any(c.dep_ == "mark" for c in cur.children) and cur.head.i != cur.i \
                and cur.head.pos_ in ("VERB", "AUX"):
            cur = cur.head  # "…, tuant 12 civils" / "ont discuté … et ont convenu" (mis-tagged advcl)
            continue
        if cur.dep_ == "advcl" and cur.head.i != cur.i and cur.head.pos_ in ("VERB", "AUX") and gerund(cur):
            cur = cur.head  # "…, en accusant X", "while accusing X": the gerund's subject is the main clause's
            continue
        if cur.dep_.startswith("obl") and cur.pos_ == "VERB" and cur.head.i != cur.i \
                and cur.head.pos_ in ("VERB", "AUX") \
                and any(c.dep_ == "case" and c.lower_ == "en" for c in cur.children) \
                and "Part" in cur.morph.get("VerbForm") and "Pres" in cur.morph.get("Tense"):
            cur = cur.head  # round 16: "X a riposté en expulsant …" with the gerund parsed as an oblique
            continue
        if cur.dep_ == "fixed" and cur.head.lower_ == "tout" and "Part" in cur.morph.get("VerbForm"):
            # "a rejeté …, tout en proposant de …" parsed with the participle under "tout": the main verb
            verb = next((a for a in cur.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if verb is not None:
                cur = verb
                continue
        if cur.dep_ == "acl" and cur.head.pos_ == "NOUN" and cur.head.dep_ == "ROOT" and (
                "Pres" in cur.morph.get("Tense") or any(c.dep_ in _OBJ_DEPS for c in cur.children)) and (
                hs := next((c for c in cur.head.children if c.dep_ == "nsubj" and c.i < cur.head.i), None)) is not None:
            # round 14: "X a en revanche accordé une aide à Y" parsed with the adverb's noun as the root and the
            # verb as its participle: the root's subject acts
            return hs, "nsubj.inherited"
        if cur.dep_ == "acl" and "Fin" in cur.morph.get("VerbForm"):
            return cur.head, "acl-head"  # misparse of "X et leurs alliés accusent": subject is the noun
        if cur.dep_ == "acl" and cur.head.lower_ in ("côté", "part") and cur.head.i < cur.i \
                and any(c.lower_ in ("son", "sa", "leur") for c in cur.head.children) \
                and cur.head.head.pos_ in ("VERB", "AUX") and cur.head.head.i < cur.head.i:
            cur = cur.head.head  # "X a de son côté exigé …": the participle hung on "côté", the subject on "a"
            continue
        if cur.dep_ == "acl" and cur.head.pos_ in ("NOUN", "PROPN") and cur.head.i < cur.i \
                and cur.head.dep_ == "ROOT" and any(c.dep_ == "aux:tense" for c in cur.children):
            # "X et Y ont appelé …" parsed with the verb as a modifier of the first name: a participle with its
            # tense auxiliary is a finite verb, and the noun it hangs on is its subject
            return cur.head, "acl-head"
        if cur.dep_ == "acl" and "Part" in cur.morph.get("VerbForm") and "Past" not in cur.morph.get("Tense"):
            if cur.i > 0 and cur.doc[cur.i - 1].text == ",":
                # ", accusant Paris de…" after a main clause: its subject is the main clause's subject.
                verb = next((a for a in cur.ancestors if a.pos_ in ("VERB", "AUX")), None)
                if verb is not None:
                    cur = verb
                    continue
            return cur.head, "acl-head"
        break
    return None, ""


_COPULAS = frozenset({"be", "être"})
_CLAUSE_NOUN_DEPS = frozenset({"obl", "obl:mod", "obl:tmod", "npadvmod", "obj", "dobj"})


def _copular_report(cur: Token) -> bool:
    """A copular clause reported by a speaker whose subject is a common noun that names no actor ("said the
    vote was a sham and …"), as opposed to "said the army was ready and …"."""
    if cur.dep_ != "ccomp" or cur.lemma_.lower() not in _COPULAS or cur.head.i == cur.i \
            or cur.head.lemma_.lower() not in _report_lemmas(cur):
        return False
    subj = next((c for c in cur.children if c.dep_ in SUBJ), None)
    return subj is not None and subj.pos_ == "NOUN" and subj.lower_ not in _INSTITUTIONS \
        and subj.lower_ not in HOME_INSTITUTIONS and subj.lower_ not in military_nouns() \
        and subj.lower_ not in _GROUP_NOUNS and subj.lower_ not in _PASS_THROUGH


def _report_lemmas(tok: Token) -> frozenset[str] | set[str]:
    """Lemmas of the report verbs of the token's language (the lexicon is not at hand in `subject_token`)."""
    return load_lexicon(tok.lang_).report


_GERUND_MARKS = frozenset({"en", "while", "after", "before", "when", "by"})


def gerund(verb: Token) -> bool:
    """A subject-less gerund clause: French "(tout) en" + present participle, English "while/after" + -ing."""
    marks = [c.lower_ for c in verb.children if c.dep_ in ("mark", "dep") and c.lower_ in _GERUND_MARKS]
    present = ("Part" in verb.morph.get("VerbForm") and "Past" not in verb.morph.get("Tense")) or verb.tag_ == "VBG" \
        or verb.lower_.endswith("ant")
    return bool(marks) and present


def agent_of(head: Token) -> Token | None:
    """The agent phrase of a passive verb or participle ("présentée par l'Égypte", "drafted by France")."""
    return _agent(head)


def _agent(head: Token) -> Token | None:
    for c in head.children:
        if c.dep_ in ("obl:agent", "agent"):
            return next((g for g in c.children if g.dep_ == "pobj"), c)
        if c.dep_.startswith("obl") and any(g.lower_ in _AGENT_PREPS for g in c.children if g.dep_ == "case"):
            return c
    return None


def nominal_source(tok: Token, s: Sentence) -> tuple[Actor | None, str]:
    """Author of an event noun: "Israel's strikes", "Houthi attacks", "les frappes russes", "la visite
    de Nancy Pelosi"; else the subject of the governing verb ("X a promis … lors d'une visite à Y")."""
    for c in tok.children:
        if c.dep_ in ("poss", "nmod:poss", "compound", "amod"):
            a = actor_for(c, s, "source.nominal-modifier")
            if a is not None:
                return a, "nominal"
            code = demonym_country(c.text)
            name = country_name(code) if code else None
            if name is not None:
                return Actor(c.text, name, code, "state", c.idx, c.idx + len(c.text), "source.nominal-demonym",
                             (c.i, c.i + 1)), "nominal"
    for c in tok.children:
        g = next((x for x in c.children if x.dep_ == "pobj"), None) if c.dep_ == "prep" else c
        if g is None or not g.dep_.startswith(("nmod", "pobj")):
            continue
        p = preposition(g)
        # countries "between" which talks or fighting take place are the parties, places or not
        if p in ("de", "d'", "d’", "du", "des", "of", "by", "par", "between", "entre") and (
                p in ("between", "entre") or not any(pl.covers(g) for pl in s.places)):
            a = actor_for(g, s, "source.nominal-of")
            if a is not None:
                return a, "nominal"
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is not None and not (tok.dep_ in SUBJ and tok.head.i == verb.i):  # "talks were held": no author
        subj, _ = subject_token(verb)
        if subj is not None and not is_pronoun(subj):
            a = actor_for(subj, s, "source.nominal-governor")
            if a is not None:
                return a, "nominal"
    return None, ""


def source(trig: Trigger, s: Sentence) -> tuple[Actor | None, str]:
    a, rule = _source(trig, s)
    if trig.type == "REJECT" and (a is None or a.normalized is None):
        accused = _accused_denies(trig, s)
        if accused is not None:
            return accused, "accused"
    if trig.type in ("ASSAULT", "COERCE") and (a is None or a.normalized is None):
        state = _crackdown_state(trig, s)
        if state is not None:
            return state, "crackdown"
    return a, rule


_CRACKDOWN = frozenset({"répression", "crackdown"})


def _crackdown_state(trig: Trigger, s: Sentence) -> Actor | None:
    """Round 17: "la répression a fait 19 morts", "the crackdown has killed 19 people": a crackdown with no owner
    named is the act of the state the article is about."""
    head = trig.head
    noun = trig.token if trig.token.lower_ in _CRACKDOWN else next(
        (c for c in head.children if c.dep_ in SUBJ and c.lower_ in _CRACKDOWN), None)
    if noun is None or s.home is None or any(
            c.dep_ in ("poss", "nmod:poss", "compound") or (c.dep_ == "amod" and token_demonym(c))
            or (c.dep_ in ("nmod", "prep") and any(t.pos_ == "PROPN" or token_demonym(t) for t in c.subtree))
            for c in noun.children):
        return None  # "la répression russe", "the army's crackdown", "la répression menée par Moscou"
    name = country_name(s.home)
    if name is None:
        return None
    return Actor(noun.text, name, s.home, "government", noun.idx, noun.idx + len(noun.text), "source.crackdown-home",
                 (noun.i, noun.i + 1))


def _accused_denies(trig: Trigger, s: Sentence) -> Actor | None:
    """Round 14: "X accused Y of …, a charge its foreign ministry denied", "…, a charge the former minister denied": an
    accusation answered in the same sentence by someone not named is answered by the accused, the object of the
    accusing verb."""
    head = trig.head
    charge = head.head if head.dep_ in ("relcl", "acl:relcl", "acl") else next(
        (c for c in head.children if c.dep_ in _OBJ_DEPS), None)
    if charge is None or charge.lower_ not in words("charge_nouns") or charge.i < 1 or _agent(head) is not None:
        return None
    subj = next((c for c in head.children if c.dep_ in SUBJ), None)
    if subj is not None and any(t.pos_ == "PROPN" for t in subj.subtree):
        return None  # "a charge the Ruritanian ministry denied": a named denier is its own source
    accuse = next((t for t in s.doc[: charge.i]
                   if t.i in s.trigger_heads and s.trigger_heads[t.i].type == "ACCUSE" and t.pos_ == "VERB"), None)
    obj = next((c for c in accuse.children if c.dep_ in _OBJ_DEPS), None) if accuse is not None else None
    return actor_for(obj, s, "source.accused-denies") if obj is not None else None


def _source(trig: Trigger, s: Sentence) -> tuple[Actor | None, str]:
    head = trig.head
    if head.i == trig.token.i and (head.pos_ in ("NOUN", "PROPN") or head.dep_ in ("nsubj", "csubj")) \
            and not any(c.dep_ in SUBJ for c in head.children):
        return nominal_source(head, s)  # event nouns, and gerunds as subjects ("Fighting between X and Y")
    if trig.entry.kind == "adj":  # "le ministère est préoccupé par…": the one concerned, never the cause
        subj = next((c for c in head.children if c.dep_ in SUBJ), None)
        rule = "nsubj"
        if subj is None:
            subj, rule = subject_token(head)
        if subj is None:
            return None, ""
        if is_pronoun(subj):
            return resolve_pronoun(subj, s, None), "pronoun"
        return actor_for(subj, s, "source." + rule), rule
    if head.dep_ == "acl" and trig.token.i != head.i and (ag := _agent(head)) is not None:
        # "a halt … announced by the Sudanese army"; a dictionary word inside a longer name ("the Three
        # Brotherhood Alliance") is not that actor
        a = actor_for(ag, s, "source.agent")
        names = [c.i for c in ag.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"] + [ag.i]
        if a is not None and a.tokens[0] >= 0 and not (a.tokens[0] <= min(names) and max(names) < a.tokens[1]):
            a = None
        return a, "agent"
    if head.dep_ in ("acl", "amod") and trig.token.i == head.i and not is_passive(head) \
            and ("Part" in head.morph.get("VerbForm") or head.tag_ == "VBN") and (ag := _agent(head)) is not None \
            and ((head.head.lemma_.lower(), "noun") in s.lex.senses or (head.head.lower_, "noun") in s.lex.senses
                 or (trig.type in _REDUCED_PASSIVE_TYPES and head.head.pos_ in ("NOUN", "PROPN"))):
        # a reduced passive on an event noun: "talks mediated by Qatar", "l'offensive menée par l'armée": the
        # agent acts ("le texte, paraphé par les ministres" is no event: a document is no action); round 22: also
        # on the people harmed ("sept éleveurs, tués par des soldats maliens", "herders killed by Malian troops")
        a = actor_for(ag, s, "source.agent")
        if a is not None:
            return a, "agent"
    if not is_passive(head) and any(c.dep_ in ("aux:pass", "auxpass") for c in head.children) \
            and (ag := _agent(head)) is not None:
        # an infinitive passive has no subject of its own ("avant d'être dispersés par la police"): the agent acts
        a = actor_for(ag, s, "source.agent")
        if a is not None:
            return a, "agent"
    if is_passive(head) or shared_passive_subject(head, trig.type) is not None:
        agent = _agent(head)
        if agent is None and trig.type in ("MOBILIZE", "RETREAT"):
            # "Chinese warplanes were detected", "les troupes russes ont été retirées": whose forces
            ps = next((c for c in head.children if c.dep_ in _PASS_SUBJ), None)
            a = actor_for(ps, s, "source.forces") if ps is not None else None
            if a is None and ps is not None:
                a = _possessor(ps, s)  # round 18: "X reinforced … and its navy was placed on alert": X's forces
            if a is None and ps is not None and trig.type == "MOBILIZE" and s.home is not None \
                    and _unowned_forces(ps) and (name := country_name(s.home)) is not None \
                    and not _sent_abroad(head, s):
                # "troops were deployed at the main crossroads", "des soldats ont été déployés à Bissau": forces with
                # no owner named, sent within the country the article is about, are its own
                a = Actor(name, name, s.home, "government", -1, -1, "source.home-forces")
            if a is None and ps is not None and trig.type == "RETREAT" and s.home is not None \
                    and head.lemma_.lower() in words("release_verbs") and (ps.lower_ in words("state_captives") or any(
                        c.dep_ in ("nmod", "prep") and g.lower_ in words("state_captives")
                        for c in ps.children for g in (c, *c.children))
                        # round 20: "si les personnes arrêtées ne sont pas libérées": people the state arrested
                        or any(c.dep_ in ("acl", "amod") and c.lower_ in words("captive_participles")
                               for c in ps.children)) and country_name(s.home):
                # round 18: "31 of the detainees had been released", "les prisonniers ont été libérés": people held
                # by the state are freed by the state the article is about
                name = country_name(s.home)
                a = Actor(name or "", name, s.home, "government", -1, -1, "source.home-release")
            return a, ("forces" if a is not None else "")
        if agent is None and trig.type == "SANCTION":
            # "la Bolivie serait exclue du Mercosur", "was suspended from the African Union": the organisation
            for c in head.children:
                g = next((x for x in c.children if x.dep_ == "pobj"), None) if c.dep_ == "prep" else c
                if g is not None and (preposition(g) or "") in ("de", "d'", "d’", "du", "des", "from") \
                        and (g.dep_.startswith("obl") or g.dep_ == "pobj"):
                    m = next((m for m in s.actors if m.covers(g) and m.role == "io" and not m.is_place), None)
                    if m is not None:
                        return from_mention(m, "source.organisation", s), "organisation"
                    named = _named_entity(g, s, "source.organisation", set()) if g.pos_ == "PROPN" else None
                    if named is not None and g.ent_type_ == "ORG":
                        return named, "organisation"  # an organisation the dictionaries lack
        if agent is None and head.lemma_.lower() in _HOSTING:
            # "une délégation sera reçue à Matignon", "was received at the White House": the host
            # on the verb, or one level down ("reçue mercredi à Matignon" with the place under "mercredi")
            kids = [*head.children, *(k for o in head.children if o.dep_.startswith("obl") for k in o.children)]
            for c in kids:
                g = next((x for x in c.children if x.dep_ == "pobj"), None) if c.dep_ == "prep" else c
                if g is not None and (preposition(g) or "") in ("à", "au", "at") and g.i > head.i:
                    m = next((m for m in s.actors if m.covers(g) and m.role == "government" and not m.is_place),
                             None)
                    if m is not None:
                        return from_mention(m, "source.host", s), "host"
        if agent is None and trig.type == "COERCE" and s.home is not None and country_name(s.home):
            # "60 personnes ont été interpellées", "was detained": arrests without an agent are the state's,
            # the country the article is about
            name = country_name(s.home)
            return Actor(name or "", name, s.home, "government", -1, -1, "source.home-passive"), "home"
        return (actor_for(agent, s, "source.agent") if agent is not None else None), "agent"
    if trig.token.i != trig.head.i and trig.token.dep_ == "nsubj":
        return None, ""
    if trig.type == "ASSAULT" and trig.entry.lemma in _OPPOSING:
        # "des combats ont opposé l’armée aux rebelles": the fighting is the subject, the first side the object
        obj = next((c for c in head.children if c.dep_ in _OBJ_DEPS), None)
        a = actor_for(obj, s, "source.opposed") if obj is not None else None
        if a is not None:
            return a, "opposed"
    speaker = _closing_speaker(head, s)
    if speaker is not None:
        return speaker, "inverted"
    subj, rule = subject_token(head)
    if subj is None and head.dep_ == "acl" and "Part" in head.morph.get("VerbForm"):
        return None, "participle"  # "8 500 hommes placés en alerte": the noun is the patient
    if subj is not None and subj.lower_ in _RELATIVE_SUBJ and subj.head.dep_ in ("acl:relcl", "relcl") \
            and subj.head.head.pos_ in ("NOUN", "PROPN"):
        # "Donald Trump, qui recevra …", "the minister, who accused …": the antecedent
        a = actor_for(subj.head.head, s, "source.relative")
        if a is not None:
            return a, "relative"
    if subj is not None and subj.lower_ in _RELATIVE_SUBJ and subj.lower_ != "that" and (
            "Rel" in subj.morph.get("PronType") or subj.tag_ in ("WP", "WDT")):
        # round 18: "a coupé le gaz à la Pologne, qui refusait de payer", "…, qui s'est engagé à …" with the
        # clause hung elsewhere: the name right before the relative pronoun
        a = _relative_antecedent(subj, s)
        if a is not None:
            return a, "relative"
    if subj is not None:
        if is_pronoun(subj):
            return resolve_pronoun(subj, s, None), "pronoun"
        a = actor_for(subj, s, "source." + rule)
        if a is not None:
            return a, rule
        if rule == "acl-head" and subj.dep_ == "conj":
            a = actor_for(subj.head, s, "source.acl-conj-head")
            if a is not None:
                return a, rule
        if rule == "acl-head" and subj.dep_ in ("obj", "dobj"):
            # "a adopté une résolution exigeant…": the author of the text
            author, _ = subject_token(subj.head)
            a = actor_for(author, s, "source.acl-author") if author is not None else None
            if a is not None:
                return a, rule
        for other in subj.head.children:
            # round 18: "Le président de transition, le général X, a promis …" parsed with two subjects: the
            # title that names no one gives way to the one that does
            if other.i != subj.i and other.dep_ in SUBJ and other.dep_ not in _PASS_SUBJ and not is_pronoun(other):
                a = actor_for(other, s, "source." + rule + ".second")
                if a is not None:
                    return a, rule
        grp = group_antecedent(subj, s)
        if grp is not None:
            return grp, rule
        owner = _possessor(subj, s)
        if owner is not None:
            return owner, rule
        return _unnamed(subj, s), rule
    if not s.root_has_subject:
        # Fragment or misparsed quote (no subject anywhere): nearest dictionary actor on the left.
        before = [m for m in s.actors if m.tok_end <= trig.token.i]
        if before:
            return from_mention(before[-1], "source.nearest-left", s), "nearest"
        # "Le président kényan William Ruto a rencontré…" parsed as fragments: the name right before
        # the verb group.
        first = min([head.i, *(c.i for c in head.children if c.dep_.startswith("aux"))])
        if first > 0 and s.doc[first - 1].pos_ == "PROPN":
            named = _proper_name(s.doc[first - 1], s, "source.nearest-left")
            if named is not None:
                return named, "nearest"
        # round 14: "L'opposant X, qui …, a rejeté …" with the title parsed as a verb and no subject anywhere: the
        # first person named before the verb group, outside any prepositional phrase
        person = next((e for e in s.ents if e.label_ in _PERSON_LABELS_NE and e.end <= first
                       and not any(c.dep_ in ("case", "mark") for c in e.root.children)), None)
        named = _named_entity(person.root, s, "source.first-person", set()) if person is not None else None
        if named is not None:
            return named, "nearest"
    return None, ""


_OPPOSING = frozenset({"opposer", "pit"})  # "des combats ont opposé X à Y", "clashes pitted X against Y"
_ARMED_GROUPS = frozenset({"group", "groupe", "guerrilla", "guérilla", "militia", "milice", "movement", "mouvement",
                           "rebels", "rebelles", "faction", "organisation", "organization"})
_RELATIVE_SUBJ = frozenset({"qui", "who", "which", "that"})
POSS_PRONOUNS = frozenset({"its", "their", "son", "sa", "ses", "leur", "leurs"})


def group_antecedent(tok: Token, s: Sentence) -> Actor | None:
    """Round 18: "le mouvement rebelle a démenti", "the group said", "les rebelles ont réclamé": a definite collective
    noun (singular) or armed group's noun (any number) without a name of its own stands for the organisation the
    article named last with its acronym ("le Front pour … (FACT)"); "l'organisation" may be an institution too.
    `s.groups` (set by extract.py): (name, institution?, end offset in this sentence or -1)."""
    groups = s.groups
    low = tok.lower_
    collective = low in words("group_anaphors") and "Plur" not in tok.morph.get("Number")
    if not groups or tok.pos_ != "NOUN" or not (collective or low in words("armed_anaphors")):
        return None
    det = group_anaphor_det(tok, s.text, apposed=collective)
    if det is None:
        return None
    any_kind = low in ("organisation", "organization")
    fits = [g for g, io, end in groups if (not io or any_kind) and end <= det.idx]
    if not fits:
        return None
    np = [t for t in _np_tokens(tok) if t.i >= det.i]
    lo, hi = np[0], np[-1]
    return Actor(s.text[lo.idx : hi.idx + len(hi.text)], fits[-1], None, "group", lo.idx, hi.idx + len(hi.text),
                 "source.group-anaphor", (lo.i, hi.i + 1))


def group_anaphor_det(tok: Token, text: str, apposed: bool = True) -> Token | None:
    """The determiner by which a noun with no name of its own refers back to an organisation named before: a definite
    or demonstrative one ("le mouvement", "this group"), or, when `apposed`, an indefinite one in apposition to the
    name just defined ("Le Mouvement du 6 juin (M66), un collectif né …"). None otherwise."""
    dets = [c for c in tok.children if c.dep_ == "det" and c.i < tok.i]
    if not dets or any(c.dep_ in ("nmod", "appos", "flat:name", "compound") and c.pos_ == "PROPN"
                       for c in tok.children):
        return None
    if dets[0].lower_ in ("un", "une", "a", "an"):
        return dets[0] if apposed and re.search(r"\)\s*,\s*$", text[: dets[0].idx]) else None
    return dets[0] if dets[0].lower_ in words("anaphoric_determiners") else None


def _relative_antecedent(rel: Token, s: Sentence) -> Actor | None:
    """The actor named right before a subject relative pronoun ("…, au Canada, qui …", "to Poland, which …")."""
    j = rel.i - 1
    if j >= 0 and s.doc[j].text == ",":
        j -= 1
    if j < 0:
        return None
    tok = s.doc[j]
    if tok.pos_ not in ("NOUN", "PROPN") and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i < tok.i:
        tok = tok.head  # "l'Union européenne, qui": the noun of the name
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    return actor_for(tok, s, "source.relative")


# a state's other forces: "sa garde côtière a intercepté", "its coast guard seized", "sa police a arrêté"
_STATE_FORCES = frozenset({"garde", "guard", "police", "gendarmerie", "garde-côtes", "coastguard", "marine"})


def _possessor(subj: Token, s: Sentence) -> Actor | None:
    """"its jets", "ses soldats", "their fighters" as subject: the forces' owner is the speaker of the
    governing report ("The Thai army said its jets had not struck…"), else the subject of the main clause
    ("…freed him two weeks after its fighters seized him"), else the pronoun's antecedent."""
    if subj.lower_ not in military_nouns() and subj.lower_ not in _GROUP_NOUNS and subj.lower_ not in words("armies") \
            and subj.lower_ not in _STATE_FORCES:
        return None
    poss = next((c for c in subj.children if c.lower_ in POSS_PRONOUNS and c.dep_ in ("poss", "det", "nmod:poss")),
                None)
    if poss is None:
        return None
    verb = subj.head
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in s.lex.report:
        a = speaker_of(verb.head, s)
        if a is not None:
            return a
    if verb.dep_ in ("advcl", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        main, _ = subject_token(verb.head)
        if main is not None and not is_pronoun(main):
            a = actor_for(main, s, "source.possessor")
            if a is not None:
                return a
    return resolve_pronoun(poss, s, None)


def _joins_name(doc: Doc, i: int) -> bool:
    """Token `i` is a hyphen written without spaces between two capitalized words ("Nandi-Ndaitwah")."""
    return doc[i].text in _HYPHENS and not doc[i - 1].whitespace_ and not doc[i].whitespace_ \
        and doc[i - 1].text[:1].isupper() and doc[i + 1].text[:1].isupper() and doc[i - 1].is_alpha \
        and doc[i + 1].is_alpha


# lower-case particles inside Arabic, Mauritanian, Dutch and German personal names ("ben", "ould", "van")
_NAME_PARTICLES = frozenset({"ben", "bin", "ibn", "bint", "ould", "van", "von"})


def _particle_link(doc: Doc, i: int) -> bool:
    """Token i is a name particle between two capitalised proper nouns ("Qabous ben Saïd")."""
    return 0 < i < len(doc) - 1 and doc[i].lower_ in _NAME_PARTICLES and all(
        doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() for j in (i - 1, i + 1))


def _proper_name(tok: Token, s: Sentence, rule: str) -> Actor | None:
    """A name the dictionaries and the model missed ("Ariel Henry" with "Ariel" cut off by the parse,
    "Bukele" untagged): the run of capitalized proper nouns around it, as written."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or any(p.covers(tok) for p in s.places):
        return None
    doc = s.doc
    lo = hi = tok.i
    while True:
        if lo > 0 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].text[:1].isupper():
            lo -= 1
        elif lo > 1 and (_joins_name(doc, lo - 1) or _particle_link(doc, lo - 1)):
            # "Nandi-Ndaitwah" split by the tokenizer: the hyphen keeps both halves in one name; "Haïtham ben
            # Tariq" with "ben" read as an adverb: a particle inside a person's name
            lo -= 2
        else:
            break
    while True:
        if hi + 1 < len(doc) and doc[hi + 1].pos_ == "PROPN" and doc[hi + 1].text[:1].isupper():
            hi += 1
        elif hi + 2 < len(doc) and (_joins_name(doc, hi + 1) or _particle_link(doc, hi + 1)):
            hi += 2
        else:
            break
    span = doc[lo : hi + 1]
    if any(p.tok_start < span.end and span.start < p.tok_end for p in s.places):
        return None
    return Actor(span.text, span.text, None, None, span.start_char, span.end_char, rule + ".name.ner", (lo, hi + 1))


def _unnamed(tok: Token, s: Sentence) -> Actor | None:
    """"Les syndicats", "Humanitarian groups": an actor we cannot name; kept as written so the
    event is not lost (normalized, country and role stay null)."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ in military_nouns():
        return None
    named = _proper_name(tok, s, "source")
    if named is not None:
        return named
    np = _np_tokens(tok)
    while len(np) > 1 and np[0].dep_ in ("det", "case"):
        np = np[1:]
    start, end = np[0].idx, np[-1].idx + len(np[-1].text)
    return Actor(s.text[start:end], None, None, None, start, end, "source.unnamed", (np[0].i, np[-1].i + 1))


_OBJ_DEPS = frozenset({"obj", "dobj"})


def shared_conjunct(verb: Token) -> Token | None:
    """"rammed and boarded two boats near the shoal on Monday": a verb without an object of its own,
    coordinated right away with a verb that has one, shares that object and its phrases."""
    if verb.pos_ != "VERB" or any(c.dep_ in _OBJ_DEPS or c.dep_ in ("prep", "xcomp", "ccomp") or
                                  c.dep_.startswith("obl") for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ == "VERB" and 0 < c.i - verb.i <= 3 and any(
                w.dep_ == "cc" for w in verb.doc[verb.i + 1 : c.i]) and any(
                g.dep_ in _OBJ_DEPS for g in c.children) and not any(g.dep_ in SUBJ for g in c.children):
            return c
    return None


def _candidates(trig: Trigger, passive: bool) -> list[Token]:
    heads = [trig.token] if trig.token.i == trig.head.i else [trig.token, trig.head]
    conj = shared_conjunct(trig.head) if trig.token.i == trig.head.i and not passive else None
    if conj is not None:
        heads.append(conj)
    needed = trig.entry.required_children()
    ordered: list[Token] = []
    if trig.token.pos_ == "ADJ" and trig.token.dep_ == "amod":
        ordered.append(trig.token.head)  # "a gelé les avoirs" parsed as adjective + noun
    for h in heads:
        kids = [c for c in h.children if c.i != trig.token.i]
        # Words of a multi-word trigger ("mettre en garde [Moscou]") pass their dependents on.
        kids += [g for c in kids if c.lower_ in needed or c.lemma_.lower() in needed for g in c.children]
        obj_deps = ("obj", "dobj", "iobj", "dative") + (_PASS_SUBJ if passive else ())
        ordered += [c for c in kids if c.dep_ in obj_deps]
        # round 13: "a accusé mercredi le Ruritanie de …" with the object hung on the weekday: the object all the same
        ordered += [g for c in kids if c.dep_.startswith("obl") and c.lower_ in WEEKDAYS for g in c.children
                    if g.dep_ == "nmod" and g.i > c.i and g.pos_ in ("NOUN", "PROPN") and preposition(g) is None
                    and all(t.dep_ == "det" for t in c.doc[c.i + 1 : g.i])]
        if h.dep_ == "conj" and h.pos_ == "VERB" and not passive and not any(c.dep_ in _OBJ_DEPS for c in kids):
            # "a piraté X et saboté en 2015 la chaîne Y" with Y hung on the first verb: the object after
            # the second verb is its own
            ordered += [c for c in h.head.children if c.dep_ in _OBJ_DEPS and c.i > h.i]
        # A name mis-tagged as an adverb right after the verb ("a appelé Dakar à…").
        ordered += [c for c in kids if c.dep_ == "advmod" and c.i > h.i and c.text[:1].isupper()]
        # ... or parsed as part of the verb's name ("a exhorté Moscou à …" with Moscou as flat:name)
        ordered += [c for c in kids if c.dep_ in ("flat:name", "flat") and c.i == h.i + 1 and c.pos_ == "PROPN"]
        ordered += [c for c in kids if c.dep_.startswith(("obl", "nmod", "xcomp", "npadvmod"))
                    and c.pos_ in ("NOUN", "PROPN", "PRON")]
        ordered += [g for c in kids if c.lower_ in ("auprès", "envers") for g in c.children
                    if g.pos_ in ("NOUN", "PROPN")]
        for c in kids:  # English prepositions: "talked with Macron", "mediate between Russia and Ukraine"
            if c.dep_ in ("prep", "dative") and c.lower_ not in ("by",):
                ordered += [g for g in c.children if g.dep_ == "pobj"]
                if c.lower_ == "between":  # the second party: "between Ethiopia's army and the Amhara militia"
                    ordered += [x for g in c.children if g.dep_ == "pobj" for x in g.children if x.dep_ == "conj"]
        # Recipient inside the object: "fournir 300 millions d’euros d’aide à l’Ukraine".
        for c in kids:
            if c.dep_ in ("obj", "dobj"):
                for g in c.subtree:
                    if g.i != c.i and g.dep_.startswith("nmod") and preposition(g) in ("à", "au", "aux"):
                        ordered.append(g)
                    if g.dep_ == "pobj" and g.head.lower_ == "to" and g.head.head.i == c.i:
                        ordered.append(g)
    return ordered


def _expelled_envoy(trig: Trigger, exclude: set[str]) -> Actor | None:
    """Round 13: an envoy expelled or recalled is named by a nationality ("a expulsé l'ambassadeur ruritanien X",
    "expelled two Ruritanian diplomats"): the sanction hits the envoy's state, not the person named."""
    if trig.type != "SANCTION":
        return None
    # round 16: a day or "à son tour" before a counted object makes the parser hang the envoy under that
    # oblique ("a expulsé samedi 18 diplomates ruritaniens"): take it too
    hung = [g for c in trig.head.children if c.dep_.startswith(("obl", "obj", "dobj")) and c.i > trig.head.i
            for g in c.children if g.dep_ == "nmod" and g.i > c.i and any(n.dep_ == "nummod" for n in g.children)]
    for c in list(trig.head.children) + hung:
        if (c.dep_ not in ("obj", "dobj") and c not in hung) or c.lower_ not in words("envoy_nouns"):
            continue
        # the model may tag a hyphenated nationality as punctuation ("sud-africain")
        adj = next((g for g in c.children if g.dep_ in ("amod", "nmod") and g.pos_ in ("ADJ", "PUNCT")
                    and g.i == c.i + 1 and token_demonym(g)), None)
        adj = adj or next((g for g in c.children if g.dep_ == "amod" and token_demonym(g)), None)
        code = token_demonym(adj) if adj is not None else None
        name = country_name(code) if code else None
        if name is not None and name not in exclude:
            return Actor(adj.text, name, code, "state", adj.idx, adj.idx + len(adj.text), "target.envoy-demonym",
                         (adj.i, adj.i + 1))
    return None


def _locative_de(tok: Token) -> bool:
    """"près de la frontière", "le long de": a place phrase, never a target."""
    case = next((c for c in tok.children if c.dep_ == "case"), None)
    if case is None or case.lower_ not in ("de", "d'", "d’", "du", "des"):
        return False
    before = prev_word(tok.doc, case.i)
    return before is not None and before.lower_ in _LOC_BEFORE_DE


_SHIP_SENT_TYPES = frozenset({"AID", "MOBILIZE", "RETREAT"})
_PHRASE_DEPS = frozenset({"compound", "appos", "flat", "flat:name", "amod", "det", "nmod", "nummod"})


def _ship(obj: Token) -> bool:
    """A ship named or described in an object ("HMAS Adelaide", "the frigate HMS Kent", "la frégate Aconit"): the
    object's head or a word of its own noun phrase (not of a "with/avec" phrase) is a ship word or prefix."""
    phrase = [obj, *(g for c in obj.children if c.dep_ in _PHRASE_DEPS for g in c.subtree)]
    if any(t.lower_ in words("vessels") and (t.pos_ == "PROPN" or t.lower_ == t.text) for t in phrase):
        return True
    # "son navire de recherche Oruç Reis" with the name parsed as a second object of the verb
    return obj.pos_ == "PROPN" and any(
        o.dep_ == obj.dep_ and o.i < obj.i and o.lower_ in words("vessels") and max(t.i for t in o.subtree) == obj.i - 1
        for o in obj.head.children)


# Courts and tribunals a party brings a dispute before ("saisir la Cour internationale de justice", "take the case to
# the tribunal"): the forum, not the party the act is aimed at.
_COURT_WORDS = words("courts")
_SEIZE_COURT = frozenset({"saisir", "seize", "refer"})


def _is_court(a: Actor) -> bool:
    return a.country is None and any(w.lower().strip(".,") in _COURT_WORDS for w in a.text.split())


_SEATED_AUTHORITIES = words("seated_authorities")
_SEAT_PREPS = frozenset({"de", "d'", "d’", "du", "in", "of"})


def target(trig: Trigger, s: Sentence, src: Actor | None) -> Actor | None:
    """Target actor: object first, then obliques with a target preposition."""
    if trig.type == "MOBILIZE":
        return None  # a deployment, exercise or build-up has no target: where it goes is its location
    exclude = {src.normalized} if src and src.normalized else set()
    if _reciprocal(trig.head):
        # "X and Y accused each other", "se sont mutuellement accusés": each party targets the other
        other = _reciprocal_partner(trig.head, s, exclude)
        if other is not None:
            return other
    envoy = _expelled_envoy(trig, exclude)
    if envoy is not None:
        return envoy
    shared = shared_passive_subject(trig.head, trig.type) if trig.token.i == trig.head.i else None
    patient = actor_for(shared, s, "target.shared-passive", exclude) if shared is not None else None
    if patient is not None:
        return patient
    passive = is_passive(trig.head)
    visit = "loc_target" in trig.entry.constraints
    no_obj = "obj_not_target" in trig.entry.constraints  # "a saisi la Cour": the court is not accused
    for c in _candidates(trig, passive):
        if no_obj and c.dep_ in ("obj", "dobj"):
            continue
        if c.i > trig.head.i and _inverted_speaker(trig.head, c, s):
            continue  # "…, a prévenu son secrétaire général": the speaker, parsed as object
        if _in_according(s, c.i):
            continue
        prep = preposition(c)
        if c.dep_.startswith(("obl", "nmod", "pobj")) and prep is not None:
            ok = prep in _TARGET_PREPS or (visit and prep in ("en", "in", "dans"))
            # "expressed concern over China's actions", "alarmed at Russia's build-up": the one disapproved of
            ok = ok or (trig.type == "ACCUSE" and prep in ("over", "about", "at"))
            if trig.type in ("MOBILIZE", "RETREAT") and prep not in _AGAINST:
                ok = False  # troops go to / leave places; only "contre/against" names a target
            if not ok or _locative_de(c):
                continue
        if prep in _AGENT_PREPS and not passive:
            continue
        if trig.type in ("MOBILIZE", "RETREAT") and (c.dep_ in _PASS_SUBJ or (
                c.dep_ in ("obj", "dobj") and c.lower_ in military_nouns())):
            continue  # "retiré ses troupes du territoire arménien": the troops are not a target
        if c.dep_ in ("obj", "dobj") and trig.type in _SHIP_SENT_TYPES and _ship(c):
            continue  # round 17: "dispatched HMAS X to Tonga", "a déployé la frégate X": the ship is no party
        actor = actor_for(c, s, "target." + c.dep_, exclude)
        if actor is not None and c.dep_ in ("obj", "dobj") and _is_court(actor) \
                and trig.head.lemma_.lower() in _SEIZE_COURT:
            continue
        if actor is None:
            if trig.type in _SPEECH_TYPES and c.dep_ in ("obj", "dobj") and c.i > trig.head.i:
                actor = _place_as_target(c, s, exclude)  # "a accusé La Paz de …": a city addressed is its government
                for g in c.children if actor is None and c.lower_ in _SEATED_AUTHORITIES else ():
                    # "a accusé les autorités d'Aden", "the authorities in Juba": the government seated there
                    if g.dep_ in ("nmod", "prep", "pobj") and (preposition(g) or g.lower_) in _SEAT_PREPS:
                        actor = _place_as_target(next((x for x in g.children if x.dep_ == "pobj"), g), s, exclude)
                        if actor is not None:
                            break
            if actor is None and prep in _WITH_PREPS and any(p.covers(c) and p.role == "capital" for p in s.places):
                actor = _place_as_target(c, s, exclude)  # round 13: "sa solidarité avec Bucarest": its government
            if actor is None and trig.type == "ASSAULT" and c.dep_ in ("obj", "dobj") and not any(
                    k.dep_ in ("compound", "amod") and k.lower_ in words("armed_anaphors") for k in c.children):
                # round 17: "struck rebel positions inside X": the rebels are hit, not X (targets.armed_group_anaphor)
                actor = _place_as_target(c, s, exclude)
                for g in c.subtree if actor is None else ():
                    if g.dep_ in ("nmod", "pobj", "appos") and g.i - c.i <= 4:
                        actor = _place_as_target(g, s, exclude)  # "le centre de Kharkiv"
                        if actor is not None:
                            break
            if actor is None:
                continue
        if not visit and _is_location_use(actor, trig, s):
            continue
        if trig.type == "PROTEST" and prep in _CROWD_VENUE_PREPS and actor.country is None:
            continue  # "ont manifesté à Banja Luka": an unknown name where a crowd gathers is a town
        return actor
    if trig.type == "AGREE":
        # "promised to cooperate with Turkey", "a promis de fournir à Kiev"; round 17: "promised to stand by X"
        for c in trig.head.children:
            if c.dep_ == "xcomp":
                for g in c.children:
                    gg = next((x for x in g.children if x.dep_ == "pobj"), None) if g.dep_ in ("prep", "dative") else g
                    prep = preposition(gg) if gg is not None else None
                    if gg is not None and prep in ("à", "au", "aux", "avec", "with", "to", "by"):
                        a = actor_for(gg, s, "target.complement", exclude)
                        if a is not None:
                            return a
    if trig.type == "THREATEN":
        # "threatened to strike Iranian nuclear sites", "a menacé de frapper l’Ukraine"
        for c in trig.head.children:
            if c.dep_ == "xcomp":
                for g in c.children:
                    if g.dep_ == "prep" and g.lower_ in _AGAINST:
                        g = next((x for x in g.children if x.dep_ == "pobj"), g)
                    elif not (g.dep_ in ("obj", "dobj") or (g.dep_.startswith("obl") and preposition(g) in _AGAINST)):
                        continue
                    if g.dep_ in ("obj", "dobj", "pobj") or g.dep_.startswith("obl"):
                        a = actor_for(g, s, "target.threatened", exclude)
                        if a is not None and not _is_court(a):
                            return a
    if trig.type == "REQUEST":
        # "a demandé l'aide militaire de Moscou", "asked for help from China": who is asked.
        for c in trig.head.children:
            if c.dep_ in ("obj", "dobj", "prep"):
                for g in c.subtree:
                    if g.i != c.i and g.pos_ == "PROPN" and (preposition(g) or "") in ("de", "d'", "d’", "du", "from"):
                        a = actor_for(g, s, "target.requested-from", exclude)
                        if a is not None:
                            return a
    if trig.type in ("REJECT", "REQUEST", "THREATEN", "ACCUSE"):
        # "Germany refused to send weapons to Kyiv": the recipient inside the complement.
        for c in trig.head.children:
            if c.dep_ == "xcomp":
                for g in c.children:
                    gg = next((x for x in g.children if x.dep_ == "pobj"), None) if g.dep_ in ("prep", "dative") else g
                    if gg is not None and (preposition(gg) or "") in ("à", "au", "aux", "to"):
                        a = actor_for(gg, s, "target.complement", exclude)
                        if a is not None:
                            return a
    return None


_WITH_PREPS = frozenset({"avec", "with"})
_CROWD_VENUE_PREPS = frozenset({"à", "au", "aux", "at", "in"})


def _closing_speaker(verb: Token, s: Sentence) -> Actor | None:
    """Round 18: "Si …, le pays pourrait demander …, a averti un conseiller de la présidence.": a warning verb closing
    the sentence after a comma, with no subject, parsed as coordinated with the reported clause: its object is the
    speaker (a counsellor of the presidency speaks for the state)."""
    if verb.lemma_.lower() not in ("prévenir", "avertir", "warn") or verb.dep_ not in ("conj", "ROOT") \
            or verb.head.i > verb.i \
            or any(c.dep_ in SUBJ for c in verb.children):
        return None
    first = min([verb.i, *(c.i for c in verb.children if c.dep_.startswith("aux"))])
    obj = next((c for c in verb.children if c.dep_ in _OBJ_DEPS and c.i > verb.i), None)
    if first == 0 or s.doc[first - 1].text not in (",", "»", "\"") or obj is None:
        return None
    if any(t.pos_ not in ("PUNCT",) for t in s.doc[obj.right_edge.i + 1 :]):
        return None  # the speaker ends the sentence
    a = actor_for(obj, s, "source.inverted")
    if a is None:
        inst = next((c for c in obj.children if c.dep_ in ("nmod", "prep") and c.i > obj.i), None)
        inst = next((g for g in inst.children if g.dep_ == "pobj"), inst) if inst is not None and inst.dep_ == "prep" \
            else inst
        a = actor_for(inst, s, "source.inverted") if inst is not None else None
    if a is not None and a.rule.endswith(".home"):
        # "…, Port of Spain suspendrait ses livraisons, a averti le ministre de l'Énergie": an unnamed minister
        # announcing what a state will do speaks for that state, whatever country the article is mostly about
        b = _announced_state(verb, s)
        if b is not None and b.normalized != a.normalized:
            return b
    return a


def _announced_state(verb: Token, s: Sentence) -> Actor | None:
    """The state subject of the clause a closing warning reports (not of its if-clause: that is the adversary)."""
    def if_marked(v: Token) -> bool:
        return any(m.dep_ == "mark" and m.lower_ in ("si", "s'", "s’", "if") for m in v.children)
    clauses = [verb.head] if verb.dep_ == "conj" else []
    level = [c for c in verb.children if c.dep_ in ("advcl", "ccomp", "parataxis") and c.i < verb.i]
    for _ in range(2):
        clauses += [c for c in level if not if_marked(c)]
        level = [g for c in level for g in c.children if g.dep_ in ("advcl", "conj") and g.pos_ == "VERB"]
    for v in clauses:
        if if_marked(v):
            continue
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        b = actor_for(subj, s, "source.inverted.clause") if subj is not None and not is_pronoun(subj) else None
        if b is not None and b.country is not None and b.role in ("state", "government", "capital"):
            return b
    return None


def _inverted_speaker(verb: Token, obj: Token, s: Sentence) -> bool:
    """French incise after the reported words: "…, a prévenu le ministre": the object is the subject."""
    if verb.lemma_.lower() not in s.lex.report and verb.lemma_.lower() not in ("prévenir", "avertir"):
        return False
    if any(c.dep_ in SUBJ for c in verb.children) or obj.i < verb.i:
        return False
    first = min([verb.i, *(c.i for c in verb.children if c.dep_.startswith("aux"))])
    return first > 0 and s.doc[first - 1].text in (",", "»", "\"") and any(
        c.dep_ in ("ccomp", "advcl", "parataxis") and c.i < verb.i for c in verb.children)


def organisation_left(trig: Trigger, s: Sentence) -> Actor | None:
    """"se retirer de la Cédéao", "withdrawing from ECOWAS": the international organisation left."""
    for c in trig.head.children:
        g = next((x for x in c.children if x.dep_ == "pobj"), None) if c.dep_ == "prep" else c
        if g is None or (preposition(g) or "") not in ("de", "d'", "d’", "du", "from"):
            continue
        a = actor_for(g, s, "target.left")
        if a is not None and a.role == "io":
            return a
    return None


_RECIPROCAL_ADV = frozenset({"mutuellement", "réciproquement", "mutually"})


def _reciprocal(verb: Token) -> bool:
    """"each other" / "one another" as the object or its owner ("shelled each other's villages"), or
    "mutuellement"/"réciproquement" on the verb."""
    for c in verb.children:
        if c.lower_ in _RECIPROCAL_ADV:
            return True
        if c.dep_ in _OBJ_DEPS or c.dep_ == "prep":
            for t in c.subtree:
                if t.lower_ in ("other", "another") and any(g.lower_ in ("each", "one") for g in t.children):
                    return True
    return False


def _reciprocal_partner(verb: Token, s: Sentence, exclude: set[str]) -> Actor | None:
    """The coordinated subject ("X and Y", "troops from X and Y") or the pair ("both governments", "les deux
    pays") other than the source."""
    subj, _ = subject_token(verb)
    if subj is None:
        return None
    pair = _pair(subj, s, "target.reciprocal", 1) or _pair(subj, s, "target.reciprocal", 0)
    if pair is not None and pair.normalized not in exclude:
        # "both governments accused each other": the pair member that is not the source (the same words as
        # the source, so no offsets of its own)
        return pair.elsewhere("target.reciprocal.pair")
    for t in subj.subtree:
        if t.dep_ == "conj":
            for cand in (t, t.head):
                a = actor_for(cand, s, "target.reciprocal", exclude)
                if a is not None and a.normalized not in exclude:
                    return a
    return None


def target_from_places(places: list[Mention], src: Actor | None) -> Actor | None:
    for p in places:
        foreign = src is None or src.country != p.country or src.role not in ("state", "government")
        if p.role in ("city", "capital", "region", "country") and p.country and foreign:
            name = country_name(p.country)
            if name:
                return Actor(p.text, name, p.country, "state", p.start, p.end, "target.place-country",
                             (p.tok_start, p.tok_end))
    return None


def _place_as_target(tok: Token, s: Sentence, exclude: set[str]) -> Actor | None:
    """"ont bombardé Kharkiv": the city's country is the target."""
    for p in s.places:
        if p.covers(tok) and p.country:
            name = country_name(p.country)
            if name and name not in exclude:
                return Actor(p.text, name, p.country, "state", p.start, p.end, "target.place-country",
                             (p.tok_start, p.tok_end))
    return None


def _is_location_use(actor: Actor, trig: Trigger, s: Sentence) -> bool:
    """A place introduced by a locative preposition ("en Pologne") is where, not whom."""
    if actor.tokens[0] < 0 or actor.rule.endswith("place-country"):
        return False
    if not any(p.tok_start == actor.tokens[0] for p in s.places):
        return False
    prev = prev_word(s.doc, actor.tokens[0])
    if prev is None:
        return False
    if prev.lower_ in _LOC_ANY_TYPE:
        return True
    # "ont signé un traité à Doha" is where; "a promis à Kiev" is to whom.
    venue = trig.type in LOC_FROM_A or (trig.type == "AGREE" and trig.head.lemma_.lower() not in PROMISE)
    return prev.lower_ in ("à", "au", "aux", "to", "at") and venue


def symmetric_partner(trig: Trigger, s: Sentence, src: Actor | None) -> Actor | None:
    """"Biden et Macron ont discuté": the other conjunct of the subject is the other party (only when
    the verb has no object of its own: "Macron et Scholz rencontreront les deux dirigeants")."""
    if src is not None and src.rule.endswith(".pair"):
        subj, _ = subject_token(trig.head)
        return _pair(subj, s, "target", 1) if subj is not None else None  # "les deux pays ont convenu"
    # An object of its own ("rencontreront les deux dirigeants") leaves no room for a partner, unless it is
    # the agreement itself ("L'Azerbaïdjan et l'Arménie ont signé un accord").
    # What is shared in a cooperation ("ont échangé des informations", "shared intelligence") is no party.
    if any(c.dep_ in ("obj", "dobj") and (c.lemma_.lower(), "noun") not in s.lex.events
           and (c.lower_, "noun") not in s.lex.events
           and (trig.type != "COOPERATE" or actor_for(c, s, "target.obj") is not None) for c in trig.head.children):
        return None
    subj, _ = subject_token(trig.head)
    if trig.head.i == trig.token.i and trig.token.pos_ == "NOUN" and src is not None and src.tokens[0] >= 0:
        subj = s.doc[src.tokens[1] - 1]  # "a meeting between Putin and Kim": the conjunct of the first party
        if subj.dep_ == "compound":
            subj = subj.head
    if subj is None:
        return None
    exclude = {src.normalized} if src and src.normalized else set()
    for t in actor_subtree(subj):
        if t.dep_ == "conj":
            a = actor_for(t, s, "target.conj", exclude)
            if a is not None:
                return a
    # "Biden et Macron" mis-attached: an actor right before "et/and" + the subject.
    if src is not None and src.tokens[0] > 1:
        link = s.doc[src.tokens[0] - 1]
        if link.lower_ in ("et", "and"):
            for m in s.actors:
                if m.tok_end == link.i and m.normalized not in exclude:
                    return from_mention(m, "target.coordinated", s)
    return None


def speaker_of(verb: Token, s: Sentence) -> Actor | None:
    if not any(c.dep_ in SUBJ or c.dep_ in ("obj", "dobj") for c in verb.children) and verb.dep_ == "advcl" \
            and "Part" in verb.morph.get("VerbForm"):
        verb = verb.head  # "NATO rejected the request, saying …": the speaker is the main subject
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in SUBJ or c.dep_ in ("obj", "dobj") for c in verb.children):
        verb = verb.head  # "X dismissed the claim and said …": the subject shared with the first verb
    for c in verb.children:
        if c.dep_ in SUBJ and not is_pronoun(c):
            a = actor_for(c, s, "reported_by.nsubj") or _aide_owner(c, verb, s)
            if a:
                return a
    for c in verb.children:  # inverted "a déclaré la Maison Blanche" is often parsed as obj
        if c.dep_ in ("obj", "dobj", "nsubj", "obl:arg") and c.i > verb.i:
            a = actor_for(c, s, "reported_by.inverted")
            if a:
                return a
    for c in verb.children:
        if c.dep_ in SUBJ and is_pronoun(c):
            return resolve_pronoun(c, s, None)
    return None


def _reported_clause_subject(verb: Token, s: Sentence) -> Actor | None:
    """The named subject of the clause a report verb is about: its complement, or the clause it is inverted
    after ("X met Y on Friday, his office said" / "X a rencontré Y, a indiqué son cabinet")."""
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
    if verb.dep_ in ("parataxis", "advcl", "conj", "ccomp") and verb.head.i != verb.i:
        clauses.append(verb.head)
    # A report after a comma is often parsed as a second root: the clause is the root before it.
    clauses += [t for t in verb.doc[: verb.i] if t.dep_ == "ROOT"] if verb.dep_ == "ROOT" else []
    for clause in clauses:
        subj, _ = subject_token(clause)
        if subj is not None and not is_pronoun(subj):
            a = actor_for(subj, s, "reported_by.aide-owner")
            if a is not None:
                return a
    return None


def _aide_owner(aide: Token, verb: Token, s: Sentence) -> Actor | None:
    """"his office said", "sa porte-parole a déclaré": an aide of an owner named by a possessive speaks for
    that owner, the one the report is about; an office stands for the owner's state."""
    offices, spokes = words("leader_offices"), words("spokespeople")
    if aide.lower_ not in offices | spokes:
        return None
    poss = next((c for c in aide.children if c.lower_ in words("owner_possessives")), None)
    if poss is None:
        return None
    # Only the subject of the reported clause: the nearest earlier name is often another party.
    owner = _reported_clause_subject(verb, s)
    if owner is None or aide.lower_ not in offices or not owner.country:
        return owner
    state = country_name(owner.country)
    if state is None:
        return owner
    span = s.doc[poss.i : aide.i + 1]
    return Actor(span.text, state, owner.country, "government", span.start_char, span.end_char,
                 "reported_by.leader-office", (span.start, span.end))


def _is_reporter(tok: Token, s: Sentence) -> bool:
    lemma = tok.lemma_.lower()
    if lemma not in s.lex.report:
        return False
    other = s.trigger_heads.get(tok.i)
    return other is None or other.type == "THREATEN"  # "a averti que…" reports too


def reported_by(trig: Trigger, s: Sentence) -> tuple[Actor | None, Token | None]:
    """Speaker of a reporting verb governing the event, and that verb (for the time fall-back)."""
    if trig.token.i != trig.head.i and trig.head.lemma_.lower() in ("annoncer", "announce"):
        return speaker_of(trig.head, s), trig.head
    # "X a affirmé que … et menacé de …": a bare participle coordinated with the verb whose auxiliary it shares is
    # reported by whoever reports that verb, not by the clause it hangs on
    cur = shared_auxiliary_verb(trig.head) or trig.head
    for _ in range(5):
        if cur.dep_ != "ROOT" and cur.head.i != cur.i:
            h = cur.head
            if cur.dep_ in ("ccomp", "xcomp") and _is_reporter(h, s):
                return speaker_of(h, s), h
            if cur.dep_ == "advcl" and h.i > cur.i and _is_reporter(h, s) and h.dep_ == "ROOT" \
                    and not any(c.dep_ == "mark" for c in cur.children):
                return speaker_of(h, s), h  # inverted report parsed as advcl: "X pourrait …, a prévenu Y"
            cur = h
        else:
            break
    # Inverted report: "…, a déclaré la Maison Blanche" / "…, said Kirby" hangs below the event verb
    # or below the sentence root.
    roots = [trig.head, cur, *[t for t in s.doc if t.dep_ == "ROOT"]]
    for r in roots:
        for c in r.children:
            if c.dep_ in ("parataxis", "advcl", "conj", "ccomp") and _is_reporter(c, s) \
                    and c.i > trig.token.i and not any(g.dep_ == "ccomp" for g in c.children):
                a = speaker_of(c, s)
                if a:
                    return a, c
        if r.dep_ == "ROOT" and r.i != trig.head.i and _is_reporter(r, s) and r.i > trig.token.i:
            a = speaker_of(r, s)
            if a:
                return a, r
    return _according_to(s), None


_SOURCE_SEAT = frozenset({"à", "au", "aux", "in", "at", "dans", "en"})
_OF_TOWN = frozenset({"de", "d'", "d’", "du", "of"})


def _according_to(s: Sentence) -> Actor | None:
    for t in s.doc:
        if t.lower_ not in _ACCORDING:
            continue
        # "selon un diplomate à Nairobi", "according to a source in Beijing": the city is where the unnamed
        # source is, not who reports
        # round 20: only names inside the phrase ("According to Norwegian intelligence, Russia has moved …": not
        # the subject after the comma)
        end = next((x.i for x in s.doc[t.i + 1 :] if x.text in (",", ";", ":", ".")), len(s.doc))
        after = [m for m in s.actors if t.i < m.tok_start < end and not (
            (pw := prev_word(s.doc, m.tok_start)) is not None and pw.lower_ in _SOURCE_SEAT and pw.i > t.i + 1)]
        if after and after[0].tok_start - t.i <= 6:
            return from_mention(after[0], "reported_by.according", s)
        window = s.doc[t.i + 1 : min(len(s.doc), t.i + 6)]
        nouns = [x for x in window if x.pos_ in ("NOUN", "PROPN")]
        if nouns:
            a = actor_for(nouns[0], s, "reported_by.according")
            if a is not None:
                return a
            n = nouns[0]
            ent = next((e for e in s.ents if e.start <= n.i < e.end and e.label_ in _NER_ACTOR_LABELS | {"MISC"}
                        and e.text[:1].isupper() and len(e) >= 2), None)
            if ent is not None:  # "selon la Défense civile de Gaza": an organisation the dictionaries lack
                return Actor(ent.text, ent.text, None, "group", ent.start_char, ent.end_char,
                             "reported_by.according.ner", (ent.start, ent.end))
            if n.pos_ == "PROPN" and n.text[:1].isupper() and all(
                    x.pos_ in ("ADP", "DET") for x in s.doc[t.i + 1 : n.i]):
                # "selon l’Anssi", "according to Reuters": a name the dictionaries lack, as written
                hi = n.i
                while hi + 1 < len(s.doc) and s.doc[hi + 1].pos_ == "PROPN" and s.doc[hi + 1].text[:1].isupper():
                    hi += 1
                span = s.doc[n.i : hi + 1]
                return Actor(span.text, span.text, None, "group", span.start_char, span.end_char,
                             "reported_by.according.name", (n.i, hi + 1))
            inside = [m for m in after if n.left_edge.i <= m.tok_start <= n.right_edge.i and m.tok_start - t.i <= 12]
            if inside:  # "selon un rapport d’experts de l’ONU": the body behind the report
                return from_mention(inside[0], "reported_by.according.nested", s)
            np = [x for x in window if x.i <= n.i and x.pos_ in ("DET", "NOUN", "PROPN", "ADJ")]
            first = np[0] if np else n
            text = s.text[first.idx : n.idx + len(n.text)]
            return Actor(text, None, None, None, first.idx, n.idx + len(n.text), "reported_by.according")
    return None


def _agrees(actor: Actor, pron: Token) -> bool:
    """Gender/number agreement between a French pronoun and an antecedent, when both are known."""
    g, n = (pron.morph.get("Gender") or [None])[0], (pron.morph.get("Number") or [None])[0]
    if pron.lower_ in ("ils", "elles", "they"):
        n = "Plur"
    if pron.lower_ in POSS_PRONOUNS:
        # "sa garde côtière", "ses soldats": a possessive agrees with the thing owned, only its person tells the owner
        g, n = None, "Plur" if pron.lower_ in ("leur", "leurs", "their") else "Sing"
    ok_g = g is None or actor.gender is None or g == actor.gender
    ok_n = n is None or actor.number is None or n == actor.number or actor.role in ("state", "government", "io")
    return ok_g and ok_n


def resolve_pronoun(tok: Token, s: Sentence, avoid: str | None) -> Actor | None:
    """il/elle/they → speaker of the governing report verb, else the nearest earlier agreeing actor in
    the sentence, else the previous sentence's subject. Deliberately simple."""
    cur = tok.head
    for _ in range(4):
        if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in s.lex.report:
            sp = None
            for c in cur.head.children:
                if c.dep_ in SUBJ and c.i != tok.i and not is_pronoun(c):
                    sp = actor_for(c, s, "source.pronoun-speaker")
            if sp is None:
                for c in cur.head.children:
                    if c.dep_ in ("obj", "nsubj") and c.i > cur.head.i:
                        sp = actor_for(c, s, "source.pronoun-speaker")
            if sp:
                return sp
            break
        if cur.dep_ in ("xcomp", "conj", "ccomp") and cur.head.i != cur.i:
            cur = cur.head
        else:
            break
    before = [from_mention(m, "source.pronoun-antecedent", s) for m in s.actors
              if m.tok_end <= tok.i and m.normalized != avoid]
    before = [a for a in before if _agrees(a, tok)]
    if before:
        return before[-1]
    stale = _stale_previous(tok, s, avoid)
    if stale is not None:
        return stale
    if s.prev_subject is not None and _agrees(s.prev_subject, tok):
        return s.prev_subject.elsewhere("source.pronoun-previous")
    return None


_PERSON_PRONOUNS = frozenset({"il", "elle", "he", "she"})
_STATE_LIKE = frozenset({"state", "government", "io", "group"})


def _stale_previous(tok: Token, s: Sentence, avoid: str | None) -> Actor | None:
    """"La présidente, X, a annoncé … Elle a averti …" with the first sentence parsed around the noun (no subject of
    its root): the subject kept from further back is stale; the source of the sentence just before stands in."""
    if tok.lower_ not in _PERSON_PRONOUNS:
        return None
    last = [ev for ev in s.prior if ev.sentence_no == s.number - 1 and ev.source is not None]
    prev = s.prev_subject
    if not last or (prev is not None and (prev.role not in _STATE_LIKE or any(
            ev.source is not None and ev.source.normalized == prev.normalized for ev in last))):
        return None
    cand = last[0].source
    # only a person named as the source there: a state there may be the content's ("a déclaré que la Lettonie …")
    if cand is None or cand.normalized == avoid or cand.role in _STATE_LIKE - {"group"} or not _agrees(cand, tok):
        return None
    return cand.elsewhere("source.pronoun-previous")


def motion_governor(trig: Trigger) -> Token | None:
    """The motion verb a visit/talks noun hangs on ("arrived in Canberra for talks", "s'est rendu à Dakar
    pour des entretiens"), or the verb of happening it is the subject of ("talks were held in Doha"), else
    None: that verb's place and day are the event's."""
    noun = trig.token
    if noun.i == trig.head.i and noun.pos_ == "NOUN" and noun.dep_ in SUBJ and happening(noun.head):
        return noun.head
    gov = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.i == trig.head.i and noun.pos_ == "NOUN" and gov.pos_ == "VERB" and gov.i != noun.i \
            and gov.lemma_.lower() in words("motion_verbs") and (
                noun.dep_ in ("pobj", "obl", "obl:mod", "obl:arg") or noun.dep_.startswith("nmod")):
        return gov
    return None


def region(trig: Trigger, s: Sentence) -> set[int]:
    """Token indices of the event's clause (where its places, quantities and times are read)."""
    toks = {t.i for t in limited_subtree(trig.head, s.trigger_heads)}
    conj = shared_conjunct(trig.head) if trig.token.i == trig.head.i else None
    if conj is not None:  # the shared object, places and time of "rammed and boarded X near Y on Monday"
        toks.update(t.i for c in conj.children if c.dep_ not in CLAUSE_DEPS and c.dep_ not in ("cc", "conj", "punct")
                    for t in limited_subtree(c, s.trigger_heads))
    toks.update(t.i for t in limited_subtree(trig.token, s.trigger_heads))
    head = trig.head
    if trig.token.i == head.i and head.dep_ == "conj" and head.head.pos_ == "VERB" and head.head.i < head.i \
            and not any(c.dep_ in ("obj", "dobj") for c in head.children):
        # round 20: "a déjoué un complot et arrêté à Malabo 23 militaires": the object after the second verb,
        # hung by the parser on the first, is the second verb's
        toks.update(t.i for c in head.head.children if c.i > head.i and c.dep_ in ("obj", "dobj")
                    for t in limited_subtree(c, s.trigger_heads))
    if trig.head.dep_ == "acl" and "Part" in trig.head.morph.get("VerbForm"):
        toks.update(t.i for t in _np_tokens(trig.head.head))  # "8 500 hommes [placés en alerte]"
    for g in _aside_noun(trig):  # round 26: "a de son côté dépêché … à Calabar": the phrases hung on "côté"
        toks.update(t.i for c in s.doc[g].children if c.i > trig.head.i and c.dep_ in ("nmod", "obl", "obl:mod")
                    for t in limited_subtree(c, s.trigger_heads))
    noun = trig.token
    gov = motion_governor(trig)
    if gov is not None:
        # "arrived in Canberra on Monday for talks with …": the trip's place and day are the talks'
        toks.update(t.i for c in gov.children if c.dep_ not in CLAUSE_DEPS and c.dep_ not in SUBJ
                    and c.dep_ not in ("cc", "conj", "punct") and noun.i not in {x.i for x in c.subtree}
                    for t in limited_subtree(c, s.trigger_heads))
    for c in trig.head.children:  # "bombardé Kharkiv, tuant 12 civils": the folded-in same-type clause
        other = s.trigger_heads.get(c.i)
        if other is not None and other.type == trig.type and c.dep_ in ("advcl", "xcomp") and not any(
                g.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") for g in c.children):
            # ("…, while Russia dispatched 120 workers" has its own agent: a separate event)
            toks.update(t.i for t in limited_subtree(c, s.trigger_heads))
    return toks


def _in_according(s: Sentence, i: int) -> bool:
    """Inside "selon …" / "according to …" (a source, not a place)."""
    window = s.doc[max(0, i - 4) : i]
    return any(t.lower_ in _ACCORDING for t in window)


def under_according(s: Sentence, i: int, links: int = 4, stop_at_verb: bool = False) -> bool:
    """"… plusieurs milliers de personnes, selon des journalistes de l'AFP": a name inside the phrase of the
    reporter (up to `links` links above it), which is neither a party nor a place of the event. With
    `stop_at_verb`, the walk ends at the first verb (a count of the sources: "selon un diplomate")."""
    cur = s.doc[i]
    for _ in range(links):
        if stop_at_verb and cur.pos_ in ("VERB", "AUX"):
            return False
        if cur.lower_ in _ACCORDING or any(c.lower_ in _ACCORDING for c in cur.children if c.dep_ in ("case", "prep")):
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _under_temporal(tok: Token, trig: Trigger) -> bool:
    """"a décrété l'état d'urgence, après trois nuits d'émeutes … dans l'agglomération de Nouméa": a place
    inside an après/after phrase on the way up to the trigger belongs to the earlier event."""
    cur = tok
    for _ in range(6):
        if cur.i in (trig.head.i, trig.token.i) or cur.head.i == cur.i:
            return False
        if any(c.dep_ in ("case", "mark", "prep") and c.lower_ in _TEMPORAL for c in cur.children) or (
                cur.dep_ == "prep" and cur.lower_ in _TEMPORAL):
            return True
        cur = cur.head
    return False


def blocked(s: Sentence, i: int, lo: int) -> bool:
    """"manifesté contre la guerre en Ukraine", "au lendemain de la visite à Taipei": a place or an
    amount inside a contre/against or temporal phrase does not belong to the event itself."""
    for j in range(i - 1, lo - 1, -1):
        t = s.doc[j]
        if t.lower_ in _AGAINST or t.lower_ in _TEMPORAL:
            return True
        if t.pos_ in ("VERB", "AUX", "PUNCT"):
            return False
    return False


def _attacked_there(p: Mention, trig: Trigger, s: Sentence, lo: int) -> bool:
    """"des frappes contre des positions du PKK dans la région de X", "strikes against militant camps in X": the
    town or region of what an attack is aimed at is where it happens (a country there is the target, not the
    scene); a temporal phrase still blocks ("after the attack on X")."""
    if trig.type != "ASSAULT" or p.role not in ("city", "capital", "region", "ner"):
        return False
    for j in range(p.tok_start - 1, lo - 1, -1):
        t = s.doc[j]
        if t.lower_ in _TEMPORAL:
            return False
        if t.lower_ in _AGAINST or t.pos_ in ("VERB", "AUX", "PUNCT"):
            return True
    return True


_DIRECTIONS = frozenset({"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
                         "northeastern", "northwestern", "southeastern", "southwestern"})


def _attached_root(span: Span) -> Token:
    """Round 22: "se réunira à Addis-Abeba" parsed as two roots (the name's tail starts a new sentence): the word
    of the name that hangs on the clause outside it is its root, not the tail the parser made a root."""
    root = span.root
    if root.head.i == root.i:
        for t in span:
            if t.head.i != t.i and not (span.start <= t.head.i < span.end):
                return t
    return root


def locations(trig: Trigger, s: Sentence, reg: set[int], src: Actor | None, tgt: Actor | None) -> list[Mention]:
    out: list[Mention] = []
    accepted: set[int] = set()
    origins: set[int] = set()  # places a RETREAT leaves ("from", "out of", "de")
    visit = "loc_target" in trig.entry.constraints
    allow_a = trig.type in LOC_FROM_A or visit or (trig.type == "AGREE" and trig.head.lemma_.lower() not in PROMISE)
    # left to right, so that a conjunct comes after the place it is coordinated with ("in X and Y")
    for p in sorted([*s.places, *s.ner_places], key=lambda m: m.tok_start):
        if p.tok_start not in reg:
            continue
        tok = _attached_root(s.doc[p.tok_start : p.tok_end])
        name_tok = tok  # its conjuncts hang on the name, not on the container noun read in its stead
        anchor = p.tok_start
        # round 19: "combats autour de Beled Hawo" with the name's last word hung as an adjective of the noun
        # before it: a name after its noun and after a preposition is no modifier of that noun
        misparsed = tok.head.i < p.tok_start and p.tok_start > 0 and s.doc[p.tok_start - 1].pos_ == "ADP"
        # "to the Panjgur and Kech districts": the English model hangs a name before its noun as "nmod"
        pre_nmod = tok.dep_ == "nmod" and tok.i < tok.head.i and tok.head.lower_ in _CONTAINERS
        # "in the regional capital Nukus": the name in apposition to a container noun stands where the noun does
        appos = tok.dep_ == "appos" and tok.head.i < tok.i and tok.head.pos_ == "NOUN" \
            and tok.head.lower_ in _CONTAINERS and not misparsed
        if appos:
            anchor = min(t.i for t in tok.head.subtree if t.i <= tok.head.i)
            tok = tok.head
        elif (tok.dep_ in ("compound", "amod", "poss", "nmod:poss") or pre_nmod) and tok.head.pos_ == "NOUN" \
                and not misparsed:
            if tok.head.lower_ not in _CONTAINERS:
                continue  # "outside the US embassy": the place is the embassy, not the country
            if tok.head.lower_ in _SETTLEMENT_NOUNS and _names_own_place(tok.head, s):
                continue  # round 23: "in the Copperbelt city of Kitwe": the region only says where the city lies
            anchor = min(t.i for t in tok.head.subtree)  # "in the Donetsk region": read the container's phrase
            tok = tok.head
        prev = prev_word(s.doc, anchor)
        if prev is not None and prev.pos_ == "ADJ" and prev.lower_ in _DIRECTIONS:
            prev = prev_word(s.doc, prev.i)  # "in northern Burkina Faso"
        word = prev.lower_ if prev is not None else ""
        # "à Moscou" on the trigger, its object or a noun of the object ("brûlé des drapeaux devant
        # l'ambassade à Moscou"), up to three links.
        motion = motion_governor(trig)
        anchors = (trig.head.i, trig.token.i, *((motion.i,) if motion is not None else ()), *_aside_noun(trig))
        direct = tok.head.i in anchors or tok.head.head.i in anchors or (
            tok.head.head.head.i in anchors and tok.head.pos_ == "NOUN" and tok.head.head.pos_ == "NOUN") or (
            # round 23: "ordered the deployment of troops to X": the place phrase on the trigger's object noun
            tok.dep_ == "pobj" and tok.head.head.pos_ == "NOUN"
            and tok.head.head.dep_ in ("dobj", "obj") and tok.head.head.head.i in anchors
            and tok.head.head.lemma_.lower() in _SENDING_NOUNS)
        ok = word in _LOC_PREPS and (word in _LOC_ANY_TYPE or (word in ("sur", "over", "on") and trig.type in _LOC_SUR)
                                     or (word not in ("sur",) and allow_a and direct))
        if not ok and word in ("on", "sur") and trig.type in LOC_FROM_A | {"SANCTION"} \
                and _waterway(p, s) and (direct or (tok.head.head.head.i in anchors and tok.head.head.pos_ == "NOUN")):
            ok = True  # round 24: "seized boats on the X River": a river or a lake the event happens on
        if not ok and trig.type == "AID" and word in ("to", "à", "vers") and direct \
                and p.role in ("city", "capital", "region", "ner"):
            ok = True  # "dispatched 120 rescuers to Mandalay": a town is where the aid goes (a country is the target)
        if word in ("de", "d'", "d’", "du", "des", "of", "from") and prev is not None:
            before = prev_word(s.doc, prev.i)
            ok = before is not None and (before.lower_ in _LOC_BEFORE_DE or before.lower_ in words("venue_of_nouns"))
            if ok and before is not None and before.lower_ in _CONTAINERS:
                # "dans la région de Donetsk" is a venue; ", la deuxième ville d'Ukraine" only describes
                outer = prev_word(s.doc, before.left_edge.i)
                ok = (outer is not None and outer.lower_ in _LOC_PREPS) or any(
                    c.dep_ == "case" and c.lower_ in _LOC_PREPS for c in before.children) or near_phrase(before)
            if trig.type in ("RETREAT",) and (word in ("de", "d'", "d’", "du", "des", "from") or (
                    before is not None and before.lower_ in ("out", "hors")) or _left_container(before, s)):
                ok = True  # "retirer ses soldats du Mali", "pulled troops out of X": withdrawn from there
                origins.add(p.tok_start)
        if not ok and word in ("sur", "over") and tok.head.lower_ in words("bridge_words") and (
                near_phrase(tok.head) or preposition(tok.head) in _LOC_PREPS):
            ok = True  # round 26: "près du pont sur l'Ingouri", "on the bridge over the X": the river crossed
        if not ok and tok.dep_ == "conj" and tok.head.i in accepted:
            ok = True  # "in Moscow and St Petersburg"
        if not ok and p.role in ("city", "capital", "ner") and _envoy_post(tok, trig):
            ok = True  # "summoned Iceland's ambassador in Oslo": the summons takes place where the envoy is posted
        # round 22: "truck drivers blocked the Rumichaca bridge": the place a crowd blocks is where it protests
        if not ok and trig.type in ("ASSAULT", "CONSULT", "PROTEST") and tok.dep_ in ("obj", "dobj") \
                and tok.head.i == trig.head.i:
            ok = p.role in ("city", "capital", "region") or visit
        if ok and not visit:
            # "la guerre en Ukraine" after "contre", "according to US officials": no venue
            ok = (not blocked(s, p.tok_start, min(reg)) or _attacked_there(p, trig, s, min(reg))) \
                and not _in_according(s, p.tok_start) \
                and not _under_temporal(s.doc[p.tok_start], trig)
        if not ok and trig.type == "ASSAULT":
            # "ont pilonné le centre de Kharkiv": the place inside the attacked object
            cur = tok
            for _ in range(3):
                if cur.dep_ in ("obj", "dobj") and cur.head.i == trig.head.i:
                    ok = p.role in ("city", "capital", "region", "ner")
                    break
                if cur.head.i == cur.i:
                    break
                cur = cur.head
        if not ok and allow_a:
            # Place deeper inside a locative phrase: "vers les pays d’Europe", "à la frontière de l’Ukraine".
            cur, steps = tok, 0
            while cur.i in reg and cur.i != trig.head.i and steps < 3 and not ok:
                cur, steps = cur.head, steps + 1
                if preposition(cur) in ("vers", "toward", "towards") and cur.i in reg:
                    ok = True
        if not ok:
            continue
        is_actor = any(a is not None and a.tokens[0] == p.tok_start for a in (src, tgt))
        # "a dépêché une équipe à Chisinau": the capital receiving aid stands for its state and is where it goes
        aid_town = trig.type == "AID" and p.role in ("city", "capital") and tgt is not None \
            and tgt.tokens[0] == p.tok_start and (_sends_people(trig) or (
                trig.head.lemma_.lower() in _DELIVERY_VERBS and not _delivers_money(trig)))
        # "a annoncé l'envoi d'une mission de médiation à Antananarivo": the capital a mission or force is sent to
        # stands for its state and is where the mission goes
        sent_to = trig.type in ("CONSULT", "MOBILIZE") and p.role in ("city", "capital") \
            and trig.token.lemma_.lower() in _SENDING_NOUNS and word in ("à", "au", "to", "vers")
        if is_actor and not visit and trig.type != "ASSAULT" and not aid_town and not sent_to:
            continue
        if src is not None and src.tokens[0] <= p.tok_start < src.tokens[1] and not visit:
            continue  # "les rebelles du M23" (M23 tagged LOC): the attacker's name is not the scene

        accepted.add(tok.i)
        accepted.add(name_tok.i)
        out.append(p)
    # "in Chapainawabganj and Lalmonirhat districts": a conjunct the dictionaries and the model both miss
    out += [m for i in sorted(accepted) for k in s.doc[i].children if k.dep_ == "conj" and k.i not in accepted
            and (m := unknown_conjunct(k, s)) is not None and k.i in reg]
    if not out:
        out = relative_venue(trig, s) or unknown_places(trig, s, allow_a) or object_venue(trig, s)
    else:  # "In Tigray, fighters seized the office in Adigrat": a known region and an unknown town
        out += [m for m in unknown_places(trig, s, allow_a)
                if not any(m.tok_start < o.tok_end and o.tok_start < m.tok_end for o in out)]
    # "près de l'île de Cocotiers", "near the border town of X": a name the dictionaries lack, held by a kind noun
    out += [m for m in named_in_container(trig, s, reg)
            if not any(m.tok_start < o.tok_end and o.tok_start < m.tok_end for o in out)]
    if trig.type == "PROTEST" and all(p.role == "country" for p in out):
        # "residents of X, an enclave inside Y, protested": the town the crowd lives in beats a mere country
        out = residents_place(trig, s) or out
    if not out and trig.type in LOC_FROM_A:
        out = governing_scene(trig, s)
    if not out and trig.type in LOC_FROM_A:
        out = fronted_scene(s)
    if not out and trig.type in LOC_FROM_A | {"AGREE"}:
        out = conjoined_scene(trig, s)
    if not out:
        out = crossing_places(trig, s, reg)  # round 24: "a fermé le point de passage d'Adré" (places_scope.py)
    if not out:
        out = _territory(s, reg)
    elif all(_waterway(p, s) for p in out):  # round 27: "entered Estonian airspace over the Gulf of Finland"
        out += [t for t in _territory(s, reg) if not any(t.tok_start < p.tok_end and p.tok_start < t.tok_end
                                                         for p in out)]
    if not out:
        out = _town_anaphor(s, reg)
    if not out and trig.type in ("COERCE", "ASSAULT"):
        out = _object_clause_place(trig, s)
    if not out and trig.type == "AID":
        out = _beneficiaries_place(trig, s, reg) or _rebuilt_place(trig, s) or _purpose_place(trig, s)
    if not out and visit:
        out = _visited_name(trig, s)
    if trig.type == "COERCE" and all(p.role == "country" for p in out):
        out = _crowd_place(trig, s) or out
    if trig.type == "RETREAT":
        # "pulled its troops out of X to a base in Y": a withdrawal is from X (Y is where they go)
        origin = [p for p in retreat_origin(trig, s) if p.tok_start in reg]
        if origin:
            out = [p for p in out if p.tok_start in origins or any(p.tok_start == o.tok_start for o in origin)]
            out += [o for o in origin if not any(p.tok_start == o.tok_start for p in out)]
        out += [o for o in stationed_origin(trig, s) if not any(p.tok_start == o.tok_start for p in out)]
    out += _place_conjuncts(out, s)
    out = [p for p in out if not _ACRONYM_AFTER.match(s.text, p.end)]
    out = [p for p in out if not _border_partner(s.doc[p.tok_start : p.tok_end].root)]
    out = [p for p in out if not _possessor_country(p, out, s)]
    out = [p for p in out if not _region_country(p, out, s)]  # round 25: "the X region of <country>"
    out = [p for p in out if not _country_of_town(p, out)]  # round 25: "in <country>, … in <its capital>"
    if trig.type in _SPEECH_TYPES or trig.type == "SUPPORT":  # round 25: stances too
        # "a démenti toute implication dans l'enlèvement d'un opposant en France": a place inside what is
        # denied/alleged/asked is the content's, not where the statement was made
        out = [p for p in out if _statement_venue(s.doc[p.tok_start : p.tok_end].root, trig)
               or _envoy_post(s.doc[p.tok_start : p.tok_end].root, trig)]
    return [with_head_noun(_city_after_a(p, s), s) for p in out]


# "l'Unité pour la paix en Centrafrique (UPC)": a place right before an acronym in brackets ends an organisation's
# name, it is no scene
_ACRONYM_AFTER = re.compile(r"\s*\([A-ZÉ][A-Za-z0-9-]{1,9}\)")


def _place_conjuncts(out: list[Mention], s: Sentence) -> list[Mention]:
    """"dans les quartiers de X et de Y", "in Lima and the neighbouring port of Callao": a known place
    coordinated with a place of the event, directly or through its container noun, is a place of the event too."""
    roots = {_attached_root(s.doc[p.tok_start : p.tok_end]).i for p in out}
    add: list[Mention] = []
    for p in [*s.places, *s.ner_places]:
        if any(p.tok_start < o.tok_end and o.tok_start < p.tok_end for o in (*out, *add)):
            continue  # (a conjunct belongs to its place's phrase, inside the event's clause or not)
        tok = _attached_root(s.doc[p.tok_start : p.tok_end])
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _CONTAINERS:
            tok = tok.head.head  # "the neighbouring port of Callao"
        elif tok.dep_ == "nmod" and (preposition(tok) or "") in _OF_FROM and tok.head.lower_ in _CONTAINERS \
                and tok.head.dep_ == "conj":
            tok = tok.head  # "et la ville de Y"
        if tok.dep_ == "conj" and tok.head.i in roots:
            add.append(p)
    return add


def _aside_noun(trig: Trigger) -> tuple[int, ...]:
    """Round 26: "Abuja a de son côté dépêché 500 militaires à Calabar": the parse makes "côté" the auxiliary's
    object and the participle its modifier, with the verb's phrases hung on "côté"."""
    gov = trig.head.head
    if trig.head.dep_ == "acl" and gov.lower_ in ("côté", "part") and gov.i < trig.head.i and any(
            c.lower_ in ("son", "sa", "leur") for c in gov.children):
        return (gov.i,)
    return ()


_PARTICIPLE_LOC_PREPS = frozenset({"in", "at", "near", "à", "au", "aux", "dans", "près"})
_OBJ_CLAUSES = frozenset({"acl", "acl:relcl", "relcl"})


def _object_clause_place(trig: Trigger, s: Sentence) -> list[Mention]:
    """"arrested five men suspected of arson in Arawa": the place closes a participle clause on the trigger's
    object (the clause is often another event's, so the region leaves it out); the people arrested or attacked
    were there. Not for a release or a deployment ("freed the crew held in X": X is no scene of the release)."""
    for obj in trig.head.children:
        if obj.dep_ not in ("obj", "dobj") or obj.pos_ not in ("NOUN", "PROPN"):
            continue
        for part in obj.children:
            # "interpellé 14 manifestants qui tentaient de forcer un cordon près de X": a relative clause too
            # (not on a named person: "arrest X, who remained at his residence in Y" says where X lives)
            if part.dep_ not in (_OBJ_CLAUSES if obj.pos_ == "NOUN" else ("acl",)) \
                    or part.pos_ != "VERB" or part.i < obj.i:
                continue
            if part.dep_ != "acl" and part.i in s.trigger_heads:
                continue  # "students who had gathered outside a school in X": the gathering's own place
            for p in sorted([*s.places, *s.ner_places], key=lambda m: m.tok_start):
                tok = s.doc[p.tok_start : p.tok_end].root
                if tok.dep_ == "compound" and tok.head.lower_ in _CONTAINERS:
                    tok = tok.head  # "near the X crossing": the phrase is the facility's
                prep = place_preposition(tok)  # "près de X" too
                if prep not in _PARTICIPLE_LOC_PREPS or _in_according(s, p.tok_start) or (
                        tok.dep_ == "obl:arg" and tok.head.i == part.i):
                    continue  # "des navires liés à Israël": the participle's own complement, no scene
                # the locative phrase on the participle or on its complement ("suspected of looting in X")
                cur = tok.head.head if tok.dep_ == "pobj" else tok.head
                for _ in range(4):
                    if cur.i == part.i:
                        return [p]
                    if cur.i == cur.head.i or cur.pos_ not in ("VERB", "NOUN", "ADP"):
                        break
                    cur = cur.head
    return []


_TOWN_NOUNS = frozenset({"town", "city", "village", "ville", "localité", "bourgade"})


def _town_anaphor(s: Sentence, reg: set[int]) -> list[Mention]:
    """Round 26: "troops went to the Desaguadero crossing after gunmen attacked a post in the town": "in the
    town" (no name of its own) is the last town named before it in the sentence."""
    for t in s.doc:
        if t.i not in reg or t.lower_ not in _TOWN_NOUNS or preposition(t) not in ("in", "à", "dans"):
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("the", "la", "le", "l'", "l’") for c in t.children) or any(
                c.dep_ in ("prep", "nmod", "compound", "amod", "flat", "appos", "acl", "relcl") for c in t.children):
            continue  # "in the town of X", "in the border town", "dans la ville de X": named or described
        prior = [p for p in sorted([*s.places, *s.ner_places], key=lambda m: m.tok_start)
                 if p.tok_end <= t.i and p.role in ("city", "ner")]
        if prior:
            return [prior[-1]]
    return []


_WATERWAYS = frozenset({"river", "lake", "sea", "gulf", "bay", "strait", "rivière", "fleuve", "lac", "mer", "golfe",
                        "baie", "détroit"})


def _waterway(p: Mention, s: Sentence) -> bool:
    """The place is a named body of water ("the Corentyne River", "le lac Tchad")."""
    span = s.doc[p.tok_start : min(p.tok_end + 1, len(s.doc))]
    return any(t.lower_ in _WATERWAYS for t in span)


# round 23: settlements named by an "of" phrase ("the Copperbelt city of Kitwe", "the border town of X")
_SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "ville", "localité"})


def _names_own_place(noun: Token, s: Sentence) -> bool:
    """The settlement noun has its own "of X" place: a known place after of/de."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "de", "d'", "d’"):
            obj = next((x for x in c.children if x.dep_ == "pobj"), None)
        elif c.dep_ == "nmod" and any(x.dep_ == "case" and x.lower_ in ("de", "d'", "d’") for x in c.children):
            obj = c
        else:
            continue
        if obj is not None and any(m.covers(obj) for m in (*s.places, *s.ner_places)):
            return True
    return False


def _possessor_country(p: Mention, out: list[Mention], s: Sentence) -> bool:
    """Round 21: "in Mozambique's Cabo Delgado province": the country owning a region named in the same phrase only
    says whose region it is; the region is the place."""
    root = s.doc[p.tok_start : p.tok_end].root
    if p.role != "country" or root.dep_ not in ("poss", "nmod:poss") or root.head.lower_ not in _CONTAINERS:
        return False
    return any(o is not p and s.doc[o.tok_start : o.tok_end].root.head.i == root.head.i
               and s.doc[o.tok_start : o.tok_end].root.dep_ in ("compound", "amod") for o in out)


def _region_country(p: Mention, out: list[Mention], s: Sentence) -> bool:
    """Round 25: "in the Catatumbo region of Colombia": the country after of/de a region noun whose own name is
    also a place of the event only says where the region lies."""
    root = s.doc[p.tok_start : p.tok_end].root
    if p.role != "country":
        return False
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        noun = root.head.head
    elif root.dep_ == "nmod" and (preposition(root) or "") in ("de", "d'", "d’", "du"):
        noun = root.head
    else:
        return False
    if noun.lower_ not in _CONTAINERS:
        return False
    return any(o is not p and s.doc[o.tok_start : o.tok_end].root.head.i == noun.i
               and s.doc[o.tok_start : o.tok_end].root.dep_ in ("compound", "amod", "appos", "flat", "flat:name")
               for o in out)


def _country_of_town(p: Mention, out: list[Mention]) -> bool:
    """Round 25: "In the Solomon Islands, protesters rallied in Honiara": a country whose own town or region is
    also a place of the event adds nothing (the more precise place is kept)."""
    return p.role == "country" and p.country is not None and any(
        o is not p and o.country == p.country and o.role in ("city", "capital", "region")
        and o.normalized != p.normalized for o in out)


def residents_place(trig: Trigger, s: Sentence) -> list[Mention]:
    """"Hundreds of residents of X protested", "des habitants de X se sont rassemblés": a crowd named by
    where it lives protests there (when the sentence names no other venue)."""
    subjects = [c for c in trig.head.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
    for tok in (t for subj in subjects for t in subj.subtree):
        if tok.lower_ not in words("resident_nouns"):
            continue
        for k in tok.children:
            place = next((x for x in k.children if x.dep_ == "pobj"), None) if k.dep_ == "prep" else k
            if place is None or place.i < tok.i or (preposition(place) or "") not in ("of", "de", "d'", "d’", "du"):
                continue
            known = next((m for m in (*s.places, *s.ner_places) if m.covers(place)), None)
            if known is not None:
                return [known]
            unknown = unknown_conjunct(place, s)
            if unknown is not None:
                return [unknown]
    return []


_BENEFICIARIES = frozenset({"déplacés", "réfugiés", "sinistrés", "habitants", "victimes", "rescapés", "displaced",
                            "refugees", "victims", "residents", "survivors", "evacuees"})


def _beneficiaries_place(trig: Trigger, s: Sentence, reg: set[int]) -> list[Mention]:
    """Round 26: "une aide de 30 millions d'euros pour les déplacés de la Bekaa", "aid for the refugees of X":
    aid for the people of a place goes there."""
    for tok in (t for t in s.doc if t.i in reg and t.lower_ in _BENEFICIARIES):
        if (preposition(tok) or "") not in ("pour", "aux", "for", "to"):
            continue
        for k in tok.children:
            place = next((x for x in k.children if x.dep_ == "pobj"), None) if k.dep_ == "prep" else k
            if place is None or place.i < tok.i or (preposition(place) or "") not in (
                    "of", "de", "d'", "d’", "du", "in", "en", "dans"):
                continue
            known = next((m for m in (*s.places, *s.ner_places) if m.covers(place) and m.role != "country"), None)
            if known is not None:
                return [known]
    return []


def _rebuilt_place(trig: Trigger, s: Sentence) -> list[Mention]:
    """"une aide de 40 millions pour reconstruire X", "pour la reconstruction des villages du Nord-Sinaï", "a loan to
    modernise the port of X": aid for building or rebuilding something goes where it is built (a town or a region;
    a country there is the recipient)."""
    return _place_below(trig, s, lambda t: t.lemma_.lower() in words("rebuild_words"))


def _place_below(trig: Trigger, s: Sentence, head: Callable[[Token], bool]) -> list[Mention]:
    """The towns, regions or seas (a country there is the recipient) of the first phrase after the trigger and
    below it whose head passes `head`."""
    below = {t.i for t in trig.token.subtree} | {t.i for t in trig.head.subtree}
    for t in s.doc:
        if t.i not in below or t.i <= trig.token.i or not head(t):
            continue
        inside = {x.i for x in t.subtree}
        found = [m for m in (*s.places, *s.ner_places) if m.tok_start in inside and m.role != "country"]
        if found:
            return found
    return []


def _crowd_place(trig: Trigger, s: Sentence) -> list[Mention]:
    """"police fired tear gas at miners protesting in the city of X", "thousands marched through X, and police fired
    tear gas": police action against a protest the same sentence places in a town happens there."""
    for other in (s.trigger_heads or {}).values():
        if other.type != "PROTEST" or other.head.i == trig.head.i or other.head.dep_ in ("relcl", "acl:relcl"):
            continue  # "dispersed students who had gathered outside a school in X": no scene of the dispersal
        found = [p for p in locations(other, s, region(other, s), None, None) if p.role != "country"]
        if found:
            return found
    return []


def _visited_name(trig: Trigger, s: Sentence) -> list[Mention]:
    """"will visit Koror on Monday": a visited proper name that no dictionary or model entity knows, and no actor or
    person covers, is the town visited (written as in the text)."""
    for c in trig.head.children:
        if c.dep_ not in ("obj", "dobj") or c.pos_ != "PROPN" or not c.text[:1].isupper() \
                or c.ent_type_ not in ("", "GPE", "LOC", "FAC") or any(m.covers(c) for m in (*s.actors, *s.places)):
            continue
        names = [t for t in c.subtree if t.pos_ == "PROPN" and t.text[:1].isupper()]
        if any(t.pos_ not in ("PROPN", "PUNCT") for t in c.subtree):
            continue  # "visit the X plant": a common noun phrase, no town
        lo, hi = min(t.i for t in names), max(t.i for t in names) + 1
        span = s.doc[lo:hi]
        return [Mention(span.start_char, span.end_char, lo, hi, span.text, span.text, None, "ner", True)]
    return []


def _purpose_place(trig: Trigger, s: Sentence) -> list[Mention]:
    """"une aide de 15 millions pour renforcer la surveillance en Méditerranée", "aid to fight the epidemic in X":
    the place of what aid is for, in an infinitive purpose clause below the aid (a town, region or sea; a country
    there is the recipient)."""
    return _place_below(trig, s, lambda t: t.pos_ == "VERB" and "Inf" in t.morph.get("VerbForm") and any(
        c.lower_ in ("pour", "afin", "to") and c.dep_ in ("mark", "aux") for c in t.children))


def _city_after_a(p: Mention, s: Sentence) -> Mention:
    """"ont manifesté à Panama": after a bare "à" a country name is its homonymous capital."""
    prev = prev_word(s.doc, p.tok_start)
    if s.lang != "fr" or prev is None or prev.lower_ != "à":
        return p
    capital = homonymous_capital(p)
    if capital is None:
        return p
    return Mention(p.start, p.end, p.tok_start, p.tok_end, p.text, capital, p.country, "capital", True)


_SCENE_PREPS = frozenset({"à", "au", "aux", "dans", "in", "at"})
# round 25: goods carried to a town ("will deliver two patrol boats to X", "a livré des vivres à X") arrive there;
# a sum or "aid to X" stays a transfer to the government the capital stands for
_DELIVERY_VERBS = frozenset({"deliver", "ship", "airlift", "truck", "livrer", "acheminer", "convoyer"})


_MONEY_WORDS = frozenset({"$", "€", "£", "dollars", "euros", "million", "billion", "millions", "milliards", "milliard"})


def _delivers_money(trig: Trigger) -> bool:
    """"deliver another $200 million in weapons to Kyiv": a sum sent to a capital goes to its government."""
    return any(g.lower_ in _MONEY_WORDS for c in trig.head.children if c.dep_ in ("obj", "dobj") for g in c.subtree)


def _sends_people(trig: Trigger) -> bool:
    """The aid's object is people who travel ("une équipe de 30 experts", "rescue teams"), not money or
    weapons delivered to a capital that stands for its government ("$200 million in weapons to Kyiv")."""
    people = words("dispatched_people") | words("relief_words")
    return any(g.lower_ in people for c in trig.head.children if c.dep_ in ("obj", "dobj") for g in c.subtree)
_FROM = frozenset({"from", "de", "d'", "d’", "du", "des"})


def _left_container(noun: Token | None, s: Sentence) -> bool:
    """"withdraw from the city of X", "se retirer de la ville de X": X is the place left."""
    if noun is None or noun.lower_ not in _CONTAINERS:
        return False
    outer = prev_word(s.doc, noun.left_edge.i)
    return (outer is not None and outer.lower_ in _FROM) or any(
        c.dep_ == "case" and c.lower_ in _FROM for c in noun.children)


def governing_scene(trig: Trigger, s: Sentence) -> list[Mention]:
    """"ont manifesté à Abidjan, avant d'être dispersés", "fired at protesters in Maputo, killing three": a
    subject-less adverbial clause happens where the clause it hangs on happens (the place of that verb, or of
    its object, introduced by à/dans/in/at)."""
    head = trig.head
    # a clause with its own subject is elsewhere, unless it happens meanwhile ("… in Nairobi as thousands marched")
    meanwhile = any(c.dep_ == "mark" and c.lower_ in words("simultaneous_marks") for c in head.children)
    if trig.token.i != head.i or head.dep_ != "advcl" or head.head.pos_ not in ("VERB", "AUX") \
            or (any(c.dep_ in SUBJ for c in head.children) and not meanwhile):
        return []
    gov = head.head
    inside = {t.i for t in head.subtree}
    out: list[Mention] = []
    for p in [*s.places, *s.ner_places]:
        tok = s.doc[p.tok_start : p.tok_end].root
        if tok.i in inside or (preposition(tok) or "") not in _SCENE_PREPS:
            continue
        up = tok.head if tok.dep_ != "pobj" else tok.head.head
        if up.i == gov.i or (up.head.i == gov.i and up.dep_ in _OBJ_DEPS) or _nominal_path(up, gov, 3):
            out.append(p)
    return out


# place-only prepositions, and à/at before a town: "et demandé au Niger de …" names the one asked, not a scene
_CONJOINED_SCENE_PREPS = frozenset({"dans", "in", "off", "near", "près"})
_TOWN_ONLY_PREPS = frozenset({"à", "at"})
_NEAR_WORDS = frozenset({"près", "proche", "non loin", "near"})


def _coordinated_verbs(head: Token) -> list[Token]:
    """Verbs coordinated with `head` that share its subject: its first conjunct, or its own conjuncts."""
    if head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX") and not any(c.dep_ in SUBJ for c in head.children):
        return [head.head]
    return [c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB"
            and not any(k.dep_ in SUBJ for k in c.children)]


def conjoined_scene(trig: Trigger, s: Sentence) -> list[Mention]:
    """"met in X and agreed to …", "arrested five men and seized two boats off X": two verbs with one
    subject, joined by and/et, happen at the place named on either (when the event's own verb names none)."""
    if trig.token.i != trig.head.i:
        return []
    out: list[Mention] = []
    for verb in _coordinated_verbs(trig.head):
        for p in [*s.places, *s.ner_places]:
            tok = s.doc[p.tok_start : p.tok_end].root
            if tok.head.lower_ in _CONTAINERS and (tok.dep_ in ("compound", "amod") or (
                    tok.dep_ == "nmod" and (preposition(tok) or "") in _FROM)):
                # round 21: "seized boats in the Khor Abdullah waterway", "dans l'archipel des Paracels":
                # the container's phrase
                tok = tok.head
            elif (preposition(tok) or "") in _FROM and p.tok_start >= 2 \
                    and s.doc[p.tok_start - 2].lower_ in _CONTAINERS and s.doc[p.tok_start - 2].pos_ == "NOUN":
                tok = s.doc[p.tok_start - 2]  # the same, with the name hung beside its container
            up = tok.head if tok.dep_ != "pobj" else tok.head.head
            if up.dep_ == "amod" and up.pos_ == "ADJ":
                up = up.head  # "un chalutier vietnamien près de X" with the place hung on the adjective
            elif up.dep_ in ("amod", "advmod") and up.lower_ in _NEAR_WORDS:
                up = up.head  # round 25: "démantelé un camp près de X et arrêté …": "près" hung on a word
            prep = place_preposition(tok)
            scene = prep in _CONJOINED_SCENE_PREPS or (prep in _TOWN_ONLY_PREPS and p.role != "country")
            # round 21: or on the verb's object/complement ("arraisonné un chalutier près de l'île X et blessé …")
            if scene and (up.i == verb.i or (prep in _CONJOINED_SCENE_PREPS and up.pos_ == "NOUN"
                                              and _nominal_path(up, verb, 1))):
                out.append(p)
    return out


# Links inside one noun phrase or from a verb to its nominal arguments (no clause boundary on the way).
_NOMINAL_LINKS = frozenset({"obj", "dobj", "pobj", "prep", "nmod", "obl", "obl:arg", "obl:mod", "conj"})


def _nominal_path(tok: Token, gov: Token, links: int) -> bool:
    """`tok` hangs on `gov` through at most `links` nominal links: "fired at thousands of protesters in
    Maputo" (Maputo → thousands → at → fired), so the place of the object's phrase is the verb's scene."""
    cur = tok
    for _ in range(links):
        if cur.dep_ not in _NOMINAL_LINKS or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.i == gov.i:
            return True
    return False


_BORDERS = frozenset({"border", "borders", "frontier", "boundary", "frontière", "frontières"})


def _border_partner(tok: Token) -> bool:
    """"towards its border with Eritrea", "la frontière avec le Bénin": the neighbour across the border is
    not where the event happens (the event is on this side)."""
    if (preposition(tok) or "") not in ("with", "avec"):
        return False
    noun = tok.head.head if tok.dep_ == "pobj" else tok.head
    return noun.lower_ in _BORDERS


_VENUE_PREPS = frozenset({"in", "at", "à", "au", "aux", "en", "dans", "to"})


def _statement_venue(tok: Token, trig: Trigger) -> bool:
    """The place of a speech act hangs on its verb ("a accusé à Paris", "accused … in Paris"), possibly
    through a noun reached by locative prepositions only ("summoned the envoy to the ministry in New
    Delhi"), never through its object or an "of/de" phrase (the content of the statement)."""
    cur = tok
    for _ in range(6):
        head = cur.head
        if head.i == trig.head.i:
            return cur.i == tok.i or cur.dep_ == "prep"
        if cur.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in _VENUE_PREPS:
            cur = head  # English preposition between the verb and its place
            continue
        if cur.dep_ == "prep" and head.pos_ in ("NOUN", "PROPN") and cur.lower_ in _VENUE_PREPS \
                and head.dep_ == "pobj" and head.head.lower_ in _VENUE_PREPS:
            cur = head  # "to the ministry in New Delhi"
            continue
        return False
    return False


def _envoy_post(tok: Token, trig: Trigger) -> bool:
    """A town on the envoy a protest summons ("summoned Iceland's ambassador in Oslo", "a convoqué l'ambassadeur du
    Laos à Phnom Penh"): the envoy's post, where the summons takes place."""
    if trig.type != "ACCUSE" or preposition(tok) not in ("in", "at", "à"):
        return False
    envoy = tok.head.head if tok.dep_ == "pobj" else tok.head if tok.dep_ in ("nmod", "obl") else None
    return envoy is not None and (envoy.lower_ in words("envoy_nouns") or envoy.lower_ in _POST_HOLDERS) \
        and envoy.dep_ in ("dobj", "obj") and envoy.head.i == trig.head.i


# Heads of the other titles of a posted envoy: "Iran's charge d'affaires in X", "Uganda's high commissioner in X"
# (a Commonwealth country's ambassador), "le chargé d'affaires à X"
_POST_HOLDERS = frozenset({"d'affaires", "d’affaires", "affaires", "chargé", "chargée", "charge", "commissioner",
                           "haut-commissaire"})


_HOSTING = frozenset({"recevoir", "accueillir", "receive", "host", "welcome"})
_SPEECH_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN"})
_TERRITORY = frozenset({"territoire", "sol", "territory", "soil", "espace", "airspace", "eaux", "waters"})


def _territory(s: Sentence, reg: set[int]) -> list[Mention]:
    """"du territoire arménien", "on Ukrainian soil": the country as a place."""
    for i in sorted(reg):
        t = s.doc[i]
        if t.lower_ not in _TERRITORY:
            continue
        for w in [*t.children, *(x for x in t.lefts)]:
            code = demonym_country(w.text) if w.dep_ in ("amod", "compound", "nmod") else None
            name = country_name(code) if code else None
            if name:
                lo, hi = min(t.i, w.i), max(t.i, w.i)
                span = s.doc[lo : hi + 1]
                start, end = span.start_char, span.end_char
                return [Mention(start, end, lo, hi + 1, span.text, name, code, "country", True)]
    return []


_WHERE = frozenset({"où", "where"})


def object_venue(trig: Trigger, s: Sentence) -> list[Mention]:
    """Where the event's object takes place, when the event has no place of its own: "a boycotté la réunion
    … organisée à Johannesburg", "skipped the summit held in Lima", "au sommet qui s'ouvre samedi à X"
    (a participle or a relative clause of a verb of holding/happening on the object)."""
    verbs = words("venue_verbs") | words("occurrence_verbs")
    out: list[Mention] = []
    for o in trig.head.children:
        noun = next((g for g in o.children if g.dep_ == "pobj"), None) if o.dep_ == "prep" else o
        if noun is None or noun.dep_ not in ("obj", "dobj", "obl", "obl:arg", "pobj") or noun.pos_ != "NOUN":
            continue
        # the participle may hang on a complement of the object ("la réunion des ministres … organisée à X")
        nouns, frontier = [noun], [noun]
        for _ in range(3):  # "la réunion des ministres des Affaires étrangères du G20 organisée à X"
            frontier = [x for g in frontier for c in g.children if c.dep_ in ("nmod", "prep")
                        for x in ([c] if c.dep_ == "nmod" else [y for y in c.children if y.dep_ == "pobj"])]
            nouns += frontier
        for c in (c for n in nouns for c in n.children):
            if c.dep_ not in ("acl", "relcl", "acl:relcl") or c.lemma_.lower() not in verbs:
                continue
            for p in [*s.places, *s.ner_places]:
                ptok = s.doc[p.tok_start : p.tok_end].root
                if (ptok.head.i == c.i or (ptok.dep_ == "pobj" and ptok.head.head.i == c.i)) \
                        and (preposition(ptok) or "") in _VENUE_PREPS:
                    out.append(p)
    return out


def relative_venue(trig: Trigger, s: Sentence) -> list[Mention]:
    """"s'est rendu à Alger, où les deux pays ont convenu…", "in Doha, where they signed…": the place
    the relative adverb stands for (the last place before it)."""
    head = trig.head
    if not any(c.lower_ in _WHERE for c in head.children):
        return []
    where = next(c for c in head.children if c.lower_ in _WHERE)
    before = [p for p in [*s.places, *s.ner_places] if p.tok_end <= where.i and where.i - p.tok_end <= 6
              and not any(t.pos_ in ("VERB", "AUX") for t in s.doc[p.tok_end : where.i])]
    before.sort(key=lambda p: p.tok_end)
    return before[-1:]


def fronted_scene(s: Sentence) -> list[Mention]:
    """"À Paris, des milliers de personnes ont manifesté": the sentence-initial place phrase."""
    doc = s.doc
    first = next((t for t in doc if not t.is_punct), None)
    if first is None or first.lower_ not in _FRONTED_LOC:
        return []
    # the model's places too ("À Comrat, chef-lieu de …", "In Eldoret, …"): the sentence-initial phrase is a venue
    for p in [*s.places, *s.ner_places]:
        if p.tok_start <= first.i + 2 and p.tok_end < len(doc) and doc[p.tok_end].text == ",":
            return [p]
    return []
