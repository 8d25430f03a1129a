"""Topic names and roles in one place. Names come from Settings; roles are fixed."""

from __future__ import annotations

from dataclasses import dataclass

from worker.settings import Settings


@dataclass(frozen=True)
class TopicNames:
    raw: str
    enriched: str
    events: str
    deadletter: str

    @classmethod
    def from_settings(cls, settings: Settings) -> TopicNames:
        return cls(
            raw=settings.topic_raw,
            enriched=settings.topic_enriched,
            events=settings.topic_events,
            deadletter=settings.topic_deadletter,
        )

    def role_of(self, name: str) -> str:
        """The fixed role name used in metrics labels (bounded), from a configurable topic name."""
        for role in ("raw", "enriched", "events", "deadletter"):
            if getattr(self, role) == name:
                return role
        return "changelog" if name.endswith("-changelog") else "other"

    def all(self) -> list[str]:
        return [self.raw, self.enriched, self.events, self.deadletter]
