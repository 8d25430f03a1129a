"""Structural check of articles_heldout2.jsonl + labels_heldout2.json (runs no dedup code).

Checks: every line parses; same field set as eval/dedup/articles_heldout.jsonl; unique ids in stream
order; every label / hard negative / 'of' target names an existing article, paragraph and sentence
(indices from worker.text.segment.segment_body, the only system code used); originals come no later
than the labelled unit in the stream; no unit labelled twice; hard negatives are not labelled. Prints
counts per kind. With --sim also prints a rough word-level Indel similarity / ordered containment per
label (own tokenizer, NOT normalize_for_match: an aid for reading the labels, not the system's measure).
Run: .venv/bin/python eval/dedup/blind/validate_heldout2.py [--sim]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from worker.text.segment import segment_body  # noqa: E402


def main() -> int:
    ref_fields = list(json.loads((HERE.parent / "articles_heldout.jsonl").read_text(encoding="utf-8").splitlines()[0]))
    arts = []
    for n, line in enumerate((HERE / "articles_heldout2.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        rec = json.loads(line)
        assert list(rec) == ref_fields, (n, list(rec))
        assert rec["body"] and "\n\n" not in rec["body"], n
        arts.append(rec)
    ids = [a["id"] for a in arts]
    assert len(set(ids)) == len(ids), "duplicate ids"
    doc = json.loads((HERE / "labels_heldout2.json").read_text(encoding="utf-8"))
    assert doc["articles_in_order"] == ids, "articles_in_order != file order"
    seg = {a["id"]: segment_body(a["body"]) for a in arts}

    def text(aid: str, p: int, s: int | None) -> str:
        assert aid in seg, aid
        assert 0 <= p < len(seg[aid]), (aid, p)
        para = seg[aid][p]
        if s is None:
            return para.text
        assert 0 <= s < len(para.sentences), (aid, p, s)
        return para.sentences[s].text

    seen = set()
    for lab in doc["labels"]:
        key = (lab["article_id"], lab["paragraph"], lab["sentence"])
        assert key not in seen, f"labelled twice: {key}"
        seen.add(key)
        assert lab["kind"] in {"exact", "near", "contained", "paraphrase", "update"}, lab
        text(*key)
        assert lab["of"], key
        for o in lab["of"]:
            text(o["article_id"], o["paragraph"], o["sentence"])
            assert ids.index(o["article_id"]) <= ids.index(lab["article_id"]), key
            assert (o["article_id"], o["paragraph"], o["sentence"]) != key, key
    for h in doc.get("hard_negatives", []):
        key = (h["article_id"], h["paragraph"], h["sentence"])
        assert key not in seen and (key[0], key[1], None) not in seen, f"hard negative is labelled: {key}"
        text(*key)
        ll = h["looks_like"]
        text(ll["article_id"], ll["paragraph"], ll["sentence"])

    if "--sim" in sys.argv:
        from rapidfuzz.distance import Indel, LCSseq

        def toks(t: str) -> list[str]:
            t = t.casefold().replace("’", "'")
            t = re.sub(r"(\d)[ \u00a0\u202f,](?=\d{3}\b)", r"\1", t)
            return re.findall(r"\d+(?:[.,]\d+)?|\w+", t)

        for lab in doc["labels"]:
            a = toks(text(lab["article_id"], lab["paragraph"], lab["sentence"]))
            for o in lab["of"]:
                b = toks(text(o["article_id"], o["paragraph"], o["sentence"]))
                short, long_ = (a, b) if len(a) <= len(b) else (b, a)
                print(f"{lab['kind']:10s} {lab['article_id']}/{lab['paragraph']}/{lab['sentence']} <- "
                      f"{o['article_id']}/{o['paragraph']}/{o['sentence']}  sim={Indel.normalized_similarity(a, b):.2f}"
                      f" contain={LCSseq.similarity(short, long_) / len(short):.2f}")

    kinds = Counter(lab["kind"] for lab in doc["labels"])
    langs = Counter(a["language"] for a in arts)
    units = sum(len(p.sentences) for ps in seg.values() for p in ps)
    print(f"OK: {len(arts)} articles {dict(langs)}, {sum(len(v) for v in seg.values())} paragraphs, {units} sentences")
    negatives = len(doc.get("hard_negatives", []))
    print(f"labels: {len(doc['labels'])} {dict(sorted(kinds.items()))}; hard negatives: {negatives}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
