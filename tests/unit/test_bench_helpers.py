"""The throughput benchmark's process helpers (bench/throughput.py): which 2-worker runs a pair makes, and
how a forked worker set is found and measured."""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from throughput import children_of, proportional_memory_mb, two_worker_kinds  # noqa: E402

from worker.cli import free_ports  # noqa: E402


def test_the_reported_kind_comes_first() -> None:
    assert two_worker_kinds(argparse.Namespace(two="forked")) == ["forked"]
    assert two_worker_kinds(argparse.Namespace(two="commands")) == ["commands"]
    assert two_worker_kinds(argparse.Namespace(two="both")) == ["forked", "commands"]


def test_children_of_finds_the_processes_a_process_started() -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert child.pid in children_of(os.getpid())
    finally:
        child.kill()
        child.wait()
    assert child.pid not in children_of(os.getpid())


def test_free_ports_are_consecutive_and_free() -> None:
    first = free_ports(3)
    for port in range(first, first + 3):
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", port))  # raises if taken


def test_proportional_memory_is_at_most_the_resident_memory() -> None:
    pss = proportional_memory_mb(os.getpid())
    status = Path(f"/proc/{os.getpid()}/status").read_text()
    rss_mb = int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:"))) / 1024
    assert 0 < pss <= rss_mb + 1
