"""Find actor and place mentions in a parsed sentence with the dictionaries in data/.

Matching is on surface strings (not on NER labels): the French model tags "Macron" as ADV and
"Moscou" as LOC, so dictionary look-up is more reliable than entity types for a closed set of
actors. Aliases starting with a capital are matched case-sensitively ("UE", "US" must not match
"ue", "us"); lower-case aliases ("président américain") ignore case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from worker.events.lexicon import load_json

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_APOS = str.maketrans({"’": "'", "‘": "'", "`": "'"})


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor or place mention; offsets are relative to the sentence text."""

    start: int
    end: int
    tok_start: int
    tok_end: int  # exclusive
    text: str
    normalized: str
    country: str | None
    role: str  # actor role, or the place kind (country, capital, city, region)
    is_place: bool

    def covers(self, token: Token) -> bool:
        return self.tok_start <= token.i < self.tok_end


@dataclass(frozen=True, slots=True)
class _Entry:
    normalized: str
    country: str | None
    role: str
    is_place: bool


def _compile(aliases: dict[str, _Entry]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """Two alternations (case-sensitive, case-insensitive), longest alias first."""
    sens = sorted((a for a in aliases if not a[:1].islower()), key=len, reverse=True)
    insens = sorted((a for a in aliases if a[:1].islower()), key=len, reverse=True)

    def build(items: list[str], flags: int) -> re.Pattern[str] | None:
        if not items:
            return None
        alt = "|".join(re.escape(a) for a in items)
        return re.compile(rf"(?<![\w])(?:{alt})(?![\w])", flags)

    return build(sens, 0), build(insens, re.IGNORECASE)


@cache
def _tables() -> dict[str, Any]:
    actors = load_json("actors.json")
    places = load_json("places.json")["places"]
    actor_aliases: dict[str, _Entry] = {}
    place_aliases: dict[str, _Entry] = {}
    demonyms: dict[str, str] = {}
    for p in places:
        entry = _Entry(p["normalized"], p["country"], p["kind"], True)
        for alias in p["aliases"]:
            place_aliases[alias.translate(_APOS)] = entry
            if p["kind"] == "country":  # a country name is also an actor (the state)
                actor_aliases.setdefault(alias.translate(_APOS), _Entry(p["normalized"], p["country"], "state", False))
        for d in p.get("demonyms", []):
            if p["country"]:
                demonyms[d.lower()] = p["country"]
    for a in actors["actors"]:
        entry = _Entry(a["normalized"], a["country"], a["role"], False)
        for alias in a["aliases"]:
            actor_aliases[alias.translate(_APOS)] = entry
    return {
        "actor_aliases": actor_aliases,
        "place_aliases": place_aliases,
        "actor_re": _compile(actor_aliases),
        "place_re": _compile(place_aliases),
        "demonyms": demonyms,
        "military": frozenset(w.lower() for w in actors["military_nouns"]),
        "cues": frozenset(w.lower() for w in actors["sports_disaster_cues"]),
        "pronouns": frozenset(actors["pronouns"]),
    }


def military_nouns() -> frozenset[str]:
    return _tables()["military"]  # type: ignore[no-any-return]


def sports_disaster_cues() -> frozenset[str]:
    return _tables()["cues"]  # type: ignore[no-any-return]


def demonym_country(word: str) -> str | None:
    return _tables()["demonyms"].get(word.lower())  # type: ignore[no-any-return]


def _find(doc: Doc, patterns: tuple[re.Pattern[str] | None, ...], aliases: dict[str, _Entry]) -> list[Mention]:
    text = doc.text.translate(_APOS)
    lowered = {k.lower(): v for k, v in aliases.items()}
    raw: list[tuple[int, int, _Entry]] = []
    for pat in patterns:
        if pat is None:
            continue
        for m in pat.finditer(text):
            entry = aliases.get(m.group(0)) or lowered.get(m.group(0).lower())
            if entry is not None:
                raw.append((m.start(), m.end(), entry))
    # Longest first, then left to right; drop overlaps.
    raw.sort(key=lambda r: (-(r[1] - r[0]), r[0]))
    taken: list[tuple[int, int, _Entry]] = []
    for s, e, entry in raw:
        if all(e <= ts or s >= te for ts, te, _ in taken):
            taken.append((s, e, entry))
    taken.sort(key=lambda r: r[0])
    # Glue adjacent mentions of the same actor: "président américain" + "Joe Biden".
    merged: list[tuple[int, int, _Entry]] = []
    for s, e, entry in taken:
        if merged and merged[-1][2].normalized == entry.normalized and not text[merged[-1][1] : s].strip(" ,"):
            merged[-1] = (merged[-1][0], e, entry)
        else:
            merged.append((s, e, entry))
    out: list[Mention] = []
    for s, e, entry in merged:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        out.append(
            Mention(s, e, span.start, span.end, doc.text[s:e], entry.normalized, entry.country, entry.role,
                    entry.is_place)
        )
    return out


def find_actors(doc: Doc) -> list[Mention]:
    t = _tables()
    return _find(doc, t["actor_re"], t["actor_aliases"])


def find_places(doc: Doc) -> list[Mention]:
    t = _tables()
    return _find(doc, t["place_re"], t["place_aliases"])


def is_pronoun(token: Token) -> bool:
    return token.lower_ in _tables()["pronouns"] or (token.pos_ == "PRON" and token.lower_ in ("lui", "l'", "l’"))
