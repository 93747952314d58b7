"""Search and deal totals on the real Elasticsearch (the local stack, with chipwire-analysis).

One index, with the fixture stories, for the whole module; it is deleted afterwards.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Awaitable, Callable, Iterator
from datetime import timedelta
from typing import Any, TypeVar

import pytest
from elasticsearch import AsyncElasticsearch

from shared.adapters.elasticsearch import (
    BulkSink,
    SearchSettings,
    deal_totals,
    delete_indices,
    ensure_index,
    make_client,
    refresh,
    search_stories,
)
from shared.indexing import DealGrouping, DealOrder, ItemStatus, SortOrder, StoryFilters
from shared.models import PubStatus
from tests.unit.shared.indexing.fixtures import NOW, corpus, event, tag

pytestmark = pytest.mark.integration
T = TypeVar("T")
WITHDRAWN = event(
    "urn:test:gone",
    headline="Puces retirées",
    language="fr",
    version=2,
    pub_status=PubStatus.CANCELED,
    tags=(tag("ai-chips"), tag("korea")),
)


def settings_for(prefix: str) -> SearchSettings:
    return SearchSettings(
        es_url=os.environ.get("CHIPWIRE_ES_URL", "http://127.0.0.1:9200"), index_prefix=prefix
    )


def run(settings: SearchSettings, op: Callable[[AsyncElasticsearch], Awaitable[T]]) -> T:
    async def go() -> T:
        client = make_client(settings)
        try:
            return await op(client)
        finally:
            await client.close()

    return asyncio.run(go())


@pytest.fixture(scope="module")
def loaded() -> Iterator[SearchSettings]:
    settings = settings_for(f"t{uuid.uuid4().hex[:8]}-search")

    async def load(client: AsyncElasticsearch) -> None:
        await ensure_index(client, settings.names)
        report = await BulkSink(client, settings.names, max_attempts=3).index(
            [*corpus(), WITHDRAWN]
        )
        assert {r.status for r in report.results} == {ItemStatus.OK}
        await refresh(client, settings.names)

    run(settings, load)
    try:
        yield settings
    finally:
        run(settings, lambda c: delete_indices(c, settings.names))


def ids(settings: SearchSettings, text: str | None, **filters: Any) -> list[str]:
    sort = filters.pop("sort", SortOrder.RELEVANCE)
    result = run(
        settings,
        lambda c: search_stories(c, settings.names, text, StoryFilters(**filters), sort=sort),
    )
    assert result.total == len(result.hits)
    return [h.story_id for h in result.hits]


def test_french_query_meets_french_stems(loaded: SearchSettings) -> None:
    assert ids(loaded, "puce") == ["urn:test:fr-1"]  # indexed: "puces"
    assert ids(loaded, "electroniques") == ["urn:test:fr-1"]  # indexed: "L'électronique"
    assert ids(loaded, "intelligence artificielle Séoul") == ["urn:test:fr-1"]


def test_korean_query_meets_korean_bigrams(loaded: SearchSettings) -> None:
    assert ids(loaded, "삼성전자") == ["urn:test:ko-1"]  # indexed: "삼성전자는"
    assert ids(loaded, "데이터센터") == ["urn:test:ko-1"]


def test_other_languages_and_any_language_field(loaded: SearchSettings) -> None:
    assert ids(loaded, "Grafikprozessor") == ["urn:test:de-1"]
    assert ids(loaded, "snack") == ["urn:test:en-1"]
    assert sorted(ids(loaded, "Samsung")) == ["urn:test:fr-1"]
    assert sorted(ids(loaded, "GPU")) == ["urn:test:ko-1"]
    assert ids(loaded, "puce inexistant") == []  # every word must be found


def test_snippets_are_highlighted(loaded: SearchSettings) -> None:
    result = run(loaded, lambda c: search_stories(c, loaded.names, "puce"))
    assert any("<em>puces</em>" in s for s in result.hits[0].snippets)
    result = run(loaded, lambda c: search_stories(c, loaded.names, "삼성전자"))
    assert any("<em>삼성전자</em>는" in s for s in result.hits[0].snippets)


def test_filters(loaded: SearchSettings) -> None:
    both = ("ai-chips", "korea")
    assert sorted(ids(loaded, None, tags=both)) == ["urn:test:fr-1", "urn:test:ko-1"]
    week = NOW - timedelta(days=7)
    assert ids(loaded, None, tags=both, since=week) == ["urn:test:fr-1"]
    assert ids(loaded, None, tags=both, until=week) == ["urn:test:ko-1"]
    assert sorted(ids(loaded, None, countries=("kr",))) == [
        "urn:test:en-1",
        "urn:test:fr-1",
        "urn:test:ko-1",
    ]
    assert ids(loaded, None, companies=("AMD",)) == ["urn:test:de-1"]
    assert ids(loaded, None, languages=("ko",)) == ["urn:test:ko-1"]
    assert ids(loaded, None, sources=("Reuters",)) == ["urn:test:en-1"]
    assert ids(loaded, None, min_units=20_000) == ["urn:test:fr-1"]
    assert ids(loaded, None, min_usd=1e9) == ["urn:test:fr-1"]
    assert sorted(ids(loaded, None, min_usd=1e8)) == ["urn:test:fr-1", "urn:test:ko-1"]
    # unit and quantity must hold for the same deal: 2000 accelerators, only 100 servers
    assert ids(loaded, None, unit="accelerator", min_units=1000) == ["urn:test:de-1"]
    assert ids(loaded, None, unit="server", min_units=1000) == []


def test_withdrawn_stories_only_on_request(loaded: SearchSettings) -> None:
    assert "urn:test:gone" not in ids(loaded, "puces")
    assert "urn:test:gone" in ids(loaded, "puces", include_withdrawn=True)


def test_sort_by_date(loaded: SearchSettings) -> None:
    assert ids(loaded, None, sort=SortOrder.DATE) == [
        "urn:test:fr-1",
        "urn:test:en-1",
        "urn:test:de-1",
        "urn:test:ko-1",
    ]


def totals(settings: SearchSettings, by: DealGrouping, **kw: Any) -> dict[str, dict[str, Any]]:
    order = kw.pop("order", DealOrder.USD)
    report = run(
        settings,
        lambda c: deal_totals(c, settings.names, by, StoryFilters(**kw), order=order),
    )
    out = {g.key: g.as_json() for g in report.groups}
    out["total"] = report.total.as_json()
    return out


def test_deal_totals_by_buyer(loaded: SearchSettings) -> None:
    got = totals(loaded, DealGrouping.BUYER)
    assert list(got) == ["Samsung Electronics", "Frankfurt DC", "total"]
    samsung = got["Samsung Electronics"]
    assert samsung["units"] == {"gpu": 60_000}
    assert samsung["amount_usd"] == pytest.approx(1.8e9)
    assert (samsung["deals"], samsung["stories"]) == (2, 2)
    assert got["Frankfurt DC"]["units"] == {"accelerator": 2000, "server": 100}
    assert got["Frankfurt DC"]["amount_usd"] == 0
    assert got["total"]["units"] == {"gpu": 60_000, "accelerator": 2000, "server": 100}
    assert (got["total"]["deals"], got["total"]["stories"]) == (4, 3)


def test_deal_totals_by_vendor_country_month(loaded: SearchSettings) -> None:
    vendor = totals(loaded, DealGrouping.VENDOR, order=DealOrder.UNITS)
    assert list(vendor)[:2] == ["Nvidia", "AMD"]
    assert vendor["AMD"]["units"] == {"accelerator": 2000, "server": 100}
    country = totals(loaded, DealGrouping.COUNTRY)
    assert country["KR"]["units"] == {"gpu": 60_000}
    assert country["DE"]["deals"] == 2
    month = totals(loaded, DealGrouping.MONTH)
    assert list(month) == ["2025-02", "2025-03", "total"]
    assert month["2025-02"]["units"] == {"gpu": 10_000}
    assert month["2025-03"]["amount_usd"] == pytest.approx(1.5e9)


def test_deal_totals_respect_filters(loaded: SearchSettings) -> None:
    korea = totals(loaded, DealGrouping.BUYER, tags=("korea",))
    assert list(korea) == ["Samsung Electronics", "total"]
    big = totals(loaded, DealGrouping.BUYER, min_units=1000)
    # the 100 servers are not counted; the 2000 accelerators of the same story are
    assert big["Frankfurt DC"]["units"] == {"accelerator": 2000}
    assert big["total"]["deals"] == 3
