"""docker-compose.yml: valid Compose file, single-node Kafka settings, worker wiring, mounts.

The structural checks below always run; `docker compose config -q` runs when the docker client and
its compose plugin are installed (skipped otherwise, with the reason).
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "docker-compose.yml"

_spec = importlib.util.spec_from_file_location("settings_env", ROOT / "deploy" / "settings_env.py")
assert _spec and _spec.loader
settings_env = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(settings_env)

_VAR = re.compile(r"\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)")


def interpolate(value: Any, unset: set[str]) -> Any:
    """Compose variable interpolation with an empty environment (defaults apply); names used without
    a default are collected in `unset`."""
    if isinstance(value, dict):
        return {k: interpolate(v, unset) for k, v in value.items()}
    if isinstance(value, list):
        return [interpolate(v, unset) for v in value]
    if not isinstance(value, str):
        return value

    def repl(m: re.Match[str]) -> str:
        if m.group(0) == "$$":
            return "$"
        name = m.group(1) or m.group(4)
        op, default = m.group(2), m.group(3)
        if op in ("-", ":-"):
            return default
        unset.add(name)
        return ""

    return _VAR.sub(repl, value)


@pytest.fixture(scope="module")
def raw() -> dict:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def compose(raw: dict) -> dict:
    unset: set[str] = set()
    doc = interpolate(raw, unset)
    assert not unset, f"variables without a default: {sorted(unset)}"
    return doc


def env_of(service: dict) -> dict[str, str]:
    env = service.get("environment", {})
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return {k: str(v) for k, v in env.items()}


def test_docker_compose_config() -> None:
    docker = shutil.which("docker")
    if not docker:
        pytest.skip("docker client not installed: only the offline schema validation ran")
    probe = subprocess.run([docker, "compose", "version"], capture_output=True, text=True, timeout=60)
    if probe.returncode != 0:
        pytest.skip("docker client has no compose plugin (`docker compose version` failed): "
                    "only the offline schema validation ran")
    result = subprocess.run([docker, "compose", "-f", str(COMPOSE), "config", "-q"], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_services(compose: dict) -> None:
    assert {"kafka", "kafka-init", "worker", "prometheus", "grafana"} <= set(compose["services"])


def test_kafka_is_a_single_kraft_node_with_single_node_overrides(compose: dict) -> None:
    kafka = compose["services"]["kafka"]
    assert re.fullmatch(r"apache/kafka:4\.\d+\.\d+", kafka["image"])
    env = env_of(kafka)
    assert set(env["KAFKA_PROCESS_ROLES"].split(",")) == {"broker", "controller"}
    assert env["KAFKA_CONTROLLER_QUORUM_VOTERS"] == f"{env['KAFKA_NODE_ID']}@kafka:9093"
    for key in ("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR",
                "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR"):
        assert env[key] == "1", key
    assert env["KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS"] == "0"
    advertised = env["KAFKA_ADVERTISED_LISTENERS"].split(",")
    assert "PLAINTEXT://kafka:9092" in advertised, "in-network listener"
    host = [a for a in advertised if "localhost" in a]
    assert host, "a listener for clients on the host"
    host_port = host[0].rsplit(":", 1)[1]
    assert any(str(p).endswith(f"{host_port}:{host_port}") for p in kafka["ports"])
    listener_names = {item.split(":")[0] for item in env["KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"].split(",")}
    assert {a.split("://")[0] for a in advertised} | {"CONTROLLER"} <= listener_names
    assert "healthcheck" in kafka


def test_topic_init_creates_the_application_topics(compose: dict) -> None:
    init = compose["services"]["kafka-init"]
    assert init["depends_on"]["kafka"]["condition"] == "service_healthy"
    env = env_of(init)
    assert {env[f"NEWSWORKER_TOPIC_{t}"] for t in ("RAW", "ENRICHED", "EVENTS", "DEADLETTER")} == {
        "news.articles.raw", "news.articles.enriched", "news.events", "news.deadletter"}
    assert env["NEWSWORKER_PARTITIONS"] == "6"
    script = "\n".join(init["command"])
    assert "--create --if-not-exists" in script and "--bootstrap-server kafka:9092" in script


def test_worker_wiring(compose: dict) -> None:
    worker = compose["services"]["worker"]
    assert worker["build"]["context"] == "."
    assert worker["build"].get("dockerfile", "Dockerfile") == "Dockerfile"
    assert worker["depends_on"]["kafka-init"]["condition"] == "service_completed_successfully"
    env = env_of(worker)
    assert env["NEWSWORKER_KAFKA_BOOTSTRAP"] == "kafka:9092"
    assert env["NEWSWORKER_METRICS_HOST"] == "0.0.0.0"
    assert env["NEWSWORKER_METRICS_PORT"] == "9464"
    assert env["NEWSWORKER_PROCESSING_GUARANTEE"] in {"exactly_once", "at_least_once"}
    assert env_of(compose["services"]["kafka-init"]).items() <= env.items(), "same topics as kafka-init"


def test_worker_env_names_are_read_by_the_worker(compose: dict) -> None:
    env = env_of(compose["services"]["worker"])
    read = settings_env.worker_env_names(ROOT)
    for name in env:
        assert name.startswith("NEWSWORKER_"), name
        assert name in settings_env.DOCUMENTED or name in read, f"{name}: not a documented setting"
        assert name in read, f"{name}: the worker never reads it (typo?)"


def test_bind_mounts_exist(compose: dict) -> None:
    for name, service in compose["services"].items():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0] if isinstance(volume, str) else volume.get("source", "")
            if source.startswith("."):
                assert (ROOT / source).exists(), f"{name}: {source} does not exist"


def test_prometheus_gets_config_and_rules(compose: dict) -> None:
    prometheus = compose["services"]["prometheus"]
    assert prometheus["image"].startswith("prom/prometheus:")
    assert "./deploy/prometheus:/etc/prometheus:ro" in prometheus["volumes"]
    assert "--config.file=/etc/prometheus/prometheus.yml" in prometheus["command"]
    assert compose["services"]["grafana"]["image"].startswith("grafana/grafana:")
