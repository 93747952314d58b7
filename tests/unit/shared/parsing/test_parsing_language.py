"""Language detection: script shortcut, function words, lingua, hints."""

from __future__ import annotations

import pytest

from shared.parsing import detect_language
from shared.parsing import language as language_module

SAMPLES = {
    "fr": "Le gouvernement a présenté mardi un plan pour soutenir les fabricants de puces, "
    "qui sont confrontés à une forte concurrence asiatique dans le secteur.",
    "en": "The government on Tuesday unveiled a plan to support chipmakers, which have been "
    "facing strong competition from rivals in Asia for several years.",
    "de": "Die Regierung hat am Dienstag einen Plan vorgestellt, mit dem sie die Hersteller von "
    "Chips unterstützen will, die unter starker Konkurrenz aus Asien leiden.",
    "es": "El gobierno presentó el martes un plan para apoyar a los fabricantes de chips, que "
    "según los expertos sufren una fuerte competencia de los rivales asiáticos.",
    "it": "Il governo ha presentato martedì un piano per sostenere i produttori di chip, che "
    "sono alle prese con una forte concorrenza dei rivali asiatici.",
    "nl": "De regering heeft dinsdag een plan gepresenteerd om de chipmakers te steunen, die "
    "al jaren last hebben van sterke concurrentie uit Azië.",
    "pt": "O governo apresentou na terça-feira um plano para apoiar os fabricantes de chips, que "
    "enfrentam uma forte concorrência dos rivais asiáticos há vários anos.",
    "ko": "정부는 화요일 반도체 제조업체를 지원하기 위한 계획을 발표했다. "
    "AI 칩 HBM 수요가 늘고 있다.",
    "ja": "政府は火曜日、半導体メーカーを支援する計画を発表した。AI向けのHBM需要が急増している。",
}


@pytest.mark.parametrize(("code", "text"), sorted(SAMPLES.items()))
def test_each_supported_language(code: str, text: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize(("code", "text"), sorted(SAMPLES.items()))
def test_lingua_alone_agrees(code: str, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(language_module, "_by_function_words", lambda text: None)
    assert detect_language(text) == code


def test_detector_is_built_once() -> None:
    first = language_module._get_detector()
    assert language_module._get_detector() is first


def test_short_text_falls_back_to_the_hint() -> None:
    assert detect_language("Nvidia", hint="fr") == "fr"
    assert detect_language("12345 67", hint="de") == "de"
    assert detect_language("12345 67") is None


def test_hint_breaks_near_ties_only(monkeypatch: pytest.MonkeyPatch) -> None:
    assert detect_language(SAMPLES["en"], hint="de") == "en"
    monkeypatch.setattr(language_module, "_by_function_words", lambda text: None)
    assert detect_language(SAMPLES["en"], hint="de") == "en"


def test_unsupported_hint_and_script_give_none() -> None:
    assert detect_language("Правительство представило план поддержки производителей чипов.") is None
    assert detect_language(SAMPLES["fr"], hint="xx") == "fr"


@pytest.mark.parametrize(
    ("tag", "code"), [("en-US", "en"), ("de_CH", "de"), ("KO", "ko"), ("", None), ("eng", None)]
)
def test_normalise_hint(tag: str, code: str | None) -> None:
    assert language_module.normalise_hint(tag) == code


# Romance-language news prose whose commonest words ("de", "que", "la") are shared with the
# neighbours: function words alone must settle it, without the costly lingua fallback.
ROMANCE_PROSE = {
    "pt": "As ações da fabricante subiram 3% nesta quinta-feira, com os investidores a "
    "apostar numa procura duradoura de memória para inteligência artificial.",
    "it": "Le azioni dell'azienda sono salite del 3% dopo che la società ha confermato "
    "gli ordini, secondo gli analisti che hanno seguito la presentazione.",
}


@pytest.mark.parametrize(("code", "text"), sorted(ROMANCE_PROSE.items()))
def test_romance_prose_is_settled_by_function_words(code: str, text: str) -> None:
    assert language_module._by_function_words(text) == code
