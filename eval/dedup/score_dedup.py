"""Precision/recall per duplicate kind.

Usage: .venv/bin/python eval/dedup/score_dedup.py eval/dedup/labels.json PREDICTIONS.jsonl
PREDICTIONS: JSON lines; only records with record_type "article.enriched" are read (as printed by
`newsworker process` or eval/dedup/predict.py). Only articles present in the predictions are scored.

A predicted mark is a true positive for its kind when the same unit (article, paragraph, sentence)
is labelled with that kind and the mark's `of` names one of the labelled originals (article and
paragraph must match; sentence is not compared: a sentence of the right paragraph is the right place).
"any-repeat" ignores the kind distinction between exact/near/contained/paraphrase (a repeat is a repeat).
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict

KINDS = ("exact", "near", "contained", "paraphrase", "update")
REPEAT = {"exact", "near", "contained", "paraphrase"}


def load_predictions(path: str) -> tuple[dict, set[str]]:
    preds: dict[tuple, dict] = {}
    seen: set[str] = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line.startswith("{"):
                continue
            rec = json.loads(line)
            if rec.get("record_type") != "article.enriched":
                continue
            aid = rec["id"]
            seen.add(aid)
            for p in rec.get("paragraphs", []):
                if p.get("duplicate"):
                    preds[(aid, p["index"], None)] = p["duplicate"]
                for s in p.get("sentences", []) or []:
                    if s.get("duplicate"):
                        preds[(aid, p["index"], s["index"])] = s["duplicate"]
    return preds, seen


def _of_ok(mark: dict, label: dict) -> bool:
    of = mark["of"]
    return any(o["article_id"] == of["article_id"] and o["paragraph"] == of["paragraph"] for o in label["of"])


def score(labels_doc: dict, preds: dict, seen: set[str]) -> dict:
    labels = {
        (x["article_id"], x["paragraph"], x["sentence"]): x for x in labels_doc["labels"] if x["article_id"] in seen
    }
    tp: dict[str, int] = defaultdict(int)
    fp: dict[str, int] = defaultdict(int)
    fn: dict[str, int] = defaultdict(int)
    errors: list[str] = []
    for key, mark in sorted(preds.items(), key=lambda kv: str(kv[0])):
        lab = labels.get(key)
        k = mark["kind"]
        group = "any-repeat" if k in REPEAT else None
        if lab is not None and lab["kind"] == k and _of_ok(mark, lab):
            tp[k] += 1
        else:
            fp[k] += 1
            errors.append(
                f"FP {k:10s} {key} of={mark['of']['article_id']}/{mark['of']['paragraph']}"
                f" label={lab['kind'] if lab else None}"
            )
        if group:
            if lab is not None and lab["kind"] in REPEAT and _of_ok(mark, lab):
                tp[group] += 1
            else:
                fp[group] += 1
    for key, lab in sorted(labels.items(), key=lambda kv: str(kv[0])):
        mark = preds.get(key)
        k = lab["kind"]
        if not (mark is not None and mark["kind"] == k and _of_ok(mark, lab)):
            fn[k] += 1
            errors.append(f"FN {k:10s} {key} predicted={mark['kind'] if mark else None}")
        if k in REPEAT and not (mark is not None and mark["kind"] in REPEAT and _of_ok(mark, lab)):
            fn["any-repeat"] += 1
    rows = {}
    for k in (*KINDS, "any-repeat"):
        t, p_, n_ = tp[k], fp[k], fn[k]
        rows[k] = {
            "tp": t,
            "fp": p_,
            "fn": n_,
            "precision": t / (t + p_) if t + p_ else None,
            "recall": t / (t + n_) if t + n_ else None,
        }
    return {"per_kind": rows, "errors": errors}


def _fmt(x: float | None) -> str:
    return "  n/a" if x is None else f"{x:5.3f}"


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        labels_doc = json.load(f)
    preds, seen = load_predictions(argv[2])
    res = score(labels_doc, preds, seen)
    print(f"{'kind':12s} {'prec':>5s} {'recall':>6s}   tp  fp  fn")
    for k, r in res["per_kind"].items():
        print(f"{k:12s} {_fmt(r['precision'])} {_fmt(r['recall']):>6s} {r['tp']:4d} {r['fp']:3d} {r['fn']:3d}")
    print("errors (FP: predicted but not labelled so; FN: labelled but not predicted so):")
    for e in res["errors"]:
        print("  " + e)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except BrokenPipeError:  # `| head`
        sys.exit(0)
