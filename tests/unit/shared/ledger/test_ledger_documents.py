"""Deal documents, index changes and the read-back query."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from shared.ledger import apply_all, entries
from shared.ledger.documents import (
    MAPPING,
    alias_name,
    bulk_actions,
    deals_query,
    diff,
    index_name,
    rows_from_hits,
    to_doc,
)

from .ledger_fixtures import EN_260K, FR_QUARTER_MILLION, KO_26MAN, PARTS_EN


def test_names() -> None:
    assert alias_name("chipwire") == "chipwire-deals"
    assert index_name("t1") == "t1-deals-v1"


def test_doc_is_json_and_fits_the_strict_mapping() -> None:
    [entry] = entries(apply_all({}, [FR_QUARTER_MILLION, EN_260K, KO_26MAN]))
    doc = to_doc(entry)
    assert json.loads(json.dumps(doc)) == doc
    assert doc["deal_id"] == entry.deal_id
    assert doc["story_count"] == 3
    assert doc["sources"] == ["ATS", "Reuters", "Yonhap"]
    assert doc["languages"] == ["en", "fr", "ko"]
    assert set(doc) <= set(MAPPING["properties"])
    assert set(doc["stories"][0]) <= set(MAPPING["properties"]["stories"]["properties"])


def test_diff_upserts_changed_and_deletes_vanished() -> None:
    written = {"a": {"x": 1}, "b": {"x": 2}, "c": {"x": 3}}
    wanted = {"a": {"x": 1}, "b": {"x": 20}, "d": {"x": 4}}
    changes = diff(written, wanted)
    assert changes.upserts == (("b", {"x": 20}), ("d", {"x": 4}))
    assert changes.deletes == ("c",)
    assert not diff(wanted, wanted)
    actions = bulk_actions(changes, "chipwire-deals")
    assert [(a["_op_type"], a["_id"]) for a in actions] == [
        ("index", "b"),
        ("index", "d"),
        ("delete", "c"),
    ]


def test_query_filters_and_sort() -> None:
    body = deals_query(vendor="Nvidia", buyer_country="kr", since=datetime(2025, 10, 1, tzinfo=UTC),
                       sort="units", size=5)  # fmt: skip
    filters = body["query"]["bool"]["filter"]
    assert {"term": {"vendor": "Nvidia"}} in filters
    assert {"term": {"buyer_country": "KR"}} in filters
    assert {"range": {"last_reported": {"gte": "2025-10-01T00:00:00+00:00"}}} in filters
    assert body["sort"][0] == {"quantity": {"order": "desc", "missing": "_last"}}
    assert body["size"] == 5
    assert deals_query()["query"] == {"match_all": {}}
    with pytest.raises(ValueError):
        deals_query(sort="nope")


def test_rows_from_hits() -> None:
    docs = [to_doc(e) for e in entries(apply_all({}, [PARTS_EN]))]
    rows = rows_from_hits({"_id": d["deal_id"], "_source": d} for d in docs)
    assert sorted(r.quantity or 0 for r in rows) == [2_000, 3_000, 8_000, 13_000]
    assert all(r.story_ids == ("afp-total-and-parts",) and r.story_count == 1 for r in rows)
