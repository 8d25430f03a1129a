import asyncio, threading, time, urllib.request
from tests.integration.conftest import free_port, settings_for
from tests.e2e.test_dashboard_kafka import send, record, start
from worker.cli import stop_process
from worker.kafka_clients import ensure_topics

def test_dbg(kafka_broker, tmp_path):
    settings = settings_for(kafka_broker, tmp_path)
    asyncio.run(ensure_topics(settings))
    port = free_port()
    p = start(settings, port, tmp_path / "d.log", "--from", "latest")
    lines = []
    def read():
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/events/stream", timeout=30) as r:
            for line in r:
                lines.append((round(time.monotonic(), 2), line[:90]))
    threading.Thread(target=read, daemon=True).start()
    time.sleep(1)
    send(settings, [(0, record(n)) for n in range(3)])
    time.sleep(4)
    send(settings, [(1, record(n)) for n in range(10, 13)])
    time.sleep(4)
    stop_process(p)
    for l in lines: print(l)
    print((tmp_path / "d.log").read_text()[-3000:])
    assert 0
