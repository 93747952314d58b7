"""Number reading in every language the tagger reads."""

from __future__ import annotations

import pytest

from shared.models.tagging import Qualifier
from shared.tagging.lexicon import tokenize
from shared.tagging.numbers import NumberMention, read_numbers
from shared.tagging.text import fold, normalise

from .tagging_fixtures import kb


def numbers(text: str, lang: str) -> list[NumberMention]:
    norm = normalise(text)
    low = fold(norm)
    tokens = tokenize(norm, low)
    spelled = kb().lexicon(lang).scan(tokens, late=True).get("spelled", [])
    return read_numbers(tokens, lang, kb().numbers, spelled)


def first(text: str, lang: str) -> tuple[float, Qualifier]:
    n = numbers(text, lang)[0]
    return n.value, n.qualifier


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Le groupe livrera 180'000 puces.", "fr", 180_000),
        ("Der Konzern liefert 180\u2019000 Chips.", "de", 180_000),
        ("The firm ships 180,000 chips.", "en", 180_000),
        ("La firme livre 180\u202f000 puces.", "fr", 180_000),
        ("La firme livre 180\u00a0000 puces.", "fr", 180_000),
        ("La firme livre 180 000 puces.", "fr", 180_000),
        ("Der Konzern liefert 180.000 Chips.", "de", 180_000),
        ("La empresa compra 4.500 GPU.", "es", 4_500),
        ("Il centro acquista 7.200 processori.", "it", 7_200),
        ("Les ventes ont atteint 1.470 wons.", "fr", 1_470),
        ("Das kostet 1,2 Mio. Franken.", "de", 1_200_000),
        ("It costs 1.2 million dollars.", "en", 1_200_000),
        ("Ils ont levé 3,5 milliards de dollars.", "fr", 3_500_000_000),
        ("Une valeur de 4.000 milliards de dollars.", "fr", 4_000_000_000_000),
        ("The lab gets 70k GPUs.", "en", 70_000),
        ("A $2 bn plan.", "en", 2_000_000_000),
        ("A 380 bln-won plant.", "en", 380_000_000_000),
        ("Es wurden drei Millionen Chips bestellt.", "de", 3_000_000),
        ("Il a promis un quart de million de puces.", "fr", 250_000),
        ("They want half a million chips.", "en", 500_000),
        ("They want a quarter of a million chips.", "en", 250_000),
        ("La empresa invertirá dos millones de euros.", "es", 2_000_000),
        ("Verranno consegnati due milioni di chip.", "it", 2_000_000),
        ("그래픽처리장치 32만 개를 공급한다.", "ko", 320_000),
        ("총 1조 원을 투자한다.", "ko", 1_000_000_000_000),
        ("4천억 원 규모다.", "ko", 400_000_000_000),
        ("3조6천218억 원의 계약이다.", "ko", 3_621_800_000_000),
        ("주가는 7만2천500원이다.", "ko", 72_500),
        ("웨이퍼 10만 장을 공급한다.", "ko", 100_000),
        ("支援額は1兆5000億円となる。", "ja", 1_500_000_000_000),
        ("総額は3200億円だ。", "ja", 320_000_000_000),
        ("ＧＰＵを２万個調達する。", "ja", 20_000),
        ("MI300XGPU2,900基を導入する。", "ja", 2_900),  # glued to the acronym, closed by 基
        ("HBM 가속기 AI3500개를 공급한다.", "ko", 3_500),
    ],
)
def test_values(text: str, lang: str, value: float) -> None:
    assert first(text, lang)[0] == pytest.approx(value)


def test_decimal_comma_against_thousands_by_language() -> None:
    assert first("It grew to 3,870 units.", "en")[0] == 3870
    assert first("Es kostet 3,870 Milliarden.", "de")[0] == pytest.approx(3.87e9)
    assert first("It is 3.87 billion.", "en")[0] == pytest.approx(3.87e9)
    assert first("Es sind 3.870 Stück.", "de")[0] == 3870


@pytest.mark.parametrize(
    ("text", "lang", "qualifier"),
    [
        ("more than 40,000 GPUs", "en", Qualifier.AT_LEAST),
        ("at least 40,000 GPUs", "en", Qualifier.AT_LEAST),
        ("plus de 40 000 puces", "fr", Qualifier.AT_LEAST),
        ("über 40.000 Chips", "de", Qualifier.AT_LEAST),
        ("mehr als 40.000 Chips", "de", Qualifier.AT_LEAST),
        ("más de 40.000 chips", "es", Qualifier.AT_LEAST),
        ("oltre 40.000 chip", "it", Qualifier.AT_LEAST),
        ("GPU 4만 개 이상", "ko", Qualifier.AT_LEAST),
        ("GPU4万個以上", "ja", Qualifier.AT_LEAST),
        ("up to 40,000 GPUs", "en", Qualifier.UP_TO),
        ("jusqu'à 40 000 puces", "fr", Qualifier.UP_TO),
        ("bis zu 40.000 Chips", "de", Qualifier.UP_TO),
        ("hasta 40.000 chips", "es", Qualifier.UP_TO),
        ("최대 4만 개", "ko", Qualifier.UP_TO),
        ("最大4万個", "ja", Qualifier.UP_TO),
        ("about 40,000 GPUs", "en", Qualifier.ABOUT),
        ("environ 40 000 puces", "fr", Qualifier.ABOUT),
        ("rund 40.000 Chips", "de", Qualifier.ABOUT),
        ("약 4만 개", "ko", Qualifier.ABOUT),
        ("約4万個", "ja", Qualifier.ABOUT),
        ("exactly 40,000 GPUs", "en", Qualifier.EXACT),
    ],
)
def test_qualifiers(text: str, lang: str, qualifier: Qualifier) -> None:
    assert first(text, lang) == (pytest.approx(40_000), qualifier)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("between 6,000 and 9,000 GPUs", "en"),
        ("entre 6 000 et 9 000 puces", "fr"),
        ("zwischen 6.000 und 9.000 Chips", "de"),
        ("entre 6.000 y 9.000 GPU", "es"),
        ("tra 6.000 e 9.000 chip", "it"),
        ("6,000-9,000 GPUs", "en"),
    ],
)
def test_range_gives_lower_bound_about(text: str, lang: str) -> None:
    found = numbers(text, lang)
    assert len(found) == 1
    assert (found[0].value, found[0].qualifier) == (6000, Qualifier.ABOUT)


def test_range_shares_the_scale_word() -> None:
    assert first("between 2 and 3 billion dollars", "en")[0] == pytest.approx(2e9)


def test_model_names_percentages_and_vague_words_are_not_quantities() -> None:
    found = numbers("The H200 and MI350 chips use HBM3E on a 2nm node with 5G.", "en")
    assert found == []
    pct = numbers("Shares rose 4.5% and 3 percent.", "en")
    assert all(n.percent for n in pct)
    assert numbers("several hundred thousand chips and dozens of servers", "en") == []
    assert numbers("des dizaines de milliards de dollars", "fr") == []


def test_korean_after_words_are_not_myriads() -> None:
    # "10년 만에" is "after ten years", not 10 x 10,000
    assert first("출시 10년 만에 기록을 세웠다.", "ko")[0] == 10


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Der Zulieferer schickt achtzigtausend Chips.", "de", 80_000),
        ("Die Firma bestellt dreiundvierzigtausend Chips.", "de", 43_000),
        ("Il gruppo ordina quarantamila chip.", "it", 40_000),
        ("De groep koopt vijftigduizend chips.", "nl", 50_000),
        ("The lab takes delivery of thirty-two thousand chips.", "en", 32_000),
        ("Le laboratoire reçoit quarante-huit mille puces.", "fr", 48_000),
        ("A empresa compra trinta mil chips.", "pt", 30_000),
        ("De overheid betaalt drie miljard euro.", "nl", 3e9),
        ("O grupo investe 2,5 bilhões de dólares.", "pt", 2.5e9),
    ],
)
def test_spelled_compounds_and_new_languages(text: str, lang: str, value: float) -> None:
    assert numbers(text, lang)[0].value == value


def test_ueber_after_an_order_noun_introduces_the_sum() -> None:
    assert first("Ein Vertrag über 3 Milliarden Euro wurde unterzeichnet.", "de") == (
        3e9, Qualifier.EXACT,
    )
    assert first("Der Konzern investiert über 3 Milliarden Euro.", "de") == (
        3e9, Qualifier.AT_LEAST,
    )


def test_agency_abbreviated_scales() -> None:
    assert first("The state will add 95 bil. yen in aid.", "en")[0] == 95e9
    assert first("The group will spend 2.4 tril. won on the fab.", "en")[0] == 2.4e12


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("The lab orders three hundred thousand chips.", "en", 300_000),
        ("The firm plans two and a half million chips.", "en", 2_500_000),
        ("Le groupe commande trois cent mille puces.", "fr", 300_000),
        ("Der Konzern bestellt dreihunderttausend Chips.", "de", 300_000),
        ("Der Konzern bestellt anderthalb Millionen Chips.", "de", 1_500_000),
        ("La empresa pide trescientos mil chips.", "es", 300_000),
        ("Il gruppo ordina trecentomila chip.", "it", 300_000),
        ("A empresa encomenda trezentos mil chips.", "pt", 300_000),
    ],
)
def test_spelled_hundreds_and_halves(text: str, lang: str, value: float) -> None:
    assert numbers(text, lang)[0].value == value


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Le groupe investira deux milliards et demi d'euros.", "fr", 2.5e9),
        ("La empresa comprará dos millones y medio de chips.", "es", 2.5e6),
        ("Il gruppo investe due milioni e mezzo di euro.", "it", 2.5e6),
    ],
)
def test_and_a_half_after_the_scale_word(text: str, lang: str, value: float) -> None:
    assert numbers(text, lang)[0].value == value


def test_model_names_are_not_counts_unless_a_counter_closes_them() -> None:
    assert [n.value for n in numbers("MI300XとH100を導入する。", "ja")] == []
