"""Per-second CPU of other work during the latency run."""

from __future__ import annotations

from pathlib import Path

from shared.bench.runner import Pipeline, Sample, Worker, outside_by_second


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


class _Counts:
    """Stands in for the Elasticsearch client's ``count``: the bookkeeping is what is tested."""

    def __init__(self, n: int) -> None:
        self.n = n

    def count(self, index: str) -> dict[str, int]:
        return {"count": self.n}


class _Worker(Worker):
    def __init__(self, stage: str, text: str) -> None:
        super().__init__(stage, 0, 0, {}, Path("/dev/null"))
        self.text = text

    def metrics(self) -> str:
        return self.text


def _exposition(out: int, batches: int, messages: int) -> str:
    return (
        f'chipwire_stories_out_total{{source="x",stage="ingest"}} {out}\n'
        f'chipwire_batch_messages_sum{{stage="ingest"}} {messages}\n'
        f'chipwire_batch_messages_count{{stage="ingest"}} {batches}\n'
    )


def test_what_the_warm_up_left_is_not_counted() -> None:
    worker = _Worker("ingest", _exposition(out=3000, batches=10, messages=3000))
    pipe = Pipeline("p.", "p", [worker], "127.0.0.1:9092", "http://127.0.0.1:9200")
    es = _Counts(3000)
    pipe.set_baseline(es)  # type: ignore[arg-type]
    assert pipe.searchable(es) == 0  # type: ignore[arg-type]
    assert pipe.stage_out()["ingest"] == 0

    es.n = 3500
    worker.text = _exposition(out=3400, batches=12, messages=3400)
    assert pipe.searchable(es) == 500  # type: ignore[arg-type]
    assert pipe.stage_out()["ingest"] == 400
    assert pipe.batch_means() == {"ingest": 200.0}


def test_without_a_baseline_everything_counts() -> None:
    worker = _Worker("ingest", _exposition(out=50, batches=2, messages=50))
    pipe = Pipeline("p.", "p", [worker], "127.0.0.1:9092", "http://127.0.0.1:9200")
    assert pipe.searchable(_Counts(50)) == 50  # type: ignore[arg-type]
    assert pipe.stage_out()["ingest"] == 50
    assert pipe.batch_means() == {"ingest": 25.0}
