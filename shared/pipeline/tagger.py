"""Tagger stage: a canonical story in, the tagged story and its deal report out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from shared.models.events import DealReported, StoryIngested, StoryTagged
from shared.models.story import PubStatus
from shared.models.tagging import Tagging
from shared.tagging import Knowledge, tag_story

STAGE = "tagger"


@dataclass(frozen=True)
class TagOutcome:
    tagged: StoryTagged
    deals: DealReported | None


def tag_event(event: StoryIngested, kb: Knowledge, now: datetime) -> TagOutcome:
    """Tag one story; a withdrawn story keeps no tags and takes its deals back."""
    story = event.story
    withdrawn = story.pub_status is PubStatus.CANCELED
    tagging = Tagging() if withdrawn else tag_story(story, kb)
    report = None
    # A first version with no deal has nothing to tell the ledger; a later version or a
    # withdrawal must be reported even when empty, so that earlier figures are taken back.
    if tagging.deals or story.version > 1 or withdrawn:
        report = DealReported(
            story_id=story.id,
            story_version=story.version,
            source=story.source,
            language=story.language,
            published_at=story.published_at,
            withdrawn=withdrawn,
            deals=tagging.deals,
        )
    return TagOutcome(StoryTagged(story=story, tagging=tagging, tagged_at=now), report)
