"""What every blind set's builder does with its hand-written text: write articles_<SET>.jsonl and
labels_<SET>.json (the format eval/dedup/score_dedup.py reads; `hard_negatives` is kept for the record)."""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def write_set(name: str, number: int, articles: list[dict], labels: list[tuple], hard_negatives: list[tuple]) -> None:
    with (HERE / f"articles_{name}.jsonl").open("w", encoding="utf-8") as f:
        for a in articles:
            rec = {"id": a["id"], "url": f"https://example.org/{a['source']}/{a['id']}", "source": a["source"],
                   "title": a["title"], "body": "\n".join(a["paragraphs"]), "language": a["language"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    label_records = [
        {"article_id": a, "paragraph": p, "sentence": s, "kind": k,
         "of": [{"article_id": oa, "paragraph": op, "sentence": os_} for oa, op, os_ in of]}
        for a, p, s, k, of in labels
    ]
    hard = [
        {"article_id": a, "paragraph": p, "sentence": s, "why": why,
         "looks_like": {"article_id": la, "paragraph": lp, "sentence": ls}}
        for a, p, s, why, (la, lp, ls) in hard_negatives
    ]
    (HERE / f"labels_{name}.json").write_text(json.dumps({
        "note": f"Held-out set #{number}, written before any system run. Units not listed are not repeats. 'of' "
                "lists acceptable originals; scoring matches article_id + paragraph. 'hard_negatives' (record "
                "only, not read by score_dedup.py) lists units close to an earlier unit that must NOT be marked.",
        "articles_in_order": [a["id"] for a in articles],
        "labels": label_records,
        "hard_negatives": hard,
    }, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(articles)} articles, {len(label_records)} labels, {len(hard)} hard negatives")
