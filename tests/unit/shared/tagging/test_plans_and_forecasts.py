"""A forecast word whose object is a deal verb ("prevê instalar", "prevé invertir") states
a plan, not a forecast; a government's money set aside that way stays a forecast; a sum put in
"since 2023" is a past total, not a commitment."""

from __future__ import annotations

from .tagging_fixtures import facts
from .tagging_fixtures import tag as _tag


def test_a_company_that_foresees_installing_gpus_plans_a_purchase() -> None:
    t = _tag(
        "Naver Cloud amplia centro de dados",
        "Seul, 4 mar (Lusa) - A Naver Cloud vai ampliar o seu centro de dados de IA em Sejong. "
        "Segundo o presidente executivo, a empresa prevê instalar até 12 mil processadores "
        "gráficos da Nvidia no novo edifício.",
        lang="pt",
    )
    assert ("Naver Cloud", "KR", 12000.0, "units") in facts(t)


def test_a_forecast_word_before_a_purchase_verb_in_spanish_is_a_plan() -> None:
    t = _tag(
        "Kakao comprará procesadores a Nvidia",
        "Seúl, 4 mar (EFE).- Kakao prevé comprar 4.000 procesadores gráficos a Nvidia para "
        "su nuevo centro de datos de inteligencia artificial, informó la empresa.",
        lang="es",
    )
    assert ("Kakao", "KR", 4000.0, "units") in facts(t)


def test_a_forecast_of_a_figure_is_still_a_forecast() -> None:
    t = _tag(
        "Naver Cloud compra GPUs",
        "A Naver Cloud vai comprar 5 mil processadores gráficos à Nvidia. A empresa prevê "
        "receitas de 2 mil milhões de euros com a nova nuvem de IA.",
        lang="pt",
    )
    assert {f[2] for f in facts(t)} == {5000.0}


def test_a_government_that_foresees_setting_money_aside_is_no_deal() -> None:
    t = _tag(
        "Kakao comprará 2.000 procesadores gráficos",
        "Kakao comprará 2.000 procesadores gráficos a Nvidia para su centro de datos de "
        "inteligencia artificial. El Gobierno prevé destinar 900 millones de euros a la "
        "inteligencia artificial el próximo año.",
        lang="es",
    )
    assert {f[2] for f in facts(t)} == {2000.0}


def test_a_sum_invested_since_a_year_is_a_past_total_not_a_deal() -> None:
    t = _tag(
        "Anthropic to use Amazon chips",
        "SEATTLE, March 3 (Reuters) - Anthropic will buy up to 300,000 Trainium AI chips from "
        "Amazon to train its AI models. Amazon has invested $6 billion in Anthropic since "
        "2023. Since 2022, Google has put $2 billion into the company.",
    )
    assert {f[3] for f in facts(t)} == {"units"}


def test_a_client_since_a_year_leaves_the_deal_alone() -> None:
    t = _tag(
        "Nvidia to supply Naver",
        "SEOUL, March 3 - Nvidia will supply 5,000 GPUs to Naver Cloud, its client since 2020, "
        "the companies said.",
    )
    assert ("Naver Cloud", "KR", 5000.0, "units") in facts(t)
