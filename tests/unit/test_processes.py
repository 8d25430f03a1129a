"""`newsworker worker --processes N`: load once, fork N workers, supervise them (worker/processes.py).

The children here run small stand-ins for the worker (`run_one`), so the supervision is tested on its own;
tests/integration/test_forked_processes.py runs the real worker this way against the real broker."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from worker.processes import child_settings, run_processes
from worker.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
LOADED: dict[str, object] = {}


def _settings(processes: int, port: int = 19000) -> Settings:
    return Settings().with_overrides(processes=processes, metrics_port=port)


def test_each_child_gets_the_next_metrics_port() -> None:
    settings = _settings(3, port=9464)
    assert [child_settings(settings, i).metrics_port for i in range(3)] == [9464, 9465, 9466]
    assert child_settings(settings, 2).kafka_bootstrap == settings.kafka_bootstrap


def test_processes_must_be_at_least_one() -> None:
    with pytest.raises(SystemExit, match="processes must be at least 1"):
        _settings(0)


def test_children_use_what_the_parent_loaded_once(tmp_path: Path) -> None:
    loads = tmp_path / "loads"

    def load() -> str:
        with loads.open("a") as f:
            f.write(f"{os.getpid()}\n")
        LOADED["model"] = object()
        return "model"

    def run_one(settings: Settings) -> int:
        (tmp_path / f"child-{os.getpid()}").write_text(f"{settings.metrics_port} {id(LOADED.get('model'))}")
        deadline = time.monotonic() + 30  # both report before either ends (the first end stops the other)
        while len(list(tmp_path.glob("child-*"))) < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        return 0

    status = run_processes(_settings(2), run_one, load=load)
    assert loads.read_text().split() == [str(os.getpid())]  # loaded in the parent only
    reports = sorted(p.read_text().split() for p in tmp_path.glob("child-*"))
    assert [port for port, _ in reports] == ["19000", "19001"]
    assert {model for _, model in reports} == {str(id(LOADED["model"]))}  # the parent's object, inherited
    # Workers that end without being asked to are a failure for the supervisor (the orchestrator restarts).
    assert status == 1
    assert signal.getsignal(signal.SIGTERM) is not None


def test_a_failing_child_stops_the_others_and_gives_its_status(tmp_path: Path) -> None:
    def run_one(settings: Settings) -> int:
        if settings.metrics_port == 19000:
            time.sleep(0.5)  # the other child is running by then
            return 3
        (tmp_path / "sleeper").write_text(str(os.getpid()))
        time.sleep(120)  # stopped by the supervisor's SIGTERM long before this
        return 0

    started = time.monotonic()
    status = run_processes(_settings(2), run_one, load=lambda: None)
    assert status == 3
    assert time.monotonic() - started < 60
    sleeper = int((tmp_path / "sleeper").read_text())
    with pytest.raises(ProcessLookupError):
        os.kill(sleeper, 0)  # stopped and reaped


def test_the_supervisor_restores_the_signal_handlers_it_replaced() -> None:
    before = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)
    run_processes(_settings(1), lambda settings: 0, load=lambda: None)
    assert (signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)) == before


SUPERVISED = textwrap.dedent("""
    import os, signal, sys, time
    from pathlib import Path
    from worker.processes import run_processes
    from worker.settings import Settings

    out = Path(sys.argv[1])

    def run_one(settings):
        def stop(signum, frame):
            (out / f"stopped-{settings.metrics_port}").write_text(str(signum))
            raise SystemExit(0)
        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        (out / f"ready-{settings.metrics_port}").write_text(str(os.getpid()))
        time.sleep(120)
        return 0

    sys.exit(run_processes(Settings().with_overrides(processes=2, metrics_port=19100), run_one,
                           load=lambda: None))
""")


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_stop_signal_reaches_every_child_and_ends_cleanly(tmp_path: Path, signum: int) -> None:
    parent = subprocess.Popen([sys.executable, "-c", SUPERVISED, str(tmp_path)], cwd=ROOT)
    try:
        deadline = time.monotonic() + 60
        while len(list(tmp_path.glob("ready-*"))) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(list(tmp_path.glob("ready-*"))) == 2, "children did not start"
        parent.send_signal(signum)
        assert parent.wait(timeout=30) == 0
    finally:
        if parent.poll() is None:
            parent.kill()
    stopped = sorted(p.name for p in tmp_path.glob("stopped-*"))
    assert stopped == ["stopped-19100", "stopped-19101"]
    assert {p.read_text() for p in tmp_path.glob("stopped-*")} == {str(int(signum))}


def test_children_stop_when_the_supervisor_is_killed(tmp_path: Path) -> None:
    parent = subprocess.Popen([sys.executable, "-c", SUPERVISED, str(tmp_path)], cwd=ROOT)
    try:
        deadline = time.monotonic() + 60
        while len(list(tmp_path.glob("ready-*"))) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        children = [int(p.read_text()) for p in tmp_path.glob("ready-*")]
        assert len(children) == 2
        parent.kill()  # SIGKILL: no forwarding possible; the children's parent-death signal stops them
        parent.wait(timeout=10)
        deadline = time.monotonic() + 30
        while len(list(tmp_path.glob("stopped-*"))) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        if parent.poll() is None:
            parent.kill()
    assert len(list(tmp_path.glob("stopped-*"))) == 2


def test_the_flag_and_the_environment_set_the_count(monkeypatch: pytest.MonkeyPatch) -> None:
    from worker.cli import build_parser, settings_from

    monkeypatch.setenv("NEWSWORKER_PROCESSES", "2")
    assert Settings().processes == 2
    assert settings_from(build_parser().parse_args(["worker", "--processes", "3"])).processes == 3
