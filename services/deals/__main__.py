"""Composition root of the deals (ledger) worker: ``python -m services.deals``."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from prometheus_client import REGISTRY

from services.deals.agents import register
from services.deals.settings import DealsSettings
from services.deals.sync import LedgerSync
from shared.adapters.elasticsearch import make_client
from shared.adapters.streaming import make_app, run_worker
from shared.errors import ConfigError
from shared.ledger.metrics import LedgerCollector
from shared.ledger.model import MatchRules
from shared.ledger.parties import DEFAULT_PARTIES, Parties, parties_from_entities
from shared.ledger.store import DealsIndex

log = logging.getLogger("chipwire.deals")


def load_parties(path: Path | None) -> Parties:
    """The ledger's alias table, with the tagger's entity data merged in when there is some."""
    if path is None:
        candidate = resources.files("shared.data").joinpath("entities.json")
        if not candidate.is_file():
            return DEFAULT_PARTIES
        text, where, strict = candidate.read_text(encoding="utf-8"), str(candidate), False
    else:
        text, where, strict = path.read_text(encoding="utf-8"), str(path), True
    try:
        theirs = parties_from_entities(json.loads(text))
    except (ValueError, ConfigError) as exc:
        if strict:
            raise ConfigError(f"{where}: {exc}") from exc
        log.warning("entities_ignored path=%s error=%s", where, exc)
        return DEFAULT_PARTIES
    return DEFAULT_PARTIES.merged(theirs)


def main() -> None:
    settings = DealsSettings()
    rules = MatchRules.with_window_days(
        settings.match_window_days, load_parties(settings.entities_file)
    )
    app = make_app("deals", settings, settings.deals_port)
    collector = LedgerCollector()
    REGISTRY.register(collector)
    es = make_client(settings)
    index = DealsIndex(es, settings.index_prefix)

    def make_sync(read_state: Callable[[], Iterable[tuple[Any, Any]]]) -> LedgerSync:
        return LedgerSync(read_state, index, rules, collector)

    register(app, settings, make_sync, settings.reconcile_interval_s)

    @app.on_before_shutdown.connect  # type: ignore[arg-type]
    async def close_es(sender: Any, **kwargs: Any) -> None:
        await es.close()

    run_worker(app, settings)


if __name__ == "__main__":
    main()
