"""Composition root of the ingest worker: ``python -m services.ingest``."""

from __future__ import annotations

from services.ingest.agents import register
from services.ingest.settings import IngestSettings
from shared.adapters.streaming import make_app, run_worker
from shared.parsing import ParseLimits


def main() -> None:
    settings = IngestSettings()
    app = make_app("ingest", settings, settings.ingest_port)
    register(app, settings, ParseLimits(max_bytes=settings.max_payload_bytes))
    run_worker(app, settings)


if __name__ == "__main__":
    main()
