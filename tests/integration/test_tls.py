"""A broker behind TLS: the worker and the CLI connect with KAFKA_SECURITY_PROTOCOL=SSL and the CA file in
KAFKA_SSL_CAFILE; a client that does not trust the broker's certificate fails with a clear message. A broker
that asks for client certificates (mutual TLS): the worker and the CLI present one (KAFKA_SSL_CERTFILE,
KAFKA_SSL_KEYFILE, an encrypted key's KAFKA_SSL_KEY_PASSWORD); a client without one is refused clearly."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.kafka_fixtures import consume, free_port, settings_for
from worker.cli import worker_environment
from worker.kafka_local.broker import LocalBroker

pytestmark = pytest.mark.integration

SEED = Path(__file__).resolve().parents[2] / "seeds" / "ukraine-biden-macron-fr.txt"


@pytest.fixture(scope="module")
def tls_broker(tmp_path_factory: pytest.TempPathFactory):
    broker = LocalBroker(
        home=tmp_path_factory.mktemp("kafka-tls"), port=free_port(), controller_port=free_port(),
        ssl_port=free_port(),
    )
    broker.start(wait_seconds=120)
    yield broker
    broker.stop()


def tls_settings(broker: LocalBroker, tmp_path: Path, cafile: Path):
    plain = settings_for(broker, tmp_path)
    return plain.with_overrides(
        kafka_bootstrap=f"{broker.host}:{broker.ssl_port}",
        kafka_security_protocol="SSL",
        kafka_ssl_cafile=str(cafile),
    ), plain


def seed_goes_through_the_worker(start_worker, settings, plain):
    """A worker with `settings` enriches the seed that `send` sends with the same settings; the worker."""
    worker = start_worker(settings)
    sent = subprocess.run([sys.executable, "-m", "worker", "send", str(SEED)], env=worker.env,
                          capture_output=True, text=True, timeout=60)
    assert sent.returncode == 0, sent.stderr[-2000:]
    # Read back over the plaintext listener: the records went through the worker's TLS connection.
    records = consume(plain, [plain.topic_enriched], lambda rs: len(rs) >= 1, timeout=120)
    assert records and records[0]["value"]["record_type"] == "article.enriched", worker.log()
    return worker


def test_worker_and_cli_work_over_tls(tls_broker, start_worker, tmp_path):
    settings, plain = tls_settings(tls_broker, tmp_path, tls_broker.tls_ca_file)
    seed_goes_through_the_worker(start_worker, settings, plain)


def test_an_untrusted_certificate_fails_with_a_clear_message(tls_broker, tmp_path):
    # A CA file that is a valid certificate, but not the broker's: this machine's own trust store has none
    # for a self-signed test certificate, so verification must fail.
    stranger = LocalBroker(home=tmp_path / "stranger", port=free_port(), ssl_port=free_port())
    stranger.write_properties()  # makes its own, different self-signed certificate
    settings, _ = tls_settings(tls_broker, tmp_path, stranger.tls_ca_file)
    result = subprocess.run([sys.executable, "-m", "worker", "send", str(SEED)], env=worker_environment(settings),
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, result.stderr[-2000:]
    assert "CERTIFICATE_VERIFY_FAILED" in result.stderr, result.stderr[-2000:]  # the reason, as aiokafka logs it
    assert "over TLS" in result.stderr and "NEWSWORKER_KAFKA_SSL_CAFILE" in result.stderr, result.stderr[-2000:]
    assert "Traceback" not in result.stderr


KEY_PASSWORD = "cl1ent-Pa55"


@pytest.fixture(scope="module")
def client_certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed client certificate and its encrypted key (PEM), made with openssl."""
    home = tmp_path_factory.mktemp("client-cert")
    cert, key = home / "client.pem", home / "client.key"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-keyout", str(key), "-out", str(cert),
                    "-subj", "/CN=newsworker", "-days", "30", "-passout", f"pass:{KEY_PASSWORD}"],
                   check=True, capture_output=True)
    return cert, key


@pytest.fixture(scope="module")
def mtls_broker(tmp_path_factory: pytest.TempPathFactory, client_certificate):
    broker = LocalBroker(
        home=tmp_path_factory.mktemp("kafka-mtls"), port=free_port(), controller_port=free_port(),
        ssl_port=free_port(), ssl_client_ca=str(client_certificate[0]),
    )
    broker.start(wait_seconds=120)
    yield broker
    broker.stop()


def test_worker_and_cli_present_a_client_certificate(mtls_broker, client_certificate, start_worker, tmp_path):
    cert, key = client_certificate
    settings, plain = tls_settings(mtls_broker, tmp_path, mtls_broker.tls_ca_file)
    settings = settings.with_overrides(kafka_ssl_certfile=str(cert), kafka_ssl_keyfile=str(key),
                                       kafka_ssl_key_password=KEY_PASSWORD)
    worker = seed_goes_through_the_worker(start_worker, settings, plain)
    assert KEY_PASSWORD not in worker.log()


def test_without_a_client_certificate_the_broker_refuses_with_a_clear_message(mtls_broker, tmp_path):
    settings, _ = tls_settings(mtls_broker, tmp_path, mtls_broker.tls_ca_file)
    result = subprocess.run([sys.executable, "-m", "worker", "send", str(SEED)], env=worker_environment(settings),
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, result.stderr[-2000:]
    assert "over TLS" in result.stderr and "NEWSWORKER_KAFKA_SSL_CERTFILE" in result.stderr, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
