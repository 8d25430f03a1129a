"""Modality of an event: asserted | possible | planned | conditional | negated.

Read from the trigger's clause: negation particles, "si/if" clauses, modal verbs ("pourrait",
"could"), future/conditional morphology ("déploierait", "will"). Denial verbs ("a nié") are
REJECT events in their own right and stay asserted: that is decided by the lexicon, not here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from worker.events.clause import misattached_conjunct
from worker.events.nominal import round_host

if TYPE_CHECKING:
    from spacy.tokens import Token

_NEG = frozenset({"pas", "jamais", "not", "n't", "never", "no", "aucun", "aucune", "guère", "nullement"})
# "ne … personne/rien/plus": negative words that need the "ne" to count.
_NE_WORDS = frozenset({"personne", "rien", "plus", "aucun", "aucune", "nul", "nulle"})
_COND_MARKS = frozenset({"si", "s'", "s’", "if", "unless", "should"})
_POSSIBLE_HEADS = frozenset({"pouvoir", "risquer", "envisager", "proposer", "offrir", "may", "might", "could", "can",
                             "consider", "offer",
                             # an act one declares oneself ready for is offered ("s'est dite prête à faciliter")
                             "prêt", "prête", "prêts", "prêtes", "disposé", "disposée", "disposés", "ready", "willing"})
_WEIGHING = frozenset({"envisager", "consider"})
_POSSIBLE_ADV = frozenset({"peut-être", "possiblement", "éventuellement", "perhaps", "possibly", "maybe"})
_POSSIBLE_AUX = frozenset({"could", "may", "might", "can"})
_PLANNED_HEADS = frozenset({
    "promettre", "promise", "pledge", "vow",
    "aller", "prévoir", "compter", "apprêter", "préparer", "projeter", "vouloir", "décider",
    "plan", "intend", "prepare", "go", "expect", "want", "decide", "aim",
    "due", "devoir",  # round 14: "is due to meet X on Friday", "doivent rencontrer jeudi le président"
})
_PLANNED_AUX = frozenset({"will", "would", "'ll", "shall", "wo"})
# Clause-linking relations that we climb to find a governing modal or negation.
_CONTROL = frozenset({"xcomp", "conj"})


def _negated(tok: Token) -> bool:
    kids = list(tok.children)
    if any(c.lower_ in ("ne", "n'", "n’") for c in kids) and any(
        c.lower_ in _NE_WORDS or any(g.lower_ in _NE_WORDS for g in c.children) for c in kids
    ):
        return True
    for c in kids:
        if c.dep_ in ("neg", "advmod") and (c.lower_ in _NEG or "Neg" in c.morph.get("Polarity")):
            if c.lower_ in ("ne", "n'", "n’"):
                continue  # "ne" alone is often expletive ("avant qu'il ne parte")
            return True
    return False


def _future_morph(tok: Token, language: str) -> bool:
    words = [tok, *(c for c in tok.children if c.dep_.startswith("aux"))]
    for w in words:
        if "Cnd" in w.morph.get("Mood") or "Fut" in w.morph.get("Tense"):
            return True
        if language == "fr" and w.lower_.endswith(("rait", "raient", "ront", "rons")):
            return True  # the model often tags conditional forms as imperfect
        if w.lower_ in _PLANNED_AUX:
            return True
    return False


_IF_WORDS = frozenset({"si", "if", "unless"})


def _if_below(tok: Token) -> bool:
    """"l'UE imposerait des sanctions si Moscou s'ingérait" parsed with the si-clause hung on a noun of the
    object: an if/si subordinator after the trigger inside its own phrase, followed by a verb, still makes the
    event conditional (the parse of the clause boundary is unreliable, the word order is not)."""
    own: list[Token] = []
    stack = [tok]
    while stack:  # the trigger's own phrase: not a coordinated or reported clause ("… and warned that … if …")
        cur = stack.pop()
        own.append(cur)
        stack += [c for c in cur.children if c.dep_ not in _OTHER_CLAUSE]
    return any(t.i > tok.i and t.lower_ in _IF_WORDS and t.dep_ == "mark" and any(
        v.pos_ in ("VERB", "AUX") and v.i > t.i for v in own) for t in own)


_OTHER_CLAUSE = frozenset({"conj", "cc", "ccomp", "parataxis", "csubj", "acl:relcl", "relcl", "xcomp"})
_RELATIVE = frozenset({"acl:relcl", "relcl"})


def _if_clause(c: Token) -> bool:
    return any(g.dep_ == "mark" and g.lower_ in _IF_WORDS for g in c.children)


def _if_next_to(tok: Token) -> bool:
    """An if/si clause right after the trigger's phrase that the parse hung elsewhere: on a noun of the object as
    a relative ("suspendrait le transit si de nouveaux actes se produisaient"), on the verb that reports the
    trigger ("a annoncé qu'il suspendrait ses achats si …") or on a reporting verb that follows ("pourrait
    suspendre la hausse si le calme revenait, a indiqué X"). A si-clause that starts where the trigger's phrase
    ends is its condition; the word order is more reliable than the attachment."""
    cut = [t for t in tok.subtree if t.dep_ in _RELATIVE and t.left_edge.lower_ in _IF_WORDS and t.left_edge.i > tok.i]
    if cut:
        return True  # a "relative" of the trigger's own phrase that opens with si/if is its condition
    end = tok.right_edge.i
    if end + 1 >= len(tok.doc):
        return False
    first = tok.doc[end + 1]
    if first.is_punct and end + 2 < len(tok.doc):
        first = tok.doc[end + 2]
    if first.lower_ not in _IF_WORDS or first.dep_ != "mark":
        return False
    clause = first.head
    if clause.dep_ != "advcl":
        return False
    gov = clause.head
    if gov.is_ancestor(tok):
        return True  # hung on the verb that reports or controls the trigger
    # hung on a reporting verb further right, itself hung on the trigger's clause (parataxis, or a mis-parse)
    return gov.pos_ in ("VERB", "AUX") and gov.i > clause.i and (gov.head.is_ancestor(tok) or gov.head.i == tok.i)


def _inverted_report(tok: Token) -> bool:
    """"Si X, Y frapperait, a averti Z" with the speech verb parsed as a conjunct of the clause it reports: after a
    comma and with no coordinator, it is the inverted reporting verb, and the reported clause lends it no mode."""
    if tok.dep_ not in ("conj", "parataxis") or tok.head.i >= tok.i or tok.left_edge.i == 0:
        return False
    if any(c.dep_ == "cc" for c in tok.children):
        return False
    return tok.doc[tok.left_edge.i - 1].lower_ == "," or tok.left_edge.lower_ == ","


def _main_after_if(t: Token) -> bool:
    """"Si de nouvelles attaques visaient les installations, l'Égypte pourrait suspendre …" parsed with the main
    clause as a relative of the si-clause's object: a "relative" with no relative word, after a comma, inside a
    si-clause is the main clause of that condition."""
    if t.dep_ not in _RELATIVE or t.left_edge.i == 0 or t.doc[t.left_edge.i - 1].lower_ != ",":
        return False
    if any("Rel" in c.morph.get("PronType") or c.lower_ in _RELATIVE_WORDS for c in t.subtree if c.i < t.i):
        return False
    return any(_if_clause(a) for a in t.ancestors)


_RELATIVE_WORDS = frozenset({"qui", "que", "qu'", "qu’", "dont", "où", "lequel", "laquelle", "which", "who", "whom",
                             "that", "whose", "where"})
_THREAT_VERBS = frozenset({"menacer", "avertir", "prévenir", "mettre", "threaten", "warn", "caution"})


def _if_before(tok: Token, chain: list[Token]) -> bool:
    """A si/if clause before the trigger, on the trigger or a verb that controls it ("Si la situation se
    dégradait, la Géorgie pourrait saisir le Conseil de sécurité"): the act itself is conditional, even for a
    request. A threat or a speech verb with a content clause keeps its own mode ("Si X, nous riposterons, a
    averti Y")."""
    if tok.lemma_.lower() in _THREAT_VERBS or any(c.dep_ in ("ccomp", "parataxis") for c in tok.children):
        return False
    return any(c.dep_ == "advcl" and c.i < tok.i and _if_clause(c) for t in chain for c in t.children)


def _chain(tok: Token, limit: int = 3) -> list[Token]:
    """The trigger and the verbs that control it ("pourrait [se rendre]", "vont [assurer]")."""
    out = [tok]
    cur = tok
    for _ in range(limit):
        own_subject = any(c.dep_.startswith("nsubj") for c in cur.children)
        if cur.dep_ == "conj" and own_subject:
            break  # "France offered to help, but Rabat accepted": the second clause has its own mode
        if cur.dep_ == "conj" and cur.head.head.i != cur.head.i and misattached_conjunct(cur):
            # round 17: "a promis de ne pas A et s'est engagé à B": a finite verb hung on the infinitive is
            # coordinated with the governing verb, out of the infinitive's negation
            cur = cur.head.head
            out.append(cur)
        elif cur.dep_ in _CONTROL and cur.head.i != cur.i:
            cur = cur.head
            out.append(cur)
        else:
            break
    return out


def _rules_out(tok: Token) -> bool:
    """"rule out", "exclure": a verb that sets its complement aside."""
    lemma = tok.lemma_.lower()
    return lemma == "exclure" or (lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children))


def _not_ruled_out(chain: list[Token]) -> bool:
    """"did not rule out releasing the crew", "n'a pas exclu de lever les sanctions": an act kept open is
    possible, not negated (a plain "ruled out stepping down" stays negated)."""
    return any(_rules_out(t) and _negated(t) for t in chain[1:])


_PLAN_WORDS = frozenset({"plan", "plans", "intention", "intentions", "intent", "projet", "projets"})


def _no_plan(tok: Token) -> bool:
    """"had no plans to send troops", "n'a aucune intention d'intervenir", "n'a pas l'intention de …": an act
    planned by nobody is negated."""
    noun = tok.head
    if tok.dep_ not in ("acl", "xcomp") or noun.pos_ != "NOUN" or noun.lower_ not in _PLAN_WORDS or noun.i > tok.i:
        return False
    if any(c.dep_ == "det" and c.lower_ in ("no", "aucun", "aucune") for c in noun.children):
        return True
    return noun.head.i != noun.i and noun.head.pos_ in ("VERB", "AUX") and _negated(noun.head)


def _negation_scope(chain: list[Token]) -> list[Token]:
    """The verbs of the chain whose negation reaches the trigger: round 15, a conjunct with a modal of its own
    ("ne signera pas l'accord et pourrait rompre les liens") is out of the first verb's negation."""
    out: list[Token] = []
    for t in chain:
        out.append(t)
        if t.dep_ == "conj" and (t.lemma_.lower() in _POSSIBLE_HEADS or any(
                c.dep_.startswith("aux") and c.lower_ in _POSSIBLE_AUX for c in t.children)):
            break
        if t.dep_ == "conj" and _full_clause(t):
            break  # "said it had not withdrawn any troops and dismissed reports …": a verb of its own tense
    return out


def _full_clause(t: Token) -> bool:
    """A conjunct that carries its own tense (a finite verb, or an auxiliary of its own), so no negation of the
    first verb reaches it ("n'ont pas tiré et démentent", "did not sign and refused"; "did not sign or ratify"
    shares the first verb's "did not")."""
    if t.tag_ in ("VBD", "VBZ", "VBP") or (t.lang_ == "fr" and "Fin" in t.morph.get("VerbForm")):
        return True
    return any(c.dep_ in ("aux", "aux:tense") and c.lower_ != "to" for c in t.children)


def detect_mode(tok: Token, language: str, future_time: bool = False, own_clause_only: bool = False) -> str:
    """Mode of the event whose clause head is `tok` (the verb, or the light verb of a noun trigger).

    own_clause_only: for speech acts (threats, requests), an if-clause below the verb belongs to
    the content ("a menacé d’intervenir si…"), so it does not make the act itself conditional.
    """
    if tok.pos_ in ("NOUN", "PROPN"):
        tok = round_host(tok)  # "the next round of talks will be held in Oslo": the round is the subject
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") and tok.head.i != tok.i:
        # round 10: a nominal subject takes its verb's mode ("talks are expected to open": planned, through the
        # infinitive that the expectation controls)
        tok = next((c for c in tok.head.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), tok.head)
    chain = [tok] if own_clause_only and _inverted_report(tok) else _chain(tok)
    # Only a threat or warning keeps its own mode whatever its content: a call, a request or a complaint with no
    # verb of content ("a appelé à une grève si …", "pourrait saisir la Cour si …") is made on that condition.
    own_clause_only = own_clause_only and (tok.lemma_.lower() in _THREAT_VERBS or any(
        c.dep_ in ("xcomp", "ccomp") for c in tok.children))
    if any(c.dep_ == "mark" and c.lower_ in _IF_WORDS for c in tok.children):
        return "conditional"  # "si le président ne démissionnait pas": the negation belongs to the condition
    if _not_ruled_out(chain):
        return "possible"
    if any(_negated(t) for t in _negation_scope(chain)) or _no_plan(tok):
        return "negated"
    for t in chain:
        for c in t.children:
            if c.dep_ == "mark" and c.lower_ in _COND_MARKS:
                return "conditional"
        if t.dep_ == "advcl" and any(c.lower_ in _COND_MARKS for c in t.children if c.dep_ == "mark"):
            return "conditional"
        # Main clause of a conditional: "la France imposerait des sanctions si la Russie attaquait".
        for c in ([] if own_clause_only else t.children):
            if c.dep_ in ("advcl", "xcomp", "ccomp", "conj", "acl") and any(
                g.lower_ in _COND_MARKS for g in c.children if g.dep_ == "mark"
            ):
                return "conditional"
    if not own_clause_only and (_if_below(tok) or _if_next_to(tok)):
        return "conditional"
    if not own_clause_only and any((t.dep_ == "advcl" and t.head.i < t.i and _if_clause(t.head)) or _main_after_if(t)
                                   for t in chain):
        return "conditional"  # "Si X, l'organisation pourrait imposer des sanctions" hung below the si-clause
    if own_clause_only and _if_before(tok, chain):
        return "conditional"
    # round 14: a verb coordinated with the trigger is no controller of it ("a promis A et annoncé B": B is
    # asserted); only verbs reached through a complement ("a promis de A") lend their mode
    controllers = [t for k, t in enumerate(chain) if k > 0 and chain[k - 1].dep_ != "conj"]
    if tok.lemma_.lower() in _WEIGHING:
        return "possible"  # round 19: the light verb of "would consider sanctions", "envisage des sanctions"
    for t in controllers:
        if t.lemma_.lower() in _POSSIBLE_HEADS or t.lower_ in _POSSIBLE_HEADS:
            return "possible"
    for t in chain:
        for c in t.children:
            if c.dep_.startswith("aux") and c.lower_ in _POSSIBLE_AUX:
                return "possible"
            if c.dep_ == "advmod" and c.lower_ in _POSSIBLE_ADV:
                return "possible"
    for t in controllers:
        if t.lemma_.lower() in _PLANNED_HEADS:
            return "planned"
    for t in chain:
        for c in t.children:
            if c.dep_.startswith("aux") and c.lemma_.lower() == "aller":
                return "planned"  # "ils vont assurer"
    if any(_future_morph(t, language) for t in chain) or future_time:
        return "planned"
    return "asserted"
