"""When two stated sizes can be the same size: exact, rounded, "about", "at least", "up to".

Pure arithmetic on (value, qualifier) pairs; the tolerances come from ``MatchRules``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from shared.models.tagging import Qualifier

# Which figure to report when a deal is stated several ways: exact beats about beats bounds.
PRECISION: dict[Qualifier, int] = {
    Qualifier.EXACT: 3,
    Qualifier.ABOUT: 2,
    Qualifier.AT_LEAST: 1,
    Qualifier.UP_TO: 1,
}


@dataclass(frozen=True)
class Figure:
    value: float
    qualifier: Qualifier = Qualifier.EXACT

    @property
    def precision(self) -> int:
        return PRECISION[self.qualifier]


@dataclass(frozen=True)
class Tolerances:
    exact: float  # two exact figures: 0 for unit counts, a few % for money (FX, restatement)
    about: float  # "about X" vs a figure
    bound: float  # how far above "at least X" (below "up to X") the real figure may be
    rounding: float  # an exact figure vs its own rounded restatement


def significant_digits(value: float) -> int:
    """Significant digits of a positive whole-ish number: 260000 -> 2, 1180000 -> 3."""
    if value <= 0:
        return 0
    digits = f"{round(value):d}".rstrip("0")
    return max(1, len(digits))


def round_to(value: float, digits: int) -> float:
    if value <= 0 or digits <= 0:
        return value
    magnitude = 10 ** (math.floor(math.log10(value)) - digits + 1)
    return float(math.floor(value / magnitude + 0.5) * magnitude)


def _close(a: float, b: float, tol: float) -> bool:
    return abs(a - b) <= tol * max(abs(a), abs(b))


def rounded_form(a: float, b: float, tol: float) -> bool:
    """One is the other rounded to its own significant digits (1.2 million vs 1,180,000)."""
    if not _close(a, b, tol):
        return False
    rough, fine = (a, b) if significant_digits(a) <= significant_digits(b) else (b, a)
    return round_to(fine, significant_digits(rough)) == rough


def _point(f: Figure) -> bool:
    return f.qualifier in (Qualifier.EXACT, Qualifier.ABOUT)


def agree(a: Figure, b: Figure, tol: Tolerances) -> bool:
    """Could ``a`` and ``b`` state the same size?"""
    if a.value <= 0 or b.value <= 0:
        return a.value == b.value
    if a.value == b.value:
        return True
    qa, qb = a.qualifier, b.qualifier
    if qa is Qualifier.EXACT and qb is Qualifier.EXACT:
        return _close(a.value, b.value, tol.exact) or rounded_form(a.value, b.value, tol.rounding)
    if _point(a) and _point(b):  # at least one "about"
        return _close(a.value, b.value, tol.about) or rounded_form(a.value, b.value, tol.rounding)
    if _point(b):
        a, b = b, a
        qa, qb = qb, qa
    if _point(a):  # a is a point (exact/about), b a bound
        slack = tol.about if qa is Qualifier.ABOUT else 0.0
        if qb is Qualifier.AT_LEAST:
            return b.value <= a.value * (1 + slack) and a.value <= b.value * (1 + tol.bound)
        return a.value <= b.value * (1 + slack) and a.value >= b.value * (1 - tol.bound)
    # two bounds
    if qa == qb:
        return _close(a.value, b.value, tol.bound)
    low, high = (a, b) if qa is Qualifier.AT_LEAST else (b, a)
    return low.value <= high.value <= low.value * (1 + tol.bound)


def distance(a: Figure, b: Figure) -> float:
    """Relative gap between two figures, for choosing the closest of several matches."""
    top = max(abs(a.value), abs(b.value))
    return abs(a.value - b.value) / top if top else 0.0
