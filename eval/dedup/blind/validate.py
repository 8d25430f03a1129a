"""Structural check of a blind dedup set: articles_<SET>.jsonl + labels_<SET>.json (runs no dedup code).

One validator for every set in this folder (each set's writer adapted the previous set's validator; the
checks only grew, and every set passes all of them): 7 FR + 7 EN articles; every "update" label differs
from each of its originals by at least one number or weekday token (its figures or dates are not all the
same: a sentence with another figure is an update, never a repeat); no hard negative equals its look-alike
after the rough normalization; an in-article label (original in the same article) is allowed only for
exact/contained/paraphrase.

Checks: every line parses; same field set as eval/dedup/articles_heldout.jsonl; unique ids in stream
order; every label / hard negative / 'of' target names an existing article, paragraph and sentence
(indices from worker.text.segment.segment_body, the only system code used); originals come no later
than the labelled unit in the stream; no unit labelled twice; hard negatives are not labelled. Prints
counts per kind. With --sim also prints a rough word-level Indel similarity / ordered containment per
label (own tokenizer, NOT normalize_for_match: an aid for reading the labels, not the system's measure).
Also: a hard negative shares no paragraph with a label (at any level); a sentence-level label is on a
paragraph of 2+ sentences and its paragraph is not labelled as a whole; every "exact" label is equal to
its original (and no other label equal to its original paragraph) after a rough normalization (casefold,
quote style, apostrophes, spacing, trailing punctuation).
Run: .venv/bin/python eval/dedup/blind/validate.py heldout5 [--sim]   (or heldout2, heldout3, heldout4)
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
    names = [a for a in sys.argv[1:] if not a.startswith("-")]
    if len(names) != 1:
        raise SystemExit("usage: validate.py SET [--sim]   (SET: heldout2, heldout3, heldout4, heldout5)")
    name = names[0]
    ref_fields = list(json.loads((HERE.parent / "articles_heldout.jsonl").read_text(encoding="utf-8").splitlines()[0]))
    arts = []
    for n, line in enumerate((HERE / f"articles_{name}.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        rec = json.loads(line)
        assert list(rec) == ref_fields, (n, list(rec))
        assert rec["body"] and "\n\n" not in rec["body"], n
        arts.append(rec)
    ids = [a["id"] for a in arts]
    assert len(set(ids)) == len(ids), "duplicate ids"
    doc = json.loads((HERE / f"labels_{name}.json").read_text(encoding="utf-8"))
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

    labelled_paras = {(k[0], k[1]) for k in seen}
    for h in doc.get("hard_negatives", []):
        assert (h["article_id"], h["paragraph"]) not in labelled_paras, f"hard negative paragraph labelled: {h}"
    for lab in doc["labels"]:
        if lab["sentence"] is not None:
            assert len(seg[lab["article_id"]][lab["paragraph"]].sentences) >= 2, lab
            assert (lab["article_id"], lab["paragraph"], None) not in seen, lab

    def rough(t: str) -> str:
        t = t.casefold().replace("’", "'").replace("‘", "'")
        t = re.sub(r"[«»“”\"]", " ", t)
        t = re.sub(r"[.!?…,;:\s]+", " ", t)
        return t.strip()

    for lab in doc["labels"]:
        if lab["kind"] == "exact":
            a = rough(text(lab["article_id"], lab["paragraph"], lab["sentence"]))
            for o in lab["of"]:
                assert a == rough(text(o["article_id"], o["paragraph"], o["sentence"])), f"exact label not exact: {lab}"
        else:
            a = rough(text(lab["article_id"], lab["paragraph"], lab["sentence"]))
            for o in lab["of"]:
                # a one-sentence paragraph may equal one *sentence* of its original (contained); never the paragraph
                assert a != rough(text(o["article_id"], o["paragraph"], None)), f"{lab['kind']} label is exact: {lab}"

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
        for h in doc.get("hard_negatives", []):
            a = toks(text(h["article_id"], h["paragraph"], h["sentence"]))
            ll = h["looks_like"]
            b = toks(text(ll["article_id"], ll["paragraph"], ll["sentence"]))
            short, long_ = (a, b) if len(a) <= len(b) else (b, a)
            print(f"NEGATIVE   {h['article_id']}/{h['paragraph']}/{h['sentence']} ~ "
                  f"{ll['article_id']}/{ll['paragraph']}/{ll['sentence']}  sim={Indel.normalized_similarity(a, b):.2f}"
                  f" contain={LCSseq.similarity(short, long_) / len(short):.2f}")

    assert Counter(a["language"] for a in arts) == {"fr": 7, "en": 7}, "expected 7 FR + 7 EN articles"

    days = (r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
            r"monday|tuesday|wednesday|thursday|friday|saturday|sunday")

    def numbers(t: str) -> list[str]:
        # figures, plus weekdays (a changed weekday alone makes an update, e.g. heldout5 fr-t2/5)
        t = t.casefold().replace("\u00a0", " ").replace("\u202f", " ")
        t = re.sub(r"(\d)[ ,](?=\d{3}\b)", r"\1", t)
        return re.findall(rf"\d+(?:[.,]\d+)?|\b(?:{days})\b", t)

    for lab in doc["labels"]:
        if lab["kind"] == "update":
            a = text(lab["article_id"], lab["paragraph"], lab["sentence"])
            for o in lab["of"]:
                b = text(o["article_id"], o["paragraph"], o["sentence"])
                assert numbers(a) != numbers(b), f"update label without a changed figure: {lab}"
        if any(o["article_id"] == lab["article_id"] for o in lab["of"]):
            assert lab["kind"] in {"exact", "contained", "paraphrase"}, f"unexpected in-article kind: {lab}"
    for h in doc.get("hard_negatives", []):
        ll = h["looks_like"]
        assert rough(text(h["article_id"], h["paragraph"], h["sentence"])) != rough(
            text(ll["article_id"], ll["paragraph"], ll["sentence"])), f"hard negative equals its look-alike: {h}"

    kinds = Counter(lab["kind"] for lab in doc["labels"])
    langs = Counter(a["language"] for a in arts)
    units = sum(len(p.sentences) for ps in seg.values() for p in ps)
    print(f"OK: {len(arts)} articles {dict(langs)}, {sum(len(v) for v in seg.values())} paragraphs, {units} sentences")
    negatives = len(doc.get("hard_negatives", []))
    print(f"labels: {len(doc['labels'])} {dict(sorted(kinds.items()))}; hard negatives: {negatives}")
    for k in ("exact", "near", "contained", "paraphrase", "update"):
        labs = [lab for lab in doc["labels"] if lab["kind"] == k]
        sent = sum(lab["sentence"] is not None for lab in labs)
        inart = sum(any(o["article_id"] == lab["article_id"] for o in lab["of"]) for lab in labs)
        print(f"  {k:10s} {len(labs):3d}  sentence-level {sent}  in-article {inart}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
