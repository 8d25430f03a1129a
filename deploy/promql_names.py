"""Metric names referenced by PromQL, and metric names a registry or a /metrics page exports.

Used by tests/unit/test_deploy_dashboard.py (dashboard + alert rules against worker.metrics.REGISTRY)
and reusable by a live test against a real worker's /metrics text:

    import importlib.util, pathlib
    spec = importlib.util.spec_from_file_location("promql_names", pathlib.Path("deploy/promql_names.py"))
    promql_names = importlib.util.module_from_spec(spec); spec.loader.exec_module(promql_names)
    used = promql_names.metric_names_in_promql('sum(rate(newsworker_articles_consumed_total[5m]))')
    exported = promql_names.sample_names_in_exposition(requests.get(".../metrics").text)

No dependency beyond the standard library; prometheus_client is imported only by the functions that
read a registry or an exposition page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = [
    "PROMETHEUS_SYNTHETIC_NAMES",
    "exported_metric_names",
    "metric_names_in_promql",
    "sample_names_in_exposition",
    "undefined_names",
]

# Series that Prometheus itself adds for every scrape target (never in the worker's registry).
PROMETHEUS_SYNTHETIC_NAMES = frozenset(
    {
        "up",
        "scrape_duration_seconds",
        "scrape_samples_scraped",
        "scrape_samples_post_metric_relabeling",
        "scrape_series_added",
        "ALERTS",
        "ALERTS_FOR_STATE",
    }
)

# Words that look like identifiers but are PromQL syntax, not series names.
_KEYWORDS = frozenset(
    {
        "and", "or", "unless",                # set operators
        "by", "without", "on", "ignoring",    # grouping / matching (followed by a label list)
        "group_left", "group_right",          # may be followed by a label list
        "bool", "offset", "atan2",            # modifiers and the atan2 binary operator
        "inf", "nan",                         # number literals
    }
)  # fmt: skip
_LABEL_LIST_KEYWORDS = frozenset({"by", "without", "on", "ignoring", "group_left", "group_right"})

_TOKEN = re.compile(
    r"""
      (?P<string>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`)
    | (?P<matchers>\{[^}]*\})
    | (?P<range>\[[^\]]*\])
    | (?P<variable>\$\{[^}]*\}|\$\w+)                       # Grafana template variables
    | (?P<duration>\d+(?:ms|[smhdwy])(?:\d+(?:ms|[smhdwy]))*\b)
    | (?P<number>0x[0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)
    | (?P<ident>[A-Za-z_:][A-Za-z0-9_:]*)
    | (?P<space>\s+)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_NAME_MATCHER = re.compile(r"""__name__\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def metric_names_in_promql(expr: str) -> set[str]:
    """Return every metric (series) name an instant/range PromQL expression selects.

    Function and aggregation names (a word followed by `(`), keywords, label names inside `{...}`,
    label lists after by/without/on/ignoring/group_left/group_right, strings, durations, numbers and
    Grafana variables (`$__rate_interval`, `${instance}`) are not metric names. A selector written
    `{__name__="x"}` yields `x` (regex matchers `__name__=~` are ignored: they name no single series).
    """
    tokens = [(m.lastgroup, m.group()) for m in _TOKEN.finditer(expr)]
    tokens = [(kind, text) for kind, text in tokens if kind != "space"]
    names: set[str] = set()
    i = 0
    while i < len(tokens):
        kind, text = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else (None, "")
        if kind == "matchers":
            for m in _NAME_MATCHER.finditer(text):
                names.add(m.group(1) if m.group(1) is not None else m.group(2))
        elif kind == "ident":
            if text in _LABEL_LIST_KEYWORDS and nxt == ("other", "("):
                # skip the label list: by (a, b)
                depth, i = 0, i + 1
                while i < len(tokens):
                    if tokens[i] == ("other", "("):
                        depth += 1
                    elif tokens[i] == ("other", ")"):
                        depth -= 1
                        if depth == 0:
                            break
                    i += 1
            elif text in _KEYWORDS or text.lower() in {"inf", "nan"}:
                pass
            elif nxt == ("other", "(") or nxt in {("ident", "by"), ("ident", "without")}:
                pass  # function, or aggregation operator (sum(...), sum by (...) (...))
            else:
                names.add(text)
        i += 1
    return names


def exported_metric_names(registry) -> set[str]:
    """Every sample name a prometheus_client registry can expose, even for labelled metrics that have
    no child yet (those collect with zero samples, so names are derived from each family's type)."""
    suffixes = {
        "counter": ("_total", "_created"),
        "gauge": ("",),
        "histogram": ("_bucket", "_sum", "_count", "_created"),
        "gaugehistogram": ("_bucket", "_gsum", "_gcount"),
        "summary": ("", "_sum", "_count", "_created"),
        "info": ("_info",),
        "stateset": ("",),
        "unknown": ("",),
    }
    names: set[str] = set()
    for family in registry.collect():
        names.update(family.name + suffix for suffix in suffixes.get(family.type, ("",)))
        names.update(sample.name for sample in family.samples)
    return names


def sample_names_in_exposition(text: str) -> set[str]:
    """Sample names present in a Prometheus text exposition (e.g. a live worker's /metrics body).

    Also adds each family's declared names (from `# TYPE`), so labelled metrics with no samples yet
    still count as exported."""
    from prometheus_client.parser import text_string_to_metric_families

    names: set[str] = set()
    type_line = re.compile(r"^# TYPE (\S+) (\S+)", re.MULTILINE)
    type_suffixes = {
        "counter": ("_total", "_created"),
        "histogram": ("_bucket", "_sum", "_count", "_created"),
        "summary": ("", "_sum", "_count", "_created"),
        "info": ("_info",),
    }
    for m in type_line.finditer(text):
        name, kind = m.group(1), m.group(2)
        base = name.removesuffix("_total") if kind == "counter" else name
        base = base.removesuffix("_info") if kind == "info" else base
        names.update(base + s for s in type_suffixes.get(kind, ("",)))
    for family in text_string_to_metric_families(text):
        names.update(sample.name for sample in family.samples)
    return names


def undefined_names(used: Iterable[str], exported: Iterable[str]) -> set[str]:
    """Names in `used` that are neither exported nor Prometheus-synthetic."""
    return set(used) - set(exported) - PROMETHEUS_SYNTHETIC_NAMES
