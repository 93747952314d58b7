"""Deals agents: ``deals`` -> ``deals.ledger`` (one partition) -> ledger table -> ES, metrics.

Matching is global across stories, so every report goes through one partition of the
internal ``deals.ledger`` topic, and one worker holds the whole ledger table (story id ->
latest report bytes, changelog-backed, so it survives restarts).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

import faust
from pydantic import ValidationError

from services.deals.sync import LedgerSync
from shared.adapters import metrics
from shared.adapters.streaming import StreamSettings, envelope, raw_topic
from shared.ledger.ledger import accepts
from shared.models.events import DealReported
from shared.pipeline.dead_letters import dead_letter

log = logging.getLogger("chipwire.deals")
STAGE = "deals"
LEDGER_TOPIC = "deals.ledger"
TABLE = "ledger-reports"


def ledger_table(app: faust.App) -> Any:
    # One partition: the whole ledger on one worker. use_partitioner: the changelog
    # partition follows the key, not whichever event of a batch is current.
    return app.Table(
        TABLE,
        key_type=bytes,
        value_type=bytes,
        partitions=1,
        use_partitioner=True,
    )


def register(
    app: faust.App,
    settings: StreamSettings,
    make_sync: Callable[[Callable[[], Iterable[tuple[Any, Any]]]], LedgerSync],
    reconcile_interval_s: float,
) -> LedgerSync:
    """Wire the agents; ``make_sync(read_state)`` builds the ``LedgerSync``."""
    topics = settings.topics
    deals = raw_topic(app, topics.deals)
    dlq = raw_topic(app, topics.dlq)
    ledger_topic = app.topic(
        topics.name(LEDGER_TOPIC),
        key_type=bytes,
        value_type=bytes,
        key_serializer="raw",
        value_serializer="raw",
        internal=True,
        partitions=1,
    )
    table = ledger_table(app)
    sync: LedgerSync = make_sync(lambda: list(table.items()))
    ledger_name = topics.name(LEDGER_TOPIC)

    def owns_ledger() -> bool:
        return any(tp.topic == ledger_name for tp in app.assignor.assigned_actives())

    @app.agent(deals)
    async def route(stream: Any) -> None:
        """Check each report and pass it on to the single ledger partition."""
        async for events in stream.take_events(settings.batch_max, within=settings.batch_within_s):
            metrics.BATCH_SIZE.labels(STAGE).observe(len(events))
            for event in events:
                env = envelope(event)
                metrics.STORIES_IN.labels(STAGE).inc()
                try:
                    report = DealReported.model_validate_json(env.value)
                except ValidationError as exc:
                    log.warning(
                        "dead_letter stage=deals reason=invalid_report offset=%s", env.ref.offset
                    )
                    record = dead_letter(
                        stage=STAGE,
                        reason="invalid_report",
                        detail=f"{type(exc).__name__}: {exc}"[:500],
                        payload=env.value,
                        source_ref=env.ref,
                        headers=env.headers,
                        at=datetime.now(UTC),
                    )
                    metrics.DEAD_LETTERS.labels(STAGE, "invalid_report").inc()
                    key = env.ref.key.encode() if env.ref.key else None
                    await dlq.send(key=key, value=record.to_bytes())
                    continue
                await ledger_topic.send(key=report.story_id.encode(), value=env.value)

    @app.agent(ledger_topic)
    async def keep(stream: Any) -> None:
        """Keep each story's latest report; re-derive the ledger after each batch."""
        async for events in stream.take_events(settings.batch_max, within=settings.batch_within_s):
            changed = False
            for event in events:
                value: bytes = event.message.value
                report = DealReported.model_validate_json(value)
                key = report.story_id.encode()
                current = table.get(key)
                previous = DealReported.model_validate_json(current) if current else None
                if not accepts(previous, report):
                    metrics.STALE.labels(STAGE).inc()
                    continue
                if current != value:
                    table[key] = value
                    changed = True
            if changed or sync.dirty:
                await sync.reconcile()

    @table.on_recover  # type: ignore[untyped-decorator]
    async def recovered() -> None:
        sync.dirty = True  # the timer below re-derives once the worker owns the ledger

    @app.timer(reconcile_interval_s)  # type: ignore[untyped-decorator]
    async def settle() -> None:
        """After a restart or rebalance, bring ES and metrics in step (also with no traffic)."""
        if app.rebalancing or app.in_recovery:
            return  # wait for the assignment and the table to settle
        if not owns_ledger():
            sync.release()
        elif sync.dirty:
            await sync.reconcile()

    return sync
