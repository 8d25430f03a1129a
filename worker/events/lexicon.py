"""Load the readable data files (trigger lexicons, actors, places) once per process.

Data lives in worker/events/data/ as TSV/JSON so that linguists can edit it without touching code
and without a YAML dependency.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).parent / "data"
LANGUAGES = ("fr", "en")


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    lemma: str
    type: str  # PLOVER type, or "-" for report/light verbs
    kind: str  # verb | noun | report | light
    constraints: tuple[str, ...]  # e.g. ("reflexive",), ("child=garde",), ("mil_obj",)
    language: str

    @property
    def key(self) -> str:
        """Stable name of the entry, reported in provenance.lexicon_entry."""
        return f"{self.language}:{self.kind}:{self.lemma}"

    def required_children(self) -> frozenset[str]:
        for c in self.constraints:
            if c.startswith("child="):
                return frozenset(w.strip().lower() for w in c[6:].split(","))
        return frozenset()


@dataclass(frozen=True, slots=True)
class Lexicon:
    language: str
    events: dict[tuple[str, str], TriggerEntry]  # (lemma, "verb"|"noun") -> first entry
    senses: dict[tuple[str, str], tuple[TriggerEntry, ...]]  # every entry of a lemma, file order
    report: frozenset[str]
    light: frozenset[str]


@cache
def load_lexicon(language: str) -> Lexicon:
    path = DATA_DIR / f"triggers_{language if language in LANGUAGES else 'en'}.tsv"
    events: dict[tuple[str, str], TriggerEntry] = {}
    senses: dict[tuple[str, str], tuple[TriggerEntry, ...]] = {}
    report: set[str] = set()
    light: set[str] = set()
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        lemma, etype, kind = cols[0].strip(), cols[1].strip(), cols[2].strip()
        cons = tuple(c for c in (cols[3].strip().split(",") if len(cols) > 3 else []) if c and c != "-")
        # "child=a,b" was split on commas above: glue the words back onto their "child=" item.
        merged: list[str] = []
        for c in cons:
            if "=" in c or c in ("reflexive", "mil_obj", "loc_target", "active") or not merged:
                merged.append(c)
            else:
                merged[-1] += "," + c
        entry = TriggerEntry(lemma, etype, kind, tuple(merged), language)
        if kind == "report":
            report.add(lemma)
        elif kind == "light":
            light.add(lemma)
        else:
            events.setdefault((lemma, kind), entry)
            senses[(lemma, kind)] = (*senses.get((lemma, kind), ()), entry)
    # The most specific sense is tried first: "condamner à dix ans" (COERCE) before "condamner" (ACCUSE).
    senses = {k: tuple(sorted(v, key=lambda e: not e.required_children())) for k, v in senses.items()}
    events = {k: v[0] for k, v in senses.items()}
    return Lexicon(language, events, senses, frozenset(report), frozenset(light))


@cache
def load_json(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA_DIR / name).read_text(encoding="utf-8"))
    return data
