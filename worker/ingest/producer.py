"""The one producer to the raw topic, for every route in (`newsworker send`, feed poller, HTTP push):
acks=all, idempotent, connection options from worker.kafka_clients.client_options, topics created with
the configured partitions first.
"""

from __future__ import annotations

from typing import Any

import orjson

from worker.settings import Settings


class RawProducer:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._producer: Any = None

    async def start(self) -> None:
        from aiokafka import AIOKafkaProducer

        from worker.kafka_clients import client_options, ensure_topics

        await ensure_topics(self.settings)
        self._producer = AIOKafkaProducer(
            **client_options(self.settings), acks="all", enable_idempotence=True,
            max_request_size=max(self.settings.max_message_bytes * 2, 1_048_576),
        )
        await self._producer.start()

    async def stop(self) -> None:
        if self._producer is not None:
            await self._producer.stop()
            self._producer = None

    async def __aenter__(self) -> RawProducer:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def send_raw(self, key: str | None, value: bytes) -> Any:
        """Produce one record to the raw topic and wait for the broker's acknowledgement."""
        assert self._producer is not None, "producer not started"
        return await self._producer.send_and_wait(
            self.settings.topic_raw, value=value, key=key.encode("utf-8") if key is not None else None
        )

    async def send_deadletter(self, key: str | None, record: dict[str, Any]) -> Any:
        assert self._producer is not None, "producer not started"
        return await self._producer.send_and_wait(
            self.settings.topic_deadletter, value=orjson.dumps(record),
            key=key.encode("utf-8") if key is not None else None,
        )
