"""Deal-size candidates in a sentence: a number of chips (with its unit) or a sum of money.

A number becomes a unit count when a unit noun follows it closely (``18,000 ... chips``,
``4'000 KI-Beschleuniger``) or, in Korean and Japanese, when a counter follows and a unit
noun precedes (``GPU 26만 개``); a bare number in a list (``Naver Cloud with 3,056``)
inherits the unit of the count before it. A number becomes money with a currency symbol
before it or a currency word after it; a scaled number after money in the same sentence
inherits its currency. Parenthesised restatements in another currency are marked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from shared.models.tagging import Qualifier, Unit
from shared.tagging.numbers import NumberMention

CJK_LANGS = frozenset({"ko", "ja", "zh"})
_PREFIX_CCY = re.compile(
    r"(US ?\$|U\.S\. ?\$|NT\$|T\$|HK\$|A\$|C\$|S\$|\$|€|£|¥|₩|CHF|EUR|USD|KRW|JPY|GBP|CNY|RMB|TWD|"
    r"Fr\.|SFr\.) ?$"
)
_PREFIX_CODE = {
    "US$": "USD", "U.S.$": "USD", "$": "USD", "NT$": "TWD", "T$": "TWD", "HK$": "HKD",
    "A$": "AUD", "C$": "CAD", "S$": "SGD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW",
    "CHF": "CHF", "EUR": "EUR", "USD": "USD", "KRW": "KRW", "JPY": "JPY", "Fr.": "CHF",
    "SFr.": "CHF", "GBP": "GBP", "CNY": "CNY", "RMB": "CNY", "TWD": "TWD",
}
_MONEY_GAP = re.compile(r"^(?: ?(?:de |d'|di |of |in |en )?| ?- ?| )$")
_PAREN_OPEN = re.compile("^ ?[(\uff08[] ?(?:[^\\d()\uff08\uff09]{0,14})$")
_SPEC_GAP = re.compile(r"(?<![\w.,])\d+(?:-(?:high|hi|layer|tier|stack)|[- ]?(?:inch|nm))\b")
# H100 may sit between; a rate is no count ("100 rupees per GPU hour")
_UNIT_GAP_STOP = re.compile(r"[,;:()\"]|(?<![A-Za-z0-9])\d|\b(?:per|par|pro|por)\b")
# a product generation may sit between too: "2,000 Gaudi 3 chips", "500 Blackwell 2 GPUs"
_GENERATION = re.compile(
    r"(?<![a-z])(?!(?:and|und|et|or|oder|ou|of|de|to|von|with|for|from|than)\b)[a-z]{3,} \d{1,2}"
    r"(?![\d,.'])"
)
_BARE_AFTER = re.compile(
    r"^(?:\s*(?:[,.;:)]|$)|\s+(?:pour|for|and|et|und|y|e|to|à|an|autres|restantes|restants|"
    r"others|more|weitere|additional|supplémentaires|units?|unités|will|would|are|go|went|"
    r"seront|iront|vont|sont|werden|gehen|sollen|irán|serán|van|andranno|saranno|vanno|"
    r"para|al|alla|ai|aan|naar|voor|ao|aos|irão|serão|gaan|zullen|af|"
    r"a(?! (?:month|year|week|day|piece|share|unit|quarter|time)\b))\b)"
)
_BARE_BEFORE = re.compile(
    r"(?:remaining|other|further|additional|restantes?|autres|übrigen|restlichen|weitere[n]?|"
    r"otr[oa]s|restantes|altri|rimanenti|overige|resterende|restantes|demais)\s+$"
)
UNIT_WINDOW_WORDS = 7
# a second count sharing the unit noun: "300,000 and 200,000 stacks", "3.000 et 2.000 puces"
_SHARED_UNIT = re.compile(r"^ (?:and|et|und|y|e|en) \d[\d.,' ]*(?=\s)")
_DATE_COUNTERS = ("년", "年", "월", "月", "일", "日")
_GLUED_CODE = {"원": "KRW", "円": "JPY", "엔": "JPY", "달러": "USD", "ドル": "USD", "위안": "CNY",
               "元": "CNY", "유로": "EUR", "ユーロ": "EUR"}
_GLUED_CCY = re.compile("|".join(sorted(_GLUED_CODE, key=len, reverse=True)))
# the counter may carry a particle ("3천장이", "16만개를")
_GLUED_COUNTER = re.compile(
    "(?:개|장|대|기|枚|個|台|基)(?![가-힣])|(?:개|장|대)(?=[이을를은는도씩과와에의](?:[^가-힣]|$))"
)
_MEASURE = re.compile(
    r" ?(?:㎜|㎚|mm|nm|cm|-mm|-nm|인치|밀리미터|나노|ミリ|インチ|inch|-inch|zoll|pouces)(?!\w)"
)


@dataclass(frozen=True, slots=True)
class Amount:
    kind: str  # "units" or "money"
    value: float
    qualifier: Qualifier
    start: int  # the number
    end: int  # end of number and its unit or currency
    unit: Unit | None = None
    currency: str | None = None
    converted: bool = False  # a bracketed restatement of the money before it
    inherited: bool = False  # bare number that took its unit from the list it is in


def _lex(hits: list[tuple[int, int, str, str]], cat: str) -> list[tuple[int, int, str]]:
    return [(s, e, v) for s, e, c, v in hits if c == cat]


def find_amounts(
    nums: list[NumberMention],
    hits: list[tuple[int, int, str, str]],
    norm: str,
    low: str,
    lang: str,
    sent_start: int,
    sent_end: int,
    last_unit: Unit | None,
) -> list[Amount]:
    """Money and unit counts among the numbers of one sentence (in text order)."""
    units = _lex(hits, "unit")
    counts = _lex(hits, "count")
    ccys = _lex(hits, "currency")
    cjk = lang in CJK_LANGS
    out: list[Amount] = []
    for n in nums:
        if n.percent:
            continue
        money = _money(n, ccys, norm, low)
        if money is not None:
            out.append(money)
            continue
        if out and out[-1].kind == "money" and n.scaled and n.value >= 1e6:
            prev = out[-1]
            # "... 20 trillion won, and 1 million HBM stacks": a unit noun makes it a count
            if n.start - prev.end < 120 and not _unit_after(n, units, counts, low, sent_end, cjk):
                out.append(Amount("money", n.value, n.qualifier, n.start, n.end,
                                  currency=prev.currency))
                continue
        if _MEASURE.match(low, n.end):
            continue  # "12인치(300㎜) 웨이퍼", "a 300 mm wafer": a size, not a count
        if cjk and low.startswith(_DATE_COUNTERS, n.end):
            continue  # "2030년까지 AI 반도체": a year, month or day
        year_like = n.plain and 1900 <= n.value <= 2100
        if year_like and not _counted_right_after(n, units, counts, low):
            continue  # a year
        unit = _unit_after(n, units, counts, low, sent_end, cjk)
        if unit is None and cjk:
            unit = _unit_cjk(n, units, counts, low, sent_start, last_unit)
        if unit is not None:
            _, u, end = unit
            if u is None:
                u = _unit_before(n, units, sent_start) or last_unit
                if u is None:
                    continue  # "a million units" of what? no chip named so far
            out.append(Amount("units", n.value, n.qualifier, n.start, end, unit=u))
            continue
        if (
            (not n.spelled or n.value >= 1000)  # "will receive ten thousand, Jio 6,000"
            and n.value >= 100
            and n.value == int(n.value)
            and not (n.plain and 1900 <= n.value <= 2100)
            and (
                _BARE_AFTER.match(low[n.end : n.end + 16])
                or _BARE_BEFORE.search(low, max(0, n.start - 14), n.start)
            )
        ):
            out.append(Amount("units", n.value, n.qualifier, n.start, n.end, inherited=True))
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if a.kind == b.kind == "money" and _PAREN_OPEN.match(norm[a.end : b.start]):
            out[i] = replace(b, converted=True)
    return out


# Before a year: "in 2026 chips ...", "depuis 2024", "bis 2030".
_YEAR_BEFORE = re.compile(
    r"(?:\b(?:in|by|since|from|until|through|before|after|en|dans|depuis|jusqu'en|d'ici|im|"
    r"seit|bis|ab|nel|dal|entro|desde|hasta|para|em|até|sinds|tot|vanaf)|[,(]) $"
)


_NAME_GAP = re.compile(r" ?(?:[^\W\d_][\w-]* ){0,2}$")


def _counted_right_after(
    n: NumberMention,
    units: list[tuple[int, int, str]],
    counts: list[tuple[int, int, str]],
    low: str,
) -> bool:
    """'2000 GPUs', '2048 Nvidia GPUs', '2000基': a number in the years' range is a count when
    a unit noun or counter follows it, at most a maker's name between, and no year preposition
    comes before it."""
    if _YEAR_BEFORE.search(low, max(0, n.start - 12), n.start):
        return False
    return any(n.end <= s <= n.end + 30 and _NAME_GAP.match(low, n.end, s)
               for s, _, _ in (*units, *counts))


def _money(
    n: NumberMention, ccys: list[tuple[int, int, str]], norm: str, low: str
) -> Amount | None:
    pm = _PREFIX_CCY.search(norm, max(0, n.start - 6), n.start)
    if pm is not None and pm.end() == n.start:
        code = _PREFIX_CODE.get(pm.group(1).replace(" ", ""), "USD")
        end = n.end
        # "$3 bn-won" style is rare; a currency word right after overrides "$"
        for s, e, v in ccys:
            if s >= n.end and _MONEY_GAP.match(low[n.end : s]):
                code, end = v, e
                break
        return Amount("money", n.value, n.qualifier, n.start, end, currency=code)
    for s, e, v in ccys:
        if s < n.end:
            continue
        if _MONEY_GAP.match(low[n.end : s]):
            return Amount("money", n.value, n.qualifier, n.start, e, currency=v)
        break
    # "3천400억원", "15億円": a currency written onto the number's own word
    glued = _GLUED_CCY.match(low, n.end)
    if glued is not None:
        return Amount("money", n.value, n.qualifier, n.start, glued.end(),
                      currency=_GLUED_CODE[glued.group()])
    return None


def _unit_after(
    n: NumberMention,
    units: list[tuple[int, int, str]],
    counts: list[tuple[int, int, str]],
    low: str,
    sent_end: int,
    cjk: bool,
) -> tuple[str, Unit | None, int] | None:
    """A unit noun (or counter) shortly after the number, with nothing list-like between."""
    best: tuple[int, int, str, bool] | None = None
    for s, e, v in units:
        if s >= n.end:
            best = (s, e, v, True)
            break
    for s, e, _ in counts:
        if s >= n.end and (best is None or s < best[0]):
            best = (s, e, "", False)
            break
    if best is None:
        return None
    s, e, v, is_unit = best
    gap = low[n.end : s]
    if cjk:
        if len(gap.strip()) > (2 if not is_unit else 6):
            return None
    else:
        gap = _SHARED_UNIT.sub(" ", gap)  # "300,000 and 200,000 stacks"
        gap = _SPEC_GAP.sub(" ", gap)  # "100,000 12-high HBM3E stacks"
        gap = _GENERATION.sub("x", gap)
        if _UNIT_GAP_STOP.search(gap) or len(gap.split()) > UNIT_WINDOW_WORDS:
            return None
    return ("unit" if is_unit else "count", Unit(v) if is_unit else None, e)


def _unit_cjk(
    n: NumberMention,
    units: list[tuple[int, int, str]],
    counts: list[tuple[int, int, str]],
    low: str,
    sent_start: int,
    last_unit: Unit | None,
) -> tuple[str, Unit | None, int] | None:
    for s, e, _ in counts:
        if s >= n.end and len(low[n.end : s].strip()) <= 1:
            return ("count", _unit_before(n, units, sent_start), e)
    # "16만개", "1万2000個": a counter written onto the number's own word is no separate token
    glued = _GLUED_COUNTER.match(low, n.end)
    if glued is not None:
        return ("count", _unit_before(n, units, sent_start), glued.end())
    return None


def _unit_before(
    n: NumberMention, units: list[tuple[int, int, str]], sent_start: int
) -> Unit | None:
    best: Unit | None = None
    for s, e, v in units:
        if sent_start <= s and e <= n.start:
            best = Unit(v)
    return best
