"""Entities: canonical names from aliases in every language, and unknown companies."""

from __future__ import annotations

from .tagging_fixtures import tag


def names(*parts: str, lang: str = "en") -> dict[str, tuple[str, str | None]]:
    return {e.name: (e.kind, e.country) for e in tag(*parts, lang=lang).entities}


def test_aliases_in_several_scripts() -> None:
    ko = names(
        "삼성전자와 SK하이닉스, 엔비디아에 HBM 공급", "네이버클라우드도 참여했다.", lang="ko"
    )
    assert ko["Samsung Electronics"] == ("company", "KR")
    assert ko["SK Hynix"] == ("company", "KR")
    assert ko["Nvidia"] == ("company", "US")
    assert ko["Naver Cloud"] == ("company", "KR")
    ja = names("SKハイニックスとサムスン電子", "エヌビディア向けに供給する。", lang="ja")
    assert {"SK Hynix", "Samsung Electronics", "Nvidia"} <= set(ja)
    fr = names("La Corée du Sud et Hyundai", "Le sud-coréen Samsung.", lang="fr")
    assert fr["South Korea"] == ("country", "KR")
    assert "Hyundai Motor" in fr


def test_entity_mentions_and_spellings() -> None:
    t = tag("Samsung beats forecasts", "Samsung Electronics said Samsung's chip unit grew.")
    e = next(e for e in t.entities if e.name == "Samsung Electronics")
    assert e.mentions == 3
    assert set(e.aliases) == {"Samsung", "Samsung Electronics"}


def test_unknown_company_after_a_company_noun() -> None:
    found = names(
        "Das Zürcher Cloud-Unternehmen Alpenrechner Systems kauft Chips",
        "Alpenrechner Systems will damit KI-Dienste anbieten.",
        lang="de",
    )
    assert found["Alpenrechner Systems"] == ("company", None)
