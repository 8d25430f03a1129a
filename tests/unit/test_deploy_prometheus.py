"""Prometheus configuration and alert rules: promtool checks, alert unit tests, annotations, runbooks.

promtool comes from Debian's `prometheus` package: `bash scripts/install-promtool.sh`. Without it
these tests FAIL when the environment variable CI is set, and are skipped (with the reason) otherwise.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
PROM_DIR = ROOT / "deploy" / "prometheus"
CONFIG = PROM_DIR / "prometheus.yml"
RULES = PROM_DIR / "alerts.yml"
RULE_TESTS = PROM_DIR / "alerts.test.yml"
OPERATIONS_DOC = ROOT / "docs" / "operations.md"
INSTALL_SCRIPT = ROOT / "scripts" / "install-promtool.sh"

REQUIRED_ALERTS = {
    "NewsworkerDown",                   # up == 0
    "NewsworkerNotReady",               # newsworker_ready == 0
    "NewsworkerConsumerLagGrowing",     # lag growing for N minutes
    "NewsworkerStalled",                # lag increasing and consumed rate == 0
    "NewsworkerDeadLetterRateHigh",     # dead-letter rate above a threshold
    "NewsworkerEndToEndLatencyHigh",    # p99 end-to-end latency above target
}  # fmt: skip


def promtool_path() -> str:
    """The promtool executable; fails under CI, skips elsewhere, when it is missing."""
    path = shutil.which("promtool")
    if path:
        return path
    message = "promtool is not installed (run: bash scripts/install-promtool.sh)"
    if os.environ.get("CI"):
        pytest.fail(message + "; CI is set, so this is an error, not a skip")
    pytest.skip(message)


@pytest.fixture(scope="module")
def promtool() -> str:
    return promtool_path()


def run_promtool(promtool: str, *args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([promtool, *args], cwd=PROM_DIR, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"promtool {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
    return result


def load_rules() -> list[dict]:
    doc = yaml.safe_load(RULES.read_text(encoding="utf-8"))
    return [rule for group in doc["groups"] for rule in group["rules"]]


def test_promtool_check_config(promtool: str) -> None:
    out = run_promtool(promtool, "check", "config", CONFIG.name)
    assert "SUCCESS" in out.stdout + out.stderr


def test_promtool_check_rules(promtool: str) -> None:
    out = run_promtool(promtool, "check", "rules", RULES.name)
    assert f"{len(load_rules())} rules found" in out.stdout + out.stderr


def test_promtool_test_rules(promtool: str) -> None:
    out = run_promtool(promtool, "test", "rules", RULE_TESTS.name)
    assert "SUCCESS" in out.stdout + out.stderr


def test_config_loads_the_rules_and_scrapes_the_worker() -> None:
    config = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    assert [PROM_DIR / f for f in config["rule_files"]] == [RULES]
    jobs = {job["job_name"]: job for job in config["scrape_configs"]}
    worker = jobs["newsworker"]  # the alert rules select job="newsworker"
    assert worker.get("metrics_path", "/metrics") == "/metrics"
    targets = [t for sc in worker.get("static_configs", []) for t in sc["targets"]]
    targets += [f"{n}:{sd['port']}" for sd in worker.get("dns_sd_configs", []) for n in sd["names"]]
    assert targets == ["worker:9464"], "compose service `worker`, port 9464"


def test_required_alerts_exist() -> None:
    names = [rule["alert"] for rule in load_rules()]
    assert len(names) == len(set(names)), "duplicate alert names"
    assert set(names) >= REQUIRED_ALERTS


@pytest.mark.parametrize("rule", load_rules(), ids=lambda r: r["alert"])
def test_alert_has_labels_annotations_and_runbook(rule: dict) -> None:
    assert rule["labels"]["severity"] in {"critical", "warning"}
    assert 'job="newsworker"' in rule["expr"], "every rule selects the newsworker job"
    annotations = rule["annotations"]
    for key in ("summary", "description", "runbook"):
        assert annotations.get(key, "").strip(), f"{rule['alert']}: missing annotation {key}"
    anchor = rule["alert"].lower()
    assert f"docs/operations.md#{anchor}" in annotations["runbook"]
    # The runbook anchor exists: a Markdown heading named after the alert in docs/operations.md.
    headings = re.findall(r"^#+\s+(.+?)\s*$", OPERATIONS_DOC.read_text(encoding="utf-8"), re.MULTILINE)
    assert any(re.sub(r"[^a-z0-9 -]", "", h.lower()).replace(" ", "-") == anchor for h in headings), (
        f"docs/operations.md has no heading for {rule['alert']}"
    )


def test_every_alert_is_tested_firing_and_not_firing() -> None:
    tests = yaml.safe_load(RULE_TESTS.read_text(encoding="utf-8"))
    assert tests["rule_files"] == [RULES.name]
    fired: set[str] = set()
    silent: set[str] = set()
    for group in tests["tests"]:
        for case in group.get("alert_rule_test", []):
            (fired if case.get("exp_alerts") else silent).add(case["alertname"])
    names = {rule["alert"] for rule in load_rules()}
    assert names - fired == set(), "alerts with no firing test case"
    assert names - silent == set(), "alerts with no non-firing test case"


def test_install_script_is_valid_bash() -> None:
    subprocess.run(["bash", "-n", str(INSTALL_SCRIPT)], check=True)
    assert os.access(INSTALL_SCRIPT, os.X_OK), "scripts/install-promtool.sh should be executable"


def test_install_script_is_a_no_op_when_promtool_exists(promtool: str) -> None:
    result = subprocess.run(["bash", str(INSTALL_SCRIPT)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert result.stdout == "" and result.stderr == "", "quiet when there is nothing to do"


def test_install_script_explains_when_apt_is_missing(tmp_path: Path) -> None:
    # An empty PATH: neither promtool nor apt-get can be found.
    bash = shutil.which("bash")
    assert bash
    result = subprocess.run([bash, str(INSTALL_SCRIPT)], capture_output=True, text=True, timeout=60,
                            env={"PATH": str(tmp_path)})
    assert result.returncode != 0
    assert "apt-get is unavailable" in result.stderr
