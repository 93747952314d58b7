"""Reading numbers as wire copy writes them, in every language the tagger reads.

Handles thousands separators (``260'000``, ``260,000``, ``260 000`` with any no-break space,
``260.000``), decimal commas by language (``1,2 Mio.``), scale words (``1.2 million``,
``5.000 milliards``, ``260k``, ``$3 bn``), spelled-out numbers before a scale word
(``zwei Millionen``, ``un quart de million``, ``half a million``), Korean and Japanese
myriad units (``26만``, ``2조1천억``, ``1兆7225億``), qualifiers before or after the number
(``plus de``, ``bis zu``, ``約``, ``이상``) and ranges (lower bound, qualifier ``about``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from shared.models.tagging import Qualifier
from shared.tagging.lexicon import Tokens
from shared.tagging.number_rules import NumberRules
from shared.tagging.trie import Hit

_LATIN = r"A-Za-zÀ-ÖØ-öø-ÿ"
_CJK_UNITS = "십백천만억조千百万億兆"
# Starts with a digit so that the regex engine can skip to digits fast; the lookbehinds after
# that first digit check the character before the number.
_NUM = re.compile(
    rf"\d(?:(?<![0-9.,'_]\d)"
    rf"(?P<cjk>[\d.,]*(?:[{_CJK_UNITS}]+(?: ?\d[\d.,]*(?=[{_CJK_UNITS}]))?)+\d*)"
    rf"|(?<![{_LATIN}0-9.,'_]\d)(?P<lat>\d{{0,2}}(?:(?:[,.']| (?=\d{{3}}(?!\d)))\d{{3}})+"
    r"(?:[.,]\d+)?|\d*(?:[.,]\d+)?)"
    # "GPU2,900基", "HBM3000개": a count glued to the unit's acronym, closed by a counter
    r"|(?<=[A-Za-z]\d)(?:\d{0,2}(?:,\d{3})+|\d*)(?=[基個枚台개장대]))(?![0-9])"
)
_SUFFIX = re.compile(rf"([{_LATIN}]+)")


@dataclass(frozen=True, slots=True)
class NumberMention:
    value: float
    start: int
    end: int
    qualifier: Qualifier = Qualifier.EXACT
    scaled: bool = False  # a scale word or unit (million, 억) was part of it
    plain: bool = False  # digits only: no separator, decimal or scale (a year looks like this)
    percent: bool = False
    spelled: bool = False


def _latin_value(raw: str, lang: str, rules: NumberRules) -> tuple[float, bool]:
    """Value of a Latin-digit number and whether it is plain digits."""
    if raw.isdigit():
        return float(raw), True
    seps = [c for c in raw if not c.isdigit()]
    groups = re.split(r"[^\d]", raw)
    if "'" in seps or " " in seps:
        last = seps[-1]
        if last in ".," and len(groups[-1]) != 3:
            return float("".join(groups[:-1]) + "." + groups[-1]), False
        return float("".join(groups)), False
    if len(set(seps)) == 2:
        dec = seps[-1]
        whole, frac = raw.rsplit(dec, 1)
        return float(re.sub(r"\D", "", whole) + "." + frac), False
    sep = seps[0]
    if len(seps) > 1:
        return float("".join(groups)), False
    if len(groups[-1]) != 3:
        return float(groups[0] + "." + groups[1]), False
    comma_decimal = lang in rules.decimal_comma
    thousands = (sep == ".") == comma_decimal
    if thousands:
        return float("".join(groups)), False
    return float(groups[0] + "." + groups[1]), False


def _cjk_value(raw: str, rules: NumberRules) -> float:
    total = 0.0
    section = 0.0
    digits = ""
    for ch in raw.replace(",", "").replace(" ", ""):
        if ch.isdigit() or ch == ".":
            digits += ch
            continue
        unit = rules.cjk_units[ch]
        num = float(digits) if digits else (0.0 if unit >= 1e4 else 1.0)
        digits = ""
        if unit >= 1e4:
            section += num
            total += (section or 1.0) * unit
            section = 0.0
        elif num:
            section += num * unit
        else:
            section = (section or 1.0) * unit
    if digits:
        section += float(digits)
    return total + section


def read_numbers(
    tokens: Tokens,
    lang: str,
    rules: NumberRules,
    spelled: list[Hit[tuple[tuple[str, str], ...]]],
    spans: list[tuple[int, int]] | None = None,
) -> list[NumberMention]:
    """Every number in the text (or in the given spans), in order, with its qualifier;
    ranges become one mention."""
    norm, low = tokens.norm, tokens.low
    if spans is None:
        spans = [(0, len(norm))]
    else:
        spelled = [h for h in spelled if any(a <= h.start < b for a, b in spans)]
    scale_rx = rules.scales.get(lang) or rules.scales["en"]
    scale_vals = rules.scale_values.get(lang) or rules.scale_values["en"]
    out: list[NumberMention] = []
    for m in (m for a, b in spans for m in _NUM.finditer(norm, a, b)):
        start, end = m.span()
        if m.group("cjk") is not None:
            raw = m.group()
            value = _cjk_value(raw, rules)
            scaled = any(c in rules.cjk_units for c in raw)
            plain = False
        else:
            raw = m.group()
            value, plain = _latin_value(raw, lang, rules)
            scaled = False
            suf = _SUFFIX.match(norm, end)
            if suf:
                word = suf.group(1).lower()
                if word in rules.attached:
                    value *= rules.attached[word]
                    end = suf.end()
                    scaled, plain = True, False
                else:
                    sm = scale_rx.match(low, end)
                    if not (sm and sm.start(1) == end):
                        continue  # digits glued to letters: a model name, 5G, 2nm
            if not scaled:
                sm = scale_rx.match(low, end)
                if sm:
                    value *= scale_vals[sm.group(1)]
                    end = sm.end()
                    scaled, plain = True, False
            if not scaled and _SPEC.match(low, end):
                continue  # "12-high HBM stacks", "12-inch wafers": a specification
        out.append(NumberMention(value, start, end, scaled=scaled, plain=plain))
    if spelled:
        for hit in spelled:
            value = float(hit.payload[0][0])
            out.append(NumberMention(value, hit.start, hit.end, scaled=True, spelled=True))
        out.sort(key=lambda n: n.start)
        out = _drop_nested(out)
    return _qualify(out, norm, low, lang, rules)


def _drop_nested(nums: list[NumberMention]) -> list[NumberMention]:
    kept: list[NumberMention] = []
    for n in nums:
        if kept and n.start < kept[-1].end:
            if n.end - n.start > kept[-1].end - kept[-1].start:
                kept[-1] = n
            continue
        kept.append(n)
    return kept


def _qualify(
    nums: list[NumberMention], norm: str, low: str, lang: str, rules: NumberRules
) -> list[NumberMention]:
    qual_rx = rules.qualifiers.get(lang)
    out: list[NumberMention] = []
    skip = False
    for i, n in enumerate(nums):
        if skip:
            skip = False
            continue
        before = low[max(0, n.start - 30) : n.start]
        q = Qualifier.EXACT
        start = n.start
        if qual_rx is not None:
            qm = qual_rx.search(before)
            nq = rules.not_qualifying.get(lang)
            if qm and not (nq is not None and nq.search(before)):
                q = rules.qualifier_kind[qm.group(1)]
        post = rules.post_qualifier.match(low, n.end)
        end = n.end
        if post and q is Qualifier.EXACT:
            q = rules.post_kind[post.group(1)]
        pct = rules.percent.match(low, n.end)
        percent = pct is not None and (
            pct.end() >= len(low) or not low[pct.end()].isalpha() or not pct.group(1).isalpha()
        )
        cur = NumberMention(n.value, start, end, q, n.scaled, n.plain, percent, n.spelled)
        if i + 1 < len(nums):
            nxt = nums[i + 1]
            link = rules.range_link.get(lang) or rules.range_link["en"]
            # "$1 billion to $2 billion", "between €5m and €8m": a currency sign repeats
            gap_text = _drop_sign(low[n.end : nxt.start])
            if link.match(gap_text) and not percent:
                opener = rules.range_open.get(lang)
                gap = gap_text.strip()
                if (opener and opener.search(_drop_sign(before))) or gap in _BARE_LINKS:
                    value = cur.value
                    if not cur.scaled and nxt.scaled and nxt.value >= 1e3 * max(cur.value, 1):
                        value = cur.value * (nxt.value / _unscaled(nxt, norm, lang, rules))
                    cur = replace(cur, value=value, qualifier=Qualifier.ABOUT, end=nxt.end,
                                  scaled=cur.scaled or nxt.scaled, plain=False)
                    skip = True
        out.append(cur)
    return out


_SPEC = re.compile(r"-(?:high|hi|layer|tier|stack)\b|[- ]?(?:inch|nm)\b|-?(?:단|인치|層|インチ)")

_CUR_SIGN = re.compile(r"(?<= )(?:us\$|\$|€|£|¥|₩)(?= ?$)")


def _drop_sign(text: str) -> str:
    """``_CUR_SIGN.sub("", text)``: a sign can only end the text (a space or final newline
    may follow), so only its last characters are searched; the gap between two numbers can
    run to hundreds of characters, and a regex from its start cost ~3 us."""
    m = _CUR_SIGN.search(text, max(0, len(text) - 6))
    return text if m is None else text[: m.start()] + text[m.end() :]

# Range links that need no opening word: "5,000-8,000", "1만에서 2만", "1万〜2万".
_BARE_LINKS = frozenset(("-", "~", "〜", "\uff5e", "to", "bis", "à", "에서", "から"))


def _unscaled(n: NumberMention, norm: str, lang: str, rules: NumberRules) -> float:
    m = _NUM.match(norm, n.start) or _NUM.search(norm, n.start, n.end)
    if m is None or m.group("lat") is None:
        return 1.0
    value, _ = _latin_value(m.group(), lang, rules)
    return value or 1.0
