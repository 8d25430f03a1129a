"""The security settings must agree before any client is made: Faust (the worker) and aiokafka (send,
tail, topic creation) read them differently, so a half-set combination used to mean SASL for one and not
for the other."""

from __future__ import annotations

import pytest

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
