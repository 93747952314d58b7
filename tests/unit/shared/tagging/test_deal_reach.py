"""Deal roles and sizes on more stories written for these tests."""

from __future__ import annotations

from shared.models.tagging import Qualifier, Unit

from .tagging_fixtures import tag


def test_maker_receiving_with_purpose_phrase_is_buyer() -> None:
    t = tag(
        "Foundry deal for AI chips",
        "TSMC will supply 30,000 wafers to Nvidia for AI chips next year.",
    )
    assert [(d.vendor, d.buyer, d.quantity, d.unit) for d in t.deals] == [
        ("TSMC", "Nvidia", 30000, Unit.WAFER)
    ]


def test_memory_maker_to_gpu_maker_with_purpose_phrase() -> None:
    t = tag(
        "HBM supply",
        "Micron will ship 20,000 HBM stacks to AMD for its AI accelerators.",
    )
    assert [(d.vendor, d.buyer, d.quantity) for d in t.deals] == [("Micron", "AMD", 20000)]


def test_named_recipient_after_give_verb_gets_the_subsidy() -> None:
    t = tag(
        "Subsidy for a chip fab",
        "The Japanese government will give Rapidus a subsidy of 100 billion yen for its "
        "AI chip fab.",
    )
    assert [d.buyer for d in t.deals] == ["Rapidus"]


def test_french_recipient_right_after_a_before_aid_noun() -> None:
    t = tag(
        "Subvention pour les puces IA",
        "L'Etat accordera à STMicroelectronics une aide de 500 millions d'euros pour son "
        "usine de puces IA.",
        lang="fr",
    )
    assert [d.buyer for d in t.deals] == ["STMicroelectronics"]


def test_korean_range_with_eseo_gives_lower_bound_about() -> None:
    t = tag(
        "엔비디아, 네이버에 GPU 공급",
        "엔비디아는 네이버에 GPU 1만에서 2만 장을 공급할 예정이다. AI 반도체 수요가 크다.",
        lang="ko",
    )
    assert [(d.buyer, d.quantity, d.qualifier) for d in t.deals] == [
        ("Naver Cloud", 10000, Qualifier.ABOUT)
    ]


def test_japanese_wave_dash_range_gives_lower_bound_about() -> None:
    t = tag(
        "エヌビディアのGPU供給",
        "エヌビディアはソフトバンクにGPU1万〜2万個を供給する。AI半導体の需要が高い。",
        lang="ja",
    )
    assert [(d.buyer, d.quantity, d.qualifier) for d in t.deals] == [
        ("SoftBank", 10000, Qualifier.ABOUT)
    ]


def test_subject_of_receive_before_subsidy_noun_is_recipient() -> None:
    t = tag(
        "Chip fab subsidy",
        "Rapidus will receive a subsidy of 100 billion yen from the Japanese government for "
        "its AI chip fab.",
    )
    assert [d.buyer for d in t.deals] == ["Rapidus"]


def test_count_in_next_sentence_with_carried_subject_goes_to_named_client() -> None:
    t = tag(
        "GPU supply deal",
        "Nvidia signed a deal to supply Naver with AI chips. It will ship 20,000 GPUs over "
        "two years.",
    )
    assert [(d.vendor, d.buyer, d.quantity) for d in t.deals] == [
        ("Nvidia", "Naver Cloud", 20000)
    ]


def test_shipment_statistic_after_a_meeting_has_no_buyer() -> None:
    t = tag(
        "GPU maker meets Korean partner",
        "Nvidia executives met Naver managers in Seoul on Monday. Nvidia shipped 1.5 million "
        "GPUs last year.",
    )
    assert t.deals == ()


def test_korean_maker_with_dative_particle_before_unit_is_the_buyer() -> None:
    t = tag(
        "엔비디아, 삼성에 GPU 공급",
        "엔비디아는 삼성전자에 GPU 10만 개를 공급한다. AI 반도체 수요가 크다.",
        lang="ko",
    )
    assert [(d.vendor, d.buyer, d.quantity) for d in t.deals] == [
        ("Nvidia", "Samsung Electronics", 100000)
    ]


def test_korean_and_japanese_hbm_counts_before_counter() -> None:
    ko = tag(
        "삼성전자 HBM 공급",
        "삼성전자는 엔비디아에 HBM 10만 개를 공급한다. AI 반도체 수요가 크다.",
        lang="ko",
    )
    assert [(d.buyer, d.quantity, d.unit) for d in ko.deals] == [
        ("Nvidia", 100000, Unit.HBM_STACK)
    ]
    ja = tag(
        "HBM供給",
        "SKハイニックスはエヌビディアにHBM3E10万個を供給する。AI半導体の需要が高い。",
        lang="ja",
    )
    assert [(d.vendor, d.buyer, d.quantity) for d in ja.deals] == [
        ("SK Hynix", "Nvidia", 100000)
    ]


def test_units_already_deployed_are_not_a_deal() -> None:
    t = tag(
        "Cloud giant's chip fleet",
        "Amazon has deployed 500,000 Trainium chips in its AI data centres so far.",
    )
    assert t.deals == ()
    fr = tag(
        "Parc de puces IA",
        "Scaleway a déployé 5 000 GPU Nvidia dans ses centres de données d'IA.",
        lang="fr",
    )
    assert fr.deals == ()


def test_money_ranges_with_repeated_currency_sign_give_lower_bound() -> None:
    for body in (
        "Oracle will spend between $1 billion and $2 billion on AMD AI accelerators.",
        "Oracle will spend $1 billion to $2 billion on AMD AI accelerators.",
    ):
        t = tag("Cloud firm's AI chip spending", body)
        assert [(d.buyer, d.amount_usd, d.qualifier) for d in t.deals] == [
            ("Oracle", 1e9, Qualifier.ABOUT)
        ]


def test_lead_investor_of_a_round_in_a_startup_is_not_the_raiser() -> None:
    t = tag(
        "Funding for an AI chip start-up",
        "Fidelity led a $1.1 billion funding round in AI chipmaker Cerebras.",
    )
    assert [d.buyer for d in t.deals] == ["Cerebras"]
    own = tag(
        "Funding for an AI chip start-up",
        "Cerebras raised $1.1 billion in a round led by Fidelity.",
    )
    assert [d.buyer for d in own.deals] == ["Cerebras"]


def test_french_accented_buy_verb_makes_the_maker_the_seller() -> None:
    t = tag(
        "Un opérateur achète des puces IA",
        "L'opérateur Orange achètera 4 000 processeurs graphiques à Nvidia pour son nouveau "
        "centre de données d'intelligence artificielle.",
        lang="fr",
    )
    assert [(d.vendor, d.buyer, d.quantity) for d in t.deals] == [("Nvidia", "Orange", 4000)]


def test_present_tense_and_shipping_supply_verbs_it_ja_ko() -> None:
    it = tag(
        "Chip IA per un operatore",
        "Nvidia fornisce 3.000 GPU a Fastweb per il suo supercomputer di intelligenza "
        "artificiale.",
        lang="it",
    )
    assert [(d.vendor, d.buyer, d.quantity) for d in it.deals] == [("Nvidia", "Fastweb", 3000)]
    ja = tag(
        "GPU出荷",
        "エヌビディアはソフトバンクにGPU2万個を出荷する。AI半導体の需要が高い。",
        lang="ja",
    )
    assert [(d.vendor, d.buyer, d.quantity) for d in ja.deals] == [("Nvidia", "SoftBank", 20000)]


def test_specification_numbers_between_count_and_unit_are_skipped() -> None:
    t = tag("HBM supply", "Samsung will supply 100,000 12-high HBM3E stacks to AMD.")
    assert [(d.buyer, d.quantity, d.unit) for d in t.deals] == [("AMD", 100000, Unit.HBM_STACK)]
    w = tag("Foundry supply for AI chips", "TSMC will supply 5,000 12-inch wafers to Nvidia.")
    assert [(d.buyer, d.quantity, d.unit) for d in w.deals] == [("Nvidia", 5000, Unit.WAFER)]
    h = tag("AI chips", "Google will buy 10,000 high-end Nvidia GPUs for its AI cloud.")
    assert [(d.buyer, d.quantity) for d in h.deals] == [("Google", 10000)]


def test_hbm_stack_units_in_french_and_spanish() -> None:
    fr = tag(
        "Mémoire HBM pour puces IA",
        "SK Hynix fournira 100 000 piles HBM à Nvidia pour ses accélérateurs d'IA.",
        lang="fr",
    )
    assert [(d.buyer, d.quantity, d.unit) for d in fr.deals] == [
        ("Nvidia", 100000, Unit.HBM_STACK)
    ]
    es = tag(
        "Memoria HBM para chips de IA",
        "SK Hynix suministrará 50.000 chips HBM a Nvidia para sus aceleradores de IA.",
        lang="es",
    )
    assert [(d.buyer, d.quantity, d.unit) for d in es.deals] == [
        ("Nvidia", 50000, Unit.HBM_STACK)
    ]


def test_negated_or_denied_purchases_are_not_deals() -> None:
    en = tag(
        "Portal denies GPU order",
        "Naver said it was not buying 20,000 Nvidia GPUs, contrary to reports.",
    )
    assert en.deals == ()
    de = tag(
        "KI-Chips: Dementi",
        "Die Telekom dementierte, 10.000 GPUs bei Nvidia bestellt zu haben, für ein "
        "KI-Rechenzentrum.",
        lang="de",
    )
    assert de.deals == ()


def test_public_envelope_without_recipient_or_purchase_is_not_a_deal() -> None:
    t = tag(
        "Bloc's AI computing plan",
        "The EU will mobilise 20 billion euros for AI gigafactories under a new plan.",
    )
    assert t.deals == ()
    named = tag(
        "Government buys AI chips",
        "The Korean government will spend 2 trillion won to buy 10,000 GPUs for universities.",
    )
    assert any(d.amount_usd for d in named.deals)
    assert any(d.quantity == 10000 for d in named.deals)
