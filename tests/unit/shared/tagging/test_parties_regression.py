"""A group noun with no nationality beside it names no party. It once crashed the tagger
(IndexError in party detection), so the story was dead-lettered instead of tagged; found by
the benchmark's generated wire (seed 1, story 16756)."""

from __future__ import annotations

from datetime import UTC, datetime

from shared.bench.generator import generate
from shared.parsing import parse_story
from shared.tagging import load_knowledge, tag_story


def test_group_noun_without_nationality_does_not_crash() -> None:
    wire = generate(16757, seed=1)[16756]
    story = parse_story(wire.payload, received_at=datetime(2026, 5, 8, tzinfo=UTC))
    tagging = tag_story(story, load_knowledge())
    assert "ai-chips" in tagging.tag_names
