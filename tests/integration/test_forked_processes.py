"""`newsworker worker --processes 2` against the real broker: two forked workers in one group, each on its
own partitions and metrics port, deduplicating across each other, stopped cleanly by one SIGTERM."""

from __future__ import annotations

import os
import urllib.request
from pathlib import Path

import orjson
import pytest

from tests.kafka_fixtures import consume, produce, settings_for
from worker.cli import free_ports, stop_process, wait_http_ok

pytestmark = pytest.mark.integration

WIRE = ("Le ministère des Armées a confirmé jeudi l’envoi de 1 500 soldats en Estonie, une décision prise "
        "après plusieurs semaines de consultations avec les alliés de l’Otan.")


def article(article_id: str, own: str) -> bytes:
    return orjson.dumps({"id": article_id, "url": f"https://x.test/{article_id}", "source": article_id,
                         "title": "", "body": f"{own}\n{WIRE}", "language": "fr"})


def consumed_by(port: int) -> float:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as response:
        text = response.read().decode()
    return sum(float(line.rsplit(" ", 1)[1]) for line in text.splitlines()
               if line.startswith("newsworker_articles_consumed_total{"))


def test_two_forked_workers_share_the_group_and_stop_together(kafka_broker, start_worker, tmp_path):
    port = free_ports(2)
    settings = settings_for(kafka_broker, tmp_path, partitions=2, metrics_port=port)
    handle = start_worker(settings, processes=2)
    assert wait_http_ok(f"http://127.0.0.1:{port + 1}/ready", 180, handle.process), handle.log()
    tasks = Path(f"/proc/{handle.process.pid}/task")
    children = [int(pid) for task in tasks.iterdir() for pid in (task / "children").read_text().split()]
    assert len(children) == 2

    produce(settings, settings.topic_raw, [(b"wire-0", article("wire-0", "Dépêche d’agence."))], 0)
    consume(settings, [settings.topic_enriched], lambda rs: any(r["key"] == "wire-0" for r in rs))
    produce(settings, settings.topic_raw, [(b"copy-1", article("copy-1", "Reprise par un quotidien."))], 1)
    records = consume(settings, [settings.topic_enriched], lambda rs: len({r["key"] for r in rs}) >= 2)
    by_key = {r["key"]: r["value"] for r in records}
    assert set(by_key) == {"wire-0", "copy-1"}
    marks = {key: next(p["duplicate"] for p in value["paragraphs"] if p["text"] == WIRE)
             for key, value in by_key.items()}
    assert marks["wire-0"] is None
    assert marks["copy-1"] is not None and marks["copy-1"]["of"]["article_id"] == "wire-0"

    # One partition each: each process consumed one of the two articles, on its own metrics port.
    assert sorted([consumed_by(port), consumed_by(port + 1)]) == [1.0, 1.0]

    stop_process(handle.process)
    assert handle.process.returncode == 0, handle.log()
    for pid in children:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    log = handle.log()
    assert "worker process 0" in log and "worker process 1" in log and "stopped (status 0)" in log
