"""Composition root of the tagger worker: ``python -m services.tagger``."""

from __future__ import annotations

from faust.worker import Worker

from services.tagger.agents import register
from services.tagger.settings import TaggerSettings
from shared.adapters.streaming import make_app
from shared.tagging import load_knowledge


def main() -> None:
    settings = TaggerSettings()
    kb = load_knowledge(settings.knowledge_dir, settings.fx_rates)
    app = make_app("tagger", settings, settings.tagger_port)
    register(app, settings, kb)
    Worker(app, loglevel=settings.log_level).execute_from_commandline()


if __name__ == "__main__":
    main()
