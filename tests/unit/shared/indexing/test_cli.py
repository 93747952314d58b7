"""``chipwire search`` / ``chipwire deals`` argument handling and rendering (no server)."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

import pytest

from shared.cli.deals import render as render_deals
from shared.cli.main import build_parser
from shared.cli.search import filters_from, money, parse_when
from shared.cli.search import render as render_search
from shared.indexing import DealGrouping, DealReport, DealTotal, SearchResult, StoryHit

NOW = datetime(2025, 3, 14, 12, 0, tzinfo=UTC)


def test_parse_when() -> None:
    assert parse_when("7d", now=NOW) == datetime(2025, 3, 7, 12, 0, tzinfo=UTC)
    assert parse_when("24h", now=NOW) == datetime(2025, 3, 13, 12, 0, tzinfo=UTC)
    assert parse_when("2w", now=NOW) == datetime(2025, 2, 28, 12, 0, tzinfo=UTC)
    assert parse_when("2025-03-01") == datetime(2025, 3, 1, tzinfo=UTC)
    assert parse_when("2025-03-01", end=True) == datetime(2025, 3, 2, tzinfo=UTC)
    assert parse_when("2025-03-01T10:00Z") == datetime(2025, 3, 1, 10, tzinfo=UTC)
    with pytest.raises(argparse.ArgumentTypeError):
        parse_when("yesterday")


def test_search_arguments_become_filters() -> None:
    args = build_parser().parse_args(
        [
            "search",
            "puce",
            "IA",
            "--tag",
            "ai-chips",
            "--tag",
            "korea",
            "--country",
            "KR",
            "--min-units",
            "10_000",
            "--min-usd",
            "1e9",
            "--since",
            "2025-03-01",
            "--sort",
            "date",
        ]
    )
    assert args.query == ["puce", "IA"]
    f = filters_from(args)
    assert f.tags == ("ai-chips", "korea")
    assert f.countries == ("KR",)
    assert f.min_units == 10_000
    assert f.min_usd == 1e9
    assert f.since == datetime(2025, 3, 1, tzinfo=UTC)
    assert args.sort == "date"
    with pytest.raises(SystemExit):
        build_parser().parse_args(["search", "x", "--min-units", "-5"])
    with pytest.raises(SystemExit):
        build_parser().parse_args(["deals", "--by", "planet"])


def test_render_search() -> None:
    hit = StoryHit(
        story_id="urn:a",
        version=2,
        score=1.5,
        date="2025-03-14T09:30:00+00:00",
        source="AFP",
        language="fr",
        headline="Des puces",
        tags=("ai-chips",),
        deals=({"quantity": 5000, "unit": "gpu", "vendor": "Nvidia", "buyer": "Naver"},),
        snippets=("Des <em>puces</em>\n\npour Séoul",),
    )
    text = render_search(SearchResult(total=7, hits=(hit,)), tty=False)
    assert "Des *puces* pour Séoul" in text
    assert "5,000 gpu, Nvidia -> Naver" in text
    assert "1 of 7 stories" in text
    assert "\033[1mpuces\033[0m" in render_search(SearchResult(1, (hit,)), tty=True)


def test_money() -> None:
    assert money(1.5e9) == "$1.50bn"
    assert money(2.5e6) == "$2.50m"
    assert money(999) == "$999"
    assert money(None) == "-"


def test_render_deals() -> None:
    samsung = DealTotal("Samsung", 2, 2, 1.8e9, 2, (("gpu", 60_000),))
    unpriced = DealTotal("Frankfurt DC", 1, 1, 0.0, 0, (("wafer", 10),))
    total = DealTotal("total", 3, 3, 1.8e9, 2, (("gpu", 60_000), ("wafer", 10)))
    text = render_deals(DealReport(DealGrouping.BUYER, 5, (samsung, unpriced), total))
    lines = text.splitlines()
    assert lines[0].split()[:3] == ["buyer", "deals", "stories"]
    assert "60,000 gpu" in lines[2] and "$1.80bn" in lines[2]
    assert lines[3].split()[-3:] == ["-", "10", "wafer"]
    assert "5 matching stories, 3 with deals" in lines[-1]
