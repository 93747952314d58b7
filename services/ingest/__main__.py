"""Composition root of the ingest worker: ``python -m services.ingest``."""

from __future__ import annotations

import gc

from services.ingest.agents import register
from services.ingest.settings import IngestSettings
from shared.adapters.streaming import make_app, run_worker
from shared.parsing import ParseLimits, load_language_models


def main() -> None:
    settings = IngestSettings()
    load_language_models()  # ~1 s now, rather than a stall on the first ambiguous story
    gc.freeze()  # the models live as long as the worker: no collection need walk them
    app = make_app("ingest", settings, settings.ingest_port)
    register(app, settings, ParseLimits(max_bytes=settings.max_payload_bytes))
    run_worker(app, settings)


if __name__ == "__main__":
    main()
