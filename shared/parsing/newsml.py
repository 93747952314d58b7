"""IPTC NewsML-G2 text items: a ``newsItem`` (alone or as the only item of a ``newsMessage``).

Read: ``guid`` and ``version``; ``itemMeta`` (``pubStatus``, ``versionCreated``,
``firstCreated``, ``provider``, ``signal``); ``contentMeta`` (``headline``, ``dateline``,
``located``, ``language``, ``contentCreated``, ``infoSource``, ``creator``, ``slugline``);
``contentSet`` (``inlineXML`` holding XHTML or NITF paragraphs, or ``inlineData`` text).
"""

from __future__ import annotations

import re
from datetime import datetime

from shared.errors import ParseError
from shared.models.story import PubStatus, StoryFormat
from shared.parsing.agencies import canonical
from shared.parsing.dates import parse_timestamp
from shared.parsing.draft import Draft
from shared.parsing.language import normalise_hint
from shared.parsing.markers import Marks
from shared.parsing.text import collapse, text_to_paragraphs
from shared.parsing.xmlsafe import Element, child, children, descendants, local, named, text_of

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_REVISION = re.compile(r"^(?P<base>.+):(?P<rev>\d+)$")
_STATUS = {
    "usable": PubStatus.USABLE,
    "withheld": PubStatus.WITHHELD,
    "canceled": PubStatus.CANCELED,
    "cancelled": PubStatus.CANCELED,
}


def parse_newsml(root: Element, received_at: datetime) -> Draft:
    item = _the_item(root)
    draft = Draft(format=StoryFormat.NEWSML_G2)
    item_meta = child(item, "itemMeta")
    content_meta = child(item, "contentMeta")
    content_set = child(item, "contentSet")

    draft.version = _int(item.get("version"))
    draft.agency_id = _item_id(item.get("guid"), draft.version)

    status = child(item_meta, "pubStatus")
    qcode = (status.get("qcode", "") if status is not None else "").split(":")[-1].lower()
    draft.pub_status = _STATUS.get(qcode, PubStatus.USABLE)
    for signal in children(item_meta, "signal"):
        if "correct" in signal.get("qcode", "").lower():
            draft.marks = draft.marks | Marks(correction=1)

    draft.published_at = (
        parse_timestamp(text_of(child(item_meta, "versionCreated")), received_at)
        or parse_timestamp(text_of(child(item_meta, "firstCreated")), received_at)
        or parse_timestamp(text_of(child(content_meta, "contentCreated")), received_at)
    )
    draft.headline = collapse(text_of(_main_headline(content_meta)))
    draft.dateline = collapse(text_of(child(content_meta, "dateline"))) or None
    draft.slug = collapse(text_of(child(content_meta, "slugline"))) or None
    language = child(content_meta, "language")
    draft.language_hint = normalise_hint(
        (language.get("tag") if language is not None else None) or item.get(_XML_LANG)
    )
    _source(item_meta, content_meta, draft)

    draft.paragraphs = _body(content_set)
    if not draft.headline:
        draft.headline = collapse(text_of(next(iter(descendants(item, "hl1")), None)))
    if not draft.headline and not draft.paragraphs and draft.pub_status is PubStatus.USABLE:
        raise ParseError("no_text", "newsItem has no headline and no inline text")
    return draft


def _the_item(root: Element) -> Element:
    if local(root.tag) == "newsItem":
        return root
    items = descendants(root, "newsItem")
    if not items:
        raise ParseError("newsml_no_item", f"<{local(root.tag)}> holds no newsItem")
    if len(items) > 1:
        raise ParseError("newsml_multiple_items", f"{len(items)} newsItems in one payload")
    return items[0]


def _item_id(guid: str | None, version: int | None) -> str | None:
    """The guid without a trailing revision (``urn:newsml:afp.com:20251031:ABC:2``), so that
    every version of an item shares one id; a revision is recognised when it equals the
    ``version`` attribute or when the guid is a NewsML 1 URN with all six parts."""
    if not guid or not guid.strip():
        return None
    guid = guid.strip()
    m = _REVISION.match(guid)
    if m and (
        (version is not None and int(m.group("rev")) == version)
        or (guid.lower().startswith("urn:newsml:") and guid.count(":") == 5)
    ):
        return m.group("base")
    return guid


def _main_headline(content_meta: Element | None) -> Element | None:
    headlines = children(content_meta, "headline")
    for headline in headlines:
        if headline.get("role", "").split(":")[-1] in ("", "main"):
            return headline
    return headlines[0] if headlines else None


def _body(content_set: Element | None) -> list[str]:
    for inline in children(content_set, "inlineXML"):
        paragraphs = [
            text
            for element in inline.iter()
            if named(element.tag, "p") and (text := collapse(text_of(element)))
        ]
        if paragraphs:
            return paragraphs
        fallback = text_to_paragraphs(text_of(inline))
        if fallback:
            return fallback
    for inline in children(content_set, "inlineData"):
        paragraphs = text_to_paragraphs(text_of(inline))
        if paragraphs:
            return paragraphs
    return []


def _source(item_meta: Element | None, content_meta: Element | None, draft: Draft) -> None:
    labels: list[str] = []
    elements = [
        *children(item_meta, "provider"),
        *children(content_meta, "infoSource"),
        *children(content_meta, "creator"),
    ]
    for element in elements:
        for value in (element.get("literal"), element.get("qcode"), text_of(element)):
            if value and value.strip():
                agency = canonical(value)
                if agency:
                    draft.source = agency
                    return
                labels.append(value.strip().split(":")[-1])
    if labels:
        draft.source_label = labels[0]


def _int(value: str | None) -> int | None:
    if value and value.strip().isdigit():
        number = int(value.strip())
        return number if number >= 1 else None
    return None
