"""IPTC ninjs 1.x / 2.x items → raw-article documents (schemas/ninjs.schema.json says which field goes where).

`raw_document_from_ninjs` returns a plain raw-article dict that worker.ingest.raw then validates like
any other; the whole ninjs item rides along under `source_payload`. Anything that is not usable
raises `Rejected("schema_invalid", …)` and nothing else.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import orjson
from jsonschema import Draft202012Validator

from worker.ingest.html import html_to_text
from worker.ingest.raw_errors import Rejected
from worker.schemas import schemas_dir

_NINJS_MARKERS = ("body_text", "body_html", "bodies", "headline", "headlines")
_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xhtml", "text/xhtml")
_PRIMARY_LANGUAGE = re.compile(r"^([A-Za-z]{2})(?:[-_][A-Za-z0-9]{1,8})*$")
_CONCEPT_KEYS = ("name", "code", "uri", "rel", "scheme")


def looks_like_ninjs(document: Any) -> bool:
    """Shape test: an id field of ninjs (`uri` or `guid`), a ninjs body or headline, no raw `body`, and
    not all of a raw article's `id`, `url`, `source` (so a raw article with `body_html` stays one)."""
    return (
        isinstance(document, dict)
        and "body" not in document
        and not {"id", "url", "source"} <= document.keys()
        and ("uri" in document or "guid" in document)
        and any(marker in document for marker in _NINJS_MARKERS)
    )


@cache
def _validator() -> Draft202012Validator:
    schema = orjson.loads((schemas_dir() / "ninjs.schema.json").read_bytes())
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def ninjs_error(document: Any) -> str | None:
    """One line about the most relevant schema violation, or None."""
    errors = sorted(_validator().iter_errors(document), key=lambda e: (len(e.path), e.message))
    if not errors:
        return None
    err = errors[0]
    where = "/".join(str(p) for p in err.absolute_path) or "(root)"
    message = err.message
    if err.validator == "anyOf" and where == "(root)":
        message = "a ninjs item needs `uri` or `guid`, and a body (`body_text`, `body_html` or `bodies`)"
    return f"ninjs {where}: {message}"[:1000]


def raw_document_from_ninjs(item: dict[str, Any]) -> dict[str, Any]:
    """A ninjs item → a raw-article document (not yet validated against raw-article.schema.json)."""
    error = ninjs_error(item)
    if error:
        raise Rejected("schema_invalid", error)
    identifier: str = item.get("uri") or item["guid"]
    document: dict[str, Any] = {
        "id": identifier,
        "url": identifier,
        "source": _source_of(item, identifier),
        "title": _title_of(item),
        "body": _body_of(item),
        "source_payload": item,
    }
    language = _language_of(item.get("language"))
    if language:
        document["language"] = language
    for name in ("versioncreated", "firstcreated"):
        if item.get(name):
            try:
                datetime.fromisoformat(item[name])
            except ValueError:
                raise Rejected("schema_invalid", f"ninjs {name}: {item[name]!r} is not ISO 8601"[:1000]) from None
    published_at = item.get("versioncreated") or item.get("firstcreated")
    if published_at:
        document["published_at"] = published_at
    version = item.get("version")
    if version is None or version == "":
        version = item.get("versioncreated")
    if version is not None and version != "":
        document["version"] = version
    byline = item.get("byline") or item.get("by")
    if byline:
        document["byline"] = byline
    metadata = _metadata_of(item)
    if metadata:
        document["metadata"] = metadata
    return document


def _title_of(item: dict[str, Any]) -> str:
    if isinstance(item.get("headline"), str):
        return item["headline"]
    headlines = item.get("headlines") or []
    chosen = next((h for h in headlines if h.get("role") == "main"), headlines[0] if headlines else None)
    if not chosen:
        return ""
    value: str = chosen["value"]
    if _is_html(chosen.get("contenttype"), value):
        return " ".join(html_to_text(value).splitlines())
    return value


def _body_of(item: dict[str, Any]) -> str:
    text = item.get("body_text")
    if isinstance(text, str) and text.strip():
        return text
    html = item.get("body_html")
    if isinstance(html, str) and html.strip():
        return _extracted(html, "body_html")
    bodies = item.get("bodies") or []
    candidates = [b for b in bodies if b.get("role") == "main"] or bodies
    plain = [b for b in candidates if not _is_html(b.get("contenttype"), b["value"]) and b["value"].strip()]
    if plain:
        return plain[0]["value"]
    marked_up = [b for b in candidates if _is_html(b.get("contenttype"), b["value"]) and b["value"].strip()]
    if marked_up:
        return _extracted(marked_up[0]["value"], "bodies")
    return text if isinstance(text, str) else ""  # blank: the raw-article checks say so


def _extracted(html: str, where: str) -> str:
    text = html_to_text(html)
    if not text.strip():
        raise Rejected("schema_invalid", f"ninjs {where}: no text left after HTML extraction")
    return text


def _is_html(contenttype: Any, value: str) -> bool:
    if isinstance(contenttype, str) and contenttype.strip():
        return contenttype.split(";")[0].strip().lower() in _HTML_TYPES
    return value.lstrip().startswith("<")


def _language_of(tag: Any) -> str | None:
    if not isinstance(tag, str):
        return None
    match = _PRIMARY_LANGUAGE.match(tag.strip())
    return match.group(1).lower() if match else None


def _source_of(item: dict[str, Any], identifier: str) -> str:
    """The outlet: the first info source's name, else the copyright holder, else the uri's host."""
    for key in ("infosources", "infosource"):
        sources = item.get(key)
        if isinstance(sources, list):
            for source in sources:
                if isinstance(source, dict) and isinstance(source.get("name"), str) and source["name"].strip():
                    return source["name"].strip()[:256]
    holder = item.get("copyrightholder")
    if isinstance(holder, str) and holder.strip():
        return holder.strip()[:256]
    try:
        host = urlsplit(identifier).hostname
    except ValueError:
        host = None
    return (host or "ninjs")[:256]


def _metadata_of(item: dict[str, Any]) -> dict[str, Any]:
    metadata: dict[str, Any] = {}
    if isinstance(item.get("located"), str) and item["located"].strip():
        metadata["located"] = item["located"]
    places = _concepts(item.get("place")) + _concepts(item.get("places"))
    if places:
        metadata["places"] = places
    subjects = _concepts(item.get("subject")) + _concepts(item.get("subjects"))
    if subjects:
        metadata["subjects"] = subjects
    associations = _associations(item.get("associations"))
    if associations:
        metadata["associations"] = associations
    return metadata


def _concepts(values: Any) -> list[dict[str, str]]:
    """1.x {name, code, scheme, rel, uri} and 2.x {name, literal, rel, uri} → one shape."""
    out: list[dict[str, str]] = []
    for value in values if isinstance(values, list) else []:
        if not isinstance(value, dict):
            continue
        concept = {key: value[key] for key in _CONCEPT_KEYS if isinstance(value.get(key), str)}
        if "code" not in concept and isinstance(value.get("literal"), str):
            concept["code"] = value["literal"]
        if concept:
            out.append(concept)
    return out


def _associations(values: Any) -> list[dict[str, str]]:
    """1.x {name: item} and 2.x [{name, …item}] → [{name, uri, type, title}]."""
    if isinstance(values, dict):
        pairs = [(name, value) for name, value in values.items() if isinstance(value, dict)]
    elif isinstance(values, list):
        pairs = [(value.get("name"), value) for value in values if isinstance(value, dict)]
    else:
        return []
    out: list[dict[str, str]] = []
    for name, value in pairs:
        association: dict[str, str] = {}
        if isinstance(name, str):
            association["name"] = name
        for key in ("uri", "guid", "type"):
            target = "uri" if key == "guid" else key
            if isinstance(value.get(key), str) and target not in association:
                association[target] = value[key]
        title = value.get("headline")
        if not isinstance(title, str):
            headlines = value.get("headlines")
            first = headlines[0] if isinstance(headlines, list) and headlines else None
            title = first.get("value") if isinstance(first, dict) else None
        if isinstance(title, str):
            association["title"] = title
        if association:
            out.append(association)
    return out
