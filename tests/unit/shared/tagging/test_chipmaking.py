"""Deals in a story about making chips that are not for AI: a chipmaker's own plant and
state aid for a fab are chip deals (sums only); output counts, export statistics, crisps
and ships are not, and such a story gets no ai-chips tag from its deals."""

from __future__ import annotations

from .tagging_fixtures import facts
from .tagging_fixtures import tag as _tag


def _tags(t: object) -> set[str]:
    return {x.name for x in getattr(t, "tags", ())}


def test_a_car_parts_maker_s_own_chip_plant_is_a_deal_without_the_ai_tag() -> None:
    t = _tag(
        "Bosch baut Chipwerk in Reutlingen aus",
        "Reutlingen (dpa) - Der Autozulieferer Bosch investiert 600 Millionen Euro in sein "
        "Chipwerk in Reutlingen. Dort sollen Siliziumkarbid-Chips für Elektroautos entstehen, "
        "teilte das Unternehmen mit. Bosch beschäftigt dort 9.000 Menschen.",
        lang="de",
    )
    assert {(f[0], f[2], f[3]) for f in facts(t)} == {("Bosch", round(600e6 / 0.92), "usd")}
    assert "ai-chips" not in _tags(t)


def test_state_aid_for_a_chipmaker_s_fab_is_a_deal() -> None:
    t = _tag(
        "Germany backs new fab in Dresden",
        "BERLIN, March 3 (Reuters) - Germany will grant GlobalFoundries 1.1 billion euros in "
        "state aid for a new semiconductor fab in Dresden that will make chips for cars and "
        "factories, the economy ministry said.",
    )
    assert {(f[0], f[3]) for f in facts(t)} == {("GlobalFoundries", "usd")}


def test_output_counts_and_revenue_of_a_chipmaker_are_no_deals() -> None:
    t = _tag(
        "Chipmaker opens test line, adds 200 jobs",
        "EINDHOVEN, March 3 - Chipmaker Nexperia is opening a test line for car chips in "
        "Nijmegen. The company ships more than 90 billion chips a year. Its revenue fell 5 "
        "percent to $2.0 billion last year.",
    )
    assert facts(t) == set()


def test_export_statistics_and_a_ship_order_in_a_trade_story_are_no_deals() -> None:
    t = _tag(
        "S.Korea exports rise on semiconductors and ships",
        "SEOUL, Dec 1 (Yonhap) - South Korea's exports rose 7 percent in November to $60 "
        "billion, led by semiconductors, ships and cars, the trade ministry said. Chip exports "
        "reached a record $17 billion. HD Hyundai won a $2.1 billion order for eight LNG "
        "carriers this month.",
    )
    assert facts(t) == set()


def test_a_korean_trade_story_with_chip_exports_holds_no_deal() -> None:
    t = _tag(
        "11월 수출 8% 증가…반도체 역대 최대",
        "(세종=연합뉴스) 11월 수출이 반도체 호조에 힘입어 600억 달러를 기록했다. 반도체 수출은 "
        "170억 달러로 역대 최대를 기록했다. HD현대는 이달 23억 달러 규모의 선박을 수주했다.",
        lang="ko",
    )
    assert facts(t) == set()


def test_a_crisp_maker_s_chip_plant_is_no_chip_deal() -> None:
    t = _tag(
        "PepsiCo to build $300 million chip plant in Poland",
        "WARSAW, March 3 - PepsiCo will invest $300 million in a new potato chip plant near "
        "Wroclaw that will make 90,000 tonnes of crisps a year, the company said.",
    )
    assert facts(t) == set()


def test_a_count_per_month_delivered_to_a_named_buyer_is_a_deal() -> None:
    t = _tag(
        "Samsung et SK Hynix livreront des plaquettes à OpenAI",
        "Séoul (ats/afp) Samsung Electronics et SK Hynix ont signé avec OpenAI des lettres "
        "d'intention pour son projet de centres de données d'IA. Les deux groupes comptent "
        "livrer jusqu'à 700'000 plaquettes de mémoire HBM par mois à la société américaine.",
        lang="fr",
    )
    assert ("OpenAI", "US", 700000.0, "units") in facts(t)


def test_a_count_bought_a_year_ago_is_no_rate() -> None:
    t = _tag(
        "Kakao adds GPUs",
        "SEOUL, March 3 (Yonhap) - Kakao bought 3,000 Nvidia GPUs a year ago for its AI data "
        "centre and will buy 2,000 more, the company said.",
    )
    assert ("Kakao", "KR", 3000.0, "units") in facts(t)


def test_a_ship_order_in_a_story_about_ai_chips_is_no_chip_deal() -> None:
    t = _tag(
        "Samsung Heavy wins ship order as Samsung buys GPUs",
        "SEOUL, March 3 - Samsung Electronics will buy 10,000 Nvidia GPUs for its AI data "
        "centres. Samsung Heavy Industries won a $1.9 billion order for six LNG carriers.",
    )
    assert {f[2] for f in facts(t)} == {10000.0}
