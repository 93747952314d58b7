"""Chip deals: sized supply, purchase and investment commitments, read sentence by sentence.

For each size (a number of chips or a sum of money) in a sentence: it must sit near a deal
word (sell, buy, invest, raise, grant, contract, pay), in a sentence about chips or AI
computing, and away from words that make it something else (market value, revenue, profit,
price, charge, budget envelope, units already installed, a superseded target, a need, a
rejected or cancelled offer, a forecast: ``deal_filters``). Its buyer and vendor come from
``roles``, or from ``buyer_fallback`` when its sentence does not name the buyer. Then
restatements are folded: a bracketed conversion, the headline repeating the body, a rounded
"more than a quarter of a million" next to the exact 260,000.
"""

from __future__ import annotations

import bisect
import re

from shared.models.tagging import Deal, Qualifier, Unit
from shared.tagging.amounts import Amount, find_amounts
from shared.tagging.buyer_fallback import fallback, opens_at_site
from shared.tagging.clause_cues import Roles
from shared.tagging.deal_context import (
    Found,
    follows_own_purchase,
    gapped,
    joins_round,
    same_project,
)
from shared.tagging.deal_filters import (
    REPORT_NOUNS,
    SOFT_BLOCKS,
    blocked,
    both_sides,
    envelope,
    is_relevant,
    receives_after,
)
from shared.tagging.deal_scope import RELEVANCE_MIN
from shared.tagging.entities import Mention
from shared.tagging.folding import fold
from shared.tagging.knowledge import Knowledge
from shared.tagging.numbers import NumberMention
from shared.tagging.parties import VERBS, LexHit, Party
from shared.tagging.roles import SentenceRoles
from shared.tagging.story_parties import doc_parties, home_country
from shared.tagging.text import Doc

MIN_USD = 1_000_000.0
MAX_USD = 1e12  # no chip deal is worth a trillion dollars: such sums are market values
MIN_UNITS = 50


def extract_deals(
    doc: Doc,
    kb: Knowledge,
    mentions: list[Mention],
    nums: list[NumberMention],
    ai_score: float,
    *,
    plants_only: bool = False,
) -> tuple[Deal, ...]:
    """The chip deals of a story about AI chips; with ``plants_only``, of a story about
    making chips whose chips are not for AI: only sums said in a sentence about chips or
    plants (a fab's cost, state aid for it), as a count there is output or a car part."""
    if (ai_score < RELEVANCE_MIN and not plants_only) or not nums:
        return ()
    lex: list[LexHit] = [
        (hit.start, hit.end, cat, val)
        for hit in doc.hits.get("deal", ())
        for cat, val in hit.payload
    ]
    home = home_country(doc, mentions)
    parties: list[Party] | None = None  # found when a first size needs its parties
    starts: list[int] = []
    found: list[Found] = []
    last_unit: Unit | None = None
    nums_by_sent: dict[int, list[NumberMention]] = {}
    for n, k in zip(nums, doc.indexes([n.start for n in nums]), strict=True):
        nums_by_sent.setdefault(k, []).append(n)
    lex_by_sent: dict[int, list[LexHit]] = {}
    for h, k in zip(lex, doc.indexes([h[0] for h in lex]), strict=True):
        lex_by_sent.setdefault(k, []).append(h)
    units_at = -9  # the last sentence that counted units of its own
    # a size denied or cancelled anywhere in the story ("Oracle denies report of 400,000-chip
    # order") is the same size where the report itself is retold
    denied: set[tuple[str, float]] = set()
    # "A report said xAI had ordered 100,000 GPUs. Nvidia said the report was not accurate."
    denied_sentences: set[int] = set()
    for sent in doc.sentences:
        s_lex = lex_by_sent.get(sent.index, [])
        s_nums = nums_by_sent.get(sent.index)
        # a list of bare counts may go on a sentence later ("... 9,000 GPUs. The purchase is
        # worth 120 billion yen. SoftBank will take 5,000, KDDI 3,000 ...")
        prev_had_units = sent.index - units_at <= 2
        if not s_nums:
            if _denies_report(doc, s_lex, sent.start, sent.end):
                denied_sentences.add(sent.index - 1)
            continue
        has_verb = any(h[2] in VERBS for h in s_lex) or (
            # "... invests 1.2 billion euros in its data centre. There, 10,000 Nvidia GPUs
            # are to run": the count at the site a deal just paid for is that deal's
            bool(found) and sent.index - 2 <= found[-1].sentence < sent.index
            and opens_at_site(doc.low, sent.start, sent.end,
                              kb.preps_for(doc.lang).after.get("facility"))
        )
        if not has_verb and not prev_had_units:
            continue
        amounts = find_amounts(s_nums, s_lex, doc.norm, doc.low, doc.lang, sent.start,
                               sent.end, last_unit)
        has_units = any(a.kind == "units" and not a.inherited for a in amounts)
        finder: SentenceRoles | None = None
        context: list[Party] = []
        relevant = goes_on = False
        for a in amounts:
            if a.kind == "units" and a.inherited and (has_units or prev_had_units):
                has_units = True
            if a.kind == "units" and not a.inherited and a.unit:
                last_unit = a.unit
            if a.inherited:
                if not (has_units or prev_had_units) or last_unit is None:
                    continue
                a = Amount("units", a.value, a.qualifier, a.start, a.end, unit=last_unit)
            if not has_verb or a.converted or (plants_only and a.kind != "money"):
                continue
            if a.kind == "units" and a.value < MIN_UNITS:
                continue
            if a.kind == "money":
                usd = kb.to_usd(a.value, a.currency or "")
                if usd is not None and not MIN_USD <= usd < MAX_USD:
                    continue
            block = blocked(doc, a, s_lex, sent.start, sent.end, amounts)
            if block == "denied":
                denied.add((a.kind, a.value))
            if block is not None and block not in SOFT_BLOCKS:
                continue
            if finder is None:
                if parties is None:
                    parties = doc_parties(doc, kb, mentions, lex, home)
                    starts = [p.start for p in parties]
                lo = bisect.bisect_left(starts, sent.start)
                hi = bisect.bisect_left(starts, sent.end)
                context = parties[:lo]
                s_parties = [p for p in parties[lo:hi] if p.end <= sent.end]
                finder = SentenceRoles(s_parties, s_lex, doc.low, doc.lang,
                                       kb.preps_for(doc.lang), sent.start, sent.end, context,
                                       doc.norm)
                finder.headline = doc.in_headline(sent.start)
                finder.sizes = tuple(x for x in amounts if not x.converted)
                relevant = is_relevant(s_lex, s_parties) or is_relevant(
                    lex_by_sent.get(sent.index - 1, []), []
                )
                # counts in a sentence that goes on about a deal found just before ("Naver
                # Cloud will take 5,000 of them") are chips too
                goes_on = bool(found and found[-1].sentence >= sent.index - 2)
            for roles in finder.roles(a):
                if roles.buyer and roles.vendor and roles.buyer.name == roles.vendor.name:
                    # nobody buys from itself: a party marked as the seller ("passée auprès
                    # de HPE") sells, otherwise it is the recipient
                    sells = any(finder.parties[i].name == roles.vendor.name
                                for i in finder.from_marked)
                    roles = (Roles(None, roles.vendor, roles.verb) if sells
                             else Roles(roles.buyer, None, roles.verb))
                previous = (found[-1].roles, found[-1].sentence) if found else None
                if (roles.buyer is None and roles.vendor is None and roles.verb == "contract"
                        and a.kind == "money" and not (previous and previous[1] == sent.index - 1)):
                    roles = _sizeless_deal_before(
                        doc, kb, parties or [], starts, lex_by_sent, sent.index) or roles
                roles = fallback(roles, finder, a, context, previous, doc)
                roles = joins_round(roles, found, sent.index, finder) or roles
                roles = gapped(finder, a, found, sent.index, doc.low) or roles
                if block == "expect" and not both_sides(roles):
                    continue
                if block == "rate" and not (both_sides(roles) or receives_after(roles, a)):
                    continue
                if envelope(a, roles, has_units) and not (
                    _marked_other(finder, roles) or _names_purchase(s_lex, doc.low)
                    or follows_own_purchase(roles, found, sent.index)
                ):
                    continue
                chip_party = any(p is not None and p.chip for p in (roles.buyer, roles.vendor))
                if plants_only:
                    if is_relevant(s_lex, []):
                        found.append(Found(a, roles, sent.index))
                elif relevant or chip_party or (goes_on and a.kind == "units") or same_project(
                    roles, found, sent.index
                ):
                    found.append(Found(a, roles, sent.index))
        if has_units:
            units_at = sent.index
    found = [f for f in found if (f.amount.kind, f.amount.value) not in denied
             and f.sentence not in denied_sentences]
    return _assemble(doc, kb, found, home)


_REPORT = re.compile(REPORT_NOUNS)


# of the "denied" block words, those that call something untrue ("declined to comment on the
# report", "could not be verified" deny nothing)
_UNTRUE = re.compile(
    r"den[iy]|démen|dément|dementi|desmint|smenti|ontken|neg[óoa]|niega|accurate|untrue|"
    r"correct|korrekt|corrett|corret|false|fals[oa]|falsch|faux|fausse|inexact|inesatt|inexat|"
    r"zutreffend|infond|onjuist|onwaar|not true|zurückgew|bestr|no such|keine solche|사실|事実"
)


def _denies_report(doc: Doc, lex: list[LexHit], start: int, end: int) -> bool:
    """A sentence without sizes that calls a report untrue or denies it."""
    return any(
        h[2] == "block" and h[3] == "denied" and _UNTRUE.search(doc.low, h[0], h[1])
        for h in lex
    ) and _REPORT.search(doc.low, start, end) is not None


def _sizeless_deal_before(
    doc: Doc,
    kb: Knowledge,
    parties: list[Party],
    starts: list[int],
    lex_by_sent: dict[int, list[LexHit]],
    index: int,
) -> Roles | None:
    """'AMD will be supplied by Samsung with HBM4 memory. The order is worth about $4.5
    billion': the sum of a contract with nobody buying in its own sentence belongs to a
    deal the sentence before states without a size, when that sentence names both sides."""
    if index == 0:
        return None
    prev = doc.sentences[index - 1]
    lex = lex_by_sent.get(index - 1, [])
    if prev.para != doc.sentences[index].para or not any(h[2] in ("supply", "buy") for h in lex):
        return None
    lo = bisect.bisect_left(starts, prev.start)
    hi = bisect.bisect_left(starts, prev.end)
    finder = SentenceRoles([p for p in parties[lo:hi] if p.end <= prev.end], lex, doc.low,
                           doc.lang, kb.preps_for(doc.lang), prev.start, prev.end, parties[:lo],
                           doc.norm)
    # the deal's size would close its clause: roles are read as for a size at the end
    probe = Amount("units", 0.0, Qualifier.EXACT, prev.end, prev.end)
    for r in finder.roles(probe):
        if r.buyer is not None and r.vendor is not None and r.buyer.name != r.vendor.name:
            return Roles(r.buyer, r.vendor, "contract")
    return None


def _names_nobody(p: Party) -> bool:
    """A country or an unnamed group counted as one: the same size said of named buyers
    there tells the deal more precisely. (A government is a buyer of its own: Seoul's 50,000
    GPUs beside Samsung's 50,000 are two deals.)"""
    return p.kind in ("country", "group")


def _marked_other(finder: SentenceRoles, roles: Roles) -> bool:
    """A party marked as a recipient or target other than the buyer itself ("Der Bund":
    an article, not "to")."""
    b = roles.buyer
    return any(
        p.name != (b.name if b else None)
        # "le gouvernement ... en France": the buyer's own country is where, not who
        and not (b is not None and p.kind == "country" and p.country == b.country)
        for p in (finder.parties[i] for i in finder.to_marked | finder.in_marked)
    )


def _names_purchase(lex: list[LexHit], low: str) -> bool:
    """A unit noun names what public money buys ('to buy GPUs'), unless the money is only
    allocated ('earmarks $11 billion for AI chips', 'mobilise 2 milliards pour les puces') or
    the noun names an industry ('半導体やAI分野', 'the chip sector')."""
    return any(
        h[2] == "unit" and not _SECTOR.match(low, h[1]) for h in lex
    ) and not any(h[2] == "allocate" for h in lex)


# a word after a unit noun that makes it the name of an industry
_SECTOR = re.compile(
    r"[^.,;、。]{0,6}?(?:分野|産業|業界|분야|산업|업계|\s(?:sector|industry|secteur|industrie|"
    r"branche|sektor|settore|industria|indústria))"
)


def _assemble(doc: Doc, kb: Knowledge, found: list[Found], home: str | None) -> tuple[Deal, ...]:
    deals: list[tuple[Deal, str | None]] = []
    last_vendor: str | None = None
    for f in found:
        a, r = f.amount, f.roles
        buyer = r.buyer.name if r.buyer else None
        country = r.buyer.country if r.buyer else None
        canon = (r.buyer.canon or r.buyer.name) if r.buyer and not _names_nobody(r.buyer) else None
        vendor = r.vendor.name if r.vendor else None
        if a.kind == "units":
            vendor = vendor or last_vendor
            last_vendor = vendor or last_vendor
        if buyer is None and country is None:
            continue
        sent = doc.sentences[f.sentence]
        evidence = doc.text[sent.start : sent.end]
        if a.kind == "units":
            deal = Deal(vendor=vendor, buyer=buyer, buyer_country=country, quantity=int(a.value),
                        qualifier=a.qualifier, unit=a.unit, evidence=evidence)
        else:
            deal = Deal(vendor=vendor, buyer=buyer, buyer_country=country, qualifier=a.qualifier,
                        amount=a.value, currency=a.currency,
                        amount_usd=kb.to_usd(a.value, a.currency or ""), evidence=evidence)
        deals.append((deal, canon))
    return tuple(fold(deals))
