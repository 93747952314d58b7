"""Countries as buyers: names and nationality adjectives beyond the first two dozen countries.

The stories are written for these tests."""

from __future__ import annotations

from .tagging_fixtures import tag


def _countries(t) -> set[tuple[str, str | None]]:
    return {(e.name, e.country) for e in t.entities if e.kind == "country"}


def test_english_country_buyer_after_a_possessive() -> None:
    t = tag(
        "Nvidia to supply 5,000 GPUs to Poland",
        "Nvidia will supply 5,000 H100 GPUs to Poland's national AI centre, the company "
        "said on Tuesday.",
    )
    assert ("Poland", "PL") in _countries(t)
    assert [(d.buyer_country, d.quantity) for d in t.deals] == [("PL", 5000)]


def test_french_country_name_and_adjective() -> None:
    t = tag(
        "Le gouvernement suédois achètera 2 000 puces Nvidia",
        "La Suède a annoncé mardi que son gouvernement achètera 2 000 puces Nvidia pour "
        "un supercalculateur.",
        lang="fr",
    )
    assert ("Sweden", "SE") in _countries(t)
    assert [(d.buyer_country, d.quantity) for d in t.deals] == [("SE", 2000)]


def test_english_nationality_adjective_names_the_government() -> None:
    t = tag(
        "The Canadian government will buy 4,000 Nvidia chips",
        "The Canadian government will buy 4,000 Nvidia chips for a new AI compute centre, "
        "officials said.",
    )
    assert [(d.buyer_country, d.quantity) for d in t.deals] == [("CA", 4000)]


def test_korean_and_japanese_spellings() -> None:
    ko = tag(
        "엔비디아, 폴란드 정부에 GPU 1만개 공급",
        "엔비디아는 폴란드 정부에 GPU 1만 개를 공급한다고 밝혔다.",
        lang="ko",
    )
    assert ("Poland", "PL") in _countries(ko)
    assert [(d.buyer_country, d.quantity) for d in ko.deals] == [("PL", 10000)]
    ja = tag(
        "エヌビディア、カナダ政府にGPUを供給",
        "エヌビディアはカナダとメキシコの研究機関にGPUを供給すると発表した。",
        lang="ja",
    )
    assert {("Canada", "CA"), ("Mexico", "MX")} <= _countries(ja)
