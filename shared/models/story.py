"""The canonical story: what every wire format is turned into by ingest.

Its JSON Schema is kept in ``story.schema.json`` beside this file (``chipwire schema`` or
``make schema`` regenerates it; a unit test fails when it drifts).
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import Field

from shared.models.base import Message

SCHEMA_VERSION = 1


class StoryFormat(StrEnum):
    AGENCY_TEXT = "agency-text"
    NINJS = "ninjs"
    NEWSML_G2 = "newsml-g2"
    RSS = "rss"


class PubStatus(StrEnum):
    USABLE = "usable"
    CANCELED = "canceled"
    WITHHELD = "withheld"


class Story(Message):
    """One version of one story, independent of the format it arrived in."""

    schema_version: int = SCHEMA_VERSION
    id: str = Field(description="Agency id (ninjs uri, NewsML guid, RSS guid) or a text hash")
    version: int = Field(ge=1, description="Higher supersedes lower for the same id")
    source: str | None = Field(description="Agency, e.g. ATS, AFP, Reuters, dpa, Yonhap")
    format: StoryFormat
    language: str | None = Field(description="ISO 639-1, detected from the text")
    headline: str
    body: tuple[str, ...] = Field(description="Paragraphs, in order")
    dateline: str | None = None
    published_at: datetime | None = Field(default=None, description="UTC")
    received_at: datetime = Field(description="UTC, when ingest read it")
    url: str | None = None
    raw_sha256: str
    pub_status: PubStatus = PubStatus.USABLE
    is_correction: bool = False

    @property
    def text(self) -> str:
        """Headline and body as one string, paragraphs separated by blank lines."""
        parts = [self.headline, *self.body] if self.headline else list(self.body)
        return "\n\n".join(p for p in parts if p)
