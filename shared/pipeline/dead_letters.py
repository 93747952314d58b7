"""Building dead-letter records: the original bytes, the reason, and where they came from."""

from __future__ import annotations

import base64
from datetime import datetime

from shared.models.events import DeadLettered, SourceRef


def dead_letter(
    *,
    stage: str,
    reason: str,
    detail: str,
    payload: bytes,
    source_ref: SourceRef | None,
    headers: dict[str, str] | None,
    at: datetime,
) -> DeadLettered:
    return DeadLettered(
        stage=stage,
        reason=reason,
        detail=detail[:2000],
        payload_b64=base64.b64encode(payload).decode("ascii"),
        source_ref=source_ref,
        headers=dict(headers or {}),
        at=at,
    )


def payload_of(record: DeadLettered) -> bytes:
    return base64.b64decode(record.payload_b64)
