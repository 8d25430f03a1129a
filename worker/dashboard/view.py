"""What the dashboard shows, as plain data: no Kafka, no HTTP, no browser.

Event records (schemas/event.schema.json) come off Kafka and are untrusted: an article's text can hold
anything, and a record can be malformed. `display()` turns a record into a small, bounded dict with only
strings, numbers and lists (the browser renders every value with textContent). `matches()` is the filter,
`HourlyCounts` counts events per type over the last hour in one-minute buckets (bounded memory), and
`EventBuffer` keeps the last N events, newest first, without duplicates (a replayed event keeps its id).
"""

from __future__ import annotations

import re
from collections import Counter, OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
MODES: tuple[str, ...] = ("asserted", "possible", "planned", "conditional", "negated")
COUNTRY_RE = re.compile(r"^[A-Z]{3}$")

MAX_TEXT = 200          # one name, place, time or quantity
MAX_SENTENCE = 600      # the quoted sentence
MAX_LIST = 12           # places or quantities shown per event
HOUR_MS = 3_600_000
MINUTE_MS = 60_000


def _text(value: Any, limit: int = MAX_TEXT) -> str | None:
    """A display string from an untrusted value: str only, whitespace collapsed, bounded."""
    if value is None or isinstance(value, dict | list | tuple | set):
        return None
    text = " ".join(str(value).split())
    if not text:
        return None
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _country(value: Any) -> str | None:
    return value if isinstance(value, str) and COUNTRY_RE.match(value) else None


def _actor(value: Any) -> dict[str, Any] | None:
    if not isinstance(value, Mapping):
        return None
    name = _text(value.get("normalized")) or _text(value.get("text"))
    if name is None:
        return None
    return {"name": name, "text": _text(value.get("text")), "country": _country(value.get("country")),
            "role": _text(value.get("role"), 40)}


def _items(value: Any) -> list[Mapping[str, Any]]:
    if not isinstance(value, list):
        return []
    return [item for item in value[:MAX_LIST] if isinstance(item, Mapping)]


def _count(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 1


def article_url(article_id: str) -> str:
    """Where the page links an event's article: this server's cache of the enriched record."""
    return "/articles/" + quote(article_id, safe="")


def display(record: Any, timestamp_ms: int | None = None) -> dict[str, Any] | None:
    """The display dict of one event record, or None if it is not an event record with an id and a type.

    `timestamp_ms` is the Kafka record's timestamp (when the worker published it): the hourly counts and the
    card's clock use it, since an event record has no time of its own besides the text's `time`.
    """
    if not isinstance(record, Mapping) or record.get("record_type", "event") != "event":
        return None
    event_id = _text(record.get("id"), 64)
    event_type = record.get("type")
    if event_id is None or not isinstance(event_type, str) or event_type not in EVENT_TYPES:
        return None
    actors = record.get("actors") if isinstance(record.get("actors"), Mapping) else {}
    source, target = _actor(actors.get("source")), _actor(actors.get("target"))
    places = []
    for place in _items(record.get("location")):
        name = _text(place.get("normalized")) or _text(place.get("text"))
        if name:
            places.append({"name": name, "country": _country(place.get("country"))})
    time_value = record.get("time") if isinstance(record.get("time"), Mapping) else None
    when = None
    if time_value is not None and _text(time_value.get("text")):
        when = {"text": _text(time_value.get("text")), "resolved": _text(time_value.get("resolved"), 16)}
    quantities = [q for q in (_text(item.get("text")) for item in _items(record.get("quantities"))) if q]
    mode = record.get("mode") if record.get("mode") in MODES else "asserted"
    reporter = _actor(record.get("reported_by"))
    sentence = record.get("sentence") if isinstance(record.get("sentence"), Mapping) else {}
    mentions = record.get("mentions") if isinstance(record.get("mentions"), Mapping) else {}
    article_id = _text(record.get("article_id"), 200) or ""
    countries = sorted({c for c in (
        *(a["country"] for a in (source, target, reporter) if a),
        *(p["country"] for p in places),
    ) if c})
    return {
        "id": event_id,
        "type": event_type,
        "mode": mode,
        "source": source,
        "target": target,
        "places": places,
        "time": when,
        "quantities": quantities,
        "reported_by": reporter,
        "mentions": _count(mentions.get("count")),
        "sentence": _text(sentence.get("text"), MAX_SENTENCE) or "",
        "article_id": article_id,
        "article_url": article_url(article_id) if article_id else None,
        "language": _text(record.get("language"), 8),
        "countries": countries,
        "ts": timestamp_ms if isinstance(timestamp_ms, int) and timestamp_ms >= 0 else None,
    }


@dataclass(frozen=True)
class Filter:
    """The page's filters; None means "any". Built from query parameters by `Filter.parse`."""

    type: str | None = None
    country: str | None = None
    mode: str | None = None

    @classmethod
    def parse(cls, params: Mapping[str, str]) -> Filter:
        """From ?type=&country=&mode= (empty means any); raises ValueError on a value that cannot match."""
        event_type = (params.get("type") or "").strip().upper() or None
        country = (params.get("country") or "").strip().upper() or None
        mode = (params.get("mode") or "").strip().lower() or None
        if event_type is not None and event_type not in EVENT_TYPES:
            raise ValueError(f"unknown event type {event_type[:20]!r}")
        if country is not None and not COUNTRY_RE.match(country):
            raise ValueError("country must be an ISO 3166-1 alpha-3 code such as FRA")
        if mode is not None and mode not in MODES:
            raise ValueError(f"unknown mode {mode[:20]!r}")
        return cls(event_type, country, mode)

    def matches(self, item: Mapping[str, Any]) -> bool:
        return matches(item, type=self.type, country=self.country, mode=self.mode)

    def as_params(self) -> dict[str, str]:
        return {k: v for k, v in (("type", self.type), ("country", self.country), ("mode", self.mode)) if v}


def matches(item: Mapping[str, Any], *, type: str | None = None, country: str | None = None,
            mode: str | None = None) -> bool:
    """Whether a display dict passes the filters: the country is any actor's or place's country."""
    if type and item.get("type") != type:
        return False
    if mode and item.get("mode") != mode:
        return False
    return not (country and country not in (item.get("countries") or ()))


class HourlyCounts:
    """Events per type over the last hour, by Kafka timestamp, in one-minute buckets (at most 61 kept)."""

    def __init__(self, window_ms: int = HOUR_MS, bucket_ms: int = MINUTE_MS) -> None:
        self.window_ms = window_ms
        self.bucket_ms = bucket_ms
        self._buckets: dict[int, Counter[str]] = {}

    def add(self, event_type: str, timestamp_ms: int | None, now_ms: int) -> None:
        if timestamp_ms is None or timestamp_ms <= now_ms - self.window_ms:
            return  # replayed events older than the window do not count
        bucket = min(timestamp_ms, now_ms) // self.bucket_ms
        self._buckets.setdefault(bucket, Counter())[event_type] += 1
        self._prune(now_ms)

    def _prune(self, now_ms: int) -> None:
        oldest = (now_ms - self.window_ms) // self.bucket_ms
        for bucket in [b for b in self._buckets if b < oldest]:
            del self._buckets[bucket]

    def counts(self, now_ms: int) -> dict[str, int]:
        """{type: count} over the window ending now, largest first, types with no event left out."""
        self._prune(now_ms)
        total: Counter[str] = Counter()
        for counter in self._buckets.values():
            total.update(counter)
        return dict(sorted(total.items(), key=lambda kv: (-kv[1], kv[0])))


class EventBuffer:
    """The last `limit` events, keyed by event id (a re-delivered event replaces the old copy in place)."""

    def __init__(self, limit: int) -> None:
        if limit < 1:
            raise ValueError("limit must be at least 1")
        self.limit = limit
        self._items: OrderedDict[str, dict[str, Any]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._items)

    def add(self, item: dict[str, Any]) -> bool:
        """Keep the item; True if it is new (not a re-delivery of an event already kept)."""
        key = item["id"]
        if key in self._items:
            self._items[key] = item
            return False
        self._items[key] = item
        while len(self._items) > self.limit:
            self._items.popitem(last=False)
        return True

    def newest_first(self, flt: Filter | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        """Newest Kafka timestamp first (arrival order breaks ties: partitions replay one after another)."""
        ordered = sorted(reversed(self._items.values()), key=lambda item: -(item.get("ts") or 0))
        out = []
        for item in ordered:
            if flt is None or flt.matches(item):
                out.append(item)
                if limit is not None and len(out) >= limit:
                    break
        return out

    def countries(self) -> list[str]:
        return sorted({c for item in self._items.values() for c in item.get("countries") or ()})
