"""Build deploy/grafana/dashboards/newsworker.json (the provisioned Grafana dashboard).

    python deploy/grafana/build_dashboard.py          # rewrite the JSON
    python deploy/grafana/build_dashboard.py --check  # exit 1 if the JSON is not what this builds

Edit the panels here, not in the JSON: tests/unit/test_deploy_dashboard.py checks that both agree,
that every metric name used is exported by worker/metrics.py, and that every exported metric is shown.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

OUTPUT = Path(__file__).resolve().parent / "dashboards" / "newsworker.json"

DS = {"type": "prometheus", "uid": "${datasource}"}
SEL = 'job="newsworker", instance=~"$instance"'
RI = "$__rate_interval"
LAST = {"calcs": ["lastNotNull"], "fields": "", "values": False}


def q(expr: str, legend: str = "", instant: bool = False, fmt: str | None = None) -> dict[str, Any]:
    """One PromQL target."""
    target: dict[str, Any] = {"expr": expr, "legendFormat": legend or "__auto", "range": not instant,
                              "instant": instant}
    if fmt:
        target["format"] = fmt
    return target


def rate(metric: str, by: str = "", matchers: str = "") -> str:
    """sum [by (...)] (rate(metric{job, instance[, matchers]}[$__rate_interval]))"""
    sel = SEL + (", " + matchers if matchers else "")
    grouping = f" by ({by}) " if by else ""
    return f"sum{grouping}(rate({metric}{{{sel}}}[{RI}]))"


def threshold(red_from: float) -> dict[str, Any]:
    """Green below `red_from`, red from it (the alert threshold)."""
    steps = [{"color": "green", "value": None}, {"color": "red", "value": red_from}]
    return {"mode": "absolute", "steps": steps}


def quantile(phi: str, histogram: str, by: str = "") -> str:
    labels = "le" + (", " + by if by else "")
    return f"histogram_quantile({phi}, {rate(histogram + '_bucket', labels)})"


class Dashboard:
    def __init__(self) -> None:
        self.panels: list[dict[str, Any]] = []

    def add(self, kind: str, title: str, targets: list[dict[str, Any]], grid: tuple[int, int, int, int],
            unit: str | None = None, desc: str = "", defaults: dict[str, Any] | None = None,
            options: dict[str, Any] | None = None, **extra: Any) -> None:
        x, y, w, h = grid
        field_defaults: dict[str, Any] = {}
        panel_options: dict[str, Any] = {}
        if unit:
            field_defaults["unit"] = unit
        if kind == "timeseries":
            field_defaults["custom"] = {"lineWidth": 1, "fillOpacity": 10, "showPoints": "never"}
            panel_options = {
                "legend": {"displayMode": "table", "placement": "bottom", "calcs": ["lastNotNull", "max"],
                           "showLegend": True},
                "tooltip": {"mode": "multi", "sort": "desc"},
            }
        field_defaults.update(defaults or {})
        panel_options.update(options or {})
        self.panels.append({
            "id": len(self.panels) + 1,
            "type": kind,
            "title": title,
            "description": desc,
            "datasource": DS,
            "gridPos": {"x": x, "y": y, "w": w, "h": h},
            "targets": [{"datasource": DS, "refId": chr(65 + i), **t} for i, t in enumerate(targets)],
            "fieldConfig": {"defaults": field_defaults, "overrides": []},
            "options": panel_options,
            **extra,
        })


def build() -> dict[str, Any]:
    d = Dashboard()
    stat = {"colorMode": "none", "graphMode": "area", "reduceOptions": LAST}

    # Row 1: at a glance
    d.add("stat", "Ready", [q(f"newsworker_ready{{{SEL}}}", "{{instance}}", instant=True)], (0, 0, 8, 4),
          desc="1 when models are loaded and partitions are assigned (/ready = 200), per worker.",
          defaults={
              "mappings": [{"type": "value", "options": {
                  "0": {"text": "NOT READY", "color": "red", "index": 0},
                  "1": {"text": "READY", "color": "green", "index": 1}}}],
              "thresholds": {"mode": "absolute",
                             "steps": [{"color": "red", "value": None}, {"color": "green", "value": 1}]},
          },
          options={"colorMode": "background", "graphMode": "none", "textMode": "value_and_name",
                   "reduceOptions": LAST})
    d.add("stat", "Workers up", [q('sum(up{job="newsworker"})', "up", instant=True),
                                 q('count(up{job="newsworker"})', "targets", instant=True)], (8, 0, 4, 4),
          desc="Scrape targets answering / discovered.",
          options={"colorMode": "none", "graphMode": "none", "textMode": "value_and_name",
                   "reduceOptions": LAST})
    d.add("stat", "Articles / s", [q(rate("newsworker_articles_consumed_total"), "consumed")], (12, 0, 4, 4),
          unit="reqps", desc="All outcomes, all selected workers.", options=stat)
    d.add("stat", "Total consumer lag",
          [q(f"sum(max by (topic, partition) (newsworker_consumer_lag_messages{{{SEL}}}))", "lag")],
          (16, 0, 4, 4), unit="short",
          desc="Messages behind, summed over partitions (each partition counted once).", options=stat)
    d.add("stat", "Dead-letter ratio",
          [q(rate("newsworker_articles_consumed_total", matchers='outcome="deadletter"')
             + " / " + rate("newsworker_articles_consumed_total"), "dead-lettered")],
          (20, 0, 4, 4), unit="percentunit",
          desc="Alert NewsworkerDeadLetterRateHigh fires above 5% for 10 minutes.",
          defaults={"thresholds": threshold(0.05)},
          options={**stat, "colorMode": "value"})

    # Row 2: throughput and failures
    d.add("timeseries", "Throughput by outcome",
          [q(rate("newsworker_articles_consumed_total", "outcome"), "{{outcome}}")], (0, 4, 12, 8),
          unit="reqps", desc="Raw articles consumed per second, enriched vs dead-lettered.")
    d.add("timeseries", "Dead letters by reason",
          [q(rate("newsworker_articles_consumed_total", "reason", 'outcome="deadletter"'), "{{reason}}")],
          (12, 4, 12, 8), unit="reqps", desc="Articles sent to the dead-letter topic per second.")

    # Row 3: lag and latency
    d.add("timeseries", "Consumer lag per partition",
          [q(f"max by (topic, partition) (newsworker_consumer_lag_messages{{{SEL}}})",
             "{{topic}} [{{partition}}]")],
          (0, 12, 12, 8), unit="short",
          desc="High watermark minus position, per partition (max over workers, so a gauge left behind "
               "by a rebalance is not counted twice).")
    d.add("timeseries", "End-to-end latency",
          [q(quantile("0.99", "newsworker_end_to_end_latency_seconds"), "p99"),
           q(quantile("0.50", "newsworker_end_to_end_latency_seconds"), "p50")],
          (12, 12, 12, 8), unit="s",
          desc="Raw record Kafka timestamp to enriched record handed to the producer. Alert: p99 above 30 s.",
          defaults={"thresholds": threshold(30),
                    "custom": {"lineWidth": 1, "fillOpacity": 10, "showPoints": "never",
                               "thresholdsStyle": {"mode": "dashed"}}})

    # Row 4: where the time goes
    d.add("timeseries", "Stage duration p50 / p95 by stage",
          [q(quantile("0.50", "newsworker_stage_duration_seconds", "stage"), "p50 {{stage}}"),
           q(quantile("0.95", "newsworker_stage_duration_seconds", "stage"), "p95 {{stage}}")],
          (0, 20, 16, 9), unit="s",
          desc="Time per article in each pipeline stage (validate, segment, dedup, nlp, extract, publish).")
    d.add("timeseries", "Stage time share",
          [q(rate("newsworker_stage_duration_seconds_sum", "stage") + " / ignoring (stage) group_left "
             + rate("newsworker_stage_duration_seconds_sum"), "{{stage}}")],
          (16, 20, 8, 9), unit="percentunit", desc="Share of total pipeline time spent in each stage.",
          defaults={"custom": {"lineWidth": 1, "fillOpacity": 60, "showPoints": "never",
                               "stacking": {"mode": "normal", "group": "A"}}})

    # Row 5: what comes out
    d.add("timeseries", "Events by type",
          [q(rate("newsworker_events_extracted_total", "type"), "{{type}}")], (0, 29, 8, 8),
          unit="reqps", desc="Event records produced per second, by PLOVER type.")
    d.add("timeseries", "Repeats by kind, sentences parsed per worker",
          [q(rate("newsworker_units_repeated_total", "kind, unit, scope"), "{{kind}} {{unit}} ({{scope}})"),
           q(rate("newsworker_dedup_deferred_units_total"), "of which at the second look"),
           q(rate("newsworker_sentences_parsed_total", "instance"), "parsed by {{instance}}")],
          (8, 29, 8, 8), unit="reqps",
          desc="Paragraphs/sentences marked as repeats per second, by kind, unit and scope; those found "
          "at the second look (copies another worker took in the same burst, left to it to parse); and the "
          "new sentences each worker sends to spaCy (the costly work: a worker far above the others owns the "
          "partitions where the new stories land).")
    d.add("timeseries", "Repeat ratio by unit",
          [q(rate("newsworker_units_repeated_total", "unit") + " / "
             + rate("newsworker_units_seen_total", "unit"), "{{unit}}")],
          (16, 29, 8, 8), unit="percentunit",
          desc="Share of segmented paragraphs/sentences marked as repeats.")

    # Row 6: worker state
    d.add("timeseries", "Remembered paragraphs",
          [q(f"newsworker_dedup_remembered_paragraphs{{{SEL}}}", "{{instance}}")], (0, 37, 8, 8),
          unit="short", desc="Paragraph fingerprints held in each worker's cross-article dedup memory.")
    d.add("timeseries", "Records produced by topic",
          [q(rate("newsworker_records_produced_total", "topic"), "{{topic}}")], (8, 37, 8, 8),
          unit="reqps", desc="Records produced per second, by topic role.")
    d.add("bargauge", "Model load time",
          [q(f"max by (language, model) (newsworker_model_load_seconds{{{SEL}}})", "{{language}} {{model}}",
             instant=True)],
          (16, 37, 8, 8), unit="s",
          desc="Time taken to load each spaCy pipeline at start-up (slowest worker).",
          options={"orientation": "horizontal", "displayMode": "basic", "reduceOptions": LAST})
    d.add("table", "Workers", [q(f"newsworker_worker_info{{{SEL}}}", instant=True, fmt="table")],
          (0, 45, 24, 6),
          desc="Static facts per worker: version, models, Kafka client, processing guarantee.",
          transformations=[{"id": "organize", "options": {
              "excludeByName": {"Time": True, "Value": True, "__name__": True}}}])

    return {
        "uid": "newsworker",
        "title": "newsworker",
        "description": "Streaming news worker: throughput, dead letters, lag, latency, dedup and NLP. "
                       "Metrics: worker/metrics.py.",
        "tags": ["newsworker", "kafka"],
        "timezone": "browser",
        "editable": True,
        "graphTooltip": 1,
        "schemaVersion": 39,
        "version": 1,
        "refresh": "30s",
        "time": {"from": "now-1h", "to": "now"},
        "templating": {"list": [
            {"name": "datasource", "label": "Data source", "type": "datasource", "query": "prometheus",
             "current": {"text": "Prometheus", "value": "prometheus"}, "hide": 0, "refresh": 1},
            {"name": "instance", "label": "Worker", "type": "query", "datasource": DS,
             "query": {"query": 'label_values(up{job="newsworker"}, instance)', "refId": "instance"},
             "definition": 'label_values(up{job="newsworker"}, instance)',
             "multi": True, "includeAll": True, "allValue": ".*",
             "current": {"text": ["All"], "value": ["$__all"]}, "refresh": 2, "sort": 1, "hide": 0},
        ]},
        "annotations": {"list": [
            {"name": "Annotations & Alerts", "builtIn": 1, "type": "dashboard", "enable": True,
             "hide": True, "datasource": {"type": "grafana", "uid": "-- Grafana --"},
             "iconColor": "rgba(0, 211, 255, 1)"}]},
        "panels": d.panels,
    }


def render() -> str:
    return json.dumps(build(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if not OUTPUT.exists() or OUTPUT.read_text(encoding="utf-8") != text:
            print(f"{OUTPUT} is out of date: run python deploy/grafana/build_dashboard.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
