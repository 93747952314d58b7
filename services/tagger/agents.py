"""Tagger agent: ``stories`` -> ``stories.tagged`` and ``deals``."""

from __future__ import annotations

import logging
import time
from typing import Any

import faust
from pydantic import ValidationError

from shared.adapters import metrics
from shared.adapters.streaming import StreamSettings, batches, raw_topic
from shared.models.events import StoryIngested
from shared.pipeline.dead_letters import dead_letter
from shared.pipeline.tagger import STAGE, tag_event
from shared.tagging import Knowledge

log = logging.getLogger("chipwire.tagger")


def register(app: faust.App, settings: StreamSettings, kb: Knowledge) -> None:
    topics = settings.topics
    stories = raw_topic(app, topics.stories)
    tagged = raw_topic(app, topics.stories_tagged)
    deals = raw_topic(app, topics.deals)
    dlq = raw_topic(app, topics.dlq)

    meter = metrics.StageMetrics(STAGE)

    @app.agent(stories)
    async def tag(stream: Any) -> None:
        async for now, envs in batches(stream, settings, meter):
            for env in envs:
                started = time.perf_counter()
                try:
                    outcome = tag_event(StoryIngested.model_validate_json(env.value), kb, now)
                except Exception as exc:  # a bad story is data: dead-letter it, keep going
                    reason = "invalid_story" if isinstance(exc, ValidationError) else "tagger_error"
                    log.warning(
                        "dead_letter stage=tagger reason=%s offset=%s", reason, env.ref.offset
                    )
                    record = dead_letter(
                        stage=STAGE,
                        reason=reason,
                        detail=f"{type(exc).__name__}: {exc}"[:500],
                        payload=env.value,
                        source_ref=env.ref,
                        headers=env.headers,
                        at=now,
                    )
                    meter.dead_letter(reason)
                    await dlq.send(
                        key=env.ref.key.encode() if env.ref.key else None, value=record.to_bytes()
                    )
                    continue
                meter.seconds.observe(time.perf_counter() - started)
                story = outcome.tagged.story
                key = story.id.encode()
                await tagged.send(key=key, value=outcome.tagged.to_bytes())
                if outcome.deals is not None:
                    await deals.send(key=key, value=outcome.deals.to_bytes())
                for name in outcome.tagged.tagging.tag_names:
                    meter.tag(name)
                for deal in outcome.tagged.tagging.deals:
                    meter.deal(str(deal.unit) if deal.unit else "money")
                meter.passed(story.source, story.language)
