"""Fixtures shared by tests/integration and tests/e2e: one real broker per session for both."""

from tests.kafka_fixtures import kafka_broker, start_worker  # noqa: F401
