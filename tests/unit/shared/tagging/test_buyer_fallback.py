"""Buyer fallback rules (``shared.tagging.buyer_fallback``) on stories written for these tests."""

from __future__ import annotations

from .tagging_fixtures import facts, tag


def test_size_of_the_same_deal_in_the_next_sentence_keeps_its_parties() -> None:
    ko = tag(
        "SK하이닉스, AMD에 HBM 공급",
        "SK하이닉스가 AMD에 HBM3E 8만 개를 공급하기로 했다.",
        "업계에 따르면 공급 규모는 약 2조 원이다.",
        lang="ko",
    )
    assert ("AMD", "US", round(2e12 / 1400), "usd") in facts(ko)
    en = tag(
        "Micron lands AI memory order",
        "Micron will supply 40,000 HBM stacks to Google for its AI accelerators.",
        "The order is worth about $700 million, a person familiar with it said.",
    )
    assert ("Google", "US", 700_000_000.0, "usd") in facts(en)


def test_size_of_another_kind_after_a_deal_is_not_inherited() -> None:
    t = tag(
        "Chip fab subsidy",
        "The EU approved 3 billion euros of state aid for Intel's AI chip plant in Poland.",
        "In all, 9 billion euros will flow into the site over five years.",
    )
    assert not any(d.amount == 9e9 and d.buyer == "Intel" and d.vendor for d in t.deals)


def test_public_aid_with_no_recipient_named_is_not_given_to_another_party() -> None:
    t = tag(
        "Förderpaket für Chips",
        "Italien will seine Chiphersteller im Rennen um KI-Chips mit einem Paket von 6 "
        "Milliarden Euro unterstützen, wie die Regierung mitteilte.",
        "Welche Firmen Geld bekommen, ist noch offen. Infineon und STMicroelectronics hoffen.",
        lang="de",
    )
    assert t.deals == ()
