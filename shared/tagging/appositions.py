"""Descriptions set off by commas: "Iliad, maison mère de l'opérateur Free, a annoncé": the
party inside one describes the party before it and takes no part in the sentence's deal."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from shared.tagging.parties import Party

# ", maison mère de l'opérateur ", ", the company set up by the sovereign fund (": words
# that describe the party before them, set off by a comma
_DESCRIPTION = re.compile(r", (?=[^,;:.]*[a-zà-ÿ]{3})[^,;:.]{0,80}")
_CLOSES = re.compile(r"(?: \([^()]{1,20}\))?\)?\s*,")  # ("fonds souverain (PIF),")


def described(low: str, before: list[Party], p: Party) -> bool:
    """'Iliad, maison mère de l'opérateur Free, a annoncé ...': a party inside a description
    set off by commas right after another party is not an actor of the sentence."""
    others = [x for x in before if x.name != p.name or p.name is None]
    if not others or not _CLOSES.match(low, p.end):
        return False
    for q in sorted(others, key=lambda x: x.end, reverse=True):
        if _DESCRIPTION.fullmatch(low, q.end, p.start):
            return True
        if any(c in low[q.end + 1 : p.start] for c in ",;:."):
            return False  # (a reference inside the description: "Humain, la société ...")
    return False
