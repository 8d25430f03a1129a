"""Several worker processes from one command, sharing the models loaded once before they fork.

`newsworker worker --processes N` loads the spaCy pipelines and the event rules' word lists in one
process, freezes the garbage collector's view of them, then forks N children that each run an ordinary
worker (its own Faust app, consumer and producers) in the same consumer group: Kafka spreads the
partitions over them as over N separate commands. Forked after the load, the children share the models'
pages (copy-on-write: the weights are never written), so N processes take less memory than N commands,
and less of the CPUs' shared cache.

Child i serves /metrics, /health and /ready on the metrics port + i. The parent only supervises: it
passes SIGTERM and SIGINT on to every child, and when one child exits it stops the others and exits with
that child's status, so the orchestrator (systemd, Kubernetes) restarts the whole set rather than
running on silently with fewer processes.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import signal
import sys
import time
from collections.abc import Callable
from types import FrameType

from worker.settings import Settings

log = logging.getLogger("newsworker")


def preload(languages: tuple[str, ...] = ("fr", "en")) -> dict[str, str | None]:
    """What every child would load first: the spaCy pipelines and the event rules' resources."""
    from worker.pipeline import Pipeline

    return Pipeline().warm_up(languages)


def child_settings(settings: Settings, index: int) -> Settings:
    """Child `index`'s settings: its own metrics port, everything else shared."""
    return settings.with_overrides(metrics_port=settings.metrics_port + index)


def run_processes(settings: Settings, run_one: Callable[[Settings], int],
                  load: Callable[[], object] = preload) -> int:
    """Load once, fork `settings.processes` children running `run_one(child_settings)`, supervise them."""
    count = settings.processes
    started = time.perf_counter()
    loaded = load()
    log.info("loaded %s in %.1fs before forking %d worker processes", loaded, time.perf_counter() - started, count)
    gc.freeze()  # the loaded objects stay out of the collector's passes: fewer of their pages get copied
    children: dict[int, int] = {}
    for index in range(count):
        pid = os.fork()
        if pid == 0:  # the child: an ordinary worker; never returns into the parent's code
            status = 1
            try:
                # Its own process group: a Ctrl-C in the terminal reaches the parent only, which passes it
                # on once (the worker's shutdown must not be interrupted by a second one).
                os.setpgid(0, 0)
                signal.signal(signal.SIGTERM, signal.SIG_DFL)
                signal.signal(signal.SIGINT, signal.default_int_handler)
                _stop_with_parent()
                status = run_one(child_settings(settings, index))
            except SystemExit as exc:
                status = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
            except BaseException:
                log.exception("worker process %d failed", index)
            finally:
                logging.shutdown()
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(status)
        children[pid] = index
        log.info("worker process %d: pid %d, metrics on port %d", index, pid, settings.metrics_port + index)
    return supervise(children)


def supervise(children: dict[int, int]) -> int:
    """Wait for the children; forward stop signals; when one exits, stop the rest and return its status."""
    asked = False  # a stop signal came from outside

    def forward(signum: int, _frame: FrameType | None) -> None:
        nonlocal asked
        asked = True
        for pid in children:
            _signal(pid, signum)

    previous = {signum: signal.signal(signum, forward) for signum in (signal.SIGTERM, signal.SIGINT)}
    try:
        return _wait_for(children, lambda: asked)
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _wait_for(children: dict[int, int], asked: Callable[[], bool]) -> int:
    stopping = False
    first_status: int | None = None
    while children:
        try:
            pid, wait_status = os.wait()
        except ChildProcessError:
            break
        index = children.pop(pid, None)
        if index is None:
            continue
        status = os.waitstatus_to_exitcode(wait_status)
        status = 128 - status if status < 0 else status  # killed by signal N: 128 + N, as a shell reports it
        if first_status is None:
            first_status = status
        if not stopping and not asked():
            log.error("worker process %d (pid %d) exited with status %d; stopping the other %d",
                      index, pid, status, len(children))
            stopping = True
            for other in children:
                _signal(other, signal.SIGTERM)
        else:
            log.info("worker process %d (pid %d) stopped (status %d)", index, pid, status)
    if first_status is None or first_status == 0:
        return 0 if asked() or first_status is None else 1  # a child that ends unasked is a failure
    return first_status


def _signal(pid: int, signum: int) -> None:
    with contextlib.suppress(ProcessLookupError):  # already gone
        os.kill(pid, signum)


def _stop_with_parent() -> None:
    """Linux: this process gets SIGTERM if the supervising parent dies (even by kill -9), so no worker
    is left consuming on its own."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    pr_set_pdeathsig = 1
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)
