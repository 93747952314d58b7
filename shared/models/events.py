"""Messages between stages, named after the event they record."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import Field

from shared.models.base import Message
from shared.models.story import Story
from shared.models.tagging import Deal, Tagging


class SourceRef(Message):
    """Where a message was read from, so a dead letter or receipt can point back at it."""

    topic: str
    partition: int
    offset: int
    key: str | None = None


class StoryIngested(Message):
    """Topic ``stories``: a new story, or a newer version of one."""

    story: Story
    source_ref: SourceRef | None = None


class StoryTagged(Message):
    """Topic ``stories.tagged``: the story plus what the tagger found."""

    story: Story
    tagging: Tagging
    tagged_at: datetime


class DealReported(Message):
    """Topic ``deals``: one deal as one version of one story states it.

    ``deals`` is empty when a new version of a story states no deal any more or the story was
    withdrawn, so that the ledger can take that story's earlier contribution away.
    """

    story_id: str
    story_version: int
    source: str | None
    language: str | None
    published_at: datetime | None
    withdrawn: bool = False
    deals: tuple[Deal, ...] = ()


class DeadLettered(Message):
    """Topic ``wire.dlq``: a message that a stage could not process, with why."""

    stage: str
    reason: str
    detail: str = ""
    payload_b64: str = Field(description="The original bytes, base64")
    source_ref: SourceRef | None = None
    headers: dict[str, str] = Field(default_factory=dict)
    at: datetime


class ReceiptStatus(StrEnum):
    ACCEPTED = "accepted"
    DUPLICATE = "duplicate"
    SUPERSEDED = "superseded"
    DEAD_LETTERED = "dead_lettered"


class ReceiptIssued(Message):
    """Topic ``wire.receipts``: what became of one message from ``wire.raw``."""

    status: ReceiptStatus
    story_id: str | None = None
    story_version: int | None = None
    reason: str | None = None
    source_ref: SourceRef
    at: datetime
