"""Wire payload in, canonical :class:`~shared.models.story.Story` out: pure, synchronous, no I/O.

>>> story = parse_story(raw, received_at=now)          # doctest: +SKIP

Every payload that cannot become a story raises :class:`~shared.errors.ParseError` with a short
stable ``reason`` (``empty_payload``, ``xml_forbidden_entity``, ``no_text``...), the code that
dead letters and metrics carry. Implausible dates are not errors; they are left out.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime

from shared.errors import ParseError
from shared.models.story import Story, StoryFormat
from shared.parsing.agency_text import parse_agency_text
from shared.parsing.assemble import as_utc, finish
from shared.parsing.decode import decode_payload
from shared.parsing.detect import format_of_text, resolve_hint
from shared.parsing.draft import Draft
from shared.parsing.feeds import Feed, parse_item
from shared.parsing.identity import content_hash, raw_sha256
from shared.parsing.language import SUPPORTED as SUPPORTED_LANGUAGES
from shared.parsing.language import detect_language, load_language_models
from shared.parsing.limits import ParseLimits
from shared.parsing.newsml import parse_newsml
from shared.parsing.ninjs import parse_ninjs
from shared.parsing.xmlsafe import parse_xml

__all__ = [
    "SUPPORTED_LANGUAGES",
    "ParseError",
    "ParseLimits",
    "content_hash",
    "detect_format",
    "detect_language",
    "load_language_models",
    "parse_feed_items",
    "parse_story",
]

_DEFAULT_LIMITS = ParseLimits()


def detect_format(raw: bytes, *, limits: ParseLimits = _DEFAULT_LIMITS) -> StoryFormat:
    """The wire format of ``raw``; raises ParseError when the bytes are unusable."""
    return format_of_text(decode_payload(raw, limits))


def parse_story(
    raw: bytes,
    *,
    received_at: datetime,
    format_hint: str | None = None,
    limits: ParseLimits = _DEFAULT_LIMITS,
) -> Story:
    """Parse one wire payload (agency text, ninjs, NewsML-G2, or a one-item RSS/Atom feed)."""
    received_at = as_utc(received_at)
    text = decode_payload(raw, limits)
    fmt = resolve_hint(format_hint, format_of_text(text))
    draft: Draft
    if fmt is StoryFormat.AGENCY_TEXT:
        draft = parse_agency_text(text, received_at)
    elif fmt is StoryFormat.NINJS:
        draft = parse_ninjs(text, received_at)
    elif fmt is StoryFormat.NEWSML_G2:
        draft = parse_newsml(parse_xml(text), received_at)
    else:
        feed = Feed(parse_xml(text))
        draft = parse_item(feed, feed.single(), received_at)
    return finish(draft, raw_sha256=raw_sha256(raw), received_at=received_at, limits=limits)


def parse_feed_items(
    raw: bytes, *, received_at: datetime, limits: ParseLimits = _DEFAULT_LIMITS
) -> list[Story | ParseError]:
    """Every item of an RSS or Atom feed, in document order, for a feed poller.

    A feed-level problem (not a feed, broken XML, no item, too many items) raises ParseError;
    an item that cannot become a story is returned as its ParseError, in its place, so one bad
    item does not cost the others. Each story's ``raw_sha256`` is that of the item's own XML.
    """
    received_at = as_utc(received_at)
    text = decode_payload(raw, limits)
    fmt = format_of_text(text)
    if fmt is not StoryFormat.RSS:
        raise ParseError("not_a_feed", f"payload is {fmt.value}, not RSS or Atom")
    feed = Feed(parse_xml(text))
    if not feed.items:
        raise ParseError("feed_no_item", "the feed holds no item")
    if len(feed.items) > limits.max_feed_items:
        raise ParseError(
            "feed_too_many_items", f"{len(feed.items)} items, limit {limits.max_feed_items}"
        )
    results: list[Story | ParseError] = []
    for item in feed.items:
        try:
            draft = parse_item(feed, item, received_at)
            digest = raw_sha256(ET.tostring(item, encoding="utf-8"))
            results.append(
                finish(draft, raw_sha256=digest, received_at=received_at, limits=limits)
            )
        except ParseError as exc:
            results.append(exc)
    return results
