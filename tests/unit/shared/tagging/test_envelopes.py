"""Public money allocated with nobody to receive it, and market forecasts, are not deals."""

from __future__ import annotations

from .tagging_fixtures import tag


def test_allocated_public_money_beside_a_unit_noun_is_an_envelope() -> None:
    for headline, body, lang in [
        ("Brazil earmarks $900 million for AI chips",
         "Brazil earmarks $900 million for AI chips and data centres over five years, the "
         "finance ministry said on Monday.", "en"),
        ("Le Canada mobilise des fonds pour les puces d'IA",
         "Le gouvernement canadien mobilisera 1,2 milliard de dollars pour les puces "
         "d'intelligence artificielle et les centres de données, a annoncé Ottawa.", "fr"),
        ("정부, AI 반도체에 예산 투입",
         "정부가 AI 반도체와 데이터센터 육성에 3조 원을 투입하기로 했다고 26일 밝혔다.", "ko"),
    ]:
        t = tag(headline, body, lang=lang)
        assert "ai-chips" in t.tag_names
        assert t.deals == (), (lang, t.deals)


def test_allocated_money_for_a_named_recipient_stays_a_deal() -> None:
    t = tag(
        "Japan backs Rapidus AI chip plant",
        "The Japanese government will allocate 100 billion yen to Rapidus for its AI chip "
        "plant, the industry ministry said.",
        "Rapidus makes advanced AI chips.",
    )
    assert [d.buyer for d in t.deals] == ["Rapidus"]


def test_counted_public_purchase_is_still_a_deal() -> None:
    t = tag(
        "Korea to buy 3,000 GPUs",
        "South Korea's government will buy 3,000 Nvidia GPUs for a national AI supercomputer, "
        "the science ministry said.",
    )
    assert [d.quantity for d in t.deals] == [3000]


def test_analysts_estimate_governs_its_whole_clause() -> None:
    for body, lang in [
        ("Los analistas de Morgan Stanley calculan que la inversión mundial en centros de "
         "datos de inteligencia artificial llegará a 4.000 millones de dólares este año.", "es"),
        ("Os analistas do UBS estimam que os gastos globais em centros de dados de "
         "inteligência artificial cheguem a US$ 3 bilhões este ano, com chips da Nvidia.", "pt"),
        ("Les analystes de Jefferies estiment que les dépenses mondiales en puces "
         "d'intelligence artificielle atteindront 5 milliards de dollars cette année.", "fr"),
    ]:
        t = tag("AI chip spending keeps climbing", body, "Nvidia GPUs remain scarce.", lang=lang)
        assert t.deals == (), (lang, t.deals)
