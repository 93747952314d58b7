"""Every Kafka topic name the project uses, in one place.

A prefix (``CHIPWIRE_TOPIC_PREFIX``) lets integration tests and benchmarks run on their own
topics against a shared broker without seeing each other's messages.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

WIRE_RAW = "wire.raw"
STORIES = "stories"
STORIES_TAGGED = "stories.tagged"
DEALS = "deals"
WIRE_DLQ = "wire.dlq"
WIRE_RECEIPTS = "wire.receipts"

ALL = (WIRE_RAW, STORIES, STORIES_TAGGED, DEALS, WIRE_DLQ, WIRE_RECEIPTS)


@dataclass(frozen=True)
class Topics:
    """Resolved topic names for one deployment (prefix applied)."""

    prefix: str = ""

    @classmethod
    def from_env(cls) -> Topics:
        return cls(os.environ.get("CHIPWIRE_TOPIC_PREFIX", ""))

    def name(self, base: str) -> str:
        return f"{self.prefix}{base}"

    @property
    def wire_raw(self) -> str:
        return self.name(WIRE_RAW)

    @property
    def stories(self) -> str:
        return self.name(STORIES)

    @property
    def stories_tagged(self) -> str:
        return self.name(STORIES_TAGGED)

    @property
    def deals(self) -> str:
        return self.name(DEALS)

    @property
    def dlq(self) -> str:
        return self.name(WIRE_DLQ)

    @property
    def receipts(self) -> str:
        return self.name(WIRE_RECEIPTS)

    def all(self) -> tuple[str, ...]:
        return tuple(self.name(t) for t in ALL)
