"""What makes a sized sentence something other than a chip deal: a market value, revenue,
profit, price, charge, budget envelope, units already installed, a superseded target, a need,
a rejected or cancelled offer, a forecast; and a public budget envelope with nobody on
either side."""

from __future__ import annotations

import re

from shared.tagging.amounts import CJK_LANGS, Amount
from shared.tagging.clause_cues import Roles
from shared.tagging.parties import LexHit, Party
from shared.tagging.text import Doc

_CLAUSE = re.compile(
    # (a full stop after one letter ends an abbreviation, "a U.S. newspaper", not a clause)
    r";| -- | - |(?<![\s.]\w)\. |, (?:while|whereas|but|tandis que|alors que|tout en|mais|während|"
    r"aber|mientras|pero|mentre|ma|whereas)\b|며,|고,|지만|, 반면|一方|…"
    # "Kakao dément un accord mais confirme l'achat de ...": "but" opens a clause without
    # a comma too
    r"| (?:but|mais|aber|pero|maar) "
)
# what computing capacity runs on: the chips of the capacity bought
_RUNS_ON = re.compile(
    r"\b(?:running on|runs on|powered by|based on|built on|using|basée sur|reposant sur|"
    r"basierend auf|auf basis|basada en|basata su|gebaseerd op)\b"
)
_POWER = re.compile(r"(?:watts?|mw|gw|kw)\b[^,;.]{0,8}$")
_DEBT = re.compile(r"debt|dette|schulden|deuda|debito|부채|負債|schuld|dívida")
_BLOCK_WINDOW = {False: (60, 28), True: (24, 48)}
# block kinds that wait for the roles: an expected sale, a count per period
SOFT_BLOCKS = frozenset(("expect", "rate"))
# Market-value words and forecasts ("analysts estimate that spending on AI data centres will
# reach ...") govern a figure from the start of its clause.
_WIDE_BEFORE = 100
_VERB_LAST_REACH = 80
# a sum or count summed up over the years since one ("since 2023", "depuis 2021")
# ("dal 2027" is "from 2027" as often as "since")
_SINCE_YEAR = re.compile(
    r"\b(?:since|depuis|seit|desde|sinds|sin dal) (?:(?:early|late|the start of|the end "
    r"of|début|fin|anfang|ende|finales de|principios de) )?(?:19|20)\d\d\b"
)
_KIND_REACH_AFTER = {"cumulative": 48, "no_recipient": _VERB_LAST_REACH}
# nouns for a press report, in every language we read
REPORT_NOUNS = (
    r"\b(?:reports?|articles?|articolo|claims?|rapports?|rapporto|informations?|información"
    r"|informe|berichte?|meldung|noticias?|notizia|notícia|reportagem|verslag)\b"
)
_REPORT_BEFORE = re.compile(REPORT_NOUNS + r"[^,;.]{0,12}$")
_REPORT_OPENS = re.compile(r"(?:an? |the |une? |les? |la |ein |eine |der |die )?(?:[\w-]+ )?"
                           + REPORT_NOUNS)


# The relative pronoun that opens a clause about the units just counted.
# (German and Dutch relative clauses always follow a comma: "die" alone is an article.)
_RELATIVE = re.compile(
    r"\b(?:(?:that|which|que|qui|che|cui)\b|qu')|, (?:die|das|der|welche|dat|welke)\b"
)

# The counted units as the subject of "already running" ("the first 2,000 of them are
# already running in a pilot hall", "3.000 Chips sind bereits in Betrieb"): units installed.
_RUNNING = re.compile(
    r"[^,;:]{0,40}?\b(?:are|were|is|was|have been|has been|sont|étaient|sind|waren|están|"
    r"estaban|estão|sono|erano|zijn)\s+(?:already|déjà|bereits|schon|ya|già|já|al|reeds)\s+"
    r"(?:running|in (?:operation|use|service)|operat|install|deploy|online|en service|en "
    r"fonctionnement|fonctionn|install|déploy|in betrieb|im einsatz|installiert|en "
    r"funcionamiento|funcionando|instalad|operativ|in funzione|installat|in gebruik|"
    r"geïnstalleerd|em funcionamento|a funcionar)"
)
# A deal noun right before a valuation word: the value is the deal's, not a company's.
_DEAL_VALUED = re.compile(
    r"(?:deal|order|contract|agreement|transaction|purchase|operation|accord|contrat|commande|"
    r"opération|achat|auftrag|vertrag|geschäft|kauf|operación|acuerdo|contrato|pedido|compra|"
    r"accordo|contratto|ordine|operazione|acquisto)s?,? (?:\w+ )?$"
)


def envelope(a: Amount, roles: Roles, has_units: bool) -> bool:
    """'The EU will mobilise 20 billion euros for AI gigafactories': public money with no
    seller, no recipient and nothing counted or named to buy is a budget envelope, not a
    deal (the caller checks the sentence for a recipient or a unit noun)."""
    b = roles.buyer
    if a.kind != "money" or has_units or roles.vendor is not None or b is None:
        return False
    if roles.verb not in ("buy", "invest", "supply", "grant"):
        return False  # ("supply": public money "allocated" or "provided" to nobody named;
        # "grant": a support programme a government sets up, with no recipient)
    return b.kind == "country" or (b.name or "").endswith(("government", "Union"))


def is_relevant(lex: list[LexHit], parties: list[Party]) -> bool:
    return any(h[2] in ("relevant", "unit") for h in lex) or any(p.chip for p in parties)


def _clause(doc: Doc, pos: int, start: int, end: int, size_end: int) -> tuple[int, int]:
    cs, ce = start, end
    for m in _CLAUSE.finditer(doc.low, start, end):
        if pos <= m.start() < size_end:
            continue  # the size's own abbreviation: "50 Tsd. Chips", "1,5 Mrd. Euro"
        if m.end() <= pos:
            cs = m.end()
        elif m.start() >= pos:
            ce = m.start()
            break
    return cs, ce


def both_sides(roles: Roles) -> bool:
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


def _summed_since(low: str, a: Amount, cs: int, ce: int) -> bool:
    """'Amazon has invested $8 billion in Anthropic since 2023', 'Since 2021, ...': a total
    over past years, not a commitment ('its client since 2020', after a comma, is not)."""
    m = _SINCE_YEAR.search(low, a.end, min(ce, a.end + 48))
    if m is not None and "," not in low[a.end : m.start()]:
        return True
    m = _SINCE_YEAR.match(low, cs)
    return m is not None and low.startswith(",", m.end())


def receives_after(roles: Roles, a: Amount) -> bool:
    """'... livrer jusqu'à 900'000 plaquettes par mois à l'entreprise américaine': a buyer
    named after a count per month receives it (the subject before it makes it)."""
    return roles.buyer is not None and roles.buyer.start >= a.end


def _reach_after(doc: Doc, a: Amount, kind: str, s: int, start: int, after: int) -> int:
    """How far after a size a block word of this kind still governs it."""
    if kind == "denied" and (
        # German and Dutch close the clause with the participle ("eine Bestellung über 50 Tsd.
        # Nvidia-Chips vom Typ H20 storniert"): a denial reaches to the end of the clause
        (doc.lang in ("de", "nl") and "," not in doc.low[a.end : s])
        # "... 100 000 puces à Huawei, une information démentie depuis"
        or _REPORT_BEFORE.search(doc.low, max(a.end, s - 24), s) is not None
        # "A media report that Meta was close to a $10 billion agreement ... was denied"
        or _REPORT_OPENS.match(doc.low, start, a.start) is not None
    ):
        return _VERB_LAST_REACH
    # "has received 1.7 trillion yen in state aid since its founding"; "... 2 mil milhões de
    # euros à transição digital, sem indicar se ..."
    return _KIND_REACH_AFTER.get(kind, after)


def blocked(
    doc: Doc, a: Amount, lex: list[LexHit], start: int, end: int, sizes: list[Amount]
) -> str | None:
    """The kind of the word that makes this size something other than a deal, if any. A word
    with another size of the sentence between it and this one is that size's ("valued at $8
    billion after it raised $1.1 billion")."""
    soft: str | None = None  # "expect" waits for the roles; any other kind decides at once
    cs, ce = _clause(doc, a.start, start, end, a.end)
    if _summed_since(doc.low, a, cs, ce):
        return "cumulative"
    cjk = doc.lang in CJK_LANGS  # (Korean and Japanese close a clause with its verb)
    before, after = _BLOCK_WINDOW[cjk]
    has_buy = any(h[2] in ("buy", "pay") for h in lex)
    for s, e, cat, kind in lex:
        if cat != "block":
            continue
        # market words, forecasts and denials govern a figure from the start of its clause
        # ("a démenti des informations selon lesquelles il allait livrer 30 000 puces")
        reach = _WIDE_BEFORE if kind in ("market", "projection", "denied") else before
        reach_after = _reach_after(doc, a, kind, s, start, after)
        if not (max(cs, a.start - reach) <= s and e <= min(ce, a.end + reach_after)):
            continue
        if kind == "config" and not (e <= a.start and a.start - e <= 3):
            continue  # "racks of 72 GPUs" sizes a rack; "1,000 racks of 72 GPUs" are bought
        if kind == "part_of" and not 0 <= a.start - e <= 4:
            continue  # "part of the £2 billion the government will spend": the wider envelope
        if kind == "no_recipient" and (a.kind != "money" or s < a.end):
            continue  # public money whose recipients are still open
        if kind == "endowed" and not 0 <= a.start - e <= 4:
            continue  # "un plan dotado con 12.250 millones": the size of a public programme
        if kind == "jobs" and not 0 <= s - a.end <= 4:
            continue  # "3만 개의 일자리": the count of jobs, not of the chips counted before
        if (kind == "market" and _DEAL_VALUED.search(doc.low, max(start, s - 30), s)
                and not doc.low.startswith(("values", "valuing"), s)):
            # "an order valued at", "una operación valorada en": the deal's own size ("the
            # deal values the company at ..." is a valuation still)
            continue
        if a.start <= s < a.end:
            continue
        if not cjk and any(
            x.start != a.start and not x.converted
            and (s < x.start < a.start or a.end <= x.start < s)
            # (a denial covers the count and the worth of the deal it denies: "denied a
            # report that it had ordered 100,000 processors worth about $1.2 billion")
            and not (kind == "denied" and x.kind != a.kind)
            for x in sizes
        ):
            continue
        if kind == "capacity" and _POWER.search(doc.low, max(start, s - 24), s):
            continue  # "100 megawatts of capacity": power, not chips made
        if kind == "capacity" and a.kind == "money":
            continue  # a capacity of 90,000 wafers is no purchase; money spent on one is
        if kind == "capacity" and e <= a.start and has_buy and _RUNS_ON.search(
            doc.low, e, a.start
        ):
            continue  # "pay ... for computing capacity running on 40,000 GPUs": bought
        if kind == "charge" and _DEBT.match(doc.low, s) and any(h[2] == "raise" for h in lex):
            continue  # "raised $10 billion in equity and debt": financing
        if kind == "capacity" and s > a.end and any(
            h[2] == "buy" and cs <= h[0] and h[1] <= a.start for h in lex
        ):
            continue  # "has booked 35,000 wafers of capacity": capacity bought from a maker
        if kind == "budget" and (a.kind == "units" or has_buy):
            continue
        if kind == "superseded" and s > a.start:
            continue
        # an installed-base word after the size counts only in a relative clause on the
        # counted units ("200,000 GPUs that xAI already runs")
        if (kind == "installed" and s > a.end and doc.lang not in CJK_LANGS
                and not _RELATIVE.search(doc.low, a.end, s)
                and doc.low[a.end : s].strip() != ","  # "con 248 Gpu, già utilizzate"
                and not _RUNNING.match(doc.low, a.end)):
            continue
        if kind == "rate":
            if _per_period(doc.low, a, s, e, cjk):
                soft = soft or "rate"  # an output, unless the sentence names who receives it
            continue
        if kind == "goods" and not (a.end <= s <= a.end + 40 or 0 <= a.start - e <= 24):
            continue  # "an order of $2 billion for ten LNG carriers": the goods right by it
        if kind == "projection" and _plans(doc.low, lex, s, e, a.start):
            soft = "expect"
            continue
        if kind not in SOFT_BLOCKS:
            return kind
        soft = "expect" if "expect" in (kind, soft) else kind  # (the stricter one)
    return soft


# "a year ago", "im Jahr 2025": a time, not a rate
_NOT_RATE = re.compile(r"\s*(?:ago|earlier|later|after|before|from|\d)")


def _per_period(low: str, a: Amount, s: int, e: int, cjk: bool) -> bool:
    """A count per year or month ('ships 90 billion chips a year', '연간 1억 개'): right after
    the size (Korean and Japanese: right before it)."""
    if a.kind != "units" or _NOT_RATE.match(low, e):
        return False
    return 0 <= a.start - e <= 8 if cjk else 0 <= s - a.end <= 24


# deal verbs a forecast word can take as its object
_PLANNED = frozenset({"buy", "invest", "supply", "raise", "contract"})


def _plans(
    low: str, lex: list[LexHit], word_start: int, word_end: int, size_start: int
) -> bool:
    """'a empresa prevê instalar até 30 mil GPUs', 'prevé invertir 2.000 millones': a
    forecast word whose object is a deal verb states the company's plan, which is a
    deal when it names both sides, like an expected sale ('expects to supply'). Public
    money a government sets aside ('el Gobierno prevé destinar 1.000 millones') stays a
    forecast."""
    if any(
        h[2] == "gov" and 0 <= word_start - h[1] <= 30 and "," not in low[h[1] : word_start]
        for h in lex
    ):
        return False
    return any(
        h[2] in _PLANNED and 0 <= h[0] - word_end <= 4 and h[1] <= size_start for h in lex
    )
