from __future__ import annotations

import pytest

from shared.indexing import ItemStatus, classify_item


@pytest.mark.parametrize("status", [200, 201])
def test_ok(status: int) -> None:
    assert classify_item(status).status is ItemStatus.OK


def test_version_conflict_is_stale() -> None:
    err = {"type": "version_conflict_engine_exception", "reason": "[x]: version conflict"}
    result = classify_item(409, err)
    assert result.status is ItemStatus.STALE
    assert "version conflict" in result.detail


@pytest.mark.parametrize(
    ("status", "err_type"),
    [
        (429, "es_rejected_execution_exception"),
        (500, "internal"),
        (503, "unavailable_shards_exception"),
        (404, "index_not_found_exception"),
        (403, "cluster_block_exception"),
    ],
)
def test_retriable(status: int, err_type: str) -> None:
    assert classify_item(status, {"type": err_type, "reason": "r"}).status is ItemStatus.RETRIABLE


@pytest.mark.parametrize(
    "err_type",
    [
        "document_parsing_exception",
        "strict_dynamic_mapping_exception",
        "illegal_argument_exception",
    ],
)
def test_rejected_for_good(err_type: str) -> None:
    err = {
        "type": err_type,
        "reason": "failed to parse field [deals.quantity]",
        "caused_by": {"type": "input_coercion_exception", "reason": "out of range of long"},
    }
    result = classify_item(400, err)
    assert result.status is ItemStatus.REJECTED
    assert result.error_type == err_type
    assert "out of range of long" in result.detail
