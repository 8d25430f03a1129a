"""The producers gather a batch's records per partition into one produce request: enriched records (3-20 KB)
filled Kafka clients' default batch (16 KB) one or two at a time, so a batch's outputs went out in many round
trips (session 18: 776-865 produce requests per benchmark run, 178-246 with 512 KiB batches)."""

from __future__ import annotations

from pathlib import Path

import pytest

from worker.app import create_app
from worker.settings import Settings


def test_the_producer_batches_up_to_the_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings().with_overrides(data_dir=tmp_path / "worker")
    assert settings.producer_batch_bytes == 512 * 1024  # under brokers' default 1 MB limit
    app = create_app(settings)
    assert app.producer._settings_default()["max_batch_size"] == 512 * 1024
    monkeypatch.setenv("NEWSWORKER_PRODUCER_BATCH_BYTES", "65536")
    app = create_app(Settings().with_overrides(data_dir=tmp_path / "other"))
    assert app.producer._settings_default()["max_batch_size"] == 65536


def test_an_enriched_record_is_larger_than_the_client_default() -> None:
    """Why the default was raised: the seed's enriched record alone fills more than a 16 KB batch."""
    import orjson

    from worker.ingest.files import read_payloads
    from worker.ingest.raw import parse_raw_article
    from worker.pipeline import Pipeline

    root = Path(__file__).resolve().parents[2]
    _, value = next(read_payloads(root / "seeds" / "ukraine-biden-macron-fr.txt"))
    article = parse_raw_article(value)
    enriched = Pipeline().process(article).enriched
    assert len(orjson.dumps(enriched)) > 16 * 1024


def test_a_tiny_batch_is_refused() -> None:
    with pytest.raises(SystemExit, match="producer batch bytes"):
        Settings().with_overrides(producer_batch_bytes=100)
