"""Secured brokers: the worker and the CLI connect with SASL/SCRAM-SHA-512 and SASL/PLAIN, in the clear and
over TLS (SASL_SSL, what managed Kafka services ask for); wrong credentials fail fast with a clear message,
and the password never appears in logs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.kafka_fixtures import consume, free_port, settings_for
from worker.cli import worker_environment
from worker.kafka_local.broker import LocalBroker

pytestmark = pytest.mark.integration

PASSWORD = "s3cret-Pa55"
SEED = Path(__file__).resolve().parents[2] / "seeds" / "ukraine-biden-macron-fr.txt"


@pytest.fixture(scope="module")
def sasl_broker(tmp_path_factory: pytest.TempPathFactory):
    broker = LocalBroker(
        home=tmp_path_factory.mktemp("kafka-sasl"), port=free_port(), controller_port=free_port(),
        sasl_port=free_port(), sasl_ssl_port=free_port(), sasl_users=(("newsroom", PASSWORD),),
    )
    broker.start(wait_seconds=120)
    yield broker
    broker.stop()


def sasl_settings(broker: LocalBroker, tmp_path: Path, mechanism: str, password: str, over_tls: bool = False):
    plain = settings_for(broker, tmp_path)
    tls = {"kafka_security_protocol": "SASL_SSL", "kafka_ssl_cafile": str(broker.tls_ca_file)} if over_tls \
        else {"kafka_security_protocol": "SASL_PLAINTEXT"}
    return plain.with_overrides(
        kafka_bootstrap=f"{broker.host}:{broker.sasl_ssl_port if over_tls else broker.sasl_port}",
        kafka_sasl_mechanism=mechanism,
        kafka_sasl_username="newsroom",
        kafka_sasl_password=password,
        **tls,
    ), plain


@pytest.mark.parametrize(("mechanism", "over_tls"), [("SCRAM-SHA-512", False), ("PLAIN", False),
                                                     ("SCRAM-SHA-512", True)])
def test_worker_and_cli_work_over_sasl(sasl_broker, start_worker, tmp_path, mechanism, over_tls):
    settings, plain = sasl_settings(sasl_broker, tmp_path, mechanism, PASSWORD, over_tls)
    worker = start_worker(settings)
    subprocess.run([sys.executable, "-m", "worker", "send", str(SEED)], env=worker.env, check=True,
                   capture_output=True, timeout=60)
    # Read back over the plaintext listener: the records went through the SASL-authenticated worker.
    records = consume(plain, [plain.topic_enriched], lambda rs: len(rs) >= 1, timeout=120)
    assert records and records[0]["value"]["record_type"] == "article.enriched", worker.log()
    assert PASSWORD not in worker.log()


def test_wrong_password_fails_with_a_clear_message(sasl_broker, tmp_path):
    settings, _ = sasl_settings(sasl_broker, tmp_path, "SCRAM-SHA-512", "wrong-password")
    result = subprocess.run([sys.executable, "-m", "worker", "worker"], env=worker_environment(settings),
                            capture_output=True, text=True, timeout=90)
    assert result.returncode != 0
    assert "authentication failed" in result.stderr.lower(), result.stderr[-2000:]
    assert "wrong-password" not in result.stderr + result.stdout
