"""Size agreement between stated figures."""

from __future__ import annotations

import pytest

from shared.ledger.figures import Figure, agree, round_to, significant_digits
from shared.ledger.model import MONEY_TOLERANCES, UNIT_TOLERANCES
from shared.models.tagging import Qualifier

E, A, L, U = Qualifier.EXACT, Qualifier.ABOUT, Qualifier.AT_LEAST, Qualifier.UP_TO


@pytest.mark.parametrize(
    ("value", "digits"), [(260_000, 2), (1_180_000, 3), (8_000, 1), (13_000, 2), (1, 1)]
)
def test_significant_digits(value: float, digits: int) -> None:
    assert significant_digits(value) == digits


def test_round_to() -> None:
    assert round_to(1_180_000, 2) == 1_200_000
    assert round_to(255_000, 2) == 260_000


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ((260_000, E), (260_000, E), True),
        ((260_000, E), (261_000, E), True),  # 260,000 may be 261,000 rounded
        ((262_000, E), (263_000, E), False),  # two precise counts that differ
        ((1_180_000, E), (1_200_000, E), True),  # "1.2 million" restates 1,180,000
        ((250_000, L), (260_000, E), True),  # "more than a quarter of a million"
        ((250_000, L), (287_000, E), True),  # within 15 % above the bound
        ((250_000, L), (290_000, E), False),
        ((250_000, L), (249_000, E), False),  # below a lower bound
        ((250_000, L), (240_000, A), True),  # "about 240k" may be 250k+
        ((1_200_000, A), (1_180_000, E), True),
        ((1_200_000, A), (1_000_000, E), False),
        ((100_000, A), (108_000, A), True),
        ((20_000, U), (18_000, E), True),
        ((20_000, U), (21_000, E), False),
        ((20_000, U), (16_000, E), False),
        ((250_000, L), (260_000, L), True),
        ((250_000, L), (300_000, L), False),
        ((250_000, L), (270_000, U), True),
        ((250_000, L), (200_000, U), False),
    ],
)
def test_unit_figures(a: tuple[int, Qualifier], b: tuple[int, Qualifier], same: bool) -> None:
    fa, fb = Figure(a[0], a[1]), Figure(b[0], b[1])
    assert agree(fa, fb, UNIT_TOLERANCES) is same
    assert agree(fb, fa, UNIT_TOLERANCES) is same  # symmetric


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (1.5e9, 1.47e9, True),  # 2 %
        (1.5e9, 1.43e9, True),  # 4.7 %: a restatement at another rate
        (1.5e9, 1.4e9, False),
        (3e9, 1e9, False),  # a total and a part
    ],
)
def test_money_figures(a: float, b: float, same: bool) -> None:
    assert agree(Figure(a), Figure(b), MONEY_TOLERANCES) is same
