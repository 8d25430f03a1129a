"""Score event predictions against gold annotations.

    .venv/bin/python eval/score_events.py eval/events/gold.jsonl PREDICTIONS.jsonl [--split heldout]

PREDICTIONS are JSON lines as printed by `newsworker process` (or eval/events/predict.py): lines
with record_type "event" are scored, every other line is ignored. Only articles that have gold
annotations (or appear in eval/events/splits.json) are scored, so a prediction in an article
sentence without gold events counts as a false positive (hard negatives: sports, disasters).

Alignment: a predicted event can match a gold event of the same article when one of its
mention places (paragraph, sentence) is one of the gold places; pairs are taken best first
(same type, same source, same target, same trigger), one-to-one.

Gold line fields: article_id, places [[p, s]...], type, trigger, source, target (null, a
normalized name, or a list of acceptable names), symmetric (source/target may be swapped),
location [normalized names], time (ISO value or null), quantities [[value, unit]...], mode,
reported_by.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]


def _names(value: Any) -> set[str]:
    if value is None:
        return set()
    if isinstance(value, list):
        return {str(v) for v in value}
    return {str(value)}


def _pred_actor(actor: dict[str, Any] | None) -> str | None:
    if not actor:
        return None
    return actor.get("normalized") or None


def load_gold(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_predictions(path: Path, articles: set[str]) -> list[dict[str, Any]]:
    preds = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line.startswith("{"):
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            continue
        if rec.get("record_type") == "event" and rec.get("article_id") in articles:
            preds.append(rec)
    return preds


def _places(pred: dict[str, Any]) -> set[tuple[int, int | None]]:
    return {(p["paragraph"], p["sentence"]) for p in pred["mentions"]["places"]}


def _actors_ok(g: dict[str, Any], p: dict[str, Any]) -> tuple[bool, bool]:
    """(source correct, target correct); symmetric gold events accept swapped parties."""
    ps, pt = _pred_actor(p["actors"]["source"]), _pred_actor(p["actors"]["target"])
    gs, gt = _names(g["source"]), _names(g["target"])
    straight = (ps in gs if gs else False, pt in gt if gt else False)
    if g.get("symmetric"):
        swapped = (ps in gt if gt else False, pt in gs if gs else False)
        if sum(swapped) > sum(straight):
            return swapped
    return straight


def align(gold: list[dict[str, Any]], preds: list[dict[str, Any]]) -> list[tuple[int, int]]:
    cands = []
    for gi, g in enumerate(gold):
        gplaces = {tuple(p) for p in g["places"]}
        for pi, p in enumerate(preds):
            if p["article_id"] != g["article_id"] or not (gplaces & _places(p)):
                continue
            src_ok, tgt_ok = _actors_ok(g, p)
            trig = g.get("trigger", "").split()[0].lower() if g.get("trigger") else ""
            score = 8 * (p["type"] == g["type"]) + 2 * src_ok + 2 * tgt_ok + (p["trigger"]["text"].lower() == trig)
            cands.append((score, gi, pi))
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return pairs


class PRF:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, gold: set[Any], pred: set[Any]) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    def row(self, name: str) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"{name:<22} P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={self.tp} fp={self.fp} fn={self.fn})"


def _slot(gold_value: Any, pred_value: str | None, ok: bool) -> tuple[set[Any], set[Any]]:
    """Gold/pred sets for an actor slot: a correct prediction counts once, a wrong one is fp+fn."""
    g = {"slot"} if _names(gold_value) else set()
    if pred_value is None:
        return g, set()
    return g, ({"slot"} if ok else {"wrong"})


def score(gold: list[dict[str, Any]], preds: list[dict[str, Any]]) -> dict[str, Any]:
    pairs = align(gold, preds)
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    m: dict[str, PRF] = defaultdict(PRF)
    mode_ok = mode_n = 0
    confusion: Counter[tuple[str, str]] = Counter()
    for gi, pi in pairs:
        g, p = gold[gi], preds[pi]
        m["detection"].add({gi}, {gi})
        m["type"].add({(gi, g["type"])}, {(gi, p["type"])})
        confusion[(g["type"], p["type"])] += 1
        src_ok, tgt_ok = _actors_ok(g, p)
        for slot, ok, gv, pv in (
            ("source actor", src_ok, g["source"], _pred_actor(p["actors"]["source"])),
            ("target actor", tgt_ok, g["target"], _pred_actor(p["actors"]["target"])),
        ):
            gs, ps = _slot(gv, pv, ok)
            m[slot].add(gs, ps)
            m["actor (src+tgt)"].add({(slot, x) for x in gs}, {(slot, x) for x in ps})
        m["location"].add(set(g["location"]), {loc["normalized"] for loc in p["location"]})
        gt = {g["time"]} if g["time"] else set()
        pt = {p["time"]["resolved"]} if p["time"] and p["time"]["resolved"] else set()
        m["time"].add(gt, pt)
        m["quantities"].add({(float(v), u) for v, u in g["quantities"]},
                            {(float(q["value"]), q["unit"]) for q in p["quantities"]})
        gr, pr = _slot(g.get("reported_by"), _pred_actor(p["reported_by"]),
                       _pred_actor(p["reported_by"]) in _names(g.get("reported_by")))
        m["reported_by"].add(gr, pr)
        mode_n += 1
        mode_ok += g["mode"] == p["mode"]
    for gi, g in enumerate(gold):
        if gi in matched_g:
            continue
        m["detection"].add({gi}, set())
        m["type"].add({(gi, g["type"])}, set())
        confusion[(g["type"], "-")] += 1
        for slot, gv in (("source actor", g["source"]), ("target actor", g["target"])):
            gs = {"slot"} if _names(gv) else set()
            m[slot].add(gs, set())
            m["actor (src+tgt)"].add({(slot, x) for x in gs}, set())
        m["location"].add(set(g["location"]), set())
        m["time"].add({g["time"]} if g["time"] else set(), set())
        m["quantities"].add({(float(v), u) for v, u in g["quantities"]}, set())
        m["reported_by"].add({"slot"} if _names(g.get("reported_by")) else set(), set())
    for pi, p in enumerate(preds):
        if pi in matched_p:
            continue
        m["detection"].add(set(), {("p", pi)})
        m["type"].add(set(), {("p", pi)})
        confusion[("-", p["type"])] += 1
        for slot, pv in (("source actor", p["actors"]["source"]), ("target actor", p["actors"]["target"])):
            ps = {"wrong"} if _pred_actor(pv) else set()
            m[slot].add(set(), ps)
            m["actor (src+tgt)"].add(set(), {(slot, x) for x in ps})
        m["location"].add(set(), {("p", pi, loc["normalized"]) for loc in p["location"]})
        m["time"].add(set(), {("p", pi)} if p["time"] and p["time"]["resolved"] else set())
        m["quantities"].add(set(), {("p", pi, q["value"], q["unit"]) for q in p["quantities"]})
        m["reported_by"].add(set(), {"wrong"} if _pred_actor(p["reported_by"]) else set())
    return {"metrics": m, "mode": (mode_ok, mode_n), "confusion": confusion, "pairs": pairs,
            "slot_pairs": [(gold[gi], preds[pi]) for gi, pi in pairs],
            "unmatched_gold": [gold[i] for i in range(len(gold)) if i not in matched_g],
            "unmatched_pred": [preds[i] for i in range(len(preds)) if i not in matched_p]}


def _slot_diffs(g: dict[str, Any], p: dict[str, Any]) -> list[str]:
    """Human-readable differences in the slots of one matched pair (for --slots)."""
    out = []
    src_ok, tgt_ok = _actors_ok(g, p)
    if not src_ok and (g["source"] or _pred_actor(p["actors"]["source"])):
        out.append(f"source gold={g['source']!r} pred={_pred_actor(p['actors']['source'])!r}")
    if not tgt_ok and (g["target"] or _pred_actor(p["actors"]["target"])):
        out.append(f"target gold={g['target']!r} pred={_pred_actor(p['actors']['target'])!r}")
    gl, pl = set(g["location"]), {loc["normalized"] for loc in p["location"]}
    if gl != pl:
        out.append(f"location gold={sorted(gl)} pred={sorted(pl)}")
    gq = {(float(v), u) for v, u in g["quantities"]}
    pq = {(float(q["value"]), q["unit"]) for q in p["quantities"]}
    if gq != pq:
        out.append(f"quantities gold={sorted(gq)} pred={sorted(pq)}")
    pt = p["time"]["resolved"] if p["time"] else None
    if (g["time"] or None) != (pt or None):
        out.append(f"time gold={g['time']!r} pred={pt!r}")
    pr = _pred_actor(p["reported_by"])
    if (pr or g.get("reported_by")) and pr not in _names(g.get("reported_by")):
        out.append(f"reported_by gold={g.get('reported_by')!r} pred={pr!r}")
    if g["mode"] != p["mode"]:
        out.append(f"mode gold={g['mode']} pred={p['mode']}")
    return out


def report(title: str, result: dict[str, Any], n_gold: int, n_pred: int, verbose: bool,
           slots: bool = False) -> None:
    print(f"== {title}: {n_gold} gold events, {n_pred} predicted events")
    m = result["metrics"]
    for name in ("detection", "type", "source actor", "target actor", "actor (src+tgt)", "location", "time",
                 "quantities", "reported_by"):
        print("  " + m[name].row(name))
    ok, n = result["mode"]
    print(f"  {'mode accuracy':<22} {ok / n if n else 0.0:.3f}  ({ok}/{n} matched events)")
    conf: Counter[tuple[str, str]] = result["confusion"]
    used = [t for t in [*TYPES, "-"] if any(k[0] == t or k[1] == t for k in conf)]
    print("  type confusion (rows gold, columns predicted, '-' = none):")
    print("  " + " " * 10 + "".join(f"{t[:8]:>9}" for t in used))
    for gt in used:
        print("  " + f"{gt[:10]:<10}" + "".join(f"{conf.get((gt, pt), 0) or '.':>9}" for pt in used))
    if verbose:
        for g in result["unmatched_gold"]:
            print(f"  MISSED  {g['article_id']} {g['places'][0]} {g['type']} {g['trigger']}")
        for p in result["unmatched_pred"]:
            print(f"  EXTRA   {p['article_id']} {[p['sentence']['paragraph'], p['sentence']['index']]} "
                  f"{p['type']} {p['trigger']['text']}")
    if slots:
        for g, p in result["slot_pairs"]:
            diffs = _slot_diffs(g, p)
            if diffs:
                print(f"  SLOTS   {g['article_id']} {g['places'][0]} {g['type']} {g['trigger']}: " + "; ".join(diffs))
    print()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Score event predictions against gold annotations.")
    ap.add_argument("gold", type=Path)
    ap.add_argument("predictions", type=Path)
    ap.add_argument("--splits", type=Path, default=None, help="splits.json (default: next to GOLD)")
    ap.add_argument("--split", default=None, help="score only this split (e.g. dev, heldout)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list missed and extra events")
    ap.add_argument("--slots", action="store_true",
                    help="list slot errors (actors, location, time, quantities, reported_by, mode)")
    args = ap.parse_args(argv)
    gold = load_gold(args.gold)
    split_path = args.splits or args.gold.parent / "splits.json"
    splits: dict[str, list[str]] = json.loads(split_path.read_text()) if split_path.exists() else {}
    all_articles = {g["article_id"] for g in gold} | {a for ids in splits.values() for a in ids}
    preds = load_predictions(args.predictions, all_articles)
    groups: list[tuple[str, set[str]]] = [("all", all_articles)]
    groups += [(name, set(ids)) for name, ids in splits.items()]
    if args.split:
        groups = [(n, a) for n, a in groups if n == args.split]
    for name, arts in groups:
        g = [x for x in gold if x["article_id"] in arts]
        p = [x for x in preds if x["article_id"] in arts]
        report(f"{name} ({len(arts)} articles)", score(g, p), len(g), len(p), args.verbose, args.slots)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
