"""aiokafka clients for the CLI side (send, tail, topic creation), configured from Settings.

The worker itself talks to Kafka through Faust (worker/app.py); this module serves the commands
that are not the worker, and creates topics with the configured partition count before the worker
subscribes (so nothing is auto-created with the broker's default of one partition).
"""

from __future__ import annotations

import logging
import ssl
from typing import Any

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

from worker.settings import Settings
from worker.topics import TopicNames

log = logging.getLogger(__name__)


def client_options(settings: Settings) -> dict[str, Any]:
    """Connection options shared by every aiokafka client (bootstrap, TLS, SASL)."""
    options: dict[str, Any] = {
        "bootstrap_servers": settings.kafka_bootstrap,
        "security_protocol": settings.kafka_security_protocol,
    }
    if settings.kafka_security_protocol in ("SSL", "SASL_SSL"):
        options["ssl_context"] = ssl.create_default_context(cafile=settings.kafka_ssl_cafile)
    if settings.kafka_sasl_mechanism:
        options["sasl_mechanism"] = settings.kafka_sasl_mechanism
        options["sasl_plain_username"] = settings.kafka_sasl_username
        options["sasl_plain_password"] = settings.kafka_sasl_password
    return options


async def ensure_topics(settings: Settings) -> list[str]:
    """Create the worker's topics with the configured partitions; returns the ones created."""
    names = TopicNames.from_settings(settings)
    admin = AIOKafkaAdminClient(**client_options(settings), request_timeout_ms=15000)
    await admin.start()
    created: list[str] = []
    try:
        existing = set(await admin.list_topics())
        wanted = [n for n in names.all() if n not in existing]
        for name in wanted:
            try:
                await admin.create_topics(
                    [NewTopic(name, settings.partitions, settings.replication_factor)], timeout_ms=15000
                )
                created.append(name)
            except TopicAlreadyExistsError:
                pass
        if created:
            log.info("created topics %s with %d partitions", created, settings.partitions)
    finally:
        await admin.close()
    return created
