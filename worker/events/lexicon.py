"""Load the readable data files (trigger lexicons, actors, places) once per process.

Data lives in worker/events/data/ as TSV/JSON so that linguists can edit it without touching code
and without a YAML dependency; extend coverage there, not in the code. Formats:

- `triggers_fr.tsv`, `triggers_en.tsv` — `lemma <TAB> PLOVER type <TAB> kind <TAB> constraints
  <TAB> note`.
  kind: `verb` (event verb), `noun` (event noun, counted as the object of a light/report verb:
  "a annoncé le déploiement", and in the positions of nominal.py), `adj` (predicative adjective or
  participle, matched on the word as written or its lemma: "was concerned", "s'est dite préoccupée"),
  `report` (speech verb: its complement holds the event, its subject
  becomes `reported_by`), `light` (verb that carries a noun trigger: "affirmer leur soutien").
  constraints (comma-separated): `reflexive` (needs se/s'), `child=a,b` (a dependent word needed:
  "mettre en garde", "call on"), `mil_obj` (object must be troops/forces), `loc_target` (a place
  after en/à is also the target: visits), `active` (not in the passive),
  `obj_actor` (a person or a state as direct object: "will call his counterpart"),
  `passive` (only in the passive: "seront poursuivis"), `not_child=a,b` (none of
  these words below it), `obj_not_target` (the object is no target: "saisir la Cour"), `inf_comp` /
  `not_inf_comp` (with / without an infinitive complement: "a exclu de négocier", "a exclu le Kosovo"), `subj=a,b`
  (one of these words in the subject: "protesters gathered", not "leaders gathered"). A lemma
  may have several senses; the most specific is tried first.
- `actors.json` — named actors: `normalized`, `country` (ISO 3166-1 alpha-3), `role`, `aliases`
  (matched on word boundaries; lower-case aliases ignore case; no leading article). Also the
  military nouns, the sports/disaster cue words and the pronouns used by the rules.
- `places.json` — curated places (`kind`: country, capital, city, region) with aliases and
  nationality words (`demonyms`). Countries are also actors (role `state`).
- `gazetteer.tsv` — generated (countries, capitals, cities over 300 000 inhabitants; GeoNames and
  ISO 3166 names in French and English) by `python -m worker.events.gazetteer_build`; curated
  entries win. Capitals also stand for their government ("Bakou a accusé…" → Azerbaijan).
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
        return self._words("child=")

    def banned_children(self) -> frozenset[str]:
        return self._words("not_child=")

    def subject_words(self) -> frozenset[str]:
        return self._words("subj=")

    def _words(self, prefix: str) -> frozenset[str]:
        for c in self.constraints:
            if c.startswith(prefix):
                return frozenset(w.strip().lower() for w in c[len(prefix) :].split(","))
        return frozenset()


@dataclass(frozen=True, slots=True)
class Lexicon:
    language: str
    events: dict[tuple[str, str], TriggerEntry]  # (lemma, "verb"|"noun") -> first entry
    senses: dict[tuple[str, str], tuple[TriggerEntry, ...]]  # every entry of a lemma, file order
    report: frozenset[str]
    light: frozenset[str]


_FLAGS = frozenset({"reflexive", "mil_obj", "loc_target", "active", "obj_not_target", "obj_actor", "offered", "to_inf",
                    "transitive"})


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
            if "=" in c or c in _FLAGS or not merged:
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
