"""Modality of an event: asserted | possible | planned | conditional | negated.

Read from the trigger's clause: negation particles, "si/if" clauses, modal verbs ("pourrait",
"could"), future/conditional morphology ("déploierait", "will"). Denial verbs ("a nié") are
REJECT events in their own right and stay asserted: that is decided by the lexicon, not here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from worker.events.clause import misattached_conjunct

if TYPE_CHECKING:
    from spacy.tokens import Token

_NEG = frozenset({"pas", "jamais", "not", "n't", "never", "no", "aucun", "aucune", "guère", "nullement"})
# "ne … personne/rien/plus": negative words that need the "ne" to count.
_NE_WORDS = frozenset({"personne", "rien", "plus", "aucun", "aucune", "nul", "nulle"})
_COND_MARKS = frozenset({"si", "s'", "s’", "if", "unless", "should"})
_POSSIBLE_HEADS = frozenset({"pouvoir", "risquer", "envisager", "proposer", "offrir", "may", "might", "could", "can",
                             "consider", "offer"})
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


def _negation_scope(chain: list[Token]) -> list[Token]:
    """The verbs of the chain whose negation reaches the trigger: round 15, a conjunct with a modal of its own
    ("ne signera pas l'accord et pourrait rompre les liens") is out of the first verb's negation."""
    out: list[Token] = []
    for t in chain:
        out.append(t)
        if t.dep_ == "conj" and (t.lemma_.lower() in _POSSIBLE_HEADS or any(
                c.dep_.startswith("aux") and c.lower_ in _POSSIBLE_AUX for c in t.children)):
            break
    return out


def detect_mode(tok: Token, language: str, future_time: bool = False, own_clause_only: bool = False) -> str:
    """Mode of the event whose clause head is `tok` (the verb, or the light verb of a noun trigger).

    own_clause_only: for speech acts (threats, requests), an if-clause below the verb belongs to
    the content ("a menacé d’intervenir si…"), so it does not make the act itself conditional.
    """
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") and tok.head.i != tok.i:
        # round 10: a nominal subject takes its verb's mode ("talks are expected to open": planned, through the
        # infinitive that the expectation controls)
        tok = next((c for c in tok.head.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), tok.head)
    chain = _chain(tok)
    if any(c.dep_ == "mark" and c.lower_ in _IF_WORDS for c in tok.children):
        return "conditional"  # "si le président ne démissionnait pas": the negation belongs to the condition
    if any(_negated(t) for t in _negation_scope(chain)):
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
    if not own_clause_only and _if_below(tok):
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
