"""Per-second CPU of other work during the latency run."""

from __future__ import annotations

from shared.bench.runner import Sample, outside_by_second


def sample(t: float, machine: float, ingest: float, kafka: float) -> Sample:
    cpu = {"machine": machine, "ingest": ingest, "ingest~sys": ingest / 10, "kafka": kafka}
    return Sample(t=t, searchable=0, stage_out={}, cpu=cpu)


def test_a_burst_of_other_work_shows_in_its_second() -> None:
    samples = [
        sample(100.0, 0.0, 0.0, 0.0),
        sample(101.0, 1.0, 0.6, 0.3),  # 0.1 core not ours
        sample(102.0, 2.9, 1.2, 0.6),  # 1.0 core not ours
        sample(102.5, 3.4, 1.6, 0.7),  # half a second, all ours
    ]
    assert outside_by_second(samples, 100.0) == {0: 0.1, 1: 1.0, 2: 0.0}
    assert outside_by_second(samples[:1], 100.0) == {}
