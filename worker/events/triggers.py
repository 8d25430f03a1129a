"""Find event triggers in a parsed sentence: verbs (and light-verb objects) whose lemma is in the
per-language lexicon (data/triggers_<lang>.tsv), with the entry's constraints checked."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from worker.events.actors import military_nouns
from worker.events.lexicon import Lexicon, TriggerEntry
from worker.events.nominal import deadly_verb, nominal_head
from worker.events.timex import WEEKDAYS
from worker.events.words import words

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJ_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "expl:subj"})
_REFLEXIVE = frozenset({"se", "s'", "s’", "me", "m'", "m’", "te", "nous", "vous"})
_OBJ_DEPS = frozenset({"obj", "dobj", "obl:arg", "obl", "obl:mod", "nmod", "xcomp", "dative", "attr", "pobj",
                       "prep", "nsubj:pass", "nsubjpass", "iobj"})
_SPEECH = frozenset({"indiquer", "dire", "commenter", "préciser", "répondre", "say", "comment", "disclose",
                     "specify", "elaborate", "confirm", "confirmer"})
# Mobilisation by dispatch: "envoyer/send des troupes" is MOBILIZE, "envoyer des armes" is AID.
# "un paquet de sanctions", "a new round of sanctions": the noun trigger hangs below a collective noun.
# Also "des mesures de rétorsion", "measures of support": a measure of X is X.
_COLLECTIVE = frozenset({"paquet", "série", "train", "vague", "ensemble", "salve", "package", "round", "set", "series",
                         "wave", "raft", "batch", "mesure", "mesures", "measures"})
_MONEY = frozenset({"dollars", "euros", "$", "€", "£", "livres", "pounds", "million", "millions", "milliard",
                    "milliards", "billion", "billions"})
# Promising harm is threatening.
_HARM = frozenset({"punir", "riposter", "venger", "frapper", "écraser", "détruire", "châtier", "représailles",
                   "punish", "retaliate", "avenge", "strike", "crush", "destroy", "respond"})
# Promising/offering an action noun ("a promis une aide", "pledged $40 billion in aid") is that action, planned.
PROMISE = frozenset({"promettre", "proposer", "offrir", "promise", "pledge", "offer", "vow"})
_PERSONNEL_UNITS = frozenset({"soldats", "soldat", "troupes", "hommes", "militaires", "réservistes", "troops",
                              "soldiers", "servicemembers", "personnel", "reservists", "paratroopers", "marines",
                              "policiers", "gendarmes", "police", "officers", "casques"})
# Round 26: forces named by their role ("a envoyé des renforts dans la région", "sent reinforcements").
_REINFORCEMENTS = frozenset({"renforts", "reinforcements", "contingent", "contingents", "bataillon", "bataillons",
                             "battalion", "battalions"})
# Light verbs whose noun comes after a preposition.
_PREP_LIGHT = frozenset({("procéder", "à"), ("livrer", "à"), ("engage", "in")})


def _case(tok: Token) -> str | None:
    """Preposition before a noun: French `case` child, English `prep` head."""
    for c in tok.children:
        if c.dep_ == "case":
            return c.lower_
    return tok.head.lower_ if tok.dep_ == "pobj" else None


# Assets that are deployed, not handed over (unless a recipient is named: "send jets to Kyiv" = AID).
_WARSHIPS = frozenset({"porte-avions", "navires", "navire", "frégate", "frégates", "destroyer", "destroyers",
                       "bombardiers", "sous-marin", "sous-marins", "carrier", "warship", "warships", "bombers",
                       "submarine", "submarines", "frigate", "frigates", "escadrille", "squadron",
                       # round 17: combat aircraft ("would send F-35 jets for a joint exercise")
                       "jets", "warplanes", "f-35", "f-35s", "f-16", "f-16s", "chasseurs", "rafale", "rafales",
                       # craft named by their role ("naval vessels") or their make ("quatre Eurofighter")
                       "naval", "eurofighter", "eurofighters"})


def _has_recipient(tok: Token) -> bool:
    for c in tok.children:
        if c.dep_ == "dative" and c.lower_ == "to" and any(
                g.dep_ == "pobj" and g.lower_ in words("area_nouns") for g in c.children):
            continue
        if c.dep_ in ("iobj", "dative") or (c.dep_.startswith("obl") and any(
            g.dep_ == "case" and g.lower_ in ("à", "au", "aux") for g in c.children
        ) and c.pos_ == "PROPN"):
            return True
    return False


@dataclass(frozen=True, slots=True)
class Trigger:
    token: Token  # the trigger word
    head: Token  # clause head: the verb itself, or the light verb governing a noun trigger
    entry: TriggerEntry
    type: str


# French contracted articles carry their preposition: "a appelé au respect de" has "à" below the verb
_COMPLEMENT_DEPS = frozenset({"obj", "dobj", "xcomp", "ccomp", "obl:arg", "iobj", "dative", "prep"})
_CONTRACTIONS = {"au": "à", "aux": "à", "du": "de", "des": "de"}


def _with_contractions(below: set[str]) -> set[str]:
    return below | {_CONTRACTIONS[w] for w in below if w in _CONTRACTIONS}


_NEGATIVE_DETERMINERS = frozenset({"aucun", "aucune", "nul", "nulle", "no", "any"})


def _number_variants(below: set[str], tok: Token) -> set[str]:
    """"aucune restriction" meets a list that only wrote "restrictions": an object noun that a negative determiner
    puts in the singular is matched in either number (regular plurals in -s/-x only); other singulars stay as written
    ("une équipe de recruteurs" is no "équipes" of rescuers), and so do nouns off the object ("en échange")."""
    out = set(below)
    objs = [c for c in tok.children if c.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass") and c.pos_ == "NOUN"
            and any(d.dep_ == "det" and d.lower_ in _NEGATIVE_DETERMINERS for d in c.children)]
    nouns = {t.lower_ for o in objs for t in (o, *(c for c in o.children if c.dep_ == "conj" and c.pos_ == "NOUN"))}
    for w in below & nouns:
        if len(w) > 3 and w.isalpha():
            out.add(w + "s")
            if w[-1] in "sx":
                out.add(w[:-1])
    return out


def _hyphen_compound(tok: Token) -> str | None:
    """"postes-frontières" split by the tokenizer into postes / - / frontières, the parts left unattached:
    the whole compound, as written, for the child= and not_child= lists."""
    doc = tok.doc
    if tok.i + 2 < len(doc) and not tok.whitespace_ and doc[tok.i + 1].text == "-" \
            and not doc[tok.i + 1].whitespace_ and doc[tok.i + 2].is_alpha:
        return f"{tok.lower_}-{doc[tok.i + 2].lower_}"
    return None


def _date_phrase(tok: Token) -> bool:
    """"on Tuesday", "in March": a preposition that only dates the verb ("called Milei on Tuesday" is no
    "call on")."""
    return tok.dep_ == "prep" and any(
        c.dep_ == "pobj" and (c.ent_type_ in ("DATE", "TIME") or c.lower_ in WEEKDAYS) for c in tok.children)


_ATTRIBUTION = frozenset({"selon", "d'après", "d’après"})


def _attribution(tok: Token) -> bool:
    """"according to the emergency service", "selon la police": the source of the report, never a complement
    ("according" is lemmatized "accord", which would pass for "struck an accord")."""
    return tok.lower_ == "according" or any(c.dep_ == "case" and c.lower_ in _ATTRIBUTION for c in tok.children)


def _words_below(tok: Token, depth: int = 3, skip_dates: bool = False, skip_verb_conj: bool = False) -> set[str]:
    out: set[str] = set()
    frontier = [tok]
    for _ in range(depth):
        nxt = []
        for t in frontier:
            for c in t.children:
                if skip_dates and (_date_phrase(c) or _attribution(c)):
                    continue
                if skip_verb_conj and t is tok and c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
                    continue  # "deployed 60 soldiers … and raised its flag": the flag is the other verb's
                out.add(c.lower_)
                out.add(c.lemma_.lower())
                if (compound := _hyphen_compound(c)) is not None:
                    out.add(compound)
                nxt.append(c)
        frontier = nxt
    return out


def _actor_object(tok: Token) -> bool:
    """A direct object that is a person or a state ("will call Macron", "called his Italian counterpart"), with no
    predicate after it ("called the governor a liar" is a label)."""
    if any(c.dep_ in ("oprd", "attr") for c in tok.children):
        return False
    return any(c.dep_ in ("dobj", "obj") and (c.pos_ == "PROPN" or c.lower_ in words("call_objects"))
               for c in tok.children)


def _object_words(tok: Token) -> set[str]:
    words: set[str] = set()
    for c in tok.children:
        if c.dep_ in _OBJ_DEPS:
            words.update(t.lower_ for t in c.subtree)
    return words


def _object_heads(tok: Token) -> set[str]:
    """The head nouns of the direct objects, and the noun after "of" below a quantity ("most of his cabinet");
    not the words of possessors or modifiers ("dismissed the minister's claims" has "claims" only)."""
    out: set[str] = set()
    for c in tok.children:
        if c.dep_ not in ("obj", "dobj"):
            continue
        out.add(c.lower_)
        out.update(g.lower_ for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                   for g in p.children if g.dep_ == "pobj")
    return out


def _personnel_sent(tok: Token) -> bool:
    """Troops or military equipment sent ("envoyer des soldats", "des avions militaires"), unless rescue
    teams or relief go with them ("des équipes de secours et trois hélicoptères militaires" is aid)."""
    objs = {t.lower_ for c in tok.children if c.dep_ in _OBJ_DEPS for t in c.subtree}
    if tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and tok.head.i < tok.i and "Part" in tok.morph.get("VerbForm"):
        objs |= {t.lower_ for t in tok.head.subtree if t.i < tok.i}  # round 26: "the 1,200 soldiers sent to X"
    # "would not send its own forces" (forces as the object itself, not "aid for the security forces")
    forces = any(c.dep_ in ("obj", "dobj") and c.lower_ == "forces" for c in tok.children)
    return bool(objs & (_PERSONNEL_UNITS | _REINFORCEMENTS) or forces) and not objs & words("relief_words")


def _to_base(tok: Token) -> bool:
    """Round 26: "would send helicopters to its military base", "envoyer des avions sur sa base": what goes to
    a base of the sender's own forces is deployed, not handed over."""
    for c in tok.children:
        nouns = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in (
            "to", "at") else [c] if c.dep_.startswith("obl") and _case(c) in ("à", "vers", "sur") else []
        if any(n.lower_ in ("base", "bases", "airbase") for n in nouns):
            return True
    return False


_RELATIVE_PRONOUNS = words("relative_pronouns")


def _subjects(tok: Token) -> list[Token]:
    """Subjects of the clause of `tok`, as the subj= constraint reads them."""
    subjects = [c for c in tok.children if c.dep_ in _SUBJ_DEPS]
    if not subjects and tok.dep_ == "conj":  # "who hurled rocks and blocked roads": the first verb's subject
        subjects = [c for c in tok.head.children if c.dep_ in _SUBJ_DEPS]
        tok = tok.head
    if not subjects and tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and tok.head.i < tok.i:
        # "des milliers de personnes se sont rassemblées" parsed as a participle on the noun: the noun is the subject
        return [tok.head]
    if tok.dep_ in ("acl:relcl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN") and any(
            c.lower_ in _RELATIVE_PRONOUNS for c in subjects):
        return [tok.head]  # "des manifestants qui bloquaient l'accès": the relative's noun
    pronouns = words("reporter_pronouns")
    if subjects and all(c.lower_ in pronouns for c in subjects) and tok.dep_ == "ccomp":
        # "the federation said it would block the highways": the pronoun is the reporting verb's subject
        reporters = [c for c in tok.head.children if c.dep_ in _SUBJ_DEPS and c.lower_ not in pronouns]
        return reporters or subjects
    return subjects


# Round 19: words of fixed phrases that the parser hangs deep below the verb ("a déclaré vendredi deux diplomates
# persona non grata"): anywhere in the verb's subtree they satisfy a child= constraint.
_FIXED_PHRASE_WORDS = frozenset({"grata"})


# "a de son côté renforcé ses patrouilles", "a pour sa part rappelé …": the parser makes the auxiliary the root,
# the participle a modifier of "côté"/"part" and its object a sibling hung on that noun
_SIDE_PHRASE_NOUNS = frozenset({"côté", "part"})


def side_phrase_participle(tok: Token) -> bool:
    head = tok.head
    return tok.dep_ == "acl" and head.lower_ in _SIDE_PHRASE_NOUNS and head.i < tok.i \
        and "Part" in tok.morph.get("VerbForm") and head.head.lemma_.lower() in ("avoir", "être") \
        and any(c.dep_ == "det" and c.lower_ in ("son", "sa", "leur", "ma", "notre", "mon") for c in head.children)


def _side_siblings(tok: Token) -> set[str]:
    """Words of the complements hung on "côté"/"part" after the participle (see side_phrase_participle)."""
    return {t.lower_ for c in tok.head.children if c.i > tok.i for t in c.subtree} | {
        t.lemma_.lower() for c in tok.head.children if c.i > tok.i for t in c.subtree}


def _infinitive_complement(tok: Token) -> bool:
    """"a exclu de négocier", "n'a pas exclu de rappeler": the verb governs an act, not a party."""
    return any(c.dep_ in ("xcomp", "ccomp") and "Inf" in c.morph.get("VerbForm") for c in tok.children)


def _check(tok: Token, entry: TriggerEntry) -> bool:
    if "inf_comp" in entry.constraints and not _infinitive_complement(tok):
        return False
    if "not_inf_comp" in entry.constraints and _infinitive_complement(tok):
        return False  # "exclure un pays" is a sanction, "exclure de rappeler l'ambassadeur" rules an act out
    if "reflexive" in entry.constraints and not any(c.lower_ in _REFLEXIVE for c in tok.children):
        return False
    if "not_reflexive" in entry.constraints and any(c.lower_ in _REFLEXIVE for c in tok.children):
        return False  # round 13: "le convoi s'est arrêté" (stop) is no arrest
    needed = entry.required_children()
    below = _words_below(tok, skip_dates=True) | (_side_siblings(tok) if side_phrase_participle(tok) else set())
    if needed and not (needed & _number_variants(_with_contractions(below), tok)) and not (
            needed & _FIXED_PHRASE_WORDS & {t.lower_ for t in tok.subtree}):
        return False
    banned = entry.banned_children()
    if banned and banned & _words_below(tok, skip_dates=True, skip_verb_conj=True):
        return False
    subj_words = entry.subject_words()
    subjects = _subjects(tok)
    if subj_words and not any(t.lower_ in subj_words or t.lemma_.lower() in subj_words
                              for c in subjects for t in (c.subtree if not c.is_ancestor(tok) else [c, *(
                                  g for g in c.children if g.dep_ == "nmod")])):
        return False
    # round 20: warships dispatched are a deployment too ("a dépêché deux destroyers")
    if "obj_actor" in entry.constraints and not _actor_object(tok):
        return False
    if "transitive" in entry.constraints and not _acts_on_something(tok):
        return False  # "the rally dispersed peacefully", "le rassemblement s'est dispersé": nobody acted on it
    if "to_inf" in entry.constraints and not any(
            c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in tok.children):
        return False  # "told X not to interfere" (not "told X that Finland would apply")
    if "offered" in entry.constraints and not (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in PROMISE):
        return False  # "offered to help Palau" is aid offered; "the deal would help Kenya" is no act
    if "mil_obj" in entry.constraints and not (_object_words(tok) & (military_nouns() | _WARSHIPS)):
        return False
    banned_subjects = entry._words("not_subj=")  # round 13: a company warning on profits, athletes "crushing"
    if banned_subjects and any(c.lower_ in banned_subjects or c.lemma_.lower() in banned_subjects for c in subjects):
        return False
    obj_words = entry._words("obj=")  # round 13: "a limogé son cabinet" (not "le cabinet a limogé X")
    if obj_words and not (_object_words(tok) & obj_words):
        return False
    banned_objects = entry._words("not_obj=")  # "dismissed the army commander" is a firing, not a rejection
    if banned_objects and _object_heads(tok) & banned_objects:
        return False
    passive = any(c.dep_ in ("auxpass", "aux:pass") for c in tok.children)
    if "not_acl" in entry.constraints and tok.dep_ in ("acl", "advcl") and "Part" in tok.morph.get("VerbForm") \
            and not any(c.dep_.startswith("aux") for c in tok.children):
        return False  # round 19: "expulsant 20 employés, déclarés persona non grata" restates the expulsion
    if "active" in entry.constraints and passive:
        return False  # "would be met with a response" is no meeting
    if "passive" in entry.constraints and not passive:
        return False  # "seront poursuivis" is a prosecution; "poursuivre les discussions" is no event
    # "refusant d'indiquer combien" is not a rejection worth coding.
    return not (entry.type == "REJECT" and any(c.lemma_.lower() in _SPEECH for c in tok.children
                                                if c.dep_ == "xcomp"))


def _acts_on_something(tok: Token) -> bool:
    """A verb used transitively: an object that is no reflexive pronoun, a passive, an agent, or a participle on
    its patient ("les manifestants dispersés par la police")."""
    if any(c.dep_ in ("obj", "dobj") and c.lower_ not in _REFLEXIVE for c in tok.children):
        return True
    if any(c.dep_ in ("aux:pass", "auxpass", "obl:agent", "agent") for c in tok.children):
        return True
    return tok.dep_ in ("acl", "amod") and ("Part" in tok.morph.get("VerbForm") or tok.tag_ == "VBN")


def _infinitive(participle: str) -> str:
    """"gelé" -> "geler": enough for first-group participles mis-tagged as adjectives."""
    for end in ("ées", "és", "ée", "é"):
        if participle.endswith(end):
            return participle[: -len(end)] + "er"
    return participle


# French endings -> infinitive endings, longest first: the model's lemmatizer often returns the form itself
# for present-tense verbs ("frappe", "rompt", "expulsent").
_FR_ENDINGS: tuple[tuple[str, str], ...] = (
    ("eraient", "er"), ("issaient", "ir"), ("issent", "ir"), ("issait", "ir"), ("aient", "er"), ("eront", "er"),
    ("erait", "er"), ("ent", "er"), ("ent", "re"), ("ent", "ir"), ("ait", "er"), ("ant", "er"), ("era", "er"),
    ("ons", "er"), ("ez", "er"), ("es", "er"), ("it", "ir"), ("it", "re"), ("ées", "er"), ("és", "er"),
    ("ée", "er"), ("é", "er"), ("e", "er"), ("t", "re"), ("d", "dre"))


def _conjugated(form: str, lex: Lexicon) -> TriggerEntry | None:
    """A lexicon verb whose conjugated form `form` is ("frappe" -> frapper, "rompt" -> rompre); only
    infinitives present in the lexicon are accepted, so a wrong guess finds nothing."""
    for end, inf in _FR_ENDINGS:
        if form.endswith(end) and len(form) > len(end) + 2:
            entry = lex.events.get((form[: -len(end)] + inf, "verb"))
            if entry is not None:
                return entry
    return None


def _promised_noun(tok: Token, lex: Lexicon) -> Token | None:
    """The action noun promised/offered: "a promis une aide", "pledged $40 billion in aid"."""
    for c in tok.children:
        if c.dep_ in ("obj", "dobj"):
            for t in c.subtree:
                if t.pos_ in ("NOUN", "PROPN") and (t.lemma_.lower(), "noun") in lex.events \
                        and sum(1 for _ in t.ancestors if _.i != tok.i and _.i in {x.i for x in c.subtree}) <= 3:
                    return t
    return None


def _predicative(tok: Token) -> bool:
    """An adjective or participle used as a predicate: "it was concerned", "se dit préoccupée",
    "est préoccupé" (passive), "X, préoccupé par…" is not one."""
    if tok.pos_ not in ("ADJ", "VERB"):
        return False
    if tok.dep_ in ("acomp", "xcomp"):
        return tok.pos_ == "ADJ" or "Part" in tok.morph.get("VerbForm")
    return tok.dep_ in ("ROOT", "ccomp", "conj") and any(
        c.dep_ in ("cop", "aux:pass", "auxpass") for c in tok.children)


# Participles that carry a decided/announced act ("made by" is no decision: "criticism made by X").
_DECIDING = frozenset({"announce", "annoncer", "decide", "décider", "order", "ordonner", "declare", "décréter",
                       "proclaim", "proclamer",
                       # round 13: verbs that start or conduct the act ("a strike called by the unions", "une
                       # offensive lancée par l'armée", "des opérations menées par la police")
                       "lancer", "launch", "mener", "conduct", "call", "organiser", "organize", "organise"})


def _light_participle(tok: Token, lex: Lexicon) -> Token | None:
    """A light verb's participle on the event noun with its own agent ("a halt … announced on Saturday by
    the alliance", "le retrait annoncé par Paris"): the noun is that verb's object, in reduced form."""
    near = [*tok.children, *(g for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
                             for g in p.children)]  # "a halt [to operations] announced by": hung on the last noun
    for c in near:
        if c.dep_ == "acl" and c.lemma_.lower() in _DECIDING and "Part" in c.morph.get("VerbForm") and any(
                g.dep_ in ("agent", "obl:agent") or (g.dep_ == "obl" and any(
                    x.dep_ == "case" and x.lower_ == "par" for x in g.children)) for g in c.children):
            return c
    return None


# Partitive articles the French model tags as prepositions ("a lancé lundi des raids"): no preposition.
_PARTITIVE = frozenset({"des", "du"})


def _misparsed_object(tok: Token) -> Token | None:
    """The verb whose object a French noun is, when the parser hung it as a modifier without a preposition
    after a day ("a émis mercredi un mandat", "a lancé jeudi une offensive"); else None."""
    verb = day = tok.head
    # "a émis mercredi un mandat": the noun hung on the day, the day parsed as an oblique or as the object
    # itself ("a lancé dimanche des exercices")
    if verb.lower_ in WEEKDAYS and (verb.dep_.startswith("obl") or verb.dep_ in ("obj", "dobj")) and verb.i < tok.i:
        verb = verb.head
    if (tok.dep_ in ("nmod", "obl", "obl:mod", "obl:arg") and verb.pos_ == "VERB" and verb.i < tok.i
            and not any(c.dep_ == "case" and c.lower_ not in _PARTITIVE for c in tok.children)
            and not any(c.dep_ in ("obj", "dobj") and c.i != day.i for c in verb.children)):
        return verb
    return None



def _agrees_to_resign(tok: Token) -> bool:
    """Agreeing to one's own resignation ("a accepté de démissionner", "agreed to step down") is a concession."""
    return any(c.dep_ == "xcomp" and (c.lemma_.lower() in words("resign_verbs") or (
        c.lemma_.lower() == "step" and any(g.dep_ == "prt" and g.lower_ == "down" for g in c.children)))
        for c in tok.children)


def _aid_stopped(tok: Token) -> bool:
    """Round 10: an aid verb below a verb of stopping ("cesseraient de fournir", "stopped supplying")."""
    gov = tok.head.head if tok.dep_ == "pcomp" else tok.head
    return tok.dep_ in ("xcomp", "pcomp", "obj", "dobj") and gov.i != tok.i \
        and gov.lemma_.lower() in words("cessation_verbs")


def _promises_harm(tok: Token, lex: Lexicon | None = None) -> bool:
    """A promise of harm is a threat: "vowed to retaliate", "vowed that X would avenge…" (round 10: a
    complement clause too), "vowed to crack down on", "a promis des poursuites contre"; also a promise to
    seize ground ("vowed to retake the villages", "a promis de reprendre la ville"), an attack sense whose
    required object is there (a bare "fight" or "combattre la corruption" is no such promise)."""
    harm = _HARM | words("promised_harm")
    harm_objects = words("harm_nouns") | harm | words("response_nouns")
    kids = [*tok.children, *_stolen_object(tok)]
    if any((c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in harm)
           or (c.dep_ in ("obj", "dobj") and c.lemma_.lower() in harm_objects) for c in kids):
        return True
    if any(c.dep_ in ("xcomp", "ccomp") and _necessary_measures(c) for c in kids):
        return True
    return lex is not None and any(
        c.dep_ == "xcomp" and any(e.type == "ASSAULT" and e.required_children() and _check(c, e)
                                  for e in lex.senses.get((c.lemma_.lower(), "verb"), ()))
        for c in kids)


_MEASURES = frozenset({"measures", "mesures", "countermeasures", "contre-mesures"})
_NECESSARY = frozenset({"necessary", "nécessaires", "nécessaire"})


def _necessary_measures(verb: Token) -> bool:
    """"would take all necessary measures", "prendra les mesures nécessaires", "take countermeasures": the
    diplomatic formula of a threat."""
    if verb.lemma_.lower() not in ("take", "prendre"):
        return False
    return any(c.dep_ in ("obj", "dobj") and c.lower_ in _MEASURES and (
        c.lower_.startswith(("counter", "contre")) or any(g.lower_ in _NECESSARY for g in c.children))
        for c in verb.children)


def _nearer_conjunct(noun: Token, verb: Token, lex: Lexicon) -> Token:
    """"a exprimé sa solidarité et promis une aide de 30 millions": the parser hangs the second object on the
    first verb; the light or promise verb coordinated in between, with no object of its own, governs it."""
    for c in verb.children:
        if c.dep_ == "conj" and verb.i < c.i < noun.i and c.pos_ == "VERB" \
                and (c.lemma_.lower() in lex.light or c.lemma_.lower() in PROMISE) \
                and not any(g.dep_ in ("obj", "dobj") for g in c.children):
            return c
    return verb


def _stolen_object(tok: Token) -> list[Token]:
    """Round 17: a coordinated verb without a complement whose object the parser hung on the first verb ("a jugé
    le verdict injuste et promis une riposte", with "riposte" below "jugé"): the object right after it."""
    if tok.dep_ != "conj" or tok.head.i >= tok.i or any(c.dep_ in _COMPLEMENT_DEPS for c in tok.children):
        return []
    return [c for c in tok.head.children if c.dep_ in ("obj", "dobj") and c.i > tok.i
            and all(t.pos_ in ("DET", "ADJ", "NUM") for t in tok.doc[tok.i + 1 : c.i])][:1]


def _specific_first(senses: tuple[TriggerEntry, ...]) -> list[TriggerEntry]:
    """Round 17: a sense that needs a given subject is as specific as one that needs a given child ("protesters
    occupied the halls" is PROTEST before the bare "occupy" ASSAULT); file order otherwise."""
    return sorted(senses, key=lambda e: not (e.required_children() or e.subject_words()))


def find_triggers(tokens: list[Token], lex: Lexicon) -> list[Trigger]:
    found: list[Trigger] = []
    for tok in tokens:
        lemma = tok.lemma_.lower()
        entry: TriggerEntry | None = None
        head = tok
        # "a gelé" tagged ADJ: a participle with a tense auxiliary is a verb.
        verbal = tok.pos_ == "VERB" or (tok.pos_ == "ADJ" and any(c.dep_ == "aux:tense" for c in tok.children))
        # "offered to host talks" with "host" tagged NOUN: an xcomp with infinitival "to" is a verb;
        # "if Russia attacks" with "attacks" tagged NOUN: a clause head with a subject is a verb.
        verbal = verbal or (tok.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children))
        # (round 10: also a French conditional tagged ADV, "que les forces disperseraient tout piquet")
        verbal = verbal or (tok.pos_ in ("NOUN", "ADV") and tok.dep_ in ("advcl", "ccomp", "ROOT", "conj")
                            and any(c.dep_ == "nsubj" for c in tok.children)
                            and any(c.dep_ == "mark" or c.dep_.startswith("aux") for c in tok.children))
        # round 15: an object relative tagged NOUN ("…, ce que le ministère dément"): a subject and the pronoun
        verbal = verbal or (tok.pos_ == "NOUN" and tok.dep_ in ("acl:relcl", "relcl")
                            and any(c.dep_ == "nsubj" for c in tok.children)
                            and any(c.dep_ == "obj" and c.lower_ in ("que", "qu'", "qu’") for c in tok.children))
        predicative = _predicative(tok)
        if predicative:  # "was deeply concerned", "s'est dite préoccupée": disapproval (ACCUSE)
            entry = lex.events.get((tok.lower_, "adj")) or lex.events.get((lemma, "adj"))
            if entry is not None:
                head = tok.head if tok.dep_ == "acomp" else tok
                if _check(tok, entry):
                    found.append(Trigger(tok, head, entry, entry.type))
                continue
        if verbal:
            entry = lex.events.get((lemma, "verb")) or lex.events.get((tok.lower_, "verb"))
            if entry is None and lex.language == "fr":
                entry = _conjugated(tok.lower_, lex)  # "Israël frappe …" lemmatized "frappe"
            if entry is None and tok.pos_ == "ADJ":
                entry = lex.events.get((_infinitive(tok.lower_), "verb"))
        elif tok.pos_ in ("NOUN", "PROPN"):
            key = (lemma, "noun") if (lemma, "noun") in lex.senses else (tok.lower_, "noun")
            # First sense that fits: "a call for a ceasefire" (REQUEST) before "a phone call" (CONSULT).
            noun = next((e for e in lex.senses.get(key, ()) if _check(tok, e)), None)
            h = tok.head
            if tok.dep_ in ("nmod", "pobj") and h.lower_ in _COLLECTIVE | {"of"}:
                coll = h if h.lower_ in _COLLECTIVE else h.head
                if coll.lower_ in _COLLECTIVE and coll.dep_ in ("obj", "dobj"):
                    tok_dep, h = "obj", coll.head
                else:
                    tok_dep = tok.dep_
            else:
                tok_dep = tok.dep_
            if (governor := _misparsed_object(tok)) is not None:
                tok_dep, h = "obj", governor  # "a émis mercredi un mandat d'arrêt": an object hung on the day
            if tok_dep in ("obj", "dobj"):
                h = _nearer_conjunct(tok, h, lex)
            if tok.dep_ == "pobj" and h.lower_ == "in" and h.head.dep_ in ("obj", "dobj") \
                    and h.head.lower_ in _MONEY:
                tok_dep, h = "obj", h.head.head  # "announced $500 million in aid": the amount's kind is the object
            verb = h.head if tok.dep_ == "pobj" else h
            if (verb.lemma_.lower(), _case(tok)) in _PREP_LIGHT:
                tok_dep, h = "obj", verb  # "a procédé à des essais", "engaged in talks": the noun is the object
            # A noun counts only as the object of a light/report verb ("a annoncé le déploiement"),
            # and not when that verb is itself an event ("imposer des sanctions" is one SANCTION).
            if (
                noun is not None
                and tok_dep in ("obj", "dobj")
                and (h.lemma_.lower() in lex.light or h.lemma_.lower() in PROMISE)
                and (h.lemma_.lower() in PROMISE
                     or not any(_check(h, e) for e in lex.senses.get((h.lemma_.lower(), "verb"), ())))
            ):
                entry, head = noun, h
            elif noun is not None and (part := _light_participle(tok, lex)) is not None:
                entry, head = noun, part  # "a halt to offensive operations announced by X", "le retrait décidé par Y"
            elif noun is not None and tok_dep not in ("obj", "dobj"):
                nh = nominal_head(tok, noun.type)  # "lors d'une visite à Varsovie", "Houthi attacks on ships"
                if nh is not None:
                    entry, head = noun, nh
                elif noun.type == "COERCE" and (dv := deadly_verb(tok)) is not None:
                    found.append(Trigger(tok, dv, noun, "ASSAULT"))  # "la répression a fait 22 morts"
                    continue
        if entry is not None and head.i == tok.i:
            # Several senses of one verb ("mettre en garde" / "mettre en cause"): first that fits.
            key = (entry.lemma, entry.kind)
            entry = next((e for e in _specific_first(lex.senses.get(key, (entry,))) if _check(tok, e)), None)
        if entry is None or not _check(tok, entry):
            continue
        if head.i != tok.i and entry.banned_children() and any(
                c.lower_ in entry.banned_children() for c in head.children if c.dep_.startswith("obl")):
            continue  # "a lancé une offensive [sur les prix]" with the phrase hung on the light verb
        if head.i == tok.i and lemma in PROMISE:
            noun_tok = _promised_noun(tok, lex)
            money = any(c.dep_ in ("obj", "dobj") and any(w.lower_ in _MONEY for w in c.subtree) for c in tok.children)
            aid = lex.events.get(("aide", "noun")) or lex.events.get(("aid", "noun"))
            if noun_tok is None and money and aid is not None:
                found.append(Trigger(tok, tok, aid, "AID"))  # "ont promis 100 millions de dollars"
                continue
            if noun_tok is not None:
                # "a promis une aide", "pledged $40 billion in aid": the promised action is the event.
                noun_entry = lex.events.get((noun_tok.lemma_.lower(), "noun"))
                if noun_entry is not None and noun_tok.dep_ not in ("obj", "dobj"):
                    found.append(Trigger(noun_tok, tok, noun_entry, noun_entry.type))
                continue
        etype = entry.type
        if etype == "AGREE" and lemma in PROMISE and _promises_harm(tok, lex):
            etype = "THREATEN"  # "a promis de punir les émeutiers", "vowed to retaliate", "vowed retaliation"
        elif etype == "AGREE" and _agrees_to_resign(tok):
            etype = "CONCEDE"  # "a accepté de démissionner", "agreed to step down": the leader gives way
        if etype == "AID" and _aid_stopped(tok):
            etype = "SANCTION"  # "cesseraient de fournir certaines armes", "stopped supplying weapons"
        elif etype == "AID" and {c.lower_ for c in tok.children if c.dep_ in ("obj", "dobj")} & words("observer_nouns"):
            etype = "COOPERATE"  # "a proposé d'envoyer des observateurs": joint monitoring, not aid
        elif etype == "AID" and (_personnel_sent(tok) or _to_base(tok)):
            etype = "MOBILIZE"
        elif etype == "AID" and (_object_words(tok) & _WARSHIPS) and not _has_recipient(tok) \
                and not _object_words(tok) & words("relief_words"):  # round 13: "des navires chargés d'aide"
            etype = "MOBILIZE"  # "pourrait envoyer un porte-avions dans la région"
        found.append(Trigger(tok, head, entry, etype))
    return found
