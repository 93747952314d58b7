"""Bench report helpers: percentiles, targets, the printed table."""

from __future__ import annotations

from shared.bench.report import machine, percentile, table, targets_met


def test_nearest_rank_percentiles() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 50) == 50.0
    assert percentile(values, 99) == 99.0
    assert percentile(values, 100) == 100.0
    assert percentile([3.0], 99) == 3.0
    assert percentile([], 50) is None


def test_targets() -> None:
    good = {
        "pipeline_stories_per_s": 1600.0,
        "pipeline_share_of_raw_es": 0.7,
        "latency_p99_s": 1.5,
        "tagging_stories_per_s_one_core": 2500.0,
    }
    assert all(targets_met(good).values())
    bad = {"pipeline_stories_per_s": 200.0, "latency_p99_s": None}
    assert not any(targets_met(bad).values())


def test_table_prints_every_figure_even_when_some_are_missing() -> None:
    r = {
        "stories": 10,
        "options": {"seed": 1, "partitions": 4, "workers": 1, "batch_max": 500,
                    "batch_within_s": 0.1},
        "machine": machine(),
        "pipeline_stories_per_s": 123.4,
        "missing": 0,
        "duplicated": 0,
        "targets_met": {"p99<2s": False},
    }
    text = table(r)
    assert "123 stories/s" in text
    assert "n/a" in text
    assert "missing / duplicated" in text
    assert r["machine"]["nproc"] >= 1


def test_table_tells_how_busy_the_machine_was_during_the_latency_run() -> None:
    r = {
        "stories": 10,
        "options": {"seed": 1, "partitions": 4, "workers": 1, "batch_max": 500,
                    "batch_within_s": 0.1},
        "machine": machine(),
        "latency": {"cpu_share_of_machine": {"ingest": 0.25, "outside_bench": 0.71}},
    }
    assert "cores busy in the latency run: ingest 0.25, outside_bench 0.71" in table(r)
