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


# The tables' changelogs, named the way Faust names them ("{app id}-{table}-changelog").
DEDUP_MEMORY_TABLE = "dedup-memory"  # format 5 (packs); "dedup-fingerprints" held format 4, one key per record
VERSIONS_TABLE = "article-versions"


def changelog_name(settings: Settings, table: str) -> str:
    return f"{settings.app_id}-{table}-changelog"


def dedup_changelog_config(settings: Settings) -> dict[str, str]:
    """The dedup memory's changelog is bounded by retention, not compaction: its records are packs with
    unique keys (worker/table_stores.py), and every worker evicts beyond the window itself. Retention
    must hold at least the window's writes: see NEWSWORKER_DEDUP_CHANGELOG_BYTES."""
    retention = settings.dedup_changelog_bytes
    segment = max(1 << 20, min(256 << 20, retention // 8))  # retention drops whole segments
    return {"cleanup.policy": "delete", "retention.ms": "-1", "retention.bytes": str(retention),
            "segment.bytes": str(segment)}
