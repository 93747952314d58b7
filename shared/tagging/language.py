"""A cheap language guess for when the story does not say (the tagger needs one)."""

from __future__ import annotations

import re

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_WORD = re.compile(r"[a-zà-ÿ']+")
_STOP = {
    "en": {"the", "and", "of", "to", "in", "is", "on", "for", "with", "said", "its", "was"},
    "fr": {"le", "la", "les", "des", "et", "du", "une", "est", "dans", "pour", "qui", "a"},
    "de": {"der", "die", "das", "und", "den", "mit", "ist", "für", "von", "sich", "ein", "im"},
    "es": {"el", "los", "las", "del", "y", "en", "por", "una", "que", "con", "para", "se"},
    "it": {"il", "della", "di", "che", "è", "per", "una", "con", "nel", "gli", "delle", "al"},
    "nl": {"het", "een", "van", "voor", "met", "niet", "zijn", "heeft", "wordt", "ook", "dat"},
    "pt": {"os", "do", "dos", "das", "não", "uma", "em", "ao", "pelo", "pela", "foi", "com"},
}


def guess_language(text: str) -> str | None:
    sample = text[:3000]
    hangul = len(_HANGUL.findall(sample))
    kana = len(_KANA.findall(sample))
    han = len(_HAN.findall(sample))
    if hangul > 20 and hangul >= kana:
        return "ko"
    if kana > 10 or (han > 30 and kana > 0):
        return "ja"
    words = _WORD.findall(sample.lower())
    if not words:
        return None
    best, score = None, 0
    for lang, stop in _STOP.items():
        n = sum(1 for w in words if w in stop)
        if n > score:
            best, score = lang, n
    return best
