"""Sizes read the way wire copy states them (configurations, capacity booked, currency codes
before the sum, units named as cards, a dateline before a spelled count), reports called
untrue in the next sentence, and parties that are one party, named twice."""

from __future__ import annotations

from .tagging_fixtures import facts, roles
from .tagging_fixtures import tag as _tag


def test_a_rack_configuration_is_no_order_beside_the_count_ordered() -> None:
    t = _tag(
        "Microsoft orders 20,000 AMD GPUs for its AI cloud",
        "Microsoft has ordered 20,000 AMD Instinct GPUs for its AI data centres, the "
        "companies said. AMD will ship the accelerators in racks of 72 GPUs linked by its "
        "own networking.",
    )
    assert facts(t) == {("Microsoft", "US", 20000.0, "units")}
    same_sentence = _tag(
        "Microsoft orders 20,000 AMD GPUs for its AI cloud",
        "Microsoft has ordered 20,000 AMD Instinct GPUs, to be shipped in racks of 72 "
        "accelerators, for its AI data centres, the companies said.",
    )
    assert facts(same_sentence) == {("Microsoft", "US", 20000.0, "units")}


def test_capacity_booked_from_a_foundry_is_bought() -> None:
    t = _tag(
        "AMD books chip packaging capacity",
        "AMD has booked about 20,000 wafers of advanced packaging capacity at TSMC for its "
        "AI accelerators next year, people familiar with the matter said.",
    )
    assert facts(t) == {("AMD", "US", 20000.0, "units")}
    own = _tag(
        "TSMC expands AI chip packaging",
        "TSMC plans to raise its capacity to 90,000 wafers a month to meet demand for AI "
        "accelerators from Nvidia and AMD.",
    )
    assert own.deals == ()


def test_a_report_called_untrue_in_the_next_sentence_is_no_deal() -> None:
    t = _tag(
        "Meta to spend on AI chips as report of AMD order is disputed",
        "Meta will buy 30,000 Nvidia GPUs for a new AI cluster, the company said. "
        "A trade newsletter said Meta had also ordered 80,000 AMD accelerators. "
        "An AMD spokeswoman said the report was inaccurate.",
    )
    assert facts(t) == {("Meta", "US", 30000.0, "units")}
    unverified = _tag(
        "Meta said to order AMD accelerators",
        "A trade newsletter said Meta had ordered 80,000 AMD accelerators for its AI data "
        "centres. AMD declined to comment on the report.",
    )
    assert ("Meta", "US", 80000.0, "units") in facts(unverified)


def test_a_cancellation_closing_a_german_clause_blocks_the_order() -> None:
    t = _tag(
        "Chinesische Konzerne und KI-Chips",
        "Der Konzern Tencent hat eine Bestellung über 40 Tsd. KI-Beschleuniger des "
        "US-Herstellers Nvidia aus der jüngsten Generation storniert, hieß es in Peking.",
        lang="de",
    )
    assert t.deals == ()


def test_an_iso_code_before_the_sum_is_its_currency() -> None:
    t = _tag(
        "Nscale to invest in British AI data centre",
        "Nscale will invest GBP 2.5 billion in a new AI data centre with Nvidia GPUs in "
        "Wales, the company said.",
    )
    assert [(d.buyer, d.currency, d.amount) for d in t.deals] == [("Nscale", "GBP", 2.5e9)]


def test_public_money_allocated_to_nobody_named_is_an_envelope() -> None:
    t = _tag(
        "Britain sets out AI compute plan",
        "The government set out a GBP 1 billion plan for AI chips and supercomputers, money "
        "that officials said would be allocated through competitions later this year.",
    )
    assert t.deals == ()


def test_accelerator_cards_are_counted_and_a_dateline_day_opens_no_range() -> None:
    t = _tag(
        "Naver Cloud orders Rebellions chips",
        "SEOUL, May 7 - Four thousand inference accelerator cards have been ordered by "
        "Naver Cloud from Rebellions, the South Korean AI chip designer said on Thursday.",
    )
    assert facts(t) == {("Naver Cloud", "KR", 4000.0, "units")}


def test_a_recipient_named_again_by_a_reference_is_one_buyer() -> None:
    t = _tag(
        "FuriosaAI wins home order for AI chips",
        "FuriosaAI will supply 1,800 of its AI inference accelerators to LG Uplus over two "
        "years, the start-up's biggest order from a customer in its home market so far.",
    )
    assert roles(t) == [("FuriosaAI", "LG Uplus", 1800)]


def test_state_telecoms_and_japanese_names_of_korean_chip_makers_are_known() -> None:
    de = _tag(
        "China Mobile kauft KI-Chips",
        "Der Staatskonzern China Mobile kauft 25.000 KI-Beschleuniger bei Huawei, wie aus "
        "einer Ausschreibung hervorgeht.",
        lang="de",
    )
    assert roles(de) == [("Huawei", "China Mobile", 25000)]
    ja = _tag(
        "ソフトバンク、韓国リベリオンのAIサーバー導入",
        "韓国のAI半導体新興企業リベリオンは、ソフトバンクにAIサーバー300台を納入すると発表した。",
        lang="ja",
    )
    assert "Rebellions" in {e.name for e in ja.entities}
