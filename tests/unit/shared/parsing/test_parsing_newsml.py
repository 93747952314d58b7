"""NewsML-G2 newsItem and newsMessage."""

from __future__ import annotations

from datetime import UTC, datetime

from shared.models.story import PubStatus, StoryFormat

from .parsing_fixtures import parse


def test_newsml_inline_xhtml() -> None:
    story = parse("newsml.xml")
    assert story.format is StoryFormat.NEWSML_G2
    assert story.source == "AFP"
    assert story.language == "fr"
    assert story.headline.startswith("Nvidia va fournir")
    assert story.dateline == "Séoul, 31 oct 2025 (AFP)"
    assert story.body == (
        "Le fabricant américain Nvidia a annoncé vendredi un accord pour livrer à la Corée du Sud"
        " plus de 260 000 processeurs graphiques.",
        "Samsung, SK et Hyundai figurent parmi les principaux bénéficiaires.",
    )
    assert story.published_at == datetime(2025, 10, 31, 8, 30, tzinfo=UTC)
    assert "ignored" not in story.text


def test_newsml_message_inline_data_canceled_correction() -> None:
    story = parse("newsml_canceled.xml")
    assert story.pub_status is PubStatus.CANCELED
    assert story.is_correction
    assert story.version == 4
    assert story.id == "tag:example.com,2025:newsml_ABC123"
    assert story.source == "Reuters"
    assert story.dateline == "SEOUL, Oct 31 (Reuters)"
    assert story.body[1] == "There will be no replacement story."


def test_newsml_utf16_with_bom_and_declared_encoding() -> None:
    xml = (
        '<?xml version="1.0" encoding="UTF-16"?>'
        '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:16" version="1">'
        "<contentMeta><headline>Séoul mise sur les puces</headline></contentMeta>"
        "<contentSet><inlineData>Le gouvernement sud-coréen a présenté un plan d'aide"
        " pour les fabricants de semi-conducteurs.</inlineData></contentSet></newsItem>"
    )
    story = parse(xml.encode("utf-16"))
    assert story.headline == "Séoul mise sur les puces"
    assert story.language == "fr"


def test_newsml_latin1_declared_encoding() -> None:
    xml = (
        '<?xml version="1.0" encoding="ISO-8859-1"?>'
        '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:l1" version="1">'
        "<contentMeta><headline>Genève accueille un congrès sur les puces</headline>"
        "</contentMeta></newsItem>"
    )
    assert parse(xml.encode("latin-1")).headline == "Genève accueille un congrès sur les puces"


def test_canceled_item_without_any_text_still_parses() -> None:
    xml = (
        b'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:kill" version="3">'
        b'<itemMeta><pubStatus qcode="stat:canceled"/></itemMeta></newsItem>'
    )
    story = parse(xml)
    assert story.pub_status is PubStatus.CANCELED
    assert story.id == "urn:x:kill" and story.version == 3
    assert story.headline == "" and story.body == ()
    assert story.language is None
