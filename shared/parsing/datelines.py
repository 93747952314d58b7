"""Datelines at the head of a story's first paragraph: place, date and agency.

Handled shapes: ``SEOUL, Oct 31 (Reuters) -``, ``Séoul, 31 oct 2025 (AFP) -``,
``Seoul, Oct 30, 2025 (AFP) -``, ``Barcelona, 14 oct (EFE).-``, ``Berlin (dpa) -``,
``Lausanne (ats)``, ``St. Gallen (awp/sda) -``,
``(서울=연합뉴스) 홍길동 기자 =``, ``(ANSA) - MILANO, 23 GEN -``, ``【ソウル共同】``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from shared.parsing.agencies import AGENCY_TOKEN, canonical
from shared.parsing.dates import parse_day_month

_AG = rf"(?i:{AGENCY_TOKEN}(?:\s*/\s*{AGENCY_TOKEN})*)"
_SEP = r"\s*(?:\.-|--|[-\u2013\u2014:])?\s*"
_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(
        rf"^(?P<place>[^\W\d_][^\n(),]{{0,60}}?),\s*(?P<date>[^()\n]{{1,30}}?)\s*"
        rf"\((?P<ag>{_AG})\){_SEP}"
    ),
    re.compile(rf"^(?P<place>[^\W\d_][^\n(),:;!?]{{0,50}}?)\s*\((?P<ag>{_AG})\){_SEP}"),
    re.compile(
        r"^\((?P<place>[^=()\n]{1,20})=(?P<ag>연합뉴스|연합|뉴시스|뉴스1)\)\s*"
        r"(?:[^=\n]{0,30}?(?:기자|특파원|통신원)\s*=\s*|=\s*)?"
    ),
    re.compile(
        r"^\((?P<ag>ANSA)\)\s*-\s*(?P<place>[^,\n]{1,40}),\s*(?P<date>\d{1,2}\s+[A-Za-z]{3})\s*-\s*"
    ),
    re.compile(r"^【(?P<place>[^】]{1,20}?)(?P<ag>共同|時事)】\s*"),
)
_TRAILING_SEP = re.compile(r"[\s=.:\u2013\u2014-]+$")


@dataclass(frozen=True, slots=True)
class Dateline:
    text: str
    place: str | None
    agency: str | None
    day: date | None
    rest: str


def split_dateline(paragraph: str, received_at: datetime) -> Dateline | None:
    """The dateline at the start of ``paragraph`` and the text after it, if there is one."""
    for pattern in _PATTERNS:
        m = pattern.match(paragraph)
        if not m:
            continue
        groups = m.groupdict()
        raw_date = groups.get("date")
        if raw_date is not None and not any(c.isdigit() for c in raw_date):
            continue
        day = parse_day_month(raw_date, received_at) if raw_date else None
        text = _TRAILING_SEP.sub("", m.group(0)).strip()
        return Dateline(
            text=text,
            place=(groups.get("place") or "").strip() or None,
            agency=canonical(groups.get("ag")),
            day=day,
            rest=paragraph[m.end() :].strip(),
        )
    return None


def starts_with_dateline(paragraph: str) -> bool:
    return any(p.match(paragraph) for p in _PATTERNS)
