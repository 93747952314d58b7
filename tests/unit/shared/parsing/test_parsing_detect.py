"""Format detection and decoding."""

from __future__ import annotations

import codecs

import pytest

from shared.models.story import StoryFormat
from shared.parsing import detect_format

from .parsing_fixtures import raw


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ats_fr.txt", StoryFormat.AGENCY_TEXT),
        ("yonhap_ko.txt", StoryFormat.AGENCY_TEXT),
        ("ninjs1.json", StoryFormat.NINJS),
        ("ninjs3.json", StoryFormat.NINJS),
        ("newsml.xml", StoryFormat.NEWSML_G2),
        ("newsml_canceled.xml", StoryFormat.NEWSML_G2),
        ("rss.xml", StoryFormat.RSS),
        ("atom.xml", StoryFormat.RSS),
    ],
)
def test_fixtures_are_recognised(name: str, expected: StoryFormat) -> None:
    assert detect_format(raw(name)) is expected


def test_byte_order_marks_and_leading_whitespace() -> None:
    assert detect_format(codecs.BOM_UTF8 + b"\n  <rss/>") is StoryFormat.RSS
    assert detect_format('{"uri": "x"}'.encode("utf-16")) is StoryFormat.NINJS
    assert detect_format(b"  [URGENT] Chips") is StoryFormat.AGENCY_TEXT
    assert detect_format(b'[{"uri": "x"}]') is StoryFormat.NINJS


def test_rss_1_rdf_root() -> None:
    rdf = (
        b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
        b' xmlns="http://purl.org/rss/1.0/"><channel><title>AFP</title></channel></rdf:RDF>'
    )
    assert detect_format(rdf) is StoryFormat.RSS
