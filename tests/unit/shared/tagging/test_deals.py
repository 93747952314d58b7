"""Deal rules on stories written for these tests."""

from __future__ import annotations

from shared.models.tagging import Qualifier, Unit

from .tagging_fixtures import facts, tag


def test_supply_to_named_buyer_with_vendor_and_unit() -> None:
    t = tag(
        "Nvidia to supply 40,000 AI chips to Indian cloud firm",
        "Nvidia will sell 40,000 of its latest graphics processors to Microsoft for a new AI "
        "data centre, the companies said on Monday.",
    )
    assert len(t.deals) == 1
    d = t.deals[0]
    assert (d.vendor, d.buyer, d.buyer_country, d.quantity) == ("Nvidia", "Microsoft", "US", 40000)
    assert d.unit is Unit.GPU and d.qualifier is Qualifier.EXACT
    assert "40,000" in d.evidence


def test_total_and_parts_are_separate_deals_and_each_distributes() -> None:
    t = tag(
        "Nvidia to deliver 120,000 GPUs to South Korea",
        "Nvidia will deliver 120,000 graphics processors to South Korea over three years.",
        "Samsung Electronics and SK Group will each receive more than 30,000 units, while "
        "Naver Cloud will get 20,000.",
        "The remaining 40,000 will go to the government for a national AI computing centre.",
    )
    got = facts(t)
    assert ("South Korea", "KR", 120000.0, "units") in got
    assert ("Samsung Electronics", "KR", 30000.0, "units") in got
    assert ("SK Group", "KR", 30000.0, "units") in got
    assert ("Naver Cloud", "KR", 20000.0, "units") in got
    assert ("South Korean government", "KR", 40000.0, "units") in got
    samsung = next(d for d in t.deals if d.buyer == "Samsung Electronics")
    assert samsung.qualifier is Qualifier.AT_LEAST and samsung.vendor == "Nvidia"


def test_market_cap_revenue_profit_and_share_price_are_not_deals() -> None:
    t = tag(
        "Chipmaker posts record profit on AI demand",
        "SK Hynix said its operating profit rose to 9 trillion won on revenue of 20 trillion "
        "won, driven by HBM sales to Nvidia for AI accelerators.",
        "Its shares rose 3 percent to 250,000 won, giving it a market capitalisation of about "
        "180 trillion won.",
        "Nvidia became the first company to be worth more than $4 trillion on the stock market.",
    )
    assert t.deals == ()


def test_installed_units_and_inventory_are_not_deals() -> None:
    t = tag(
        "Supercomputer with 12,000 GPUs inaugurated",
        "The national supercomputer already has 12,000 Nvidia GPUs for AI research.",
        "The country currently has about 30,000 advanced GPUs in total.",
        "Nvidia has some 500,000 of the chips in stock, according to analysts.",
    )
    assert t.deals == ()


def test_denied_or_rejected_offer_is_not_a_deal() -> None:
    t = tag(
        "AI chip start-up rejects takeover",
        "The AI chip start-up FuriosaAI rejected a takeover offer of about $900 million from "
        "a US tech giant, people familiar with the matter said.",
    )
    assert t.deals == ()


def test_funding_round_raiser_is_buyer() -> None:
    t = tag(
        "Korean AI chip start-up Rebellions raises $180 million",
        "Rebellions, which designs AI accelerators, has raised $180 million (about 250 "
        "billion won) in a new funding round led by existing investors.",
    )
    assert facts(t) == {("Rebellions", "KR", 180_000_000.0, "usd")}


def test_own_plant_investment_company_is_buyer() -> None:
    t = tag(
        "SK Hynix to invest 15 trillion won in new HBM plant",
        "SK Hynix plans to invest 15 trillion won ($10.7 billion) in a new memory chip plant "
        "for AI accelerators in Cheongju, the company said.",
    )
    got = facts(t)
    assert got == {("SK Hynix", "KR", round(15e12 / 1400), "usd")}
    d = t.deals[0]
    assert (d.amount, d.currency) == (15e12, "KRW")


def test_investment_in_another_company_goes_to_that_company() -> None:
    t = tag(
        "Nvidia to invest $3 billion in Intel",
        "Nvidia will invest $3 billion in Intel as the two chipmakers co-develop AI processors.",
    )
    assert facts(t) == {("Intel", "US", 3e9, "usd")}


def test_unnamed_group_buyer_keeps_country() -> None:
    t = tag(
        "Chinese firms order 800,000 AI chips",
        "Chinese technology companies have ordered more than 800,000 AI chips from Nvidia for "
        "next year, sources said.",
    )
    assert facts(t) == {(None, "CN", 800000.0, "units")}


def test_range_gives_lower_bound_and_money_in_same_deal_sentence() -> None:
    t = tag(
        "El centro comprará entre 2.000 y 3.000 GPU",
        "El Barcelona Supercomputing Center comprará entre 2.000 y 3.000 procesadores gráficos "
        "de Nvidia por unos 90 millones de euros.",
        lang="es",
    )
    got = facts(t)
    assert ("Barcelona Supercomputing Center", "ES", 2000.0, "units") in got
    assert ("Barcelona Supercomputing Center", "ES", round(90e6 / 0.92), "usd") in got
    units = next(d for d in t.deals if d.quantity)
    assert units.qualifier is Qualifier.ABOUT


def test_up_to_in_german_with_money_in_words() -> None:
    t = tag(
        "Telekom baut KI-Rechenzentrum",
        "Die Deutsche Telekom baut ein KI-Rechenzentrum in Frankfurt. Rund zwei Milliarden Euro "
        "fließen in das Projekt.",
        "Dort sollen bis zu 20.000 Grafikprozessoren von Nvidia zum Einsatz kommen.",
        lang="de",
    )
    got = facts(t)
    assert ("Deutsche Telekom", "DE", 20000.0, "units") in got
    assert ("Deutsche Telekom", "DE", round(2e9 / 0.92), "usd") in got
    units = next(d for d in t.deals if d.quantity)
    assert units.qualifier is Qualifier.UP_TO


def test_bracketed_conversion_and_headline_restatement_are_one_deal() -> None:
    t = tag(
        "Samsung wins $7 bn AI chip order from Tesla",
        "Samsung Electronics has won a $7 billion (9.8 trillion won) contract to make AI chips "
        "for Tesla, the company said.",
    )
    assert facts(t) == {("Tesla", "US", 7e9, "usd")}
    assert t.deals[0].vendor == "Samsung Electronics"


def test_rounded_restatement_folds_into_exact_total() -> None:
    t = tag(
        "Nvidia to ship 260,000 GPUs to South Korea",
        "Nvidia will ship 260,000 GPUs to South Korea.",
        "In all, more than a quarter of a million GPUs will be installed in the country.",
    )
    assert facts(t) == {("South Korea", "KR", 260000.0, "units")}


def test_quarter_million_alone_is_kept() -> None:
    t = tag(
        "Nvidia pledges GPUs to Korea",
        "Nvidia pledged more than a quarter of a million of its graphics processors to "
        "South Korea last month.",
    )
    assert facts(t) == {("South Korea", "KR", 250000.0, "units")}


def test_chip_deals_need_a_chip_story() -> None:
    t = tag(
        "Carmaker to invest $20 billion in US plants",
        "The South Korean carmaker Hyundai will invest $20 billion in new car and steel plants "
        "in the United States.",
        "Korean Air also ordered 50 Boeing aircraft worth $30 billion.",
    )
    assert t.deals == ()


def test_korean_each_and_myriad_units() -> None:
    t = tag(
        "엔비디아, 국내 기업에 GPU 공급",
        "(서울=연합뉴스) 엔비디아가 한국 정부와 국내 기업에 그래픽처리장치(GPU) 12만 개를 "
        "공급하기로 했다.",
        "삼성전자와 SK그룹은 각각 3만 개 이상을 들여오고, 네이버클라우드는 2만 개를 확보한다.",
        lang="ko",
    )
    got = facts(t)
    assert ("Samsung Electronics", "KR", 30000.0, "units") in got
    assert ("SK Group", "KR", 30000.0, "units") in got
    assert ("Naver Cloud", "KR", 20000.0, "units") in got
    assert any(q == 120000.0 and c == "KR" for _, c, q, _ in got)


def test_japanese_subsidy_to_named_company() -> None:
    t = tag(
        "ラピダスに最大5000億円支援　経産省",
        "経済産業省は、次世代半導体の量産を目指すラピダスに対し、最大5000億円を追加支援すると"
        "発表した。AI半導体の受託生産を狙う。",
        lang="ja",
    )
    d = t.deals[0]
    assert (d.buyer, d.buyer_country, d.amount, d.currency) == ("Rapidus", "JP", 5e11, "JPY")
    assert d.qualifier is Qualifier.UP_TO
    assert d.amount_usd == round(5e11 / 150, 2)


def test_superseded_target_and_unit_price_are_not_deals() -> None:
    t = tag(
        "Government to buy 9,000 GPUs, beating its initial target",
        "South Korea will buy 9,000 GPUs from Nvidia, surpassing its initial target of 6,000 "
        "units, the science ministry said.",
        "Each chip costs around 35,000 dollars, analysts said.",
    )
    assert {(q, kind) for _, _, q, kind in facts(t)} == {(9000.0, "units")}
    assert t.deals[0].buyer in ("South Korea", "South Korean government")


def test_wafer_supply_per_month_up_to() -> None:
    t = tag(
        "Samsung and SK Hynix to supply OpenAI with memory wafers",
        "Samsung Electronics and SK Hynix signed letters of intent with OpenAI on Wednesday. "
        "The two groups plan to deliver up to 500,000 wafers a month to the US company.",
    )
    d = next(d for d in t.deals if d.quantity)
    assert (d.buyer, d.quantity, d.unit, d.qualifier) == (
        "OpenAI", 500000, Unit.WAFER, Qualifier.UP_TO
    )


def test_model_names_between_number_and_unit() -> None:
    t = tag(
        "Cloud group to buy 120,000 Nvidia H200 chips",
        "Oracle plans to buy about 120,000 H200 graphics processors from Nvidia by next year.",
    )
    assert facts(t) == {("Oracle", "US", 120000.0, "units")}
    assert t.deals[0].vendor == "Nvidia"


def test_grant_with_double_object_and_to_recipient() -> None:
    t = tag(
        "Washington awards Micron $4 billion for AI memory fabs",
        "The US Commerce Department awarded up to $4 billion in grants to Micron for new "
        "high-bandwidth memory plants for AI chips.",
    )
    assert facts(t) == {("Micron", "US", 4e9, "usd")}


def test_investment_in_an_unknown_start_up() -> None:
    t = tag(
        "Le fonds investit 800 millions de dollars dans une start-up de puces",
        "Le japonais SoftBank va investir 800 millions de dollars dans la start-up "
        "britannique Voltara, qui conçoit des puces d'intelligence artificielle.",
        lang="fr",
    )
    assert facts(t) == {("Voltara", None, 8e8, "usd")}


def test_buying_from_a_maker_in_spanish_with_an_unknown_buyer() -> None:
    t = tag(
        "Ibercloud comprará 6.000 GPU a Nvidia",
        "Ibercloud comprará 6.000 procesadores gráficos a Nvidia para su centro de datos de "
        "inteligencia artificial, por unos 200 millones de euros.",
        lang="es",
    )
    got = facts(t)
    assert ("Ibercloud", None, 6000.0, "units") in got
    assert ("Ibercloud", None, round(2e8 / 0.92), "usd") in got
    assert all(d.vendor == "Nvidia" for d in t.deals)


def test_german_subsidy_in_words_goes_to_the_plant_owner() -> None:
    t = tag(
        "Infineon baut KI-Chipwerk",
        "Der Chipkonzern Infineon investiert rund vier Milliarden Euro in ein neues Werk für "
        "Chips, die in KI-Rechenzentren eingesetzt werden.",
        "Der Bund fördert das Projekt mit bis zu einer Milliarde Euro.",
        lang="de",
    )
    got = facts(t)
    assert ("Infineon", "DE", round(4e9 / 0.92), "usd") in got
    assert ("Infineon", "DE", round(1e9 / 0.92), "usd") in got


def test_expected_sale_between_two_named_parties_is_a_planned_deal() -> None:
    en = tag(
        "AMD eyes accelerator order from Korean portal",
        "AMD said it expects to deliver as many as 9,000 AI accelerators to Kakao by June.",
    )
    assert [(d.vendor, d.buyer, d.quantity, d.qualifier) for d in en.deals] == [
        ("AMD", "Kakao", 9000, Qualifier.UP_TO)
    ]
    de = tag(
        "KI-Chips für die Telekom",
        "Die Telekom erwartet, 4.000 Grafikprozessoren von Nvidia für ihr KI-Rechenzentrum "
        "zu erhalten.",
        lang="de",
    )
    assert [(d.vendor, d.buyer, d.quantity) for d in de.deals] == [
        ("Nvidia", "Deutsche Telekom", 4000)
    ]


def test_expected_volumes_without_a_counterpart_are_a_forecast() -> None:
    own = tag(
        "AMD upbeat on AI chip demand",
        "AMD expects to ship roughly 600,000 AI accelerators next year, its chief executive "
        "told investors.",
    )
    assert own.deals == ()
    fr = tag(
        "Prévisions pour les puces d'IA",
        "Des analystes s'attendent à ce que Nvidia livre 3 millions de processeurs graphiques "
        "à des clients chinois en 2026.",
        lang="fr",
    )
    assert fr.deals == ()


def test_count_in_the_years_range_right_before_its_unit_is_a_count() -> None:
    t = tag(
        "Cloud firm buys AI chips",
        "Scaleway will buy 2048 Nvidia GPUs for a new AI cluster in Paris.",
        "In 2026 chips from AMD will follow, the company said.",
    )
    assert [(d.buyer, d.quantity) for d in t.deals] == [("Scaleway", 2048)]


def test_memory_stacks_spelled_as_memory_piles_are_hbm_units() -> None:
    fr = tag(
        "Mémoire pour puces d'IA",
        "AMD a commandé à SK Hynix 60.000 piles de mémoire pour ses accélérateurs d'IA.",
        lang="fr",
    )
    assert [(d.buyer, d.quantity, d.unit) for d in fr.deals] == [("AMD", 60000, Unit.HBM_STACK)]
    en = tag(
        "Memory for AI chips",
        "Micron will ship 25,000 memory stacks to Google for its AI accelerators.",
    )
    assert [(d.buyer, d.quantity, d.unit) for d in en.deals] == [
        ("Google", 25000, Unit.HBM_STACK)
    ]


def test_chip_model_names_count_as_units() -> None:
    en = tag(
        "GPU purchase",
        "Naver will buy 6,000 B200s from Nvidia for its AI data centre.",
    )
    assert [(d.buyer, d.quantity, d.unit) for d in en.deals] == [("Naver Cloud", 6000, Unit.GPU)]
    ko = tag(
        "LG, AMD 가속기 구매",
        "LG가 AMD MI355X 4천 개를 구매한다.",
        "인공지능 데이터센터에 설치한다.",
        lang="ko",
    )
    assert [(d.buyer, d.quantity, d.unit) for d in ko.deals] == [("LG", 4000, Unit.ACCELERATOR)]


def test_a_blocking_word_belongs_to_the_size_next_to_it() -> None:
    t = tag(
        "AI chip start-up funding",
        "Groq was valued at $7 billion after the AI chip designer raised $600 million from "
        "investors.",
    )
    assert [(d.buyer, d.amount) for d in t.deals] == [("Groq", 600e6)]


def test_production_capacity_is_not_a_purchase_but_added_units_are() -> None:
    cap = tag(
        "Packaging for AI chips",
        "TSMC will lift its advanced packaging capacity to 75,000 wafers a month to meet demand "
        "for AI chips.",
    )
    assert cap.deals == ()
    add = tag(
        "More GPUs",
        "Naver already runs 6,000 Nvidia GPUs for AI and will add 3,000 more next year.",
    )
    assert [(d.buyer, d.quantity) for d in add.deals] == [("Naver Cloud", 3000)]


def test_public_money_right_after_the_same_countrys_purchase_pays_for_it() -> None:
    t = tag(
        "Japan to buy 6,000 GPUs for national AI lab",
        "The government will spend 90 billion yen on the project, officials said.",
    )
    assert ("Japanese government", "JP", round(90e9 / 150), "usd") in facts(t) or (
        "Japan", "JP", round(90e9 / 150), "usd"
    ) in facts(t)
    alone = tag(
        "Japan unveils AI plan",
        "The government will spend 90 billion yen on AI over five years, officials said.",
    )
    assert alone.deals == ()


def test_bare_number_before_a_time_unit_is_a_rate_not_a_part() -> None:
    t = tag(
        "Wafer supply",
        "Samsung Foundry will supply 40,000 wafers a month to Google, up from 25,000 a year "
        "ago, for its AI chips.",
    )
    assert [(d.buyer, d.quantity) for d in t.deals] == [("Google", 40000)]


def test_parts_in_a_later_sentence_without_chip_words_are_still_chips() -> None:
    t = tag(
        "Telecoms buy GPUs together",
        "Three Japanese telecom groups will jointly buy 9,000 Nvidia GPUs.",
        "The purchase is worth about 120 billion yen, they said.",
        "SoftBank will take 5,000, KDDI 3,000 and NTT 1,000.",
    )
    got = {(d.buyer, d.quantity) for d in t.deals}
    assert {("SoftBank", 5000), ("KDDI", 3000), ("NTT", 1000)} <= got


def test_money_in_a_later_sentence_without_chip_words_is_not_a_chip_deal() -> None:
    t = tag(
        "Telecom buys GPUs",
        "KDDI will buy 4,000 Nvidia GPUs for its AI data centre.",
        "Its chief executive told reporters in Osaka that the group was doing well.",
        "The company will also spend 30 billion yen on a new head office in Tokyo.",
    )
    assert [(d.buyer, d.quantity, d.amount) for d in t.deals] == [("KDDI", 4000, None)]
