"""The currency sign dropped from the end of the text between two numbers (range reading)."""

from __future__ import annotations

import pytest

from shared.tagging.numbers import _CUR_SIGN, _drop_sign


@pytest.mark.parametrize(
    "text",
    [
        "", "$", " $", " $ ", " $\n", " $ \n", " us$", " us$ ", "to $", " to €", " bis £ ",
        "and ₩", " $ $", " $$", "$ ", "  ¥\n", " € to", " us", "u$", " to us$\n",
        "between the first and the second $",
        " a long gap of words between two numbers, with a sign at its end: $",
    ],
)
def test_drop_sign_is_the_regex_substitution(text: str) -> None:
    assert _drop_sign(text) == _CUR_SIGN.sub("", text)
