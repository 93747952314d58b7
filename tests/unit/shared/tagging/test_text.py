"""Normalised text keeps offsets; sentences and fields."""

from __future__ import annotations

from shared.tagging.text import fold, make_doc, normalise

from .tagging_fixtures import story


def test_normalise_keeps_length() -> None:
    raw = "260\u202f000 puces d\u2019IA \u00abcit\u00e9es\u00bb \uff11\uff12"
    norm = normalise(raw)
    assert len(norm) == len(raw)
    assert norm == "260 000 puces d'IA \"citées\" 12"
    assert len(fold("İstanbul")) == len("İstanbul")


def test_sentences_and_fields() -> None:
    s = story(
        "Headline about U.S. chips",
        "Nvidia Corp. said on Monday it sold 5,000 GPUs. The buyer was not named.",
        "정부는 GPU를 확보했다. 다음 문장이다.",
    )
    doc = make_doc(s, "en")
    texts = [doc.text[x.start : x.end] for x in doc.sentences]
    assert texts == [
        "Headline about U.S. chips",
        "Nvidia Corp. said on Monday it sold 5,000 GPUs.",
        "The buyer was not named.",
        "정부는 GPU를 확보했다.",
        "다음 문장이다.",
    ]
    pos = doc.text.index("5,000")
    fld, start, end = doc.locate(pos, pos + 5)
    assert fld == "body"
    assert "\n\n".join(s.body)[start:end] == "5,000"
    assert doc.locate(0, 8) == ("headline", 0, 8)
