"""The bound faust sensor writes exactly what faust's own Prometheus sensor writes."""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import Any

from faust.sensors.prometheus import FaustMetrics, PrometheusMonitor
from faust.types import TP
from prometheus_client import CollectorRegistry, generate_latest

from shared.adapters.faust_sensor import BoundPrometheusMonitor

# timing series and creation stamps depend on the clock, not on the bookkeeping
_TIMED = re.compile(r"latency|runtime|_created")


def _series(registry: CollectorRegistry) -> list[str]:
    lines = generate_latest(registry).decode().splitlines()
    return [line for line in lines if not line.startswith("#") and not _TIMED.search(line)]


class _Weak:  # faust keeps streams and their tasks in weak dictionaries
    def __init__(self, name: str) -> None:
        self.name = name
        self.shortlabel = f"Stream: Topic: {name}"
        self.task_owner = self if name.startswith("task") else _Weak(f"task-{name}")


def _play(monitor: Any) -> None:
    app = SimpleNamespace(rebalancing_count=1)
    raw, parsed = TP("wire.raw", 0), TP("ingest.parsed", 3)
    streams = [_Weak(n) for n in "ab"]
    table = SimpleNamespace(name="seen-versions")
    for round_ in range(2):
        # a rebalance clears faust's per-topic series; what follows must still be counted
        rebalance = monitor.on_rebalance_start(app)
        monitor.on_rebalance_end(app, rebalance)
        for offset in range(5):
            for tp, stream in ((raw, streams[0]), (parsed, streams[1])):
                message = SimpleNamespace(time_in=None)
                monitor.on_message_in(tp, offset + 10 * round_, message)
                state = monitor.on_stream_event_in(tp, offset, stream, SimpleNamespace())
                monitor.on_stream_event_out(tp, offset, stream, SimpleNamespace(), state)
                monitor.on_message_out(tp, offset, message)
            monitor.on_table_get(table, b"k")
            monitor.on_table_set(table, b"k", b"v")
            for topic in ("stories", "wire.receipts"):
                sent = monitor.on_send_initiated(None, topic, None, 1, 2)
                monitor.on_send_completed(None, sent, None)


def test_same_series_and_values_as_fausts_sensor() -> None:
    stock, bound = CollectorRegistry(), CollectorRegistry()
    _play(PrometheusMonitor(metrics=FaustMetrics.create(stock, "faust")))
    _play(BoundPrometheusMonitor(metrics=FaustMetrics.create(bound, "faust")))
    expected = _series(stock)
    assert _series(bound) == expected
    # and the play did reach the per-label series after the first rebalance
    assert any(line.startswith("faust_messages_received_per_topic_total") for line in expected)
    assert any('operation="keys_updated"' in line for line in expected)
