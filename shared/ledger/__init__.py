"""The deal ledger: one entry per real-world deal, from the latest report of each story.

Pure logic (``ledger``, ``figures``, ``parties``, ``documents``, ``metrics``) plus the
deals index I/O in ``store``. See docs/ledger.md for the matching rule.
"""

from shared.ledger.documents import DealRow, deals_query, rows_from_hits
from shared.ledger.ledger import LedgerState, accepts, apply, apply_all, entries
from shared.ledger.model import LedgerEntry, MatchRules, StoryRef
from shared.ledger.parties import DEFAULT_PARTIES, Parties, parties_from_entities

__all__ = [
    "DEFAULT_PARTIES",
    "DealRow",
    "LedgerEntry",
    "LedgerState",
    "MatchRules",
    "Parties",
    "StoryRef",
    "accepts",
    "apply",
    "apply_all",
    "deals_query",
    "entries",
    "parties_from_entities",
    "rows_from_hits",
]
