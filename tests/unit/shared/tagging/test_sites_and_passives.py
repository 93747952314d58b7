"""Counts said of the site a deal just paid for, sums for an industry, Japanese makers
marked by 製, passive purchases and their agents, a partner after the sum that does not
speak, Korean parts taken over, purchase orders, orders placed with a maker, and contract
manufacturing."""

from __future__ import annotations

from .tagging_fixtures import facts, roles
from .tagging_fixtures import tag as _tag


def test_a_count_at_the_site_just_paid_for_is_that_buyer_s() -> None:
    t = _tag(
        "Telekom baut KI-Rechenzentrum in Hamburg",
        "Die Deutsche Telekom steckt rund 2 Mrd. Euro in ein KI-Rechenzentrum in Hamburg. "
        "Dort sollen bis 2028 rund 8.000 Grafikprozessoren von Nvidia laufen, teilte der "
        "Konzern mit.",
        lang="de",
    )
    assert ("Deutsche Telekom", "DE", 8000.0, "units") in facts(t)


def test_public_money_for_an_industry_is_an_envelope_in_japanese() -> None:
    t = _tag(
        "ラピダスに5千億円を追加支援",
        "経済産業省は、AI向け半導体の量産を目指すラピダスに約5千億円を追加で支援すると発表した。"
        "経産省は別途、半導体やAI分野の基盤整備に向けて今後10年で8兆円規模の公的資金を投じる"
        "枠組みも示した。",
        lang="ja",
    )
    assert {f[2] for f in facts(t)} == {round(500e9 / 150)}


def test_a_maker_marked_by_sei_sells_in_japanese() -> None:
    t = _tag(
        "ソフトバンク、GPUを5000基追加",
        "ソフトバンクは、生成AIの計算基盤に約2000億円を投資すると発表した。米エヌビディア製の"
        "最新GPUを5000基追加で導入する。",
        lang="ja",
    )
    assert ("Nvidia", "SoftBank", 5000) in roles(t)


def test_the_agent_of_a_passive_purchase_buys() -> None:
    italian = _tag(
        "Nuovi acceleratori per la ricerca",
        "Sono stati ordinati dall'INFN 2.000 acceleratori Instinct del gruppo statunitense "
        "Amd per i modelli di intelligenza artificiale.",
        lang="it",
    )
    assert [b for _, b, _ in roles(italian)] == ["INFN"]
    english = _tag(
        "University of Edinburgh to expand AI supercomputer",
        "About 4,000 additional Nvidia graphics processors will be bought by the University "
        "of Edinburgh from Hewlett Packard Enterprise for its AI supercomputer.",
    )
    assert [b for _, b, _ in roles(english)] == ["University of Edinburgh"]


def test_a_partner_named_after_the_sum_is_not_the_speaker() -> None:
    t = _tag(
        "Atlântico Data vai investir 2 mil milhões de euros em Sines",
        "A Atlântico Data vai investir 2 mil milhões de euros num campus de centros de dados "
        "para inteligência artificial, anunciou hoje a empresa, que assinou um acordo com a "
        "norte-americana Nvidia para até 20 mil processadores gráficos.",
        lang="pt",
    )
    money = [b for _, b, size in roles(t) if size == 2e9]
    assert money and "Nvidia" not in money


def test_korean_parts_taken_over_are_deals() -> None:
    t = _tag(
        "정부, 엔비디아 GPU 5천 장 구매",
        "과학기술정보통신부는 엔비디아의 그래픽처리장치(GPU) 5천 장을 구매한다고 밝혔다. "
        "네이버클라우드가 3천 장, 카카오가 2천 장을 각각 넘겨받아 운영한다.",
        lang="ko",
    )
    assert {(f[0], f[2]) for f in facts(t)} >= {("Naver Cloud", 3000.0), ("Kakao", 2000.0)}


def test_a_purchase_order_is_signed_by_the_buyer() -> None:
    t = _tag(
        "KT signs purchase order for up to 3,000 Rebellions chips",
        "KT said it would use the AI accelerators in its cloud.",
    )
    assert roles(t) == [("Rebellions", "KT", 3000)]


def test_an_order_placed_with_a_contract_manufacturer_is_bought_by_the_subject() -> None:
    t = _tag(
        "Groq places wafer order",
        "Groq, which designs AI inference chips and counts Samsung among its backers, has "
        "placed a $500 million order with Samsung Electronics' contract manufacturing arm for "
        "about 20,000 wafers, the companies said.",
    )
    assert {b for _, b, _ in roles(t)} == {"Groq"}
    assert {v for v, _, _ in roles(t)} == {"Samsung Electronics"}
