"""Deals (ledger) worker settings (environment variables ``CHIPWIRE_*``)."""

from __future__ import annotations

from pathlib import Path

from shared.adapters.streaming import StreamSettings


class DealsSettings(StreamSettings):
    deals_port: int = 6069
    es_url: str = "http://127.0.0.1:9200"
    es_timeout_s: float = 30.0
    index_prefix: str = "chipwire"
    match_window_days: float = 14.0
    # Entity aliases to merge into the ledger's own table; by default the tagger's
    # shared/data/entities.json when it exists.
    entities_file: Path | None = None
    reconcile_interval_s: float = 5.0
