"""The ai-chips and korea tags, their evidence and their standard codes."""

from __future__ import annotations

from .tagging_fixtures import tag

AI_STORY = (
    "Orbital Cloud orders 8,000 Nvidia GPUs for new AI data centre",
    "Orbital Cloud said on Tuesday it had ordered 8,000 graphics processors from Nvidia to "
    "train artificial intelligence models in its new facility.",
    "The Blackwell chips will be installed next spring, the company said.",
    "Demand for AI accelerators has outstripped supply for two years.",
)


def test_ai_chips_story_is_tagged_with_code_and_evidence() -> None:
    t = tag(*AI_STORY)
    assert "ai-chips" in t.tag_names
    assert "korea" not in t.tag_names
    result = next(r for r in t.tags if r.name == "ai-chips")
    assert 0 < result.score <= 1
    assert any(e.field == "headline" and e.term.lower() == "gpus" for e in result.evidence)
    body = "\n\n".join(AI_STORY[1:])
    for e in result.evidence:
        src = AI_STORY[0] if e.field == "headline" else body
        assert src[e.start : e.end] == e.term
    assert [s.code for s in t.subjects] == ["medtop:20000230"]
    assert t.places == ()


def test_korea_story_is_tagged_with_place_code() -> None:
    t = tag(
        "South Korea's central bank holds rates as won weakens",
        "The Bank of Korea kept its policy rate unchanged on Thursday, citing household debt.",
        "South Korean exporters have benefited from the weaker currency, analysts in Seoul said.",
        "President Lee Jae-myung's government is preparing a supplementary budget.",
    )
    assert t.tag_names == ("korea",)
    assert [p.code for p in t.places] == ["iso3166-1a2:KR"]
    assert t.places[0].confidence > 0.5


def test_north_korea_only_is_not_korea() -> None:
    t = tag(
        "North Korea fires missile into sea, Seoul says",
        "North Korea launched a ballistic missile off its east coast on Sunday, South Korea's "
        "military said.",
        "Pyongyang has test-fired dozens of missiles this year as Kim Jong Un pushes his "
        "weapons programmes.",
        "The launch came days after North Korean state media criticised joint drills.",
    )
    assert "korea" not in t.tag_names


def test_north_korea_story_in_other_languages() -> None:
    fr = tag(
        "Corée du Nord: Kim Jong Un inspecte une usine de munitions",
        "Séoul (AFP) - Le dirigeant nord-coréen Kim Jong Un a inspecté une usine d'armement, "
        "selon l'agence officielle KCNA.",
        "La Corée du Nord multiplie les essais depuis le début de l'année.",
        lang="fr",
    )
    assert "korea" not in fr.tag_names
    ko = tag(
        "북한, 동해상으로 탄도미사일 발사",
        "(서울=연합뉴스) 북한이 9일 동해상으로 탄도미사일을 발사했다.",
        "김정은 국무위원장이 발사를 참관했다고 조선중앙통신이 전했다.",
        lang="ko",
    )
    assert "korea" not in ko.tag_names


def test_passing_mention_does_not_tag() -> None:
    t = tag(
        "Wall Street closes higher as banks rally",
        "US stocks rose on Monday, led by banks and energy companies.",
        "Nvidia, whose AI chips power most data centres, slipped 1 percent.",
        "Elsewhere, Seoul's Kospi gained 0.8 percent and Tokyo's Nikkei was flat.",
        "Oil prices edged higher.",
    )
    assert t.tag_names == ()


def test_potato_and_poker_chips_are_not_ai_chips() -> None:
    snack = tag(
        "Snack maker raises chip prices after poor potato harvest",
        "The company said its crisps and tortilla chips would cost 5 percent more.",
        "Potato chips remain the best-selling salty snack, it said.",
        "Sales of chips rose in the summer.",
    )
    assert "ai-chips" not in snack.tag_names
    poker = tag(
        "Veteran wins poker title",
        "He was chip leader for most of the final day and built a huge stack of chips.",
        "The casino chips were counted twice.",
    )
    assert "ai-chips" not in poker.tag_names


def test_french_fleas_and_flea_market_are_not_ai_chips() -> None:
    fleas = tag(
        "Une école fermée à cause des puces",
        "Une invasion de puces a forcé une école à fermer trois jours, le temps de traiter "
        "les locaux.",
        "Les puces de chat peuvent piquer l'homme, selon un vétérinaire.",
        "Les puces ont été éliminées avec un insecticide.",
        lang="fr",
    )
    assert "ai-chips" not in fleas.tag_names
    market = tag(
        "Le marché aux puces déménage",
        "Le célèbre marché aux puces de la ville changera d'emplacement l'an prochain.",
        "Les puces attirent des milliers de chineurs chaque samedi.",
        lang="fr",
    )
    assert "ai-chips" not in market.tag_names


def test_phone_chips_are_not_ai_chips_but_samsung_is_korea() -> None:
    t = tag(
        "Samsung unveils new foldable phone",
        "Samsung Electronics launched its latest foldable smartphone in Seoul on Wednesday.",
        "The phone runs on a Snapdragon chip and offers Galaxy AI translation features.",
        "Samsung expects strong sales in South Korea and Europe.",
    )
    assert t.tag_names == ("korea",)


def test_chip_fab_without_ai_is_not_ai_chips() -> None:
    t = tag(
        "Chipmaker breaks ground on car-chip fab",
        "The semiconductor plant will make microcontrollers for the automotive industry.",
        "The chipmaker said the fab would open in 2028.",
        "Semiconductor output in Europe should double by 2030.",
    )
    assert "ai-chips" not in t.tag_names


def test_korean_language_story_about_korean_ai_chips() -> None:
    t = tag(
        "SK하이닉스, HBM 공급 확대…AI 반도체 수요 급증",
        "(서울=연합뉴스) SK하이닉스가 엔비디아에 고대역폭메모리(HBM) 공급을 늘린다고 밝혔다.",
        "회사는 AI 반도체 수요가 급증하고 있다고 설명했다.",
        "국내 반도체 업계는 투자를 확대하고 있다.",
        lang="ko",
    )
    assert set(t.tag_names) == {"ai-chips", "korea"}


def test_language_does_not_imply_korea() -> None:
    t = tag(
        "미 연준, 기준금리 동결",
        "(워싱턴=연합뉴스) 미국 연방준비제도가 기준금리를 동결했다.",
        "연준은 물가가 여전히 높다고 평가했다.",
        "시장은 내년 인하를 예상하고 있다.",
        lang="ko",
    )
    assert "korea" not in t.tag_names


def test_korean_pop_culture_abroad_is_korea() -> None:
    t = tag(
        "K-pop band fills Paris stadium",
        "Fans packed the stadium for the South Korean group's only French date.",
        "The band's Korean agency said the world tour had sold out.",
        "K-pop and Korean dramas have boomed in Europe.",
    )
    assert "korea" in t.tag_names


def test_empty_and_headline_only_stories() -> None:
    assert tag("", lang=None).tag_names == ()
    assert tag("", "", "   ", lang="ko").deals == ()
    # no language from the parser: the tagger guesses one
    assert "ai-chips" in tag("Cloud firm orders 5,000 Nvidia GPUs for AI", lang=None).tag_names
