"""Shared helpers for the parsing tests: fixture bytes and a fixed reception time."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from shared.models.story import Story
from shared.parsing import parse_story

FIXTURES = Path(__file__).with_name("fixtures")
RECEIVED = datetime(2025, 11, 1, 12, 0, tzinfo=UTC)


def raw(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def parse(name_or_bytes: str | bytes, **kwargs: object) -> Story:
    data = raw(name_or_bytes) if isinstance(name_or_bytes, str) else name_or_bytes
    return parse_story(data, received_at=RECEIVED, **kwargs)  # type: ignore[arg-type]
