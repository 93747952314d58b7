"""Funding rounds with named parts, orders placed with a maker, a recipient nearer than a
"de", units already running, aid received since a company's founding, a valuation said
with "values", German denials, a company referred to after a maker naming the chips, a
headline's ellipsis, and the ai-chips tag of a story that counts chips."""

from __future__ import annotations

from .tagging_fixtures import facts, roles
from .tagging_fixtures import tag as _tag


def test_a_to_word_nearer_the_name_than_a_de_marks_the_recipient() -> None:
    t = _tag(
        "SK Hynix livrera plus de 120.000 piles HBM4 à AMD",
        "SK Hynix fournira plus de 120.000 piles de mémoire HBM4 à AMD en 2027, a indiqué "
        "le groupe sud-coréen.",
        lang="fr",
    )
    assert ("SK Hynix", "AMD", 120000) in roles(t)
    assert all(buyer == "AMD" for _, buyer, _ in roles(t))


def test_an_order_goes_to_the_maker_that_fills_it() -> None:
    t = _tag(
        "Nvidia commande 70.000 piles HBM4 à Samsung",
        "Le groupe américain veut équiper ses accélérateurs d'intelligence artificielle.",
        lang="fr",
    )
    assert roles(t) == [("Samsung Electronics", "Nvidia", 70000)]


def test_units_already_running_are_not_bought() -> None:
    t = _tag(
        "LG Uplus to buy about 8,000 Nvidia chips for Busan AI hub",
        "LG Uplus said on Monday it would buy about 8,000 Nvidia Blackwell graphics "
        "processing units for the AI data centre it is building in Busan. The first 1,500 of "
        "the processors are already running in a pilot hall that opened in June, the company "
        "said, and the rest will be delivered through the end of next year.",
    )
    assert {f[2] for f in facts(t)} == {8000.0}


def test_aid_received_since_the_founding_is_no_new_commitment() -> None:
    t = _tag(
        "Japan adds 50 billion yen for Rapidus AI chip line",
        "The government will give chipmaker Rapidus another 50 billion yen for its AI chip "
        "line in Hokkaido. Rapidus has received more than 900 billion yen in state aid since "
        "its founding, the ministry said.",
    )
    assert {f[2] for f in facts(t)} == {round(50e9 / 150)}


def test_a_round_that_values_the_company_is_no_deal_and_its_parts_go_to_the_raiser() -> None:
    t = _tag(
        "Groq raises $600 million for AI inference chips",
        "Groq, the US designer of AI inference chips, has raised $600 million in a new "
        "funding round. Samsung Electronics put in $120 million and LG Electronics $80 "
        "million, a person familiar with the matter said. The round values Groq at about "
        "$6 billion.",
    )
    assert set(roles(t)) == {
        (None, "Groq", 600e6),
        ("Samsung Electronics", "Groq", 120e6),
        ("LG", "Groq", 80e6),  # (the data knows LG Electronics as LG)
    }


def test_a_report_rejected_in_german_is_no_deal() -> None:
    t = _tag(
        "Neue Regeln für KI-Chips",
        "Ein Bericht, wonach der Konzern Alibaba 150.000 KI-Chips bei Nvidia bestellt habe, "
        "wurde von Nvidia zurückgewiesen.",
        lang="de",
    )
    assert t.deals == ()


def test_the_company_after_a_maker_naming_the_chips_is_the_story_s_company() -> None:
    t = _tag(
        "Aleph Alpha va investir 2 milliards d'euros dans un centre de calcul",
        "La start-up allemande Aleph Alpha va investir 2 milliards d'euros dans un centre de "
        "données pour l'intelligence artificielle. Le site accueillera jusqu'à 20.000 puces "
        "Nvidia, a précisé l'entreprise, qui loue aujourd'hui des capacités en France.",
        lang="fr",
    )
    units = [(v, b, q) for v, b, q in roles(t) if q == 20000]
    assert units == [("Nvidia", "Aleph Alpha", 20000)]


def test_a_headline_ellipsis_keeps_a_budget_away_from_the_next_recipient() -> None:
    t = _tag(
        "정부, AI 반도체에 5천억원…퓨리오사AI에 100억원 지원",
        "정부는 퓨리오사AI에 100억원을 지원하기로 했다.",
        lang="ko",
    )
    assert {f[2] for f in facts(t)} == {round(10e9 / 1400)}


def test_a_story_about_ai_that_counts_chips_is_about_ai_chips() -> None:
    counted = _tag(
        "Mistral AI va investir 3 milliards d'euros près de Paris",
        "La start-up Mistral AI va investir 3 milliards d'euros dans un campus de centres de "
        "données près de Paris. Le site accueillera jusqu'à 18.000 puces Nvidia d'ici 2028.",
        lang="fr",
    )
    assert "ai-chips" in {x.name for x in counted.tags}
    sums_only = _tag(
        "Mistral AI va investir 3 milliards d'euros près de Paris",
        "La start-up Mistral AI va investir 3 milliards d'euros dans un campus de centres de "
        "données près de Paris. Le site ouvrira d'ici 2028.",
        lang="fr",
    )
    assert "ai-chips" not in {x.name for x in sums_only.tags}


def test_an_order_that_goes_to_a_client_is_bought_by_it() -> None:
    t = _tag(
        "Encomenda de chips de IA para a KT",
        "Uma encomenda de 800 milhões de euros para 60.000 aceleradores de IA da AMD vai para "
        "a KT, segundo fontes próximas do negócio.",
        lang="pt",
    )
    assert {b for _, b, _ in roles(t)} == {"KT"}


def test_a_korean_headline_comma_does_not_join_the_seller_to_the_recipient() -> None:
    t = _tag(
        "리벨리온, KT에 AI 가속기 2만개 공급",
        "리벨리온이 KT에 AI 가속기 2만개를 공급하기로 했다고 밝혔다.",
        lang="ko",
    )
    assert {b for _, b, _ in roles(t)} == {"KT"}


def test_an_order_that_goes_to_a_chip_maker_is_bought_by_it() -> None:
    t = _tag(
        "Encomenda de GPUs da Intel",
        "Uma encomenda de 900 milhões de euros para 20.000 GPUs da Intel vai para a Samsung "
        "Electronics, segundo fontes próximas do negócio.",
        lang="pt",
    )
    assert {b for _, b, _ in roles(t)} == {"Samsung Electronics"}
