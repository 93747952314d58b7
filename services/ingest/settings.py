"""Ingest worker settings (environment variables ``CHIPWIRE_*``)."""

from __future__ import annotations

from shared.adapters.streaming import StreamSettings


class IngestSettings(StreamSettings):
    ingest_port: int = 6066
    max_payload_bytes: int = 1_048_576
