"""faust's Prometheus sensor, with its labelled children looked up once.

faust's ``PrometheusMonitor`` calls ``labels()`` (validation, a lock, ~10 µs) on every message
read, every stream event, every message sent and every table read and write: about 17 calls
per story in ingest, a visible share of a worker's CPU (docs/bench.md). This subclass updates
exactly the same series with the same values, keeping each child once its label values have
been seen. faust clears the per-topic series after every rebalance; the cache is dropped with
them, so no update goes to a child the registry no longer holds.
"""

from __future__ import annotations

from typing import Any

from faust.sensors.monitor import Monitor
from faust.sensors.prometheus import FaustMetrics, PrometheusMonitor
from faust.types import TP, AppT, CollectionT, EventT, Message, PendingMessage, StreamT
from faust.types.transports import ProducerT
from prometheus_client import CollectorRegistry


class BoundPrometheusMonitor(PrometheusMonitor):
    """``PrometheusMonitor`` whose hot paths reuse metric children (same series, same values)."""

    def __init__(self, metrics: FaustMetrics, **kwargs: Any) -> None:
        super().__init__(metrics, **kwargs)
        self._received: dict[str, Any] = {}
        self._received_offset: dict[TP, Any] = {}
        self._stream_events: dict[StreamT[Any], Any] = {}
        self._sent: dict[str, Any] = {}
        self._table_ops: dict[tuple[str, str], Any] = {}

    def _forget_children(self) -> None:
        self._received.clear()
        self._received_offset.clear()
        self._stream_events.clear()
        self._sent.clear()

    def on_message_in(self, tp: TP, offset: int, message: Message) -> None:
        Monitor.on_message_in(self, tp, offset, message)
        m = self._metrics
        m.messages_received.inc()
        m.active_messages.inc()
        child = self._received.get(tp.topic)
        if child is None:
            child = self._received[tp.topic] = m.messages_received_per_topics.labels(topic=tp.topic)
        child.inc()
        gauge = self._received_offset.get(tp)
        if gauge is None:
            gauge = self._received_offset[tp] = m.messages_received_per_topics_partition.labels(
                topic=tp.topic, partition=tp.partition
            )
        gauge.set(offset)

    def on_stream_event_in(
        self, tp: TP, offset: int, stream: StreamT[Any], event: EventT[Any]
    ) -> dict[str, Any] | None:
        state = Monitor.on_stream_event_in(self, tp, offset, stream, event)
        m = self._metrics
        m.total_events.inc()
        m.total_active_events.inc()
        child = self._stream_events.get(stream)
        if child is None:
            label = f"stream.{self._stream_label(stream)}.events"
            child = self._stream_events[stream] = m.total_events_per_stream.labels(stream=label)
        child.inc()
        return state

    def on_send_initiated(
        self,
        producer: ProducerT,
        topic: str,
        message: PendingMessage,
        keysize: int,
        valsize: int,
    ) -> Any:
        child = self._sent.get(topic)
        if child is None:
            child = self._sent[topic] = self._metrics.topic_messages_sent.labels(
                topic=f"topic.{topic}"
            )
        child.inc()
        return Monitor.on_send_initiated(self, producer, topic, message, keysize, valsize)

    def _table_op(self, table: CollectionT, operation: str) -> None:
        key = (table.name, operation)
        child = self._table_ops.get(key)
        if child is None:
            child = self._table_ops[key] = self._metrics.table_operations.labels(
                table=f"table.{table.name}", operation=operation
            )
        child.inc()

    def on_table_get(self, table: CollectionT, key: Any) -> None:
        Monitor.on_table_get(self, table, key)
        self._table_op(table, self.KEYS_RETRIEVED)

    def on_table_set(self, table: CollectionT, key: Any, value: Any) -> None:
        Monitor.on_table_set(self, table, key, value)
        self._table_op(table, self.KEYS_UPDATED)

    def on_rebalance_end(self, app: AppT, state: dict[str, Any]) -> None:
        # faust clears the per-topic series here (clear_topic_related_metrics)
        self._forget_children()
        super().on_rebalance_end(app, state)


def install(app: AppT, registry: CollectorRegistry, name_prefix: str = "faust") -> None:
    """What ``faust.sensors.prometheus.setup_prometheus_sensors`` does for the metrics (the
    same ``FaustMetrics`` in ``registry``), with the bound monitor."""
    app.monitor = BoundPrometheusMonitor(metrics=FaustMetrics.create(registry, name_prefix))
