"""A size read in the light of the deals found before it in the story: a backer's part of
the funding round just told, a second size whose verb is left out, aid to the buyer just
named, public money after a purchase by the same country."""

from __future__ import annotations

import re
from dataclasses import dataclass

from shared.tagging.amounts import Amount
from shared.tagging.clause_cues import Roles
from shared.tagging.roles import SentenceRoles


@dataclass(slots=True)
class Found:
    """A deal size found so far, with its roles and the index of its sentence."""

    amount: Amount
    roles: Roles
    sentence: int


def same_project(roles: Roles, found: list[Found], index: int) -> bool:
    """'SoftBank will install 10,000 GPUs ... The ministry will subsidise the company with up
    to 42.1 billion yen': aid to the buyer of the deal just told pays for the same project,
    chip words or not (its own other plans may be cars or steel)."""
    b = roles.buyer
    return roles.verb == "grant" and b is not None and b.kind == "company" and any(
        f.sentence >= index - 2 and f.roles.buyer is not None and f.roles.buyer.name == b.name
        for f in found[-3:]
    )


def gapped(
    finder: SentenceRoles, a: Amount, found: list[Found], index: int, low: str
) -> Roles | None:
    """'Samsung entregará hasta 500.000 obleas a OpenAI y SK hynix unas 400.000': after
    "and", a party right before a second size plays the part the first subject played, the
    other side stays (the verb is left out)."""
    last = found[-1] if found else None
    if last is None or last.sentence != index or last.amount.kind != a.kind:
        return None
    p = next((q for q in reversed(finder.parties) if q.end <= a.start), None)
    if p is None or not _BEFORE_SIZE.fullmatch(low, p.end, a.start):
        return None
    if p.start < last.amount.end or not _AND_GAP.search(low, last.amount.end, p.start):
        return None
    b, v = last.roles.buyer, last.roles.vendor
    if b is None or v is None or p.name in (b.name, v.name):
        return None
    # a maker takes the maker's part, a client the client's; where that does not tell, the
    # subject of the first clause is the one named first
    if p.vendor_type and not b.vendor_type:
        takes_vendor = True
    elif not p.vendor_type and v.vendor_type:
        takes_vendor = False
    else:
        takes_vendor = v.start < b.start
    return Roles(b, p, last.roles.verb) if takes_vendor else Roles(p, v, last.roles.verb)


_BEFORE_SIZE = re.compile(r"\s+(?:[\w-]+\s+)?")
_AND_GAP = re.compile(r"[,;]? (?:and|y|e|et|und|en) ")


def joins_round(
    roles: Roles, found: list[Found], index: int, finder: SentenceRoles
) -> Roles | None:
    """'Tenstorrent has raised $850 million. Hyundai put in $150 million and Samsung $100
    million': right after a funding round, money a company puts in with no target named goes
    to the company raising (a site named instead is the investor's own)."""
    if roles.verb != "invest" or roles.buyer is None or roles.vendor is not None:
        return None
    # the round itself, or its first part ("Hyundai put in $150 million and Samsung $100
    # million") in this sentence
    last = next((f for f in reversed(found) if f.sentence >= index - 1
                 and f.roles.verb == "raise"), None)
    if last is None:
        return None
    raiser = last.roles.buyer
    if raiser is None or raiser.name == roles.buyer.name or roles.buyer.kind != "company":
        return None
    facility = finder.preps.after.get("facility")
    if facility is not None and facility.search(finder.low, finder.start, finder.end):
        return None
    return Roles(raiser, roles.buyer, "invest")


def follows_own_purchase(roles: Roles, found: list[Found], index: int) -> bool:
    """'Korea to buy 10,000 GPUs. The government will spend 1.4 trillion won on the project':
    public money right after a purchase by the same country pays for it."""
    if not found or found[-1].sentence < index - 1:
        return False
    prev, cur = found[-1].roles.buyer, roles.buyer
    return (prev is not None and cur is not None and found[-1].amount.kind == "units"
            and (prev.canon or prev.name) == (cur.canon or cur.name))
