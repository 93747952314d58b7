"""The benchmark's faust floor on the real broker: the pass-through worker moves every message
of ``wire.raw``, unchanged, and the measurement reports its rate and CPU."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from kafka import KafkaAdminClient, KafkaProducer

from shared.adapters.kafka import KafkaSettings, read_all
from shared.bench import faust_floor
from shared.bench.generator import generate
from shared.bench.runner import create_topics, worker_env
from tests.integration.workers import unique_prefix

pytestmark = pytest.mark.integration


def test_the_floor_worker_passes_every_message_unchanged(tmp_path: Path) -> None:
    settings = KafkaSettings()
    boot = settings.bootstrap[0]
    prefix = unique_prefix()
    source = f"{prefix}wire.raw"
    create_topics(boot, [source], 2)
    sent = Counter((f"k{i}".encode(), w.payload) for i, w in enumerate(generate(600, 5)))
    producer = KafkaProducer(bootstrap_servers=settings.bootstrap, linger_ms=10)
    for key, value in sent:
        producer.send(source, key=key, value=value)
    producer.flush()
    producer.close()
    env = worker_env(
        prefix=prefix, index_prefix=prefix.rstrip("."), partitions=2, batch_max=200,
        batch_within_s=0.1, bootstrap=boot, es_url="http://127.0.0.1:9200",
    )
    try:
        floor = faust_floor.measure(
            bootstrap=boot, prefix=prefix, partitions=2, env=env, run_dir=tmp_path
        )
        passed = Counter(
            (r.key, r.value) for r in read_all(settings, f"{prefix}{faust_floor.FLOOR_TOPIC}")
        )
    finally:
        admin = KafkaAdminClient(bootstrap_servers=settings.bootstrap)
        admin.delete_topics([t for t in admin.list_topics() if t.startswith(prefix)])
        admin.close()
    assert passed == sent
    assert floor.messages == len(sent)
    assert floor.msgs_per_s > 0
    assert floor.cpu_ms_per_msg > 0
