import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from worker.cli import build_parser, format_record
from worker.schemas import first_error

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "ukraine-biden-macron-fr.txt"
SCHEMA_OF = {"article.enriched": "enriched-article", "event": "event", "deadletter": "deadletter",
             "event.superseded": "event-superseded"}


def test_help_lists_every_command():
    text = build_parser().format_help()
    for command in ("demo", "kafka", "worker", "send", "tail", "process", "dashboard", "feed", "ingest"):
        assert command in text


def test_kafka_help_names_every_security_setting(capsys):
    """Security settings have no flags (no secret in the process list): `--help` must still name them."""
    from dataclasses import fields

    from worker.settings import Settings

    with pytest.raises(SystemExit):
        build_parser().parse_args(["worker", "--help"])
    text = " ".join(capsys.readouterr().out.split())  # argparse wraps lines
    security = [f.name for f in fields(Settings) if f.name.startswith(("kafka_security", "kafka_sasl", "kafka_ssl"))]
    assert len(security) == 8
    for name in security:
        assert f"NEWSWORKER_{name.upper()}" in text, name


def test_bad_flag_value_is_a_clear_error(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["worker", "--guarantee", "maybe"])
    assert "invalid choice" in capsys.readouterr().err


def test_batch_size_comes_from_flag_over_environment_and_is_checked(monkeypatch):
    from worker.settings import Settings

    monkeypatch.setenv("NEWSWORKER_BATCH_MAX_ARTICLES", "8")
    monkeypatch.setenv("NEWSWORKER_BATCH_WAIT_MS", "40")
    assert (Settings().batch_max_articles, Settings().batch_wait_ms) == (8, 40)
    args = build_parser().parse_args(["worker", "--batch-max-articles", "16"])
    assert Settings().with_overrides(**vars(args)).batch_max_articles == 16
    monkeypatch.setenv("NEWSWORKER_BATCH_MAX_ARTICLES", "0")
    with pytest.raises(SystemExit, match="batch max articles"):
        Settings()


def test_process_prints_schema_valid_records_for_the_seed_and_a_broken_file(tmp_path):
    broken = tmp_path / "broken.jsonl"
    broken.write_bytes(b'{"id": "x"}\nnot json\n')
    result = subprocess.run([sys.executable, "-m", "worker", "process", str(SEED), str(broken)],
                            capture_output=True, timeout=300, check=True)
    records = [orjson.loads(line) for line in result.stdout.splitlines()]
    kinds = [r["record_type"] for r in records]
    assert kinds.count("article.enriched") == 1 and kinds.count("deadletter") == 2 and "event" in kinds
    for record in records:
        assert first_error(SCHEMA_OF[record["record_type"]], record) is None
        assert format_record(record)  # every record has a readable form


def test_process_emits_superseded_events_for_a_newer_version(tmp_path):
    def version(number: int, body: str) -> bytes:
        return orjson.dumps({"id": "v", "url": "u", "source": "s", "title": "", "language": "fr",
                             "version": number, "body": body})

    both = tmp_path / "versions.jsonl"
    both.write_bytes(version(1, "Moscou a nié les accusations.\nLa Russie a averti les pays occidentaux.") + b"\n"
                     + version(2, "Moscou a nié les accusations.") + b"\n")
    result = subprocess.run([sys.executable, "-m", "worker", "process", str(both)],
                            capture_output=True, timeout=300, check=True)
    records = [orjson.loads(line) for line in result.stdout.splitlines()]
    superseded = [r for r in records if r["record_type"] == "event.superseded"]
    second = [r for r in records if r["record_type"] == "article.enriched"][1]
    assert superseded and {r["id"] for r in superseded} == set(second["version"]["superseded_event_ids"])
    for record in superseded:
        assert first_error("event-superseded", record) is None
