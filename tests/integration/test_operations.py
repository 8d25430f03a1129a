"""Operations on a live worker: /health and /ready semantics, and every metric the shipped dashboard and
alert rules use is really exported on /metrics after the seed went through."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import yaml

from tests.kafka_fixtures import consume, settings_for
from worker.cli import spawn_worker, stop_process

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "ukraine-biden-macron-fr.txt"


def promql_names():
    spec = importlib.util.spec_from_file_location("promql_names", ROOT / "deploy" / "promql_names.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def status_of(url: str) -> tuple[int | None, dict | None]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null")
    except OSError:
        return None, None


def shipped_queries() -> list[str]:
    dashboard = json.loads((ROOT / "deploy" / "grafana" / "dashboards" / "newsworker.json").read_text())
    queries = [t["expr"] for panel in dashboard["panels"] for t in panel.get("targets", []) if t.get("expr")]
    rules = yaml.safe_load((ROOT / "deploy" / "prometheus" / "alerts.yml").read_text())
    queries += [rule["expr"] for group in rules["groups"] for rule in group["rules"]]
    return queries


def test_ready_only_after_models_and_partitions_and_live_metrics_cover_dashboard(kafka_broker, tmp_path):
    settings = settings_for(kafka_broker, tmp_path)
    base = f"http://{settings.metrics_host}:{settings.metrics_port}"
    process = spawn_worker(settings, tmp_path / "worker.log")
    try:
        seen_not_ready = False
        ready_body = None
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            ready, body = status_of(f"{base}/ready")
            if ready == 503:
                seen_not_ready = True
                # Asked after /ready answered, so the web server is known to be up (asking before raced
                # its start: CI once saw /health refused and /ready answer a moment later).
                health, _ = status_of(f"{base}/health")
                assert health == 200  # alive while not ready: probes must tell the two apart
                assert not (body["models_loaded"] and body["partitions_assigned"])
            if ready == 200:
                ready_body = body
                break
            time.sleep(0.1)
        assert seen_not_ready, "never saw /ready answer 503 before the worker was ready"
        assert ready_body == {"ready": True, "models_loaded": True, "partitions_assigned": True}

        env = {**__import__("os").environ, "NEWSWORKER_KAFKA_BOOTSTRAP": settings.kafka_bootstrap,
               "NEWSWORKER_TOPIC_RAW": settings.topic_raw}
        subprocess.run([sys.executable, "-m", "worker", "send", str(SEED)], env=env, check=True, timeout=60,
                       capture_output=True)
        consume(settings, [settings.topic_enriched], lambda rs: len(rs) >= 1, timeout=120)
        time.sleep(6)  # one lag refresh

        text = urllib.request.urlopen(f"{base}/metrics", timeout=5).read().decode()
        names = promql_names()
        exported = names.sample_names_in_exposition(text)
        used = set().union(*(names.metric_names_in_promql(q) for q in shipped_queries()))
        missing = names.undefined_names(used, exported)
        assert not missing, f"dashboard/alerts use metrics the live worker does not export: {sorted(missing)}"
        expected = ("newsworker_ready 1.0", 'newsworker_articles_consumed_total{outcome="enriched",reason="none"} 1.0')
        for line in expected:
            assert line in text
        assert 'newsworker_events_extracted_total{language="fr",type="MOBILIZE"}' in text
        assert "newsworker_model_load_seconds" in text and "newsworker_consumer_lag_messages" in text
    finally:
        stop_process(process)
