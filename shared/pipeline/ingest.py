"""Ingest: raw wire bytes to a canonical story, and the duplicate/version decision.

The duplicate decision needs state keyed by story id, and ``wire.raw`` is keyed however each
publisher likes: in general step one parses and re-keys by story id, step two (co-partitioned
with its table) decides. A message its publisher already keyed by the story id (what
``chipwire publish`` does) usually sits in the very partition the table keeps that id in;
when this worker holds that table partition, it decides at once (``decides_inline``) and the
re-key hop (one produce, one consume, one JSON round trip) is skipped.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from shared.errors import BadInput
from shared.models.events import (
    DeadLettered,
    ReceiptIssued,
    ReceiptStatus,
    SourceRef,
    StoryIngested,
)
from shared.models.story import Story
from shared.parsing import ParseLimits, parse_story
from shared.pipeline.dead_letters import dead_letter

STAGE = "ingest"
FORMAT_HEADERS = ("format", "content-format", "chipwire-format")


@dataclass(frozen=True)
class Parsed:
    event: StoryIngested


@dataclass(frozen=True)
class Rejected:
    dead_letter: DeadLettered
    receipt: ReceiptIssued


def parse_wire_message(
    raw: bytes,
    *,
    headers: dict[str, str],
    source_ref: SourceRef,
    received_at: datetime,
    limits: ParseLimits,
) -> Parsed | Rejected:
    """Turn one ``wire.raw`` message into a story, or into a dead letter with its reason."""
    hint = next((headers[h] for h in FORMAT_HEADERS if headers.get(h)), None)
    try:
        story = parse_story(raw, received_at=received_at, format_hint=hint, limits=limits)
    except BadInput as exc:
        return rejected(raw, exc.reason, exc.detail, headers, source_ref, received_at)
    return Parsed(StoryIngested(story=story, source_ref=source_ref))


def rejected(
    raw: bytes,
    reason: str,
    detail: str,
    headers: dict[str, str],
    source_ref: SourceRef,
    at: datetime,
) -> Rejected:
    return Rejected(
        dead_letter=dead_letter(
            stage=STAGE,
            reason=reason,
            detail=detail,
            payload=raw,
            source_ref=source_ref,
            headers=headers,
            at=at,
        ),
        receipt=ReceiptIssued(
            status=ReceiptStatus.DEAD_LETTERED, reason=reason, source_ref=source_ref, at=at
        ),
    )


@dataclass(frozen=True)
class SeenVersion:
    """What the dedupe table remembers of the newest version of a story."""

    version: int
    raw_sha256: str

    def encode(self) -> bytes:
        return f"{self.version}:{self.raw_sha256}".encode()

    @classmethod
    def decode(cls, data: bytes) -> SeenVersion:
        version, _, sha = data.decode().partition(":")
        return cls(int(version), sha)


class Verdict(StrEnum):
    NEW = "new"
    NEWER_VERSION = "newer_version"
    DUPLICATE = "duplicate"
    STALE = "stale"


def judge(story: Story, seen: SeenVersion | None) -> Verdict:
    """Decide what to do with a story given the newest version already passed on.

    The same bytes again, or the same version number again, is a duplicate (an agency
    re-sending a story in another format keeps its version); a lower version that arrives
    late is stale and must not replace the newer one downstream.
    """
    if seen is None:
        return Verdict.NEW
    if story.raw_sha256 == seen.raw_sha256 or story.version == seen.version:
        return Verdict.DUPLICATE
    if story.version < seen.version:
        return Verdict.STALE
    return Verdict.NEWER_VERSION


def receipt_for(event: StoryIngested, verdict: Verdict, at: datetime) -> ReceiptIssued:
    status = {
        Verdict.NEW: ReceiptStatus.ACCEPTED,
        Verdict.NEWER_VERSION: ReceiptStatus.ACCEPTED,
        Verdict.DUPLICATE: ReceiptStatus.DUPLICATE,
        Verdict.STALE: ReceiptStatus.SUPERSEDED,
    }[verdict]
    assert event.source_ref is not None
    return ReceiptIssued(
        status=status,
        story_id=event.story.id,
        story_version=event.story.version,
        source_ref=event.source_ref,
        at=at,
    )


def decides_inline(
    story_id: str, ref: SourceRef, table_partition: int | None, owned: Container[int]
) -> bool:
    """Whether the worker that read ``ref`` may judge this story itself.

    Only when the message is keyed by the story id, the table keeps that id in the same
    partition number the message was read from (``table_partition``: where the table's
    partitioner puts the id), and this worker is that table partition's active owner: then
    the decision is made by the same worker, on the same state, as the re-keyed hop would
    reach, and every other copy of the story (keyed otherwise) still meets that state
    through the hop. Anything else takes the hop.
    """
    return (
        ref.key == story_id
        and table_partition is not None
        and table_partition == ref.partition
        and table_partition in owned
    )
