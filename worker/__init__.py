"""newsworker: a streaming news-ingestion worker (Kafka in, deduplicated text and events out)."""

from importlib import metadata

try:
    __version__ = metadata.version("newsworker")
except metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+source"
