from __future__ import annotations

from pathlib import Path

from shared.cli.follow import FeedState, new_items
from shared.parsing.split import FeedItem


def test_state_round_trips_and_filters_seen(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    state = FeedState(etag='"abc"', last_modified="Mon, 02 Mar 2026 00:00:00 GMT", seen=["a"])
    state.save(path)
    again = FeedState.load(path)
    assert again == state
    items = [FeedItem("a", b"x"), FeedItem("b", b"y")]
    assert [i.guid for i in new_items(items, again)] == ["b"]


def test_missing_or_broken_state_starts_empty(tmp_path: Path) -> None:
    assert FeedState.load(tmp_path / "none.json") == FeedState()
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    assert FeedState.load(bad) == FeedState()
