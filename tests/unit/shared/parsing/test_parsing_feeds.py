"""RSS 2.0 and Atom, one item per wire payload; all items for a feed poller."""

from __future__ import annotations

from datetime import UTC, datetime

from shared.errors import ParseError
from shared.models.story import Story, StoryFormat
from shared.parsing import parse_feed_items

from .parsing_fixtures import RECEIVED, parse, raw


def test_rss_item_content_encoded_preferred_and_html_stripped() -> None:
    story = parse("rss.xml")
    assert story.format is StoryFormat.RSS
    assert story.headline.startswith("Une start-up coréenne")
    assert story.body == (
        "La société sud-coréenne Rebellions, qui conçoit des processeurs pour l'intelligence"
        " artificielle, a levé 250 millions de dollars auprès d'investisseurs.",
        "Elle prépare une entrée en Bourse à Séoul.",
    )
    assert story.url == "https://example.ch/fr/economie/rebellions"
    assert story.published_at == datetime(2025, 9, 30, 5, 12, tzinfo=UTC)
    assert story.source == "ATS"
    assert story.language == "fr"


def test_atom_entry_with_escaped_html_content() -> None:
    story = parse("atom.xml")
    assert story.headline == "SK하이닉스, 새 메모리 공장 가동"
    assert story.url == "https://example.kr/view/AKR20251031000100"
    assert story.published_at == datetime(2025, 10, 31, 8, 12, tzinfo=UTC)
    assert story.source == "Yonhap"
    assert story.language == "ko"
    assert story.dateline == "(청주=연합뉴스) 홍길동 기자"
    assert len(story.body) == 2


def test_atom_xhtml_content() -> None:
    xml = (
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>AFP</title><entry>'
        "<title>Chip stocks rally</title><id>urn:x:atom:1</id>"
        '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">'
        "<p>Asian chip stocks rallied on <b>Friday</b>.</p><p>Samsung led the gains.</p>"
        "</div></content></entry></feed>"
    )
    story = parse(xml.encode())
    assert story.body == ("Asian chip stocks rallied on Friday.", "Samsung led the gains.")
    assert story.source == "AFP"


def test_feed_poller_gets_every_item_and_errors_in_place() -> None:
    results = parse_feed_items(raw("feed_multi.xml"), received_at=RECEIVED)
    assert len(results) == 3
    first, second, third = results
    assert isinstance(first, Story) and isinstance(third, Story)
    assert isinstance(second, ParseError) and second.reason == "feed_item_no_text"
    assert first.id == "reuters-example-0001"
    assert first.body[0].startswith("Shares of South Korean memory makers")
    assert first.dateline == "SEOUL, Oct 31 (Reuters)"
    assert third.id == third.url == "https://example.com/technology/nvidia-5-trillion"
    assert third.published_at == datetime(2025, 10, 29, 15, 0, tzinfo=UTC)
    assert first.raw_sha256 != third.raw_sha256
    assert {s.source for s in (first, third)} == {"Reuters"}


def test_feed_poller_refuses_a_non_feed() -> None:
    try:
        parse_feed_items(raw("ninjs1.json"), received_at=RECEIVED)
    except ParseError as exc:
        assert exc.reason == "not_a_feed"
    else:  # pragma: no cover
        raise AssertionError("expected ParseError")
