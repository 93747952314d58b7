"""General tagging rules, each on small stories written for these tests.

Topics weigh a story's focus (headline, lead, density) and read its dateline; deal roles
follow the verb's subject, real coordination, and the company that states an investment.
"""

from __future__ import annotations

from .tagging_fixtures import facts
from .tagging_fixtures import tag as _tag

# -- ai-chips: the story's focus ------------------------------------------------------------


def test_lead_of_a_story_without_headline_sets_its_focus() -> None:
    t = _tag(
        "",
        "Der Cloud-Anbieter Lambda will in Frankreich ein Rechenzentrum mit 8.000 "
        "Grafikprozessoren aufbauen.",
        "Die Chips sollen im Herbst eintreffen.",
        "Der Standort liegt nahe Lyon.",
        lang="de",
    )
    assert "ai-chips" in t.tag_names


def test_chip_plant_making_ai_accelerators_is_ai_chips() -> None:
    t = _tag(
        "UMC to spend $5 billion on a new chip plant in Singapore",
        "UMC will invest $5 billion in the fab, which will make processors for AMD "
        "accelerators, the company said.",
        "The contract chipmaker expects output to start in 2028.",
    )
    assert "ai-chips" in t.tag_names


def test_memory_for_ai_data_centres_is_ai_chips() -> None:
    t = _tag(
        "Micron agrees memory deal with Microsoft",
        "Micron will supply memory chips for Microsoft's AI data centres under a deal "
        "announced on Tuesday.",
        "The US chipmaker will ship high-bandwidth memory from its plant in Idaho.",
        "Terms were not disclosed.",
    )
    assert "ai-chips" in t.tag_names


def test_ai_accelerators_spelled_out_in_french() -> None:
    t = _tag(
        "",
        "Les puces d'AMD vont équiper un nouveau centre de calcul à Lugano.",
        "Le centre utilisera 4000 accélérateurs d'intelligence artificielle.",
        lang="fr",
    )
    assert "ai-chips" in t.tag_names


def test_one_hbm_aside_in_a_phone_memory_story_is_not_ai_chips() -> None:
    t = _tag(
        "Phone memory prices climb",
        "Prices of mobile DRAM for smartphones rose in the quarter, traders said.",
        "Phone makers are paying more for the chips as supply tightens.",
        "Samsung Electronics and Micron raised contract prices for phone memory.",
        "Memory makers have shifted some lines to HBM.",
        "Smartphone sales are expected to slow next year.",
        "Analysts expect phone memory prices to keep rising.",
    )
    assert "ai-chips" not in t.tag_names


# -- korea: companies in the lead, datelines -------------------------------------------------


def test_seoul_dateline_and_korean_company_in_the_lead_is_korea() -> None:
    t = _tag(
        "",
        "FuriosaAI said on Monday it would build a second design centre for its AI chips.",
        "The start-up plans to hire 200 engineers this year.",
        "Construction starts in May.",
        dateline="SEOUL, March 2 (Reuters)",
    )
    assert "korea" in t.tag_names


def test_korean_language_story_datelined_seoul_is_korea() -> None:
    t = _tag(
        "",
        "AI 반도체 스타트업 퓨리오사AI가 2천억 원 규모의 투자를 유치했다고 2일 밝혔다.",
        "회사는 이번 자금으로 차세대 NPU 양산을 추진할 계획이다.",
        lang="ko",
        dateline="(서울=연합뉴스)",
    )
    assert "korea" in t.tag_names


def test_korean_language_story_datelined_abroad_is_not_korea() -> None:
    t = _tag(
        "",
        "미국 정부가 엔비디아의 AI 칩 수출 규제를 강화한다고 2일 밝혔다.",
        "새 규정은 다음 달부터 적용된다.",
        "상무부는 추가 조치도 검토하고 있다.",
        lang="ko",
        dateline="(워싱턴=연합뉴스)",
    )
    assert "korea" not in t.tag_names


def test_dateline_left_in_the_body_is_read_as_a_dateline() -> None:
    t = _tag(
        "",
        "SEOUL, March 2 (AFP) - Kakao said on Monday it would open a new office.",
        "The company gave no figures.",
    )
    assert "korea" in t.tag_names
    p = _tag(
        "",
        "PYONGYANG, March 2 (AFP) - State media showed a new missile launch on Monday.",
        "The launch was the third this year.",
    )
    assert "korea" not in p.tag_names


# -- deal roles ---------------------------------------------------------------------------


def test_subject_of_a_receive_verb_is_the_buyer_despite_a_preposition_before_it() -> None:
    t = _tag(
        "Nvidia livrera 90 000 GPU à la Corée du Sud",
        "L'opérateur de services en ligne Kakao obtiendra pour sa part 30 000 GPU.",
        lang="fr",
    )
    assert ("Kakao", "KR", 30000.0, "units") in facts(t)


def test_a_comma_after_a_source_phrase_does_not_join_parties() -> None:
    t = _tag(
        "Nvidia to deliver GPUs to Korean firms",
        "According to the US group, KT Cloud will receive more than 40,000 GPUs.",
    )
    got = facts(t)
    assert ("KT Cloud", "KR", 40000.0, "units") in got
    assert not any(b and " and " in b for b, _, _, _ in got)


def test_german_receive_verb_makes_the_subject_the_buyer() -> None:
    t = _tag(
        "Nvidia liefert Grafikprozessoren nach Deutschland",
        "Die Deutsche Telekom erhält 10.000 Grafikprozessoren von Nvidia für ein KI-Rechenzentrum.",
        lang="de",
    )
    assert ("Deutsche Telekom", "DE", 10000.0, "units") in facts(t)


def test_investment_stated_by_the_company_goes_to_the_company_not_the_country() -> None:
    t = _tag(
        "",
        "Der Cloud-Anbieter CoreWeave will in Norwegen ein KI-Rechenzentrum mit "
        "20.000 Grafikprozessoren von Nvidia bauen.",
        "Die Investition belaufe sich auf rund 2 Milliarden Euro, teilte das Unternehmen mit.",
        lang="de",
    )
    money = [(b, c) for b, c, _, kind in facts(t) if kind == "usd"]
    assert money == [("CoreWeave", "US")]


def test_headline_comma_still_coordinates() -> None:
    t = _tag(
        "Foxconn, Nvidia to build AI supercomputer with 10,000 GPUs",
        "Foxconn will build an AI supercomputer with 10,000 of Nvidia's latest GPUs.",
    )
    assert ("Foxconn", "TW", 10000.0, "units") in facts(t)


def test_construct_builds_what_model_construct_builds() -> None:
    from shared.models.tagging import Entity, Evidence
    from shared.tagging.build import construct

    ev = dict(term="HBM", field="body", start=3, end=6)
    assert construct(Evidence, **ev) == Evidence.model_construct(**ev)
    assert construct(Evidence, **ev).model_dump() == Evidence(**ev).model_dump()
    en = dict(name="SK Hynix", kind="company", country="KR", aliases=("SK hynix",), mentions=2)
    assert construct(Entity, **en) == Entity.model_construct(**en)
    assert construct(Entity, **en).model_dump() == Entity(**en).model_dump()


def test_receive_verbs_in_several_languages_make_the_subject_the_buyer() -> None:
    cases = [
        ("es", "Telefónica recibe 5.000 GPU de Nvidia para un centro de datos de IA.",
         ("Telefónica", "ES", 5000.0, "units")),
        ("it", "Eni otterrà 3.000 GPU da Nvidia per il suo supercomputer di IA.",
         ("Eni", "IT", 3000.0, "units")),
        ("fr", "Mistral AI obtient 18 000 puces Nvidia pour son centre de calcul d'IA.",
         ("Mistral AI", "FR", 18000.0, "units")),
    ]
    for lang, body, fact in cases:
        t = _tag("", body, lang=lang)
        assert fact in facts(t), (lang, facts(t))
        assert t.deals[0].vendor == "Nvidia", lang


def test_restatement_that_names_the_seller_completes_the_deal() -> None:
    t = _tag(
        "ソフトバンク、GPU1万個を調達",
        "ソフトバンクはエヌビディアからGPU1万個を調達すると発表した。",
        lang="ja",
    )
    assert [(d.buyer, d.vendor, d.quantity) for d in t.deals] == [("SoftBank", "Nvidia", 10000)]


def test_company_valuation_is_not_a_deal_but_an_order_valued_at_is() -> None:
    t = _tag(
        "Korean AI chip designer DeepX raises $80 million",
        "DeepX, which designs AI accelerators for data centres, said it had raised $80 million "
        "in a funding round.",
        "The round, led by a state bank, values the Seoul-based company at about $600 million.",
    )
    assert {(b, v) for b, _, v, k in facts(t) if k == "usd"} == {("DeepX", 80000000)}
    o = _tag(
        "",
        "Telefónica comprará 2.000 GPU de Nvidia para su centro de datos de IA en una "
        "operación valorada en unos 90 millones de euros.",
        lang="es",
    )
    assert ("Telefónica", "ES", round(90e6 / 0.92), "usd") in {
        (b, c, round(v), k) for b, c, v, k in facts(o)
    }


def test_the_seller_of_an_order_is_not_its_buyer() -> None:
    t = _tag(
        "",
        "Le centre de calcul KISTI va acquérir 2'000 puces Nvidia supplémentaires.",
        "La commande, passée auprès de Supermicro, se monte à 30 millions de francs.",
        lang="fr",
    )
    money = [(b, c) for b, c, _, k in facts(t) if k == "usd"]
    assert money and all(b != "Supermicro" for b, _ in money)


def test_subjectless_japanese_sentence_continues_the_previous_subject() -> None:
    t = _tag(
        "",
        "楽天は5日、AI計算基盤に2000億円を投じると発表した。",
        "米エヌビディアのGPUを5000基導入する。",
        lang="ja",
    )
    assert ("Rakuten", "JP", 5000.0, "units") in facts(t)


def test_german_article_before_a_descriptive_noun_does_not_mark_a_role() -> None:
    t = _tag(
        "",
        "Im kommenden Jahr hat sich der US-Konzern Microsoft bei Micron mehr als eine Million "
        "HBM-Stapel für KI-Rechenzentren gesichert.",
        lang="de",
    )
    assert ("Microsoft", "US", 1000000.0, "units") in facts(t)


def test_generic_ministry_is_the_home_government_not_korea() -> None:
    t = _tag(
        "Japan backs Kioxia memory plant",
        "Kioxia will invest 500 billion yen in a memory plant for AI servers in Iwate, the "
        "industry ministry said.",
        "Japan will cover up to 150 billion yen of the cost, the industry ministry said.",
        dateline="TOKYO, March 2 (Reuters)",
    )
    assert "korea" not in t.tag_names
