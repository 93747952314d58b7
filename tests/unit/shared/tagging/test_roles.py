"""Role rules (``shared.tagging.roles``) on stories written for these tests."""

from __future__ import annotations

from .tagging_fixtures import roles, tag


def test_indirect_object_between_supply_verb_and_count_receives() -> None:
    en = tag(
        "Accelerators for Korean chipmaker",
        "Intel will ship SK Hynix 4,000 AI accelerators for a research cluster, it said.",
    )
    assert roles(en) == [("Intel", "SK Hynix", 4000)]
    fr = tag(
        "Des puces d'IA pour l'opérateur",
        "AMD vendra à Orange 3 500 accélérateurs pour son nouveau centre de données d'IA.",
        lang="fr",
    )
    assert roles(fr) == [("AMD", "Orange", 3500)]


def test_agent_noun_is_not_the_deal_verb() -> None:
    en = tag(
        "Telecom group signs AI computing deal",
        "Vodafone agreed to pay cloud provider CoreWeave $2.5 billion for AI computing "
        "capacity built on Nvidia chips.",
    )
    assert [(d.vendor, d.buyer) for d in en.deals] == [("CoreWeave", "Vodafone")]
    de = tag(
        "KI-Chips für Rechenzentrum",
        "Die Telekom kauft beim Lieferanten Supermicro 900 KI-Server für ihr Rechenzentrum.",
        lang="de",
    )
    assert [(d.vendor, d.buyer, d.quantity) for d in de.deals] == [
        ("Supermicro", "Deutsche Telekom", 900)
    ]


def test_list_of_name_and_count_pairs_is_not_one_joint_buyer() -> None:
    t = tag(
        "Japanese labs split GPU order",
        "Two Japanese research labs will buy 9,000 AMD GPUs: RIKEN will take 6,000 and AIST "
        "3,000.",
    )
    parts = {(d.buyer, d.quantity) for d in t.deals}
    assert ("RIKEN", 6000) in parts and ("AIST", 3000) in parts
    assert not any(d.buyer and " and " in d.buyer for d in t.deals)


def test_future_equipping_is_a_purchase_but_equipped_now_is_installed() -> None:
    it = tag(
        "Nuovo supercomputer per l'IA",
        "Il centro di calcolo di Leonardo sarà dotato di 2.400 processori grafici AMD per "
        "l'intelligenza artificiale.",
        lang="it",
    )
    assert roles(it) == [("AMD", "Leonardo", 2400)]
    es = tag(
        "Superordenador de IA",
        "El nuevo centro de datos de Telefónica contará con 1.800 chips de AMD para "
        "inteligencia artificial.",
        lang="es",
    )
    assert roles(es) == [("AMD", "Telefónica", 1800)]
    installed = tag(
        "Supercomputer inaugurato",
        "Il supercomputer di Leonardo, dotato di 2.400 processori grafici AMD per l'IA, è "
        "stato inaugurato ieri.",
        lang="it",
    )
    assert installed.deals == ()


def test_owner_of_the_equipped_site_buys() -> None:
    t = tag(
        "KI-Rechenzentrum",
        "Das neue Rechenzentrum der Telekom wird mit 7.000 AMD-Beschleunigern ausgerüstet.",
        "Der Betrieb soll 2026 beginnen.",
        lang="de",
    )
    assert roles(t) == [("AMD", "Deutsche Telekom", 7000)]


def test_subject_of_a_passive_grant_receives_it() -> None:
    en = tag(
        "Subsidy for AI chip fab",
        "Rebellions has been awarded 150 billion won in state aid for its AI chip plant, the "
        "ministry said.",
    )
    assert [d.buyer for d in en.deals] == ["Rebellions"]
    fr = tag(
        "Aide publique pour les puces d'IA",
        "Infineon s'est vu octroyer une subvention de 900 millions d'euros pour son usine de "
        "puces d'IA à Dresde.",
        lang="fr",
    )
    assert [d.buyer for d in fr.deals] == ["Infineon"]
    active = tag(
        "Subsidy for AI chip fab",
        "The Korean government is giving Rebellions 150 billion won to build AI chips.",
    )
    assert [d.buyer for d in active.deals] == ["Rebellions"]


def test_total_before_its_parts_is_not_given_to_a_part() -> None:
    en = tag(
        "AMD spreads accelerator order across Japan",
        "AMD will ship 11,000 AI accelerators: 6,000 to SoftBank, 3,000 to KDDI and 2,000 to "
        "Sakura Internet.",
    )
    got = {(d.buyer, d.buyer_country, d.quantity) for d in en.deals}
    assert got == {
        (None, "JP", 11000), ("SoftBank", "JP", 6000), ("KDDI", "JP", 3000),
        ("Sakura Internet", "JP", 2000),
    }
    fr = tag(
        "Des puces d'IA pour l'Allemagne",
        "Intel fournira 9.000 accélérateurs d'IA, dont 5.000 à SAP et 4.000 à Siemens, pour "
        "leurs centres de données.",
        lang="fr",
    )
    total = [d for d in fr.deals if d.quantity == 9000]
    assert [(d.buyer, d.buyer_country) for d in total] == [(None, "DE")]


def test_parts_taken_by_each_buyer_in_korean() -> None:
    t = tag(
        "LG·SK텔레콤, 엔비디아 GPU 공동 구매",
        "LG와 SK텔레콤이 엔비디아 GPU 총 7천 장을 공동으로 구매한다.",
        "업체별로는 LG가 4천 장, SK텔레콤이 3천 장을 가져간다.",
        lang="ko",
    )
    got = {(d.buyer, d.quantity) for d in t.deals}
    assert ("LG", 4000) in got and ("SK Telecom", 3000) in got


def test_winner_of_an_order_from_a_client_sells_to_it() -> None:
    en = tag(
        "Micron wins HBM order",
        "Micron has landed a $900 million order from Nvidia for HBM used in AI accelerators.",
    )
    assert [(d.vendor, d.buyer) for d in en.deals] == [("Micron", "Nvidia")]
    de = tag(
        "Auftrag für KI-Speicher",
        "SK Hynix hat einen Auftrag über 1,2 Milliarden Dollar von AMD für KI-Speicherchips "
        "gewonnen.",
        lang="de",
    )
    assert [(d.vendor, d.buyer, d.qualifier.value) for d in de.deals] == [
        ("SK Hynix", "AMD", "exact")
    ]
    placed = tag(
        "GPU order",
        "Naver placed an order for 6,000 GPUs from AMD for its AI data centre.",
    )
    assert [(d.vendor, d.buyer) for d in placed.deals] == [("AMD", "Naver Cloud")]


def test_stake_right_after_the_sum_makes_it_an_investment() -> None:
    t = tag(
        "AI chip stake",
        "Microsoft will take a $1.5 billion stake in struggling chip designer Graphcore to "
        "build AI accelerators together.",
    )
    assert [(d.vendor, d.buyer) for d in t.deals] == [("Microsoft", "Graphcore")]


def test_recipient_before_a_purpose_clause_still_receives() -> None:
    es = tag(
        "Ayudas para chips de IA",
        "El Gobierno español concederá 120 millones de euros a la empresa Sparkchip para "
        "fabricar chips de IA en Valencia.",
        lang="es",
    )
    assert [d.buyer for d in es.deals] == ["Sparkchip"]
    fr = tag(
        "Aide pour les puces d'IA",
        "L'Etat versera 80 millions d'euros à la start-up Lumina pour produire des puces d'IA.",
        lang="fr",
    )
    assert [d.buyer for d in fr.deals] == ["Lumina"]


def test_aid_for_a_companys_plant_goes_to_that_company() -> None:
    it = tag(
        "Fondi per i chip per l'IA",
        "Il governo italiano ha stanziato 150 milioni di euro per il nuovo stabilimento di "
        "Infineon a Milano, che produrrà chip per l'IA.",
        lang="it",
    )
    assert [d.buyer for d in it.deals] == ["Infineon"]
    en = tag(
        "Grant for AI memory fab",
        "The U.S. government will cover up to $800 million of the cost of Micron's new HBM "
        "plant in New York, which will make memory for AI chips.",
    )
    assert [d.buyer for d in en.deals] == ["Micron"]


def test_german_verb_last_object_before_the_count_receives() -> None:
    aux = tag(
        "KI-Chips für SK Hynix",
        "AMD wird SK Hynix 14.000 KI-Beschleuniger liefern, teilten beide Konzerne mit.",
        lang="de",
    )
    assert roles(aux) == [("AMD", "SK Hynix", 14000)]
    passive = tag(
        "KI-Chips für die Telekom",
        "Die Telekom wird von Intel mit 5.000 KI-Beschleunigern beliefert.",
        "Die Chips gehen in ein neues Rechenzentrum.",
        lang="de",
    )
    assert roles(passive) == [("Intel", "Deutsche Telekom", 5000)]


def test_own_plant_investment_is_not_given_to_a_party_of_the_next_clause() -> None:
    t = tag(
        "Memory maker expands",
        "Samsung will invest 15 trillion won in a new HBM line in Pyeongtaek, it said, and "
        "plans to supply more than 500,000 HBM stacks to AMD next year.",
    )
    got = {(d.buyer, d.quantity, d.amount) for d in t.deals}
    assert ("Samsung Electronics", None, 15e12) in got
    assert ("AMD", 500000, None) in got


def test_grant_for_the_building_of_a_companys_fab_goes_to_the_company() -> None:
    t = tag(
        "Förderung für Chipwerk",
        "Das Land Sachsen fördert den Bau einer Fabrik von Infineon für KI-Chips mit "
        "600 Millionen Euro.",
        lang="de",
    )
    assert [d.buyer for d in t.deals] == ["Infineon"]


def test_the_currency_won_is_not_a_verb_of_winning() -> None:
    t = tag(
        "HBM deal",
        "SK Hynix received an order worth 900 billion won from AMD to supply HBM for AI chips.",
    )
    assert [(d.vendor, d.buyer) for d in t.deals] == [("SK Hynix", "AMD")]


def test_coordinated_recipients_share_one_size() -> None:
    ko = tag(
        "AMD, 국내 기업에 가속기 공급",
        "AMD가 카카오와 네이버, LG에 AI 가속기 3만 개를 공급한다.",
        "가속기는 인공지능 데이터센터에 설치된다.",
        lang="ko",
    )
    assert [(d.buyer, d.buyer_country, d.quantity) for d in ko.deals] == [
        ("Kakao, Naver Cloud and LG", "KR", 30000)
    ]
    en = tag(
        "GPUs for Japan",
        "Nvidia will supply 40,000 GPUs to SoftBank, KDDI and Sakura Internet for AI data "
        "centres.",
    )
    assert [(d.buyer, d.quantity) for d in en.deals] == [
        ("SoftBank, KDDI and Sakura Internet", 40000)
    ]
    each = tag(
        "GPUs for Japan",
        "Nvidia will supply 10,000 GPUs each to SoftBank and KDDI for AI data centres.",
    )
    assert {(d.buyer, d.quantity) for d in each.deals} == {("SoftBank", 10000), ("KDDI", 10000)}


def test_japanese_subsidy_for_a_companys_plant_goes_to_the_company() -> None:
    t = tag(
        "政府、マイクロン広島工場に補助",
        "経済産業省は、マイクロン・メモリ・ジャパンの広島工場に最大1500億円を補助すると発表した。",
        "人工知能向けの半導体メモリーを生産する。",
        lang="ja",
    )
    assert [d.buyer for d in t.deals] == ["Micron"]


def test_each_part_goes_to_the_recipient_on_its_own_side() -> None:
    de = tag(
        "KI-Chips verteilt",
        "Von den 15.000 KI-Chips sollen 9.000 an die Telekom und 6.000 an Siemens gehen.",
        "Die Chips kommen von AMD.",
        lang="de",
    )
    assert {(d.buyer, d.quantity) for d in de.deals} >= {
        ("Deutsche Telekom", 9000), ("Siemens", 6000)
    }
    it = tag(
        "Chip per l'IA",
        "Dei 15.000 chip per l'IA, 9.000 andranno a Leonardo e 6.000 a Fastweb.",
        "I chip sono di AMD.",
        lang="it",
    )
    assert {(d.buyer, d.quantity) for d in it.deals} >= {("Leonardo", 9000), ("Fastweb", 6000)}


def test_earmarked_for_a_party_is_a_supply_to_it() -> None:
    t = tag(
        "KI-Chips für Siemens",
        "Für Siemens sind 4.000 KI-Chips von AMD vorgesehen.",
        "Die Chips kommen 2026.",
        lang="de",
    )
    assert roles(t) == [("AMD", "Siemens", 4000)]


def test_korean_and_japanese_orders_won_from_a_client() -> None:
    ko = tag(
        "마이크론, 구글로부터 HBM 수주",
        "마이크론이 구글로부터 2조 원 규모의 HBM 공급 계약을 수주했다.",
        "인공지능 가속기에 쓰인다.",
        lang="ko",
    )
    assert [(d.vendor, d.buyer) for d in ko.deals] == [("Micron", "Google")]
    ja = tag(
        "キオクシア、AMDから受注",
        "キオクシアは米AMDから約2000億円のAI向けメモリーを受注した。",
        "人工知能のデータセンターに使われる。",
        lang="ja",
    )
    assert [(d.vendor, d.buyer) for d in ja.deals] == [("Kioxia", "AMD")]


def test_partner_of_a_supply_contract_receives() -> None:
    ko = tag(
        "삼성전자, AMD와 HBM 공급 계약",
        "삼성전자가 AMD와 3조 원 규모의 HBM 공급 계약을 맺었다.",
        "인공지능 가속기에 탑재된다.",
        lang="ko",
    )
    assert [(d.vendor, d.buyer) for d in ko.deals] == [("Samsung Electronics", "AMD")]
    en = tag(
        "Memory deal",
        "Micron signed a $1.2 billion agreement with AMD to supply HBM for AI accelerators.",
    )
    assert [(d.vendor, d.buyer) for d in en.deals] == [("Micron", "AMD")]


def test_subject_of_a_passive_supply_receives() -> None:
    nl = tag(
        "AI-chips voor cloud",
        "Nebius wordt door Intel voorzien van 3.000 AI-versnellers.",
        "De chips komen in 2026.",
        lang="nl",
    )
    assert roles(nl) == [("Intel", "Nebius", 3000)]
    it = tag(
        "Chip per l'IA",
        "Leonardo sarà rifornita di 2.500 acceleratori per l'IA da Intel.",
        "I chip arriveranno nel 2026.",
        lang="it",
    )
    assert roles(it) == [("Intel", "Leonardo", 2500)]


def test_funding_round_target_must_sit_close_after_the_sum() -> None:
    it = tag(
        "Round per l'IA",
        "La startup di chip per l'IA Velia ha raccolto 120 milioni di euro in un round e userà "
        "i fondi per il centro di calcolo aperto in Sardegna insieme al partner AMD.",
        "Gli investitori stimano che la valutazione superi un miliardo di euro.",
        lang="it",
    )
    assert [(d.buyer, d.amount) for d in it.deals] == [("Velia", 120e6)]
    en = tag(
        "AI chip funding",
        "Fidelity led a $400 million round in Groq, the AI chip designer said.",
    )
    assert [(d.vendor, d.buyer) for d in en.deals] == [("Fidelity", "Groq")] or [
        d.buyer for d in en.deals
    ] == ["Groq"]


def test_chip_maker_among_buyers_buys_when_the_seller_is_named_apart() -> None:
    en = tag(
        "Korean firms line up for GPUs",
        "Kakao, Samsung Electronics and LG Uplus will buy 12,000 GPUs from Nvidia for "
        "their data centres, the ministry said.",
    )
    [deal] = en.deals
    assert deal.vendor == "Nvidia"
    assert deal.buyer is not None and "Samsung" in deal.buyer and "Kakao" in deal.buyer
    # with no seller named apart, the chip maker in the group stays the seller's side
    alone = tag(
        "GPU agreement",
        "Nvidia and Kakao agreed on 8,000 GPUs for a new AI data centre, they said.",
    )
    assert all(d.buyer is None or "Nvidia" not in d.buyer for d in alone.deals)


def test_verb_last_passive_with_a_described_agent_receives() -> None:
    de = tag(
        "Speicher für KI-Chips",
        "Der US-Konzern Intel wird vom taiwanischen Auftragsfertiger TSMC mit 40.000 "
        "KI-Beschleunigern beliefert.",
        lang="de",
    )
    assert roles(de) == [("TSMC", "Intel", 40000)]
    nl = tag(
        "Chips voor datacenter",
        "Het Zwitserse Swisscom wordt door de Amerikaanse chipmaker AMD met 3.000 GPU's "
        "beleverd.",
        lang="nl",
    )
    assert roles(nl) == [("AMD", "Swisscom", 3000)]


def test_german_future_is_not_a_passive() -> None:
    de = tag(
        "KI-Chips für Telekom",
        "Nvidia wird der Deutschen Telekom 5.000 KI-Chips liefern, teilte das Unternehmen mit.",
        lang="de",
    )
    assert roles(de) == [("Nvidia", "Deutsche Telekom", 5000)]


def test_contract_sum_after_a_deal_told_without_size_joins_it() -> None:
    en = tag(
        "Memory order for US chip designer",
        "Broadcom will be supplied by South Korean memory maker SK Hynix with HBM stacks "
        "for its AI accelerators. The order is worth about $2.1 billion, SK Hynix said.",
    )
    assert [(d.vendor, d.buyer, d.amount_usd) for d in en.deals] == [
        ("SK Hynix", "Broadcom", 2.1e9)
    ]
    de = tag(
        "Auftrag für Speicher",
        "Der Chipentwickler Qualcomm wird vom Speicherhersteller Micron mit HBM-Speicher "
        "beliefert. Der Auftrag hat einen Wert von rund 800 Mio. US-Dollar, teilte Micron mit.",
        lang="de",
    )
    assert [(d.vendor, d.buyer, d.amount_usd) for d in de.deals] == [
        ("Micron", "Qualcomm", 8e8)
    ]
