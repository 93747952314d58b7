"""Elasticsearch adapter: client from settings, index set-up, the bulk sink, searches.

Library errors stop here: a server that cannot be reached or answers 429/5xx becomes
``SearchUnavailable``; a document it refuses for good becomes a ``RejectedDocument`` in the
bulk report (the indexer dead-letters it); a search it refuses becomes ``BadInput``.

The bulk sink never drops a document: items that fail for a reason of the cluster (429, 5xx,
no connection, missing index) are sent again, with growing pauses, until Elasticsearch has
answered for every one of them. Older versions refused with a version conflict are *stale*:
counted, not errors.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from elastic_transport import TransportError
from elasticsearch import ApiError, AsyncElasticsearch
from prometheus_client import Counter, Histogram
from pydantic import SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from shared.errors import BadInput, ConfigError, RejectedDocument, SearchUnavailable
from shared.indexing import (
    DEFAULT_REFRESH_INTERVAL,
    DealGrouping,
    DealOrder,
    DealReport,
    IndexNames,
    ItemResult,
    ItemStatus,
    SearchResult,
    SortOrder,
    StoryFilters,
    build_search,
    check_refresh_interval,
    deal_aggregations,
    index_action,
    index_settings,
    index_template,
    mappings,
    parse_deal_aggregations,
    parse_search,
)
from shared.indexing.bulk import (
    NOT_SERIALISABLE,
    EncodedAction,
    NotSerialisable,
    chunks,
    encode_action,
    item_results,
    not_serialisable,
)
from shared.models.events import StoryTagged

log = logging.getLogger("chipwire.elasticsearch")


class SearchSettings(BaseSettings):
    """Where the search index lives (environment variables ``CHIPWIRE_*``)."""

    model_config = SettingsConfigDict(env_prefix="CHIPWIRE_", extra="ignore")

    es_url: str = "http://127.0.0.1:9200"
    es_api_key: SecretStr | None = None
    es_username: str | None = None
    es_password: SecretStr | None = None
    es_ca_certs: Path | None = None
    es_request_timeout_s: float = 30.0
    index_prefix: str = "chipwire"
    index_shards: int = 1
    index_replicas: int = 0
    # How soon indexed stories become searchable (``index.refresh_interval``); shorter costs
    # Elasticsearch CPU (more, smaller segments to write and merge).
    index_refresh_interval: str = DEFAULT_REFRESH_INTERVAL

    @field_validator("index_refresh_interval")
    @classmethod
    def _interval(cls, value: str) -> str:
        return check_refresh_interval(value)

    @property
    def names(self) -> IndexNames:
        try:
            return IndexNames(self.index_prefix)
        except ValueError as exc:
            raise ConfigError(f"CHIPWIRE_INDEX_PREFIX: {exc}") from exc


def make_client(settings: SearchSettings) -> AsyncElasticsearch:
    """Build the client; nothing is connected until the first request."""
    kwargs: dict[str, Any] = {
        "request_timeout": settings.es_request_timeout_s,
        # Retries belong to the callers (the bulk sink retries per item, forever).
        "max_retries": 0,
        "retry_on_timeout": False,
    }
    if settings.es_api_key is not None:
        kwargs["api_key"] = settings.es_api_key.get_secret_value()
    elif settings.es_username:
        password = settings.es_password.get_secret_value() if settings.es_password else ""
        kwargs["basic_auth"] = (settings.es_username, password)
    if settings.es_ca_certs is not None:
        kwargs["ca_certs"] = str(settings.es_ca_certs)
    return AsyncElasticsearch(settings.es_url, **kwargs)


def _unavailable(what: str, exc: Exception) -> SearchUnavailable:
    return SearchUnavailable(f"{what}: {type(exc).__name__}: {exc}")


def _is_retriable(exc: ApiError) -> bool:
    return exc.status_code in (408, 429) or exc.status_code >= 500


def _error_type(exc: ApiError) -> str:
    body = exc.body if isinstance(exc.body, Mapping) else {}
    err = body.get("error", {})
    return str(err.get("type", "")) if isinstance(err, Mapping) else ""


async def ensure_index(
    client: AsyncElasticsearch,
    names: IndexNames,
    *,
    shards: int = 1,
    replicas: int = 0,
    refresh_interval: str = DEFAULT_REFRESH_INTERVAL,
) -> bool:
    """Install the template, create the versioned index and its alias if missing (idempotent).

    An existing index gets the current mappings and refresh interval too, which adds new
    fields; a change that needs a new index (another type or analyzer) raises
    ``ConfigError``. Returns whether the index was created now.
    """
    created = False
    settings = index_settings(shards=shards, replicas=replicas, refresh_interval=refresh_interval)
    template = index_template(
        names, shards=shards, replicas=replicas, refresh_interval=refresh_interval
    )
    try:
        await client.indices.put_index_template(name=names.template, **template)
        if not await client.indices.exists(index=names.index):
            try:
                await client.indices.create(
                    index=names.index,
                    settings=settings,
                    mappings=mappings(),
                    aliases={names.alias: {"is_write_index": True}},
                    wait_for_active_shards="1",
                )
                created = True
            except ApiError as exc:
                if _error_type(exc) != "resource_already_exists_exception":
                    raise
        if not created:
            await client.indices.put_mapping(index=names.index, **mappings())
            await client.indices.put_settings(
                index=names.index, settings={"index": {"refresh_interval": refresh_interval}}
            )
        if not await client.indices.exists_alias(name=names.alias, index=names.index):
            await client.indices.update_aliases(
                actions=[{"add": {"index": names.index, "alias": names.alias}}]
            )
    except ApiError as exc:
        if _is_retriable(exc):
            raise _unavailable(f"setting up index {names.index}", exc) from exc
        raise ConfigError(
            f"index {names.index} cannot take the current layout ({exc}); "
            f"build a new version beside it and move the alias {names.alias}"
        ) from exc
    except TransportError as exc:
        raise _unavailable(f"setting up index {names.index}", exc) from exc
    if created:
        log.info("index_created index=%s alias=%s", names.index, names.alias)
    return created


async def delete_indices(client: AsyncElasticsearch, names: IndexNames) -> None:
    """Remove the template and every index of this prefix (tests and resets)."""
    try:
        await client.options(ignore_status=404).indices.delete(
            index=names.pattern, expand_wildcards="all"
        )
        await client.options(ignore_status=404).indices.delete_index_template(name=names.template)
    except TransportError as exc:
        raise _unavailable("deleting indices", exc) from exc


async def ping(client: AsyncElasticsearch) -> None:
    try:
        await client.cluster.health(timeout="5s")
    except (ApiError, TransportError) as exc:
        raise _unavailable("cluster health", exc) from exc


# -- metrics (default registry) ------------------------------------------------------------

BULK_SECONDS = Histogram(
    "chipwire_indexer_bulk_seconds",
    "Duration of one bulk attempt against Elasticsearch",
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)
BULK_DOCUMENTS = Histogram(
    "chipwire_indexer_bulk_documents",
    "Documents sent in one bulk attempt",
    buckets=(1, 5, 10, 25, 50, 100, 250, 500, 1000, 2000),
)
BULK_BYTES = Histogram(
    "chipwire_indexer_bulk_bytes",
    "Approximate body size of one bulk attempt",
    buckets=(1e3, 1e4, 5e4, 1e5, 5e5, 1e6, 5e6, 1e7, 5e7),
)
DOCUMENTS = Counter(
    "chipwire_indexer_documents_total",
    "Bulk items by final outcome (ok, stale, rejected)",
    ["outcome"],
)
ERRORS = Counter(
    "chipwire_indexer_errors_total",
    "Indexing errors by kind: rejected (for good), retriable (item sent again), "
    "unavailable (whole request failed)",
    ["kind"],
)
RETRIES = Counter(
    "chipwire_indexer_bulk_retries_total",
    "Bulk attempts repeated because some items could not be indexed yet",
)


# -- bulk sink -------------------------------------------------------------------------------


@dataclass(frozen=True)
class BulkReport:
    """What became of each event of one batch, in input order (no item is RETRIABLE)."""

    results: tuple[ItemResult, ...]
    attempts: int
    seconds: float

    def count(self, status: ItemStatus) -> int:
        return sum(1 for r in self.results if r.status is status)

    @property
    def rejected(self) -> list[tuple[int, RejectedDocument]]:
        """Positions of the refused events, with the error to dead-letter them with."""
        return [
            (i, RejectedDocument(_rejection_reason(r), r.detail[:1000]))
            for i, r in enumerate(self.results)
            if r.status is ItemStatus.REJECTED
        ]


def _rejection_reason(result: ItemResult) -> str:
    return NOT_SERIALISABLE if result.error_type == NOT_SERIALISABLE else "es_rejected"


Sleep = Callable[[float], Awaitable[Any]]
Recover = Callable[[], Awaitable[Any]]


# Outcome counters, bound once: ``labels()`` costs ~10 µs and ran once per item.
_OUTCOME = {status: DOCUMENTS.labels(status.value) for status in ItemStatus}
_RETRIABLE = ERRORS.labels("retriable")
_REJECTED = ERRORS.labels("rejected")
_UNAVAILABLE = ERRORS.labels("unavailable")
# Only what the sink reads of a bulk answer: less for Elasticsearch to write and for us to parse.
_FILTER_PATH = "errors,items.*.status,items.*.error"


@dataclass
class BulkSink:
    """Indexes batches of tagged stories through the alias, retrying until all are answered.

    ``max_attempts`` None (the worker) retries forever: the caller does not move on, so
    Kafka offsets do not move either. A number (CLI, tests) raises ``SearchUnavailable`` once
    spent.
    """

    client: AsyncElasticsearch
    names: IndexNames
    chunk_size: int = 500
    max_chunk_bytes: int = 10 * 1024 * 1024
    first_delay_s: float = 0.5
    max_delay_s: float = 30.0
    max_attempts: int | None = None
    refresh: bool | str = False
    sleep: Sleep = field(default=asyncio.sleep)
    # Called before a retry when the index or alias has gone (e.g. ``ensure_index``).
    recover: Recover | None = None

    async def index(self, events: Sequence[StoryTagged]) -> BulkReport:
        return await self.send_actions([index_action(e, self.names) for e in events])

    async def send_actions(self, actions: Sequence[Mapping[str, Any]]) -> BulkReport:
        """Send ready-made bulk actions (``index_action``); exposed for tests and tools.

        Each action is serialised once, here; one that cannot be is answered at once as
        refused (``not_serialisable``), never sent and never retried.
        """
        started = time.perf_counter()
        results: list[ItemResult | None] = [None] * len(actions)
        encoded: list[EncodedAction | None] = [None] * len(actions)
        for pos, action in enumerate(actions):
            try:
                encoded[pos] = encode_action(action)
            except NotSerialisable as exc:
                refused = results[pos] = not_serialisable(str(exc))
                self._count(refused, action.get("_id"))
        pending = [i for i, e in enumerate(encoded) if e is not None]
        attempts = 0
        delay = self.first_delay_s
        while pending:
            attempts += 1
            answers = await self._attempt([e for i in pending if (e := encoded[i]) is not None])
            still: list[int] = []
            for pos, answer in zip(pending, answers, strict=True):
                if answer.status is ItemStatus.RETRIABLE:
                    still.append(pos)
                    _RETRIABLE.inc()
                else:
                    results[pos] = answer
                    self._count(answer, actions[pos].get("_id"))
            pending = still
            if not pending:
                break
            reason = next((a.detail for a in answers if a.status is ItemStatus.RETRIABLE), "")
            if self.max_attempts is not None and attempts >= self.max_attempts:
                raise SearchUnavailable(
                    f"{len(pending)} document(s) not indexed after {attempts} attempts: {reason}"
                )
            RETRIES.inc()
            pause = delay * random.uniform(0.8, 1.2)
            log.warning(
                "bulk_retry pending=%d attempt=%d retry_in_s=%.2f reason=%s",
                len(pending),
                attempts,
                pause,
                reason[:300],
            )
            await self.sleep(pause)
            delay = min(delay * 2, self.max_delay_s)
            if self.recover is not None and any(
                a.error_type == "index_not_found_exception" for a in answers
            ):
                try:
                    await self.recover()
                except SearchUnavailable as exc:
                    log.warning("index_recover_failed error=%s", exc)
        final = tuple(r for r in results if r is not None)
        return BulkReport(final, attempts, time.perf_counter() - started)

    @staticmethod
    def _count(answer: ItemResult, doc_id: Any) -> None:
        _OUTCOME[answer.status].inc()
        if answer.status is ItemStatus.REJECTED:
            _REJECTED.inc()
            log.warning("document_rejected id=%s detail=%s", doc_id, answer.detail[:300])

    async def _attempt(self, actions: Sequence[EncodedAction]) -> list[ItemResult]:
        """One pass over ``actions``; every action gets an answer, failures included."""
        answers: list[ItemResult] = []
        for chunk in chunks(actions, max(self.chunk_size, 1), self.max_chunk_bytes):
            body = b"".join(a.body for a in chunk)
            BULK_DOCUMENTS.observe(len(chunk))
            BULK_BYTES.observe(len(body))
            started = time.perf_counter()
            try:
                kwargs: dict[str, Any] = {"refresh": self.refresh} if self.refresh else {}
                resp = await self.client.bulk(
                    operations=cast(Any, body),
                    require_alias=True,
                    filter_path=_FILTER_PATH,
                    **kwargs,
                )
                answers.extend(item_results(resp.body, len(chunk)))
            except ApiError as exc:
                # The whole request was refused (overload, or auth/config to be fixed by an
                # operator): none of its remaining items is lost, all are sent again.
                _UNAVAILABLE.inc()
                failure = ItemResult(
                    ItemStatus.RETRIABLE, exc.status_code, _error_type(exc), str(exc)
                )
                answers.extend([failure] * (len(actions) - len(answers)))
                break
            except TransportError as exc:
                _UNAVAILABLE.inc()
                failure = ItemResult(ItemStatus.RETRIABLE, 0, type(exc).__name__, str(exc))
                answers.extend([failure] * (len(actions) - len(answers)))
                break
            finally:
                BULK_SECONDS.observe(time.perf_counter() - started)
        return answers


# -- searching -------------------------------------------------------------------------------


async def raw_search(
    client: AsyncElasticsearch, names: IndexNames, body: Mapping[str, Any]
) -> dict[str, Any]:
    try:
        resp = await client.search(index=names.alias, body=dict(body))
    except ApiError as exc:
        if _is_retriable(exc):
            raise _unavailable("search", exc) from exc
        if exc.status_code == 404:
            raise ConfigError(
                f"no index behind {names.alias}: start the indexer (or check CHIPWIRE_INDEX_PREFIX)"
            ) from exc
        raise BadInput("bad_query", str(exc)) from exc
    except TransportError as exc:
        raise _unavailable("search", exc) from exc
    return dict(resp.body)


async def search_stories(
    client: AsyncElasticsearch,
    names: IndexNames,
    text: str | None,
    filters: StoryFilters | None = None,
    *,
    sort: SortOrder = SortOrder.RELEVANCE,
    size: int = 10,
) -> SearchResult:
    body = build_search(text, filters, sort=sort, size=size)
    return parse_search(await raw_search(client, names, body))


async def deal_totals(
    client: AsyncElasticsearch,
    names: IndexNames,
    by: DealGrouping,
    filters: StoryFilters | None = None,
    *,
    order: DealOrder = DealOrder.USD,
    size: int = 50,
) -> DealReport:
    body = deal_aggregations(by, filters, order=order, size=size)
    return parse_deal_aggregations(await raw_search(client, names, body), by)


async def refresh(client: AsyncElasticsearch, names: IndexNames) -> None:
    try:
        await client.indices.refresh(index=names.alias)
    except (ApiError, TransportError) as exc:
        raise _unavailable("refresh", exc) from exc
