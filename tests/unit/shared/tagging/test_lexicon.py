"""The token-trie lexicon: boundaries, stems, compounds, case, Korean and Japanese."""

from __future__ import annotations

from shared.tagging.lexicon import Lexicon, Payload, tokenize
from shared.tagging.text import fold, normalise


def found(terms: list[str], text: str) -> list[str]:
    lex = Lexicon([(t, ("x", t, "")) for t in terms])
    norm = normalise(text)
    hits = lex.scan(tokenize(norm, fold(norm))).get("x", [])
    return [norm[h.start : h.end] for h in hits]


def test_whole_words_only() -> None:
    assert found(["sk"], "The risk of SK rising") == ["SK"]
    assert found(["arm"], "Pharma and Arm") == ["Arm"]


def test_longest_term_wins() -> None:
    assert found(["samsung", "samsung electronics"], "Samsung Electronics said") == [
        "Samsung Electronics"
    ]
    assert found(["corée", "corée du nord"], "la Corée du Nord et la Corée") == [
        "Corée du Nord",
        "Corée",
    ]


def test_stems_and_compounds() -> None:
    assert found(["fourni*"], "il fournira des puces") == ["fourni"]
    assert found(["*chips"], "Hochleistungschips und KI-Chips") == ["Hochleistungschips", "Chips"]


def test_case_sensitive_terms() -> None:
    assert found(["=AI", "=US"], "AI chips for us and the US") == ["AI", "US"]


def test_korean_words_take_particles_and_japanese_needs_no_spaces() -> None:
    assert found(["삼성전자", "sk하이닉스"], "삼성전자는 SK하이닉스와 함께") == [
        "삼성전자",
        "SK하이닉스",
    ]
    assert found(["ラピダス", "経済産業省"], "経済産業省は次世代半導体のラピダスに") == [
        "経済産業省",
        "ラピダス",
    ]


def test_layers_overlap_freely() -> None:
    specs: list[tuple[str, Payload]] = [
        ("puces d'ia", ("topic", "strong", "")),
        ("puces", ("deal", "unit", "chip")),
    ]
    lex = Lexicon(specs)
    norm = "Des puces d'IA"
    hits = lex.scan_all(tokenize(norm, fold(norm)))
    assert [norm[h.start : h.end] for h in hits["topic"]] == ["puces d'IA"]
    assert [norm[h.start : h.end] for h in hits["deal"]] == ["puces"]
