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
