"""Grafana dashboard + alert rules use only metrics that worker/metrics.py exports.

`metric_names_in_promql(expr) -> set[str]` (defined in deploy/promql_names.py, re-exported here) is
the reusable piece: a live test can compare the names used here with a real worker's /metrics via
`promql_names.sample_names_in_exposition(text)`.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
DASHBOARD = ROOT / "deploy" / "grafana" / "dashboards" / "newsworker.json"
BUILDER = ROOT / "deploy" / "grafana" / "build_dashboard.py"
PROVISIONING = ROOT / "deploy" / "grafana" / "provisioning"
RULES = ROOT / "deploy" / "prometheus" / "alerts.yml"


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(path.stem, module)
    spec.loader.exec_module(module)
    return module


promql_names = _load(ROOT / "deploy" / "promql_names.py")
metric_names_in_promql = promql_names.metric_names_in_promql


def exported_names() -> set[str]:
    from worker.metrics import REGISTRY

    return promql_names.exported_metric_names(REGISTRY)


def iter_panels(panels: list[dict]):
    for panel in panels:
        yield panel
        yield from iter_panels(panel.get("panels", []))  # collapsed rows nest their panels


def dashboard() -> dict:
    return json.loads(DASHBOARD.read_text(encoding="utf-8"))


def dashboard_exprs() -> list[tuple[str, str]]:
    return [(p["title"], t["expr"]) for p in iter_panels(dashboard()["panels"]) for t in p.get("targets", [])]


def rule_exprs() -> list[tuple[str, str]]:
    doc = yaml.safe_load(RULES.read_text(encoding="utf-8"))
    return [(r.get("alert") or r["record"], r["expr"]) for g in doc["groups"] for r in g["rules"]]


# --- the extractor itself ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("up", {"up"}),
        ('up{job="newsworker"} == 0', {"up"}),
        ("sum by (outcome, reason) (rate(a_total[5m]))", {"a_total"}),
        ("sum(rate(a_total[5m])) by (le) / ignoring (x) group_left (y) b", {"a_total", "b"}),
        ('histogram_quantile(0.99, sum by (le) (rate(h_bucket{job="j", le!="+Inf"}[$__rate_interval])))',
         {"h_bucket"}),
        ('a{instance=~"$instance", path="x{y}"} offset 5m and on (job) b unless c', {"a", "b", "c"}),
        ("delta(sum by (topic) (max by (topic, partition) (lag))[10m:1m]) > 0", {"lag"}),
        ('label_replace(m, "dst", "$1", "src", "(.*)")', {"m"}),
        ('{__name__="by_name", job="x"}', {"by_name"}),
        ("absent(up{job=\"newsworker\"}) or vector(0) * 1e3 + inf - Inf", {"up"}),
        ("count_over_time(m[1h30m]) > bool 2", {"m"}),
        ("rate(ns:recorded:rate5m[5m])", {"ns:recorded:rate5m"}),
    ],
)
def test_metric_names_in_promql(expr: str, expected: set[str]) -> None:
    assert metric_names_in_promql(expr) == expected


def test_exported_names_cover_every_family_type() -> None:
    names = exported_names()
    # counter -> _total, histogram -> _bucket/_sum/_count, info -> _info, gauge -> as is
    assert "newsworker_articles_consumed_total" in names
    assert {"newsworker_stage_duration_seconds_bucket", "newsworker_stage_duration_seconds_sum",
            "newsworker_stage_duration_seconds_count"} <= names
    assert "newsworker_worker_info" in names
    assert "newsworker_ready" in names


def test_sample_names_in_exposition_reads_declared_families() -> None:
    from prometheus_client import generate_latest

    from worker.metrics import REGISTRY

    exposed = promql_names.sample_names_in_exposition(generate_latest(REGISTRY).decode())
    assert exposed >= {n for n in exported_names() if not n.endswith("_created")}


# --- dashboard and rules against the registry -------------------------------------------------------

@pytest.mark.parametrize(("where", "expr"), dashboard_exprs() + rule_exprs(), ids=lambda v: str(v)[:60])
def test_promql_uses_only_exported_metrics(where: str, expr: str) -> None:
    used = metric_names_in_promql(expr)
    assert used, f"{where}: no metric name found in {expr!r}"
    unknown = promql_names.undefined_names(used, exported_names())
    assert not unknown, f"{where}: not exported by worker.metrics.REGISTRY: {sorted(unknown)}"


def test_every_exported_metric_is_on_the_dashboard() -> None:
    """A metric added to worker/metrics.py must get a panel (edit deploy/grafana/build_dashboard.py)."""
    from worker.metrics import REGISTRY

    used = set().union(*(metric_names_in_promql(e) for _, e in dashboard_exprs()))
    missing = {
        family.name
        for family in REGISTRY.collect()
        if not any(name == family.name or name.startswith(family.name + "_") for name in used)
    }
    assert not missing, f"metrics with no dashboard panel: {sorted(missing)}"


def test_required_panels() -> None:
    titles = {p["title"] for p in iter_panels(dashboard()["panels"])}
    assert {
        "Throughput by outcome", "Dead letters by reason", "Consumer lag per partition",
        "Stage duration p50 / p95 by stage", "End-to-end latency", "Events by type",
        "Repeats by kind, sentences parsed per worker", "Remembered paragraphs", "Model load time", "Ready",
    } <= titles


def test_dashboard_json_is_what_the_builder_makes() -> None:
    builder = _load(BUILDER)
    assert DASHBOARD.read_text(encoding="utf-8") == builder.render(), (
        "run: python deploy/grafana/build_dashboard.py"
    )


def test_dashboard_layout_and_datasource() -> None:
    dash = dashboard()
    assert dash["uid"] == "newsworker"
    panels = list(iter_panels(dash["panels"]))
    ids = [p["id"] for p in panels]
    assert len(ids) == len(set(ids)), "panel ids must be unique"
    cells: set[tuple[int, int]] = set()
    for p in panels:
        g = p["gridPos"]
        assert g["x"] >= 0 and g["x"] + g["w"] <= 24, p["title"]
        area = {(x, y) for x in range(g["x"], g["x"] + g["w"]) for y in range(g["y"], g["y"] + g["h"])}
        assert not area & cells, f"panel {p['title']!r} overlaps another"
        cells |= area
        assert p["datasource"]["uid"] == "${datasource}"
        for t in p["targets"]:
            assert t["datasource"]["uid"] == "${datasource}"
    variables = {v["name"]: v for v in dash["templating"]["list"]}
    assert variables["datasource"]["query"] == "prometheus"


def test_provisioning_points_at_compose_prometheus_and_dashboards() -> None:
    ds = yaml.safe_load((PROVISIONING / "datasources" / "prometheus.yml").read_text(encoding="utf-8"))
    (source,) = ds["datasources"]
    assert source["type"] == "prometheus" and source["url"] == "http://prometheus:9090"
    providers = yaml.safe_load((PROVISIONING / "dashboards" / "newsworker.yml").read_text(encoding="utf-8"))
    (provider,) = providers["providers"]
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    mounts = compose["services"]["grafana"]["volumes"]
    assert f"./deploy/grafana/dashboards:{provider['options']['path']}:ro" in mounts
    assert "./deploy/grafana/provisioning:/etc/grafana/provisioning:ro" in mounts


def test_dashboard_promql_parses(tmp_path: Path) -> None:
    """Every dashboard query is valid PromQL (Grafana variables replaced), checked by promtool."""
    promtool = shutil.which("promtool")
    if not promtool:
        message = "promtool is not installed (run: bash scripts/install-promtool.sh)"
        if os.environ.get("CI"):
            pytest.fail(message + "; CI is set, so this is an error, not a skip")
        pytest.skip(message)
    rules = [
        {"record": f"dashboard:query_{i}",
         "expr": expr.replace("$__rate_interval", "5m").replace("$instance", ".*")}
        for i, (_, expr) in enumerate(dashboard_exprs())
    ]
    with_rules = {"groups": [{"name": "dashboard", "rules": rules}]}
    rule_file = tmp_path / "dashboard-rules.yml"
    rule_file.write_text(yaml.safe_dump(with_rules), encoding="utf-8")
    result = subprocess.run([promtool, "check", "rules", str(rule_file)], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
