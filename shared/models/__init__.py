"""Frozen, typed models for stories and the messages between stages."""

from shared.models.events import (
    DeadLettered,
    DealReported,
    ReceiptIssued,
    ReceiptStatus,
    SourceRef,
    StoryIngested,
    StoryTagged,
)
from shared.models.story import PubStatus, Story, StoryFormat
from shared.models.tagging import (
    Deal,
    Entity,
    Evidence,
    Qualifier,
    Subject,
    Tagging,
    TagResult,
    Unit,
)

__all__ = [
    "DeadLettered",
    "Deal",
    "DealReported",
    "Entity",
    "Evidence",
    "PubStatus",
    "Qualifier",
    "ReceiptIssued",
    "ReceiptStatus",
    "SourceRef",
    "Story",
    "StoryFormat",
    "StoryIngested",
    "StoryTagged",
    "Subject",
    "TagResult",
    "Tagging",
    "Unit",
]
