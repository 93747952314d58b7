"""Which of the four wire formats a payload is, from its first significant characters."""

from __future__ import annotations

import re

from shared.errors import ParseError
from shared.models.story import StoryFormat
from shared.parsing.xmlsafe import parse_xml, root_name

# "[" opens a JSON array only if a JSON value follows: "[속보]" or "[URGENT]" opens text.
_JSON_ARRAY = re.compile(r"\[\s*(?:[\[{\"\]\d-]|true|false|null)")
_NEWSML_ROOTS = frozenset(("newsItem", "newsMessage"))
_FEED_ROOTS = frozenset(("rss", "feed", "RDF"))


def format_of_text(text: str) -> StoryFormat:
    """The format of decoded text. XML with a DOCTYPE is refused here, whatever its root, so
    that a hostile document is reported as such rather than as an unknown format."""
    head = text.lstrip()
    if head.startswith("{") or _JSON_ARRAY.match(head):
        return StoryFormat.NINJS
    if not head.startswith("<"):
        return StoryFormat.AGENCY_TEXT
    if "<!DOCTYPE" in head[:4096] or "<!ENTITY" in head[:4096]:
        parse_xml(head)  # raises the specific xml_* reason
    name = root_name(head)
    if name is None:
        raise ParseError("xml_invalid", "starts with '<' but has no root element")
    if name in _NEWSML_ROOTS:
        return StoryFormat.NEWSML_G2
    if name in _FEED_ROOTS:
        return StoryFormat.RSS
    raise ParseError("xml_unknown_root", f"<{name}> is not newsItem, rss or feed")


def resolve_hint(hint: str | None, detected: StoryFormat) -> StoryFormat:
    """``detected``, after checking that a caller's ``format_hint`` agrees with it."""
    if hint is None:
        return detected
    try:
        hinted = StoryFormat(hint.strip().lower())
    except ValueError:
        allowed = "|".join(f.value for f in StoryFormat)
        raise ParseError("unknown_format_hint", f"{hint!r} is not one of {allowed}") from None
    if hinted is not detected:
        raise ParseError(
            "format_mismatch", f"hint says {hinted.value} but the bytes are {detected.value}"
        )
    return hinted
