"""Stand-in for `newsworker process` until it exists: prints one "article.enriched" JSON line per
article with the same `paragraphs[].duplicate` / `sentences[].duplicate` shape.

Articles are processed in file order with one shared InMemoryFingerprintStore, like one worker.
Usage: .venv/bin/python eval/dedup/predict.py [eval/dedup/articles.jsonl] > /tmp/dedup_pred.jsonl
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from worker.dedup import Deduplicator, InMemoryFingerprintStore, clean_text
from worker.dedup.words import canon
from worker.text import segment_body

DEFAULT = Path(__file__).resolve().parent / "articles.jsonl"


def enriched(article: dict, dedup: Deduplicator) -> dict:
    paragraphs = segment_body(article["body"])
    result = dedup.process(article["id"], article.get("source"), paragraphs)
    out = []
    for p in paragraphs:
        pm = result.paragraphs.get(p.index)
        out.append(
            {
                "index": p.index,
                "text": p.text,
                "duplicate": pm.to_json() if pm else None,
                "sentences": [
                    {
                        "index": s.index,
                        "text": s.text,
                        "duplicate": (m.to_json() if (m := result.sentences.get((p.index, s.index))) else None),
                    }
                    for s in p.sentences
                ],
            }
        )
    return {
        "record_type": "article.enriched",
        "id": article["id"],
        "source": article.get("source"),
        "paragraphs": out,
        "dedup_summary": result.summary,
        "clean_text": clean_text(paragraphs, result),
    }


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    dedup = Deduplicator(InMemoryFingerprintStore())
    canon("rester"), canon("stay")  # load the lemma dictionaries (once per process) before timing
    n_par, elapsed = 0, 0.0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        article = json.loads(line)
        t0 = time.perf_counter()
        rec = enriched(article, dedup)
        elapsed += time.perf_counter() - t0
        n_par += len(rec["paragraphs"])
        print(json.dumps(rec, ensure_ascii=False))
    print(f"# {n_par} paragraphs, {1000 * elapsed / max(n_par, 1):.2f} ms/paragraph", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
