"""Dates: ISO 8601, RFC 822, datelines without a year, sanity bounds."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from shared.parsing import dates

RECEIVED = datetime(2025, 11, 1, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-10-31T07:52:11Z", datetime(2025, 10, 31, 7, 52, 11, tzinfo=UTC)),
        ("2025-10-31T08:52:11+01:00", datetime(2025, 10, 31, 7, 52, 11, tzinfo=UTC)),
        ("2025-10-31T07:52:11", datetime(2025, 10, 31, 7, 52, 11, tzinfo=UTC)),
        ("Fri, 31 Oct 2025 16:42:00 +0900", datetime(2025, 10, 31, 7, 42, tzinfo=UTC)),
        ("Fri, 31 Oct 2025 07:42:00 GMT", datetime(2025, 10, 31, 7, 42, tzinfo=UTC)),
        ("1970-01-01T00:00:00Z", None),
        ("2030-01-01T00:00:00Z", None),
        ("yesterday", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_timestamp(value: str | None, expected: datetime | None) -> None:
    assert dates.parse_timestamp(value, RECEIVED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oct 31", date(2025, 10, 31)),
        ("Aug. 8", date(2025, 8, 8)),
        ("Sept 18", date(2025, 9, 18)),
        ("31 oct 2025", date(2025, 10, 31)),
        ("16 avr 2025", date(2025, 4, 16)),
        ("20 juil", date(2025, 7, 20)),
        ("23 GEN", date(2025, 1, 23)),
        ("14 oct", date(2025, 10, 14)),
        ("Dec 30", date(2024, 12, 30)),  # no year: the latest that is not in the future
        ("Feb 30", None),
        ("Smarch 3", None),
    ],
)
def test_parse_day_month(text: str, expected: date | None) -> None:
    assert dates.parse_day_month(text, RECEIVED) == expected


def test_reuters_and_dpa_stamps() -> None:
    assert dates.parse_reuters_stamp("13-May-2025 16:03 GMT") == datetime(
        2025, 5, 13, 16, 3, tzinfo=UTC
    )
    assert dates.parse_reuters_stamp("13-May-2025 25:03 GMT") is None
    summer = dates.parse_dpa_stamp("252147 Aug 25")
    assert summer is not None and summer.astimezone(UTC) == datetime(
        2025, 8, 25, 19, 47, tzinfo=UTC
    )
    assert dates.parse_dpa_stamp("992147 Aug 25") is None


def test_numeric_dates() -> None:
    assert dates.parse_numeric_date("2025-10-31") == date(2025, 10, 31)
    assert dates.parse_numeric_date("31.10.2025") == date(2025, 10, 31)
    assert dates.parse_numeric_date("2025-02-30") is None
