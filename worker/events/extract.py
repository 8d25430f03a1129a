"""Event extraction: parsed sentences in, JSON-ready PLOVER event records out (no Kafka here).

For each sentence: find triggers (triggers.py), then walk the dependency tree around each one
for its source (subject), target (object/oblique), place, time, quantities, mode and the
speaker of a reporting verb. Events repeated in the article (same type, source and target)
are merged into one record with several mentions.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from worker.events.actors import (
    Mention,
    demonym_country,
    find_actors,
    find_places,
    is_pronoun,
    military_nouns,
    sports_disaster_cues,
)
from worker.events.lexicon import Lexicon, load_lexicon
from worker.events.mode import detect_mode
from worker.events.quantities import Quantity, find_quantities, json_number
from worker.events.timex import TimeExpr, find_times
from worker.events.triggers import Trigger, find_triggers
from worker.events.types import ArticleMeta, ParsedSentence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SCHEMA_VERSION = 1
_SUBJ = ("nsubj", "expl:subj")
_PASS_SUBJ = ("nsubj:pass", "nsubjpass")
_AGENT_PREPS = frozenset({"par", "by"})
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "acl:relcl", "relcl", "parataxis", "csubj", "acl"})
_TARGET_PREPS = frozenset({"à", "au", "aux", "avec", "contre", "sur", "vers", "auprès", "envers", "with",
                           "against", "on", "to", "at", "toward", "towards", "into", "de", "d'", "d’", "du",
                           "from", "of", "for", "pour"})
_LOC_PREPS = frozenset({"en", "à", "au", "aux", "dans", "vers", "sur", "in", "into", "to", "at", "near",
                        "around", "across", "toward", "towards", "inside", "throughout", "within", "outside"})
_LOC_BEFORE_DE = frozenset({"près", "autour", "long", "proximité", "large", "côté", "sein"})
_LOC_FROM_A = frozenset({"MOBILIZE", "ASSAULT", "PROTEST", "CONSULT", "RETREAT", "COERCE"})
_SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
_NO_ACTOR_OK = frozenset({"MOBILIZE", "PROTEST", "ASSAULT", "RETREAT"})
# Events inside the complement of these are only alleged/requested: "accusent Moscou de masser…".
_EMBEDDING_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN"})
_OFFICIALS = frozenset({"responsable", "responsables", "officiel", "officiels", "diplomate", "diplomates",
                        "porte-parole", "ministre", "official", "officials", "diplomats", "diplomat",
                        "spokesman", "spokeswoman", "spokesperson", "minister"})
_ACCORDING = frozenset({"selon", "according", "d'après", "d’après"})
_FUTURE_TIME = ("prochain", "prochaine", "next", "demain", "tomorrow", "prochains", "prochaines", "coming",
                "court terme", "near term", "soon")


@dataclass
class _Actor:
    text: str
    normalized: str | None
    country: str | None
    role: str | None
    start: int  # sentence-relative
    end: int
    rule: str
    tokens: tuple[int, int] = (-1, -1)

    def json(self, base: int) -> dict[str, Any]:
        return {"text": self.text, "normalized": self.normalized, "country": self.country, "role": self.role,
                "start": base + self.start, "end": base + self.end}

    @property
    def key(self) -> str | None:
        return self.normalized or (self.text.lower() if self.text else None)


@dataclass
class _Sent:
    ps: ParsedSentence
    doc: Doc
    lang: str
    lex: Lexicon
    actors: list[Mention]
    places: list[Mention]
    quantities: list[Quantity]
    times: list[TimeExpr]
    prev_subject: _Actor | None
    trigger_heads: dict[int, Trigger] = field(default_factory=dict)


def _from_mention(m: Mention, rule: str) -> _Actor:
    role = m.role
    if m.is_place:  # a country named as an actor is the state
        role = "state" if m.role == "country" else "government"
    return _Actor(m.text, m.normalized, m.country, role, m.start, m.end, rule, (m.tok_start, m.tok_end))


def _np_tokens(tok: Token) -> list[Token]:
    """The noun phrase of `tok` without clauses, conjuncts or appositions hanging off it."""
    keep = [tok]
    for c in tok.children:
        if c.dep_ in ("det", "amod", "compound", "flat:name", "flat", "nummod", "case", "nmod:poss", "poss"):
            keep.extend(c.subtree)
    return sorted(keep, key=lambda t: t.i)


def _actor_for(tok: Token, s: _Sent, rule: str, exclude: set[str] | None = None) -> _Actor | None:
    """Dictionary actor at or under `tok` (nearest to it), else an unnamed actor with a demonym."""
    exclude = exclude or set()
    cands = [m for m in s.actors if m.normalized not in exclude]
    for m in cands:
        if m.covers(tok):
            return _from_mention(m, rule)
    sub = {t.i for t in _limited_subtree(tok)}
    inside = [m for m in cands if m.tok_start in sub]
    if inside:
        best = min(inside, key=lambda m: abs(m.tok_start - tok.i))
        return _from_mention(best, rule)
    if tok.pos_ in ("NOUN", "PROPN") and not is_pronoun(tok):
        np = _np_tokens(tok)
        country = None
        for t in np:
            country = country or demonym_country(t.lower_)
        words = {t.lower_ for t in np}
        role = "official" if tok.lower_ in _OFFICIALS else "military" if tok.lower_ in military_nouns() else None
        if country is not None and (role is not None or tok.pos_ == "PROPN"):
            start, end = np[0].idx, np[-1].idx + len(np[-1].text)
            while np and np[0].dep_ in ("det", "case"):
                np = np[1:]
            start = np[0].idx if np else start
            return _Actor(s.doc.text[start:end], _country_name(country), country, role, start, end,
                          rule + ".demonym", (np[0].i if np else tok.i, tok.i + 1))
        _ = words
    return None


_COUNTRY_NAMES: dict[str, str] = {}


def _country_name(code: str) -> str | None:
    if not _COUNTRY_NAMES:
        from worker.events.lexicon import load_json

        for p in load_json("places.json")["places"]:
            if p["kind"] == "country" and p["country"]:
                _COUNTRY_NAMES.setdefault(p["country"], p["normalized"])
    return _COUNTRY_NAMES.get(code)


def _limited_subtree(tok: Token) -> list[Token]:
    """Subtree of `tok` without embedded clauses (their actors belong to other events)."""
    out: list[Token] = []
    stack = [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if c.dep_ in _CLAUSE_DEPS or (c.pos_ in ("VERB", "AUX") and c.dep_ in ("xcomp", "conj", "advcl")):
                continue
            stack.append(c)
    return out


def _subject_token(head: Token) -> tuple[Token | None, str]:
    """Grammatical subject of the clause of `head`, climbing control/coordination links."""
    cur = head
    for depth in range(4):
        for c in cur.children:
            if c.dep_ in _SUBJ:
                return c, "nsubj" if depth == 0 else "nsubj.inherited"
        if cur.dep_ in ("xcomp", "conj") and cur.head is not cur:
            cur = cur.head
            continue
        if cur.dep_ == "acl" and "Part" in cur.morph.get("VerbForm") and "Past" not in cur.morph.get("Tense"):
            return cur.head, "acl-head"
        if cur.dep_ == "acl" and "Fin" in cur.morph.get("VerbForm"):
            return cur.head, "acl-head"  # misparse of "X et leurs alliés accusent": subject is the noun
        break
    return None, ""


def _passive_parts(head: Token) -> tuple[Token | None, Token | None]:
    """(patient, agent) of a passive clause: "X a été attaqué par Y"."""
    patient = next((c for c in head.children if c.dep_ in _PASS_SUBJ), None)
    agent = None
    for c in head.children:
        if c.dep_ in ("obl:agent", "agent"):
            agent = next((g for g in c.children if g.dep_ == "pobj"), c)
        elif c.dep_.startswith("obl") and any(g.lower_ in _AGENT_PREPS for g in c.children if g.dep_ == "case"):
            agent = c
    return patient, agent


def _preposition(tok: Token) -> str | None:
    for c in tok.children:
        if c.dep_ == "case":
            return c.lower_
    if tok.dep_ == "pobj":
        return tok.head.lower_
    return None


def _target(trig: Trigger, s: _Sent, source: _Actor | None) -> tuple[_Actor | None, list[_Actor]]:
    """Target actor (obj first, then obliques), and places that were read as targets."""
    exclude = {source.normalized} if source and source.normalized else set()
    heads = [trig.token] if trig.token is trig.head else [trig.token, trig.head]
    ordered: list[Token] = []
    for h in heads:
        kids = [c for c in h.children if c is not trig.token]
        ordered += [c for c in kids if c.dep_ in ("obj", "dobj", "iobj", "dative", "nsubj:pass", "nsubjpass")]
        ordered += [c for c in kids if c.dep_.startswith(("obl", "nmod", "xcomp"))
                    and c.pos_ in ("NOUN", "PROPN", "PRON")]
        for c in kids:  # English prepositions: "talked with Macron"
            if c.dep_ in ("prep", "agent") and c.lower_ not in ("by",):
                ordered += [g for g in c.children if g.dep_ == "pobj"]
    for c in ordered:
        prep = _preposition(c)
        visit = "loc_target" in trig.entry.constraints and prep in ("en", "in", "dans", "à", "au", "aux", "to")
        if c.dep_.startswith(("obl", "nmod")) and prep is not None and prep not in _TARGET_PREPS and not visit:
            continue
        if prep in _AGENT_PREPS and c.dep_ != "nsubj:pass":
            continue
        actor = _actor_for(c, s, "target." + c.dep_, exclude)
        if actor is None:
            continue
        if _is_location_use(actor, trig, s) and "loc_target" not in trig.entry.constraints:
            continue
        return actor, []
    return None, []


def _is_location_use(actor: _Actor, trig: Trigger, s: _Sent) -> bool:
    """A place introduced by a locative preposition ("en Pologne") is where, not whom."""
    if actor.tokens[0] < 0:
        return False
    if not any(p.tok_start == actor.tokens[0] for p in s.places):
        return False
    prev = _prev_word(s.doc, actor.tokens[0])
    if prev is None:
        return False
    if prev.lower_ in ("en", "in", "into", "dans", "near", "around", "inside"):
        return True
    return prev.lower_ in ("à", "au", "aux", "to", "at") and trig.type in _LOC_FROM_A


def _prev_word(doc: Doc, i: int) -> Token | None:
    j = i - 1
    while j >= 0 and doc[j].pos_ == "DET" and doc[j].lower_ not in ("au", "aux", "du", "des"):
        j -= 1
    return doc[j] if j >= 0 else None


def _region(trig: Trigger) -> set[int]:
    """Token indices that belong to the event's clause (for places, quantities, times)."""
    toks = set(t.i for t in _limited_subtree(trig.head))
    toks.update(t.i for t in _limited_subtree(trig.token))
    return toks


def _locations(trig: Trigger, s: _Sent, region: set[int], source: _Actor | None,
               target: _Actor | None) -> list[Mention]:
    out: list[Mention] = []
    for p in s.places:
        if p.tok_start not in region:
            continue
        prev = _prev_word(s.doc, p.tok_start)
        if prev is None:
            continue
        word = prev.lower_
        ok = word in _LOC_PREPS and (word not in ("à", "au", "aux", "to", "at", "sur", "vers", "toward", "towards")
                                     or trig.type in _LOC_FROM_A)
        if word in ("de", "d'", "d’", "du", "des", "of"):
            before = _prev_word(s.doc, prev.i)
            ok = before is not None and before.lower_ in _LOC_BEFORE_DE
        if not ok and trig.type in ("ASSAULT", "CONSULT") and s.doc[p.tok_start].dep_ in ("obj", "dobj") \
                and s.doc[p.tok_start].head is trig.head:
            ok = p.role in ("city", "capital", "region") or "loc_target" in trig.entry.constraints
        if not ok:
            continue
        is_actor = any(a is not None and a.tokens[0] == p.tok_start for a in (source, target))
        if is_actor and "loc_target" not in trig.entry.constraints and trig.type not in ("ASSAULT",):
            continue
        out.append(p)
    return out


def _speaker_of(verb: Token, s: _Sent) -> _Actor | None:
    for c in verb.children:
        if c.dep_ in _SUBJ and not is_pronoun(c):
            a = _actor_for(c, s, "reported_by.nsubj")
            if a:
                return a
    for c in verb.children:  # inverted "a déclaré la Maison Blanche" is often parsed as obj
        if c.dep_ in ("obj", "dobj", "nsubj", "obl:arg") and c.i > verb.i:
            a = _actor_for(c, s, "reported_by.inverted")
            if a:
                return a
    for c in verb.children:
        if c.dep_ in _SUBJ and is_pronoun(c):
            return _resolve_pronoun(c, s, None)
    return None


def _reported_by(trig: Trigger, s: _Sent) -> tuple[_Actor | None, Token | None]:
    """Speaker of a reporting verb governing the event, and that verb (for time fall-back)."""
    report = s.lex.report
    if trig.token is not trig.head and trig.head.lemma_.lower() in ("annoncer", "announce"):
        return _speaker_of(trig.head, s), trig.head
    cur = trig.head
    for _ in range(4):
        if cur.dep_ in ("ccomp", "xcomp", "conj", "advcl", "parataxis") and cur.head is not cur:
            h = cur.head
            if h.lemma_.lower() in report and cur.dep_ in ("ccomp", "xcomp") and h.i not in s.trigger_heads:
                return _speaker_of(h, s), h
            cur = h
        else:
            break
    # Inverted report: "…, a déclaré la Maison Blanche" / "…, said Kirby" hangs below the event verb
    # or below the sentence root.
    roots = [trig.head, cur, *[t for t in s.doc if t.dep_ == "ROOT"]]
    for r in roots:
        for c in r.children:
            if c.dep_ in ("parataxis", "advcl", "conj", "ccomp") and c.lemma_.lower() in report \
                    and c.i > trig.token.i and not any(g.dep_ in ("ccomp",) for g in c.children):
                a = _speaker_of(c, s)
                if a:
                    return a, c
        if r.dep_ == "ROOT" and r.lemma_.lower() in report and r.i > trig.token.i:
            a = _speaker_of(r, s)
            if a:
                return a, r
    for t in s.doc:
        if t.lower_ in _ACCORDING:
            after = [m for m in s.actors if m.tok_start > t.i]
            if after and after[0].tok_start - t.i <= 4:
                return _from_mention(after[0], "reported_by.according"), None
            np = [x for x in t.doc[t.i + 1 : min(len(t.doc), t.i + 5)] if x.pos_ in ("DET", "NOUN", "ADP")]
            nouns = [x for x in np if x.pos_ == "NOUN"]
            if nouns:
                n = nouns[0]
                first = np[0]
                text = s.doc.text[first.idx : n.idx + len(n.text)]
                if first.lower_ == "to":
                    text = s.doc.text[np[1].idx : n.idx + len(n.text)] if len(np) > 1 else n.text
                return _Actor(text, None, None, None, s.doc.text.find(text), s.doc.text.find(text) + len(text),
                              "reported_by.according"), None
    return None, None


def _resolve_pronoun(tok: Token, s: _Sent, avoid: str | None) -> _Actor | None:
    """il/elle/they → speaker of the governing report verb, else the nearest earlier actor in the
    sentence, else the previous sentence's subject. Deliberately simple (no agreement checks)."""
    cur = tok.head
    for _ in range(4):
        if cur.dep_ in ("ccomp",) and cur.head.lemma_.lower() in s.lex.report:
            sp = None
            for c in cur.head.children:
                if c.dep_ in _SUBJ and c is not tok and not is_pronoun(c):
                    sp = _actor_for(c, s, "source.pronoun-speaker")
            if sp is None:
                for c in cur.head.children:
                    if c.dep_ in ("obj", "nsubj") and c.i > cur.head.i:
                        sp = _actor_for(c, s, "source.pronoun-speaker")
            if sp:
                return sp
            break
        if cur.dep_ in ("xcomp", "conj", "ccomp") and cur.head is not cur:
            cur = cur.head
        else:
            break
    before = [m for m in s.actors if m.tok_end <= tok.i and m.normalized != avoid]
    if before:
        return _from_mention(before[-1], "source.pronoun-antecedent")
    if s.prev_subject is not None:
        a = s.prev_subject
        return _Actor(a.text, a.normalized, a.country, a.role, -1, -1, "source.pronoun-previous")
    return None


def _source(trig: Trigger, s: _Sent) -> tuple[_Actor | None, str]:
    head = trig.head
    patient, agent = _passive_parts(head)
    if patient is not None:
        return (_actor_for(agent, s, "source.agent") if agent is not None else None), "agent"
    subj, rule = _subject_token(head)
    if subj is not None:
        if is_pronoun(subj):
            return _resolve_pronoun(subj, s, None), "pronoun"
        a = _actor_for(subj, s, "source." + rule)
        if a is not None:
            return a, rule
        if rule == "acl-head" and subj.dep_ == "conj":
            a = _actor_for(subj.head, s, "source.acl-conj-head")
            if a is not None:
                return a, rule
        return None, rule
    # No subject in the parse (fragments, misparsed quotes): nearest dictionary actor before the
    # trigger in the same sentence.
    before = [m for m in s.actors if m.tok_end <= trig.token.i]
    if before:
        return _from_mention(before[0] if len(before) == 1 else before[-1], "source.nearest-left"), "nearest"
    return None, ""


def _embedded_in_other(trig: Trigger, s: _Sent) -> bool:
    cur = trig.head
    for _ in range(5):
        if cur.head is cur:
            return False
        if cur.dep_ in ("ROOT", "parataxis"):
            return False
        cur = cur.head
        other = s.trigger_heads.get(cur.i)
        if other is not None and other.type in _EMBEDDING_TYPES:
            return True
        if cur.lemma_.lower() in s.lex.report:
            return False
    return False


def _event_id(article_id: str, ps: ParsedSentence, etype: str, start: int, text: str) -> str:
    key = "\x1f".join([article_id, str(ps.paragraph), str(ps.sentence), etype, str(start), text])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def _build(trig: Trigger, s: _Sent, article: ArticleMeta) -> dict[str, Any] | None:
    ps, doc = s.ps, s.doc
    base = ps.start
    source, src_rule = _source(trig, s)
    target, _ = _target(trig, s, source)
    if target is None and trig.type in _SYMMETRIC:
        target = _symmetric_partner(trig, s, source)
    if source is not None and target is not None and source.key == target.key:
        target = None
    region = _region(trig)
    places = _locations(trig, s, region, source, target)
    quants = [q for q in s.quantities if _tok_at(doc, q.start) in region]
    report_actor, report_verb = _reported_by(trig, s)
    times = [t for t in s.times if _tok_at(doc, t.start) in region]
    time_of_report = False
    if not times and report_verb is not None:
        time_of_report = True
        rv_region = {t.i for c in report_verb.children if c.dep_ not in _CLAUSE_DEPS for t in c.subtree}
        times = [t for t in s.times if _tok_at(doc, t.start) in rv_region]
    if not times and trig.head.dep_ == "ROOT":
        times = [t for t in s.times if _tok_at(doc, t.start) < trig.token.i and doc[_tok_at(doc, t.start)].head
                 is trig.head]
    future_time = any(w in t.text.lower() for t in times for w in _FUTURE_TIME)
    mode = detect_mode(trig.head, s.lang, future_time)

    # Hard negatives: a sports score or a storm "crushes"/"hits" nobody in the PLOVER sense.
    if trig.type == "ASSAULT":
        cue = any(t.lower_ in sports_disaster_cues() or t.text in sports_disaster_cues() for t in doc)
        named = [a for a in (source, target) if a is not None and a.normalized is not None]
        if not named or (cue and (source is None or source.normalized is None)):
            return None
    if source is None and target is None:
        mil = any(doc[i].lower_ in military_nouns() for i in region)
        if trig.type not in _NO_ACTOR_OK or not (quants or places or mil):
            return None

    if source is not None and source.start < 0:  # antecedent from the previous sentence: no offsets here
        src_json = source.json(0)
        src_json["start"] = src_json["end"] = None
    else:
        src_json = source.json(base) if source else None
    tok = trig.token
    seen_loc: set[str] = set()
    locations = []
    for p in places:
        if p.normalized in seen_loc:
            continue
        seen_loc.add(p.normalized)
        locations.append({"text": p.text, "normalized": p.normalized, "country": p.country,
                          "start": base + p.start, "end": base + p.end})
    time_json = None
    if times:
        t = sorted(times, key=lambda x: x.kind == "vague")[0]  # a date beats "dans les prochains jours"
        future = mode == "planned" and not time_of_report  # "Mercredi, X a annoncé qu'il ferait": past
        time_json = {"text": t.text, "resolved": t.resolve(article.published_at, future=future),
                     "start": base + t.start, "end": base + t.end}
    confidence = 0.5
    confidence += 0.2 if source is not None and source.normalized else 0.0
    confidence += 0.1 if target is not None else 0.0
    confidence += 0.1 if src_rule in ("nsubj", "agent") else 0.0
    confidence += 0.05 if places or quants else 0.0
    confidence -= 0.15 if src_rule == "nearest" else 0.0
    rep_json = None
    if report_actor is not None:
        rep_json = report_actor.json(base)
        if report_actor.start < 0:
            rep_json["start"] = rep_json["end"] = None
    places_list = [{"paragraph": ps.paragraph, "sentence": ps.sentence}]
    places_list += [{"paragraph": p, "sentence": si} for p, si in ps.also_at]
    return {
        "record_type": "event",
        "schema_version": SCHEMA_VERSION,
        "id": _event_id(article.id, ps, trig.type, base + tok.idx, tok.text),
        "article_id": article.id,
        "language": s.lang,
        "type": trig.type,
        "trigger": {"text": tok.text, "lemma": tok.lemma_.lower(), "start": base + tok.idx,
                    "end": base + tok.idx + len(tok.text)},
        "actors": {"source": src_json, "target": target.json(base) if target else None},
        "location": locations,
        "time": time_json,
        "quantities": [{"text": q.text, "value": json_number(q.value), "unit": q.unit, "counted": q.counted,
                        "start": base + q.start, "end": base + q.end} for q in quants],
        "mode": mode,
        "reported_by": rep_json,
        "sentence": {"text": doc.text, "paragraph": ps.paragraph, "index": ps.sentence, "start": base,
                     "end": base + len(doc.text)},
        "mentions": {"count": len(places_list), "places": places_list},
        "provenance": {"rule": f"{s.lang}.{trig.entry.kind}.{src_rule or 'nosubj'}",
                       "lexicon_entry": trig.entry.key, "confidence": round(min(confidence, 0.95), 2)},
    }


def _symmetric_partner(trig: Trigger, s: _Sent, source: _Actor | None) -> _Actor | None:
    """"Biden et Macron ont discuté": the second conjunct is the other party."""
    subj, _ = _subject_token(trig.head)
    if subj is None:
        return None
    exclude = {source.normalized} if source and source.normalized else set()
    for t in subj.subtree:
        if t.dep_ == "conj":
            a = _actor_for(t, s, "target.conj", exclude)
            if a is not None:
                return a
    others = [m for m in s.actors if m.tok_start in {t.i for t in subj.subtree} and m.normalized not in exclude]
    return _from_mention(others[0], "target.conj") if others else None


def _tok_at(doc: Doc, char: int) -> int:
    for t in doc:
        if t.idx <= char < t.idx + len(t.text) or t.idx >= char:
            return t.i
    return len(doc) - 1


def _sentence_subject(s: _Sent) -> _Actor | None:
    for t in s.doc:
        if t.dep_ == "ROOT":
            for c in t.children:
                if c.dep_ in _SUBJ and not is_pronoun(c):
                    return _actor_for(c, s, "subject")
    return None


def _merge(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per (type, source, target): later mentions add places, locations, quantities."""
    out: list[dict[str, Any]] = []
    index: dict[tuple[str, str | None, str | None], dict[str, Any]] = {}
    for ev in events:
        src = ev["actors"]["source"]
        tgt = ev["actors"]["target"]
        sk = src["normalized"] if src else None
        tk = tgt["normalized"] if tgt else None
        if sk is None and tk is None:
            out.append(ev)
            continue
        key = (ev["type"], sk, tk)
        first = index.get(key)
        if first is None:
            index[key] = ev
            out.append(ev)
            continue
        places = first["mentions"]["places"]
        for p in ev["mentions"]["places"]:
            if p not in places:
                places.append(p)
        first["mentions"]["count"] = len(places)
        known = {loc["normalized"] for loc in first["location"]}
        first["location"] += [loc for loc in ev["location"] if loc["normalized"] not in known]
        qk = {(q["value"], q["unit"]) for q in first["quantities"]}
        first["quantities"] += [q for q in ev["quantities"] if (q["value"], q["unit"]) not in qk]
        if first["time"] is None:
            first["time"] = ev["time"]
        if first["reported_by"] is None:
            first["reported_by"] = ev["reported_by"]
    return out


def extract_events(article: ArticleMeta, sentences: Sequence[ParsedSentence]) -> list[dict[str, Any]]:
    """PLOVER events of one article, as JSON-ready dicts valid against schemas/event.schema.json."""
    lang = (article.language or "en")[:2].lower()
    lex = load_lexicon(lang)
    events: list[dict[str, Any]] = []
    prev_subject: _Actor | None = None
    for ps in sentences:
        doc = ps.doc
        s = _Sent(ps, doc, lang, lex, find_actors(doc), find_places(doc), find_quantities(doc.text, lang),
                  find_times(doc.text), prev_subject)
        triggers = find_triggers(list(doc), lex)
        s.trigger_heads = {t.head.i: t for t in triggers}
        for trig in triggers:
            if _embedded_in_other(trig, s):
                continue
            ev = _build(trig, s, article)
            if ev is not None:
                events.append(ev)
        prev_subject = _sentence_subject(s) or prev_subject
    return _merge(events)
