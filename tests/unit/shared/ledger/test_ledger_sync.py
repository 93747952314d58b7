"""The worker's sync loop against a fake index: diffs, deletes, retries, restarts."""

from __future__ import annotations

import asyncio

from services.deals.sync import LedgerSync
from shared.errors import SearchUnavailable
from shared.ledger.documents import Changes, Doc
from shared.ledger.metrics import LedgerCollector
from shared.ledger.model import MatchRules
from shared.models.events import DealReported

from .ledger_fixtures import EN_260K, FR_QUARTER_MILLION, PARTS_EN


class FakeIndex:
    def __init__(self, failures: int = 0) -> None:
        self.docs: dict[str, Doc] = {}
        self.failures = failures
        self.writes: list[Changes] = []

    async def ensure(self) -> None:
        return None

    async def load(self) -> dict[str, Doc]:
        return dict(self.docs)

    async def write(self, changes: Changes) -> int:
        if self.failures:
            self.failures -= 1
            raise SearchUnavailable("503")
        self.writes.append(changes)
        for i, d in changes.upserts:
            self.docs[i] = d
        for i in changes.deletes:
            self.docs.pop(i, None)
        return len(changes.upserts) + len(changes.deletes)


def make(table: dict[bytes, bytes], index: FakeIndex) -> LedgerSync:
    return LedgerSync(lambda: list(table.items()), index, MatchRules(), LedgerCollector())  # type: ignore[arg-type]


def put(table: dict[bytes, bytes], report: DealReported) -> None:
    table[report.story_id.encode()] = report.to_bytes()


def run(sync: LedgerSync) -> None:
    asyncio.run(sync.reconcile())


def test_writes_only_differences_and_deletes_vanished_deals() -> None:
    table: dict[bytes, bytes] = {}
    index = FakeIndex()
    sync = make(table, index)
    put(table, FR_QUARTER_MILLION)
    put(table, PARTS_EN)
    run(sync)
    assert len(index.docs) == 5
    put(table, EN_260K)  # joins the French deal
    run(sync)
    assert len(index.writes[-1].upserts) == 1 and not index.writes[-1].deletes
    put(table, PARTS_EN.model_copy(update={"story_version": 2, "withdrawn": True}))
    run(sync)
    assert len(index.writes[-1].deletes) == 4
    [doc] = index.docs.values()
    assert doc["story_count"] == 2
    writes = len(index.writes)
    run(sync)  # nothing changed: nothing written
    assert len(index.writes) == writes


def test_retries_until_the_index_answers() -> None:
    table: dict[bytes, bytes] = {}
    index = FakeIndex(failures=2)
    sync = make(table, index)
    put(table, EN_260K)
    run(sync)
    assert len(index.docs) == 1


def test_a_restarted_worker_reads_the_index_and_cleans_up() -> None:
    table: dict[bytes, bytes] = {}
    index = FakeIndex()
    put(table, PARTS_EN)
    run(make(table, index))
    # while the worker was down, the story was withdrawn (the table recovers that)
    put(table, PARTS_EN.model_copy(update={"story_version": 2, "withdrawn": True}))
    restarted = make(table, index)
    run(restarted)
    assert index.docs == {}


def test_unchanged_values_are_not_decoded_again() -> None:
    table: dict[bytes, bytes] = {}
    sync = make(table, FakeIndex())
    put(table, EN_260K)
    first = sync.state()
    decoded = {k: id(r) for k, (_, r) in sync._decoded.items()}
    assert sync.state() == first
    assert {k: id(r) for k, (_, r) in sync._decoded.items()} == decoded
