"""Ingest agents: ``wire.raw`` -> parse -> re-key by story id -> dedupe -> ``stories``.

A message already keyed by its story id, read from the partition whose table state this
worker holds, is judged at once (``decides_inline``) instead of taking the re-key hop.
Every message read gets exactly one receipt on ``wire.receipts``, keyed like the input.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from typing import Any

import faust

from shared.adapters import metrics
from shared.adapters.streaming import StreamSettings, batches, raw_topic
from shared.models.events import StoryIngested
from shared.parsing import ParseLimits
from shared.pipeline.ingest import (
    STAGE,
    Parsed,
    SeenVersion,
    Verdict,
    decides_inline,
    judge,
    parse_wire_message,
    receipt_for,
    rejected,
)

log = logging.getLogger("chipwire.ingest")
PARSED_TOPIC = "ingest.parsed"


def _key(ref_key: str | None) -> bytes | None:
    return ref_key.encode("utf-8") if ref_key is not None else None


def register(app: faust.App, settings: StreamSettings, limits: ParseLimits) -> None:
    topics = settings.topics
    wire_raw = raw_topic(app, topics.wire_raw)
    parsed = raw_topic(app, topics.name(PARSED_TOPIC), internal=True)
    stories = raw_topic(app, topics.stories)
    dlq = raw_topic(app, topics.dlq)
    receipts = raw_topic(app, topics.receipts)
    # use_partitioner: changelog partitions follow the key, not whichever event of a batch
    # happens to be current, so the table stays co-partitioned with ``ingest.parsed``.
    seen: Any = app.Table(
        "seen-versions",
        key_type=bytes,
        value_type=bytes,
        partitions=settings.partitions,
        use_partitioner=True,
    )

    meter = metrics.StageMetrics(STAGE)
    changelog = seen.changelog_topic.get_topic_name()

    def table_partition(key: bytes) -> int | None:
        """Where the table's partitioner keeps ``key`` (None: unknown, take the hop)."""
        try:
            return int(app.producer.key_partition(changelog, key).partition)
        except Exception:  # no metadata for the changelog yet: the hop is always right
            return None

    def owned_table_partitions() -> set[int]:
        return {tp.partition for tp in app.assignor.assigned_actives() if tp.topic == changelog}

    async def decide(ingested: StoryIngested, key: bytes, now: datetime) -> None:
        # no await between reading and writing the table: both agents of this worker judge
        # on the same state, one story at a time
        story = ingested.story
        previous = seen.get(key)
        verdict = judge(story, SeenVersion.decode(previous) if previous else None)
        if verdict in (Verdict.NEW, Verdict.NEWER_VERSION):
            seen[key] = SeenVersion(story.version, story.raw_sha256).encode()
            await stories.send(key=key, value=ingested.to_bytes())
            meter.passed(story.source, story.language)
        elif verdict is Verdict.DUPLICATE:
            meter.duplicate(story.source)
        else:
            meter.stale.inc()
        receipt = receipt_for(ingested, verdict, now)
        ref_key = ingested.source_ref.key if ingested.source_ref else None
        await receipts.send(key=_key(ref_key), value=receipt.to_bytes())

    @app.agent(wire_raw)
    async def parse(stream: Any) -> None:
        async for now, envs in batches(stream, settings, meter):
            owned = owned_table_partitions()
            for env in envs:
                started = time.perf_counter()
                try:
                    result = parse_wire_message(
                        env.value,
                        headers=env.headers,
                        source_ref=env.ref,
                        received_at=now,
                        limits=limits,
                    )
                except Exception as exc:  # a parser bug must not stop the wire
                    log.exception("parser_bug offset=%s", env.ref.offset)
                    result = rejected(
                        env.value, "internal_error", type(exc).__name__, env.headers, env.ref, now
                    )
                meter.seconds.observe(time.perf_counter() - started)
                if isinstance(result, Parsed):
                    story = result.event.story
                    key = story.id.encode()
                    where = table_partition(key) if env.ref.key == story.id else None
                    if decides_inline(story.id, env.ref, where, owned):
                        await decide(result.event, key, now)
                    else:
                        await parsed.send(key=key, value=result.event.to_bytes())
                else:
                    meter.dead_letter(result.dead_letter.reason)
                    await dlq.send(key=_key(env.ref.key), value=result.dead_letter.to_bytes())
                    await receipts.send(key=_key(env.ref.key), value=result.receipt.to_bytes())

    @app.agent(parsed)
    async def dedupe(stream: Any) -> None:
        async for events in stream.take_events(settings.batch_max, within=settings.batch_within_s):
            now = datetime.now(UTC)
            for event in events:
                ingested = StoryIngested.model_validate_json(event.message.value)
                await decide(ingested, ingested.story.id.encode(), now)
