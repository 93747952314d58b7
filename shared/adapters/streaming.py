"""faust-streaming adapter: the one place that knows how a chipwire worker app is built.

Workers exchange bytes (``raw`` serializers) and decode them into the project's own frozen
models, so faust's Record machinery never leaks into the pure code. Every app serves its
Prometheus metrics on its faust web port through faust's own sensor, which also exports
faust's consumer/producer metrics (including committed offsets used for lag).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import faust
from aiohttp.web import Response
from faust.worker import Worker
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, generate_latest
from prometheus_client.metrics_core import Metric
from prometheus_client.registry import Collector
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from shared.adapters import faust_sensor, fetching
from shared.adapters.kafka import KafkaSettings, ensure_topic_specs
from shared.adapters.metrics import StageMetrics
from shared.adapters.partitioner import MemoisedPartitioner
from shared.errors import DependencyError
from shared.models.events import SourceRef
from shared.topics import Topics

log = logging.getLogger("chipwire.streaming")


class StreamSettings(BaseSettings):
    """Settings every stream worker shares (environment variables ``CHIPWIRE_*``)."""

    model_config = SettingsConfigDict(env_prefix="CHIPWIRE_", extra="ignore")

    kafka_url: str = "kafka://127.0.0.1:9092"
    topic_prefix: str = ""
    partitions: int = 4
    web_host: str = "127.0.0.1"
    data_dir: Path = Path("var/faust")
    batch_max: int = 500
    batch_within_s: float = 0.1
    # Kafka's producer default (16 KB batches, no linger) sends a produce request for every
    # 7 or so 2 KB stories; larger batches and a few milliseconds of linger let one request
    # carry a whole agent batch (docs/bench.md: fewer requests for the broker and the worker)
    producer_linger_s: float = Field(default=0.005, ge=0.0, le=1.0)
    producer_max_batch_bytes: int = Field(default=262_144, ge=16_384, le=1_000_000)
    # aiokafka's 1 MB per partition and fetch held one faust hop to ~2,600 messages/s of
    # 2 KB stories with most of a core idle; 4 MiB let it reach ~4,700/s (docs/bench.md)
    consumer_max_fetch_bytes: int = Field(default=4_194_304, ge=65_536, le=67_108_864)
    # faust's fetches return as soon as one byte is there: under a steady load, a round trip
    # per few messages. Waiting up to 50 ms for 1 MiB cut the CPU of a story at 300/s by a
    # fifth (shared/adapters/fetching.py, docs/bench.md); a backlog is fetched at once.
    consumer_fetch_min_bytes: int = Field(default=1_048_576, ge=1, le=67_108_864)
    consumer_fetch_max_wait_s: float = Field(default=0.05, gt=0.0, le=10.0)
    log_level: str = "info"

    @property
    def topics(self) -> Topics:
        return Topics(self.topic_prefix)


class FaustSecondsCollector(Collector):
    """faust's sensor metrics, re-exported with Prometheus's base unit for time.

    faust observes every latency histogram in milliseconds (``faust_events_runtime_ms``,
    ``faust_producer_send_latency``, ...). ``promtool check metrics`` rejects the ``_ms``
    name, and a latency without a unit is easy to misread. This collector reads faust's own
    (private) registry at each scrape and renders those histograms as ``<name>_seconds``
    (``_ms`` dropped), dividing bucket bounds and sums by 1000; every other faust metric
    (offsets, counters, gauges) is passed through unchanged.
    """

    def __init__(self, source: CollectorRegistry) -> None:
        self._source = source

    def collect(self) -> Iterator[Metric]:
        for family in self._source.collect():
            if family.type != "histogram":
                yield family
                continue
            name = family.name.removesuffix("_ms") + "_seconds"
            out = Metric(name, family.documentation.replace(" in ms", " in seconds"), "histogram")
            for s in family.samples:
                suffix = s.name[len(family.name) :]
                labels = dict(s.labels)
                value = s.value
                if suffix == "_bucket" and labels.get("le") not in (None, "+Inf"):
                    labels["le"] = repr(float(labels["le"]) / 1000)
                elif suffix == "_sum":
                    value = s.value / 1000
                out.add_sample(name + suffix, labels, value, s.timestamp, s.exemplar)
            yield out


_faust_registry: CollectorRegistry | None = None


def _faust_metrics_registry() -> CollectorRegistry:
    """One private registry per process for faust's sensor, re-exported in seconds."""
    global _faust_registry
    if _faust_registry is None:
        _faust_registry = CollectorRegistry(auto_describe=True)
        REGISTRY.register(FaustSecondsCollector(_faust_registry))
    return _faust_registry


def make_app(name: str, settings: StreamSettings, web_port: int) -> faust.App:
    """Build (but do not start) the faust app of one worker."""
    datadir = settings.data_dir / f"{settings.topic_prefix}{name}"
    datadir.mkdir(parents=True, exist_ok=True)
    app = faust.App(
        f"{settings.topic_prefix}chipwire-{name}",
        broker=settings.kafka_url,
        autodiscover=False,
        store="memory://",
        datadir=str(datadir),
        topic_partitions=settings.partitions,
        topic_replication_factor=1,
        key_serializer="raw",
        value_serializer="raw",
        consumer_auto_offset_reset="earliest",
        web_host=settings.web_host,
        web_bind=settings.web_host,
        web_port=web_port,
        producer_acks=-1,
        producer_linger=settings.producer_linger_s,
        producer_max_batch_size=settings.producer_max_batch_bytes,
        consumer_max_fetch_size=settings.consumer_max_fetch_bytes,
        broker_commit_every=1000,
        broker_commit_interval=1.0,
        stream_buffer_maxsize=4096,
        producer_partitioner=MemoisedPartitioner(),
    )
    # faust's sensor fills a private registry (its raw, millisecond view stays readable at
    # /metrics/faust); /metrics serves the default registry: the project's metrics and
    # faust's, latencies in seconds.
    fetching.install(
        app,
        min_bytes=settings.consumer_fetch_min_bytes,
        max_wait_ms=round(settings.consumer_fetch_max_wait_s * 1000),
    )
    faust_registry = _faust_metrics_registry()
    faust_sensor.install(app, faust_registry)

    @app.page("/metrics/faust")
    async def faust_metrics(view: Any, request: Any) -> Any:
        return Response(
            body=generate_latest(faust_registry), headers={"Content-Type": CONTENT_TYPE_LATEST}
        )

    @app.page("/metrics")
    async def metrics(view: Any, request: Any) -> Any:
        # like faust's own handler: a plain aiohttp response (the exposition content type
        # carries a charset, which faust's view helpers refuse)
        return Response(
            body=generate_latest(REGISTRY), headers={"Content-Type": CONTENT_TYPE_LATEST}
        )

    return app


def raw_topic(app: faust.App, name: str, *, internal: bool = False) -> Any:
    """A bytes-in, bytes-out topic."""
    return app.topic(
        name,
        key_type=bytes,
        value_type=bytes,
        key_serializer="raw",
        value_serializer="raw",
        internal=internal,
    )


@dataclass(frozen=True)
class Envelope:
    """One consumed Kafka message, as the pure stage functions need it."""

    value: bytes
    ref: SourceRef
    headers: dict[str, str]


def envelope(event: Any) -> Envelope:
    msg = event.message
    key = msg.key.decode("utf-8", "replace") if isinstance(msg.key, bytes) else msg.key
    headers: dict[str, str] = {}
    for k, v in msg.headers or ():
        if isinstance(v, bytes):
            headers[str(k)] = v.decode("utf-8", "replace")
        elif v is not None:
            headers[str(k)] = str(v)
    value = msg.value if isinstance(msg.value, bytes) else bytes(msg.value or b"")
    return Envelope(
        value=value,
        ref=SourceRef(topic=msg.topic, partition=msg.partition, offset=msg.offset, key=key),
        headers=headers,
    )


async def batches(
    stream: Any, settings: StreamSettings, meter: StageMetrics
) -> AsyncIterator[tuple[datetime, list[Envelope]]]:
    """The stream in batches (``take_events``: one await per batch, not per message), each
    with its reading time, counted on the stage's metrics."""
    async for events in stream.take_events(settings.batch_max, within=settings.batch_within_s):
        meter.batch.observe(len(events))
        meter.read.inc(len(events))
        yield datetime.now(UTC), [envelope(e) for e in events]


async def with_backoff(
    op: Callable[[], Awaitable[Any]],
    *,
    what: str,
    retry_on: tuple[type[BaseException], ...],
    first_delay_s: float = 0.5,
    max_delay_s: float = 30.0,
) -> Any:
    """Run ``op`` until it succeeds, sleeping longer after each failure of a dependency.

    Used where dropping is not an option: the agent stays inside this loop, so the stream is
    not consumed further and offsets do not move while a dependency is down.
    """
    delay = first_delay_s
    while True:
        try:
            return await op()
        except retry_on as exc:
            log.warning("dependency_unavailable what=%s error=%s retry_in_s=%.1f", what, exc, delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, max_delay_s)


# key=value lines: greppable and parseable, and they never carry story text.
LOGGING_CONFIG: dict[str, Any] = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "kv": {"format": "ts=%(asctime)s level=%(levelname)s logger=%(name)s %(message)s"}
    },
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "kv"}},
    "root": {"handlers": ["stderr"], "level": "INFO"},
}


def internal_topics(app: faust.App, default_partitions: int) -> list[tuple[str, int, bool]]:
    """(name, partitions, compacted) of the topics the app itself owns: the repartition
    topics its agents read and its tables' changelogs."""
    specs: list[tuple[str, int, bool]] = []
    for table in app.tables.values():
        topic = table.changelog_topic
        specs += [(n, topic.partitions or default_partitions, True) for n in topic.topics]
    for agent in app.agents.values():
        channel = agent.channel
        if getattr(channel, "internal", False):
            specs += [(n, channel.partitions or default_partitions, False) for n in channel.topics]
    return specs


def declare_internal_topics(app: faust.App, settings: StreamSettings) -> None:
    """Create the app's own topics before it subscribes.

    faust declares them itself, but under load the first rebalance can run on metadata that
    does not list them yet ("Ignoring missing topic"), and then the agent reading them gets no
    partition at all. Created beforehand, they are in the first assignment. Waits (with
    backoff) for the broker rather than starting without them.
    """
    kafka = KafkaSettings(kafka_url=settings.kafka_url, partitions=settings.partitions)
    specs = internal_topics(app, settings.partitions)
    delay = 0.5
    while True:
        try:
            ensure_topic_specs(kafka, specs)
            return
        except DependencyError as exc:
            log.warning(
                "broker_unavailable declaring=internal_topics error=%s retry_in_s=%.1f", exc, delay
            )
            time.sleep(delay)
            delay = min(delay * 2, 30.0)


def run_worker(app: faust.App, settings: StreamSettings) -> None:
    """Run ``app`` until SIGTERM/SIGINT, with the project's log format."""
    declare_internal_topics(app, settings)
    config = dict(
        LOGGING_CONFIG, root={"handlers": ["stderr"], "level": settings.log_level.upper()}
    )
    Worker(app, loglevel=settings.log_level, logging_config=config).execute_from_commandline()
