"""Deals (ledger) worker settings (environment variables ``CHIPWIRE_*``)."""

from __future__ import annotations

from pathlib import Path

from shared.adapters.elasticsearch import SearchSettings
from shared.adapters.streaming import StreamSettings


class DealsSettings(StreamSettings, SearchSettings):
    """Elasticsearch address and credentials come from ``SearchSettings``, as for the indexer."""

    deals_port: int = 6069
    match_window_days: float = 14.0
    # Entity aliases to merge into the ledger's own table; by default the tagger's
    # shared/data/entities.json when it exists.
    entities_file: Path | None = None
    reconcile_interval_s: float = 5.0
