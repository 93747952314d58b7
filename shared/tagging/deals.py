"""Chip deals: sized supply, purchase and investment commitments, read sentence by sentence.

For each size (a number of chips or a sum of money) in a sentence: it must sit near a deal
word (sell, buy, invest, raise, grant, contract, pay), in a sentence about chips or AI
computing, and away from words that make it something else (market value, revenue, profit,
price, charge, budget envelope, units already installed, a superseded target, a need, a
rejected or cancelled offer, a forecast). Its buyer and vendor come from ``roles``. Then
restatements are folded: a bracketed conversion, the headline repeating the body, a rounded
"more than a quarter of a million" next to the exact 260,000.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from shared.models.tagging import Deal, Unit
from shared.tagging.amounts import CJK_LANGS, Amount, find_amounts
from shared.tagging.entities import Mention
from shared.tagging.folding import fold
from shared.tagging.knowledge import Knowledge
from shared.tagging.numbers import NumberMention
from shared.tagging.parties import VERBS, LexHit, Party, doc_parties, home_country
from shared.tagging.roles import Roles, SentenceRoles
from shared.tagging.text import Doc

RELEVANCE_MIN = 1.0  # ai-chips score under which a story holds no chip deal
MIN_USD = 1_000_000.0
MAX_USD = 1e12  # no chip deal is worth a trillion dollars: such sums are market values
MIN_UNITS = 50
_CLAUSE = re.compile(
    r";| -- | - |\. |, (?:while|whereas|but|tandis que|alors que|mais|während|aber|mientras|pero|"
    r"mentre|ma|whereas)\b|며,|고,|지만|, 반면|一方"
)
_BLOCK_WINDOW = {False: (60, 28), True: (24, 48)}
_WIDE_BEFORE = 100  # market-value words can sit a clause before the figure


@dataclass(slots=True)
class _Found:
    amount: Amount
    roles: Roles
    sentence: int


def extract_deals(
    doc: Doc,
    kb: Knowledge,
    mentions: list[Mention],
    nums: list[NumberMention],
    ai_score: float,
) -> tuple[Deal, ...]:
    if ai_score < RELEVANCE_MIN or not nums:
        return ()
    lex: list[LexHit] = [
        (hit.start, hit.end, cat, val)
        for hit in doc.hits.get("deal", ())
        for cat, val in hit.payload
    ]
    home = home_country(doc, mentions)
    parties: list[Party] | None = None  # found when a first size needs its parties
    starts: list[int] = []
    found: list[_Found] = []
    last_unit: Unit | None = None
    nums_by_sent: dict[int, list[NumberMention]] = {}
    for n, k in zip(nums, doc.indexes([n.start for n in nums]), strict=True):
        nums_by_sent.setdefault(k, []).append(n)
    lex_by_sent: dict[int, list[LexHit]] = {}
    for h, k in zip(lex, doc.indexes([h[0] for h in lex]), strict=True):
        lex_by_sent.setdefault(k, []).append(h)
    prev_had_units = False
    for sent in doc.sentences:
        s_lex = lex_by_sent.get(sent.index, [])
        s_nums = nums_by_sent.get(sent.index)
        if not s_nums:
            prev_had_units = False
            continue
        has_verb = any(h[2] in VERBS for h in s_lex)
        if not has_verb and not prev_had_units:
            prev_had_units = False
            continue
        amounts = find_amounts(s_nums, s_lex, doc.norm, doc.low, doc.lang, sent.start,
                               sent.end, last_unit)
        has_units = any(a.kind == "units" and not a.inherited for a in amounts)
        finder: SentenceRoles | None = None
        context: list[Party] = []
        relevant = False
        for a in amounts:
            if a.kind == "units" and a.inherited and (has_units or prev_had_units):
                has_units = True
            if a.kind == "units" and not a.inherited and a.unit:
                last_unit = a.unit
            if a.inherited:
                if not (has_units or prev_had_units) or last_unit is None:
                    continue
                a = Amount("units", a.value, a.qualifier, a.start, a.end, unit=last_unit)
            if not has_verb or a.converted:
                continue
            if a.kind == "units" and a.value < MIN_UNITS:
                continue
            if a.kind == "money":
                usd = kb.to_usd(a.value, a.currency or "")
                if usd is not None and not MIN_USD <= usd < MAX_USD:
                    continue
            block = _blocked(doc, a, s_lex, sent.start, sent.end)
            if block is not None and block != "expect":
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
                                       kb.preps_for(doc.lang), sent.start, sent.end, context)
                finder.headline = doc.in_headline(sent.start)
                relevant = _relevant(s_lex, s_parties) or _relevant(
                    lex_by_sent.get(sent.index - 1, []), []
                )
            for roles in finder.roles(a):
                if roles.buyer and roles.vendor and roles.buyer.name == roles.vendor.name:
                    # nobody buys from itself: a party marked as the seller ("passée auprès
                    # de HPE") sells, otherwise it is the recipient
                    sells = any(finder.parties[i].name == roles.vendor.name
                                for i in finder.from_marked)
                    roles = (Roles(None, roles.vendor, roles.verb) if sells
                             else Roles(roles.buyer, None, roles.verb))
                roles = _fallback(roles, finder, a, context, found, doc)
                if block == "expect" and not _both_sides(roles):
                    continue
                if _envelope(a, roles, has_units) and not (
                    finder.to_marked or finder.in_marked or any(h[2] == "unit" for h in s_lex)
                ):
                    continue
                chip_party = any(p is not None and p.chip for p in (roles.buyer, roles.vendor))
                if relevant or chip_party:
                    found.append(_Found(a, roles, sent.index))
        prev_had_units = has_units
    return _assemble(doc, kb, found, home)


_PRO_DROP = frozenset(("ja", "ko", "zh", "es", "it", "pt"))
_SIZE_WORDS = frozenset((*VERBS, "unit", "count"))


def deal_spans(doc: Doc) -> list[tuple[int, int]]:
    """The sentences whose numbers can matter: those with a deal verb, a unit or a counter
    (a number elsewhere is neither a deal nor a unit a later list could inherit)."""
    hits = doc.hits.get("deal", [])
    sized = [h.start for h in hits if any(cat in _SIZE_WORDS for cat, _ in h.payload)]
    idx = sorted(set(doc.indexes(sized)))
    spans: list[tuple[int, int]] = []
    for i in idx:
        sent = doc.sentences[i]
        if spans and spans[-1][1] >= sent.start - 4:
            spans[-1] = (spans[-1][0], sent.end)
        else:
            spans.append((sent.start, sent.end))
    return spans


# A deal noun right before a valuation word: the value is the deal's, not a company's.
_DEAL_VALUED = re.compile(
    r"(?:deal|order|contract|agreement|transaction|purchase|operation|accord|contrat|commande|"
    r"opération|achat|auftrag|vertrag|geschäft|kauf|operación|acuerdo|contrato|pedido|compra|"
    r"accordo|contratto|ordine|operazione|acquisto)s?,? (?:\w+ )?$"
)


def _envelope(a: Amount, roles: Roles, has_units: bool) -> bool:
    """'The EU will mobilise 20 billion euros for AI gigafactories': public money with no
    seller, no recipient and nothing counted or named to buy is a budget envelope, not a
    deal (the caller checks the sentence for a recipient or a unit noun)."""
    b = roles.buyer
    if a.kind != "money" or has_units or roles.vendor is not None or b is None:
        return False
    if roles.verb not in ("buy", "invest"):
        return False
    return b.kind == "country" or (b.name or "").endswith(("government", "Union"))


def _relevant(lex: list[LexHit], parties: list[Party]) -> bool:
    return any(h[2] in ("relevant", "unit") for h in lex) or any(p.chip for p in parties)


def _clause(doc: Doc, pos: int, start: int, end: int) -> tuple[int, int]:
    cs, ce = start, end
    for m in _CLAUSE.finditer(doc.low, start, end):
        if m.end() <= pos:
            cs = m.end()
        elif m.start() >= pos:
            ce = m.start()
            break
    return cs, ce


def _both_sides(roles: Roles) -> bool:
    """'Nvidia expects to supply up to 20,000 GPUs to Kakao': an expected sale between two
    named parties is a planned commitment; one with nobody on the other side ('expects to
    sell 4 million chips next year') is a forecast. Investing in one's own plant has no other
    side."""
    b, v = roles.buyer, roles.vendor
    if b is None or b.kind not in ("company", "institution") or not b.name:
        return False
    if roles.verb == "invest" and v is None:
        return True
    return v is not None and v.kind in ("company", "institution") and v.name != b.name


def _blocked(doc: Doc, a: Amount, lex: list[LexHit], start: int, end: int) -> str | None:
    """The kind of the word that makes this size something other than a deal, if any."""
    soft: str | None = None  # "expect" waits for the roles; any other kind decides at once
    cs, ce = _clause(doc, a.start, start, end)
    before, after = _BLOCK_WINDOW[doc.lang in CJK_LANGS]
    has_buy = any(h[2] in ("buy", "pay") for h in lex)
    for s, e, cat, kind in lex:
        if cat != "block":
            continue
        reach = _WIDE_BEFORE if kind == "market" else before
        if not (max(cs, a.start - reach) <= s and e <= min(ce, a.end + after)):
            continue
        if kind == "market" and _DEAL_VALUED.search(doc.low, max(start, s - 30), s):
            continue  # "an order valued at", "una operación valorada en": the deal's own size
        if a.start <= s < a.end:
            continue
        if kind == "budget" and (a.kind == "units" or has_buy):
            continue
        if kind == "superseded" and s > a.start:
            continue
        if kind == "installed" and s > a.end and doc.lang not in CJK_LANGS:
            continue
        if kind != "expect":
            return kind
        soft = kind
    return soft


def _fallback(
    roles: Roles,
    finder: SentenceRoles,
    a: Amount,
    context: list[Party],
    found: list[_Found],
    doc: Doc,
) -> Roles:
    if roles.buyer is not None or (roles.verb in ("invest", "equity") and roles.vendor):
        return roles
    groups = [p for p in finder.parties if p.kind == "group" and p.end <= a.start]
    if groups:
        return Roles(groups[-1], roles.vendor, roles.verb)
    if roles.verb == "grant" and found:
        return Roles(found[-1].roles.buyer, roles.vendor, roles.verb)
    sent = doc.sentence_at(a.start)
    named = _initial_name(doc, sent.start, a.start, finder)
    if named is not None:
        return Roles(named, roles.vendor, roles.verb)
    if roles.verb == "supply" and roles.vendor is not None:
        carried = _carried_buyer(doc, sent.index, finder, context, roles.vendor)
        if carried is not None:
            return Roles(carried, roles.vendor, roles.verb)
    if roles.verb == "supply":
        return roles  # "shipped 1.5 million GPUs" with nobody receiving them: a statistic
    recent = [p for p in context if p.start >= doc.sentences[max(0, sent.index - 3)].start]
    # In languages that leave the subject out (Japanese, Korean, Spanish, Italian), a
    # sentence without one continues the one before: that sentence's subject (its first
    # party, a company or institution) buys.
    prev = [p for p in recent if p.start >= doc.sentences[max(0, sent.index - 1)].start]
    lead = next((p for p in prev if p.lead), None)
    if (
        doc.lang in _PRO_DROP
        and lead is not None
        and lead.kind in ("company", "institution")
        and not (roles.vendor and lead.name == roles.vendor.name)
    ):
        return Roles(lead, roles.vendor, roles.verb)
    cands = [p for p in reversed(recent) if not p.vendor_type and p.kind != "group"]
    if not cands and roles.verb in ("invest", "buy"):
        cands = [p for p in reversed(recent) if p.kind == "company" and p != roles.vendor]
    if cands:
        return Roles(cands[0], roles.vendor, roles.verb)
    return roles


def _assemble(doc: Doc, kb: Knowledge, found: list[_Found], home: str | None) -> tuple[Deal, ...]:
    deals: list[tuple[Deal, str | None]] = []
    last_vendor: str | None = None
    for f in found:
        a, r = f.amount, f.roles
        buyer = r.buyer.name if r.buyer else None
        country = r.buyer.country if r.buyer else None
        canon = (r.buyer.canon or r.buyer.name) if r.buyer else None
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


def _carried_buyer(
    doc: Doc, index: int, finder: SentenceRoles, context: list[Party], vendor: Party
) -> Party | None:
    """'Nvidia agreed to supply Naver with AI chips. It will ship 20,000 GPUs': the seller
    stays the subject of the next sentence of the paragraph, so its one named client there
    receives the count."""
    if index == 0 or not finder.parties:
        return None
    first = finder.parties[0]
    if first.name != vendor.name or first.start - doc.sentences[index].start > 4:
        return None
    prev = doc.sentences[index - 1]
    if prev.para != doc.sentences[index].para:
        return None
    if not any(prev.start <= h.start < prev.end and any(c in VERBS for c, _ in h.payload)
               for h in doc.hits.get("deal", ())):
        return None  # the deal itself must be said in that sentence
    before = [p for p in context if p.start >= prev.start and p.end <= prev.end]
    if not before or before[0].name != vendor.name:
        return None
    clients = [p for p in before if p.name != vendor.name and p.kind in ("company", "institution")
               and not p.vendor_type]
    if len({p.name for p in clients}) != 1:
        return None
    return clients[0]


_INITIAL_NAME = re.compile(
    r"((?:[A-ZÀ-ÖØ-Þ][\w&'.-]*)(?: [A-ZÀ-ÖØ-Þ0-9][\w&'.-]*){0,2}) (?=[a-zà-ÿ])"
)


def _initial_name(doc: Doc, start: int, end: int, finder: SentenceRoles) -> Party | None:
    """'Telefónica comprará ...': an unknown name opening the sentence, right before its verb."""
    m = _INITIAL_NAME.match(doc.norm, start, end)
    if m is None:
        return None
    words = m.group(1).split()
    # "A Xpto captou ...", "De Xyz koopt ...": an article before a company name
    lead = 1 if len(words) > 1 and words[0] in _ARTICLES else 0
    if words[lead] in _NOT_SUBJECTS:
        return None
    name_at = m.start(1) + (len(words[0]) + 1 if lead else 0)
    if any(p.start < m.end(1) and name_at < p.end for p in finder.parties):
        return None
    verb_at = m.end()
    if not any(s == verb_at and c in VERBS for s, _, c, _ in finder.lex):
        return None
    return Party(name_at, m.end(1), doc.norm[name_at : m.end(1)], None, "company")


_ARTICLES = frozenset(("A", "O", "The", "La", "Le", "El", "Il", "De", "Het", "Die", "Der", "Das"))
_NOT_SUBJECTS = frozenset(
    ["The", "A", "An", "It", "This", "Le", "La", "Les", "Un", "Une", "Il", "Elle", "Der", "Die",
     "Das", "Ein", "Eine", "Es", "El", "Los", "Las", "Lo", "Gli", "I", "In", "On", "At", "For"]
)
