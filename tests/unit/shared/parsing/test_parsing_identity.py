"""Identity: agency ids when present; for text, a hash that corrections and updates share."""

from __future__ import annotations

from datetime import date, timedelta

from shared.parsing import content_hash
from shared.parsing.identity import lead_key, normalise_key

from .parsing_fixtures import RECEIVED, parse, raw


def test_ats_correction_keeps_the_id_and_raises_the_version() -> None:
    original = parse("ats_fr.txt")
    corrected = parse("ats_fr_rectificatif.txt")
    assert corrected.id == original.id
    assert corrected.is_correction and not original.is_correction
    assert corrected.version == 2 > original.version
    assert corrected.raw_sha256 != original.raw_sha256
    assert "RECTIFICATIF" not in corrected.text


def test_reuters_update_and_correction_share_the_original_id() -> None:
    original = parse("reuters_en.txt")
    update = parse("reuters_en_update.txt")
    corrected = parse("reuters_en_corrected.txt")
    assert original.id == update.id == corrected.id
    assert update.version == 2 and not update.is_correction
    assert corrected.version == 2 and corrected.is_correction
    assert update.headline == corrected.headline == original.headline
    assert not any(p.startswith("(Corrects") for p in corrected.body)


def test_numbered_berichtigung_gives_the_version() -> None:
    original = parse("dpa_de.txt")
    corrected = parse("dpa_de_berichtigung.txt")
    assert corrected.id == original.id
    assert corrected.is_correction
    assert corrected.version == 3  # second correction


def test_text_id_is_stable_across_receptions_and_body_changes() -> None:
    first = parse("reuters_en.txt")
    again = parse(raw("reuters_en.txt").replace(b"national", b"national AI"))
    assert first.id == again.id
    assert first.id.startswith("reuters:2025-10-31:")


def test_different_headlines_get_different_ids() -> None:
    a = parse(b"Samsung opens plant\n\nSeoul (AFP) - Samsung opened a chip plant on Friday.\n")
    b = parse(b"SK Hynix opens plant\n\nSeoul (AFP) - SK Hynix opened a chip plant on Friday.\n")
    assert a.id != b.id


def test_agency_ids_are_used_when_present() -> None:
    assert parse("ninjs1.json").id == "urn:example:ats:fr:20251031:0001"
    assert parse("rss.xml").id == "ats-fr-20250930-rebellions"
    assert parse("atom.xml").id == "urn:example:yna:AKR20251031000100"


def test_newsml_guid_revision_is_dropped_so_versions_share_an_id() -> None:
    story = parse("newsml.xml")
    assert story.id == "urn:newsml:example.com:20251031:SEO-CHIPS"
    assert story.version == 2


def test_content_hash_folds_case_accents_and_punctuation() -> None:
    day = date(2025, 10, 31)
    a = content_hash(source="ATS", title="Séoul: l'IA, vite!", day=day)
    b = content_hash(source="ats", title="SEOUL  L IA VITE", day=day)
    assert a == b
    assert a.startswith("ats:2025-10-31:")
    assert a != content_hash(source="ATS", title="Séoul: l'IA, vite!", day=day + timedelta(1))
    assert a != content_hash(source="AFP", title="Séoul: l'IA, vite!", day=day)
    assert content_hash(source=None, title="x", day=None).startswith("wire:undated:")


def test_undated_text_story_uses_the_reception_day() -> None:
    story = parse("yonhap_ko.txt")
    assert story.published_at is None
    assert story.id.startswith(f"yonhap:{RECEIVED.date().isoformat()}:")


def test_lead_key_reads_only_the_first_words_but_matches_the_whole_lead() -> None:
    lead = "SÉOUL — La société l'a dit: " + " ".join(f"mot{i}" for i in range(200))
    assert lead_key(lead) == " ".join(normalise_key(lead).split(" ")[:12])
    marks = "— " * 40 + "Samsung a commandé des puces."
    assert lead_key(marks) == "samsung a commande des puces"
