"""Constructions of agency copy in several languages: forecasts and denials that govern a
whole clause, rates and product generations between a count and its unit, awarded
contracts, receiving verbs and glued counters in Korean, public aid in Japanese, names the
data lacks after an article and a nationality, and words that look like parties but are
not (a country opening a newspaper's name, a legal form after a company noun)."""

from __future__ import annotations

from .tagging_fixtures import facts, roles
from .tagging_fixtures import tag as _tag


def test_a_market_forecast_is_no_deal_in_french() -> None:
    t = _tag(
        "OVHcloud achète des puces d'IA",
        "OVHcloud va acheter 3 000 processeurs graphiques à Nvidia pour ses centres de "
        "données d'IA. Le marché mondial des puces d'IA devrait atteindre 400 milliards de "
        "dollars en 2030, selon un cabinet.",
        lang="fr",
    )
    assert {f[3] for f in facts(t)} == {"units"}


def test_denials_govern_their_whole_clause() -> None:
    before = _tag(
        "Samsung et les puces d'IA",
        "Samsung a démenti mardi des informations de presse selon lesquelles le groupe "
        "s'apprêtait à livrer 40 000 puces d'IA au constructeur américain Tesla.",
        lang="fr",
    )
    assert before.deals == ()
    after = _tag(
        "Puces d'IA en Chine",
        "La presse avait écrit que Baidu avait commandé 80 000 puces d'IA à Huawei, une "
        "information démentie depuis par Baidu.",
        lang="fr",
    )
    assert after.deals == ()


def test_a_rate_is_no_count_and_a_product_generation_may_sit_before_the_unit() -> None:
    t = _tag(
        "India buys AI chips",
        "India's AI mission will buy 6,000 AI chips, including 2,000 Gaudi 3 chips from "
        "Intel, and rent them out for less than 150 rupees per GPU hour.",
    )
    sizes = {f[2] for f in facts(t)}
    assert 2000.0 in sizes and 150.0 not in sizes


def test_a_contract_awarded_to_a_maker_is_bought_by_whoever_awards_it() -> None:
    es = _tag(
        "Supercomputación e IA",
        "El Barcelona Supercomputing Center ha adjudicado a la estadounidense Hewlett Packard "
        "Enterprise un contrato de 150 millones de euros para ampliar su superordenador con "
        "1.800 procesadores gráficos de Nvidia.",
        lang="es",
    )
    assert ("Barcelona Supercomputing Center", "ES", 1800.0, "units") in facts(es)
    assert {d.vendor for d in es.deals} == {"Hewlett Packard Enterprise"}


def test_korean_receiving_verbs_glued_counters_and_won_contracts() -> None:
    received = _tag(
        "삼성전자, SK실트론서 웨이퍼 공급받아",
        "삼성전자는 SK실트론으로부터 12인치(300㎜) 웨이퍼 18만 장을 공급받기로 했다. "
        "회사는 이번 투자로 2만 개의 일자리가 생길 것으로 기대했다.",
        lang="ko",
    )
    assert facts(received) == {("Samsung Electronics", "KR", 180000.0, "units")}
    won = _tag(
        "SK하이닉스, AI 반도체 수주",
        "SK하이닉스가 카카오로부터 AI 반도체 12만개 공급 계약을 따냈다고 업계가 전했다.",
        lang="ko",
    )
    assert roles(won) == [("SK Hynix", "Kakao", 120000)]


def test_public_aid_in_japanese_goes_to_the_company_named_with_the_ministry() -> None:
    t = _tag(
        "経産省、キオクシアに補助",
        "経済産業省は、キオクシアが三重県の工場で計画する次世代メモリーの量産に対し、"
        "最大1500億円を補助すると発表した。AI向け半導体の需要が拡大している。",
        lang="ja",
    )
    assert [(d.buyer, d.amount) for d in t.deals] == [("Kioxia", 1.5e11)]


def test_an_unknown_buyer_after_an_article_and_a_nationality() -> None:
    t = _tag(
        "Servidores de IA para México",
        "Ciudad de México, 3 dic (EFE).- La mexicana Triara Networks comprará hasta 800 "
        "servidores de inteligencia artificial con chips de Nvidia al fabricante taiwanés "
        "Foxconn, anunció la compañía.",
        lang="es",
    )
    assert [d.buyer for d in t.deals] == ["Triara Networks"]


def test_a_country_opening_a_newspapers_name_is_no_party() -> None:
    t = _tag(
        "SK Hynix liefert HBM an Nvidia",
        "Nvidia wird vom Speicherhersteller SK Hynix mit 12 Millionen HBM4-Stapeln "
        "beliefert. Der Auftrag habe einen Wert von 8 Billionen Won, berichtete die "
        "Zeitung \"Korea Economic Daily\".",
        lang="de",
    )
    assert {(f[0], f[3]) for f in facts(t)} == {("Nvidia", "units"), ("Nvidia", "usd")}


def test_a_federal_support_programme_is_an_envelope() -> None:
    t = _tag(
        "KI-Rechenzentrum von SAP",
        "SAP bestellt 6.000 KI-Beschleuniger beim US-Chiphersteller AMD. Der Bund hatte ein "
        "Förderprogramm für KI-Rechenzentren über 1,2 Milliarden Euro aufgelegt.",
        lang="de",
    )
    assert facts(t) == {("SAP", "DE", 6000.0, "units")}


def test_units_in_service_after_a_comma_are_installed() -> None:
    t = _tag(
        "Nuove Gpu per Fastweb",
        "Fastweb acquisterà oltre 1.500 processori grafici di Nvidia. Il supercalcolatore "
        "era entrato in funzione con 312 Gpu, già utilizzate per il modello della società.",
        lang="it",
    )
    assert {f[2] for f in facts(t)} == {1500.0}


def test_a_legal_form_is_no_name_and_the_chipmaker_is_the_chip_company() -> None:
    t = _tag(
        "Japanese groups back Rapidus",
        "Rapidus Corp. aims to make 2-nanometre AI chips in Hokkaido. Five companies "
        "including Sony Group Corp. and SoftBank Corp. will together invest 6 billion yen in "
        "the chipmaker, people close to the matter said.",
    )
    assert "Corp" not in {e.name for e in t.entities}
    assert [d.buyer for d in t.deals] == ["Rapidus"]


def test_ai_servers_are_ai_chip_evidence_in_spanish_and_portuguese() -> None:
    es = _tag(
        "Servidores de IA para Querétaro",
        "La empresa comprará servidores de IA para su centro de datos. Los servidores de "
        "inteligencia artificial llegarán en 2027.",
        lang="es",
    )
    assert "ai-chips" in {r.name for r in es.tags}


def test_a_subsidiary_apposition_leaves_the_subject_as_buyer() -> None:
    t = _tag(
        "Cloud : achat de puces Nvidia",
        "Le fournisseur de cloud OVHcloud, filiale du groupe Klaba, va acquérir environ 4.000 "
        "processeurs graphiques auprès de l'américain Nvidia pour ses centres de données d'IA.",
        lang="fr",
    )
    assert [d.buyer for d in t.deals] == ["OVHcloud"]


def test_part_of_a_wider_budget_is_no_second_deal() -> None:
    t = _tag(
        "Leeds supercomputer gets government grant",
        "The government will give the University of Leeds £80 million for an AI supercomputer "
        "with Nvidia GPUs. The grant is part of the £1.5 billion the government has said it "
        "will spend on public computing.",
    )
    assert {f[2] for f in facts(t)} == {round(80e6 / 0.79)}


def test_a_korean_headline_names_the_winner_then_its_client() -> None:
    t = _tag(
        "SK하이닉스, 美 그록 AI 가속기용 HBM 8천억 원 수주",
        "이번 계약으로 AI 반도체 공급이 늘어난다.",
        lang="ko",
    )
    assert [(d.vendor, d.buyer) for d in t.deals] == [("SK Hynix", "Groq")]


def test_spelled_counts_in_a_list_of_shares_and_spanish_institutions() -> None:
    shares = _tag(
        "Nvidia to ship GPUs to Indian cloud firms",
        "Nvidia will supply 15,000 GPUs to Indian cloud providers under the national AI "
        "programme. Of these, Yotta will receive eight thousand, Reliance Jio 4,000 and E2E "
        "Networks the remaining 3,000, the ministry said.",
    )
    assert ("Yotta", "IN", 8000.0, "units") in facts(shares)
    es = _tag(
        "Supercomputador de IA",
        "La Universidad de los Llanos comprará 256 procesadores gráficos de Nvidia para su "
        "centro de inteligencia artificial, informó la institución.",
        lang="es",
    )
    assert [d.buyer for d in es.deals] == ["Universidad de los Llanos"]
