"""Language of a story, as an ISO 639-1 code, among the languages chipwire handles.

Decided on a bounded prefix (headline and the start of the body), in three steps, cheapest
first: the script (Hangul is Korean; kana, or mostly Han, is Japanese); then function words,
when one Latin-script language clearly dominates them; then lingua, restricted to the
supported languages and built once, lazily. lingua costs about 0.6 µs per character, too much
to run on every story at wire rates; function words settle the vast majority of prose.

A language declared in the payload (ninjs ``language``, NewsML ``xml:lang``, RSS ``language``)
is only a hint: wire metadata is often copied from a template and wrong. It decides only when
lingua finds it close to the best guess, or when the text has too few letters to judge.
"""

from __future__ import annotations

import re
import threading
from typing import Any

SUPPORTED: tuple[str, ...] = ("fr", "en", "de", "ko", "es", "it", "ja", "nl", "pt")

# Runs of characters of a script: counting characters as the length of runs allocates one
# string per word rather than one per character (a third of the time on Korean copy).
_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]+")
_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]+")
# Letters of scripts other than Latin (Greek and beyond, CJK, Hangul, fullwidth forms).
_NOT_LATIN = re.compile(r"[\u0370-\u1dff\u2c00-\ud7ff\uf900-\ufaff\uff00-\uffef]")
# Words are runs of letters: apostrophes, hyphens and other marks separate them
# ("dell'azienda", "l'entreprise").
_WORD = re.compile(r"[^\W\d_]+")
# The same for text in Latin-1, as an explicit set of characters, which the regex engine
# tests with a bitmap rather than with Unicode properties (twice as fast).
_WORD_LATIN1 = re.compile(
    "["
    + re.escape("".join(c for c in map(chr, range(256)) if _WORD.fullmatch(c)))
    + "]+"
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "the of and to is was for that with said its from has have will are this which been "
        "were by it on at would their after who but not than about also they he she"
    ),
    "fr": _words(
        "le les une et est dans pour qui sur au aux avec ont été elle ses cette sont pas selon "
        "leur ces du qu ils être fait depuis"
    ),
    "de": _words(
        "der das und ist nicht mit von dem ein eine einer zu auf für sich im auch hat wird sind "
        "wurde bei nach aus dass werden einen sei zum zur über noch sie er vom am"
    ),
    "es": _words(
        "el los las y según más fue sus dijo también pero muy años están hasta cuando ese esa"
    ),
    "it": _words(
        "gli di della che è sono nel nella dei delle alla anche più degli dal dalla questo sul "
        "sulla tra essere stato ed ai agli dello negli secondo cui molto hanno dopo ancora "
        "stata stati quale nei sui dai dell nell sull dall"
    ),
    "nl": _words(
        "het een van niet wordt naar heeft werd worden ook bij zijn maar deze hun dat op voor "
        "aan nog uit wel geen"
    ),
    "pt": _words(
        "os em não ao foi são pelo pela também já seu sua aos pelos nas ainda após disse com "
        "do uma é até às pelas nos seus suas o num numa nesta neste"
    ),
}
_WORD_INDEX: dict[str, tuple[str, ...]] = {}
for _lang, _vocab in _FUNCTION_WORDS.items():
    for _word in _vocab:
        _WORD_INDEX[_word] = (*_WORD_INDEX.get(_word, ()), _lang)
_MIN_HITS = 5
_MIN_HITS_ALONE = 3
_MIN_RATIO = 2.5
_MIN_LETTERS = 12
_HINT_SHARE = 0.5

_lock = threading.Lock()
_detector: Any = None
_codes: dict[Any, str] = {}


def normalise_hint(value: object) -> str | None:
    """``en-US`` -> ``en``; anything that is not a language tag -> None."""
    if not isinstance(value, str):
        return None
    head = value.strip().replace("_", "-").split("-")[0].lower()
    return head if len(head) == 2 and head.isalpha() else None


def detect_language(text: str, *, hint: str | None = None) -> str | None:
    """The ISO 639-1 code of ``text`` (already a bounded prefix), or None if undecidable."""
    hint = hint if hint in SUPPORTED else None
    if text.isascii() or not _NOT_LATIN.search(text):
        script: str | None = "latin" if _LATIN.search(text) else None
        letters = _MIN_LETTERS if script else 0
    else:
        letters = _count(_WORD, text)
        script = _by_script(text, letters)
    if script is None or letters < _MIN_LETTERS:
        return hint or (None if script == "latin" else script)
    if script != "latin":
        return script
    by_words = _by_function_words(text)
    if by_words is not None:
        return by_words
    if _count(_LATIN, text) < _MIN_LETTERS:
        return hint
    return _by_lingua(text, hint)


def _count(runs: re.Pattern[str], text: str) -> int:
    return sum(map(len, runs.findall(text)))


def _by_script(text: str, letters: int) -> str | None:
    if not letters:
        return None
    hangul = _count(_HANGUL, text)
    if hangul >= 0.3 * letters:
        return "ko"
    kana = _count(_KANA, text)
    han = _count(_HAN, text)
    if kana >= 0.05 * letters or (kana + han) >= 0.5 * letters:
        return "ja"
    if _count(_LATIN, text) >= 0.5 * letters:
        return "latin"
    return None


def _by_function_words(text: str) -> str | None:
    scores: dict[str, int] = dict.fromkeys(_FUNCTION_WORDS, 0)
    low = text.lower()
    try:
        low.encode("latin-1")
    except UnicodeEncodeError:
        words = _WORD.findall(low)
    else:
        words = _WORD_LATIN1.findall(low)
    for word in filter(_WORD_INDEX.__contains__, words):  # the few function words only
        for lang in _WORD_INDEX[word]:
            scores[lang] += 1
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    # A few hits with no competing vocabulary at all are as telling as many hits
    enough = top >= _MIN_HITS or (top >= _MIN_HITS_ALONE and second == 0)
    if enough and top >= _MIN_RATIO * second:
        return best
    return None


def _by_lingua(text: str, hint: str | None) -> str | None:
    detector = _get_detector()
    values = detector.compute_language_confidence_values(text)
    if not values:
        return hint
    best = _codes[values[0].language]
    if hint and hint != best:
        top = values[0].value
        for value in values:
            if _codes[value.language] == hint and value.value >= _HINT_SHARE * top:
                return hint
    return best if values[0].value > 0 else hint


def load_language_models() -> None:
    """Load lingua's models now (about 1 s) rather than on the first ambiguous story: a
    worker calls this at start-up so that no story waits for it."""
    _get_detector()


def _get_detector() -> Any:
    global _detector
    if _detector is None:
        with _lock:
            if _detector is None:
                from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

                languages = [
                    Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))
                    for code in SUPPORTED
                ]
                for language in languages:
                    _codes[language] = language.iso_code_639_1.name.lower()
                _detector = (
                    LanguageDetectorBuilder.from_languages(*languages)
                    .with_preloaded_language_models()
                    .build()
                )
    return _detector
