"""Party marking rules (``shared.tagging.parties``) on stories written for these tests."""

from __future__ import annotations

from .tagging_fixtures import roles, tag


def test_maker_before_a_count_receives_rather_than_brands_the_chips() -> None:
    de = tag(
        "KI-Chips für den Speicherriesen",
        "Nvidia liefert an SK Hynix 12.000 KI-Chips für ein neues Rechenzentrum.",
        "Die Auslieferung beginnt im Frühjahr.",
        lang="de",
    )
    assert roles(de) == [("Nvidia", "SK Hynix", 12000)]
    en = tag(
        "AI chips for a memory maker",
        "AMD will sell Samsung 7,500 AI accelerators for its new data centre, the two said.",
    )
    assert roles(en) == [("AMD", "Samsung Electronics", 7500)]


def test_german_recipient_phrase_put_first_is_not_the_subject() -> None:
    first = tag(
        "KI-Chips für Koreaner",
        "An Samsung verkauft AMD rund 9.000 KI-Beschleuniger, teilten beide Firmen mit.",
        "Die Chips gehen in ein Rechenzentrum in Suwon.",
        lang="de",
    )
    assert roles(first) == [("AMD", "Samsung Electronics", 9000)]
    article = tag(
        "Grafikprozessoren für Telekom",
        "An die Deutsche Telekom liefert Nvidia im kommenden Jahr 6.000 Grafikprozessoren "
        "für ein KI-Rechenzentrum.",
        lang="de",
    )
    assert roles(article) == [("Nvidia", "Deutsche Telekom", 6000)]


def test_korean_domestic_words_mean_korea_whatever_else_is_named() -> None:
    t = tag(
        "딥엑스, 국내 통신사들에 AI 칩 공급",
        "딥엑스가 국내 통신사들에 AI 추론 칩 3만 개를 공급한다.",
        "칩은 대만 TSMC와 미국 공장에서 생산된다.",
        lang="ko",
    )
    assert [(d.vendor, d.buyer_country, d.quantity) for d in t.deals] == [("DeepX", "KR", 30000)]


def test_japanese_maker_before_seino_unit_sells() -> None:
    t = tag(
        "KDDI、GPU調達",
        "KDDIは、米AMD製のGPU約1500基を調達すると発表した。",
        "生成AI向けのデータセンターに使う。",
        lang="ja",
    )
    assert [(d.vendor, d.buyer, d.quantity, d.qualifier.value) for d in t.deals] == [
        ("AMD", "KDDI", 1500, "about")
    ]


def test_nearer_in_preposition_governs_the_name_not_the_de_of_the_sum() -> None:
    fr = tag(
        "Puces d'IA: un géant américain au capital d'un concurrent",
        "Qualcomm injectera 3 milliards de dollars dans Rapidus afin de financer ses futures "
        "puces d'IA, selon un communiqué.",
        lang="fr",
    )
    assert [(d.vendor, d.buyer) for d in fr.deals] == [("Qualcomm", "Rapidus")]
    es = tag(
        "Chips de IA",
        "Nvidia invertirá 2.000 millones de dólares en Intel para desarrollar chips de IA.",
        lang="es",
    )
    assert [(d.vendor, d.buyer) for d in es.deals] == [("Nvidia", "Intel")]
