"""What became of one bulk item, decided from Elasticsearch's per-item answer (pure)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class ItemStatus(StrEnum):
    OK = "ok"
    STALE = "stale"  # an equal or newer version is already indexed: fine, counted
    REJECTED = "rejected"  # refused for good (mapping error...): dead letter
    RETRIABLE = "retriable"  # 429, 5xx, missing index: send again later, never drop


@dataclass(frozen=True)
class ItemResult:
    status: ItemStatus
    http_status: int
    error_type: str = ""
    reason: str = ""

    @property
    def detail(self) -> str:
        return f"{self.error_type}: {self.reason}" if self.error_type else self.reason


# Errors that depend on the state of the cluster rather than on the document.
_RETRIABLE_TYPES = frozenset(
    {
        "index_not_found_exception",
        "es_rejected_execution_exception",
        "circuit_breaking_exception",
        "unavailable_shards_exception",
        "cluster_block_exception",
        "no_shard_available_action_exception",
        "node_not_connected_exception",
    }
)


def classify_item(http_status: int, error: Any = None) -> ItemResult:
    """Classify one item of a bulk response (``status`` and ``error`` of the item)."""
    error_type, reason = "", ""
    if isinstance(error, dict):
        error_type = str(error.get("type", ""))
        reason = str(error.get("reason", ""))
        caused = error.get("caused_by")
        if isinstance(caused, dict) and caused.get("reason"):
            reason = f"{reason} (caused by {caused.get('type')}: {caused.get('reason')})"
    elif error is not None:
        reason = str(error)
    if 200 <= http_status < 300:
        return ItemResult(ItemStatus.OK, http_status)
    if http_status == 409 and error_type in ("version_conflict_engine_exception", ""):
        return ItemResult(ItemStatus.STALE, http_status, error_type, reason)
    if http_status in (408, 429) or http_status >= 500 or error_type in _RETRIABLE_TYPES:
        return ItemResult(ItemStatus.RETRIABLE, http_status, error_type, reason)
    return ItemResult(ItemStatus.REJECTED, http_status, error_type, reason)
