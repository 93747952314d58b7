from __future__ import annotations

import json
from datetime import UTC, datetime

from shared.indexing import IndexNames, index_action, story_date, text_field, to_document
from shared.models import PubStatus

from .fixtures import NOW, company, corpus, event, gpu_deal, place


def test_french_story_document() -> None:
    doc = to_document(corpus()[0])
    assert doc["story_id"] == "urn:test:fr-1"
    assert doc["version"] == 1
    assert doc["language"] == "fr"
    assert doc["format"] == "ninjs"
    assert doc["text_fr"] == doc["text"]
    assert doc["text"].startswith("Nvidia livre des puces")
    assert not any(k.startswith("text_") and k != "text_fr" for k in doc)
    assert doc["tags"] == ["ai-chips", "korea"]
    assert doc["companies"] == ["Nvidia", "Samsung Electronics"]
    assert doc["countries"] == ["KR"]
    assert doc["deal_count"] == 1
    deal = doc["deals"][0]
    assert deal["quantity"] == 50_000
    assert deal["amount_usd"] == 1.5e9
    assert deal["unit"] == "gpu"
    assert deal["qualifier"] == "about"
    assert deal["date"] == doc["date"] == NOW.isoformat()
    assert doc["tag_results"][0]["evidence"][0]["term"] == "puces"
    assert doc["places"][0]["code"] == "iso3166-1a2:KR"
    json.dumps(doc)


def test_language_routing() -> None:
    assert text_field("ko") == text_field("ja") == text_field("zh") == "text_cjk"
    assert text_field("fr") == "text_fr"
    assert text_field("pt-BR") == "text_pt"
    assert text_field("ru") is None
    assert text_field(None) is None
    korean = to_document(corpus()[1])
    assert "text_cjk" in korean
    unknown = to_document(event("x", headline="Привет", language="ru"))
    assert not any(k.startswith("text_") for k in unknown)
    assert unknown["text"] == "Привет"


def test_date_falls_back_to_received() -> None:
    ev = event("x", headline="h", published_at=None)
    assert story_date(ev) == ev.story.received_at
    assert to_document(ev)["published_at"] is None
    assert to_document(ev)["date"] == ev.story.received_at.isoformat()


def test_naive_datetimes_are_taken_as_utc() -> None:
    ev = event("x", headline="h", published_at=datetime(2025, 1, 2, 3, 4))
    assert to_document(ev)["published_at"] == datetime(2025, 1, 2, 3, 4, tzinfo=UTC).isoformat()


def test_countries_from_places_entities_and_buyers_without_duplicates() -> None:
    ev = event(
        "x",
        headline="h",
        places=(place("kr", "Korea"),),
        entities=(company("TSMC", "TW"),),
        deals=(gpu_deal("Nvidia", "Naver", "kr", 10), gpu_deal("AMD", "Sakura", "JP", 5)),
    )
    doc = to_document(ev)
    assert doc["countries"] == ["KR", "JP"]  # a company's home country is not a place
    assert [d["buyer_country"] for d in doc["deals"]] == ["KR", "JP"]


def test_withdrawn_story_keeps_its_status() -> None:
    doc = to_document(event("x", headline="h", pub_status=PubStatus.CANCELED, version=3))
    assert doc["pub_status"] == "canceled"
    assert doc["is_correction"] is True


def test_action_uses_external_gte_versions_through_the_alias() -> None:
    names = IndexNames("tst")
    action = index_action(event("urn:a", headline="h", version=7), names)
    assert action["_index"] == "tst-stories"
    assert action["_id"] == "urn:a"
    assert action["version"] == 7
    assert action["version_type"] == "external_gte"
    assert action["_op_type"] == "index"
    assert action["_source"]["version"] == 7
