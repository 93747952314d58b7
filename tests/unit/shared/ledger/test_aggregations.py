"""Ledger totals: the request body and the reading of (hand-written) answers."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from shared.indexing import DealGrouping, DealOrder, DealReport, DealTotal
from shared.ledger.aggregations import (
    STORY_PRECISION,
    LedgerFilters,
    ledger_aggregations,
    parse_ledger_aggregations,
)
from shared.ledger.documents import MAPPING, deals_query


def test_groups_are_plain_terms_over_the_deal_documents() -> None:
    body = ledger_aggregations(DealGrouping.BUYER, order=DealOrder.UNITS, size=7)
    assert body["size"] == 0
    assert body["track_total_hits"] is True
    assert body["query"] == {"match_all": {}}
    terms = body["aggs"]["groups"]["terms"]
    assert terms["field"] == "buyer"
    assert terms["size"] == 7
    assert terms["missing"] == "(unknown)"
    assert terms["order"] == [
        {"counted>quantity": "desc"},
        {"counted>usd": "desc"},
        {"_count": "desc"},
        {"_key": "asc"},
    ]
    sub = body["aggs"]["groups"]["aggs"]
    # sums leave out the parts of a stated total (already in that total) ...
    assert sub["counted"]["filter"] == {
        "bool": {"must_not": [{"exists": {"field": "part_of"}}]}
    }
    assert MAPPING["properties"]["part_of"] == {"type": "keyword"}
    sums = sub["counted"]["aggs"]
    assert sums["usd"] == {"sum": {"field": "amount_usd"}}
    assert sums["priced"] == {"value_count": {"field": "amount_usd"}}
    assert sums["units"]["terms"]["field"] == "unit"
    assert sums["units"]["aggs"] == {"quantity": {"sum": {"field": "quantity"}}}
    # ... while deals (doc_count) and stories count every deal of the group
    assert set(sub) == {"counted", "stories"}
    # stories are counted distinct, through the nested story references
    assert sub["stories"] == {
        "nested": {"path": "stories"},
        "aggs": {
            "distinct": {
                "cardinality": {
                    "field": "stories.story_id",
                    "precision_threshold": STORY_PRECISION,
                }
            }
        },
    }
    assert body["aggs"]["all"] == {"filter": {"match_all": {}}, "aggs": sub}
    assert "nested" not in body["aggs"]["groups"]  # one document per deal: no nesting


@pytest.mark.parametrize(
    ("by", "field"),
    [
        (DealGrouping.BUYER, "buyer"),
        (DealGrouping.VENDOR, "vendor"),
        (DealGrouping.COUNTRY, "buyer_country"),
        (DealGrouping.UNIT, "unit"),
    ],
)
def test_grouped_fields_exist_in_the_ledger_mapping(by: DealGrouping, field: str) -> None:
    terms = ledger_aggregations(by)["aggs"]["groups"]["terms"]
    assert terms["field"] == field
    assert MAPPING["properties"][field]["type"] == "keyword"


def test_order_and_size() -> None:
    usd = ledger_aggregations(DealGrouping.VENDOR)["aggs"]["groups"]["terms"]
    assert usd["order"][0] == {"counted>usd": "desc"}
    assert usd["size"] == 25
    deals = ledger_aggregations(DealGrouping.VENDOR, order=DealOrder.DEALS, size=10_000)
    terms = deals["aggs"]["groups"]["terms"]
    assert terms["order"][0] == {"_count": "desc"}
    assert terms["size"] == 1000  # MAX_GROUPS
    assert ledger_aggregations(DealGrouping.UNIT, size=0)["aggs"]["groups"]["terms"]["size"] == 1


def test_months_are_those_of_the_first_report() -> None:
    group = ledger_aggregations(DealGrouping.MONTH)["aggs"]["groups"]
    histogram = group["date_histogram"]
    assert histogram["field"] == "first_reported"
    assert histogram["calendar_interval"] == "month"
    assert histogram["format"] == "yyyy-MM"
    assert histogram["order"] == {"_key": "asc"}
    assert MAPPING["properties"]["first_reported"]["type"] == "date"


def test_filters_are_those_of_the_deal_list() -> None:
    filters = LedgerFilters(
        vendor="Nvidia",
        buyer_country="kr",
        unit="gpu",
        source="AFP",
        since=datetime(2025, 10, 1, tzinfo=UTC),
        until=datetime(2025, 10, 31, 23, 59, tzinfo=UTC),
    )
    body = ledger_aggregations(DealGrouping.BUYER, filters)
    assert body["query"] == deals_query(**filters.kwargs())["query"]
    clauses = body["query"]["bool"]["filter"]
    assert {"term": {"vendor": "Nvidia"}} in clauses
    assert {"term": {"buyer_country": "KR"}} in clauses
    assert {"term": {"unit": "gpu"}} in clauses
    assert {"term": {"sources": "AFP"}} in clauses
    assert {
        "range": {
            "last_reported": {
                "gte": "2025-10-01T00:00:00+00:00",
                "lte": "2025-10-31T23:59:00+00:00",
            }
        }
    } in clauses
    assert len(clauses) == 5
    assert LedgerFilters().kwargs() == {
        "vendor": None,
        "buyer": None,
        "buyer_country": None,
        "unit": None,
        "source": None,
        "since": None,
        "until": None,
    }


# ---- answers ------------------------------------------------------------------------------


def _metrics(
    deals: int, usd: float, priced: int, units: dict[str, float], stories: int, refs: int
) -> dict[str, Any]:
    """What ``_totals`` answers for ``deals`` deals with ``refs`` story references."""
    return {
        "doc_count": deals,
        "counted": {
            "doc_count": deals,
            "usd": {"value": usd},
            "quantity": {"value": float(sum(units.values()))},
            "priced": {"value": priced},
            "units": {
                "doc_count_error_upper_bound": 0,
                "sum_other_doc_count": 0,
                "buckets": [
                    {"key": k, "doc_count": 1, "quantity": {"value": v}}
                    for k, v in units.items()
                ],
            },
        },
        "stories": {"doc_count": refs, "distinct": {"value": stories}},
    }


def _bucket(key: Any, *metrics: Any) -> dict[str, Any]:
    return {"key": key, **_metrics(*metrics)}


# Three stories report one 260,000-GPU deal to Korea; two stories each report the same two
# parts (8,000 to Samsung, 3,000 to SK hynix, 2,000 to an unnamed Korean buyer); one story a
# $500m deal of Rebellions with no count. Three groups shown of five.
BY_BUYER = {
    "took": 3,
    "timed_out": False,
    "hits": {"total": {"value": 5, "relation": "eq"}, "max_score": None, "hits": []},
    "aggregations": {
        "groups": {
            "doc_count_error_upper_bound": 0,
            "sum_other_doc_count": 2,
            "buckets": [
                _bucket("Rebellions", 1, 5.0e8, 1, {}, 1, 1),
                _bucket("South Korea", 1, 0.0, 0, {"gpu": 260_000.0}, 3, 3),
                _bucket("Samsung Electronics", 1, 0.0, 0, {"gpu": 8_000.0}, 2, 2),
            ],
        },
        "all": _metrics(5, 5.0e8, 1, {"gpu": 273_000.0}, 6, 10),
    },
}


def test_parse_by_buyer() -> None:
    report = parse_ledger_aggregations(BY_BUYER, DealGrouping.BUYER)
    assert report == DealReport(
        by=DealGrouping.BUYER,
        stories=6,
        groups=(
            DealTotal("Rebellions", 1, 1, 5.0e8, 1, ()),
            DealTotal("South Korea", 1, 3, 0.0, 0, (("gpu", 260_000),)),
            DealTotal("Samsung Electronics", 1, 2, 0.0, 0, (("gpu", 8_000),)),
        ),
        # stories are distinct (6), not the 10 story references of the 5 deals
        total=DealTotal("total", 5, 6, 5.0e8, 1, (("gpu", 273_000),)),
    )
    assert report.total.as_json() == {
        "key": "total",
        "deals": 5,
        "stories": 6,
        "amount_usd": 5.0e8,
        "priced_deals": 1,
        "units": {"gpu": 273_000},
    }


def test_parse_months_use_the_formatted_key() -> None:
    response = {
        "hits": {"total": {"value": 2, "relation": "eq"}, "hits": []},
        "aggregations": {
            "groups": {
                "buckets": [
                    {
                        **_bucket(1759276800000, 1, 0.0, 0, {"gpu": 260_000.0}, 3, 3),
                        "key_as_string": "2025-10",
                    },
                    {
                        **_bucket(1761955200000, 1, 1.2e9, 1, {"wafer": 1_000.0}, 1, 1),
                        "key_as_string": "2025-11",
                    },
                ]
            },
            "all": _metrics(2, 1.2e9, 1, {"gpu": 260_000.0, "wafer": 1_000.0}, 4, 4),
        },
    }
    report = parse_ledger_aggregations(response, DealGrouping.MONTH)
    assert [g.key for g in report.groups] == ["2025-10", "2025-11"]
    assert report.groups[1].amount_usd == 1.2e9
    assert report.total.units == (("gpu", 260_000), ("wafer", 1_000))
    assert (report.total.deals, report.stories) == (2, 4)


def test_parse_nothing() -> None:
    # what an empty index answers (sums of nothing are 0, a cardinality of nothing is 0)
    empty = {
        "hits": {"total": {"value": 0, "relation": "eq"}, "hits": []},
        "aggregations": {
            "groups": {"doc_count_error_upper_bound": 0, "sum_other_doc_count": 0, "buckets": []},
            "all": {
                "doc_count": 0,
                "counted": {
                    "doc_count": 0,
                    "usd": {"value": 0.0},
                    "quantity": {"value": 0.0},
                    "priced": {"value": 0},
                    "units": {"buckets": []},
                },
                "stories": {"doc_count": 0, "distinct": {"value": 0}},
            },
        },
    }
    zero = DealReport(DealGrouping.COUNTRY, 0, (), DealTotal("total", 0, 0, 0.0, 0, ()))
    assert parse_ledger_aggregations(empty, DealGrouping.COUNTRY) == zero
    # no index yet: the store passes an empty answer
    assert parse_ledger_aggregations({}, DealGrouping.COUNTRY) == zero


def test_parse_tolerates_null_metrics() -> None:
    bucket = _bucket("x", 1, 0.0, 0, {}, 1, 1)
    bucket["counted"]["usd"] = {"value": None}
    response = {"aggregations": {"groups": {"buckets": [bucket]}, "all": bucket}}
    report = parse_ledger_aggregations(response, DealGrouping.VENDOR)
    assert report.groups[0].amount_usd == 0.0
