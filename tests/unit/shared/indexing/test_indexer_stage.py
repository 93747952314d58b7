"""The indexer's batch handling with a fake sink and dead-letter topic."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field

from services.indexer.agents import BatchSummary, IndexerStage, held, split_by_bytes
from shared.adapters.elasticsearch import BulkReport
from shared.adapters.streaming import Envelope
from shared.indexing import ItemResult, ItemStatus
from shared.models import DeadLettered, SourceRef, StoryTagged
from shared.pipeline.dead_letters import payload_of

from .fixtures import NOW, corpus


def env(value: bytes, offset: int) -> Envelope:
    ref = SourceRef(topic="stories.tagged", partition=0, offset=offset, key=f"k{offset}")
    return Envelope(value=value, ref=ref, headers={"h": "v"})


@dataclass
class FakeSink:
    answers: dict[str, ItemStatus]
    calls: list[list[str]] = field(default_factory=list)

    async def index(self, events: Sequence[StoryTagged]) -> BulkReport:
        self.calls.append([e.story.id for e in events])
        results = tuple(
            ItemResult(s, 400 if s is ItemStatus.REJECTED else 201, "document_parsing_exception")
            for s in (self.answers.get(e.story.id, ItemStatus.OK) for e in events)
        )
        return BulkReport(results, 1, 0.01)


Letters = list[tuple[DeadLettered, str | None]]


def run_stage(
    envs: list[Envelope], answers: dict[str, ItemStatus], max_bytes: int = 10**6
) -> tuple[BatchSummary, FakeSink, Letters]:
    sink = FakeSink(answers)
    letters: Letters = []

    async def send(record: DeadLettered, key: str | None) -> None:
        letters.append((record, key))

    stage = IndexerStage(sink, send, max_bytes, clock=lambda: NOW)
    return asyncio.run(stage.handle(envs)), sink, letters


def test_outcomes_and_dead_letters() -> None:
    events = corpus()
    envs = [env(e.to_bytes(), i) for i, e in enumerate(events)]
    envs.insert(2, env(b'{"not": "a tagged story"}', 99))
    answers = {events[1].story.id: ItemStatus.STALE, events[3].story.id: ItemStatus.REJECTED}
    summary, sink, letters = run_stage(envs, answers)
    assert (summary.indexed, summary.stale, summary.dead_lettered, summary.bulks) == (2, 1, 2, 1)
    assert sink.calls == [[e.story.id for e in events]]
    reasons = [(r.reason, r.source_ref.offset if r.source_ref else None, k) for r, k in letters]
    assert reasons == [("invalid_event", 99, "k99"), ("es_rejected", 3, "k3")]
    rejected = letters[1][0]
    assert rejected.stage == "indexer"
    assert payload_of(rejected) == events[3].to_bytes()
    assert rejected.headers == {"h": "v"}
    assert rejected.at == NOW


def test_batches_are_split_by_bytes() -> None:
    events = corpus()
    envs = [env(e.to_bytes(), i) for i, e in enumerate(events)]
    biggest = max(len(e.value) for e in envs)
    groups = list(split_by_bytes(envs, biggest + 1))
    assert sum(len(g) for g in groups) == len(envs)
    assert all(len(g) == 1 or sum(len(e.value) for e in g) <= biggest + 1 for g in groups)
    assert list(split_by_bytes(envs, 1)) == [[e] for e in envs]  # never empty, never stuck
    summary, sink, _ = run_stage(envs, {}, max_bytes=1)
    assert summary.bulks == len(envs) == len(sink.calls)


class Msg:
    def __init__(self) -> None:
        self.refcount = 1

    def incref(self) -> None:
        self.refcount += 1

    def decref(self) -> None:
        self.refcount -= 1


class Ev:
    def __init__(self) -> None:
        self.message = Msg()


def test_held_messages_are_released_only_on_success() -> None:
    done, failed = [Ev(), Ev()], [Ev()]
    with held(done):
        assert all(e.message.refcount == 2 for e in done)
    assert all(e.message.refcount == 1 for e in done)
    try:
        with held(failed):
            raise asyncio.CancelledError
    except asyncio.CancelledError:
        pass
    assert failed[0].message.refcount == 2  # the stream's own ack cannot release it


def test_a_document_refused_before_sending_is_dead_lettered_as_not_serialisable() -> None:
    events = corpus()[:2]
    envs = [env(e.to_bytes(), i) for i, e in enumerate(events)]

    @dataclass
    class RefusingSink:
        async def index(self, evs: Sequence[StoryTagged]) -> BulkReport:
            bad = ItemResult(ItemStatus.REJECTED, 0, "not_serialisable", "version 2**64")
            return BulkReport((ItemResult(ItemStatus.OK, 201), bad), 1, 0.0)

    letters: Letters = []

    async def send(record: DeadLettered, key: str | None) -> None:
        letters.append((record, key))

    stage = IndexerStage(RefusingSink(), send, 10**6, clock=lambda: NOW)
    summary = asyncio.run(stage.handle(envs))
    assert (summary.indexed, summary.dead_lettered) == (1, 1)
    [(record, key)] = letters
    assert (record.reason, key) == ("not_serialisable", "k1")
    assert "2**64" in record.detail
