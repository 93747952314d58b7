"""Deal roles and sizes on more stories written for these tests."""

from __future__ import annotations

from shared.models.tagging import Unit

from .tagging_fixtures import tag


def test_maker_receiving_with_purpose_phrase_is_buyer() -> None:
    t = tag(
        "Foundry deal for AI chips",
        "TSMC will supply 30,000 wafers to Nvidia for AI chips next year.",
    )
    assert [(d.vendor, d.buyer, d.quantity, d.unit) for d in t.deals] == [
        ("TSMC", "Nvidia", 30000, Unit.WAFER)
    ]


def test_memory_maker_to_gpu_maker_with_purpose_phrase() -> None:
    t = tag(
        "HBM supply",
        "Micron will ship 20,000 HBM stacks to AMD for its AI accelerators.",
    )
    assert [(d.vendor, d.buyer, d.quantity) for d in t.deals] == [("Micron", "AMD", 20000)]


def test_named_recipient_after_give_verb_gets_the_subsidy() -> None:
    t = tag(
        "Subsidy for a chip fab",
        "The Japanese government will give Rapidus a subsidy of 100 billion yen for its "
        "AI chip fab.",
    )
    assert [d.buyer for d in t.deals] == ["Rapidus"]


def test_french_recipient_right_after_a_before_aid_noun() -> None:
    t = tag(
        "Subvention pour les puces IA",
        "L'Etat accordera à STMicroelectronics une aide de 500 millions d'euros pour son "
        "usine de puces IA.",
        lang="fr",
    )
    assert [d.buyer for d in t.deals] == ["STMicroelectronics"]
