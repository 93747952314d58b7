"""Composition root of the tagger worker: ``python -m services.tagger``."""

from __future__ import annotations

import gc

from services.tagger.agents import register
from services.tagger.settings import TaggerSettings
from shared.adapters.streaming import make_app, run_worker
from shared.tagging import load_knowledge


def main() -> None:
    settings = TaggerSettings()
    kb = load_knowledge(settings.knowledge_dir, settings.fx_rates)
    gc.freeze()  # the knowledge base lives as long as the worker: no collection need walk it
    app = make_app("tagger", settings, settings.tagger_port)
    register(app, settings, kb)
    run_worker(app, settings)


if __name__ == "__main__":
    main()
