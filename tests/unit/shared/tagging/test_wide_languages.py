"""Dutch and Portuguese wire copy (``knowledge.WIDE_LANGS``): read with every language's
words plus their own; stories written for these tests."""

from __future__ import annotations

from shared.models.tagging import Qualifier, Unit
from shared.tagging.language import guess_language

from .tagging_fixtures import facts, tag


def test_dutch_and_portuguese_are_recognised() -> None:
    nl = "Het bedrijf heeft een order van de overheid gekregen en wil niet zeggen voor hoeveel."
    pt = "A empresa não revelou o valor do contrato com o governo, que foi assinado em Lisboa."
    assert guess_language(nl) == "nl"
    assert guess_language(pt) == "pt"


def test_dutch_supply_with_recipient_after_aan() -> None:
    t = tag(
        "AI-chips voor Nederlandse cloud",
        "AMD levert ruim 6.000 AI-versnellers aan Nebius voor een nieuw datacenter voor "
        "kunstmatige intelligentie, zo maakte het bedrijf woensdag bekend.",
        lang="nl",
    )
    assert [(d.vendor, d.buyer, d.quantity, d.qualifier, d.unit) for d in t.deals] == [
        ("AMD", "Nebius", 6000, Qualifier.AT_LEAST, Unit.ACCELERATOR)
    ]


def test_dutch_own_plant_investment_in_miljard() -> None:
    t = tag(
        "Chipmaker bouwt fabriek voor AI-chips",
        "Infineon investeert 2,5 miljard euro in een nieuwe fabriek voor chips voor "
        "kunstmatige intelligentie in Dresden.",
        lang="nl",
    )
    assert facts(t) == {("Infineon", "DE", round(2.5e9 / 0.92), "usd")}


def test_portuguese_purchase_by_a_government_named_by_nationality() -> None:
    t = tag(
        "Governo compra chips de IA",
        "O governo português vai comprar cerca de 3 mil processadores gráficos da Nvidia para "
        "um supercomputador de inteligência artificial em Coimbra.",
        lang="pt",
    )
    assert [(d.vendor, d.buyer, d.buyer_country, d.quantity, d.qualifier) for d in t.deals] == [
        ("Nvidia", "Portuguese government", "PT", 3000, Qualifier.ABOUT)
    ]


def test_portuguese_funding_round_with_article_before_unknown_name() -> None:
    t = tag(
        "Startup de chips de IA capta recursos",
        "A Lumio captou 40 milhões de dólares numa ronda de financiamento para os seus chips "
        "de inteligência artificial.",
        "A empresa desenvolve aceleradores de inteligência artificial para centros de dados.",
        lang="pt",
    )
    assert [(d.buyer, d.amount, d.currency) for d in t.deals] == [("Lumio", 40e6, "USD")]


def test_portuguese_article_before_the_subject_is_not_a_recipient_mark() -> None:
    t = tag(
        "Investimento em IA",
        "A Oracle vai investir 5 mil milhões de dólares num centro de dados de inteligência "
        "artificial em Lisboa, que terá 8.000 chips da Nvidia.",
        lang="pt",
    )
    assert {(d.buyer, d.quantity, d.amount) for d in t.deals} == {
        ("Oracle", None, 5e9), ("Oracle", 8000, None)
    }


def test_dutch_grant_to_a_described_company_after_the_verb() -> None:
    t = tag(
        "Subsidie voor AI-chips",
        "De Nederlandse overheid geeft chipontwerper Axelera AI een subsidie van 60 miljoen euro "
        "voor AI-chips.",
        lang="nl",
    )
    assert [(d.vendor, d.buyer) for d in t.deals] == [("Dutch government", "Axelera AI")]
