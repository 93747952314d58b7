"""Bulk request bodies, serialised once per document (pure).

The indexer used to hand dicts to ``elasticsearch.helpers``, which serialised every document
with the standard ``json`` module (0.1 ms a document) after a metric had already serialised it
once with orjson. Here each action becomes its two NDJSON lines exactly once, and the bytes are
kept for every retry.

A document that cannot be written as JSON, or whose external version Elasticsearch cannot
take, is refused here, before any request, as ``NOT_SERIALISABLE``: it would be refused for
good by the server anyway, and a bad version on the metadata line fails the *whole* bulk
request (HTTP 400), which would hold every other story of the batch in retries forever. It
becomes a dead letter with this reason; it is never retried and never dropped silently.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import orjson

from shared.indexing.outcomes import ItemResult, ItemStatus, classify_item

NOT_SERIALISABLE = "not_serialisable"
# Elasticsearch keeps versions as Java longs; external versions must be positive.
MAX_VERSION = 2**63 - 1
_NEWLINE = b"\n"


class NotSerialisable(ValueError):
    """The action cannot become a bulk request line."""


@dataclass(frozen=True)
class EncodedAction:
    """One bulk action as its NDJSON lines (metadata and source, each newline-terminated)."""

    id: str
    body: bytes


def _dumps(value: Any) -> bytes:
    try:
        return orjson.dumps(value)
    except TypeError:
        # orjson refuses integers beyond 64 bits; the standard module writes them and
        # Elasticsearch decides (a double field takes them), as before orjson was used here.
        try:
            return json.dumps(value, ensure_ascii=False, allow_nan=False).encode()
        except (TypeError, ValueError) as exc:
            raise NotSerialisable(f"{type(exc).__name__}: {exc}"[:500]) from exc


def encode_action(action: Mapping[str, Any]) -> EncodedAction:
    """Serialise one ``index_action`` (``_op_type``, ``_index``, ``_id``, ``version``,
    ``version_type``, ``_source``); raises ``NotSerialisable``."""
    doc_id = str(action["_id"])
    meta: dict[str, Any] = {"_index": action["_index"], "_id": doc_id}
    version = action.get("version")
    if version is not None:
        if not isinstance(version, int) or isinstance(version, bool):
            raise NotSerialisable(f"version {version!r} is not an integer")
        if not 1 <= version <= MAX_VERSION:
            raise NotSerialisable(f"version {version} outside 1..2^63-1")
        meta["version"] = version
        meta["version_type"] = action.get("version_type", "external_gte")
    source = _dumps(action["_source"])
    line = _dumps({action.get("_op_type", "index"): meta})
    return EncodedAction(doc_id, b"".join((line, _NEWLINE, source, _NEWLINE)))


def not_serialisable(detail: str) -> ItemResult:
    return ItemResult(ItemStatus.REJECTED, 0, NOT_SERIALISABLE, detail)


def chunks(
    actions: Sequence[EncodedAction], max_count: int, max_bytes: int
) -> Iterator[Sequence[EncodedAction]]:
    """Consecutive slices of at most ``max_count`` actions and ``max_bytes`` (one at least)."""
    start = size = 0
    for i, action in enumerate(actions):
        n = i - start
        if n and (n >= max_count or size + len(action.body) > max_bytes):
            yield actions[start:i]
            start, size = i, 0
        size += len(action.body)
    if start < len(actions):
        yield actions[start:]


def item_results(response: Mapping[str, Any], count: int) -> list[ItemResult]:
    """Classify the items of one bulk response (``errors`` and ``items`` with ``status`` and
    ``error``, as ``filter_path`` leaves them); a response that does not answer every item
    leaves the rest retriable, never answered."""
    items = response.get("items") or []
    results: list[ItemResult] = []
    for item in items[:count]:
        info = next(iter(item.values())) if isinstance(item, Mapping) and item else {}
        results.append(classify_item(int(info.get("status", 500)), info.get("error")))
    missing = count - len(results)
    if missing:
        lost = ItemResult(ItemStatus.RETRIABLE, 0, "incomplete_response", "no answer for item")
        results.extend([lost] * missing)
    return results
