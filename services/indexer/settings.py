"""Indexer worker settings (environment variables ``CHIPWIRE_*``)."""

from __future__ import annotations

from shared.adapters.elasticsearch import SearchSettings
from shared.adapters.streaming import StreamSettings


class IndexerSettings(StreamSettings, SearchSettings):
    indexer_port: int = 6068
    # A batch taken from the stream (count ``batch_max``, time ``batch_within_s``) is sent
    # to Elasticsearch in bulk requests of at most this many bytes of Kafka payload.
    batch_max_bytes: int = 5 * 1024 * 1024
    bulk_first_delay_s: float = 0.5
    bulk_max_delay_s: float = 30.0
