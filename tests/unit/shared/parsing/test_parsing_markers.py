"""Status markers on headlines and lines."""

from __future__ import annotations

import pytest

from shared.parsing.markers import Marks, marker_line, notice, strip_headline


@pytest.mark.parametrize(
    ("headline", "clean", "marks"),
    [
        ("UPDATE 2-Chip stocks rise", "Chip stocks rise", Marks(update=2)),
        ("CORRECTED-UPDATE 1-Chip stocks rise", "Chip stocks rise", Marks(1, 1)),
        ("REFILE-Chip stocks rise", "Chip stocks rise", Marks()),
        ("URGENT: Nvidia to supply chips", "Nvidia to supply chips", Marks(urgent=True)),
        ("EILMELDUNG: Nvidia liefert Chips", "Nvidia liefert Chips", Marks(urgent=True)),
        ("RECTIFICATIF: Nvidia livrera", "Nvidia livrera", Marks(correction=1)),
        ("(2nd LD) Samsung profit", "Samsung profit", Marks(update=2)),
        ("(LEAD, CORRECTED) Samsung profit", "Samsung profit", Marks(1, 1)),
        ("[속보] 엔비디아 공급", "엔비디아 공급", Marks(urgent=True)),
        ("삼성전자 실적 발표(종합2보)", "삼성전자 실적 발표", Marks(update=2)),
        ("삼성전자 실적 발표(2보)", "삼성전자 실적 발표", Marks(update=1)),
        ("[정정] 삼성전자 실적", "삼성전자 실적", Marks(correction=1)),
        ("Samsung (005930) shares rise", "Samsung (005930) shares rise", Marks()),
        ("Correction in chip stocks deepens", "Correction in chip stocks deepens", Marks()),
    ],
)
def test_strip_headline(headline: str, clean: str, marks: Marks) -> None:
    assert strip_headline(headline) == (clean, marks)


@pytest.mark.parametrize(
    ("line", "marks"),
    [
        ("URGENT", Marks(urgent=True)),
        ("RECTIFICATIF", Marks(correction=1)),
        ("2. Berichtigung", Marks(correction=2)),
        ("CORRECTION 3", Marks(correction=3)),
        ("속보", Marks(urgent=True)),
        ("Nvidia", None),
    ],
)
def test_marker_line(line: str, marks: Marks | None) -> None:
    assert marker_line(line) == marks


def test_notices() -> None:
    assert notice("(Corrects paragraph 3 to say 50,000, not 15,000)") == Marks(correction=1)
    assert notice("(Berichtigung: Im dritten Absatz wurde die Zahl korrigiert)") == Marks(1)
    assert notice("(Updates with analyst comment)") == Marks()
    assert notice("Samsung said it (the company) would invest.") is None
