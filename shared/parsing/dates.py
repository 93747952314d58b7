"""Dates as wires write them, to timezone-aware UTC datetimes; absurd values become None.

A date without a time (``date 2025-10-31``, a dateline's ``31 oct``) is taken as 00:00 UTC of
that day. A dateline without a year gets the latest year that does not put it after ``received_at``.
Anything before 1980 or more than a week after ``received_at`` is treated as absent.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_EARLIEST = datetime(1980, 1, 1, tzinfo=UTC)
_FUTURE_SKEW = timedelta(days=7)

_MONTH_WORDS: dict[int, tuple[str, ...]] = {
    1: ("jan", "january", "janv", "janvier", "januar", "janner", "ene", "enero", "gen",
        "gennaio", "janeiro", "januari"),
    2: ("feb", "february", "fev", "fevr", "fevrier", "februar", "febrero", "febbraio",
        "fevereiro", "februari"),
    3: ("mar", "march", "mars", "marz", "maerz", "marzo", "marco", "maart", "mrt"),
    4: ("apr", "april", "avr", "avril", "abr", "abril", "aprile"),
    5: ("may", "mai", "mayo", "mag", "maggio", "maio", "mei"),
    6: ("jun", "june", "juin", "juni", "junio", "giu", "giugno", "junho"),
    7: ("jul", "july", "juil", "juillet", "juli", "julio", "lug", "luglio", "julho"),
    8: ("aug", "august", "aout", "ago", "agosto", "augustus"),
    9: ("sep", "sept", "september", "septembre", "septiembre", "set", "settembre", "setembro"),
    10: ("oct", "october", "octobre", "okt", "oktober", "octubre", "ott", "ottobre", "out",
         "outubro"),
    11: ("nov", "november", "novembre", "noviembre", "novembro"),
    12: ("dec", "december", "decembre", "dez", "dezember", "dic", "diciembre", "dicembre",
         "dezembro"),
}
MONTHS: dict[str, int] = {word: n for n, words in _MONTH_WORDS.items() for word in words}

_DAY_MONTH = re.compile(
    r"(?:(?P<d1>\d{1,2})\.?\s+(?P<m1>[^\W\d_]{3,10})\.?|(?P<m2>[^\W\d_]{3,10})\.?\s+(?P<d2>\d{1,2}))"
    r"(?:,?\s+(?P<y>\d{4}))?"
)
_NUMERIC_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})|(\d{1,2})\.(\d{1,2})\.(\d{4})")
_REUTERS_STAMP = re.compile(
    r"(\d{1,2})-([A-Za-z]{3})-(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*(?:GMT|UTC|Z))?"
)
_DPA_STAMP = re.compile(r"(\d{2})(\d{2})(\d{2})\s+([A-Za-z]{3})\s+(\d{2})")


def sane(value: datetime | None, received_at: datetime) -> datetime | None:
    """``value`` in UTC (naive taken as UTC), or None when it is implausible."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    try:
        value = value.astimezone(UTC)
    except (OverflowError, ValueError):
        return None
    ref = received_at if received_at.tzinfo else received_at.replace(tzinfo=UTC)
    if value < _EARLIEST or value > ref + _FUTURE_SKEW:
        return None
    return value


def parse_timestamp(value: str | None, received_at: datetime) -> datetime | None:
    """An ISO 8601 or RFC 822 timestamp (ninjs, NewsML, RSS, Atom)."""
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    parsed: datetime | None = None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    return sane(parsed, received_at)


def at_midnight(day: date | None, received_at: datetime) -> datetime | None:
    if day is None:
        return None
    return sane(datetime.combine(day, time(0, 0), tzinfo=UTC), received_at)


def parse_numeric_date(value: str) -> date | None:
    """``2025-10-31`` or ``31.10.2025``."""
    m = _NUMERIC_DATE.search(value)
    if not m:
        return None
    if m.group(1):
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        y, mo, d = int(m.group(6)), int(m.group(5)), int(m.group(4))
    return _date(y, mo, d)


def parse_day_month(value: str, received_at: datetime) -> date | None:
    """A dateline date: ``Oct 31``, ``Aug. 8``, ``31 oct 2025``, ``23 GEN``."""
    for m in _DAY_MONTH.finditer(value):
        word = m.group("m1") or m.group("m2") or ""
        month = MONTHS.get(_fold(word))
        if month is None:
            continue
        day = int(m.group("d1") or m.group("d2") or 0)
        if m.group("y"):
            return _date(int(m.group("y")), month, day)
        return _nearest_year(month, day, received_at)
    return None


def parse_reuters_stamp(value: str) -> datetime | None:
    """``13-May-2025 16:03 GMT``."""
    m = _REUTERS_STAMP.fullmatch(value.strip())
    if not m:
        return None
    month = MONTHS.get(m.group(2).lower())
    day = _date(int(m.group(3)), month or 0, int(m.group(1)))
    if day is None or int(m.group(4)) > 23 or int(m.group(5)) > 59:
        return None
    t = time(int(m.group(4)), int(m.group(5)), int(m.group(6) or 0))
    return datetime.combine(day, t, tzinfo=UTC)


def parse_dpa_stamp(value: str) -> datetime | None:
    """dpa's closing line ``252147 Aug 25``: day, hour, minute (German time), month, year."""
    m = _DPA_STAMP.fullmatch(value.strip())
    if not m:
        return None
    month = MONTHS.get(m.group(4).lower())
    day = _date(2000 + int(m.group(5)), month or 0, int(m.group(1)))
    hour, minute = int(m.group(2)), int(m.group(3))
    if day is None or hour > 23 or minute > 59:
        return None
    return datetime.combine(day, time(hour, minute), tzinfo=_berlin())


def is_dpa_stamp(value: str) -> bool:
    return _DPA_STAMP.fullmatch(value.strip()) is not None


def _berlin() -> tzinfo:
    try:
        return ZoneInfo("Europe/Berlin")
    except ZoneInfoNotFoundError:  # pragma: no cover - depends on the host's tzdata
        return timezone(timedelta(hours=1))


def _fold(word: str) -> str:
    word = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in word if not unicodedata.combining(c)).replace("ä", "a")


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _nearest_year(month: int, day: int, received_at: datetime) -> date | None:
    """The latest such date that is not after ``received_at`` (plus the allowed skew)."""
    latest = (received_at + _FUTURE_SKEW).date()
    for year in (latest.year, latest.year - 1):
        candidate = _date(year, month, day)
        if candidate is not None and candidate <= latest:
            return candidate
    return None
