"""RSS 2.0 (``rss/channel/item``), RSS 1.0 (``rdf:RDF/item``) and Atom (``feed/entry``).

On the wire a feed document carries one item; :func:`feed_items` gives all of them for a
poller. Body text is ``content:encoded`` (RSS) or ``content`` (Atom) when present, else
``description``/``summary``, with HTML stripped.
"""

from __future__ import annotations

from datetime import datetime

from shared.errors import ParseError
from shared.models.story import StoryFormat
from shared.parsing.agencies import canonical
from shared.parsing.dates import parse_timestamp
from shared.parsing.draft import Draft
from shared.parsing.language import normalise_hint
from shared.parsing.text import collapse, text_to_paragraphs
from shared.parsing.xmlsafe import Element, child, children, local, text_of

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


class Feed:
    """A parsed feed document: its items and the channel-level facts they inherit."""

    def __init__(self, root: Element) -> None:
        name = local(root.tag)
        if name == "rss":
            self.channel = child(root, "channel")
            self.items = children(self.channel, "item")
            self.atom = False
        elif name == "RDF":
            self.channel = child(root, "channel")
            self.items = children(root, "item")
            self.atom = False
        elif name == "feed":
            self.channel = root
            self.items = children(root, "entry")
            self.atom = True
        else:
            raise ParseError("xml_unknown_root", f"<{name}> is not a feed")
        if self.channel is None:
            raise ParseError("feed_no_item", "RSS document without a channel")
        self.title = collapse(text_of(child(self.channel, "title")))
        self.language = normalise_hint(
            text_of(child(self.channel, "language")) or root.get(_XML_LANG)
        )

    def single(self) -> Element:
        if not self.items:
            raise ParseError("feed_no_item", "the feed holds no item")
        if len(self.items) > 1:
            raise ParseError(
                "feed_multiple_items",
                f"{len(self.items)} items; a wire payload carries one (use parse_feed_items)",
            )
        return self.items[0]


def parse_item(feed: Feed, item: Element, received_at: datetime) -> Draft:
    draft = Draft(format=StoryFormat.RSS)
    draft.headline = collapse(text_of(child(item, "title")))
    draft.paragraphs = _body(feed, item)
    if not draft.headline and not draft.paragraphs:
        raise ParseError("feed_item_no_text", "the item has no title and no text")
    draft.url = _link(feed, item)
    guid = collapse(text_of(child(item, "guid") if not feed.atom else child(item, "id")))
    about = item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")
    draft.agency_id = guid or about or draft.url
    for name in ("pubDate", "published", "date", "updated", "issued", "modified"):
        element = child(item, name)
        if element is not None:
            draft.published_at = parse_timestamp(text_of(element), received_at)
            if draft.published_at is not None:
                break
    draft.language_hint = normalise_hint(item.get(_XML_LANG)) or feed.language
    _source(feed, item, draft)
    return draft


def _body(feed: Feed, item: Element) -> list[str]:
    for name in ("encoded", "content", "description", "summary"):
        for element in children(item, name):
            if feed.atom and name == "content" and element.get("type") == "xhtml":
                paragraphs = text_to_paragraphs(_inner_markup(element))
            else:
                paragraphs = text_to_paragraphs(text_of(element))
            if paragraphs:
                return paragraphs
    return []


_BLOCKS = frozenset(("p", "div", "li", "br", "h1", "h2", "h3", "h4", "blockquote"))


def _inner_markup(element: Element) -> str:
    """The text of an Atom ``type="xhtml"`` content, with paragraph breaks kept."""
    parts: list[str] = []
    _walk(element, parts)
    return "".join(parts)


def _walk(node: Element, parts: list[str]) -> None:
    block = local(node.tag) in _BLOCKS
    if block:
        parts.append("\n\n")
    if node.text:
        parts.append(node.text)
    for sub in node:
        _walk(sub, parts)
        if sub.tail:
            parts.append(sub.tail)
    if block:
        parts.append("\n\n")


def _link(feed: Feed, item: Element) -> str | None:
    if not feed.atom:
        return collapse(text_of(child(item, "link"))) or None
    links = children(item, "link")
    for link in links:
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href")
    return next((link.get("href") for link in links if link.get("href")), None)


def _source(feed: Feed, item: Element, draft: Draft) -> None:
    candidates = [
        text_of(child(item, "creator")),
        text_of(child(child(item, "author"), "name"))
        if feed.atom
        else text_of(child(item, "author")),
        text_of(child(item, "source")),
        feed.title,
    ]
    for value in candidates:
        agency = canonical(value)
        if agency:
            draft.source = agency
            return
    if feed.title:
        draft.source_label = feed.title
