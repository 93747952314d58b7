from __future__ import annotations

from typing import Any

from shared.indexing import (
    DealGrouping,
    DealOrder,
    StoryFilters,
    deal_aggregations,
    parse_deal_aggregations,
)


def test_groups_are_nested_terms() -> None:
    body = deal_aggregations(DealGrouping.BUYER, order=DealOrder.UNITS)
    assert body["size"] == 0
    nested = body["aggs"]["deals"]
    assert nested["nested"] == {"path": "deals"}
    terms = nested["aggs"]["groups"]["terms"]
    assert terms["field"] == "deals.buyer"
    assert terms["order"][0] == {"quantity": "desc"}
    sub = nested["aggs"]["groups"]["aggs"]
    assert sub["usd"] == {"sum": {"field": "deals.amount_usd"}}
    assert sub["units"]["terms"]["field"] == "deals.unit"
    assert sub["stories"] == {"reverse_nested": {}}


def test_months_and_countries() -> None:
    month = deal_aggregations(DealGrouping.MONTH)["aggs"]["deals"]["aggs"]["groups"]
    assert month["date_histogram"]["field"] == "deals.date"
    assert month["date_histogram"]["calendar_interval"] == "month"
    country = deal_aggregations(DealGrouping.COUNTRY)["aggs"]["deals"]["aggs"]["groups"]
    assert country["terms"]["field"] == "deals.buyer_country"


def test_deal_conditions_select_the_counted_deals_too() -> None:
    body = deal_aggregations(DealGrouping.VENDOR, StoryFilters(min_units=100, tags=("korea",)))
    selected = body["aggs"]["deals"]["aggs"]["selected"]
    assert selected["filter"]["bool"]["filter"] == [{"range": {"deals.quantity": {"gte": 100}}}]
    assert "groups" in selected["aggs"]
    assert {"term": {"tags": "korea"}} in body["query"]["bool"]["filter"]


def _bucket(
    key: Any, count: int, usd: float, units: dict[str, int], stories: int
) -> dict[str, Any]:
    return {
        "key": key,
        "doc_count": count,
        "usd": {"value": usd},
        "quantity": {"value": float(sum(units.values()))},
        "priced": {"value": count},
        "units": {
            "buckets": [
                {"key": k, "doc_count": 1, "quantity": {"value": float(v)}}
                for k, v in units.items()
            ]
        },
        "stories": {"doc_count": stories},
    }


def test_parse() -> None:
    resp = {
        "hits": {"total": {"value": 4}},
        "aggregations": {
            "deals": {
                "doc_count": 3,
                "selected": {
                    "doc_count": 3,
                    "groups": {
                        "buckets": [
                            _bucket("Samsung", 2, 1.8e9, {"gpu": 60000}, 2),
                            {
                                **_bucket(1740787200000, 1, 0.0, {"wafer": 10}, 1),
                                "key_as_string": "2025-03",
                            },
                        ]
                    },
                    "all": _bucket("all", 3, 1.8e9, {"gpu": 60000, "wafer": 10}, 3),
                },
            }
        },
    }
    report = parse_deal_aggregations(resp, DealGrouping.BUYER)
    assert report.stories == 4
    assert [g.key for g in report.groups] == ["Samsung", "2025-03"]
    top = report.groups[0]
    assert (top.deals, top.stories, top.amount_usd, top.units) == (2, 2, 1.8e9, (("gpu", 60000),))
    assert report.total.units == (("gpu", 60000), ("wafer", 10))
    assert report.total.as_json()["units"] == {"gpu": 60000, "wafer": 10}
