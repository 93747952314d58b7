"""The memoised partitioner puts every key where Kafka's default partitioner does."""

from __future__ import annotations

import random

from aiokafka.partitioner import DefaultPartitioner

from shared.adapters.partitioner import MemoisedPartitioner


def test_same_partition_as_the_default_partitioner_for_every_key() -> None:
    rng = random.Random(5)
    keys = [rng.randbytes(rng.randint(0, 60)) for _ in range(3000)] + [b"urn:a", "é".encode()]
    memo, default = MemoisedPartitioner(max_keys=500), DefaultPartitioner()
    for n in (1, 3, 4, 8, 12):
        parts = list(range(n))
        for key in keys + keys[:100]:  # the second time from the memo
            assert memo(key, parts, parts) == default(key, parts, parts), (key, n)


def test_memory_stays_bounded_and_no_key_means_any_available_partition() -> None:
    memo = MemoisedPartitioner(max_keys=10)
    for i in range(95):
        memo(f"k{i}".encode(), [0, 1, 2, 3], [0, 1, 2, 3])
    assert len(memo._hashes) <= 10
    assert memo(None, [0, 1, 2, 3], [2]) == 2
