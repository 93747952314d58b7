"""The tagger's lexicon: every term it knows, found in one pass over a story's text.

Terms are matched as token sequences, with Aho-Corasick automata (see ``trie``). Terms in
Kana or Han (Japanese has no spaces) go through a plain substring automaton instead
(leftmost-longest).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick_rs

from shared.tagging.trie import (
    _KANA_HAN,
    _TOKEN,
    ByLayer,
    Cands,
    Hit,
    LayerHits,
    Payload,
    _Automaton,
    _drop_overlaps,
    _merge,
    latin_codes,
    parse_spec,
    settle,
)

__all__ = [
    "LATE_LAYERS", "LayerHits", "Lexicon", "Payload", "Tokens", "latin_tokens", "share_early",
    "tokenize",
]

_CJK_WORD = re.compile("[\uac00-\ud7a3\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


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
    return Tokens(norm, low, False, (norm_b, low_b, latin_codes(low_b)))


def latin_tokens(norm_b: bytes, low_b: bytes) -> Tokens:
    """``tokenize`` for a normalised text and its folded copy given as Latin-1 bytes."""
    return Tokens(
        norm_b.decode("latin-1"), low_b.decode("latin-1"), False,
        (norm_b, low_b, latin_codes(low_b)),
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
        cands: Cands = {}
        if tk.latin is None:
            self.trie.find_plain(tk.norm, tk.low, cands)
        else:
            self.trie.find_latin(*tk.latin, cands)
        out = settle(cands)  # per layer: sorted, without overlaps
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


def share_early(lexicons: Iterable[Lexicon]) -> None:
    """Let the lexicons of several languages read Latin-1 text for their early layers with one
    automaton (see ``_Automaton.share_latin``): same hits, warmer CPU caches. The late layers
    stay apart: their short words of every language would double the matches."""
    _Automaton.share_latin([lex._parts[False].trie for lex in lexicons])
