"""Structural check of the pending held-out set (no system output involved).

    .venv/bin/python eval/events/pending/validate.py

Every article JSON parses and has the 7 fields, splits.json lists exactly the articles under
`heldout40`, every article has gold events, every gold line parses, refers to an existing
article, uses one of the 16 types and 5 modes, and every place index exists in the segmented
article (worker.text.segment_body). Also reports names absent from worker/events/data (expected
for people and organisations written as in the text) and merge-key duplicates (must be none).
"""

import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
from worker.text.segment import segment_body  # noqa: E402

HERE = Path(__file__).resolve().parent
SPLIT = "heldout41"
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODES = {"asserted", "possible", "planned", "conditional", "negated"}
FIELDS = {"article_id", "places", "type", "trigger", "source", "target", "symmetric", "location", "time",
          "quantities", "mode", "reported_by"}


def names(v):
    return [] if v is None else (v if isinstance(v, list) else [v])


def main() -> int:
    errors = []
    arts = {}
    for f in sorted((HERE / "articles").glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        if set(d) != {"id", "title", "body", "language", "published_at", "source", "url"} or f.stem != d["id"]:
            errors.append(f"bad article {f.name}")
        arts[d["id"]] = {(p.index, s.index) for p in segment_body(d["body"]) for s in p.sentences}
    data = ROOT / "worker/events/data"
    known = {a["normalized"] for a in json.loads((data / "actors.json").read_text())["actors"]}
    known |= {p["normalized"] for p in json.loads((data / "places.json").read_text())["places"]}
    known |= {ln.split("\t")[0] for ln in (data / "gazetteer.tsv").read_text().splitlines() if not ln.startswith("#")}
    gold = [json.loads(ln) for ln in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]
    keys = collections.Counter()
    unknown = collections.Counter()
    for i, g in enumerate(gold):
        where = f"gold line {i + 1}"
        if not set(g) >= FIELDS:
            errors.append(f"{where}: missing fields {FIELDS - set(g)}")
        if g["article_id"] not in arts:
            errors.append(f"{where}: unknown article {g['article_id']}")
            continue
        if g["type"] not in TYPES or g["mode"] not in MODES:
            errors.append(f"{where}: bad type/mode")
        for p in g["places"]:
            if tuple(p) not in arts[g["article_id"]]:
                errors.append(f"{where}: place {p} not in segmented article")
        for v, _u in g["quantities"]:
            float(v)
        for n in names(g["source"]) + names(g["target"]) + names(g.get("reported_by")) + g["location"]:
            if n not in known:
                unknown[n] += 1
        if g["source"] is not None or g["target"] is not None:  # actor-less events are never merged
            keys[(g["article_id"], g["type"], frozenset(names(g["source"])), frozenset(names(g["target"])),
                  g["mode"])] += 1
    errors += [f"duplicate merge key {k}" for k, c in keys.items() if c > 1]
    splits = json.loads((HERE / "splits.json").read_text(encoding="utf-8"))
    if set(splits) != {SPLIT} or set(splits[SPLIT]) != set(arts):
        errors.append(f"splits.json must be {{{SPLIT!r}: [the {len(arts)} article ids]}}")
    for a in sorted(set(arts) - {g["article_id"] for g in gold}):
        errors.append(f"article {a} has no gold event")
    print(f"{len(arts)} articles, {len(gold)} gold events")
    print("names not in worker/events/data (written as in the text):", ", ".join(sorted(unknown)))
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
