"""Agency plain text: headers, headlines, datelines, sign-offs, markers, source."""

from __future__ import annotations

from datetime import UTC, datetime

from shared.models.story import PubStatus, StoryFormat

from .parsing_fixtures import RECEIVED, parse, raw


def test_ats_date_header_running_into_the_first_paragraph() -> None:
    story = parse("ats_fr.txt")
    assert story.format is StoryFormat.AGENCY_TEXT
    assert story.source == "ATS"
    assert story.language == "fr"
    assert story.headline == ""
    assert story.body[0].startswith("Nvidia, le concepteur californien")
    assert "date 2025" not in story.text
    assert story.published_at == datetime(2025, 10, 31, tzinfo=UTC)
    assert story.received_at == RECEIVED
    assert story.version == 1 and not story.is_correction
    assert story.pub_status is PubStatus.USABLE


def test_ats_swiss_thousands_separator_and_sign_off() -> None:
    story = parse("ats_fr.txt")
    assert "260'000" in story.body[0]
    assert all("/ATS" not in p for p in story.body)
    assert story.body[-1].endswith("plusieurs milliards de dollars.")


def test_ats_slug_headline_and_dateline() -> None:
    story = parse("ats_headline_fr.txt")
    assert story.headline.startswith("Rebellions lève des fonds")
    assert story.dateline == "Séoul (ats/afp)"
    assert story.body[0].startswith("La jeune pousse sud-coréenne")
    assert story.source == "ATS"
    assert "Corée du Sud-IA" not in story.text


def test_afp_english_dateline_with_year_and_initials() -> None:
    story = parse("afp_en.txt")
    assert story.source == "AFP"
    assert story.language == "en"
    assert story.headline == "Samsung posts record chip profit on AI memory demand"
    assert story.dateline == "Seoul, Oct 30, 2025 (AFP)"
    assert story.body[0].startswith("Samsung Electronics said Thursday")
    assert story.body[-1] == "Shares in the company closed 3.1 percent higher in Seoul."
    assert story.published_at == datetime(2025, 10, 30, tzinfo=UTC)


def test_afp_french_dateline_without_headline() -> None:
    story = parse("afp_fr.txt")
    assert story.headline == ""
    assert story.dateline == "Séoul, 31 oct 2025 (AFP)"
    assert story.source == "AFP"
    assert story.language == "fr"
    assert len(story.body) == 2


def test_reuters_timestamp_headline_dateline_credits() -> None:
    story = parse("reuters_en.txt")
    assert story.source == "Reuters"
    assert story.published_at == datetime(2025, 10, 31, 6, 15, tzinfo=UTC)
    assert story.headline.startswith("Nvidia to ship 260,000 AI chips")
    assert story.dateline == "SEOUL, Oct 31 (Reuters)"
    assert story.body[0].startswith("Nvidia will supply")
    assert not any("Reporting by" in p for p in story.body)


def test_dpa_urgent_marker_sign_off_and_closing_time() -> None:
    story = parse("dpa_de.txt")
    assert story.source == "dpa"
    assert story.language == "de"
    assert story.headline.startswith("Nvidia liefert Südkorea")
    assert "EILMELDUNG" not in story.text
    assert story.dateline == "Seoul (dpa)"
    assert story.body[-1].endswith("mehrere Milliarden Dollar gehen.")
    # 311412 Oct 25: 31 October 2025, 14:12 German time (CET, UTC+1).
    assert story.published_at == datetime(2025, 10, 31, 13, 12, tzinfo=UTC)


def test_yonhap_korean_dateline_urgent_marker_and_end_lines() -> None:
    story = parse("yonhap_ko.txt")
    assert story.source == "Yonhap"
    assert story.language == "ko"
    assert story.headline == "엔비디아, 한국에 GPU 26만 장 공급"
    assert story.dateline == "(서울=연합뉴스) 홍길동 기자"
    assert story.body[0].startswith("미국 반도체 기업 엔비디아가")
    assert not any("yna.co.kr" in p or "(끝)" in p for p in story.body)


def test_yonhap_english_lead_is_version_two() -> None:
    story = parse("yonhap_en_lead.txt")
    assert story.headline == "Nvidia to supply 260,000 GPUs to S. Korea"
    assert story.version == 2
    assert not story.is_correction
    assert story.dateline == "SEOUL, Oct. 31 (Yonhap)"
    assert story.published_at == datetime(2025, 10, 31, tzinfo=UTC)
    assert "(END)" not in story.text


def test_windows_line_endings_and_html_entities() -> None:
    text = (
        "Nvidia &amp; Samsung sign &quot;AI factory&quot; deal\r\n\r\n"
        "Seoul (AFP) - Samsung&#39;s new plant will use more than 50,000 Nvidia GPUs,"
        " the companies said on Friday.\r\n\r\nabc/def\r\n"
    )
    story = parse(text.encode())
    assert story.headline == 'Nvidia & Samsung sign "AI factory" deal'
    assert story.body == (
        "Samsung's new plant will use more than 50,000 Nvidia GPUs, the companies said on Friday.",
    )
    assert story.dateline == "Seoul (AFP)"


def test_headline_only_flash_is_a_story() -> None:
    story = parse(b"URGENT\nNvidia to supply 260,000 AI chips to South Korea\n")
    assert story.headline == "Nvidia to supply 260,000 AI chips to South Korea"
    assert story.body == ()
    assert story.language == "en"


def test_separator_lines_are_dropped() -> None:
    text = (
        "Samsung opens AI chip plant\n=====\n\nBerlin (dpa) - Samsung hat ein neues Werk für "
        "KI-Chips eröffnet, wie das Unternehmen am Freitag mitteilte.\n\n=====\n"
    )
    story = parse(text.encode())
    assert story.headline == "Samsung opens AI chip plant"
    assert story.body == (
        "Samsung hat ein neues Werk für KI-Chips eröffnet, wie das Unternehmen am Freitag "
        "mitteilte.",
    )


def test_raw_sha256_is_of_the_bytes() -> None:
    import hashlib

    data = raw("reuters_en.txt")
    assert parse(data).raw_sha256 == hashlib.sha256(data).hexdigest()


def test_hard_wrapped_lead_is_not_taken_for_a_headline() -> None:
    text = (
        b"Seoul - Nvidia will supply more than a quarter of a million of its\n"
        b"latest graphics processors to the South Korean government and the\n"
        b"country's largest companies, the chip designer said on Friday, as its\n"
        b"chief executive visited the country.\n\nThe government takes 50,000.\n"
    )
    story = parse(text)
    assert story.headline == ""
    assert story.body[0].startswith("Seoul - Nvidia will supply")
    assert story.body[0].endswith("visited the country.")


def test_kill_notice_is_a_canceled_story() -> None:
    text = b"KILL\nNvidia to ship 260,000 AI chips to South Korean government and firms\n"
    story = parse(text)
    assert story.pub_status is PubStatus.CANCELED
    assert story.headline.startswith("Nvidia to ship")
