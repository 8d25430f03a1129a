"""The security settings must agree before any client is made: Faust (the worker) and aiokafka (send,
tail, topic creation) read them differently, so a half-set combination used to mean SASL for one and not
for the other."""

from __future__ import annotations

import ssl
import subprocess

import pytest

from worker.cli import worker_environment
from worker.kafka_clients import tls_context
from worker.settings import Settings


def secured(**overrides: str) -> Settings:
    return Settings().with_overrides(**overrides)


def test_protocol_and_mechanism_are_normalised():
    settings = secured(kafka_security_protocol=" sasl_ssl", kafka_sasl_mechanism="scram-sha-512",
                       kafka_sasl_username="newsroom", kafka_sasl_password="pw")
    assert (settings.kafka_security_protocol, settings.kafka_sasl_mechanism) == ("SASL_SSL", "SCRAM-SHA-512")


def test_an_unknown_protocol_is_refused_with_the_choices():
    with pytest.raises(SystemExit, match="one of PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL, not 'SASL-SSL'"):
        secured(kafka_security_protocol="SASL-SSL")


@pytest.mark.parametrize("protocol", ["SASL_SSL", "SASL_PLAINTEXT"])
def test_a_sasl_protocol_needs_a_known_mechanism(protocol):
    with pytest.raises(SystemExit, match=f"{protocol} needs NEWSWORKER_KAFKA_SASL_MECHANISM.*given: none"):
        secured(kafka_security_protocol=protocol, kafka_sasl_username="newsroom", kafka_sasl_password="pw")
    with pytest.raises(SystemExit, match="given: GSSAPI"):
        secured(kafka_security_protocol=protocol, kafka_sasl_mechanism="GSSAPI", kafka_sasl_username="newsroom",
                kafka_sasl_password="pw")


def test_a_sasl_protocol_needs_credentials_and_the_error_names_no_secret():
    with pytest.raises(SystemExit, match="needs NEWSWORKER_KAFKA_SASL_USERNAME and a password") as refused:
        secured(kafka_security_protocol="SASL_SSL", kafka_sasl_mechanism="PLAIN", kafka_sasl_username="newsroom")
    assert "newsroom" not in str(refused.value)


@pytest.mark.parametrize("protocol", ["PLAINTEXT", "SSL"])
def test_a_mechanism_without_a_sasl_protocol_is_refused(protocol):
    with pytest.raises(SystemExit, match=f"SASL mechanism \\(PLAIN\\) is set but the security protocol is {protocol}"):
        secured(kafka_security_protocol=protocol, kafka_sasl_mechanism="PLAIN", kafka_sasl_username="newsroom",
                kafka_sasl_password="pw")


def test_plain_and_tls_need_no_sasl_settings():
    assert secured(kafka_security_protocol="ssl").kafka_security_protocol == "SSL"
    assert Settings().kafka_sasl_mechanism is None


def test_a_client_certificate_needs_its_key_and_tls():
    with pytest.raises(SystemExit, match="needs both NEWSWORKER_KAFKA_SSL_CERTFILE and NEWSWORKER_KAFKA_SSL_KEYFILE"):
        secured(kafka_security_protocol="SSL", kafka_ssl_certfile="client.pem")
    with pytest.raises(SystemExit, match=r"client certificate .* is set but the security protocol is PLAINTEXT"):
        secured(kafka_ssl_certfile="client.pem", kafka_ssl_keyfile="client.key")


def test_the_key_password_is_a_secret_passed_to_the_worker_but_never_shown():
    settings = secured(kafka_security_protocol="SSL", kafka_ssl_certfile="client.pem", kafka_ssl_keyfile="client.key",
                       kafka_ssl_key_password="k3y-Pa55")
    assert settings.redacted()["kafka_ssl_key_password"] == "***"
    env = worker_environment(settings)
    assert env["NEWSWORKER_KAFKA_SSL_KEY_PASSWORD"] == "k3y-Pa55"
    assert env["NEWSWORKER_KAFKA_SSL_CERTFILE"] == "client.pem"


@pytest.fixture(scope="module")
def encrypted_client_key(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    home = tmp_path_factory.mktemp("client-cert")
    cert, key = home / "client.pem", home / "client.key"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-keyout", str(key), "-out", str(cert),
                    "-subj", "/CN=newsworker-test", "-days", "30", "-passout", "pass:k3y-Pa55"],
                   check=True, capture_output=True)
    return str(cert), str(key)


def test_the_tls_context_carries_the_client_certificate(encrypted_client_key):
    cert, key = encrypted_client_key
    settings = secured(kafka_security_protocol="SSL", kafka_ssl_certfile=cert, kafka_ssl_keyfile=key,
                       kafka_ssl_key_password="k3y-Pa55")
    assert isinstance(tls_context(settings), ssl.SSLContext)
    assert tls_context(Settings()) is None  # no TLS in the clear


def test_a_wrong_key_password_is_a_clear_error_without_the_password(encrypted_client_key):
    cert, key = encrypted_client_key
    settings = secured(kafka_security_protocol="SSL", kafka_ssl_certfile=cert, kafka_ssl_keyfile=key,
                       kafka_ssl_key_password="wrong-Pa55")
    with pytest.raises(SystemExit, match=r"cannot load the client certificate .*NEWSWORKER_KAFKA_SSL_KEY_PASSWORD") \
            as refused:
        tls_context(settings)
    assert "wrong-Pa55" not in str(refused.value)
