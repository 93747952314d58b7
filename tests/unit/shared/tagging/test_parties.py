"""Party marking rules (``shared.tagging.parties``) on stories written for these tests."""

from __future__ import annotations

from .tagging_fixtures import tag


def _roles(t: object) -> list[tuple[str | None, str | None, int | None]]:
    return [(d.vendor, d.buyer, d.quantity) for d in t.deals]  # type: ignore[attr-defined]


def test_maker_before_a_count_receives_rather_than_brands_the_chips() -> None:
    de = tag(
        "KI-Chips für den Speicherriesen",
        "Nvidia liefert an SK Hynix 12.000 KI-Chips für ein neues Rechenzentrum.",
        "Die Auslieferung beginnt im Frühjahr.",
        lang="de",
    )
    assert _roles(de) == [("Nvidia", "SK Hynix", 12000)]
    en = tag(
        "AI chips for a memory maker",
        "AMD will sell Samsung 7,500 AI accelerators for its new data centre, the two said.",
    )
    assert _roles(en) == [("AMD", "Samsung Electronics", 7500)]


def test_german_recipient_phrase_put_first_is_not_the_subject() -> None:
    first = tag(
        "KI-Chips für Koreaner",
        "An Samsung verkauft AMD rund 9.000 KI-Beschleuniger, teilten beide Firmen mit.",
        "Die Chips gehen in ein Rechenzentrum in Suwon.",
        lang="de",
    )
    assert _roles(first) == [("AMD", "Samsung Electronics", 9000)]
    article = tag(
        "Grafikprozessoren für Telekom",
        "An die Deutsche Telekom liefert Nvidia im kommenden Jahr 6.000 Grafikprozessoren "
        "für ein KI-Rechenzentrum.",
        lang="de",
    )
    assert _roles(article) == [("Nvidia", "Deutsche Telekom", 6000)]
