"""The local broker's server.properties: the single-node settings the worker needs, and the index interval
chosen for a broker that shares two cores with the workers (README, Performance, "Session 17")."""

from __future__ import annotations

from pathlib import Path

from worker.kafka_local.broker import LocalBroker


def written_properties(broker: LocalBroker) -> dict[str, str]:
    """The properties file as the broker reads it (java.util.Properties: a later line for a key wins)."""
    broker.write_properties()
    values: dict[str, str] = {}
    for line in broker.properties_file.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and "=" in line:
            key, value = line.split("=", 1)
            values[key] = value
    return values


def test_single_node_broker_writes_an_index_entry_per_megabyte(tmp_path: Path) -> None:
    values = written_properties(LocalBroker(home=tmp_path, port=19092, controller_port=19093))
    assert values["log.index.interval.bytes"] == str(1024 * 1024)
    assert values["transaction.state.log.replication.factor"] == "1"
    assert values["offsets.topic.replication.factor"] == "1"
    assert values["log.dirs"] == str(tmp_path / "data")


def test_extra_properties_come_last_so_they_override_the_defaults(tmp_path: Path) -> None:
    # The bench compares the old setting this way: --broker-property log.index.interval.bytes=4096.
    broker = LocalBroker(home=tmp_path, port=19092, controller_port=19093,
                         extra_properties=("log.index.interval.bytes=4096",))
    assert written_properties(broker)["log.index.interval.bytes"] == "4096"
