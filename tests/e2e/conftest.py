"""Browser tests: the integration fixtures (real broker, real workers) plus a headless Chromium.

The browser is Debian's chromium (scripts/install-chromium.sh) driven by Playwright's Python package;
Playwright never downloads a browser of its own. Without them the tests skip, except under CI=true,
where they fail: CI must run the browser tests.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("NEWSWORKER_CHROMIUM", "/usr/bin/chromium"))


@pytest.fixture(scope="session")
def chromium() -> Path:
    """The Chromium executable, once Playwright can drive it; skip (or fail under CI=true) otherwise."""
    problems = []
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        problems.append(f"no Chromium at {CHROMIUM}")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        problems.append("the Python package playwright is not installed")
    if problems:
        message = "; ".join(problems) + " — run `bash scripts/install-chromium.sh`"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true and the browser test cannot run: {message}")
        pytest.skip(message)
    return CHROMIUM
