"""What a format parser hands over: the story's parts before the steps common to all formats."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from shared.models.story import PubStatus, StoryFormat
from shared.parsing.markers import NONE, Marks


@dataclass(slots=True)
class Draft:
    format: StoryFormat
    headline: str = ""
    paragraphs: list[str] = field(default_factory=list)
    """Cleaned paragraphs; dateline, notices and sign-offs are still in them."""
    dateline: str | None = None
    published_at: datetime | None = None
    day: date | None = None
    """The story's date as written, when only a date is known (identity and fallback time)."""
    source: str | None = None
    """Canonical agency named by the payload's metadata."""
    source_label: str | None = None
    """A provider name from metadata that is not a known agency (used as a last resort)."""
    agency_id: str | None = None
    version: int | None = None
    marks: Marks = NONE
    pub_status: PubStatus = PubStatus.USABLE
    language_hint: str | None = None
    url: str | None = None
    slug: str | None = None
