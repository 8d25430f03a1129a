"""The worker's data directory is created with its parents: a fresh checkout has no var/ when the broker in use
was not started by it (make demo against a broker already listening on 9092), and Faust creates only the last
level."""

from __future__ import annotations

from pathlib import Path

from worker.app import create_app
from worker.settings import Settings


def test_data_dir_created_with_parents(tmp_path: Path) -> None:
    data_dir = tmp_path / "var" / "worker"
    create_app(Settings().with_overrides(data_dir=data_dir))
    assert data_dir.is_dir()
