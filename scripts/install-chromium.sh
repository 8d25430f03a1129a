#!/usr/bin/env bash
# Install what the dashboard's browser test needs, if it is missing:
#   - Debian's `chromium` package (the browser at /usr/bin/chromium), via apt-get;
#   - the `playwright` Python package into the project's venv (.venv, or $VENV), pinned below.
# Playwright is only the driver: it launches Debian's chromium (executable_path=/usr/bin/chromium).
# It never downloads a browser build of its own (`playwright install` is never run; it cannot work offline).
# Idempotent and quiet: does nothing when both are present. Exit codes:
#   0  chromium and playwright are available (already, or after installing)
#   1  something is missing and could not be installed (no apt-get, not root, install failed)
set -euo pipefail

PLAYWRIGHT_VERSION="${PLAYWRIGHT_VERSION:-1.65.2}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${VENV:-$ROOT/.venv}"
PY="$VENV/bin/python"
CHROMIUM="${NEWSWORKER_CHROMIUM:-/usr/bin/chromium}"

say() { echo "install-chromium: $*"; }
die() { echo "install-chromium: $*" >&2; exit 1; }

# -- the browser ---------------------------------------------------------------------------------
if [ ! -x "$CHROMIUM" ]; then
  command -v apt-get >/dev/null 2>&1 || die "chromium is missing ($CHROMIUM) and apt-get is unavailable;
install-chromium: install Chromium by hand (your distro's 'chromium' package) or set NEWSWORKER_CHROMIUM."
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "chromium is missing and installing it needs root (no sudo found)."
    SUDO="sudo"
  fi
  log="$(mktemp)"
  trap 'rm -f "$log"' EXIT
  if ! $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq >"$log" 2>&1 \
    || ! $SUDO env DEBIAN_FRONTEND=noninteractive \
         apt-get install -y -qq --no-install-recommends chromium fonts-liberation >>"$log" 2>&1; then
    cat "$log" >&2
    die "'apt-get install chromium' failed; install Chromium by hand."
  fi
  [ -x "$CHROMIUM" ] || die "the chromium package installed but $CHROMIUM is not there."
  say "$("$CHROMIUM" --version 2>/dev/null | head -n1)"
fi

# -- the driver (Python) -------------------------------------------------------------------------
[ -x "$PY" ] || die "no Python venv at $VENV (run 'make setup' first)."
if ! "$PY" -c "import playwright.sync_api" >/dev/null 2>&1; then
  # pip only installs the package (with its bundled Node driver); it downloads no browser.
  if ! PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 "$PY" -m pip install --quiet --disable-pip-version-check \
       "playwright==$PLAYWRIGHT_VERSION"; then
    die "'pip install playwright==$PLAYWRIGHT_VERSION' failed."
  fi
  say "playwright==$("$PY" -c 'import importlib.metadata as m; print(m.version("playwright"))')"
fi
exit 0
