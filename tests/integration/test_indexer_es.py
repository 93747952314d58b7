"""The bulk sink on the real Elasticsearch: versions, replays, rejections, missing index,
unreachable server. Each test has its own index prefix, deleted afterwards."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest
from elasticsearch import AsyncElasticsearch

from shared.adapters.elasticsearch import (
    BulkSink,
    SearchSettings,
    delete_indices,
    ensure_index,
    make_client,
    refresh,
    search_stories,
)
from shared.errors import SearchUnavailable
from shared.indexing import IndexNames, ItemStatus, index_action
from tests.unit.shared.indexing.fixtures import corpus, event, gpu_deal

pytestmark = pytest.mark.integration
Scenario = Callable[[AsyncElasticsearch, IndexNames], Awaitable[None]]


@pytest.fixture
def settings() -> Iterator[SearchSettings]:
    s = SearchSettings(
        es_url=os.environ.get("CHIPWIRE_ES_URL", "http://127.0.0.1:9200"),
        index_prefix=f"t{uuid.uuid4().hex[:8]}-indexer",
    )
    yield s
    asyncio.run(_with_client(s, lambda c, n: delete_indices(c, n)))


async def _with_client(settings: SearchSettings, scenario: Scenario) -> None:
    client = make_client(settings)
    try:
        await scenario(client, settings.names)
    finally:
        await client.close()


def play(settings: SearchSettings, scenario: Scenario) -> None:
    async def go(client: AsyncElasticsearch, names: IndexNames) -> None:
        await ensure_index(client, names)
        await scenario(client, names)

    asyncio.run(_with_client(settings, go))


def sink(client: AsyncElasticsearch, names: IndexNames, **kw: Any) -> BulkSink:
    return BulkSink(client, names, max_attempts=3, first_delay_s=0.05, **kw)


async def stored(client: AsyncElasticsearch, names: IndexNames) -> dict[str, tuple[int, str]]:
    """story id -> (ES _version, headline) of every document."""
    await refresh(client, names)
    resp = await client.search(index=names.alias, size=100, version=True)
    return {h["_id"]: (h["_version"], h["_source"]["headline"]) for h in resp["hits"]["hits"]}


def test_ensure_index_is_idempotent(settings: SearchSettings) -> None:
    async def scenario(client: AsyncElasticsearch, names: IndexNames) -> None:
        assert await ensure_index(client, names) is False  # play() created it
        aliases = await client.indices.get_alias(name=names.alias)
        assert list(aliases.body) == [names.index]
        mapping = await client.indices.get_mapping(index=names.index)
        props = mapping[names.index]["mappings"]["properties"]
        assert props["deals"]["type"] == "nested"
        assert props["text_cjk"]["analyzer"] == "chipwire_cjk"

    play(settings, scenario)


def test_correction_replaces_and_late_older_version_does_not(settings: SearchSettings) -> None:
    v1 = event("urn:v", headline="Nvidia ships 100 GPUs", version=1)
    v2 = event("urn:v", headline="Nvidia ships 1000 GPUs (corrected)", version=2)
    v3 = event("urn:v", headline="Nvidia ships 1200 GPUs (second correction)", version=3)

    async def scenario(client: AsyncElasticsearch, names: IndexNames) -> None:
        s = sink(client, names)
        assert (await s.index([v1])).results[0].status is ItemStatus.OK
        assert (await s.index([v3])).results[0].status is ItemStatus.OK
        late = await s.index([v2])
        assert late.results[0].status is ItemStatus.STALE
        assert late.rejected == []
        assert await stored(client, names) == {"urn:v": (3, v3.story.headline)}
        found = await search_stories(client, names, "second correction")
        assert [h.story_id for h in found.hits] == ["urn:v"]
        assert (await search_stories(client, names, "100")).total == 0

    play(settings, scenario)


def test_versions_in_one_batch_keep_the_newest(settings: SearchSettings) -> None:
    batch = [
        event("urn:b", headline="second", version=2),
        event("urn:b", headline="first", version=1),
        event("urn:c", headline="only", version=1),
    ]

    async def scenario(client: AsyncElasticsearch, names: IndexNames) -> None:
        report = await sink(client, names).index(batch)
        assert [r.status for r in report.results] == [
            ItemStatus.OK,
            ItemStatus.STALE,
            ItemStatus.OK,
        ]
        assert await stored(client, names) == {"urn:b": (2, "second"), "urn:c": (1, "only")}

    play(settings, scenario)


def test_same_batch_twice_leaves_one_document_per_story(settings: SearchSettings) -> None:
    batch = corpus()

    async def scenario(client: AsyncElasticsearch, names: IndexNames) -> None:
        s = sink(client, names)
        first = await s.index(batch)
        again = await s.index(batch)
        assert {r.status for r in first.results} == {ItemStatus.OK}
        assert {r.status for r in again.results} == {ItemStatus.OK}  # equal version: harmless
        docs = await stored(client, names)
        assert sorted(docs) == sorted(e.story.id for e in batch)
        assert {v for v, _ in docs.values()} == {1}
        count = await client.count(index=names.alias)
        assert count["count"] == len(batch)

    play(settings, scenario)


def test_refused_documents_are_rejected_the_others_indexed(settings: SearchSettings) -> None:
    huge = event(
        "urn:huge",
        headline="Absurd order",
        deals=(gpu_deal("Nvidia", "X", "KR", 10**20),),  # beyond a long: mapping error
    )
    good = event("urn:good", headline="Fine order")

    async def scenario(client: AsyncElasticsearch, names: IndexNames) -> None:
        s = sink(client, names)
        report = await s.index([huge, good])
        assert [r.status for r in report.results] == [ItemStatus.REJECTED, ItemStatus.OK]
        assert report.results[0].http_status == 400
        [(pos, err)] = report.rejected
        assert pos == 0
        assert err.reason == "es_rejected"
        assert "deals.quantity" in err.detail
        # A field the mapping does not know is refused too (dynamic: strict).
        action = index_action(event("urn:odd", headline="odd"), names)
        action["_source"] = {**action["_source"], "surprise": 1}
        odd = await s.send_actions([action])
        assert odd.results[0].status is ItemStatus.REJECTED
        assert odd.results[0].error_type == "strict_dynamic_mapping_exception"
        assert sorted(await stored(client, names)) == ["urn:good"]

    play(settings, scenario)


def test_missing_index_is_retried_not_dropped(settings: SearchSettings) -> None:
    async def scenario(client: AsyncElasticsearch, names: IndexNames) -> None:
        await delete_indices(client, names)  # the alias has gone
        recovered: list[bool] = []

        async def recover() -> None:
            recovered.append(await ensure_index(client, names))

        report = await sink(client, names, recover=recover).index(corpus())
        assert recovered == [True]
        assert report.attempts == 2
        assert {r.status for r in report.results} == {ItemStatus.OK}
        assert len(await stored(client, names)) == len(corpus())

    play(settings, scenario)


def test_unreachable_server_is_search_unavailable() -> None:
    dead = SearchSettings(es_url="http://127.0.0.1:9", index_prefix="never")

    async def scenario(client: AsyncElasticsearch, names: IndexNames) -> None:
        s = sink(client, names)
        with pytest.raises(SearchUnavailable, match="4 document"):
            await s.index(corpus())
        with pytest.raises(SearchUnavailable):
            await ensure_index(client, names)
        with pytest.raises(SearchUnavailable):
            await search_stories(client, names, "x")

    asyncio.run(_with_client(dead, scenario))
