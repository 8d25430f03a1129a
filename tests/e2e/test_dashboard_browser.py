"""The dashboard in a real browser: real broker, real worker, `newsworker dashboard` as a process, headless Chromium.

Checks what a subscriber sees: the seed's events arrive live (a MOBILIZE card with 3 000 soldiers), the type
filter hides other types, a hostile article's markup is shown as text and never runs, the page says so when
the dashboard server goes away and recovers when it comes back. Screenshots go to test-artifacts/.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.kafka_fixtures import free_port, settings_for
from worker.cli import stop_process, wait_http_ok
from worker.settings import PROJECT_ROOT

pytestmark = pytest.mark.integration

SEED = PROJECT_ROOT / "seeds" / "ukraine-biden-macron-fr.txt"
ARTIFACTS = PROJECT_ROOT / "test-artifacts"
HOSTILE = """Le Pentagone envoie des renforts

Le Pentagone a annoncé qu’il déploierait 3 000 soldats en Pologne <script>window.__pwned=1</script> \
<img src=x onerror="window.__pwned=2">.

Emmanuel Macron s’est entretenu avec Joe Biden mardi.
"""
WAIT_MS = 120_000


def start_dashboard(settings, port: int, log_path: Path, env: dict[str, str]) -> subprocess.Popen:
    with log_path.open("ab") as log_file:
        return subprocess.Popen(
            [sys.executable, "-m", "worker", "dashboard", "--bootstrap", settings.kafka_bootstrap,
             "--topic-events", settings.topic_events, "--topic-enriched", settings.topic_enriched,
             "--port", str(port), "--from", "replay", "--replay", "500"],
            env=env, stdout=log_file, stderr=subprocess.STDOUT, start_new_session=True,
        )


def group_ids(settings) -> set[str]:
    """The consumer groups the broker knows (ListGroups; aiokafka's DescribeGroups cannot decode Kafka 4's reply)."""

    async def run() -> set[str]:
        from aiokafka.admin import AIOKafkaAdminClient

        admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap)
        await admin.start()
        try:
            return {group[0] for group in await admin.list_consumer_groups()}
        finally:
            await admin.close()

    return asyncio.run(run())


def test_dashboard_shows_live_events_safely(chromium, kafka_broker, start_worker, tmp_path):
    from playwright.sync_api import expect, sync_playwright

    settings = settings_for(kafka_broker, tmp_path)
    worker = start_worker(settings)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log_path = tmp_path / "dashboard.log"
    dashboard = start_dashboard(settings, port, log_path, worker.env)
    try:
        assert wait_http_ok(f"{base}/health", 90, dashboard), f"dashboard not healthy:\n{log_path.read_text()}"
        health = json.loads(urllib.request.urlopen(f"{base}/health", timeout=5).read())
        assert health["group"].startswith("newsworker-dashboard-") and health["group"] != settings.app_id

        sent = subprocess.run([sys.executable, "-m", "worker", "send", str(SEED)], env=worker.env,
                              capture_output=True, text=True, timeout=60, check=True)
        seed_id = sent.stdout.split()[1]
        assert seed_id.startswith("txt-"), sent.stdout

        # The dashboard reads as its own consumer group and never joins the workers' group.
        # (The seed being processed below also shows the worker kept its partitions.)
        groups = group_ids(settings)
        assert {health["group"], settings.app_id} <= groups, groups

        ARTIFACTS.mkdir(exist_ok=True)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(chromium), headless=True)
            page = browser.new_page(viewport={"width": 1280, "height": 1100})
            console_errors: list[str] = []
            page.on("console", lambda m: console_errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: console_errors.append(str(e)))
            response = page.goto(base + "/")
            assert "script-src 'self'" in response.headers["content-security-policy"]

            # The seed's events appear: the Pentagon's deployment of 3 000 soldiers to Germany, Poland, Romania.
            cards = page.locator("li.card")
            deployment = page.locator('li.card[data-type="MOBILIZE"]').filter(has_text="Germany")
            expect(deployment.first).to_contain_text("3 000", timeout=WAIT_MS)
            expect(deployment.first).to_contain_text("United States (USA)")
            expect(page.locator("#status")).to_have_text("Live")
            expect(page.locator('li.card[data-type="CONSULT"]').first).to_be_visible(timeout=WAIT_MS)

            # A hostile article arrives while the page is open: its sentence is shown as text, at the top (newest
            # first); nothing in it ran or became an element.
            hostile = tmp_path / "hostile.txt"
            hostile.write_text(HOSTILE, encoding="utf-8")
            sent = subprocess.run([sys.executable, "-m", "worker", "send", str(hostile)], env=worker.env,
                                  capture_output=True, text=True, timeout=60, check=True)
            hostile_id = sent.stdout.split()[1]
            hostile_card = cards.filter(has_text="window.__pwned=1")
            expect(hostile_card.first).to_be_visible(timeout=WAIT_MS)
            quote = hostile_card.first.locator("blockquote.sentence")
            expect(quote).to_contain_text("<script>window.__pwned=1</script>")
            expect(quote).to_contain_text('<img src=x onerror="window.__pwned=2">')
            expect(cards.first).to_contain_text(hostile_id)  # newest first
            assert page.evaluate("typeof window.__pwned") == "undefined"
            assert page.locator("#events script, #events img").count() == 0

            # Counts per type over the last hour include the deployments.
            expect(page.locator("#count-list")).to_contain_text("MOBILIZE")

            # The article link serves the enriched record as JSON.
            link = deployment.first.locator("a.article")
            assert link.get_attribute("href") == f"/articles/{seed_id}"
            deadline = time.monotonic() + 60
            while True:
                article = page.request.get(base + f"/articles/{seed_id}")
                if article.ok or time.monotonic() > deadline:
                    break
                time.sleep(0.5)
            assert article.ok, article.text()
            assert article.json()["id"] == seed_id and article.headers["content-type"].startswith("application/json")

            # The side panel's figures agree with the list (stats follow each batch of events).
            deadline = time.monotonic() + 15
            while True:
                shown, kept = cards.count(), page.text_content("#m-kept")
                if kept == f"{shown} of 500 events" or time.monotonic() > deadline:
                    break
                time.sleep(0.2)
            assert kept == f"{shown} of 500 events", (shown, kept)
            expect(page.locator("#counts-total")).to_have_text(f"{shown} events")
            page.evaluate("window.scrollTo(0, 0)")
            page.screenshot(path=str(ARTIFACTS / "dashboard.png"))

            # Filter by type: only MOBILIZE cards remain; CONSULT cards are gone.
            page.select_option("#f-type", "MOBILIZE")
            expect(page.locator('li.card[data-type="CONSULT"]')).to_have_count(0, timeout=20_000)
            expect(deployment.first).to_be_visible()
            types = set(cards.evaluate_all("cards => cards.map(c => c.dataset.type)"))
            assert types == {"MOBILIZE"}, types
            assert "type=MOBILIZE" in page.url
            # Filter by country too: only events with a Romanian actor or place (the seed's deployment) remain.
            page.select_option("#f-country", "ROU")
            expect(cards.filter(has_not_text="(ROU)")).to_have_count(0, timeout=20_000)
            expect(deployment.first).to_contain_text("Romania (ROU)")
            assert "country=ROU" in page.url
            page.select_option("#f-mode", "negated")
            expect(page.locator("#empty")).to_be_visible(timeout=20_000)
            expect(page.locator("#empty-title")).to_have_text("No events match these filters")
            page.click("#f-clear")
            expect(page.locator('li.card[data-type="CONSULT"]').first).to_be_visible(timeout=20_000)

            # The server goes away: the page says it is disconnected; it comes back: live again.
            dashboard.kill()
            dashboard.wait(10)
            expect(page.locator("#status")).to_contain_text("Disconnected", timeout=20_000)
            expect(page.locator("#status")).to_have_class("status down")
            page.screenshot(path=str(ARTIFACTS / "dashboard-disconnected.png"))
            dashboard = start_dashboard(settings, port, log_path, worker.env)
            expect(page.locator("#status")).to_have_text("Live", timeout=90_000)
            expect(deployment.first).to_be_visible(timeout=WAIT_MS)

            assert page.evaluate("typeof window.__pwned") == "undefined"
            # No script error and no Content-Security-Policy violation (the page needs nothing the CSP forbids);
            # failed loads are expected while the server is down.
            unexpected = [e for e in console_errors if not e.startswith("Failed to load resource")]
            assert not unexpected, unexpected
            browser.close()
    finally:
        stop_process(dashboard, timeout=15)
        assert worker.process.poll() is None, worker.log()
