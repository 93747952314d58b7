"""Score tagger predictions against labelled stories.

Tags: precision, recall and F1 per tag over stories. Deals are scored as facts: each labelled
deal with a quantity gives (buyer, quantity), each with an amount_usd (buyer, amount_usd); a
predicted fact matches when the quantity is equal (money: within 2 %) and the buyer is the
same party under any of its names (a labelled null buyer is matched through its country).
Each fact matches once. Language: share of stories whose ISO 639-1 code is right.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from shared.tagging.knowledge import Knowledge

TAGS = ("ai-chips", "korea")
_SEP = re.compile(r"[\s\.\,\-\_\'\"\(\)]+")
_SUFFIXES = re.compile(r"\b(co|ltd|inc|corp|corporation|plc|ag|sa|gmbh|group|holdings|the)\b")
Fact = tuple[str, str | None, float, str | None]  # kind, buyer, value, buyer country


def norm(name: object) -> str:
    if not name:
        return ""
    s = unicodedata.normalize("NFKC", str(name)).casefold()
    return _SEP.sub(" ", s).strip()


class PartyNames:
    """Every spelling of a party mapped to one key: aliases, 'party' links, country codes."""

    def __init__(self, kb: Knowledge) -> None:
        self._key: dict[str, str] = {}
        for e in kb.entities:
            key = norm(e.party or e.name)
            for alias in (e.name, *e.aliases):
                self._key.setdefault(norm(alias), key)
            if e.kind == "country" and e.country:
                self._key.setdefault(norm(e.country), key)

    def canon(self, name: object) -> str:
        s = norm(name)
        if s in self._key:
            return self._key[s]
        return _SUFFIXES.sub("", s).strip()

    def same(self, gold: object, pred: object) -> bool:
        if not gold:
            return True  # the story leaves the party open
        if not pred:
            return False
        g, p = self.canon(gold), self.canon(pred)
        if g == p:
            return True
        short, long_ = sorted((g.replace(" ", ""), p.replace(" ", "")), key=len)
        return len(short) >= 3 and short in long_


def facts(deals: Iterable[Mapping[str, Any]] | None) -> list[Fact]:
    out: list[Fact] = []
    for d in deals or []:
        buyer = d.get("buyer") or d.get("buyer_country")
        q = d.get("quantity")
        if isinstance(q, int | float) and q > 0:
            out.append(("units", buyer, float(q), d.get("buyer_country")))
        a = d.get("amount_usd")
        if isinstance(a, int | float) and a > 0:
            out.append(("usd", buyer, float(a), d.get("buyer_country")))
    return out


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 3), round(r, 3), round(f, 3)


@dataclass
class Report:
    stories: int = 0
    missing_predictions: int = 0
    language_ok: int = 0
    tag_counts: dict[str, list[int]] = field(default_factory=lambda: {t: [0, 0, 0] for t in TAGS})
    deal_counts: list[int] = field(default_factory=lambda: [0, 0, 0])
    misses: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        n = self.stories or 1
        return {
            "stories": self.stories,
            "missing_predictions": self.missing_predictions,
            "language_accuracy": round(self.language_ok / n, 3),
            **{f"{t}_prf": prf(*self.tag_counts[t]) for t in TAGS},
            "deal_facts_prf": prf(*self.deal_counts),
            "deal_facts_gold": self.deal_counts[0] + self.deal_counts[2],
        }


def _match(g: Fact, p: Fact, names: PartyNames) -> bool:
    if g[0] != p[0]:
        return False
    if g[0] == "units" and g[2] != p[2]:
        return False
    if g[0] == "usd" and abs(g[2] - p[2]) > 0.02 * g[2]:
        return False
    if names.same(g[1], p[1]):
        return True
    return bool(g[3] and p[3] and g[3] == p[3] and names.same(g[1], p[3]))


def score(
    labels: Iterable[Mapping[str, Any]],
    predictions: Mapping[str, Mapping[str, Any]],
    names: PartyNames,
) -> Report:
    """Score predictions (by story id) against labelled stories (``expect`` per SCHEMA)."""
    rep = Report()
    for item in labels:
        rep.stories += 1
        sid, exp = str(item["id"]), item["expect"]
        pred = predictions.get(sid)
        if pred is None:
            rep.missing_predictions += 1
            pred = {}
        got_tags = set(pred.get("tags") or [])
        for t in TAGS:
            g, p = t in exp["tags"], t in got_tags
            counts = rep.tag_counts[t]
            counts[0] += g and p
            counts[1] += p and not g
            counts[2] += g and not p
            if g != p:
                rep.misses.append(f"{sid} {t}: expected {g}, got {p}")
        if (pred.get("language") or "")[:2] == item.get("lang"):
            rep.language_ok += 1
        elif "error" not in pred:
            rep.misses.append(f"{sid} language: expected {item.get('lang')}, "
                              f"got {pred.get('language')}")
        if "error" in pred:
            rep.misses.append(f"{sid} error: {pred['error']}")
        gold_facts, got_facts = facts(exp.get("deals")), facts(pred.get("deals"))
        used: set[int] = set()
        for gf in gold_facts:
            hit = next(
                (i for i, pf in enumerate(got_facts) if i not in used and _match(gf, pf, names)),
                None,
            )
            if hit is None:
                rep.deal_counts[2] += 1
                rep.misses.append(f"{sid} deal missed: {gf[0]} {gf[1]} {gf[2]:g}")
            else:
                used.add(hit)
                rep.deal_counts[0] += 1
        for i, pf in enumerate(got_facts):
            if i not in used:
                rep.deal_counts[1] += 1
                rep.misses.append(f"{sid} deal spurious: {pf[0]} {pf[1]} {pf[2]:g}")
    return rep
