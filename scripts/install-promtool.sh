#!/usr/bin/env bash
# Install promtool (from Debian's `prometheus` package) if it is not already on PATH.
# Idempotent and quiet: does nothing when promtool is present. Exit codes:
#   0  promtool is available (already, or after installing)
#   1  promtool is missing and could not be installed (no apt-get, not root, or install failed)
set -euo pipefail

if command -v promtool >/dev/null 2>&1; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-promtool: promtool is not installed and apt-get is unavailable." >&2
  echo "install-promtool: install promtool by hand (Prometheus release tarball or your distro's" >&2
  echo "install-promtool: 'prometheus' package) and put it on PATH." >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "install-promtool: promtool is missing and installing it needs root (no sudo found)." >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq >"$log" 2>&1 \
  || ! $SUDO env DEBIAN_FRONTEND=noninteractive \
       apt-get install -y -qq --no-install-recommends prometheus >>"$log" 2>&1; then
  cat "$log" >&2
  echo "install-promtool: 'apt-get install prometheus' failed; install promtool by hand." >&2
  exit 1
fi

# The Debian package enables and may start a prometheus service; this script only wants the binary.
if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
  $SUDO systemctl disable --now prometheus >/dev/null 2>&1 || true
fi

if ! command -v promtool >/dev/null 2>&1; then
  echo "install-promtool: the prometheus package installed but promtool is not on PATH." >&2
  exit 1
fi
echo "install-promtool: $(promtool --version 2>&1 | head -n1)"
