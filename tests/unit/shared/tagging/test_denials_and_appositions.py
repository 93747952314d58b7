"""Sizes that are not deals although a deal verb is near (a denied report, units a buyer
already runs, a company's valuation), and the subject of a sentence whose buyer is described
by an apposition that names another company."""

from __future__ import annotations

from .tagging_fixtures import facts, roles
from .tagging_fixtures import tag as _tag


def test_a_denied_figure_is_no_deal_where_the_report_is_retold() -> None:
    t = _tag(
        "Meta denies report of 250,000-GPU order from AMD, confirms a smaller one",
        "Meta said on Monday it had ordered 40,000 AMD accelerators for its AI clusters.",
        "A newsletter had written last week that the two firms were near an agreement "
        "covering 250,000 GPUs.",
    )
    assert facts(t) == {("Meta", "US", 40000.0, "units")}


def test_a_denial_in_spanish_governs_its_figure() -> None:
    t = _tag(
        "Telefónica niega la compra de 30.000 chips de IA a Nvidia",
        "La operadora dijo que no existe ningún acuerdo con el fabricante estadounidense.",
        lang="es",
    )
    assert t.deals == ()


def test_units_the_buyer_already_runs_are_not_part_of_the_order() -> None:
    t = _tag(
        "Anthropic to add Nvidia GPUs in Texas",
        "Anthropic will buy 30,000 more Nvidia GPUs, on top of about 120,000 GPUs that "
        "the company already operates at the campus.",
    )
    assert facts(t) == {("Anthropic", "US", 30000.0, "units")}


def test_an_article_before_already_is_not_a_relative_clause() -> None:
    t = _tag(
        "Deutsche Telekom bestellt 10.000 KI-Chips bei Nvidia",
        "Deutsche Telekom hat 10.000 Nvidia-Chips für die bereits bestehende KI-Fabrik in "
        "München bestellt.",
        lang="de",
    )
    assert facts(t) == {("Deutsche Telekom", "DE", 10000.0, "units")}


def test_the_valuation_of_a_funding_round_is_no_deal() -> None:
    t = _tag(
        "FuriosaAI raises $200 million for its AI chips",
        "FuriosaAI raised $200 million in a round led by Korean banks.",
        "The round valued the company at about $1.5 billion.",
    )
    assert facts(t) == {("FuriosaAI", "KR", 200_000_000.0, "usd")}


def test_the_company_an_apposition_names_is_not_the_buyer() -> None:
    t = _tag(
        "ByteDance orders Nvidia chips",
        "ByteDance, the owner of TikTok, has ordered 70,000 AI chips from Nvidia, people "
        "familiar with the matter said.",
    )
    assert roles(t) == [("Nvidia", "ByteDance", 70000)]


def test_the_same_apposition_in_french() -> None:
    t = _tag(
        "Puces d'IA: commande de ByteDance",
        "Le groupe ByteDance, maison mère de TikTok, a commandé 70 000 puces d'IA à Nvidia.",
        lang="fr",
    )
    assert roles(t) == [("Nvidia", "ByteDance", 70000)]


def test_thousands_in_dpa_style_and_a_genitive_supplier() -> None:
    t = _tag(
        "AMD bestellt Wafer bei Samsung",
        "AMD hat bei Samsungs Auftragsfertigung 15 Tsd. Wafer für KI-Chips bestellt.",
        lang="de",
    )
    assert roles(t) == [("Samsung Electronics", "AMD", 15000)]


def test_the_sum_of_the_transaction_in_the_next_sentence_is_the_deals() -> None:
    t = _tag(
        "Naver Cloud buys Korean AI accelerators",
        "Naver Cloud signed a contract to buy 8,000 AI accelerators from FuriosaAI.",
        "The transaction is worth 140 billion won, the two companies said.",
    )
    assert (("Naver Cloud", "KR", 100_000_000.0, "usd") in facts(t)
            and ("Naver Cloud", "KR", 8000.0, "units") in facts(t))


def test_a_japanese_support_framework_without_a_recipient_is_no_deal() -> None:
    t = _tag(
        "政府、AI半導体の国内生産を後押し",
        "東京、5月10日\uff08共同\uff09キオクシアはAI向け半導体メモリーの新工場に約5000億円を投じる。",
        "経済産業省は2030年度までに半導体とAIの分野に8兆円規模の公的支援を行う枠組みを示して"
        "いるが、配分先はまだ決まっていない。",
        lang="ja",
    )
    assert all(d.amount != 8e12 for d in t.deals)


def test_a_government_outside_the_data_is_named_by_its_adjective() -> None:
    t = _tag(
        "AMD liefert KI-Chips nach Polen",
        "AMD liefert 3.000 KI-Chips an die polnische Regierung, teilte das Unternehmen mit.",
        lang="de",
    )
    assert roles(t) == [("AMD", "Polish government", 3000)]


def test_money_set_aside_in_subsidies_goes_to_the_recipient() -> None:
    t = _tag(
        "Tokyo backs a new AI chip plant",
        "Japan's government has earmarked 150 billion yen in subsidies to Rapidus for its AI "
        "chip plant in Hokkaido.",
    )
    assert roles(t) == [("Japanese government", "Rapidus", 150_000_000_000.0)]
