"""The spaCy models are installed by hash (requirements-models.txt) at the versions pyproject.toml asks."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from worker.nlp.models import MODEL_PACKAGES

ROOT = Path(__file__).resolve().parents[2]


def _hash_pins() -> dict[str, tuple[str, list[str]]]:
    text = (ROOT / "requirements-models.txt").read_text(encoding="utf-8")
    joined = re.sub(r"\\\n\s*", " ", "\n".join(line for line in text.splitlines() if not line.startswith("#")))
    pins: dict[str, tuple[str, list[str]]] = {}
    for line in joined.splitlines():
        if not line.strip():
            continue
        name, version = re.match(r"([\w.-]+)==(\S+)", line.strip()).groups()  # type: ignore[union-attr]
        pins[name.lower().replace("_", "-")] = (version, re.findall(r"--hash=sha256:([0-9a-f]{64})", line))
    return pins


def test_every_model_package_is_pinned_by_hash_at_the_pyproject_version() -> None:
    pins = _hash_pins()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = project["dependencies"] + [d for ds in project["optional-dependencies"].values() for d in ds]
    for package in MODEL_PACKAGES.values():
        name = package.replace("_", "-")
        assert name in pins, f"{name} missing from requirements-models.txt"
        version, hashes = pins[name]
        assert hashes, f"{name} has no sha256 hash"
        assert any(re.fullmatch(rf"{re.escape(name)}=={re.escape(version)}", d.split(";")[0].strip())
                   for d in declared), f"pyproject.toml does not ask for {name}=={version}"


def test_makefile_installs_the_models_with_require_hashes() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "--require-hashes --no-deps -r requirements-models.txt" in makefile
