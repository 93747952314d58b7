"""The tagger's lexicon: every term it knows, found in one pass over a story's text.

Terms are matched as token sequences (tokens: Latin words, digit runs, Hangul words, Kana/Han
runs, single marks). Aho-Corasick automata (Rust, ``ahocorasick_rs``; about five times faster
than ``pyahocorasick`` on a large vocabulary) find every term at once, in the lower-cased text
(case-sensitive terms: in the text as written); a match counts where it starts and ends on
token boundaries, which two characters tell. Spellings with and without a space where the
script changes ("AI 반도체" / "AI반도체", "H100" / "H 100") are both keys. Terms in Kana or
Han (Japanese has no spaces) go through a plain substring automaton instead (leftmost-longest).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise, product

import ahocorasick_rs

from shared.tagging.trie import Hit, _drop_overlaps, parse_spec

_TOKEN = re.compile(
    "[A-Za-z\u00c0-\u024f]+|[0-9]+"  # Latin words; digits apart (GPU1万, H100)
    "|[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]+"  # Hangul
    "|[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+"  # Kana, Han
    "|\\S"
)


_CJK_WORD = re.compile("[\uac00-\ud7a3\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


_KANA_HAN = re.compile("[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True, slots=True)
class Tokens:
    """The text the lexicon reads: normalised and lower-cased (same length).

    When both fit in Latin-1 (normalised European copy does), they come as bytes too, where
    a byte offset is a character offset, with the token class of each character (``codes``,
    one byte per character, padded by one at each end).
    """

    norm: str
    low: str
    kana_han: bool
    latin: tuple[bytes, bytes, bytes] | None = None  # norm, low, codes


def tokenize(norm: str, low: str) -> Tokens:
    try:
        # Encoding runs in C: 1.6 us per story against 10 us for a regex scan for Kana/Han.
        low_b, norm_b = low.encode("latin-1"), norm.encode("latin-1")
    except UnicodeEncodeError:
        return Tokens(norm, low, _KANA_HAN.search(low) is not None)
    return Tokens(norm, low, False, (norm_b, low_b, b"\0" + low_b.translate(_CODES) + b"S"))


def latin_tokens(norm_b: bytes, low_b: bytes) -> Tokens:
    """``tokenize`` for a normalised text and its folded copy given as Latin-1 bytes."""
    return Tokens(
        norm_b.decode("latin-1"),
        low_b.decode("latin-1"),
        False,
        (norm_b, low_b, b"\0" + low_b.translate(_CODES) + b"S"),
    )


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
    is never a candidate (those were two thirds of all candidates)."""

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

    def build(self) -> None:
        for cased in (False, True):
            group = [(key, tuple(es)) for (key, cs), es in self._entries.items() if cs == cased]
            if group:
                matcher = ahocorasick_rs.AhoCorasick(
                    [key for key, _ in group], matchkind=ahocorasick_rs.MatchKind.Standard
                )
                self._autos.append((cased, matcher, [es for _, es in group]))
            # Latin-1 text holds only Latin-1 keys; as bytes, the automaton need not map
            # UTF-8 offsets back to characters (2 us a scan).
            latin = [(k.encode("latin-1"), es) for k, es in group if _fits_latin(k)]
            if latin:
                bmatcher = ahocorasick_rs.BytesAhoCorasick(
                    [key for key, _ in latin],
                    matchkind=ahocorasick_rs.MatchKind.Standard,
                    implementation=(
                        ahocorasick_rs.Implementation.DFA if len(latin) <= _DFA_MAX_KEYS else None
                    ),
                )
                self._latin.append((cased, bmatcher, [_latin_entries(es) for _, es in latin]))

    def find(self, tk: Tokens, out: LayerHits) -> None:
        cands: Cands = {}
        if tk.latin is None:
            self._find_str(tk.norm, tk.low, cands)
        else:
            self._find_latin(*tk.latin, cands)
        new = tuple.__new__  # NamedTuple's own __new__ is Python code: twice as slow
        for layer, items in cands.items():
            items.sort()
            hits = out.setdefault(layer, [])
            last_end = -1
            for start, neg_end, _, pl in items:
                if start >= last_end:
                    hits.append(new(Hit, (start, -neg_end, "", pl)))
                    last_end = -neg_end

    def _find_latin(self, norm: bytes, low: bytes, codes: bytes, cands: Cands) -> None:
        """``_find_str`` over Latin-1 bytes: the class of character i is ``codes[i + 1]``."""
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

    def _find_str(self, norm: str, low: str, cands: Cands) -> None:
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


def _fits_latin(key: str) -> bool:
    try:
        key.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def _latin_entries(entries: tuple[_Entry, ...]) -> tuple[_LatinEntry, ...]:
    return tuple(
        (left, right, -rank, ord(first) if first else -1, ord(last) if last else -1,
         tuple(by.items()))
        for _, left, right, by, rank, first, last in entries
    )


# Layers only the deal reader needs: scanned on demand, for the few stories about chips.
LATE_LAYERS = frozenset({"deal", "spelled"})


class _Part:
    """The terms of some layers: automata for spaced scripts, a substring one for Kana/Han."""

    def __init__(self) -> None:
        self.trie = _Automaton()
        self.cjk: dict[str, list[Payload]] = {}
        self.cjk_keys: list[tuple[str, ByLayer]] = []
        self.cjk_matcher: ahocorasick_rs.AhoCorasick | None = None

    def build(self) -> None:
        self.trie.build()
        for key, payloads in self.cjk.items():
            by: ByLayer = {}
            for p in payloads:
                by = _merge(by, p)
            self.cjk_keys.append((key, by))
        if self.cjk_keys:
            # Leftmost-longest, without overlaps: what a regex alternation of the terms
            # finds, in a tenth of the time on a Japanese story
            self.cjk_matcher = ahocorasick_rs.AhoCorasick(
                [key for key, _ in self.cjk_keys],
                matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
            )

    def scan(self, tk: Tokens) -> LayerHits:
        out: LayerHits = {}
        self.trie.find(tk, out)  # per layer: sorted, without overlaps
        cjk = self.cjk_matcher
        if tk.kana_han and cjk is not None:
            keys = self.cjk_keys
            touched: set[str] = set()  # the other layers are sorted, without overlaps already
            for index, start, end in cjk.find_matches_as_indexes(tk.low):
                term, by = keys[index]
                for layer, pl in by.items():
                    out.setdefault(layer, []).append(Hit(start, end, term, pl))
                    touched.add(layer)
            for layer in touched:
                hits = out[layer]
                if len(hits) > 1:
                    hits.sort(key=lambda h: (h.start, -h.end))
                    out[layer] = _drop_overlaps(hits)
        return out


class Lexicon:
    """Every term the tagger knows for one language, found in one pass over the tokens.

    Each term belongs to a layer (entities, topics, deal words, spelled numbers) and carries
    (category, value) pairs; within a layer hits do not overlap and the longest wins, while
    layers overlap freely ("puces d'IA" is a topic term, "puces" a unit noun). Term specs:
    ``=Term`` is case-sensitive, ``term*`` may begin a longer word (a stem), ``*term`` may
    end one (German compounds). Korean terms match at the start of a word (particles follow).
    Terms in Kana or Han are found as plain substrings (no spaces in Japanese).
    ``scan`` reads the early layers; ``scan(..., late=True)`` the ``LATE_LAYERS``, which
    hold most of the short, frequent words ("it", "er", "use") and so most of the matching
    cost, for the stories that need them.
    """

    def __init__(self, specs: Iterable[tuple[str, Payload]]) -> None:
        self._parts = {False: _Part(), True: _Part()}
        for spec, payload in specs:
            term, cs, left, right = parse_spec(spec)
            if not term:
                continue
            part = self._parts[payload[0] in LATE_LAYERS]
            if _KANA_HAN.match(term):
                entry = part.cjk.setdefault(term.lower(), [])
                if payload not in entry:
                    entry.append(payload)
                continue
            toks = _TOKEN.findall(term.lower())
            if not toks:
                continue
            # Korean particles and Japanese text run on after a CJK word
            prefix = not right or _CJK_WORD.match(toks[-1]) is not None
            part.trie.add(term, payload, prefix, not left, cs)
        for part in self._parts.values():
            part.build()

    def scan(self, tk: Tokens, *, late: bool = False) -> LayerHits:
        """Hits of the early layers, or with ``late`` of the ``LATE_LAYERS``."""
        return self._parts[late].scan(tk)

    def scan_all(self, tk: Tokens) -> LayerHits:
        return {**self.scan(tk), **self.scan(tk, late=True)}
