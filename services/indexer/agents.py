"""Indexer agent: ``stories.tagged`` -> Elasticsearch, refused documents -> ``wire.dlq``.

Offsets move only after Elasticsearch has answered for every story of a batch: the bulk
requests are made inside the agent loop, before the next batch is taken, and a bulk that
cannot be completed (server down, 429, 5xx) is retried with growing pauses right there, so
consumption simply waits. The messages of the batch are also held (one extra reference)
until it is done, so that a worker stopped in the middle of a retry commits nothing of it.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

import faust
from pydantic import ValidationError

from shared.adapters import metrics
from shared.adapters.elasticsearch import BulkReport
from shared.adapters.streaming import Envelope, envelope, raw_topic, with_backoff
from shared.errors import SearchUnavailable
from shared.indexing import ItemStatus
from shared.indexing.bulk import NOT_SERIALISABLE
from shared.models.events import DeadLettered, StoryTagged
from shared.pipeline.dead_letters import dead_letter
from shared.topics import Topics

log = logging.getLogger("chipwire.indexer")
STAGE = "indexer"
METER = metrics.StageMetrics(STAGE)


class Sink(Protocol):
    async def index(self, events: Sequence[StoryTagged]) -> BulkReport: ...


SendDeadLetter = Callable[[DeadLettered, str | None], Awaitable[None]]


@dataclass(frozen=True)
class BatchSummary:
    indexed: int = 0
    stale: int = 0
    dead_lettered: int = 0
    bulks: int = 0


def split_by_bytes(envs: Sequence[Envelope], max_bytes: int) -> Iterator[list[Envelope]]:
    """Consecutive groups whose payloads add up to at most ``max_bytes`` (at least one each)."""
    group: list[Envelope] = []
    size = 0
    for env in envs:
        if group and size + len(env.value) > max_bytes:
            yield group
            group, size = [], 0
        group.append(env)
        size += len(env.value)
    if group:
        yield group


@dataclass
class IndexerStage:
    """What the agent does with one batch; no faust in here, so tests can drive it."""

    sink: Sink
    send_dead_letter: SendDeadLetter
    max_bytes: int
    clock: Callable[[], datetime] = lambda: datetime.now(UTC)

    async def _dead_letter(self, env: Envelope, reason: str, detail: str) -> None:
        record = dead_letter(
            stage=STAGE,
            reason=reason,
            detail=detail,
            payload=env.value,
            source_ref=env.ref,
            headers=env.headers,
            at=self.clock(),
        )
        log.warning("dead_letter stage=%s reason=%s offset=%s", STAGE, reason, env.ref.offset)
        METER.dead_letter(reason)
        await self.send_dead_letter(record, env.ref.key)

    async def handle(self, envs: Sequence[Envelope]) -> BatchSummary:
        indexed = stale = dead = bulks = 0
        for group in split_by_bytes(envs, self.max_bytes):
            decoded: list[tuple[Envelope, StoryTagged]] = []
            METER.read.inc(len(group))
            for env in group:
                try:
                    decoded.append((env, StoryTagged.model_validate_json(env.value)))
                except (ValidationError, ValueError) as exc:
                    await self._dead_letter(env, "invalid_event", f"{type(exc).__name__}: {exc}")
                    dead += 1
            if not decoded:
                continue
            report = await self.sink.index([event for _, event in decoded])
            bulks += 1
            for (env, event), result in zip(decoded, report.results, strict=True):
                if result.status is ItemStatus.OK:
                    indexed += 1
                    METER.passed(event.story.source, event.story.language)
                elif result.status is ItemStatus.STALE:
                    stale += 1
                    METER.stale.inc()
                else:
                    # a document that never left the worker is not one Elasticsearch refused
                    reason = result.error_type if result.error_type == NOT_SERIALISABLE else None
                    await self._dead_letter(env, reason or "es_rejected", result.detail)
                    dead += 1
        return BatchSummary(indexed, stale, dead, bulks)


@contextmanager
def held(events: Sequence[Any]) -> Iterator[None]:
    """Keep the batch's messages un-acknowledged unless the block completes."""
    for event in events:
        event.message.incref()
    yield
    for event in events:
        event.message.decref()


def register(
    app: faust.App,
    topics: Topics,
    stage: IndexerStage,
    ensure_index: Callable[[], Awaitable[Any]],
    *,
    batch_max: int,
    batch_within_s: float,
) -> Any:
    tagged = raw_topic(app, topics.stories_tagged)

    @app.agent(tagged)
    async def index(stream: Any) -> None:
        await with_backoff(ensure_index, what="elasticsearch index", retry_on=(SearchUnavailable,))
        async for events in stream.take_events(batch_max, within=batch_within_s):
            METER.batch.observe(len(events))
            with held(events):
                summary = await stage.handle([envelope(e) for e in events])
            log.debug("batch %s", summary)

    return index


def dead_letter_sender(app: faust.App, topics: Topics) -> SendDeadLetter:
    dlq = raw_topic(app, topics.dlq)

    async def send(record: DeadLettered, key: str | None) -> None:
        await dlq.send(key=key.encode("utf-8") if key else None, value=record.to_bytes())

    return send
