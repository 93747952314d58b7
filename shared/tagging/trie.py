"""One compiled regex for many literal terms, matched in one pass (an Aho-Corasick stand-in).

Terms are folded to lower case and arranged in a trie, which is written out as a nested
regex alternation: at each text position the regex engine follows one branch per character
instead of trying every term. The longest term wins at a position. Word boundaries are
checked after the match for terms that begin or end with a Latin letter or digit, so that
``sk`` does not match inside ``risk`` while Korean particles (``삼성전자는``) still match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

_WORDISH = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ɏ]")


def is_wordish(ch: str) -> bool:
    """A Latin letter or digit: the characters a word boundary is about."""
    return bool(ch) and _WORDISH.match(ch) is not None


def _trie_regex(node: dict[str, object]) -> str:
    """Regex for a trie node; the key '' marks the end of a term."""
    branches: list[str] = []
    singles: list[str] = []
    for ch, child in sorted(node.items()):
        if ch == "":
            continue
        assert isinstance(child, dict)
        sub = _trie_regex(child)
        if sub == "":
            singles.append(ch)
        else:
            branches.append(re.escape(ch) + sub)
    if singles:
        if len(singles) == 1:
            branches.append(re.escape(singles[0]))
        else:
            branches.append("[" + "".join(re.escape(c) for c in singles) + "]")
    terminal = "" in node
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if terminal:
        # Greedy optional: the longer term is tried first, the shorter one is the fallback.
        if len(branches) == 1 and len(body) == 1:
            return body + "?"
        return "(?:" + body + ")?"
    return body


def build_regex(terms: Iterable[str]) -> re.Pattern[str] | None:
    trie: dict[str, object] = {}
    count = 0
    for term in terms:
        if not term:
            continue
        node = trie
        for ch in term:
            nxt = node.setdefault(ch, {})
            assert isinstance(nxt, dict)
            node = nxt
        node[""] = True
        count += 1
    if not count:
        return None
    return re.compile(_trie_regex(trie))


@dataclass(frozen=True)
class Hit(Generic[T]):
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
        self.rx = build_regex(terms)

    def finditer(self, hay: str) -> Iterator[Hit[tuple[T, ...]]]:
        rx = self.rx
        if rx is None:
            return
        search = rx.search
        terms = self.terms
        pos = 0
        n = len(hay)
        while pos < n:
            m = search(hay, pos)
            if m is None:
                return
            s, e = m.span()
            end = self._fit(hay, s, e)
            if end is None:
                pos = s + 1
                continue
            term = hay[s:end]
            yield Hit(s, end, term, terms[term].payloads)
            pos = end

    def _fit(self, hay: str, s: int, e: int) -> int | None:
        """The end of the longest term at s that respects its word boundaries."""
        n = len(hay)
        left_ok = s == 0 or not (is_wordish(hay[s]) and is_wordish(hay[s - 1]))
        for end in range(e, s, -1):
            info = self.terms.get(hay[s:end])
            if info is None:
                continue
            if info.left and not left_ok:
                continue
            if info.right and end < n and is_wordish(hay[end - 1]) and is_wordish(hay[end]):
                continue
            return end
        return None


def parse_spec(spec: str) -> tuple[str, bool, bool, bool]:
    """``=Term`` is case-sensitive, ``*term`` may end a longer word, ``term*`` may begin one."""
    cs = spec.startswith("=")
    if cs:
        spec = spec[1:]
    left = not spec.startswith("*")
    right = not spec.endswith("*")
    return spec.strip("*"), cs, left, right


class TermMatcher(Generic[T]):
    """Find every known term in a text in one left-to-right pass per case mode.

    ``lowered`` must be ``text.lower()`` with the same length (see ``text.fold``). Hits of the
    case-sensitive and case-insensitive terms are merged in text order; a term can carry
    several payloads.
    """

    def __init__(self, specs: Iterable[tuple[str, T]]) -> None:
        tables: dict[bool, dict[str, tuple[list[T], bool, bool]]] = {False: {}, True: {}}
        for spec, payload in specs:
            term, cs, left, right = parse_spec(spec)
            if not term:
                continue
            key = term if cs else term.lower()
            entry = tables[cs].setdefault(key, ([], left, right))
            if payload not in entry[0]:
                entry[0].append(payload)
        self._tries = [
            _Trie({k: _Term(tuple(v[0]), v[1], v[2]) for k, v in table.items()}, cs)
            for cs, table in tables.items()
            if table
        ]

    def __bool__(self) -> bool:
        return bool(self._tries)

    def find_all(self, text: str, lowered: str) -> list[Hit[tuple[T, ...]]]:
        hits: list[Hit[tuple[T, ...]]] = []
        for trie in self._tries:
            hits.extend(trie.finditer(text if trie.case_sensitive else lowered))
        if len(self._tries) > 1:
            hits.sort(key=lambda h: (h.start, -h.end))
            hits = _drop_overlaps(hits)
        return hits


def _drop_overlaps(hits: list[Hit[tuple[T, ...]]]) -> list[Hit[tuple[T, ...]]]:
    out: list[Hit[tuple[T, ...]]] = []
    last_end = -1
    for h in hits:
        if h.start >= last_end:
            out.append(h)
            last_end = h.end
    return out
