"""Agency plain text (ATS/Keystone-SDA, AFP, Reuters, dpa, Yonhap and the like).

Layout, top to bottom, every part optional: header lines (``date 2025-10-31``, which may run
straight into the first paragraph on the same line; Reuters' ``13-May-2025 16:03 GMT``;
``URGENT``/``EILMELDUNG``/``속보``/``RECTIFICATIF`` lines; ``=`` separators; a slug line), a
headline line, a byline, paragraphs (the first opening with a dateline), sign-off lines.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from shared.models.story import StoryFormat
from shared.parsing.agencies import ALIASES
from shared.parsing.datelines import starts_with_dateline
from shared.parsing.dates import parse_numeric_date, parse_reuters_stamp, sane
from shared.parsing.draft import Draft
from shared.parsing.markers import marker_line
from shared.parsing.signoffs import is_signoff
from shared.parsing.text import clean_inline, hard_wrapped, split_paragraphs

_HEADER_SCAN = 12
_MAX_HEADLINE = 250
_DATE_HEADER = re.compile(
    r"^(?i:date|datum|dated)\s*[:=]?\s*(?P<d>\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})"
    r"(?:[T ](?P<t>\d{1,2}:\d{2}(?::\d{2})?)(?P<tz>\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2}))?)?"
    r"(?:\s+|$)(?P<rest>.*)$",
    re.S,
)
_SLUG_HEADER = re.compile(r"^(?i:slug|slugline|stichwort|mot-cl[ée])\s*[:=]\s*(?P<slug>.+)$")
_SLUG_SHAPE = re.compile(r"^[^\s.!?:;-]+(?:[^.!?:;\n]*?[^\s-]-[^\s-][^.!?:;\n]*?){2,}$")
_SEPARATOR = re.compile(r"^[=_*#~-]{3,}$")
_BYLINE = re.compile(
    r"^(?:By|Par|Von|Por)\s+(?:[A-ZÀ-ÝŁ][\w'\u2019.-]*\s*){1,5}(?:,\s*[\w ]{1,30})?$"
)
_SENTENCE_END = (".", "\u3002", "!", "\uff1b")


def parse_agency_text(text: str, received_at: datetime) -> Draft:
    draft = Draft(format=StoryFormat.AGENCY_TEXT)
    lines = text.split("\n")
    i = _read_header(lines, draft, received_at)
    rest = lines[i:]
    first = _next_content(rest, 0)
    if first is not None:
        candidate = clean_inline(rest[first])
        after = _next_content(rest, first + 1)
        if _is_headline(candidate, rest, first, after):
            draft.headline = candidate
            rest = rest[first + 1 :]
    paragraphs = [p for p in split_paragraphs("\n".join(rest)) if not _SEPARATOR.match(p)]
    if paragraphs and _BYLINE.match(paragraphs[0]):
        paragraphs.pop(0)
    draft.paragraphs = paragraphs
    return draft


def _read_header(lines: list[str], draft: Draft, received_at: datetime) -> int:
    """Consume header lines into ``draft``; return the index of the first content line."""
    i = 0
    seen = 0
    while i < len(lines) and seen < _HEADER_SCAN:
        line = lines[i].strip()
        if not line or _SEPARATOR.match(line):
            i += 1
            continue
        seen += 1
        m = _DATE_HEADER.match(line)
        if m:
            _take_date(m, draft, received_at)
            remainder = m.group("rest").strip()
            if remainder:
                lines[i] = remainder
                continue
            i += 1
            continue
        stamp = parse_reuters_stamp(line)
        if stamp is not None:
            draft.published_at = sane(stamp, received_at)
            if draft.published_at:
                draft.day = draft.published_at.date()
            i += 1
            continue
        marks = marker_line(line)
        if marks is not None:
            draft.marks = draft.marks | marks
            i += 1
            continue
        slug = _SLUG_HEADER.match(line)
        if slug:
            draft.slug = clean_inline(slug.group("slug"))
            i += 1
            continue
        agency = ALIASES.get(line.casefold())
        if agency is not None and draft.source is None:
            draft.source = agency
            i += 1
            continue
        if _looks_like_slug(line, lines, i):
            draft.slug = clean_inline(line)
            i += 1
            continue
        break
    return i


def _take_date(m: re.Match[str], draft: Draft, received_at: datetime) -> None:
    day = parse_numeric_date(m.group("d"))
    if day is None:
        return
    draft.day = day
    if m.group("t"):
        stamp = f"{day.isoformat()}T{m.group('t')}{(m.group('tz') or '').strip()}"
        stamp = stamp.replace("UTC", "+00:00").replace("GMT", "+00:00")
        try:
            parsed = datetime.fromisoformat(stamp)
        except ValueError:
            return
        draft.published_at = sane(parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC),
                                  received_at)


def _looks_like_slug(line: str, lines: list[str], i: int) -> bool:
    if len(line) > 60 or len(line.split()) > 8 or not _SLUG_SHAPE.match(line):
        return False
    nxt = _next_content(lines, i + 1)
    if nxt is None:
        return False
    follower = lines[nxt].strip()
    return len(follower) <= _MAX_HEADLINE and not starts_with_dateline(follower)


def _is_headline(candidate: str, lines: list[str], first: int, after: int | None) -> bool:
    if not candidate or len(candidate) > _MAX_HEADLINE or starts_with_dateline(candidate):
        return False
    if is_signoff(candidate) or hard_wrapped(_block(lines, first)):
        return False
    if after is None:
        return not candidate.endswith(_SENTENCE_END)
    if starts_with_dateline(clean_inline(lines[after])):
        return True
    return not candidate.endswith(_SENTENCE_END)


def _block(lines: list[str], start: int) -> list[str]:
    """The non-blank lines from ``start`` to the next blank line."""
    block: list[str] = []
    for line in lines[start:]:
        if not line.strip():
            break
        block.append(line.strip())
    return block


def _next_content(lines: list[str], start: int) -> int | None:
    for j in range(start, len(lines)):
        if lines[j].strip() and not _SEPARATOR.match(lines[j].strip()):
            return j
    return None
