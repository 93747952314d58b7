"""What agencies append after the story: sign-offs, editor initials, credits, timestamps.

These lines are removed from the body (they are not story text and would confuse taggers) and
what they say about the source and time is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from shared.parsing.agencies import ALIASES, canonical
from shared.parsing.dates import is_dpa_stamp, parse_dpa_stamp

_MAX_TRAILER = 8
_TAIL_WINDOW = 40  # an inline sign-off sits in the last characters of the last paragraph
_SIGNOFF_LINES: tuple[re.Pattern[str], ...] = (
    re.compile(r"^/\s*(?P<ag>ATS|SDA|AWP|APA|ats|sda)\.?$"),
    re.compile(r"^\((?P<ag>(?i:afp|reuters|ansa|efe|yonhap|dpa|ap|ats|sda|kyodo))\)\.?$"),
    re.compile(r"^(?P<ag>dpa(?:-AFX)?)(?:[ /][\w-]{1,8}){0,8}$"),
    re.compile(r"^[\uff08(](?P<ag>共同|時事)[\uff09)]$"),
)
_WEAK_LINES: tuple[tuple[re.Pattern[str], str | None], ...] = (
    (re.compile(r"^[a-z]{2,5}(?:-[a-z]{2,5})*(?:/[a-z]{2,5}(?:-[a-z]{2,5})*)+$"), None),
    (re.compile(r"^[\w.+-]+@yna\.co\.kr$", re.I), "Yonhap"),
    (re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$"), None),
    (re.compile(r"^[(\[]?\s*(?:END|끝)\s*[)\]]?$"), "Yonhap"),
    (re.compile(r"^\(?(?:Ende|FIN|Fin)\)?$"), None),
    (
        re.compile(
            r"^\((?:(?:Additional\s+)?[Rr]eporting|Writing|Editing|Compiled|Research)\b[^()]*"
            r"(?:\([^()]*\)[^()]*)*\)$"
        ),
        "Reuters",
    ),
)
_INLINE_TAIL: tuple[re.Pattern[str], ...] = (
    re.compile(r"\s*/\s*(?P<ag>ATS|SDA)\.?$"),
    re.compile(r"\s*[\uff08(](?P<ag>共同|時事)[\uff09)]$"),
    re.compile(r"\s*\((?P<ag>ANSA)\)\.?$"),
)


@dataclass(frozen=True, slots=True)
class Trailer:
    paragraphs: list[str]
    agency: str | None
    """From a sign-off proper (``/ATS``, ``dpa ...``, ``(ANSA)``): the surest source signal."""
    weak_agency: str | None
    """From credits or house style (``(Reporting by ...)``, ``...@yna.co.kr``)."""
    stamp: datetime | None


def strip_trailer(paragraphs: list[str]) -> Trailer:
    """Remove sign-off paragraphs from the end of ``paragraphs`` (which is not modified)."""
    body = list(paragraphs)
    agency: str | None = None
    weak: str | None = None
    stamp: datetime | None = None
    for _ in range(_MAX_TRAILER):
        if not body:
            break
        last = body[-1]
        if is_dpa_stamp(last):
            stamp = parse_dpa_stamp(last)
            agency = agency or "dpa"
            body.pop()
            continue
        found = _signoff(last)
        if found is not None:
            agency = agency or found
            body.pop()
            continue
        weak_hit = _weak(last)
        if weak_hit is not None:
            weak = weak or weak_hit[0]
            body.pop()
            continue
        for pattern in _INLINE_TAIL:
            # an end-anchored search would try every position of the paragraph
            m = pattern.search(last, max(0, len(last) - _TAIL_WINDOW))
            if m:
                agency = agency or canonical(m.group("ag"))
                rest = last[: m.start()].strip()
                if rest:
                    body[-1] = rest
                else:
                    body.pop()
                break
        break
    return Trailer(paragraphs=body, agency=agency, weak_agency=weak, stamp=stamp)


def is_signoff(line: str) -> bool:
    """Whether ``line`` is one of the lines :func:`strip_trailer` removes."""
    return is_dpa_stamp(line) or _signoff(line) is not None or _weak(line) is not None


def _signoff(line: str) -> str | None:
    if len(line) > 60:
        return None
    for pattern in _SIGNOFF_LINES:
        m = pattern.match(line)
        if m:
            return canonical(m.group("ag"))
    exact = ALIASES.get(line.strip().casefold())
    return exact


def _weak(line: str) -> tuple[str | None] | None:
    if len(line) > 300:
        return None
    for pattern, agency in _WEAK_LINES:
        if pattern.match(line):
            return (agency,)
    return None
