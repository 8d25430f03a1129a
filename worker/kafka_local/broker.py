"""A real Apache Kafka broker (KRaft, one node: broker + controller) for local runs and tests.

Jars are resolved by Maven from deploy/kafka/pom.xml into an ignored cache (.cache/kafka/libs);
no repository address is written anywhere: Maven uses its configured default. Java 17 runs it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from worker.settings import PROJECT_ROOT

log = logging.getLogger(__name__)

POM = PROJECT_ROOT / "deploy" / "kafka" / "pom.xml"
LOG4J_CONFIG = PROJECT_ROOT / "deploy" / "kafka" / "log4j2.properties"


class BrokerError(RuntimeError):
    pass


def _keytool(*args: str) -> None:
    """Run the JDK's keytool (it makes the TLS listener's certificate and the client truststore)."""
    keytool = shutil.which("keytool")
    if keytool is None:
        raise BrokerError("keytool (from the JDK) is not installed: it makes the TLS listener's certificates")
    result = subprocess.run([keytool, *args], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BrokerError(f"keytool failed ({result.returncode}): {result.stdout[-800:]}{result.stderr[-800:]}")


@dataclass(frozen=True)
class LocalBroker:
    """Paths and ports of one local broker. Several can coexist with different homes and ports."""

    home: Path = Path(os.environ.get("NEWSWORKER_KAFKA_HOME", PROJECT_ROOT / "var" / "kafka"))
    cache: Path = Path(os.environ.get("NEWSWORKER_KAFKA_CACHE", PROJECT_ROOT / ".cache" / "kafka"))
    host: str = "127.0.0.1"
    port: int = int(os.environ.get("NEWSWORKER_KAFKA_PORT", "9092"))
    controller_port: int = int(os.environ.get("NEWSWORKER_KAFKA_CONTROLLER_PORT", "0")) or 0
    heap: str = os.environ.get("NEWSWORKER_KAFKA_HEAP", "512m")
    # C1 only: a local broker lives for minutes on a small machine, where C2 compiling Kafka's code took
    # more CPU than the compiled code saved (bench: broker CPU 2.3 s → 1.1 s for the same 360 articles,
    # stolen from the workers on 2 cores). Set the variable to "" for the JVM's defaults.
    jvm_options: str = os.environ.get("NEWSWORKER_KAFKA_JVM_OPTIONS", "-XX:TieredStopAtLevel=1")
    # A second listener with SASL (SCRAM-SHA-512 and PLAIN) when set: users are (name, password).
    sasl_port: int = 0
    sasl_users: tuple[tuple[str, str], ...] = ()
    # A TLS listener when set: a self-signed certificate for 127.0.0.1/localhost is made with the JDK's
    # keytool in `home` (tls/), and clients trust it through `tls_ca_file` (KAFKA_SSL_CAFILE).
    ssl_port: int = int(os.environ.get("NEWSWORKER_KAFKA_SSL_PORT", "0"))
    # SASL over TLS (what managed Kafka services ask for) when set: the users above, the certificate above.
    sasl_ssl_port: int = 0
    # Mutual TLS on the TLS listener when set: a PEM certificate (a client's own or its CA) that every
    # client of that listener must present a certificate signed by.
    ssl_client_ca: str = ""
    # Extra server.properties lines.
    extra_properties: tuple[str, ...] = ()

    @property
    def libs(self) -> Path:
        return self.cache / "libs"

    @property
    def data_dir(self) -> Path:
        return self.home / "data"

    @property
    def pid_file(self) -> Path:
        return self.home / "broker.pid"

    @property
    def log_file(self) -> Path:
        return self.home / "broker.log"

    @property
    def properties_file(self) -> Path:
        return self.home / "server.properties"

    @property
    def bootstrap(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def _controller_port(self) -> int:
        return self.controller_port or self.port + 1

    @property
    def tls_ca_file(self) -> Path:
        """PEM certificate the clients of the TLS listener trust (the broker's own, self-signed)."""
        return self.home / "tls" / "broker-ca.pem"

    @property
    def _tls_keystore(self) -> Path:
        return self.home / "tls" / "broker.p12"

    @property
    def _tls_client_truststore(self) -> Path:
        return self.home / "tls" / "clients.p12"

    # The keystore lives in the broker's own ignored home and guards a throw-away test certificate.
    _TLS_STORE_PASSWORD = "newsworker-local"

    def _ensure_tls_keystore(self) -> None:
        if self._tls_keystore.exists() and self.tls_ca_file.exists():
            return
        self._tls_keystore.parent.mkdir(parents=True, exist_ok=True)
        store = ["-keystore", str(self._tls_keystore), "-storetype", "PKCS12", "-storepass", self._TLS_STORE_PASSWORD]
        _keytool("-genkeypair", "-alias", "broker", "-keyalg", "RSA", "-keysize", "2048", "-validity", "3650",
                 "-dname", "CN=localhost", "-ext", f"SAN=dns:localhost,ip:{self.host}",
                 "-keypass", self._TLS_STORE_PASSWORD, *store)
        _keytool("-exportcert", "-rfc", "-alias", "broker", "-file", str(self.tls_ca_file), *store)
        log.info("made a self-signed certificate for the TLS listener: %s", self.tls_ca_file)

    def _make_client_truststore(self) -> None:
        """The certificates the TLS listener accepts from clients (mutual TLS), made again at each write."""
        self._tls_client_truststore.unlink(missing_ok=True)
        self._tls_client_truststore.parent.mkdir(parents=True, exist_ok=True)
        _keytool("-importcert", "-noprompt", "-alias", "client-ca", "-file", self.ssl_client_ca,
                 "-keystore", str(self._tls_client_truststore), "-storetype", "PKCS12",
                 "-storepass", self._TLS_STORE_PASSWORD)

    # -- jars ---------------------------------------------------------------------------------
    def fetch(self) -> None:
        """Resolve the broker's jars with Maven (once; later calls reuse the cache)."""
        if self.libs.exists() and any(self.libs.glob("kafka_2.13-*.jar")):
            return
        mvn = shutil.which("mvn")
        if mvn is None:
            raise BrokerError("Maven (mvn) is not installed: it is needed once to fetch the Kafka jars")
        if shutil.which("java") is None:
            raise BrokerError("Java (17 or newer) is not installed: the local Kafka broker runs on it")
        log.info("fetching Kafka jars with Maven into %s (first run only)", self.libs)
        self.libs.mkdir(parents=True, exist_ok=True)
        command = [
            mvn, "-B", "-q",
            f"-Dmaven.repo.local={self.cache / 'm2'}",
            "-f", str(POM),
            "dependency:copy-dependencies",
            f"-DoutputDirectory={self.libs}",
            "-DincludeScope=runtime",
        ]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise BrokerError(f"mvn failed ({result.returncode}):\n{result.stdout[-3000:]}{result.stderr[-3000:]}")

    def _java(self, main_class: str, *args: str, heap: str = "256m") -> list[str]:
        return [
            "java", f"-Xmx{heap}", "-XX:+UseG1GC", "-Djava.awt.headless=true", *self.jvm_options.split(),
            f"-Dlog4j2.configurationFile={LOG4J_CONFIG}",
            "-cp", f"{self.libs}/*", main_class, *args,
        ]

    # -- storage ------------------------------------------------------------------------------
    def _listener_lines(self) -> list[str]:
        listeners = [f"PLAINTEXT://{self.host}:{self.port}", f"CONTROLLER://{self.host}:{self._controller_port}"]
        advertised = [f"PLAINTEXT://{self.host}:{self.port}"]
        protocols = ["CONTROLLER:PLAINTEXT", "PLAINTEXT:PLAINTEXT"]
        lines: list[str] = []
        sasl_listeners = [(protocol, port) for protocol, port in
                          (("SASL_PLAINTEXT", self.sasl_port), ("SASL_SSL", self.sasl_ssl_port)) if port]
        if sasl_listeners:
            lines.append("sasl.enabled.mechanisms=SCRAM-SHA-512,PLAIN")
        plain_users = " ".join(f'user_{name}="{password}"' for name, password in self.sasl_users)
        for protocol, port in sasl_listeners:
            listeners.append(f"{protocol}://{self.host}:{port}")
            advertised.append(f"{protocol}://{self.host}:{port}")
            protocols.append(f"{protocol}:{protocol}")
            lines += [
                f"listener.name.{protocol.lower()}.scram-sha-512.sasl.jaas.config="
                "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                f"listener.name.{protocol.lower()}.plain.sasl.jaas.config="
                f"org.apache.kafka.common.security.plain.PlainLoginModule required {plain_users};",
            ]
        if self.ssl_port:
            listeners.append(f"SSL://{self.host}:{self.ssl_port}")
            advertised.append(f"SSL://{self.host}:{self.ssl_port}")
            protocols.append("SSL:SSL")
            if self.ssl_client_ca:
                lines += [
                    "listener.name.ssl.ssl.client.auth=required",
                    "listener.name.ssl.ssl.truststore.type=PKCS12",
                    f"listener.name.ssl.ssl.truststore.location={self._tls_client_truststore}",
                    f"listener.name.ssl.ssl.truststore.password={self._TLS_STORE_PASSWORD}",
                ]
        if self.ssl_port or self.sasl_ssl_port:
            lines += [
                "ssl.keystore.type=PKCS12",
                f"ssl.keystore.location={self._tls_keystore}",
                f"ssl.keystore.password={self._TLS_STORE_PASSWORD}",
                f"ssl.key.password={self._TLS_STORE_PASSWORD}",
            ]
        return [
            f"listeners={','.join(listeners)}",
            f"advertised.listeners={','.join(advertised)}",
            f"listener.security.protocol.map={','.join(protocols)}",
            *lines,
        ]

    def write_properties(self) -> None:
        lines = [
            "process.roles=broker,controller",
            "node.id=1",
            # One quorum style only: dynamic quorum bootstrapped with --standalone at format time.
            f"controller.quorum.bootstrap.servers={self.host}:{self._controller_port}",
            *self._listener_lines(),
            "controller.listener.names=CONTROLLER",
            "inter.broker.listener.name=PLAINTEXT",
            f"log.dirs={self.data_dir}",
            # Single-node overrides: without them consumer groups and transactions hang.
            "offsets.topic.replication.factor=1",
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            "min.insync.replicas=1",
            "group.initial.rebalance.delay.ms=0",
            "num.partitions=1",
            "auto.create.topics.enable=true",
            # Large enough that hostile-input tests can push a 50 MB record to the worker's own limit.
            "message.max.bytes=67108864",
            "replica.fetch.max.bytes=67108864",
            "log.retention.hours=168",
            # An offset-index entry per MB appended instead of per 4 KB: on this small machine's ext4 the
            # broker's request threads spent half their CPU writing the memory-mapped indexes (JFR), CPU
            # taken from the workers on the same cores (bench, 2 workers: 1.2-1.7 s -> 0.5-0.6 s). A fetch
            # from an arbitrary offset then reads at most 1 MB of log past the entry: nothing, locally.
            "log.index.interval.bytes=1048576",
            *self.extra_properties,
        ]
        self.home.mkdir(parents=True, exist_ok=True)
        if self.ssl_port or self.sasl_ssl_port:
            self._ensure_tls_keystore()
        if self.ssl_client_ca:
            self._make_client_truststore()
        self.properties_file.write_text("\n".join(lines) + "\n", encoding="utf-8")

    def format_storage(self) -> None:
        if (self.data_dir / "meta.properties").exists():
            return
        self.write_properties()
        cluster_id = subprocess.run(
            self._java("kafka.tools.StorageTool", "random-uuid"), capture_output=True, text=True, check=True
        ).stdout.strip().splitlines()[-1]
        result = subprocess.run(
            self._java(
                "kafka.tools.StorageTool", "format", "-t", cluster_id, "-c", str(self.properties_file),
                "--standalone", *self._scram_arguments(),
            ),
            capture_output=True, text=True, check=False,
        )
        if result.returncode != 0:
            raise BrokerError(f"formatting storage failed:\n{result.stdout[-2000:]}{result.stderr[-2000:]}")
        log.info("formatted KRaft storage in %s (cluster %s)", self.data_dir, cluster_id)

    def _scram_arguments(self) -> list[str]:
        """SCRAM credentials are written into the metadata log at format time (KRaft has no ZooKeeper)."""
        arguments: list[str] = []
        for name, password in self.sasl_users:
            arguments += ["--add-scram", f"SCRAM-SHA-512=[name={name},password={password}]"]
        return arguments

    # -- process ------------------------------------------------------------------------------
    def pid(self) -> int | None:
        try:
            pid = int(self.pid_file.read_text().strip())
        except (FileNotFoundError, ValueError):
            return None
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            return pid
        return pid

    def reachable(self, timeout: float = 0.5) -> bool:
        try:
            with socket.create_connection((self.host, self.port), timeout=timeout):
                return True
        except OSError:
            return False

    def start(self, wait_seconds: float = 90.0) -> bool:
        """Start the broker unless it runs already; returns True when this call started it."""
        if self.pid() is not None:
            log.info("local broker already running (pid %s) on %s", self.pid(), self.bootstrap)
            self.wait_ready(wait_seconds)
            return False
        if self.reachable():
            raise BrokerError(f"something else listens on {self.bootstrap}; choose another port")
        self.fetch()
        self.format_storage()
        self.write_properties()
        self.home.mkdir(parents=True, exist_ok=True)
        with self.log_file.open("ab") as log_handle:
            process = subprocess.Popen(
                self._java("kafka.Kafka", str(self.properties_file), heap=self.heap),
                stdout=log_handle, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                start_new_session=True,  # Ctrl-C in the terminal must not kill the broker mid-write
            )
        self.pid_file.write_text(str(process.pid))
        try:
            self.wait_ready(wait_seconds, process)
        except BrokerError:
            self.stop()
            raise
        log.info("local Kafka broker started (pid %s) on %s", process.pid, self.bootstrap)
        return True

    def wait_ready(self, wait_seconds: float, process: subprocess.Popen | None = None) -> None:
        deadline = time.monotonic() + wait_seconds
        while time.monotonic() < deadline:
            if process is not None and process.poll() is not None:
                raise BrokerError(f"broker exited with {process.returncode}; see {self.log_file}:\n{self._tail()}")
            if self.reachable() and "Kafka Server started" in self._tail(200_000):
                return
            time.sleep(0.25)
        raise BrokerError(f"broker not ready after {wait_seconds:.0f}s; see {self.log_file}:\n{self._tail()}")

    def _tail(self, size: int = 3000) -> str:
        try:
            with self.log_file.open("rb") as handle:
                handle.seek(0, os.SEEK_END)
                handle.seek(max(0, handle.tell() - size))
                return handle.read().decode("utf-8", "replace")
        except FileNotFoundError:
            return ""

    def stop(self, timeout: float = 30.0, kill: bool = False) -> bool:
        """Stop the broker (SIGTERM, then SIGKILL after timeout); True when one was running."""
        pid = self.pid()
        if pid is None:
            self.pid_file.unlink(missing_ok=True)
            return False
        os.kill(pid, signal.SIGKILL if kill else signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            _reap(pid)
            time.sleep(0.2)
        else:
            os.kill(pid, signal.SIGKILL)
            time.sleep(0.5)
        _reap(pid)
        self.pid_file.unlink(missing_ok=True)
        log.info("local Kafka broker stopped (pid %s)", pid)
        return True

    def reset(self) -> None:
        """Stop and delete the data (topics, offsets): a clean slate."""
        self.stop()
        shutil.rmtree(self.home, ignore_errors=True)


def _reap(pid: int) -> None:
    """Collect the exit status when the broker is our child (avoids a zombie that looks alive)."""
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)
