"""kafka-python adapter for the command line: producing, reading back, creating topics.

Workers use faust (``shared.adapters.streaming``); the CLI and tests use these small
synchronous helpers. Library errors become ``BrokerUnavailable`` here.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from kafka import KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import KafkaAdminClient, NewTopic
from kafka.errors import KafkaError, TopicAlreadyExistsError
from pydantic_settings import BaseSettings, SettingsConfigDict

from shared.errors import BrokerUnavailable

log = logging.getLogger("chipwire.kafka")


class KafkaSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CHIPWIRE_", extra="ignore")

    kafka_url: str = "kafka://127.0.0.1:9092"
    topic_prefix: str = ""
    partitions: int = 4

    @property
    def bootstrap(self) -> list[str]:
        hosts = self.kafka_url.split("://", 1)[-1]
        return [h.strip() for h in hosts.replace(";", ",").split(",") if h.strip()]


@dataclass(frozen=True)
class Record:
    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes
    headers: tuple[tuple[str, bytes], ...]


def producer(settings: KafkaSettings) -> KafkaProducer:
    try:
        return KafkaProducer(
            bootstrap_servers=settings.bootstrap,
            acks="all",
            linger_ms=20,
            batch_size=256 * 1024,
            max_request_size=4 * 1024 * 1024,
            retries=5,
        )
    except KafkaError as exc:
        raise BrokerUnavailable(f"cannot reach Kafka at {settings.bootstrap}: {exc}") from exc


def ensure_topics(settings: KafkaSettings, names: Sequence[str]) -> None:
    """Create missing topics (idempotent)."""
    ensure_topic_specs(settings, [(n, settings.partitions, False) for n in names])


def ensure_topic_specs(settings: KafkaSettings, specs: Sequence[tuple[str, int, bool]]) -> None:
    """Create missing topics given as (name, partitions, compacted); idempotent."""
    try:
        admin = KafkaAdminClient(bootstrap_servers=settings.bootstrap)
    except KafkaError as exc:
        raise BrokerUnavailable(f"cannot reach Kafka at {settings.bootstrap}: {exc}") from exc
    try:
        existing = set(admin.list_topics())
        missing = [
            NewTopic(
                name,
                num_partitions=partitions,
                replication_factor=1,
                topic_configs={"cleanup.policy": "compact"} if compacted else {},
            )
            for name, partitions, compacted in specs
            if name not in existing
        ]
        if missing:
            with contextlib.suppress(TopicAlreadyExistsError):
                admin.create_topics(missing)
    except KafkaError as exc:
        raise BrokerUnavailable(f"cannot create topics: {exc}") from exc
    finally:
        admin.close()


def read_all(
    settings: KafkaSettings, topic: str, *, timeout_s: float = 5.0, group: str | None = None
) -> Iterator[Record]:
    """Every record of ``topic`` from the beginning, until nothing arrives for ``timeout_s``."""
    try:
        consumer: Any = KafkaConsumer(
            bootstrap_servers=settings.bootstrap,
            group_id=group,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            consumer_timeout_ms=int(timeout_s * 1000),
        )
        partitions = consumer.partitions_for_topic(topic) or set()
        tps = [TopicPartition(topic, p) for p in sorted(partitions)]
        consumer.assign(tps)
        consumer.seek_to_beginning(*tps)
    except KafkaError as exc:
        raise BrokerUnavailable(f"cannot read {topic}: {exc}") from exc
    try:
        for msg in consumer:
            yield Record(
                topic=msg.topic,
                partition=msg.partition,
                offset=msg.offset,
                key=msg.key,
                value=msg.value or b"",
                headers=tuple((k, v or b"") for k, v in (msg.headers or [])),
            )
    finally:
        consumer.close()
