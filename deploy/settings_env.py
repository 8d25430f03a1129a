"""Which NEWSWORKER_* environment variables the worker reads, found in its source code.

Used by tests/unit/test_deploy_compose.py and test_deploy_k8s.py to check that docker-compose.yml,
the Kubernetes ConfigMap/Deployment and the Dockerfile set only variables the worker actually reads
(a misspelt name would be silently ignored). Reads worker/**/*.py as text: nothing is imported.
"""

from __future__ import annotations

import re
from pathlib import Path

ENV_PREFIX = "NEWSWORKER_"

# The variables the deployment files are documented to use (docs/operations.md, "Configuration").
DOCUMENTED = frozenset(
    ENV_PREFIX + name
    for name in (
        "KAFKA_BOOTSTRAP", "TOPIC_RAW", "TOPIC_ENRICHED", "TOPIC_EVENTS", "TOPIC_DEADLETTER", "PARTITIONS",
        "METRICS_HOST", "METRICS_PORT", "PROCESSING_GUARANTEE", "LOG_LEVEL", "KAFKA_SECURITY_PROTOCOL",
        "KAFKA_SASL_MECHANISM", "KAFKA_SASL_USERNAME", "KAFKA_SASL_PASSWORD", "KAFKA_SASL_PASSWORD_FILE",
    )
)  # fmt: skip

_HELPER_CALL = re.compile(r"""\b_env(?:_int|_bool|_float)?\(\s*["']([A-Z0-9_]+)["']""")
_SECRET_CALL = re.compile(r"""\b_read_secret\(\s*["']([A-Z0-9_]+)["']""")
_LITERAL = re.compile(r"""["'](NEWSWORKER_[A-Z0-9_]+)["']""")


def worker_env_names(repo_root: Path) -> set[str]:
    """Every NEWSWORKER_* name read under worker/: settings helpers `_env("X")`, `_env_int("X")`,
    `_read_secret("X")` (which also reads X_FILE), and literal "NEWSWORKER_X" strings."""
    names: set[str] = set()
    for path in sorted((repo_root / "worker").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        names.update(ENV_PREFIX + n for n in _HELPER_CALL.findall(text))
        for n in _SECRET_CALL.findall(text):
            names.update({ENV_PREFIX + n, f"{ENV_PREFIX}{n}_FILE"})
        names.update(_LITERAL.findall(text))
    return names
