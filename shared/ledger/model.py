"""The ledger's own types: matching rules, and one entry per real-world deal."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from pydantic import Field

from shared.ledger.figures import Tolerances
from shared.ledger.parties import DEFAULT_PARTIES, Parties
from shared.models.base import Message
from shared.models.tagging import Qualifier, Unit

# Units that wire copy uses for the same thing: "260,000 GPUs" is "260,000 Blackwell chips".
UNIT_FAMILY: dict[Unit, str] = {
    Unit.GPU: "compute",
    Unit.CHIP: "compute",
    Unit.ACCELERATOR: "compute",
    Unit.WAFER: "wafer",
    Unit.SERVER: "server",
    Unit.HBM_STACK: "hbm",
}


UNIT_TOLERANCES = Tolerances(exact=0.0, about=0.10, bound=0.15, rounding=0.05)
MONEY_TOLERANCES = Tolerances(exact=0.05, about=0.10, bound=0.15, rounding=0.05)


@dataclass(frozen=True)
class MatchRules:
    """When two reported deals are one real-world deal (see docs/ledger.md)."""

    window: timedelta = timedelta(days=14)
    units: Tolerances = UNIT_TOLERANCES
    money: Tolerances = MONEY_TOLERANCES
    parties: Parties = field(default=DEFAULT_PARTIES)

    @classmethod
    def with_window_days(cls, days: float, parties: Parties = DEFAULT_PARTIES) -> MatchRules:
        return cls(window=timedelta(days=days), parties=parties)


class StoryRef(Message):
    """One story that reports a deal, and the figure that story states."""

    story_id: str
    version: int
    source: str | None
    language: str | None
    published_at: datetime | None = None
    quantity: int | None = None
    qualifier: Qualifier | None = None
    amount_usd: float | None = None


class LedgerEntry(Message):
    """One real-world deal, however many stories report it."""

    deal_id: str
    vendor: str | None
    buyer: str | None
    buyer_country: str | None
    unit: Unit | None
    quantity: int | None
    qualifier: Qualifier | None = Field(
        description="Of quantity; of amount_usd when no count is stated (as in Deal)"
    )
    amount_usd: float | None
    first_reported: datetime | None
    last_reported: datetime | None
    stories: tuple[StoryRef, ...]
    part_of: str | None = Field(
        default=None,
        description="deal_id of the stated total this deal is a part of (not added again)",
    )
