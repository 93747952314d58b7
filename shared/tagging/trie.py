"""The matching machinery of the lexicon: token classes, the hit type, Aho-Corasick automata.

Terms are matched as token sequences (tokens: Latin words, digit runs, Hangul words, Kana/Han
runs, single marks). Aho-Corasick automata (Rust, ``ahocorasick_rs``; about five times faster
than ``pyahocorasick`` on a large vocabulary) find every term at once, in the lower-cased text
(case-sensitive terms: in the text as written); a match counts where it starts and ends on
token boundaries, which two characters tell. Spellings with and without a space where the
script changes ("AI 반도체" / "AI반도체", "H100" / "H 100") are both keys.
"""

from __future__ import annotations

import re
from itertools import pairwise, product
from typing import Generic, NamedTuple, TypeVar

import ahocorasick_rs

T = TypeVar("T")

_TOKEN = re.compile(
    "[A-Za-z\u00c0-\u024f]+|[0-9]+"  # Latin words; digits apart (GPU1万, H100)
    "|[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]+"  # Hangul
    "|[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+"  # Kana, Han
    "|\\S"
)


_KANA_HAN = re.compile("[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


class Hit(NamedTuple, Generic[T]):
    start: int
    end: int
    term: str
    payload: T


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


def _cls(ch: str) -> str:
    """Token class of a character: Latin letter, digit, Hangul, Kana/Han, space, mark."""
    if ch.isspace():
        return "S"
    if ch.isdigit() and ch.isascii():
        return "D"
    if ("a" <= ch <= "z") or ("A" <= ch <= "Z") or ("\u00c0" <= ch <= "\u024f"):
        return "L"
    if (
        "\uac00" <= ch <= "\ud7a3" or "\u1100" <= ch <= "\u11ff" or "\u3130" <= ch <= "\u318f"
    ):
        return "H"
    if _KANA_HAN.match(ch):
        return "K"
    return "P"


_CLS: dict[str, str] = {chr(c): _cls(chr(c)) for c in range(0x250)}
# The class of each Latin-1 character as a byte ("L", "S"...), for bytes.translate; a
# character before the text is "\0" (never a class), one after it a space ("S").
_CODES = bytes(ord(_CLS[chr(c)]) for c in range(256))
_MARK = ord("P")


def latin_codes(low: bytes) -> bytes:
    """The class code of each character of a Latin-1 text, padded by one at each end."""
    return b"\0" + low.translate(_CODES) + b"S"


def _class_of(ch: str) -> str:
    return _CLS.setdefault(ch, _cls(ch))


def _boundary(a: str, b: str) -> bool:
    """Whether a token ends between the adjacent characters a and b."""
    ca = _CLS.get(a) or _class_of(a)
    cb = _CLS.get(b) or _class_of(b)
    return ca != cb or cb == "P"


def _variants(term: str) -> list[str]:
    """The term with and without a space where the script changes (at most 3 such places)."""
    toks = [(m.start(), m.end()) for m in _TOKEN.finditer(term)]
    parts = [term[toks[0][0] : toks[0][1]]] if toks else []
    seps: list[tuple[str, ...]] = []
    for (_, e0), (s1, e1) in pairwise(toks):
        gap = " " if term[e0:s1].strip() == "" and s1 > e0 else ""
        c0, c1 = _cls(term[e0 - 1]), _cls(term[s1])
        if c0 != c1 and "P" not in (c0, c1) and len(seps) < 3:
            seps.append(("", " "))
        else:
            seps.append((gap,))
        parts.append(term[s1:e1])
    out: list[str] = []
    for combo in product(*seps):
        v = parts[0] + "".join(sep + p for sep, p in zip(combo, parts[1:], strict=True))
        if v not in out:
            out.append(v)
    return out


Payload = tuple[str, str, str]  # layer, category, value


ByLayer = dict[str, tuple[tuple[str, str], ...]]


LayerHits = dict[str, list[Hit[tuple[tuple[str, str], ...]]]]


def _merge(old: ByLayer | None, p: Payload) -> ByLayer:
    out = dict(old or {})
    cur = out.get(p[0], ())
    if (p[1], p[2]) not in cur:
        out[p[0]] = (*cur, (p[1], p[2]))
    return out


# An entry of the automaton: key length, left boundary needed (not a "*suffix" term), right
# boundary needed (not a "stem*"), payloads, rank, token class of the key's first and last
# characters (a mark is a token of its own: "").
_Entry = tuple[int, bool, bool, ByLayer, int, str, str]
# The same for Latin-1 text: left and right boundary needed, -rank, class codes of the first
# and last characters (-1, never a code, for a mark), payloads by layer.
_LatinEntry = tuple[bool, bool, int, int, int, tuple[tuple[str, tuple[tuple[str, str], ...]], ...]]
Cands = dict[str, list[tuple[int, int, int, tuple[tuple[str, str], ...]]]]
# An automaton over few keys is small as a DFA (a few KiB), and twice as fast over a story;
# over the thousands of entity and deal words DFAs take 64 MB in all for ~3 us per scan.
_DFA_MAX_KEYS = 500


class _Automaton:
    """Two Aho-Corasick automata: case-folded terms over the folded text, and case-sensitive
    terms ("=AI", "=US") over the text as written, so that "ai" in "said" or "us" in "plus"
    is never a candidate (those were two thirds of all candidates). Built over ``str`` for
    any text, and over Latin-1 bytes, where a byte offset is a character offset."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, bool], list[_Entry]] = {}
        self._autos: list[tuple[bool, ahocorasick_rs.AhoCorasick, list[tuple[_Entry, ...]]]] = []
        self._latin: list[
            tuple[bool, ahocorasick_rs.BytesAhoCorasick, list[tuple[_LatinEntry, ...]]]
        ] = []

    def add(self, term: str, payload: Payload, prefix: bool, suffix: bool, cs: bool) -> None:
        single = len(_TOKEN.findall(term)) == 1
        left = not (suffix and single and len(term) >= 3)
        right = not prefix or cs
        rank = 2 if cs else (1 if right and left else 0)
        for v in _variants(term):
            key = v if cs else v.lower()
            entries = self._entries.setdefault((key, cs), [])
            for n, (kl, lf, rt, by, rk, fc, lc) in enumerate(entries):
                if (lf, rt) == (left, right):
                    entries[n] = (kl, lf, rt, _merge(by, payload), rk, fc, lc)
                    break
            else:
                fc, lc = _cls(key[0]), _cls(key[-1])
                entries.append((len(key), left, right, _merge(None, payload), rank,
                                "" if fc == "P" else fc, "" if lc == "P" else lc))

    def _group(self, cased: bool) -> list[tuple[str, tuple[_Entry, ...]]]:
        return [(key, tuple(es)) for (key, cs), es in self._entries.items() if cs == cased]

    def _latin_group(self, cased: bool) -> list[tuple[bytes, tuple[_LatinEntry, ...]]]:
        # Latin-1 text holds only Latin-1 keys; as bytes, the automaton need not map UTF-8
        # offsets back to characters (2 us a scan).
        return [(k.encode("latin-1"), _latin_entries(es))
                for k, es in self._group(cased) if _fits_latin(k)]

    def build(self) -> None:
        for cased in (False, True):
            group = self._group(cased)
            if group:
                matcher = ahocorasick_rs.AhoCorasick(
                    [key for key, _ in group], matchkind=ahocorasick_rs.MatchKind.Standard
                )
                self._autos.append((cased, matcher, [es for _, es in group]))
            latin = self._latin_group(cased)
            if latin:
                self._latin.append((cased, _bytes_matcher([k for k, _ in latin]),
                                    [es for _, es in latin]))

    @staticmethod
    def share_latin(autos: list[_Automaton]) -> None:
        """One automaton over Latin-1 text for all of ``autos`` (their keys together), each
        with its own entries (none for another's keys). The tables of one automaton per
        language are mostly out of the CPU caches when a story in that language comes; a
        shared one stays in (~9 us a story for the entity and topic terms, for 2 % more
        matches). Found hits are the same."""
        for cased in (False, True):
            groups = [dict(a._latin_group(cased)) for a in autos]
            keys = list(dict.fromkeys(k for g in groups for k in g))
            if not keys:
                continue
            matcher = _bytes_matcher(keys)
            for a, g in zip(autos, groups, strict=True):
                table = [g.get(k, ()) for k in keys]
                a._latin = [x for x in a._latin if x[0] != cased] + [(cased, matcher, table)]
                a._latin.sort(key=lambda x: x[0])

    def find_latin(self, norm: bytes, low: bytes, codes: bytes, cands: Cands) -> None:
        """``find_plain`` over Latin-1 bytes: the class of character i is ``codes[i + 1]``."""
        for cased, matcher, payloads in self._latin:
            text = norm if cased else low
            for index, key_start, end in matcher.find_matches_as_indexes(text, overlapping=True):
                after = codes[end + 1]
                for left, right, neg_rank, first, last, layers in payloads[index]:
                    if right and after == last:
                        continue  # the word runs on
                    start = key_start
                    if codes[start] == first:
                        if left:
                            continue
                        while start and codes[start] == codes[start + 1] != _MARK:
                            start -= 1  # "*chips": the whole token that ends so
                    for layer, pl in layers:
                        item = (start, -end, neg_rank, pl)
                        if layer in cands:
                            cands[layer].append(item)
                        else:
                            cands[layer] = [item]

    def find_plain(self, norm: str, low: str, cands: Cands) -> None:
        n = len(low)
        cls = _CLS.get
        for cased, matcher, payloads in self._autos:
            text = norm if cased else low
            for index, key_start, end in matcher.find_matches_as_indexes(text, overlapping=True):
                after = low[end] if end < n else " "
                after_cls = cls(after) or _class_of(after)
                for _, left, right, by, rank, first_cls, last_cls in payloads[index]:
                    if right and after_cls == last_cls:
                        continue  # the word runs on
                    start = key_start
                    if start:
                        before = low[start - 1]
                        if (cls(before) or _class_of(before)) == first_cls:
                            if left:
                                continue
                            while start and not _boundary(low[start - 1], low[start]):
                                start -= 1  # "*chips": the whole token that ends so
                    for layer, pl in by.items():
                        item = (start, -end, -rank, pl)
                        if layer in cands:
                            cands[layer].append(item)
                        else:
                            cands[layer] = [item]


def settle(cands: Cands) -> LayerHits:
    """Per layer: the candidates in text order, the longest first, without overlaps."""
    out: LayerHits = {}
    new = tuple.__new__  # NamedTuple's own __new__ is Python code: twice as slow
    for layer, items in cands.items():
        items.sort()
        hits = out[layer] = []
        last_end = -1
        for start, neg_end, _, pl in items:
            if start >= last_end:
                hits.append(new(Hit, (start, -neg_end, "", pl)))
                last_end = -neg_end
    return out


def _bytes_matcher(keys: list[bytes]) -> ahocorasick_rs.BytesAhoCorasick:
    return ahocorasick_rs.BytesAhoCorasick(
        keys,
        matchkind=ahocorasick_rs.MatchKind.Standard,
        implementation=ahocorasick_rs.Implementation.DFA if len(keys) <= _DFA_MAX_KEYS else None,
    )


def _fits_latin(key: str) -> bool:
    try:
        key.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


# Equal entries of any key and language, built once: ~10 MiB less for 8 languages.
_SAME: dict[tuple[_LatinEntry, ...], tuple[_LatinEntry, ...]] = {}


def _latin_entries(entries: tuple[_Entry, ...]) -> tuple[_LatinEntry, ...]:
    out = tuple(
        (left, right, -rank, ord(first) if first else -1, ord(last) if last else -1,
         tuple(by.items()))
        for _, left, right, by, rank, first, last in entries
    )
    return _SAME.setdefault(out, out)
