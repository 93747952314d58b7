"""The labelled dev corpus beside the clone (``../shared/corpus/dev.jsonl``): every story parses,
its format is detected, and the detected language is right for at least 97 % of stories.

The corpus is not part of the repository; the test is skipped where it is absent.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from shared.parsing import detect_format, parse_story

from .parsing_fixtures import RECEIVED

DEV = Path(__file__).resolve().parents[4].parent / "shared" / "corpus" / "dev.jsonl"
MIN_LANGUAGE_ACCURACY = 0.97

pytestmark = pytest.mark.skipif(not DEV.is_file(), reason=f"no corpus at {DEV}")


def _rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line]


def test_every_dev_story_parses_in_its_labelled_format() -> None:
    failures = []
    for row in _rows():
        raw = row["raw"].encode("utf-8")
        try:
            assert detect_format(raw).value == row["format"]
            story = parse_story(raw, received_at=RECEIVED, format_hint=row["format"])
            assert story.headline or story.body
        except Exception as exc:  # report them all, not just the first
            failures.append(f"{row['id']}: {exc!r}")
    assert not failures, "\n".join(failures)


def test_dev_language_accuracy() -> None:
    rows = _rows()
    wrong = []
    for row in rows:
        story = parse_story(row["raw"].encode("utf-8"), received_at=RECEIVED)
        if story.language != row["lang"]:
            wrong.append(f"{row['id']}: {story.language} for {row['lang']}")
    accuracy = 1 - len(wrong) / len(rows)
    assert accuracy >= MIN_LANGUAGE_ACCURACY, "\n".join(wrong)
