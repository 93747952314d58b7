from pathlib import Path

import faust

from shared.adapters import fetching
from tests.unit.shared.adapters.faust_helpers import worker_consumer_fetch


def test_installed_limits_reach_the_aiokafka_consumer_faust_builds(tmp_path: Path) -> None:
    app = faust.App("unit-fetch", broker="kafka://127.0.0.1:1", datadir=str(tmp_path))
    fetching.install(app, min_bytes=524_288, max_wait_ms=40)
    assert worker_consumer_fetch(app) == (524_288, 40)


def test_without_it_faust_answers_every_fetch_at_the_first_byte(tmp_path: Path) -> None:
    # the reason for the module: if faust ever exposes these, this test says so
    app = faust.App("unit-fetch-plain", broker="kafka://127.0.0.1:1", datadir=str(tmp_path))
    assert worker_consumer_fetch(app) == (1, 1500)
