"""Keeping Elasticsearch and the metrics in step with the ledger table.

After each batch (and after a restart or rebalance), the ledger is re-derived from the table
of latest reports, compared with what the index holds, and only the difference is written:
changed deals are re-indexed whole, vanished ones deleted. A failure of Elasticsearch is
retried with backoff, holding the agent (and its offsets) where it is; nothing is dropped.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable
from typing import Any

from prometheus_client import Counter

from shared.adapters.streaming import with_backoff
from shared.errors import RejectedDocument, SearchUnavailable
from shared.ledger.documents import Doc, diff, to_doc
from shared.ledger.ledger import entries
from shared.ledger.metrics import LedgerCollector
from shared.ledger.model import MatchRules
from shared.ledger.store import DealsIndex
from shared.models.events import DealReported

log = logging.getLogger("chipwire.deals")

ES_ACTIONS = Counter(
    "chipwire_ledger_index_actions_total",
    "Deal documents written to (index) or removed from (delete) the deals index",
    ["op"],
)
ES_REJECTED = Counter(
    "chipwire_ledger_index_rejected_total",
    "Bulk writes of deal documents that Elasticsearch refused for good",
)


class LedgerSync:
    """Re-derive the ledger from ``read_state()`` and push the difference out."""

    def __init__(
        self,
        read_state: Callable[[], Iterable[tuple[Any, Any]]],
        index: DealsIndex,
        rules: MatchRules,
        collector: LedgerCollector,
    ) -> None:
        self._read_state = read_state
        self.index = index
        self.rules = rules
        self.collector = collector
        self.dirty = True
        self._written: dict[str, Doc] | None = None
        self._decoded: dict[bytes, tuple[bytes, DealReported]] = {}
        self._lock = asyncio.Lock()

    def state(self) -> dict[str, DealReported]:
        """The table as reports, decoding only values that changed since last time."""
        fresh: dict[bytes, tuple[bytes, DealReported]] = {}
        for key, value in self._read_state():
            cached = self._decoded.get(key)
            if cached is not None and cached[0] == value:
                fresh[key] = cached
            else:
                fresh[key] = (value, DealReported.model_validate_json(value))
        self._decoded = fresh
        return {report.story_id: report for _, report in fresh.values()}

    def release(self) -> None:
        """This worker no longer owns the ledger: report nothing, forget the index view."""
        self.collector.clear()
        self._written = None
        self.dirty = True

    async def reconcile(self) -> None:
        async with self._lock:
            self.dirty = False
            current = entries(self.state(), self.rules)
            self.collector.update(current)
            wanted = {e.deal_id: to_doc(e) for e in current}
            if self._written is None:
                await self._retry(self.index.ensure, "ensure deals index")
                self._written = await self._retry(self.index.load, "load deals index")
            changes = diff(self._written, wanted)
            if not changes:
                return
            try:
                await self._retry(lambda: self.index.write(changes), "write deals")
            except RejectedDocument as exc:
                # Our own documents refused: a bug, not a message to drop. Log it, re-read
                # the index next time so that the next batch tries again.
                ES_REJECTED.inc()
                log.error("deals_index_rejected error=%s", exc)
                self._written = None
                self.dirty = True
                return
            ES_ACTIONS.labels("index").inc(len(changes.upserts))
            ES_ACTIONS.labels("delete").inc(len(changes.deletes))
            log.info(
                "ledger_synced deals=%d upserts=%d deletes=%d",
                len(wanted),
                len(changes.upserts),
                len(changes.deletes),
            )
            self._written = wanted

    async def _retry(self, op: Callable[[], Any], what: str) -> Any:
        return await with_backoff(op, what=what, retry_on=(SearchUnavailable,))
