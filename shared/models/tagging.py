"""What the tagger concludes about a story: tags, standard subject codes, entities, deals."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from shared.models.base import Message


class Qualifier(StrEnum):
    EXACT = "exact"
    AT_LEAST = "at_least"
    ABOUT = "about"
    UP_TO = "up_to"


class Unit(StrEnum):
    GPU = "gpu"
    CHIP = "chip"
    ACCELERATOR = "accelerator"
    WAFER = "wafer"
    SERVER = "server"
    HBM_STACK = "hbm_stack"


class Evidence(Message):
    term: str
    field: str = Field(description="headline or body")
    start: int
    end: int


class TagResult(Message):
    name: str = Field(description="ai-chips or korea")
    score: float
    evidence: tuple[Evidence, ...] = ()


class Subject(Message):
    """A standard code as ninjs 3.x subjects/places carry it."""

    code: str = Field(description="e.g. medtop:20000230 or iso3166-1a2:KR")
    name: str
    confidence: float


class Entity(Message):
    name: str = Field(description="Canonical English name")
    kind: str = Field(description="company, institution or country")
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-2")
    aliases: tuple[str, ...] = Field(default=(), description="Spellings matched in the story")
    mentions: int = 1


class Deal(Message):
    vendor: str | None = None
    buyer: str | None = None
    buyer_country: str | None = None
    quantity: int | None = None
    qualifier: Qualifier | None = None
    unit: Unit | None = None
    amount: float | None = None
    currency: str | None = None
    amount_usd: float | None = None
    evidence: str = ""


class Tagging(Message):
    tags: tuple[TagResult, ...] = ()
    subjects: tuple[Subject, ...] = ()
    places: tuple[Subject, ...] = ()
    entities: tuple[Entity, ...] = ()
    deals: tuple[Deal, ...] = ()

    @property
    def tag_names(self) -> tuple[str, ...]:
        return tuple(t.name for t in self.tags)
