from pathlib import Path

import pytest
from pydantic import ValidationError

from shared.adapters.streaming import StreamSettings, make_app
from tests.unit.shared.adapters.faust_helpers import worker_consumer_fetch


def test_producer_batching_settings_reach_faust(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # one app per process: faust's sensor registers its metrics once
    monkeypatch.setenv("CHIPWIRE_PRODUCER_LINGER_S", "0.02")
    monkeypatch.setenv("CHIPWIRE_PRODUCER_MAX_BATCH_BYTES", "131072")
    monkeypatch.setenv("CHIPWIRE_CONSUMER_MAX_FETCH_BYTES", "2097152")
    monkeypatch.setenv("CHIPWIRE_CONSUMER_FETCH_MIN_BYTES", "65536")
    monkeypatch.setenv("CHIPWIRE_CONSUMER_FETCH_MAX_WAIT_S", "0.02")
    app = make_app("unit", StreamSettings(data_dir=tmp_path), web_port=6199)
    assert app.conf.producer_linger == pytest.approx(0.02)
    assert app.conf.producer_max_batch_size == 131072
    assert app.conf.consumer_max_fetch_size == 2097152
    assert worker_consumer_fetch(app) == (65536, 20)


def test_default_batches_are_larger_than_kafkas_16k() -> None:
    settings = StreamSettings()
    assert settings.producer_max_batch_bytes > 16_384
    assert settings.producer_linger_s > 0
    assert settings.consumer_max_fetch_bytes > 1_048_576
    # faust's own: every fetch answered at the first byte, i.e. one per few messages
    assert settings.consumer_fetch_min_bytes > 1
    assert settings.consumer_fetch_max_wait_s <= 0.1


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("CHIPWIRE_PRODUCER_LINGER_S", "-1"),
        ("CHIPWIRE_PRODUCER_MAX_BATCH_BYTES", "2000000"),
        ("CHIPWIRE_CONSUMER_MAX_FETCH_BYTES", "100"),
        ("CHIPWIRE_CONSUMER_FETCH_MIN_BYTES", "0"),
        ("CHIPWIRE_CONSUMER_FETCH_MAX_WAIT_S", "0"),
    ],
)
def test_out_of_range_producer_settings_are_refused(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError):
        StreamSettings()
