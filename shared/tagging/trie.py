"""One compiled regex for many literal terms (used for Japanese terms), and the hit type.

Terms are folded to lower case and arranged in a trie, which is written out as a nested
regex alternation: at each text position the regex engine follows one branch per character
instead of trying every term. The longest term wins at a position. Word boundaries are
part of the regex for terms that begin or end with a Latin letter or digit, so that ``sk``
does not match inside ``risk`` while Korean particles (``삼성전자는``) still match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, NamedTuple, TypeVar

T = TypeVar("T")

_WORDISH = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ɏ]")


def is_wordish(ch: str) -> bool:
    """A Latin letter or digit: the characters a word boundary is about."""
    return bool(ch) and _WORDISH.match(ch) is not None


_W = "0-9A-Za-zÀ-ÖØ-öø-ɏ"
_RIGHT = f"(?![{_W}])"
_LEFT = f"(?<![{_W}])"


def _node_regex(node: dict[str, object]) -> str:
    """Regex for a trie node: children first (longest term wins), then the end of a term.

    The key '' marks the end of a term; its value is the right-boundary assertion ('' when
    the term may run into a longer word).
    """
    alts = [re.escape(ch) + _node_regex(child) for ch, child in sorted(node.items())
            if ch and isinstance(child, dict)]
    end = node.get("")
    if isinstance(end, str):
        alts.append(end)
    if len(alts) == 1:
        return alts[0]
    return "(?:" + "|".join(alts) + ")"


def build_regex(terms: Iterable[tuple[str, bool, bool]]) -> re.Pattern[str] | None:
    """One regex for (term, needs left boundary, needs right boundary) triples."""
    tries: dict[bool, dict[str, object]] = {True: {}, False: {}}
    for term, left, right in terms:
        if not term:
            continue
        node = tries[left and is_wordish(term[0])]
        for ch in term:
            nxt = node.setdefault(ch, {})
            assert isinstance(nxt, dict)
            node = nxt
        node[""] = _RIGHT if right and is_wordish(term[-1]) else ""
    parts = []
    if tries[True]:
        parts.append(_LEFT + "(?:" + _node_regex(tries[True]) + ")")
    if tries[False]:
        parts.append("(?:" + _node_regex(tries[False]) + ")")
    return re.compile("|".join(parts)) if parts else None


class Hit(NamedTuple, Generic[T]):
    start: int
    end: int
    term: str
    payload: T


@dataclass(frozen=True)
class _Term(Generic[T]):
    payloads: tuple[T, ...]
    left: bool  # a word boundary is required before the term
    right: bool  # ... and after it


class _Trie(Generic[T]):
    def __init__(self, terms: dict[str, _Term[T]], case_sensitive: bool) -> None:
        self.case_sensitive = case_sensitive
        self.terms = terms
        self.rx = build_regex((k, t.left, t.right) for k, t in terms.items())

    def finditer(self, hay: str) -> Iterator[Hit[tuple[T, ...]]]:
        if self.rx is None:
            return
        terms = self.terms
        for m in self.rx.finditer(hay):
            term = m.group()
            yield Hit(m.start(), m.end(), term, terms[term].payloads)


def parse_spec(spec: str) -> tuple[str, bool, bool, bool]:
    """``=Term`` is case-sensitive, ``*term`` may end a longer word, ``term*`` may begin one."""
    cs = spec.startswith("=")
    if cs:
        spec = spec[1:]
    left = not spec.startswith("*")
    right = not spec.endswith("*")
    return spec.strip("*"), cs, left, right


def _drop_overlaps(hits: list[Hit[tuple[T, ...]]]) -> list[Hit[tuple[T, ...]]]:
    out: list[Hit[tuple[T, ...]]] = []
    last_end = -1
    for h in hits:
        if h.start >= last_end:
            out.append(h)
            last_end = h.end
    return out
