"""Deal totals over the ledger: each real-world deal counted once, grouped.

The deals index (``<prefix>-deals``) holds one document per real-world deal, so a plain
``terms`` (or ``date_histogram``) aggregation counts distinct deals: per group the number of
deals, the distinct stories that report them (``nested`` over ``stories``, ``cardinality``
of ``stories.story_id``), the sum of ``amount_usd`` and the sum of ``quantity`` per ``unit``
(GPUs and wafers are not added up). Months are those of ``first_reported``.

A deal that a story states as a part of a stated total (``part_of`` set: "260,000 GPUs to
Korea: 50,000 to Samsung, ...") is counted as a deal, but its USD and units are not added
again: the sums are taken under a ``counted`` filter that leaves parts out (``NOT_A_PART``).

Pure: the request body and the reading of the answer; the search call is
``shared.ledger.store.ledger_totals``. The result types are those of the story-index totals
(``shared.indexing.aggregations``), so one renderer serves both.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from shared.indexing.aggregations import (
    MAX_GROUPS,
    DealGrouping,
    DealOrder,
    DealReport,
    DealTotal,
    group_bucket,
)
from shared.ledger.documents import deals_query

# ``cardinality`` counts exactly (bar hash collisions) below this many values per bucket,
# approximately above; 40,000 is the most Elasticsearch accepts.
STORY_PRECISION = 40_000
MONTH_FIELD = "first_reported"

_GROUP_FIELD = {
    DealGrouping.BUYER: "buyer",
    DealGrouping.VENDOR: "vendor",
    DealGrouping.COUNTRY: "buyer_country",
    DealGrouping.UNIT: "unit",
}
# Sums leave out the parts of a stated total (they are in that total already).
COUNTED = "counted"
NOT_A_PART: dict[str, Any] = {"bool": {"must_not": [{"exists": {"field": "part_of"}}]}}
_ORDER_KEY = {
    DealOrder.USD: f"{COUNTED}>usd",
    DealOrder.UNITS: f"{COUNTED}>quantity",
    DealOrder.DEALS: "_count",
}


@dataclass(frozen=True)
class LedgerFilters:
    """Exact (keyword) filters on the ledger, as ``deals_query`` applies them.

    ``buyer_country`` is an ISO code (upper-cased); ``source`` is any of the deal's sources;
    ``since``/``until`` bound ``last_reported`` (both inclusive).
    """

    vendor: str | None = None
    buyer: str | None = None
    buyer_country: str | None = None
    unit: str | None = None
    source: str | None = None
    since: datetime | None = None
    until: datetime | None = None

    def kwargs(self) -> dict[str, Any]:
        """Keyword arguments for ``deals_query``, ``search_deals`` and ``read_deals``."""
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}

    def query(self) -> dict[str, Any]:
        query: dict[str, Any] = deals_query(**self.kwargs())["query"]
        return query


def _totals() -> dict[str, Any]:
    """Per group: all its deals (``doc_count``) and stories; sums over deals not parts."""
    return {
        COUNTED: {
            "filter": NOT_A_PART,
            "aggs": {
                "usd": {"sum": {"field": "amount_usd"}},
                "quantity": {"sum": {"field": "quantity"}},
                "priced": {"value_count": {"field": "amount_usd"}},
                "units": {
                    "terms": {"field": "unit", "size": 50},
                    "aggs": {"quantity": {"sum": {"field": "quantity"}}},
                },
            },
        },
        "stories": {
            "nested": {"path": "stories"},
            "aggs": {
                "distinct": {
                    "cardinality": {
                        "field": "stories.story_id",
                        "precision_threshold": STORY_PRECISION,
                    }
                }
            },
        },
    }


def ledger_aggregations(
    by: DealGrouping,
    filters: LedgerFilters | None = None,
    *,
    order: DealOrder = DealOrder.USD,
    size: int = 25,
) -> dict[str, Any]:
    """Body of a ``_search`` request (``size: 0``) totalling the matching ledger deals.

    Groups are ordered by ``order`` (then USD, units, deals, key); months by date, all of
    them. A deal without the grouped field falls in ``(unknown)``; ``all`` totals every
    matching deal, shown or not.
    """
    filters = filters or LedgerFilters()
    size = max(1, min(size, MAX_GROUPS))
    group = group_bucket(
        by,
        month_field=MONTH_FIELD,
        term_field=_GROUP_FIELD.get(by, ""),
        size=size,
        order_keys=(_ORDER_KEY[order], *_ORDER_KEY.values()),
    )
    group["aggs"] = _totals()
    return {
        "size": 0,
        "track_total_hits": True,
        "query": filters.query(),
        "aggs": {
            "groups": group,
            "all": {"filter": {"match_all": {}}, "aggs": _totals()},
        },
    }


def _number(bucket: Mapping[str, Any], name: str) -> float:
    value = bucket.get(name, {}).get("value")
    return float(value) if value is not None else 0.0


def _total(key: str, bucket: Mapping[str, Any]) -> DealTotal:
    counted = bucket.get(COUNTED, {})
    units = tuple(
        (str(b["key"]), round(_number(b, "quantity")))
        for b in counted.get("units", {}).get("buckets", [])
    )
    return DealTotal(
        key=key,
        deals=int(bucket.get("doc_count", 0)),
        stories=round(_number(bucket.get("stories", {}), "distinct")),
        amount_usd=_number(counted, "usd"),
        priced_deals=round(_number(counted, "priced")),
        units=units,
    )


def parse_ledger_aggregations(response: Mapping[str, Any], by: DealGrouping) -> DealReport:
    """The answer to ``ledger_aggregations`` (an empty mapping reads as no deals).

    ``DealReport.stories`` is the number of distinct stories reporting the matching deals
    (the same as ``total.stories``); ``total.deals`` the number of matching deals.
    """
    aggs = response.get("aggregations", {})
    groups = tuple(
        _total(str(b.get("key_as_string", b["key"])), b)
        for b in aggs.get("groups", {}).get("buckets", [])
    )
    total = _total("total", aggs.get("all", {}))
    return DealReport(by=by, stories=total.stories, groups=groups, total=total)
