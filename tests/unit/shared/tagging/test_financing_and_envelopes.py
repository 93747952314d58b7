"""Rounds part-financed with debt, capacity bought by the GPU, denials across an
abbreviation, market-size forecasts, public money whose recipients are still open or that
endows a programme, sizes paired "respectively", Korean years, Portuguese articles, Dutch
partitives, companies named as examples, and chips inside household appliances."""

from __future__ import annotations

from .tagging_fixtures import facts, roles
from .tagging_fixtures import tag as _tag


def test_a_round_in_equity_and_debt_is_a_round_and_a_backer_s_part_goes_to_the_raiser() -> None:
    t = _tag(
        "Anthropic raises $8 billion as Amazon joins",
        "SAN FRANCISCO, Nov 3 - Anthropic has raised $8 billion in a mix of equity and debt, "
        "with Amazon committing up to $3 billion of the total, the AI company said. The money "
        "will pay for AI chips and data centres.",
    )
    assert set(roles(t)) >= {(None, "Anthropic", 8e9), ("Amazon", "Anthropic", 3e9)}


def test_capacity_running_on_counted_gpus_is_bought() -> None:
    t = _tag(
        "OpenAI signs $4 billion CoreWeave deal",
        "OpenAI agreed to pay CoreWeave about $4 billion over four years for computing "
        "capacity running on roughly 25,000 Nvidia graphics processing units.",
    )
    assert ("OpenAI", "US", 25000.0, "units") in facts(t)


def test_a_denial_reaches_across_an_abbreviation() -> None:
    t = _tag(
        "AMD to ship 20,000 accelerators to Humain",
        "AMD will ship up to 20,000 Instinct accelerators to Saudi Arabia's Humain. Humain "
        "denied a report by a U.S. newspaper that it was in talks to buy 80,000 Nvidia "
        "processors.",
    )
    assert {f[2] for f in facts(t)} == {20000.0}


def test_a_market_that_should_represent_a_sum_is_a_forecast() -> None:
    t = _tag(
        "Naver achètera 8 000 GPU à Nvidia",
        "Naver Cloud achètera 8 000 processeurs graphiques à Nvidia. Le marché coréen des "
        "centres de données devrait représenter 9 000 milliards de wons en 2028.",
        lang="fr",
    )
    assert {f[3] for f in facts(t)} == {"units"}


def test_public_money_with_recipients_still_open_is_no_deal() -> None:
    t = _tag(
        "A Nova Compute vai investir 3 mil milhões de euros em Sines",
        "A Nova Compute vai investir 3 mil milhões de euros num campus de centros de dados para "
        "inteligência artificial, equipado com processadores gráficos da Nvidia. O governo "
        "destinou cerca de 1 mil milhões de euros à "
        "transição digital, sem indicar se parte desse montante apoiará o projeto.",
        lang="pt",
    )
    assert {f[2] for f in facts(t)} == {round(3e9 / 0.92)}


def test_a_programme_endowed_with_public_money_and_an_abandoned_plant_are_no_deals() -> None:
    t = _tag(
        "El BSC comprará 3.000 procesadores gráficos",
        "El BSC adquirirá unos 3.000 procesadores gráficos de Nvidia por unos 90 millones de "
        "euros para su superordenador de inteligencia artificial. El anuncio llega un año "
        "después de que Broadcom abandonara su proyecto de construir en España una planta de "
        "ensamblaje de chips de 2.000 millones de dólares, un revés para el PERTE Chip, dotado "
        "con 9.000 millones de euros de fondos públicos.",
        lang="es",
    )
    assert {f[2] for f in facts(t)} == {3000.0, round(90e6 / 0.92)}


def test_sizes_paired_respectively_with_joined_recipients() -> None:
    t = _tag(
        "산업은행, AI 반도체 기업에 3천억 원 대출",
        "한국산업은행이 AI 반도체 기업인 리벨리온과 퓨리오사AI에 각각 2천억 원과 1천억 원의 "
        "저리 대출을 제공하기로 했다.",
        lang="ko",
    )
    money = {(f[0], f[2]) for f in facts(t) if f[3] == "usd"}
    assert ("Rebellions", round(200e9 / 1400)) in money
    assert ("FuriosaAI", round(100e9 / 1400)) in money


def test_a_korean_year_is_not_a_count() -> None:
    t = _tag(
        "삼성전자, 엔비디아 GPU 5천 장 도입",
        "삼성전자가 엔비디아 GPU 5천 장을 도입한다. 정부는 2030년까지 AI 반도체 분야에 "
        "예산을 투입하겠다는 계획을 내놓았다.",
        lang="ko",
    )
    assert 2030.0 not in {f[2] for f in facts(t)}


def test_a_portuguese_article_before_a_name_is_no_recipient() -> None:
    t = _tag(
        "Campus de dados em Sines com chips da Nvidia",
        "O campus vai acolher servidores com processadores gráficos da Nvidia para inteligência "
        "artificial. A Microsoft tinha anunciado no ano passado um investimento de 8 mil "
        "milhões de dólares em infraestrutura de inteligência artificial em Portugal.",
        lang="pt",
    )
    assert ("Microsoft", "US", 8e9, "usd") in facts(t)


def test_dutch_parts_taken_with_a_partitive() -> None:
    t = _tag(
        "KT en Naver Cloud kopen samen 12.000 Nvidia-chips",
        "KT en Naver Cloud kopen samen 12.000 grafische processors van Nvidia. KT neemt er "
        "7.000 af, Naver Cloud de overige 5.000, maakten de bedrijven bekend.",
        lang="nl",
    )
    got = {(f[0], f[2]) for f in facts(t)}
    assert ("KT", 7000.0) in got and ("Naver Cloud", 5000.0) in got


def test_companies_named_as_examples_are_not_the_one_investing() -> None:
    t = _tag(
        "AT&S baut Werk in Leoben aus",
        "Der Substrathersteller AT&S baut sein Werk in Leoben aus. Rund 400 Mio. Euro fließen "
        "in eine neue Fertigung für Substrate, auf denen Prozessoren für KI-Server von "
        "Herstellern wie AMD und Nvidia sitzen, teilte das Unternehmen mit.",
        lang="de",
    )
    assert [b for _, b, _ in roles(t)] == ["AT&S"]


def test_an_ai_chip_in_an_air_conditioner_is_no_ai_chip_story() -> None:
    t = _tag(
        "シャープ、AIチップ搭載のエアコン発売",
        "シャープは、独自開発のAIチップを搭載した家庭用エアコンを12月から発売すると発表した。"
        "初年度に10万台の販売を目指す。",
        lang="ja",
    )
    assert "ai-chips" not in {x.name for x in t.tags}
