"""Kafka's default partitioner, remembering the hashes of recent keys.

aiokafka computes murmur2 in pure Python (~20 µs a key). A worker partitions the same story
id several times (ingest: the table changelog, ``stories``, the receipt, and its own check of
where the table keeps the id; the tagger: ``stories.tagged`` and ``deals``), so the hash of a
recent key is kept. The partition is exactly the default partitioner's (the Java client's,
kafka-python's): keyed messages and table state land where every other client expects them.
"""

from __future__ import annotations

from collections.abc import Sequence

from aiokafka.partitioner import DefaultPartitioner, murmur2


class MemoisedPartitioner:
    def __init__(self, max_keys: int = 8192) -> None:
        self._hashes: dict[bytes, int] = {}
        self._max_keys = max_keys
        self._default = DefaultPartitioner()

    def __call__(
        self, key: bytes | None, all_partitions: Sequence[int], available: list[int]
    ) -> int:
        if key is None:
            return int(self._default(key, all_partitions, available))
        h = self._hashes.get(key)
        if h is None:
            if len(self._hashes) >= self._max_keys:
                self._hashes.clear()  # recent keys are what repeats; no need for LRU order
            h = self._hashes[key] = murmur2(key) & 0x7FFFFFFF
        return all_partitions[h % len(all_partitions)]
