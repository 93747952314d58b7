"""Buyers the data does not know: a company described by an apposition, an institution
named by its head word, a name before an auxiliary; and Korean copy that glues its currency
and counters to the number or lists each buyer's share with a verb of taking."""

from __future__ import annotations

from .tagging_fixtures import facts
from .tagging_fixtures import tag as _tag


def test_an_unknown_company_described_by_an_apposition() -> None:
    t = _tag(
        "Kenyan operator to build AI data centre",
        "Zuku Networks, Kenya's second-largest broadband operator, will spend $90 million on "
        "an AI data centre with Nvidia GPUs in Mombasa, it said on Monday.",
    )
    assert [d.buyer for d in t.deals] == ["Zuku Networks"]
    reported = _tag(
        "SK Hynix to invest in HBM plant",
        "SK Hynix plans to invest 12 trillion won in a new HBM plant for AI chips in Yongin, "
        "the company said.",
    )
    assert {d.buyer for d in reported.deals} == {"SK Hynix"}


def test_an_institution_named_by_its_head_word() -> None:
    t = _tag(
        "Supercomputer grant for AI research",
        "The University of Leeds will receive £120 million from the government to build an AI "
        "supercomputer with Nvidia GPUs, ministers said.",
    )
    assert [d.buyer for d in t.deals] == ["University of Leeds"]


def test_a_name_before_an_auxiliary_buys() -> None:
    t = _tag(
        "Novo investimento em centros de dados de IA",
        "A Atlantic Compute vai investir 1,5 mil milhões de euros num campus de centros de "
        "dados de IA com processadores gráficos da Nvidia, anunciou a empresa.",
        lang="pt",
    )
    assert [d.buyer for d in t.deals] == ["Atlantic Compute"]


def test_a_site_that_will_host_chips_is_the_investors() -> None:
    t = _tag(
        "Kakao investit dans un centre de données d'IA",
        "Le sud-coréen Kakao va investir 900 millions de dollars dans un centre de données "
        "consacré à l'intelligence artificielle. Le site accueillera plus de 12 000 "
        "processeurs graphiques de Nvidia d'ici 2028.",
        lang="fr",
    )
    assert ("Kakao", "KR", 12000.0, "units") in facts(t)


def test_korean_glued_currency_funding_round_and_shares_taken() -> None:
    raised = _tag(
        "퓨리오사AI, 시리즈D 투자 유치",
        "퓨리오사AI는 국내외 투자자로부터 2천억원 규모의 시리즈D 투자 유치를 마무리했다고 "
        "밝혔다. AI 반도체 시장이 커지고 있다.",
        lang="ko",
    )
    assert {(d.buyer, d.amount, d.currency) for d in raised.deals} == {
        ("FuriosaAI", 2e11, "KRW")
    }
    shares = _tag(
        "GPU 9천 장 확보",
        "과기정통부는 클라우드 기업들이 엔비디아 GPU 9천 장을 확보한다고 밝혔다. "
        "네이버클라우드가 5천 장, 카카오가 4천 장을 각각 맡는다.",
        lang="ko",
    )
    got = facts(shares)
    assert ("Naver Cloud", "KR", 5000.0, "units") in got
    assert ("Kakao", "KR", 4000.0, "units") in got


def test_a_city_adjective_before_a_company_noun_is_no_name() -> None:
    t = _tag(
        "Telekom baut KI-Rechenzentrum",
        "Die Deutsche Telekom baut in München ein Rechenzentrum für künstliche Intelligenz. "
        "Der Bonner Konzern kauft dafür 6000 Grafikprozessoren des US-Chipherstellers Nvidia.",
        lang="de",
    )
    assert facts(t) == {("Deutsche Telekom", "DE", 6000.0, "units")}


def test_a_french_verb_a_is_no_article_before_a_company_noun() -> None:
    t = _tag(
        "Samsung investit dans la mémoire pour l'IA",
        "Samsung Electronics investira 30 000 milliards de wons dans une usine de puces d'IA "
        "au sud de Séoul, a précisé le groupe dans un communiqué.",
        lang="fr",
    )
    assert {d.buyer for d in t.deals} == {"Samsung Electronics"}


def test_the_site_a_deal_paid_for_hosts_the_chips() -> None:
    t = _tag(
        "Fluidstack va construire en France un supercalculateur d'IA",
        "La société britannique Fluidstack va investir 4 milliards d'euros dans un centre de "
        "calcul pour l'intelligence artificielle, a annoncé le ministère de l'Economie. Le site "
        "accueillera jusqu'à 90 000 puces d'IA fournies par Nvidia.",
        lang="fr",
    )
    assert ("Fluidstack", "GB", 90000.0, "units") in facts(t)


def test_a_report_denied_later_in_its_sentence_and_a_deal_valuing_a_company() -> None:
    denied = _tag(
        "Oracle and AI capacity",
        "A media report that Meta was close to a $6 billion GPU capacity agreement with Oracle "
        "was denied by both companies on Wednesday.",
    )
    assert denied.deals == ()
    valued = _tag(
        "Groq raises money for AI chips",
        "Groq has raised $750 million in a funding round for its AI inference chips, the company "
        "said. The deal values the chipmaker at about $6.9 billion, people familiar said.",
    )
    assert {f[2] for f in facts(valued)} == {750e6}


def test_korean_counters_with_particles_and_a_contract_size_two_sentences_on() -> None:
    t = _tag(
        "정부, 엔비디아 GPU 9천장 확보",
        "과학기술정보통신부는 엔비디아 GPU 9천장을 확보했다고 밝혔다. 확보한 GPU는 "
        "네이버클라우드에 5천장, 카카오에 4천장이 각각 배분된다.",
        lang="ko",
    )
    assert ("Kakao", "KR", 4000.0, "units") in facts(t)
