"""Configuration: one place, read from environment variables (NEWSWORKER_*) and CLI flags.

Flags win over the environment, the environment wins over defaults. Defaults work with the
local broker started by `newsworker kafka start`.
"""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

ENV_PREFIX = "NEWSWORKER_"
PROJECT_ROOT = Path(__file__).resolve().parent.parent
SECURITY_PROTOCOLS = ("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL")
SASL_MECHANISMS = ("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512")
SECRET_FIELDS = ("kafka_sasl_password", "kafka_ssl_key_password")  # never logged: see Settings.redacted()


def is_loopback(host: str) -> bool:
    """True for addresses only this machine can reach (the safe default for every HTTP endpoint)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _env(name: str, default: str) -> str:
    return os.environ.get(ENV_PREFIX + name, default)


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(ENV_PREFIX + name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise SystemExit(f"{ENV_PREFIX}{name}={raw!r} is not a whole number") from exc


def _read_secret(name: str) -> str | None:
    """A secret from NEWSWORKER_<name> or from the file named by NEWSWORKER_<name>_FILE."""
    path = os.environ.get(f"{ENV_PREFIX}{name}_FILE")
    if path:
        return Path(path).read_text(encoding="utf-8").strip()
    return os.environ.get(ENV_PREFIX + name) or None


@dataclass(frozen=True)
class Settings:
    kafka_bootstrap: str = field(default_factory=lambda: _env("KAFKA_BOOTSTRAP", "127.0.0.1:9092"))
    app_id: str = field(default_factory=lambda: _env("APP_ID", "newsworker"))
    topic_raw: str = field(default_factory=lambda: _env("TOPIC_RAW", "news.articles.raw"))
    topic_enriched: str = field(default_factory=lambda: _env("TOPIC_ENRICHED", "news.articles.enriched"))
    topic_events: str = field(default_factory=lambda: _env("TOPIC_EVENTS", "news.events"))
    topic_deadletter: str = field(default_factory=lambda: _env("TOPIC_DEADLETTER", "news.deadletter"))
    partitions: int = field(default_factory=lambda: _env_int("PARTITIONS", 6))
    replication_factor: int = field(default_factory=lambda: _env_int("REPLICATION_FACTOR", 1))
    metrics_host: str = field(default_factory=lambda: _env("METRICS_HOST", "127.0.0.1"))
    metrics_port: int = field(default_factory=lambda: _env_int("METRICS_PORT", 9464))
    processing_guarantee: str = field(
        default_factory=lambda: _env("PROCESSING_GUARANTEE", "exactly_once")
    )
    data_dir: Path = field(default_factory=lambda: Path(_env("DATA_DIR", str(PROJECT_ROOT / "var" / "worker"))))
    log_level: str = field(default_factory=lambda: _env("LOG_LEVEL", "INFO"))
    max_message_bytes: int = field(default_factory=lambda: _env_int("MAX_MESSAGE_BYTES", 2 * 1024 * 1024))
    max_body_chars: int = field(default_factory=lambda: _env_int("MAX_BODY_CHARS", 500_000))
    # Dead letters keep originals whole up to this size (the first bytes beyond), so they stay producible.
    deadletter_max_original_bytes: int = field(
        default_factory=lambda: _env_int("DEADLETTER_MAX_ORIGINAL_BYTES", 512 * 1024)
    )
    # How fast the group notices a dead worker (kill -9) and hands its partitions to the others.
    session_timeout_seconds: int = field(default_factory=lambda: _env_int("SESSION_TIMEOUT_SECONDS", 10))
    nlp_batch_size: int = field(default_factory=lambda: _env_int("NLP_BATCH_SIZE", 64))
    # The agent takes up to this many raw records, or what came within the wait, per batch: one nlp.pipe
    # call and one transaction per batch. Bigger batches cost less per article under load; smaller ones
    # let workers on other partitions see a batch's text sooner (fewer copies parsed twice). 64 rather than
    # 32: half the transactions and second looks per article; one run of bench/throughput.py each gave 71.4
    # against 66.3 articles/s with one worker, 122.6 against 106.0 with two, p99 0.59 s against 0.45 s at
    # 35 articles/s (session 11).
    batch_max_articles: int = field(default_factory=lambda: _env_int("BATCH_MAX_ARTICLES", 64))
    # Under load a batch fills while the previous one is processed, so the wait only matters when the
    # stream runs dry: 50 ms rather than 250 cut p50 latency at half the maximum rate from 0.41 s to
    # 0.10 s and p99 from 2.24 s to 1.97 s, and raised throughput (bench/throughput.py, 1080 articles).
    batch_wait_ms: int = field(default_factory=lambda: _env_int("BATCH_WAIT_MS", 50))
    # Bytes of records per partition the producers gather into one produce request. An enriched record carries
    # its text three times (3-15 KB on the benchmark corpus, 20 KB for the seed): Kafka clients' default of
    # 16 KB held one or two, so a batch's outputs went out in many round trips (776-865 produce requests per
    # benchmark run, 178-246 with 512 KiB). 512 KiB stays under brokers' default 1 MB batch limit.
    producer_batch_bytes: int = field(default_factory=lambda: _env_int("PRODUCER_BATCH_BYTES", 512 * 1024))
    # Worker processes started by one `newsworker worker` (forked after the models are loaded, so they share
    # them; worker/processes.py). Each is one consumer of the group; child i serves metrics on port + i.
    processes: int = field(default_factory=lambda: _env_int("PROCESSES", 1))
    # With other workers in the group, a batch's new units are deduplicated a second time once this worker's
    # copy of the fingerprint table has caught up with the batch's own marker in the changelog: copies of
    # a story that another worker took at the same moment are then parsed once (worker/dedup/concurrent.py).
    # This is the longest it waits for that; 0 turns the second look off. A worker owning every raw
    # partition never waits.
    dedup_recheck_ms: int = field(default_factory=lambda: _env_int("DEDUP_RECHECK_MS", 500))
    dedup_window_paragraphs: int = field(default_factory=lambda: _env_int("DEDUP_WINDOW_PARAGRAPHS", 1_000_000))
    # Retention of the dedup memory's changelog, in bytes (0 = derived from the window: 4 KiB per paragraph;
    # the changelog carries 340 bytes per remembered paragraph on the benchmark corpus, bench/changelog_size.py;
    # at most ~2 KiB when every index bucket is full). A worker that starts reads it back.
    dedup_changelog_bytes: int = field(default_factory=lambda: _env_int("DEDUP_CHANGELOG_BYTES", 0))
    # Security (issue: secured brokers). Secrets are never logged: see `redacted()`.
    kafka_security_protocol: str = field(default_factory=lambda: _env("KAFKA_SECURITY_PROTOCOL", "PLAINTEXT"))
    kafka_sasl_mechanism: str | None = field(default_factory=lambda: _env("KAFKA_SASL_MECHANISM", "") or None)
    kafka_sasl_username: str | None = field(default_factory=lambda: _env("KAFKA_SASL_USERNAME", "") or None)
    kafka_sasl_password: str | None = field(default_factory=lambda: _read_secret("KAFKA_SASL_PASSWORD"))
    kafka_ssl_cafile: str | None = field(default_factory=lambda: _env("KAFKA_SSL_CAFILE", "") or None)
    # A client certificate (mutual TLS), PEM files; the key's password, if it has one, is a secret.
    kafka_ssl_certfile: str | None = field(default_factory=lambda: _env("KAFKA_SSL_CERTFILE", "") or None)
    kafka_ssl_keyfile: str | None = field(default_factory=lambda: _env("KAFKA_SSL_KEYFILE", "") or None)
    kafka_ssl_key_password: str | None = field(default_factory=lambda: _read_secret("KAFKA_SSL_KEY_PASSWORD"))

    def __post_init__(self) -> None:
        if self.processing_guarantee not in ("exactly_once", "at_least_once"):
            raise SystemExit(
                f"processing guarantee must be exactly_once or at_least_once, not {self.processing_guarantee!r}"
            )
        if self.partitions < 1:
            raise SystemExit("partitions must be at least 1")
        if self.dedup_changelog_bytes <= 0:
            object.__setattr__(self, "dedup_changelog_bytes", 4096 * max(1, self.dedup_window_paragraphs))
        if self.dedup_recheck_ms < 0:
            raise SystemExit("dedup recheck wait must be at least 0 ms (0 = no second look)")
        if self.producer_batch_bytes < 1024:
            raise SystemExit("producer batch bytes must be at least 1024")
        if self.processes < 1:
            raise SystemExit("processes must be at least 1")
        if self.batch_max_articles < 1 or self.batch_wait_ms < 0:
            raise SystemExit("batch max articles must be at least 1 and batch wait at least 0 ms")
        self._check_security()

    def _check_security(self) -> None:
        """The protocol and the SASL settings must agree: Faust and the CLI's aiokafka clients read them
        differently (a mechanism without a SASL protocol meant SASL to the worker and none to `send`)."""
        protocol = self.kafka_security_protocol.strip().upper()
        if protocol not in SECURITY_PROTOCOLS:
            raise SystemExit(f"Kafka security protocol must be one of {', '.join(SECURITY_PROTOCOLS)}, "
                             f"not {self.kafka_security_protocol!r} (NEWSWORKER_KAFKA_SECURITY_PROTOCOL)")
        object.__setattr__(self, "kafka_security_protocol", protocol)
        mechanism = (self.kafka_sasl_mechanism or "").strip().upper() or None
        object.__setattr__(self, "kafka_sasl_mechanism", mechanism)
        if protocol.startswith("SASL_"):
            if mechanism not in SASL_MECHANISMS:
                raise SystemExit(f"{protocol} needs NEWSWORKER_KAFKA_SASL_MECHANISM, one of "
                                 f"{', '.join(SASL_MECHANISMS)} (given: {mechanism or 'none'})")
            if not self.kafka_sasl_username or not self.kafka_sasl_password:
                raise SystemExit(f"{protocol} needs NEWSWORKER_KAFKA_SASL_USERNAME and a password "
                                 "(NEWSWORKER_KAFKA_SASL_PASSWORD or NEWSWORKER_KAFKA_SASL_PASSWORD_FILE)")
        elif mechanism:
            raise SystemExit(f"a SASL mechanism ({mechanism}) is set but the security protocol is {protocol}: "
                             "set NEWSWORKER_KAFKA_SECURITY_PROTOCOL to SASL_SSL or SASL_PLAINTEXT")
        if bool(self.kafka_ssl_certfile) != bool(self.kafka_ssl_keyfile):
            raise SystemExit("a client certificate needs both NEWSWORKER_KAFKA_SSL_CERTFILE and "
                             "NEWSWORKER_KAFKA_SSL_KEYFILE")
        if self.kafka_ssl_certfile and not self.uses_tls:
            raise SystemExit(f"a client certificate (NEWSWORKER_KAFKA_SSL_CERTFILE) is set but the security protocol "
                             f"is {protocol}: set NEWSWORKER_KAFKA_SECURITY_PROTOCOL to SSL or SASL_SSL")

    @property
    def uses_tls(self) -> bool:
        """True for the protocols that speak TLS to the broker (SSL, SASL_SSL)."""
        return self.kafka_security_protocol in ("SSL", "SASL_SSL")

    def with_overrides(self, **overrides: Any) -> Settings:
        """A copy with the given fields replaced; None values (flags not given) are ignored."""
        known = {f.name for f in fields(self)}
        clean = {k: v for k, v in overrides.items() if v is not None and k in known}
        return replace(self, **clean)

    @property
    def broker_url(self) -> str:
        """Faust wants kafka://host:port;host:port."""
        hosts = [h.strip() for h in self.kafka_bootstrap.split(",") if h.strip()]
        return ";".join(f"kafka://{h}" for h in hosts)

    def redacted(self) -> dict[str, Any]:
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        for secret in SECRET_FIELDS:
            if out[secret]:
                out[secret] = "***"
        out["data_dir"] = str(out["data_dir"])
        return out
