"""How numbers are written in each language, compiled from ``numbers.json``: scale words,
qualifiers before and after a number, range words, percent signs; and the spelled-out numbers
("zwei Millionen", "twenty-five thousand", "zehntausend") the lexicon looks for."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from shared.models.tagging import Qualifier

_LATIN = r"A-Za-zÀ-ÖØ-öø-ÿ"


@dataclass(frozen=True)
class NumberRules:
    decimal_comma: frozenset[str]
    scales: dict[str, re.Pattern[str]]
    scale_values: dict[str, dict[str, float]]
    attached: dict[str, float]
    cjk_units: dict[str, float]
    qualifiers: dict[str, re.Pattern[str]]
    qualifier_kind: dict[str, Qualifier]
    post_qualifier: re.Pattern[str]
    post_kind: dict[str, Qualifier]
    range_open: dict[str, re.Pattern[str]]
    range_link: dict[str, re.Pattern[str]]
    percent: re.Pattern[str]
    # "ein Auftrag über 2 Mrd.": after these nouns the qualifier word only introduces the sum
    not_qualifying: dict[str, re.Pattern[str]]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> NumberRules:
        scales: dict[str, re.Pattern[str]] = {}
        values: dict[str, dict[str, float]] = {}
        for lang, table in data["scales"].items():
            words = {k.lower(): float(v) for k, v in table.items()}
            values[lang] = words
            alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
            scales[lang] = re.compile(rf" ?-? ?({alts})(?![{_LATIN}])")
        quals: dict[str, re.Pattern[str]] = {}
        kind: dict[str, Qualifier] = {}
        langs = {lang for forms in data["qualifiers"].values() for lang in forms}
        for lang in langs:
            phrases: list[str] = []
            for q, forms in data["qualifiers"].items():
                for p in forms.get(lang, []):
                    phrases.append(p.lower())
                    kind[p.lower()] = Qualifier(q)
            alts = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
            # Korean and Japanese qualifiers may follow a Latin word directly ("GPU約2000基")
            edge = "" if lang in ("ko", "ja") else rf"(?:^|[^{_LATIN}])"
            if alts:
                quals[lang] = re.compile(
                    rf"{edge}({alts}) ?(?:de |d'|of )?(?:[$€£]|us\$)?$"
                )
        post_kind = {p: Qualifier(q) for q, forms in data["post_qualifiers"].items() for p in forms}
        post_alts = "|".join(re.escape(p) for p in sorted(post_kind, key=len, reverse=True))
        post = re.compile(
            rf" ?(?:[가-힣]{{1,2}} ?|[個个枚台円원]|달러 ?|ウォン|ドル)?({post_alts})"
        )
        opens = {
            lang: re.compile(rf"(?:^|[^{_LATIN}])(?:{'|'.join(map(re.escape, ws))}) ?$")
            for lang, ws in data["range_openers"].items()
            if ws
        }
        links = {
            lang: re.compile(rf"^ ?(?:{'|'.join(map(re.escape, ws))}) ?$")
            for lang, ws in data["range_links"].items()
        }
        pct_alts = "|".join(re.escape(p) for p in sorted(data["percent"], key=len, reverse=True))
        return cls(
            decimal_comma=frozenset(data["decimal_comma"]),
            scales=scales,
            scale_values=values,
            attached={k: float(v) for k, v in data["attached_scales"].items()},
            cjk_units={k: float(v) for k, v in data["cjk_units"].items()},
            qualifiers=quals,
            qualifier_kind=kind,
            post_qualifier=post,
            post_kind=post_kind,
            range_open=opens,
            range_link=links,
            percent=re.compile(rf" ?({pct_alts})"),
            not_qualifying={
                lang: re.compile(
                    rf"\b(?:{'|'.join(map(re.escape, spec['nouns']))}) "
                    rf"(?:{'|'.join(map(re.escape, spec['words']))}) ?(?:[$€£]|us\$)?$"
                )
                for lang, spec in data.get("not_qualifying", {}).items()
            },
        )


def spelled_specs(data: dict[str, Any], lang: str) -> list[tuple[str, float]]:
    """Spelled-out numbers before a scale word ('zwei Millionen', 'un quart de million', 'diez
    mil') or fused with it ('zehntausend')."""
    langs = list(data["words"]) if lang == "xx" else [lang]
    specs: list[tuple[str, float]] = []
    for lg in langs:
        words = {k.lower(): float(v) for k, v in data["scales"].get(lg, {}).items()}
        big = {w: v for w, v in words.items() if v >= 1e3 and len(w) > 3}
        big.update({w: words[w] for w in data.get("short_spelled_scales", {}).get(lg, ())})
        joined = data.get("joined_scales", {}).get(lg, ())
        for word, n in _with_tens_units(data, lg).items():
            for sw, sv in big.items():
                specs.append((f"{word} {sw}", n * sv))
            for sw in joined:  # one word: "zehntausend", "diecimila", "tienduizend"
                specs.append((f"{word}{sw}", n * words[sw]))
        for frac, f in data["fractions"].get(lg, {}).items():
            sep = "" if frac.endswith("-") else " "
            for sw, sv in big.items():
                specs.append((f"{frac}{sep}{sw}", f * sv))
        for word, n in data.get("compounds", {}).get(lg, {}).items():
            specs.append((word, float(n)))
    return specs


def _with_tens_units(data: dict[str, Any], lang: str) -> dict[str, float]:
    """The number words plus tens-and-units compounds ('twenty-five', 'fünfundzwanzig') and
    hundreds ('two hundred', 'zweihundert')."""
    words = {k: float(v) for k, v in data["words"].get(lang, {}).items()}
    units = {w: n for w, n in words.items() if 2 <= n <= 9 or (n == 1 and len(w) > 3)}
    out = dict(words)
    form = data.get("tens_units", {}).get(lang)
    if form:
        tens = {w: n for w, n in words.items() if n in _TENS}
        for t, tn in tens.items():
            for u, un in units.items():
                out.setdefault(form.format(t=t, u=u), tn + un)
    hundreds = data.get("hundreds", {}).get(lang)
    if hundreds:  # "two hundred", "deux cent", "zweihundert"
        for u, un in units.items():
            out.setdefault(hundreds.format(u=u), un * 100)
    return out


_TENS = frozenset(float(n) for n in range(20, 100, 10))
