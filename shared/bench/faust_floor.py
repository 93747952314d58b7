"""The cost of one faust hop with nothing in it: the floor under every chipwire stage.

``python -m shared.bench.faust_floor`` is a worker built like the real ones (``make_app``:
same producer, commit and sensor settings; ``batches``: same batching, envelopes and stage
metrics) whose agent reads the run's ``wire.raw`` and sends every message, unchanged, to
``bench.floor``. ``measure`` runs it over everything the run produced and reports messages
per second and CPU per message: what a stage costs before it parses, tags or indexes
anything. The bench measures it after the pipeline's workers have stopped.
"""

from __future__ import annotations

import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from shared.bench.runner import Worker, cpu_seconds, create_topics, free_port, log

FLOOR_TOPIC = "bench.floor"


def main() -> None:
    from shared.adapters import metrics
    from shared.adapters.streaming import (
        StreamSettings,
        batches,
        make_app,
        raw_topic,
        run_worker,
    )

    settings = StreamSettings()
    app = make_app("floor", settings, int(os.environ["CHIPWIRE_FLOOR_PORT"]))
    source = raw_topic(app, settings.topics.wire_raw)
    sink = raw_topic(app, settings.topics.name(FLOOR_TOPIC))
    meter = metrics.StageMetrics("floor")

    @app.agent(source)
    async def passthrough(stream: Any) -> None:
        async for _now, envs in batches(stream, settings, meter):
            for env in envs:
                key = env.ref.key.encode() if env.ref.key else None
                await sink.send(key=key, value=env.value)
                meter.passed(None, None)

    run_worker(app, settings)


@dataclass(frozen=True)
class FaustFloor:
    messages: int
    msgs_per_s: float
    cpu_ms_per_msg: float
    cores: float
    """How busy the worker kept a core: below 1, the hop waited on something."""
    kafka_cpu_ms_per_msg: float | None
    peak_rss_mib: float


def _end_offsets(consumer: Any, topic: str) -> int:
    from kafka import TopicPartition

    parts = consumer.partitions_for_topic(topic) or set()
    ends = consumer.end_offsets([TopicPartition(topic, p) for p in parts])
    return int(sum(ends.values()))


def measure(
    *, bootstrap: str, prefix: str, partitions: int, env: dict[str, str], run_dir: Path,
    kafka_pid: int | None = None, stall_s: float = 30.0,
) -> FaustFloor:
    """Pass every message of the run's ``wire.raw`` through one faust hop; time it."""
    from kafka import KafkaConsumer

    source, sink = f"{prefix}wire.raw", f"{prefix}{FLOOR_TOPIC}"
    create_topics(bootstrap, [sink], partitions)
    # one client for every poll: a connection and a metadata fetch each 0.2 s would load the
    # machine the measurement runs on
    offsets = KafkaConsumer(bootstrap_servers=bootstrap)
    try:
        return _measure(offsets, source, sink, env, run_dir, kafka_pid, stall_s)
    finally:
        offsets.close()


def _measure(
    offsets: Any, source: str, sink: str, env: dict[str, str], run_dir: Path,
    kafka_pid: int | None, stall_s: float,
) -> FaustFloor:
    total = _end_offsets(offsets, source)
    port = free_port()
    wenv = {**env, "CHIPWIRE_FLOOR_PORT": str(port),
            "CHIPWIRE_DATA_DIR": str(run_dir / "faust" / "floor")}
    worker = Worker("floor", 0, port, wenv, run_dir / "floor.log",
                    module="shared.bench.faust_floor")
    log(f"faust floor: {total} messages of {source} through a pass-through worker")
    worker.start()
    try:
        samples: list[tuple[float, int, float, float]] = []
        last_change = time.monotonic()
        while True:
            done = _end_offsets(offsets, sink)
            cpu = cpu_seconds(worker.pid)
            if cpu is None:
                raise RuntimeError(f"faust floor worker exited:\n{worker.tail()}")
            if not samples or done != samples[-1][1]:
                last_change = time.monotonic()
            broker = (cpu_seconds(kafka_pid) if kafka_pid else None) or 0.0
            samples.append((time.time(), done, cpu, broker))
            if done >= total or time.monotonic() - last_change > stall_s:
                break
            time.sleep(0.2)
    finally:
        worker.stop()
    if samples[-1][1] < total:
        raise RuntimeError(f"faust floor: {samples[-1][1]} of {total} messages passed")
    first = next(i for i, s in enumerate(samples) if s[1] > 0)
    # from the first sample that saw output; a run over within one poll starts before it
    start = samples[first] if first < len(samples) - 1 else samples[max(first - 1, 0)]
    (t0, n0, c0, k0), (t1, n1, c1, k1) = start, samples[-1]
    if n1 <= n0 or t1 <= t0:
        raise RuntimeError("faust floor: the run was too short to time")
    return FaustFloor(
        messages=total,
        msgs_per_s=(n1 - n0) / (t1 - t0),
        cpu_ms_per_msg=1000 * (c1 - c0) / (n1 - n0),
        cores=(c1 - c0) / (t1 - t0),
        kafka_cpu_ms_per_msg=1000 * (k1 - k0) / (n1 - n0) if kafka_pid else None,
        peak_rss_mib=round(worker.peak_kib / 1024, 1),
    )


def as_dict(floor: FaustFloor) -> dict[str, Any]:
    return asdict(floor)


if __name__ == "__main__":
    main()
