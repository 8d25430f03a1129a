"""Load the JSON Schema files in schemas/ (the contract with feeds and dashboards) and validate.

The files are the single source of truth: the worker validates input with them and the tests
validate every published record with them.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any

import orjson
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from worker.settings import PROJECT_ROOT

SCHEMA_FILES = {
    "raw-article": "raw-article.schema.json",
    "enriched-article": "enriched-article.schema.json",
    "event": "event.schema.json",
    "event-superseded": "event-superseded.schema.json",
    "deadletter": "deadletter.schema.json",
    "duplicate-mark": "duplicate-mark.schema.json",
}


def schemas_dir() -> Path:
    return Path(os.environ.get("NEWSWORKER_SCHEMAS_DIR", PROJECT_ROOT / "schemas"))


@cache
def _registry() -> Registry:
    resources = []
    for path in sorted(schemas_dir().glob("*.schema.json")):
        contents = orjson.loads(path.read_bytes())
        resources.append((contents["$id"], Resource.from_contents(contents)))
    return Registry().with_resources(resources)


@cache
def load_schema(name: str) -> dict[str, Any]:
    path = schemas_dir() / SCHEMA_FILES[name]
    if not path.exists():
        raise FileNotFoundError(f"schema {name!r} not found at {path} (set NEWSWORKER_SCHEMAS_DIR)")
    return orjson.loads(path.read_bytes())


@cache
def validator(name: str) -> Draft202012Validator:
    schema = load_schema(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, registry=_registry())


def first_error(name: str, instance: Any) -> str | None:
    """A one-line description of the most relevant validation error, or None when valid."""
    errors = sorted(validator(name).iter_errors(instance), key=lambda e: (len(e.path), e.message))
    if not errors:
        return None
    err = errors[0]
    where = "/".join(str(p) for p in err.absolute_path) or "(root)"
    return f"{where}: {err.message}"[:1000]
