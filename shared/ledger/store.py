"""The deals index in Elasticsearch: the ledger's only I/O (elasticsearch 8.x client).

Library errors become ``SearchUnavailable`` (connection, timeout, 429, 5xx: retry later) or
``RejectedDocument`` (the index will never take it). The worker retries the former with
backoff and never drops a change; documents are whole, keyed by ``deal_id``, so a retried
batch is idempotent.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, TypeVar

from elasticsearch import (
    ApiError,
    AsyncElasticsearch,
    BadRequestError,
    Elasticsearch,
    NotFoundError,
    TransportError,
)
from elasticsearch.helpers import async_bulk, async_scan

from shared.errors import RejectedDocument, SearchUnavailable
from shared.indexing.aggregations import DealGrouping, DealOrder, DealReport
from shared.ledger.aggregations import (
    LedgerFilters,
    ledger_aggregations,
    parse_ledger_aggregations,
)
from shared.ledger.documents import (
    MAPPING,
    SETTINGS,
    Changes,
    DealRow,
    Doc,
    alias_name,
    bulk_actions,
    deals_query,
    index_name,
    rows_from_hits,
)

log = logging.getLogger("chipwire.ledger.store")
T = TypeVar("T")


def _retryable_status(status: int) -> bool:
    return status == 429 or status >= 500


def translate(exc: Exception, what: str) -> Exception:
    """A client exception as the project's error."""
    if isinstance(exc, ApiError):
        if _retryable_status(exc.meta.status):
            return SearchUnavailable(f"{what}: HTTP {exc.meta.status} {exc.message}")
        return RejectedDocument("es_rejected", f"{what}: HTTP {exc.meta.status} {exc.message}")
    if isinstance(exc, TransportError):  # connection refused, timeout, TLS...
        return SearchUnavailable(f"{what}: {exc}")
    return exc


async def _call(what: str, op: Callable[[], Awaitable[T]]) -> T:
    try:
        return await op()
    except (ApiError, TransportError) as exc:
        raise translate(exc, what) from exc


class DealsIndex:
    """The index behind ``<prefix>-deals``: create, read all, apply changes."""

    def __init__(self, client: AsyncElasticsearch, prefix: str) -> None:
        self.client = client
        self.alias = alias_name(prefix)
        self.index = index_name(prefix)

    async def ensure(self) -> None:
        """Create the index and its alias unless the alias exists; if it does, add the
        mapping's fields it lacks (``part_of``, added later) with a put-mapping."""
        exists = await _call(
            "alias exists", lambda: self.client.indices.exists_alias(name=self.alias)
        )
        if exists:
            await _call(
                "put mapping",
                lambda: self.client.indices.put_mapping(
                    index=self.alias, properties=MAPPING["properties"]
                ),
            )
            return
        try:
            await self.client.indices.create(
                index=self.index,
                mappings=MAPPING,
                settings=SETTINGS,
                aliases={self.alias: {"is_write_index": True}},
            )
            log.info("deals_index_created index=%s alias=%s", self.index, self.alias)
        except BadRequestError as exc:
            if exc.error != "resource_already_exists_exception":
                raise translate(exc, "create index") from exc
            await _call(
                "put alias",
                lambda: self.client.indices.put_alias(index=self.index, name=self.alias),
            )
        except (ApiError, TransportError) as exc:
            raise translate(exc, "create index") from exc

    async def load(self) -> dict[str, Doc]:
        """Every deal document now in the index, by id."""

        async def scan() -> dict[str, Doc]:
            docs: dict[str, Doc] = {}
            async for hit in async_scan(
                self.client, index=self.alias, query={"query": {"match_all": {}}}, size=1000
            ):
                docs[hit["_id"]] = hit["_source"]
            return docs

        try:
            return await _call("load deals", scan)
        except RejectedDocument as exc:
            raise SearchUnavailable(str(exc)) from exc

    async def write(self, changes: Changes) -> int:
        """Apply upserts and deletes in one bulk request; returns the number of actions."""
        actions = bulk_actions(changes, self.alias)
        if not actions:
            return 0

        async def bulk() -> tuple[int, Any]:
            return await async_bulk(
                self.client,
                actions,
                raise_on_error=False,
                raise_on_exception=True,
                max_retries=3,
                initial_backoff=0.5,
            )

        _, errors = await _call("bulk deals", bulk)
        retry: list[str] = []
        rejected: list[str] = []
        for item in errors if isinstance(errors, list) else ():
            op, result = next(iter(item.items()))
            status = int(result.get("status", 0))
            if op == "delete" and status == 404:
                continue  # already gone
            (retry if _retryable_status(status) else rejected).append(
                f"{op} {result.get('_id')}: {status} {result.get('error')}"
            )
        if retry:
            raise SearchUnavailable(f"bulk deals: {len(retry)} retryable failures: {retry[:3]}")
        if rejected:
            raise RejectedDocument("es_rejected", f"bulk deals: {rejected[:3]}")
        return len(actions)

    async def refresh(self) -> None:
        await _call("refresh", lambda: self.client.indices.refresh(index=self.alias))


async def search_deals(
    client: AsyncElasticsearch,
    prefix: str = "chipwire",
    filters: LedgerFilters | None = None,
    *,
    sort: str = "recent",
    size: int = 100,
) -> list[DealRow]:
    """``read_deals`` for an ``AsyncElasticsearch`` client."""
    try:
        response = await client.search(index=alias_name(prefix), **_query(filters, sort, size))
    except NotFoundError:
        return []
    except (ApiError, TransportError) as exc:
        raise translate(exc, "search deals") from exc
    return rows_from_hits(response["hits"]["hits"])


async def ledger_totals(
    client: AsyncElasticsearch,
    prefix: str = "chipwire",
    by: DealGrouping = DealGrouping.BUYER,
    filters: LedgerFilters | None = None,
    *,
    order: DealOrder = DealOrder.USD,
    size: int = 25,
) -> DealReport:
    """The ``chipwire deals`` totals: ledger deals grouped, each real-world deal once.

    An index not created yet reads as no deals, as in ``search_deals``.
    """
    body = ledger_aggregations(by, filters, order=order, size=size)
    try:
        response = await client.search(index=alias_name(prefix), **body)
    except NotFoundError:
        return parse_ledger_aggregations({}, by)
    except (ApiError, TransportError) as exc:
        raise translate(exc, "deal totals") from exc
    return parse_ledger_aggregations(response.body, by)


async def deals_by_id(
    client: AsyncElasticsearch, prefix: str, deal_ids: Iterable[str]
) -> dict[str, DealRow]:
    """The deals of these ids that the index holds (the totals that listed parts are of)."""
    ids = sorted(set(deal_ids))
    if not ids:
        return {}
    try:
        response = await client.search(
            index=alias_name(prefix), query={"ids": {"values": ids}}, size=len(ids)
        )
    except NotFoundError:
        return {}
    except (ApiError, TransportError) as exc:
        raise translate(exc, "read deals") from exc
    return {row.deal_id: row for row in rows_from_hits(response["hits"]["hits"])}


def read_deals(
    client: Elasticsearch,
    prefix: str = "chipwire",
    filters: LedgerFilters | None = None,
    *,
    sort: str = "recent",
    size: int = 100,
) -> list[DealRow]:
    """The ``chipwire deals`` rows: the ledger as the ``<prefix>-deals`` alias holds it.

    Filters are exact keyword matches on the canonical names (``Nvidia``, ``KR``, ``gpu``).
    An index not created yet reads as no deals.
    """
    body = _query(filters, sort, size)
    try:
        response = client.search(index=alias_name(prefix), **body)
    except NotFoundError:
        return []
    except (ApiError, TransportError) as exc:
        raise translate(exc, "search deals") from exc
    return rows_from_hits(response["hits"]["hits"])


def _query(filters: LedgerFilters | None, sort: str, size: int) -> dict[str, Any]:
    return deals_query(**(filters or LedgerFilters()).kwargs(), sort=sort, size=size)
