"""The benchmark's synthetic wire: seeded, varied, about 2 KB, distinct, and all parseable."""

from __future__ import annotations

import json
import statistics
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import UTC, datetime
from functools import cache

import pytest

from shared.bench import templates
from shared.bench.generator import (
    FORMATS,
    WireStory,
    format_count,
    format_money,
    generate,
    iter_stories,
    particle,
)

N = 3000


@cache
def wire() -> tuple[WireStory, ...]:
    return tuple(generate(N, seed=7))


def share(values: Counter[str], key: str) -> float:
    return values[key] / sum(values.values())


def test_same_seed_same_bytes_and_prefix_property() -> None:
    a = generate(300, seed=3)
    b = generate(300, seed=3)
    assert [s.payload for s in a] == [s.payload for s in b]
    longer = generate(400, seed=3)
    assert [s.payload for s in longer[:300]] == [s.payload for s in a]


def test_other_seed_other_wire() -> None:
    a = {s.payload for s in generate(200, seed=1)}
    b = {s.payload for s in generate(200, seed=2)}
    assert not a & b


def test_every_story_is_distinct_unless_duplicates_are_asked_for() -> None:
    stories = wire()
    assert len({s.payload for s in stories}) == N
    assert len({s.key for s in stories}) == N
    assert all(s.duplicate_of is None for s in stories)


def test_duplicates_resend_earlier_bytes() -> None:
    stories = generate(1000, seed=5, duplicates=0.1)
    dups = [s for s in stories if s.duplicate_of is not None]
    assert 50 <= len(dups) <= 160
    by_index = {s.index: s for s in stories}
    for d in dups:
        assert d.payload == by_index[d.duplicate_of].payload
        assert d.duplicate_of < d.index


def test_sizes_are_about_two_kilobytes() -> None:
    sizes = [len(s.payload) for s in wire()]
    assert 1800 <= statistics.mean(sizes) <= 2300
    assert min(sizes) >= 1000
    assert max(sizes) <= 3500
    by_language: dict[str, list[int]] = {}
    for s in wire():
        by_language.setdefault(s.language, []).append(len(s.payload))
    for lang, values in by_language.items():
        assert 1500 <= statistics.mean(values) <= 2500, lang


def test_format_mix() -> None:
    formats = Counter(s.format for s in wire())
    assert set(formats) == set(FORMATS)
    for fmt, weight in FORMATS.items():
        assert abs(share(formats, fmt) - weight) < 0.03, fmt


def test_language_mix() -> None:
    langs = Counter(s.language for s in wire())
    assert set(langs) == set(templates.LANGUAGES)
    assert 0.2 <= share(langs, "en") <= 0.35
    for lang in templates.LANGUAGES:
        assert share(langs, lang) >= 0.03, lang


def test_topic_and_deal_mix() -> None:
    stories = wire()
    ai = sum("ai-chips" in s.topics for s in stories) / N
    korea = sum("korea" in s.topics for s in stories) / N
    deals = sum(s.has_deal for s in stories) / N
    assert 0.26 <= ai <= 0.34
    assert 0.21 <= korea <= 0.29
    assert 0.11 <= deals <= 0.19
    assert all("ai-chips" in s.topics for s in stories if s.has_deal)
    # Korean copy is about Korea
    assert all("korea" in s.topics for s in stories if s.language == "ko")


def test_agency_styles_cover_the_named_agencies() -> None:
    text = Counter(s.agency for s in wire() if s.format == "agency-text")
    for agency in ("ATS", "AFP", "Reuters", "dpa", "Yonhap"):
        assert text[agency] > 20, agency


def test_structured_formats_are_well_formed() -> None:
    for s in wire():
        if s.format.startswith("ninjs"):
            doc = json.loads(s.payload)
            assert doc["uri"] == s.key
            assert doc["language"] == s.language
        elif s.format in ("newsml-g2", "rss", "atom"):
            ET.fromstring(s.payload)
            assert s.key.encode() in s.payload


def test_deal_stories_state_quantities_and_parties() -> None:
    for s in [s for s in wire() if s.has_deal][:200]:
        text = s.payload.decode()
        assert any(ch.isdigit() for ch in text)


def test_number_and_money_styles() -> None:
    import random

    rng = random.Random(0)
    assert format_count(260_000, "en", "Reuters", rng) == "260,000"
    assert format_count(260_000, "fr", "ATS", rng) == "260'000"
    assert format_count(12_000, "de", "dpa", rng) == "12.000"
    assert format_count(260_000, "ko", "Yonhap", random.Random(1)) in ("26만", "260,000")
    assert format_money(1.5e9, "en", "Reuters", random.Random(2)) in (
        "$1.5 billion", "1.4 billion euros")
    assert "milliard" in format_money(1.5e9, "fr", "AFP", random.Random(3))
    assert "억" in format_money(3e8, "ko", "Yonhap", random.Random(4)) or "조" in format_money(
        3e8, "ko", "Yonhap", random.Random(4))


def test_korean_particles() -> None:
    assert particle("삼성전자", "이") == "가"
    assert particle("리벨리온", "이") == "이"
    assert particle("리벨리온", "은") == "은"
    assert particle("카카오", "을") == "를"
    assert particle("서울", "으로") == "로"
    assert particle("AMD", "이") == "가"


def test_iter_stories_checks_arguments() -> None:
    with pytest.raises(ValueError):
        list(iter_stories(-1))
    with pytest.raises(ValueError):
        list(iter_stories(1, duplicates=1.0))


def test_every_story_parses_with_its_language_and_a_distinct_id() -> None:
    parsing = pytest.importorskip("shared.parsing")
    parse_story = getattr(parsing, "parse_story", None)
    if parse_story is None:
        pytest.skip("shared.parsing.parse_story is not there yet")
    now = datetime.now(UTC)
    # ids must be distinct: agency plain text has none and is identified by its first words
    stories = wire()[:1500]
    ids: Counter[str] = Counter()
    wrong_language = 0
    for s in stories:
        story = parse_story(s.payload, received_at=now)
        ids[story.id] += 1
        wrong_language += story.language != s.language
        assert story.body, s.index
    assert max(ids.values()) == 1
    assert wrong_language <= len(stories) * 0.01
