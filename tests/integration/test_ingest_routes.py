"""One story, four routes in: our JSON (`send`), ninjs with an HTML body (`send`), an RSS feed (`feed`),
and HTTP POST (`ingest`, ninjs 2.x). Each goes through a real worker and must come out the same.

Each route gets its own worker (own topics and dedup memory): on one worker the second copy of a story
is, rightly, marked as a repeat of the first and not parsed again, so nothing would be left to compare.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path

import pytest

from tests.kafka_fixtures import consume, free_port, settings_for
from worker.cli import stop_process, wait_http_ok
from worker.schemas import first_error

pytestmark = pytest.mark.integration

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
PARAGRAPHS = json.loads((FIXTURES / "story.json").read_text(encoding="utf-8"))["body"].split("\n")
KEYS = {
    "json": "story-json",
    "ninjs": "urn:newsml:example.test:20220202:story-ninjs1",
    "feed": "https://example.test/story-feed",
    "http": "urn:newsml:example.test:20220202:story-ninjs2",
}


def newsworker(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "worker", *args], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, f"newsworker {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
    return done


def post(url: str, body: bytes, token: str | None) -> tuple[int, dict]:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_the_same_story_four_ways_gives_equivalent_enriched_records(kafka_broker, start_worker, tmp_path):
    settings = {route: settings_for(kafka_broker, tmp_path, partitions=1) for route in KEYS}
    # One after the other: four workers booting at once on two cores made Faust assign partitions before
    # its new changelog topic was in the metadata, and that worker never became ready.
    workers = {route: start_worker(settings[route]) for route in KEYS}

    # 1. our JSON and 2. ninjs 1.x with an HTML body: `newsworker send` (read_payloads, the same bytes)
    newsworker(workers["json"].env, "send", str(FIXTURES / "story.json"))
    sent = newsworker(workers["ninjs"].env, "send", str(FIXTURES / "story-ninjs1.json"))
    assert f"sent {KEYS['ninjs']} " in sent.stdout

    # 3. an RSS feed file, polled twice: the second poll pushes nothing
    state = tmp_path / "feed-state.json"
    first = newsworker(workers["feed"].env, "feed", str(FIXTURES / "story.rss"), "--once", "--state", str(state))
    assert "2 sent" in first.stdout, first.stdout
    second = newsworker(workers["feed"].env, "feed", str(FIXTURES / "story.rss"), "--once", "--state", str(state))
    assert "0 sent" in second.stdout and "2 already sent" in second.stdout, second.stdout

    # 4. HTTP POST of a ninjs 2.x item to a real `newsworker ingest`, with a token
    port = free_port()
    env = {**workers["http"].env, "NEWSWORKER_INGEST_TOKEN": "integration-token"}
    log_path = tmp_path / "ingest.log"
    with log_path.open("wb") as log:
        server = subprocess.Popen([sys.executable, "-m", "worker", "ingest", "--port", str(port)], env=env,
                                  stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        assert wait_http_ok(f"http://127.0.0.1:{port}/health", 60, server), log_path.read_text()
        url = f"http://127.0.0.1:{port}/v1/articles"
        body = (FIXTURES / "story-ninjs2.json").read_bytes()
        assert post(url, body, None)[0] == 401
        status, answer = post(url, body, "integration-token")
        assert (status, answer) == (202, {"accepted": 1, "ids": [KEYS["http"]]}), log_path.read_text()
    finally:
        stop_process(server)

    # The four enriched records (and their events), each from its own worker.
    results = {}
    for route, key in KEYS.items():
        s = settings[route]

        def done(records, key=key, s=s):
            enriched = [r["value"] for r in records if r["topic"] == s.topic_enriched and r["key"] == key]
            if not enriched:
                return False
            events = [r for r in records if r["topic"] == s.topic_events and r["value"]["article_id"] == key]
            return len(events) >= len(enriched[0]["event_ids"])

        records = consume(s, [s.topic_enriched, s.topic_events], done, timeout=180)
        assert done(records), f"{route}: no enriched record for {key}; worker log:\n{workers[route].log()}"
        [enriched] = [r["value"] for r in records if r["topic"] == s.topic_enriched and r["key"] == key]
        events = [r["value"] for r in records if r["topic"] == s.topic_events and r["value"]["article_id"] == key]
        assert first_error("enriched-article", enriched) is None
        results[route] = (enriched, events)
        if route == "feed":  # both feed items were produced, once each
            raw = consume(s, [s.topic_raw], lambda rs: len(rs) >= 2, timeout=30)
            time.sleep(1)
            assert sorted(r["key"] for r in raw) == sorted([key, "example-feed-2"])

    def shape(route: str) -> tuple:
        enriched, events = results[route]
        return (
            [p["text"] for p in enriched["paragraphs"]],
            enriched["clean_text"],
            enriched["language"],
            enriched["title"],
            enriched["published_at"],
            sorted(Counter(e["type"] for e in events).items()),
        )

    reference = shape("json")
    assert reference[0] == PARAGRAPHS
    assert reference[5], "the story should yield events"
    for route in ("ninjs", "feed", "http"):
        assert shape(route) == reference, route
        assert results[route][0]["id"] == KEYS[route]
    assert len({results[route][0]["id"] for route in KEYS}) == 4
