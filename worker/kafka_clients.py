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
from worker.topics import DEDUP_MEMORY_TABLE, VERSIONS_TABLE, TopicNames, changelog_name, dedup_changelog_config

log = logging.getLogger(__name__)


def tls_context(settings: Settings) -> ssl.SSLContext | None:
    """The TLS context of every client, the worker's (through Faust) and the CLI's: the broker's CA, and
    the client certificate when the broker asks for one (mutual TLS). None without TLS."""
    if not settings.uses_tls:
        return None
    context = ssl.create_default_context(cafile=settings.kafka_ssl_cafile)
    if settings.kafka_ssl_certfile:
        try:
            context.load_cert_chain(settings.kafka_ssl_certfile, settings.kafka_ssl_keyfile,
                                    password=settings.kafka_ssl_key_password)
        except (ssl.SSLError, OSError) as exc:  # the password itself is never in the message
            raise SystemExit(
                f"cannot load the client certificate {settings.kafka_ssl_certfile} with the key "
                f"{settings.kafka_ssl_keyfile} ({type(exc).__name__}: {exc.strerror or exc}); both must be PEM, the "
                "key the certificate's, and an encrypted key needs NEWSWORKER_KAFKA_SSL_KEY_PASSWORD (or _FILE)"
            ) from None
    return context


def client_options(settings: Settings) -> dict[str, Any]:
    """Connection options shared by every aiokafka client (bootstrap, TLS, SASL)."""
    options: dict[str, Any] = {
        "bootstrap_servers": settings.kafka_bootstrap,
        "security_protocol": settings.kafka_security_protocol,
    }
    context = tls_context(settings)
    if context is not None:
        options["ssl_context"] = context
    if settings.kafka_sasl_mechanism:
        options["sasl_mechanism"] = settings.kafka_sasl_mechanism
        options["sasl_plain_username"] = settings.kafka_sasl_username
        options["sasl_plain_password"] = settings.kafka_sasl_password
    return options


async def ensure_topics(settings: Settings) -> list[str]:
    """Create the worker's topics with the configured partitions; returns the ones created."""
    names = TopicNames.from_settings(settings)
    compacted = {"cleanup.policy": "compact"}
    # (name, partitions, config). The tables' changelogs are created here too: when Faust creates them
    # itself, a worker can be handed partitions before the new topic shows in the broker's metadata
    # and wait forever ("Ignoring missing topic"). Names follow Faust's "{app id}-{table}-changelog".
    wanted_topics = [(n, settings.partitions, {}) for n in names.all()] + [
        (changelog_name(settings, DEDUP_MEMORY_TABLE), 1, dedup_changelog_config(settings)),
        (changelog_name(settings, VERSIONS_TABLE), settings.partitions, compacted),
    ]
    admin = AIOKafkaAdminClient(**client_options(settings), request_timeout_ms=15000)
    await admin.start()
    created: list[str] = []
    try:
        existing = set(await admin.list_topics())
        for name, partitions, config in wanted_topics:
            if name in existing:
                continue
            try:
                await admin.create_topics(
                    [NewTopic(name, partitions, settings.replication_factor, topic_configs=config)], timeout_ms=15000
                )
                created.append(name)
            except TopicAlreadyExistsError:
                pass
        if created:
            log.info("created topics %s", created)
    finally:
        await admin.close()
    return created
