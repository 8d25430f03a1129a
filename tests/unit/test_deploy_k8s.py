"""Kubernetes manifests in deploy/k8s, validated offline.

Built-in kinds (Namespace, ConfigMap, Secret, Deployment, Service, PodDisruptionBudget) are checked
against the Kubernetes OpenAPI schemas shipped by the `kubernetes-validate` package, in strict mode
(unknown fields are errors). Custom resources (Strimzi KafkaTopic, KEDA ScaledObject and
TriggerAuthentication, Prometheus Operator ServiceMonitor) are NOT in those built-in schemas: their
CRDs live in the operators' own repositories, so they get a structural check here instead, plus
cross-references between all the objects (names, labels, ports, partition count, secret keys).
"""

from __future__ import annotations

import importlib.util
import os
import re
from pathlib import Path

import pytest
import yaml

try:
    import kubernetes_validate
    from kubernetes_validate import utils as kv_utils
except ImportError:
    if os.environ.get("CI"):  # a missing dev dependency is an error under CI, not a skip
        raise
    pytest.skip("kubernetes-validate is not installed (pip install kubernetes-validate)",
                allow_module_level=True)

ROOT = Path(__file__).resolve().parents[2]
K8S = ROOT / "deploy" / "k8s"
KUBERNETES_VERSION = kv_utils.latest_version()  # newest schemas the installed package ships

_spec = importlib.util.spec_from_file_location("settings_env", ROOT / "deploy" / "settings_env.py")
assert _spec and _spec.loader
settings_env = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(settings_env)

BUILT_IN = {"Namespace", "ConfigMap", "Secret", "Deployment", "Service", "PodDisruptionBudget"}
CUSTOM = {
    "KafkaTopic": "kafka.strimzi.io/v1",
    "ScaledObject": "keda.sh/v1alpha1",
    "TriggerAuthentication": "keda.sh/v1alpha1",
    "ServiceMonitor": "monitoring.coreos.com/v1",
}


def kustomization() -> dict:
    return yaml.safe_load((K8S / "kustomization.yaml").read_text(encoding="utf-8"))


def documents() -> list[dict]:
    docs = []
    for name in kustomization()["resources"]:
        docs += [d for d in yaml.safe_load_all((K8S / name).read_text(encoding="utf-8")) if d]
    return docs


def one(kind: str, name: str | None = None) -> dict:
    found = [d for d in documents() if d["kind"] == kind and (name is None or d["metadata"]["name"] == name)]
    assert len(found) == 1, f"expected one {kind} {name or ''}, found {len(found)}"
    return found[0]


def doc_id(doc: dict) -> str:
    return f"{doc['kind']}/{doc['metadata']['name']}"


def test_kustomization_lists_every_manifest() -> None:
    k = kustomization()
    assert k["apiVersion"] == "kustomize.config.k8s.io/v1beta1" and k["kind"] == "Kustomization"
    files = {p.name for p in K8S.glob("*.yaml")} - {"kustomization.yaml"}
    assert set(k["resources"]) == files
    assert "namespace" not in k, "KafkaTopics must stay in the Strimzi namespace"
    assert [i["name"] for i in k["images"]] == ["newsworker"]


def test_only_known_kinds() -> None:
    kinds = {d["kind"] for d in documents()}
    assert kinds <= BUILT_IN | set(CUSTOM), kinds - BUILT_IN - set(CUSTOM)
    assert kinds == BUILT_IN | set(CUSTOM)


@pytest.mark.parametrize("doc", [d for d in documents() if d["kind"] in BUILT_IN], ids=doc_id)
def test_built_in_kinds_match_the_kubernetes_schema(doc: dict) -> None:
    try:
        kubernetes_validate.validate(doc, KUBERNETES_VERSION, strict=True)
    except kv_utils.ValidationError as exc:
        pytest.fail(f"{doc_id(doc)} at {'/'.join(map(str, exc.path))}: {exc.message}")


@pytest.mark.parametrize("doc", [d for d in documents() if d["kind"] in CUSTOM], ids=doc_id)
def test_custom_resources_are_not_in_the_built_in_schemas(doc: dict) -> None:
    """Documents why CRDs get the structural checks below: kubernetes-validate has no schema for them."""
    with pytest.raises(kv_utils.SchemaNotFoundError):
        kubernetes_validate.validate(doc, KUBERNETES_VERSION, strict=True)
    assert doc["apiVersion"] == CUSTOM[doc["kind"]]
    assert re.fullmatch(r"[a-z0-9]([-a-z0-9.]*[a-z0-9])?", doc["metadata"]["name"])
    assert doc["metadata"].get("namespace")
    assert isinstance(doc.get("spec"), dict)


# --- the worker ---------------------------------------------------------------------------------------

def container() -> dict:
    (c,) = one("Deployment", "newsworker")["spec"]["template"]["spec"]["containers"]
    return c


def test_deployment_probes_ports_resources() -> None:
    deployment = one("Deployment", "newsworker")
    spec = deployment["spec"]
    assert spec["replicas"] >= 1
    assert spec["strategy"]["rollingUpdate"]["maxSurge"] == 0, "a surge pod would get no partition"
    c = container()
    ports = {p["name"]: p["containerPort"] for p in c["ports"]}
    assert ports == {"metrics": 9464}
    assert c["livenessProbe"]["httpGet"]["path"] == "/health"
    assert c["startupProbe"]["httpGet"]["path"] == "/health"
    assert c["readinessProbe"]["httpGet"]["path"] == "/ready"
    for probe in ("livenessProbe", "readinessProbe", "startupProbe"):
        assert c[probe]["httpGet"]["port"] in ("metrics", 9464)
    assert c["resources"]["requests"]["memory"] == "1Gi"
    assert c["resources"]["limits"]["memory"] == "1536Mi"
    annotations = spec["template"]["metadata"]["annotations"]
    assert annotations["prometheus.io/scrape"] == "true"
    assert annotations["prometheus.io/port"] == "9464"
    assert annotations["prometheus.io/path"] == "/metrics"
    pod_security = spec["template"]["spec"]["securityContext"]
    assert pod_security["runAsNonRoot"] is True and pod_security["runAsUser"] != 0
    assert c["securityContext"]["readOnlyRootFilesystem"] is True


def test_configmap_and_secret_feed_the_worker() -> None:
    config = one("ConfigMap", "newsworker-config")
    secret = one("Secret", "newsworker-kafka")
    c = container()
    assert {"configMapRef": {"name": "newsworker-config"}} in c["envFrom"]
    assert config["data"]["NEWSWORKER_METRICS_HOST"] == "0.0.0.0"
    assert config["data"]["NEWSWORKER_METRICS_PORT"] == "9464"
    assert config["data"]["NEWSWORKER_KAFKA_BOOTSTRAP"]
    secret_keys = set(secret.get("stringData", {})) | set(secret.get("data", {}))
    for env in c["env"]:
        ref = env.get("valueFrom", {}).get("secretKeyRef")
        if ref:
            assert ref["name"] == "newsworker-kafka" and ref["key"] in secret_keys
    env = {e["name"]: e.get("value") for e in c["env"]}
    password_file = env["NEWSWORKER_KAFKA_SASL_PASSWORD_FILE"]
    mounts = {m["name"]: m["mountPath"] for m in c["volumeMounts"]}
    volumes = {v["name"]: v for v in one("Deployment")["spec"]["template"]["spec"]["volumes"]}
    (name,) = [n for n, path in mounts.items() if password_file.startswith(path + "/")]
    items = volumes[name]["secret"]["items"]
    assert any(password_file.endswith("/" + i["path"]) and i["key"] in secret_keys for i in items)
    assert "NEWSWORKER_KAFKA_SASL_PASSWORD" not in env, "the password is passed as a file only"


def test_env_names_are_read_by_the_worker() -> None:
    read = settings_env.worker_env_names(ROOT)
    names = set(one("ConfigMap", "newsworker-config")["data"]) | {e["name"] for e in container()["env"]}
    for name in names:
        assert name.startswith("NEWSWORKER_") and name in read, f"{name}: the worker never reads it"


def test_service_and_servicemonitor_select_the_worker() -> None:
    pod_labels = one("Deployment")["spec"]["template"]["metadata"]["labels"]
    service = one("Service", "newsworker")
    # Prometheus Operator: job label = Service name, and the alert rules select job="newsworker".
    assert service["metadata"]["name"] == "newsworker"
    assert service["spec"]["selector"].items() <= pod_labels.items()
    assert service["spec"]["publishNotReadyAddresses"] is True, "unready workers are still scraped"
    monitor = one("ServiceMonitor", "newsworker")["spec"]
    assert monitor["selector"]["matchLabels"].items() <= service["metadata"]["labels"].items()
    assert monitor["namespaceSelector"]["matchNames"] == [service["metadata"]["namespace"]]
    (endpoint,) = monitor["endpoints"]
    assert endpoint["port"] in {p["name"] for p in service["spec"]["ports"]}
    assert endpoint["path"] == "/metrics"
    assert "jobLabel" not in monitor
    pdb = one("PodDisruptionBudget", "newsworker")
    assert pdb["spec"]["selector"]["matchLabels"].items() <= pod_labels.items()


# --- topics and autoscaling ---------------------------------------------------------------------------

def test_kafka_topics() -> None:
    config = one("ConfigMap", "newsworker-config")["data"]
    topics = {
        d["spec"].get("topicName", d["metadata"]["name"]): d for d in documents() if d["kind"] == "KafkaTopic"
    }
    roles = ("RAW", "ENRICHED", "EVENTS", "DEADLETTER")
    assert set(topics) == {config[f"NEWSWORKER_TOPIC_{role}"] for role in roles}
    for name, topic in topics.items():
        assert topic["metadata"]["labels"].get("strimzi.io/cluster"), f"{name}: no strimzi.io/cluster label"
        assert topic["spec"]["partitions"] == 6 == int(config["NEWSWORKER_PARTITIONS"])
        assert isinstance(topic["spec"]["replicas"], int) and topic["spec"]["replicas"] >= 1
        assert all(isinstance(v, str | int) for v in topic["spec"].get("config", {}).values())


def test_keda_scales_on_consumer_lag_up_to_the_partition_count() -> None:
    config = one("ConfigMap", "newsworker-config")["data"]
    scaled = one("ScaledObject", "newsworker")["spec"]
    target = scaled["scaleTargetRef"]
    assert target.get("kind", "Deployment") == "Deployment" and target["name"] == "newsworker"
    raw_topic = next(d for d in documents() if d["kind"] == "KafkaTopic"
                     and d["spec"].get("topicName") == config["NEWSWORKER_TOPIC_RAW"])
    assert scaled["maxReplicaCount"] == raw_topic["spec"]["partitions"], "more workers than partitions idle"
    assert 1 <= scaled["minReplicaCount"] <= scaled["maxReplicaCount"]
    (trigger,) = scaled["triggers"]
    assert trigger["type"] == "kafka"
    meta = trigger["metadata"]
    assert meta["consumerGroup"] == "newsworker"  # the Faust app id
    assert meta["topic"] == config["NEWSWORKER_TOPIC_RAW"]
    assert meta["bootstrapServers"] == config["NEWSWORKER_KAFKA_BOOTSTRAP"]
    assert int(meta["lagThreshold"]) > 0
    assert meta.get("allowIdleConsumers", "false") == "false"
    assert all(isinstance(v, str) for v in meta.values()), "KEDA trigger metadata values are strings"
    auth = one("TriggerAuthentication", trigger["authenticationRef"]["name"])
    secret = one("Secret", "newsworker-kafka")
    keys = set(secret.get("stringData", {})) | set(secret.get("data", {}))
    params = {ref["parameter"] for ref in auth["spec"]["secretTargetRef"]}
    assert params == {"username", "password"}
    for ref in auth["spec"]["secretTargetRef"]:
        assert ref["name"] == "newsworker-kafka" and ref["key"] in keys
    if config.get("NEWSWORKER_KAFKA_SECURITY_PROTOCOL", "PLAINTEXT").startswith("SASL"):
        mechanism = config["NEWSWORKER_KAFKA_SASL_MECHANISM"].lower().replace("-", "_")
        assert meta["sasl"] == {"scram_sha_512": "scram_sha512", "scram_sha_256": "scram_sha256"}.get(
            mechanism, mechanism)
    if config.get("NEWSWORKER_KAFKA_SECURITY_PROTOCOL", "").endswith("SSL"):
        assert meta["tls"] == "enable"


def test_namespaces() -> None:
    namespace = one("Namespace")["metadata"]["name"]
    for doc in documents():
        if doc["kind"] in {"Namespace", "KafkaTopic"}:
            continue
        assert doc["metadata"]["namespace"] == namespace, doc_id(doc)
