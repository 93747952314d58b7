"""Tagger worker settings (environment variables ``CHIPWIRE_*``)."""

from __future__ import annotations

from pathlib import Path

from shared.adapters.streaming import StreamSettings


class TaggerSettings(StreamSettings):
    tagger_port: int = 6067
    fx_rates: Path | None = None
    knowledge_dir: Path | None = None
