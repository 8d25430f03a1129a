"""CLI commands of the ingest side (feeds, HTTP push). Registered by worker/cli.py."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any


def add_ingest_commands(sub: Any, add_kafka_options: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add subcommands to the `newsworker` parser; each sets `handler` via set_defaults."""
    return None
