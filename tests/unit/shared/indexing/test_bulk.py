"""Bulk bodies serialised once: the lines, refusals before any request, chunks, answers."""

from __future__ import annotations

import json
from typing import Any

import pytest

from shared.indexing import IndexNames, ItemStatus, index_action, to_document
from shared.indexing.bulk import (
    NOT_SERIALISABLE,
    EncodedAction,
    NotSerialisable,
    chunks,
    encode_action,
    item_results,
)

from .fixtures import corpus

NAMES = IndexNames("unit")


def _lines(encoded: EncodedAction) -> list[Any]:
    assert encoded.body.endswith(b"\n")
    return [json.loads(line) for line in encoded.body.decode().splitlines()]


def test_lines_are_the_action_and_the_document() -> None:
    event = corpus()[0]
    encoded = encode_action(index_action(event, NAMES))
    meta, source = _lines(encoded)
    assert encoded.id == event.story.id
    assert meta == {
        "index": {
            "_index": "unit-stories",
            "_id": event.story.id,
            "version": event.story.version,
            "version_type": "external_gte",
        }
    }
    assert source == json.loads(json.dumps(to_document(event)))


def test_an_integer_beyond_64_bits_is_still_written_for_elasticsearch_to_judge() -> None:
    action = index_action(corpus()[0], NAMES)
    action["_source"] = {**action["_source"], "deal_count": 2**70}
    _, source = _lines(encode_action(action))
    assert source["deal_count"] == 2**70


@pytest.mark.parametrize(
    ("change", "detail"),
    [
        ({"_source": {"story_id": object()}}, "TypeError"),
        ({"_source": {"amount": float("nan")}, "version": 1}, None),
        ({"version": 2**63}, "outside"),
        ({"version": 0}, "outside"),
        ({"version": "7"}, "not an integer"),
        ({"version": True}, "not an integer"),
    ],
)
def test_what_cannot_be_a_bulk_line_is_refused_before_sending(
    change: dict[str, Any], detail: str | None
) -> None:
    action = {**index_action(corpus()[0], NAMES), **change}
    if detail is None:  # orjson writes NaN as null: JSON Elasticsearch can take
        assert _lines(encode_action(action))[1] == {"amount": None}
        return
    with pytest.raises(NotSerialisable, match=detail):
        encode_action(action)


def test_unserialisable_after_the_orjson_fallback_too() -> None:
    action = {**index_action(corpus()[0], NAMES), "_source": {"n": 2**70, "x": {1, 2}}}
    with pytest.raises(NotSerialisable, match="set"):
        encode_action(action)


def _enc(n: int, size: int) -> list[EncodedAction]:
    return [EncodedAction(str(i), b"x" * size) for i in range(n)]


def test_chunks_by_count_and_bytes() -> None:
    ids = lambda parts: [[a.id for a in p] for p in parts]  # noqa: E731
    assert ids(chunks(_enc(5, 10), 2, 1000)) == [["0", "1"], ["2", "3"], ["4"]]
    assert ids(chunks(_enc(4, 10), 100, 25)) == [["0", "1"], ["2", "3"]]
    # one action larger than the byte limit still goes, alone
    assert ids(chunks(_enc(2, 50), 100, 25)) == [["0"], ["1"]]
    assert list(chunks([], 10, 10)) == []


def test_item_results_classify_and_never_invent_an_answer() -> None:
    response = {
        "errors": True,
        "items": [
            {"index": {"status": 201}},
            {"index": {"status": 409, "error": {"type": "version_conflict_engine_exception"}}},
            {"index": {"status": 400, "error": {"type": "document_parsing_exception"}}},
            {"index": {"status": 429, "error": {"type": "es_rejected_execution_exception"}}},
        ],
    }
    statuses = [r.status for r in item_results(response, 6)]
    assert statuses == [
        ItemStatus.OK,
        ItemStatus.STALE,
        ItemStatus.REJECTED,
        ItemStatus.RETRIABLE,
        ItemStatus.RETRIABLE,  # no answer for the last two: sent again, not taken as done
        ItemStatus.RETRIABLE,
    ]
    assert NOT_SERIALISABLE == "not_serialisable"
