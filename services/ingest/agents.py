"""Ingest agents: ``wire.raw`` -> parse -> re-key by story id -> dedupe -> ``stories``.

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

    @app.agent(wire_raw)
    async def parse(stream: Any) -> None:
        async for now, envs in batches(stream, settings, meter):
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
                    await parsed.send(key=story.id.encode(), value=result.event.to_bytes())
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
                story = ingested.story
                key = story.id.encode()
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
