"""Splitting a fetched RSS/Atom feed into one-item documents, the form the wire carries."""

from __future__ import annotations

import copy
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from shared.parsing.decode import decode_payload
from shared.parsing.feeds import Feed
from shared.parsing.limits import ParseLimits
from shared.parsing.xmlsafe import child, local, parse_xml, text_of

# Serialise with the usual prefixes rather than ns0:, ns1: (readable payloads in dead letters).
for _prefix, _uri in {
    "": "http://www.w3.org/2005/Atom",
    "content": "http://purl.org/rss/1.0/modules/content/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
}.items():
    ET.register_namespace(_prefix, _uri)


@dataclass(frozen=True)
class FeedItem:
    guid: str
    payload: bytes


def _guid(item: ET.Element, atom: bool) -> str:
    for name in ("id",) if atom else ("guid", "link"):
        value = text_of(child(item, name))
        if value:
            return value.strip()
    if atom:
        link = child(item, "link")
        if link is not None and link.get("href"):
            return str(link.get("href"))
    return ET.tostring(item, encoding="unicode")[:200]


_LIMITS = ParseLimits()


def split_feed(raw: bytes, limits: ParseLimits = _LIMITS) -> list[FeedItem]:
    """One standalone feed document per item, keeping the channel's own metadata."""
    root = parse_xml(decode_payload(raw, limits))
    feed = Feed(root)
    out: list[FeedItem] = []
    for item in feed.items:
        doc = copy.deepcopy(root)
        holder = doc if feed.atom or local(doc.tag) == "RDF" else child(doc, "channel")
        if holder is None:
            continue
        for other in [e for e in holder if local(e.tag) in ("item", "entry")]:
            holder.remove(other)
        holder.append(copy.deepcopy(item))
        body = ET.tostring(doc, encoding="utf-8", xml_declaration=True)
        out.append(FeedItem(_guid(item, feed.atom), body))
    return out
