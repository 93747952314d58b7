from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from shared.indexing import SortOrder, StoryFilters, build_search, parse_search, story_query


def _bool(body: dict[str, Any]) -> dict[str, Any]:
    return dict(body["query"]["bool"])


def test_text_goes_to_every_language_field() -> None:
    body = build_search("puce")
    mm = _bool(body)["must"][0]["multi_match"]
    assert mm["query"] == "puce"
    assert mm["operator"] == "and"
    for f in ("headline^2", "text", "text_fr", "text_de", "text_cjk", "text_en", "text_nl"):
        assert f in mm["fields"]
    assert set(body["highlight"]["fields"]) >= {"text", "text_fr", "text_cjk"}
    assert body["sort"][0] == "_score"


def test_withdrawn_left_out_unless_asked() -> None:
    assert _bool(build_search("x"))["must_not"] == [{"term": {"pub_status": "canceled"}}]
    assert story_query(None, StoryFilters(include_withdrawn=True)) == {"match_all": {}}


def test_filters() -> None:
    filters = StoryFilters(
        tags=("ai-chips", "korea"),
        companies=("Nvidia",),
        countries=("kr",),
        languages=("FR", "ko"),
        sources=("AFP",),
        since=datetime(2025, 3, 1, tzinfo=UTC),
        until=datetime(2025, 3, 8, tzinfo=UTC),
        min_units=1000,
        min_usd=1e6,
        unit="gpu",
    )
    flt = _bool(build_search(None, filters))["filter"]
    assert {"term": {"tags": "ai-chips"}} in flt
    assert {"term": {"tags": "korea"}} in flt
    assert {"terms": {"companies": ["Nvidia"]}} in flt
    assert {"terms": {"countries": ["KR"]}} in flt
    assert {"terms": {"language": ["fr", "ko"]}} in flt
    assert {"terms": {"source": ["AFP"]}} in flt
    assert {
        "range": {"date": {"gte": "2025-03-01T00:00:00+00:00", "lt": "2025-03-08T00:00:00+00:00"}}
    } in flt
    nested = next(c["nested"] for c in flt if "nested" in c)
    assert nested["path"] == "deals"
    deal = nested["query"]["bool"]["filter"]
    assert {"range": {"deals.quantity": {"gte": 1000}}} in deal
    assert {"range": {"deals.amount_usd": {"gte": 1e6}}} in deal
    assert {"term": {"deals.unit": "gpu"}} in deal


def test_sort_by_date_and_no_text() -> None:
    by_date = build_search("chips", sort=SortOrder.DATE)
    assert next(iter(by_date["sort"][0])) == "date"
    assert "_score" in by_date["sort"]
    no_text = build_search(None)
    assert next(iter(no_text["sort"][0])) == "date"
    assert "_score" not in no_text["sort"]
    assert "highlight" not in no_text
    assert "must" not in _bool(no_text)


def test_size_bounds() -> None:
    assert build_search("x", size=0)["size"] == 0
    with pytest.raises(ValueError):
        build_search("x", size=5000)


def test_parse_search_prefers_language_snippets() -> None:
    resp = {
        "hits": {
            "total": {"value": 3, "relation": "eq"},
            "hits": [
                {
                    "_id": "urn:a",
                    "_score": 2.5,
                    "_source": {
                        "story_id": "urn:a",
                        "version": 2,
                        "headline": "H",
                        "date": "2025-03-14T09:30:00+00:00",
                        "language": "fr",
                        "tags": ["ai-chips"],
                        "deals": [{"quantity": 5}],
                    },
                    "highlight": {"text": ["plain"], "text_fr": ["<em>puces</em>"]},
                }
            ],
        }
    }
    result = parse_search(resp)
    assert result.total == 3
    hit = result.hits[0]
    assert hit.snippets == ("<em>puces</em>",)
    assert hit.version == 2
    assert hit.tags == ("ai-chips",)
    assert hit.as_json()["deals"] == [{"quantity": 5}]
