"""ninjs 1.x, 2.x and 3.x."""

from __future__ import annotations

from datetime import UTC, datetime

from shared.models.story import PubStatus, StoryFormat

from .parsing_fixtures import parse


def test_ninjs1_plain_text() -> None:
    story = parse("ninjs1.json")
    assert story.format is StoryFormat.NINJS
    assert story.version == 2
    assert story.source == "ATS"
    assert story.language == "fr"
    assert story.headline == "Nvidia promet 260'000 puces à la Corée du Sud"
    assert story.dateline == "Séoul (ats/afp)"
    assert story.body == (
        "Le géant américain des processeurs graphiques fournira 260'000 puces à la Corée du Sud,"
        " a-t-il indiqué vendredi.",
        "L'Etat en recevra 50'000, le reste ira aux grands groupes industriels du pays.",
    )
    assert story.published_at == datetime(2025, 10, 31, 7, 5, tzinfo=UTC)


def test_ninjs1_html_body_and_withheld_status() -> None:
    story = parse("ninjs1_html.json")
    assert story.pub_status is PubStatus.WITHHELD
    assert story.source == "AFP"
    assert story.version == 1
    assert len(story.body) == 2
    assert story.body[0].startswith("Samsung Electronics said")
    assert "<p>" not in story.text


def test_ninjs2_main_headline_and_plain_body_preferred() -> None:
    story = parse("ninjs2.json")
    assert story.headline == "Samsung baut KI-Fabrik mit Nvidia-Chips"
    assert story.body[0].startswith("Der Elektronikkonzern Samsung")
    assert story.body[-1].startswith("Damit sollen")
    assert story.source == "dpa"
    assert story.language == "de"
    assert story.published_at == datetime(2025, 10, 31, 9, 20, tzinfo=UTC)


def test_ninjs3_camel_case_canceled_and_version() -> None:
    story = parse("ninjs3.json")
    assert story.pub_status is PubStatus.CANCELED
    assert story.version == 3
    assert story.source == "Yonhap"
    assert story.language == "en"
    assert story.published_at == datetime(2025, 10, 31, 0, 30, tzinfo=UTC)
    assert story.dateline == "SEOUL, Oct. 31 (Yonhap)"
    assert story.body[-1].startswith("The units are part")


def test_ninjs_headline_only_is_fine() -> None:
    story = parse(b'{"uri": "urn:x:1", "headline": "Nvidia shares hit record", "language": "en"}')
    assert story.headline == "Nvidia shares hit record"
    assert story.body == ()


def test_language_metadata_is_only_a_hint() -> None:
    wrong = (
        b'{"uri": "urn:x:2", "language": "de", "headline": "Samsung opens a new chip plant",'
        b' "body_text": "Samsung Electronics said on Friday that it has opened a new plant for'
        b' the memory chips that are used in artificial intelligence servers."}'
    )
    assert parse(wrong).language == "en"


def test_absurd_dates_are_dropped_not_fatal() -> None:
    for stamp in ("0001-01-01T00:00:00Z", "2999-12-31T00:00:00Z", "not a date", "2025-13-45"):
        doc = f'{{"uri": "urn:x:3", "headline": "Chip news", "versioncreated": "{stamp}"}}'
        assert parse(doc.encode()).published_at is None
