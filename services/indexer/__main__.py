"""Composition root of the indexer worker: ``python -m services.indexer``."""

from __future__ import annotations

import logging
from typing import Any

from services.indexer.agents import IndexerStage, dead_letter_sender, register
from services.indexer.settings import IndexerSettings
from shared.adapters.elasticsearch import BulkSink, ensure_index, make_client
from shared.adapters.streaming import make_app, run_worker


def main() -> None:
    settings = IndexerSettings()
    # One INFO line per HTTP request is too much for a worker; failures are logged by us.
    logging.getLogger("elastic_transport.transport").setLevel(logging.WARNING)
    names = settings.names
    app = make_app("indexer", settings, settings.indexer_port)
    client = make_client(settings)

    async def ensure() -> bool:
        return await ensure_index(
            client,
            names,
            shards=settings.index_shards,
            replicas=settings.index_replicas,
            refresh_interval=settings.index_refresh_interval,
        )

    sink = BulkSink(
        client,
        names,
        chunk_size=max(settings.batch_max, 1),
        max_chunk_bytes=2 * settings.batch_max_bytes + 1024 * 1024,
        first_delay_s=settings.bulk_first_delay_s,
        max_delay_s=settings.bulk_max_delay_s,
        recover=ensure,
    )
    stage = IndexerStage(sink, dead_letter_sender(app, settings.topics), settings.batch_max_bytes)
    register(
        app,
        settings.topics,
        stage,
        ensure,
        batch_max=settings.batch_max,
        batch_within_s=settings.batch_within_s,
    )

    @app.on_before_shutdown.connect
    async def close_client(sender: Any, /, *args: Any, signal: Any, **kwargs: Any) -> None:
        await client.close()

    run_worker(app, settings)


if __name__ == "__main__":
    main()
