"""Target fall-backs, tried when `arguments.target` finds nobody on the verb's own arguments.

Classes of target the direct object and the target prepositions miss:
- the antecedent of a relative pronoun object ("a refinery that it accused", "l'homme qu'elle accuse");
- an unnamed home institution as object ("accused the army", "a visé la police"): the article's country;
- the beneficiary or the people concerned after "pour"/"for" (AID, SANCTION, SUPPORT: "aid for the
  Palestinians", "suspend visa-free travel for Georgian citizens");
- a party named inside the object ("closed its crossings with Belarus", "ses points de passage avec la
  Biélorussie", "sanctions against Iranian refiners");
- the nationality of the people acted on, inside the object or the event noun's complement ("a expulsé
  douze agents du réseau consulaire algérien", "l'expulsion de 12 diplomates algériens", "arrested two
  Belgian nationals").
- the subject of a demanded clause ("demanded that the army halt operations", "exige que Moscou retire"):
  the one asked.
- the author of an accepted/rejected proposal given by a participle ("a accepté une proposition présentée
  par l'Égypte", "rejected a plan drafted by France");
- the partner after "avec"/"with" one level down, under a misattached place ("s'est entretenu au Caire avec
  les médiateurs égyptiens");
- for symmetric events, the second of two coordinated nationalities in the subject ("Iranian and US envoys
  held talks", "les ministres français et allemand se sont rencontrés"): `demonym_partner`.
Each is a short look at a few children of the trigger; nothing walks the whole sentence.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from worker.events import arguments as args
from worker.events.context import Actor, Sentence, preposition
from worker.events.words import words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from worker.events.triggers import Trigger

_RELATIVE = frozenset({"that", "which", "whom", "who", "que", "qu'", "qu’", "lequel", "laquelle", "lesquels"})
_OBJ = frozenset({"obj", "dobj"})
_FOR = frozenset({"pour", "for"})
_FOR_TYPES = frozenset({"AID", "SANCTION", "SUPPORT"})
_INNER = frozenset({"avec", "with", "contre", "against", "envers", "toward", "towards", "on", "sur"})
_INNER_TYPES = frozenset({"SANCTION", "ACCUSE", "REJECT", "COERCE", "THREATEN"})
_HOME_TYPES = frozenset({"ACCUSE", "ASSAULT", "COERCE", "THREATEN", "SANCTION", "REQUEST", "REJECT"})
_ARG_DEPS = frozenset({"obj", "dobj", "obl", "obl:mod", "obl:arg"})


def _pobj(tok: Token) -> Token | None:
    """The noun of a prepositional phrase: French nmod/obl with a case child, English prep → pobj."""
    if tok.dep_ == "prep":
        return next((g for g in tok.children if g.dep_ == "pobj"), None)
    return tok


def _ok(a: Actor | None, exclude: set[str]) -> Actor | None:
    return a if a is not None and a.normalized and a.normalized not in exclude else None


def _first_actor(phrases: Iterable[Token], s: Sentence, rule: str, exclude: set[str]) -> Actor | None:
    """The first of these phrase heads that reads as an actor not excluded."""
    for g in phrases:
        a = _ok(args.actor_for(g, s, rule, exclude), exclude)
        if a is not None:
            return a
    return None


def _relative_antecedent(trig: Trigger, s: Sentence, exclude: set[str]) -> Actor | None:
    head = trig.head
    if head.dep_ not in ("relcl", "acl:relcl") or head.head.i == head.i:
        return None
    if not any(c.dep_ in _OBJ and c.lower_ in _RELATIVE for c in head.children):
        return None
    noun = head.head
    for cand in ((noun.head, noun) if noun.dep_ == "appos" else (noun,)):  # "X, a Chinese refinery that…"
        a = _ok(args.actor_for(cand, s, "target.relative", exclude), exclude)
        if a is not None:
            return a
    return None


def _home_object(trig: Trigger, s: Sentence, src: Actor | None, exclude: set[str]) -> Actor | None:
    # Only between a named actor and the institution ("the ELN accused the army"); own forces
    # ("a placé l'armée en alerte") are no target, and an unnamed opposition is no dyad.
    if s.home is None or trig.type not in _HOME_TYPES or src is None or not src.normalized:
        return None
    name = args.country_name(s.home)
    if name is None or name in exclude:
        return None
    for c in trig.head.children:
        if c.dep_ in _OBJ and c.lower_ in args.HOME_INSTITUTIONS and args.bare_definite(c):
            return Actor(c.text, name, s.home, "government", c.idx, c.idx + len(c.text), "target.home",
                         (c.i, c.i + 1))
    return None


def _phrases_below(h: Token, preps: frozenset[str]) -> list[Token]:
    noun = _pobj(h)
    if noun is None:
        return []
    return [g for c in noun.children if (g := _pobj(c)) is not None and g.i != noun.i
            and (preposition(g) or "") in preps and g.pos_ in ("NOUN", "PROPN")]


def _locution(g: Token) -> tuple[Token, str]:
    """A noun after a prepositional locution, with the simple preposition it means: "à l'encontre de X" is
    "contre X", "à l'égard de X" is "envers X" (data/word_lists.tsv, prep_locutions)."""
    meaning = _LOCUTIONS.get(g.lower_)
    if meaning is not None and (preposition(g) or "") in ("à", "a"):
        inner = next((c for c in g.children if c.dep_ == "nmod" and (preposition(c) or "") in _OF), None)
        if inner is not None:
            return inner, meaning
    return g, preposition(g) or ""


def _phrases(trig: Trigger, preps: frozenset[str]) -> list[Token]:
    """Nouns after one of `preps` on the trigger or on one of its object-like arguments."""
    out: list[Token] = []
    holders = [trig.head, *(c for c in trig.head.children if c.dep_ in _ARG_DEPS and c.pos_ in ("NOUN", "PROPN"))]
    if trig.token.i != trig.head.i:
        holders.append(trig.token)
    for h in holders:
        for c in h.children:
            g = _pobj(c)
            if g is None:
                continue
            g, prep = _locution(g)
            if prep in preps and g.pos_ in ("NOUN", "PROPN"):
                out.append(g)
    return out


_OF = frozenset({"de", "d'", "d’", "du", "des", "of"})
# "encontre" -> "contre": the noun of a locution ("à l'encontre de") and the preposition it stands for
_LOCUTIONS = {w.split(">")[0]: w.split(">")[1] for w in words("prep_locutions") if ">" in w}
_STATE_ROLES = frozenset({"state", "government"})
_PATIENT_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT"})


def _demonym_in(tok: Token, s: Sentence, depth: int) -> str | None:
    """Nationality adjective on `tok`, or a nationality or country on a de/of complement below it (at most
    `depth` links): "agents du réseau consulaire algérien", "fonctionnaires de l'ambassade de France"."""
    for c in tok.children:
        if c.dep_ == "amod":
            code = args.token_demonym(c)
            if code:
                return code
    if depth > 0:
        for c in tok.children:
            g = _pobj(c)
            if g is None or g.dep_ not in ("nmod", "pobj") or (preposition(g) or "") not in _OF:
                continue
            m = next((m for m in s.actors if m.covers(g) and m.role in _STATE_ROLES and m.country), None)
            if m is not None:
                return m.country
            code = _demonym_in(g, s, depth - 1)
            if code:
                return code
    return None


def _patient_nationality(trig: Trigger, s: Sentence, exclude: set[str]) -> Actor | None:
    holders = [c for c in trig.head.children if c.dep_ in _OBJ]
    if trig.token.pos_ == "NOUN":  # "l'expulsion de 12 diplomates algériens"
        holders += [g for c in trig.token.children if (g := _pobj(c)) is not None and g.dep_ in ("nmod", "pobj")
                    and (preposition(g) or "") in _OF]
    for h in holders:
        if h.lower_ in args.military_nouns():
            continue  # "ses troupes", "Russian troops" are forces, not the people acted on
        code = _demonym_in(h, s, 2)
        name = args.country_name(code) if code else None
        if name and name not in exclude:
            return Actor(h.text, name, code, "state", h.idx, h.idx + len(h.text), "target.patient-nationality",
                         (h.i, h.i + 1))
        # "arrested two ministers from X's party", "interpellé trois membres du parti de X": the people acted on
        # belong to a named party or person (not a place: "two men from Gaza" says where they come from)
        for c in h.children:
            g = _pobj(c)
            if g is None or g.i == h.i or (preposition(g) or "") not in _FROM:
                continue
            a = _ok(args.actor_for(g, s, "target.patient-affiliation", exclude), exclude)
            if a is not None and a.role in _AFFILIATIONS:
                return a
    return None


_FROM = frozenset({"from", "of", "du", "de", "des", "d'", "d’"})
_AFFILIATIONS = frozenset({"group", "leader", "official", "io", "person", "party", None})


def _asked(trig: Trigger, s: Sentence, exclude: set[str]) -> Actor | None:
    for c in trig.head.children:
        if c.dep_ != "ccomp":
            continue
        subj = next((g for g in c.children if g.dep_ in args.SUBJ), None)
        if subj is None or args.is_pronoun(subj):
            continue
        a = _ok(args.actor_for(subj, s, "target.asked", exclude), exclude)
        if a is None and subj.lower_ in args.HOME_INSTITUTIONS and args.bare_definite(subj) and s.home:
            name = args.country_name(s.home)
            if name and name not in exclude:
                end = subj.idx + len(subj.text)
                a = Actor(subj.text, name, s.home, "government", subj.idx, end, "target.asked.home",
                          (subj.i, subj.i + 1))
        if a is not None:
            return a
    return None


_PROPOSALS = frozenset({"proposition", "propositions", "offre", "plan", "projet", "initiative", "ultimatum",
                        "proposal", "proposals", "offer", "draft", "deal", "accord", "résolution",
                        "resolution", "texte", "text"})
_AUTHOR_TYPES = frozenset({"AGREE", "REJECT", "SUPPORT"})
_WITH = frozenset({"avec", "with"})
_WITH_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})


_JUDGED_TYPES = frozenset({"ACCUSE", "REJECT"})
_BY = frozenset({"by", "par"})


def _proposal_author(trig: Trigger, s: Sentence, exclude: set[str]) -> Actor | None:
    """The author of what is accepted/rejected/judged: "a proposal drafted by France"; for rejections and
    accusations any object or disapproved-of phrase with an author ("rejected criticism made by X", "lodged a
    protest over a post by X's consul", "a rejeté les critiques formulées par X")."""
    judged = trig.type in _JUDGED_TYPES
    holders = [c for c in trig.head.children if c.dep_ in _OBJ and (judged or c.lower_ in _PROPOSALS)]
    if trig.type == "ACCUSE":  # "protested over X", "s'est plaint de X": the noun inside the phrase
        holders += [g for c in trig.head.children if (g := _pobj(c)) is not None and g.i != trig.head.i
                    and (preposition(g) or "") in ("over", "about", "at", "against", "contre")]
    if trig.token.i != trig.head.i:  # "lodged a protest over …": the phrase may hang on the event noun
        holders += [g for c in trig.token.children if (g := _pobj(c)) is not None and g.i != trig.token.i
                    and (preposition(g) or "") in ("over", "about", "against", "contre")]
    for c in holders:
        for part in c.children:
            agent = None
            if part.dep_ == "acl":
                agent = args.agent_of(part)
            elif judged and part.dep_ in ("prep", "nmod") and (g := _pobj(part)) is not None \
                    and (preposition(g) or "") in _BY:
                agent = g  # "a post by China's consul general"
            if agent is not None:
                a = _ok(args.actor_for(agent, s, "target.author", exclude), exclude)
                if a is not None:
                    return a
    return None


def demonym_partner(trig: Trigger, s: Sentence, src: Actor | None) -> Actor | None:
    subj, _ = args.subject_token(trig.head)
    if subj is None or src is None or not src.normalized:
        return None
    for c in subj.children:
        if c.dep_ != "amod" or not args.demonym_country(c.text):
            continue
        for other in (c, *c.children):  # the subject took one of them, the partner is the other
            code = args.demonym_country(other.text) if other.dep_ == "conj" or other is c else None
            name = args.country_name(code) if code else None
            if name and name != src.normalized:
                return Actor(other.text, name, code, "state", other.idx, other.idx + len(other.text),
                             "target.demonym-conj", (other.i, other.i + 1))
    return None


_OWNER_TYPES = frozenset({"SUPPORT", "ACCUSE", "REJECT", "AGREE"})


def _object_owner(trig: Trigger, s: Sentence, exclude: set[str]) -> Actor | None:
    """Whose thing is judged: "a salué le rôle de l'Afrique du Sud", "a accepté l'offre japonaise" (the
    French model often tags "offre" as a verb), "rejected the proposal of the Arab League". Not below an
    event noun: in "condemned the killing of X" X is the victim, not the one blamed."""
    if "obj_not_target" in trig.entry.constraints or trig.head.lemma_.lower() in words("denial_verbs"):
        return None  # "a saisi la Cour"; "a démenti la présence de mercenaires russes": content, not a party
    for c in trig.head.children:
        if c.dep_ not in _OBJ or c.pos_ not in ("NOUN", "VERB") or c.i < trig.head.i:
            continue
        if c.tag_ == "VBG" or c.lower_.endswith("ing") or any(
                (w, k) in s.lex.events for w in (c.lemma_.lower(), c.lower_) for k in ("noun", "verb")):
            continue  # an act ("the killing of", "l'arrestation de"): its complement is a participant
        for g in c.children:
            if g.dep_ == "amod":
                code = args.token_demonym(g)
                name = args.country_name(code) if code else None
                if name and name not in exclude:
                    return Actor(g.text, name, code, "state", g.idx, g.idx + len(g.text), "target.owner.demonym",
                                 (g.i, g.i + 1))
            p = _pobj(g)
            if p is not None and p.i != c.i and p.dep_ in ("nmod", "pobj") and (preposition(p) or "") in _OF:
                a = _ok(args.actor_for(p, s, "target.owner", exclude), exclude)
                if a is not None and a.role != "city":
                    return a
    return None


def _with_below_object(trig: Trigger) -> list[Token]:
    out: list[Token] = []
    frontier = [c for c in trig.head.children if c.dep_ in _OBJ]
    for _ in range(3):
        nxt = [g for n in frontier for c in n.children if (g := _pobj(c)) is not None and g.i != n.i]
        out += [g for g in nxt if (preposition(g) or "") in _WITH]
        frontier = nxt
    return out


_PRONOUN_OBJ = frozenset({"obj", "dobj", "iobj", "dative", "obl:arg"})
_PARTNER_DEPS = frozenset({"obj", "dobj", "iobj", "dative", "obl", "obl:arg", "prep", "nmod"})


def pronoun_partner(trig: Trigger, s: Sentence, exclude: set[str]) -> Actor | None:
    """"spoke with Lavrov and urged him to …", "s'est entretenu avec Petro et l'a exhorté à …": a pronoun object
    of the second of two coordinated verbs is the party of the first verb (its object or with/avec phrase),
    never its subject."""
    head = trig.head
    if head.dep_ != "conj" or head.head.i == head.i or head.head.i > head.i:
        return None
    if not any(c.dep_ in _PRONOUN_OBJ and c.pos_ == "PRON" and c.lower_ in words("object_pronouns")
               for c in head.children):
        return None
    gov = head.head
    for c in gov.children:
        if (c.dep_ not in _PARTNER_DEPS and not c.dep_.startswith("obl")) or c.i > head.i:
            continue
        g = _pobj(c)
        if g is None or args.is_pronoun(g):
            continue
        a = _ok(args.actor_for(g, s, "target.pronoun-partner", exclude), exclude)
        if a is not None and not any(p.covers(g) for p in s.places):
            return a
    return None


def fallback_target(trig: Trigger, s: Sentence, src: Actor | None) -> Actor | None:
    exclude = {src.normalized} if src is not None and src.normalized else set()
    if trig.type in _AUTHOR_TYPES | _JUDGED_TYPES:
        a = _proposal_author(trig, s, exclude)
        if a is not None:
            return a
    if trig.type in _WITH_TYPES:
        for h in trig.head.children:
            if h.dep_.startswith(("obl", "nmod")) or h.dep_ == "prep":
                a = _first_actor(_phrases_below(h, _WITH), s, "target.with", exclude)
                if a is not None:
                    return a
        if trig.type == "COOPERATE":
            # "sharing tracking data on the ships with the US military": the partner may hang below the
            # object's own complement
            a = _first_actor(_with_below_object(trig), s, "target.with-object", exclude)
            if a is not None:
                return a
    if trig.type == "REQUEST":
        a = _asked(trig, s, exclude)
        if a is not None:
            return a
    a = _relative_antecedent(trig, s, exclude) or _home_object(trig, s, src, exclude)
    if a is not None:
        return a
    if trig.type in _FOR_TYPES:
        a = _first_actor(_phrases(trig, _FOR), s, "target.for", exclude)
        if a is not None:
            return a
    if trig.type in _PATIENT_TYPES:
        a = _patient_nationality(trig, s, exclude)
        if a is not None:
            return a
    if trig.type in _INNER_TYPES:
        a = _first_actor(_phrases(trig, _INNER), s, "target.inner", exclude)
        if a is not None:
            return a
    if trig.type in _OWNER_TYPES:
        a = _object_owner(trig, s, exclude)
        if a is not None:
            return a
    return pronoun_partner(trig, s, exclude)
