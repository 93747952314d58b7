"""When ingest may judge a story without the re-key hop."""

from __future__ import annotations

from shared.models.events import SourceRef
from shared.pipeline.ingest import decides_inline


def ref(key: str | None, partition: int) -> SourceRef:
    return SourceRef(topic="wire.raw", partition=partition, offset=7, key=key)


def test_keyed_by_id_in_the_tables_partition_held_here() -> None:
    assert decides_inline("urn:a", ref("urn:a", 2), 2, {0, 2})


def test_everything_else_takes_the_hop() -> None:
    # keyed otherwise (a publisher's own key, or none)
    assert not decides_inline("urn:a", ref("feed-7", 2), 2, {2})
    assert not decides_inline("urn:a", ref(None, 2), 2, {2})
    # the table keeps the id in another partition than the one it was read from
    assert not decides_inline("urn:a", ref("urn:a", 1), 2, {1, 2})
    # this worker does not hold that table partition (another worker judges it)
    assert not decides_inline("urn:a", ref("urn:a", 2), 2, {0, 1, 3})
    # the table's partition is unknown (no metadata yet)
    assert not decides_inline("urn:a", ref("urn:a", 2), None, {2})
