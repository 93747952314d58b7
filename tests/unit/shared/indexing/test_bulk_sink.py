"""The bulk sink's retry loop, with scripted Elasticsearch answers (no server)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any, cast

import pytest
from elastic_transport import ConnectionError as ConnectionError_
from elasticsearch import AsyncElasticsearch
from pydantic import SecretStr

from shared.adapters.elasticsearch import BulkSink, SearchSettings, make_client
from shared.errors import SearchUnavailable
from shared.indexing import IndexNames, ItemResult, ItemStatus, index_action
from shared.indexing.bulk import EncodedAction

from .fixtures import corpus

OK = ItemResult(ItemStatus.OK, 201)
STALE = ItemResult(ItemStatus.STALE, 409, "version_conflict_engine_exception", "old")
BUSY = ItemResult(ItemStatus.RETRIABLE, 429, "es_rejected_execution_exception", "busy")
GONE = ItemResult(ItemStatus.RETRIABLE, 404, "index_not_found_exception", "no index")
BAD = ItemResult(ItemStatus.REJECTED, 400, "document_parsing_exception", "bad quantity")


@dataclass
class ScriptedSink(BulkSink):
    script: list[list[ItemResult]] = field(default_factory=list)
    sent: list[list[str]] = field(default_factory=list)
    pauses: list[float] = field(default_factory=list)

    async def _attempt(self, actions: Sequence[EncodedAction]) -> list[ItemResult]:
        self.sent.append([a.id for a in actions])
        answers = self.script.pop(0)
        assert len(answers) == len(actions)
        return answers


def _sink(script: list[list[ItemResult]], **kw: Any) -> ScriptedSink:
    client = AsyncElasticsearch("http://127.0.0.1:1")
    sink = ScriptedSink(client, IndexNames("unit"), first_delay_s=0.01, **kw)
    sink.script = script

    async def no_sleep(s: float) -> None:
        sink.pauses.append(s)

    sink.sleep = no_sleep
    return sink


def test_only_the_retriable_items_are_sent_again_until_answered() -> None:
    events = corpus()
    ids = [e.story.id for e in events]
    sink = _sink([[OK, BUSY, STALE, BUSY], [BUSY, BAD], [OK]])
    report = asyncio.run(sink.index(events))
    assert sink.sent == [ids, [ids[1], ids[3]], [ids[1]]]
    assert [r.status for r in report.results] == [
        ItemStatus.OK,
        ItemStatus.OK,
        ItemStatus.STALE,
        ItemStatus.REJECTED,
    ]
    assert report.attempts == 3
    assert report.count(ItemStatus.STALE) == 1
    [(pos, err)] = report.rejected
    assert pos == 3
    assert err.reason == "es_rejected"
    assert "bad quantity" in err.detail
    assert len(sink.pauses) == 2
    assert sink.pauses[1] > sink.pauses[0]  # backoff grows


def test_gives_up_only_when_told_to() -> None:
    sink = _sink([[BUSY] * 4] * 3, max_attempts=3)
    with pytest.raises(SearchUnavailable, match="4 document"):
        asyncio.run(sink.index(corpus()))
    assert len(sink.sent) == 3


def test_missing_index_is_recreated_before_the_retry() -> None:
    calls: list[str] = []

    async def recover() -> None:
        calls.append("ensure")

    sink = _sink([[GONE] * 4, [OK] * 4], recover=recover)
    report = asyncio.run(sink.index(corpus()))
    assert calls == ["ensure"]
    assert report.count(ItemStatus.OK) == 4


def test_empty_batch() -> None:
    report = asyncio.run(_sink([]).index([]))
    assert report.results == ()
    assert report.attempts == 0


def test_client_settings_keep_secrets_secret() -> None:
    settings = SearchSettings(
        es_url="http://127.0.0.1:9200",
        es_username="u",
        es_password=SecretStr("p"),
        index_prefix="x",
    )
    assert "p" not in repr(settings.es_password)
    client = make_client(settings)
    assert client.transport.node_pool.all()[0].config.host == "127.0.0.1"
    asyncio.run(client.close())


def test_a_document_that_cannot_be_serialised_is_refused_and_never_sent() -> None:
    events = corpus()
    actions = [index_action(e, IndexNames("unit")) for e in events]
    actions[1] = {**actions[1], "version": 2**64}
    sink = _sink([[OK, BUSY, OK], [OK]])
    report = asyncio.run(sink.send_actions(actions))
    ids = [e.story.id for e in events]
    assert sink.sent == [[ids[0], ids[2], ids[3]], [ids[2]]]
    assert [r.status for r in report.results] == [ItemStatus.OK, ItemStatus.REJECTED] + [
        ItemStatus.OK
    ] * 2
    [(pos, err)] = report.rejected
    assert (pos, err.reason) == (1, "not_serialisable")
    assert "outside" in err.detail


@dataclass
class FakeClient:
    """Answers ``bulk`` like Elasticsearch with ``filter_path``; fails when told to."""

    fail_on_call: int | None = None
    bodies: list[bytes] = field(default_factory=list)
    params: list[dict[str, Any]] = field(default_factory=list)

    async def bulk(self, *, operations: bytes, **params: Any) -> Any:
        self.bodies.append(operations)
        self.params.append(params)
        if self.fail_on_call == len(self.bodies):
            raise ConnectionError_("down")
        n = operations.count(b"\n") // 2
        return SimpleNamespace(body={"errors": False, "items": [{"index": {"status": 201}}] * n})


def test_real_attempt_chunks_and_a_failed_request_leaves_the_rest_retriable() -> None:
    events = corpus()
    client = FakeClient(fail_on_call=2)
    sink = BulkSink(cast(Any, client), IndexNames("unit"), chunk_size=2, max_attempts=1)
    with pytest.raises(SearchUnavailable, match="2 document"):
        asyncio.run(sink.index(events))
    assert len(client.bodies) == 2
    assert client.params[0]["require_alias"] is True
    assert "items.*.status" in client.params[0]["filter_path"]
    first = [json.loads(line) for line in client.bodies[0].splitlines()]
    assert [line["index"]["_id"] for line in first[::2]] == [e.story.id for e in events[:2]]

    client = FakeClient()
    sink = BulkSink(cast(Any, client), IndexNames("unit"), chunk_size=3)
    report = asyncio.run(sink.index(events))
    assert report.count(ItemStatus.OK) == 4
    assert [b.count(b"\n") for b in client.bodies] == [6, 2]
