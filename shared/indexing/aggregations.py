"""Deal totals over the story index: units and USD by buyer, vendor, buyer country or month.

Deals are ``nested`` objects of the story documents, so every total is a nested aggregation:
group the deals, then sum ``quantity`` per ``unit`` (GPUs and wafers are not added up) and
``amount_usd``, and count the stories they come from (``reverse_nested``).

These are *mentions*: two agencies reporting the same deal count twice. The deal ledger
(``deals`` topic) is the place for distinct deals; this module only reads the search index,
and its request/answer halves are kept apart so that other readers can reuse them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from shared.indexing.query import StoryFilters, story_query

MAX_GROUPS = 1000


class DealOrder(StrEnum):
    USD = "usd"
    UNITS = "units"
    DEALS = "deals"


_ORDER_KEY = {DealOrder.USD: "usd", DealOrder.UNITS: "quantity", DealOrder.DEALS: "_count"}


class DealGrouping(StrEnum):
    BUYER = "buyer"
    VENDOR = "vendor"
    COUNTRY = "country"
    MONTH = "month"
    UNIT = "unit"


_GROUP_FIELD = {
    DealGrouping.BUYER: "deals.buyer",
    DealGrouping.VENDOR: "deals.vendor",
    DealGrouping.COUNTRY: "deals.buyer_country",
    DealGrouping.UNIT: "deals.unit",
}


def group_bucket(
    by: DealGrouping, *, month_field: str, term_field: str, size: int, order_keys: tuple[str, ...]
) -> dict[str, Any]:
    """The grouping aggregation of a deal report: months by date, otherwise the top ``size``
    terms ordered by ``order_keys`` (first one wins, duplicates dropped), then by key; deals
    without the field fall in ``(unknown)``."""
    if by is DealGrouping.MONTH:
        return {
            "date_histogram": {
                "field": month_field,
                "calendar_interval": "month",
                "format": "yyyy-MM",
                "min_doc_count": 1,
                "order": {"_key": "asc"},
            }
        }
    return {
        "terms": {
            "field": term_field,
            "size": size,
            "order": [{key: "desc"} for key in dict.fromkeys(order_keys)] + [{"_key": "asc"}],
            "missing": "(unknown)",
        }
    }


def _totals() -> dict[str, Any]:
    return {
        "usd": {"sum": {"field": "deals.amount_usd"}},
        "quantity": {"sum": {"field": "deals.quantity"}},
        "priced": {"value_count": {"field": "deals.amount_usd"}},
        "units": {
            "terms": {"field": "deals.unit", "size": 50},
            "aggs": {"quantity": {"sum": {"field": "deals.quantity"}}},
        },
        "stories": {"reverse_nested": {}},
    }


def deal_aggregations(
    by: DealGrouping,
    filters: StoryFilters | None = None,
    *,
    order: DealOrder = DealOrder.USD,
    size: int = 50,
) -> dict[str, Any]:
    """Body of a ``_search`` request (``size: 0``) totalling the deals of matching stories.

    Deal conditions (``min_units``, ``min_usd``, ``unit``) select stories *and* the deals
    counted within them. Groups are ordered by ``order`` (months by date); ``quantity`` adds
    up every unit and only serves ordering, ``units`` gives the sums per unit.
    """
    filters = filters or StoryFilters()
    size = max(1, min(size, MAX_GROUPS))
    group = group_bucket(
        by,
        month_field="deals.date",
        term_field=_GROUP_FIELD.get(by, ""),
        size=size,
        order_keys=(_ORDER_KEY[order], "usd", "quantity", "_count"),
    )
    group["aggs"] = _totals()
    inner: dict[str, Any] = {
        "groups": group,
        "all": {"filter": {"match_all": {}}, "aggs": _totals()},
    }
    deal_filter = filters.deal_clauses()
    if deal_filter:
        inner = {"selected": {"filter": {"bool": {"filter": deal_filter}}, "aggs": inner}}
    return {
        "size": 0,
        "track_total_hits": True,
        "query": story_query(None, filters),
        "aggs": {"deals": {"nested": {"path": "deals"}, "aggs": inner}},
    }


@dataclass(frozen=True)
class DealTotal:
    key: str
    deals: int
    stories: int
    amount_usd: float
    priced_deals: int
    units: tuple[tuple[str, int], ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "deals": self.deals,
            "stories": self.stories,
            "amount_usd": self.amount_usd,
            "priced_deals": self.priced_deals,
            "units": dict(self.units),
        }


@dataclass(frozen=True)
class DealReport:
    by: DealGrouping
    stories: int
    groups: tuple[DealTotal, ...]
    total: DealTotal


def _total(key: str, bucket: Mapping[str, Any]) -> DealTotal:
    units = tuple(
        (str(b["key"]), round(b["quantity"]["value"] or 0))
        for b in bucket.get("units", {}).get("buckets", [])
    )
    return DealTotal(
        key=key,
        deals=int(bucket.get("doc_count", 0)),
        stories=int(bucket.get("stories", {}).get("doc_count", 0)),
        amount_usd=float(bucket.get("usd", {}).get("value") or 0.0),
        priced_deals=int(bucket.get("priced", {}).get("value") or 0),
        units=units,
    )


def parse_deal_aggregations(response: Mapping[str, Any], by: DealGrouping) -> DealReport:
    aggs = response.get("aggregations", {}).get("deals", {})
    if "selected" in aggs:
        aggs = aggs["selected"]
    groups = tuple(
        _total(str(b.get("key_as_string", b["key"])), b)
        for b in aggs.get("groups", {}).get("buckets", [])
    )
    total_hits = response.get("hits", {}).get("total", {})
    stories = int(total_hits.get("value", 0)) if isinstance(total_hits, Mapping) else 0
    return DealReport(
        by=by,
        stories=stories,
        groups=groups,
        total=_total("total", aggs.get("all", {})),
    )
