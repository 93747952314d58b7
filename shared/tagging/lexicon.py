"""The tagger's lexicon: every term it knows, found in one pass over a story's tokens.

A text is cut into tokens once (Latin words, Hangul words, Kana/Han runs, single marks).
Terms are token sequences in a trie of dicts, so each text token costs one dict lookup;
terms in Kana or Han (Japanese has no spaces) go through one substring regex instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from shared.tagging.trie import Hit, _drop_overlaps, _Term, _Trie, parse_spec

_TOKEN = re.compile(
    "[A-Za-z\u00c0-\u024f]+|[0-9]+"  # Latin words; digits apart (GPU1万, H100)
    "|[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]+"  # Hangul
    "|[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+"  # Kana, Han
    "|\\S"
)


_CJK_WORD = re.compile("[\uac00-\ud7a3\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


_KANA_HAN = re.compile("[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class Tokens:
    """A text cut into words and single punctuation marks, with offsets (computed once)."""

    norm: str
    low: str
    starts: list[int]
    low_toks: list[str]
    kana_han: bool


def tokenize(norm: str, low: str) -> Tokens:
    low_toks: list[str] = _TOKEN.findall(low)
    starts: list[int] = []
    pos = 0
    find = low.find
    add = starts.append
    for t in low_toks:
        pos = find(t, pos)
        add(pos)
        pos += len(t)
    return Tokens(norm, low, starts, low_toks, _KANA_HAN.search(low) is not None)


Payload = tuple[str, str, str]  # layer, category, value


ByLayer = dict[str, tuple[tuple[str, str], ...]]


LayerHits = dict[str, list[Hit[tuple[tuple[str, str], ...]]]]


def _merge(old: ByLayer | None, p: Payload) -> ByLayer:
    out = dict(old or {})
    cur = out.get(p[0], ())
    if (p[1], p[2]) not in cur:
        out[p[0]] = (*cur, (p[1], p[2]))
    return out


class _Node:
    __slots__ = ("cased", "children", "payload", "stems", "stems_short")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.payload: ByLayer | None = None
        # case-sensitive terms ending here: the exact spelling they need
        self.cased: dict[str, ByLayer] | None = None
        # last-token prefixes ("fourni*", Korean words before particles), by first 3 chars
        self.stems: dict[str, list[tuple[str, ByLayer]]] = {}
        self.stems_short: dict[str, ByLayer] = {}  # stems of 1-2 characters


class _TokenTrie:
    """Terms as token sequences; one dict walk per text token, for every layer at once.

    Case-sensitive terms live in the same trie under their lower-case tokens and are checked
    against the original spelling when they match.
    """

    def __init__(self) -> None:
        self.root = _Node()
        self.suffixes: dict[str, list[tuple[str, ByLayer]]] = {}  # "*chips", by last 3 chars
        self.short_first: set[str] = set()  # first characters of the root's short stems

    def add(
        self, tokens: list[str], payload: Payload, prefix: bool, suffix: bool, cased: str | None
    ) -> None:
        if suffix and len(tokens) == 1 and len(tokens[0]) >= 3:
            _bucket_add(self.suffixes.setdefault(tokens[0][-3:], []), tokens[0], payload)
            return
        node = self.root
        for tok in tokens[:-1]:
            node = node.children.setdefault(tok, _Node())
        last = tokens[-1]
        if prefix and cased is None:
            if len(last) < 3:
                node.stems_short[last] = _merge(node.stems_short.get(last), payload)
                if node is self.root:
                    self.short_first.add(last[0])
            else:
                _bucket_add(node.stems.setdefault(last[:3], []), last, payload)
            return
        child = node.children.setdefault(last, _Node())
        if cased is None:
            child.payload = _merge(child.payload, payload)
        else:
            child.cased = child.cased or {}
            child.cased[cased] = _merge(child.cased.get(cased), payload)

    def find(self, tk: Tokens, out: LayerHits) -> None:
        toks = tk.low_toks
        starts = tk.starts
        norm = tk.norm
        root = self.root
        rchildren = root.children
        rstems = root.stems
        rshort = root.stems_short
        suffixes = self.suffixes
        nxt: dict[str, int] = {}  # per layer: first token index a new hit may start at
        n = len(toks)
        short_first = self.short_first
        # Positions where a term may start, found with a comprehension (cheaper than a loop).
        cands = [
            i
            for i, tok in enumerate(toks)
            if tok in rchildren
            or tok[:3] in rstems
            or (tok[0] in short_first and (tok[:2] in rshort or tok[:1] in rshort))
            or (suffixes and tok[-3:] in suffixes)
        ]
        for i in cands:
            tok = toks[i]
            best: dict[str, tuple[int, int, tuple[tuple[str, str], ...]]] | None = None
            node = root
            j = i
            while j < n:
                t = toks[j]
                if node.stems_short:
                    k = 2
                    by = node.stems_short.get(t[:2])
                    if not by:
                        k = 1
                        by = node.stems_short.get(t[:1])
                    if by:
                        best = best or {}
                        for layer, pl in by.items():
                            best[layer] = (j, starts[j] + k, pl)
                if node.stems:
                    for stem, by in node.stems.get(t[:3], ()):
                        if t.startswith(stem):
                            best = best or {}
                            for layer, pl in by.items():
                                best[layer] = (j, starts[j] + len(stem), pl)
                            break
                child = node.children.get(t)
                if child is None:
                    break
                node = child
                if child.payload is not None:
                    best = best or {}
                    end = starts[j] + len(t)
                    for layer, pl in child.payload.items():
                        best[layer] = (j, end, pl)
                if child.cased is not None:
                    end = starts[j] + len(t)
                    by_case = child.cased.get(norm[starts[i] : end])
                    if by_case:
                        best = best or {}
                        for layer, pl in by_case.items():
                            best[layer] = (j, end, pl)
                j += 1
            sufs = suffixes.get(tok[-3:]) if suffixes else None
            if sufs:
                for suf, by in sufs:
                    if tok.endswith(suf):
                        best = best or {}
                        for layer, pl in by.items():
                            if layer not in best:
                                best[layer] = (i, starts[i] + len(tok), pl)
                        break
            if best is None:
                continue
            for layer, (bj, end, pl) in best.items():
                if i >= nxt.get(layer, 0):
                    hit = Hit(starts[i], end, "", pl)
                    if layer in out:
                        out[layer].append(hit)
                    else:
                        out[layer] = [hit]
                    nxt[layer] = bj + 1


def _bucket_add(bucket: list[tuple[str, ByLayer]], term: str, payload: Payload) -> None:
    for k, (t, by) in enumerate(bucket):
        if t == term:
            bucket[k] = (t, _merge(by, payload))
            return
    bucket.append((term, _merge(None, payload)))
    bucket.sort(key=lambda tb: -len(tb[0]))


class Lexicon:
    """Every term the tagger knows for one language, found in one pass over the tokens.

    Each term belongs to a layer (entities, topics, deal words, spelled numbers) and carries
    (category, value) pairs; within a layer hits do not overlap and the longest wins, while
    layers overlap freely ("puces d'IA" is a topic term, "puces" a unit noun). Term specs:
    ``=Term`` is case-sensitive, ``term*`` may begin a longer word (a stem), ``*term`` may
    end one (German compounds). Korean terms match at the start of a word (particles follow).
    Terms in Kana or Han are found with one substring regex (no spaces in Japanese).
    """

    def __init__(self, specs: Iterable[tuple[str, Payload]]) -> None:
        self._trie = _TokenTrie()
        cjk: dict[str, list[Payload]] = {}
        for spec, payload in specs:
            term, cs, left, right = parse_spec(spec)
            if not term:
                continue
            if _KANA_HAN.match(term):
                entry = cjk.setdefault(term.lower(), [])
                if payload not in entry:
                    entry.append(payload)
                continue
            toks = _TOKEN.findall(term.lower())
            if not toks:
                continue
            # Korean particles and Japanese text run on after a CJK word
            prefix = not right or _CJK_WORD.match(toks[-1]) is not None
            self._trie.add(toks, payload, prefix, not left, term if cs else None)
        self._cjk = _Trie(
            {k: _Term(tuple(v), False, False) for k, v in cjk.items()}, case_sensitive=False
        )

    def scan(self, tk: Tokens) -> LayerHits:
        out: LayerHits = {}
        self._trie.find(tk, out)
        if tk.kana_han and self._cjk.rx is not None:
            for h in self._cjk.finditer(tk.low):
                by: ByLayer = {}
                for p in h.payload:
                    by = _merge(by, p)
                for layer, pl in by.items():
                    out.setdefault(layer, []).append(Hit(h.start, h.end, h.term, pl))
        for layer, hits in out.items():
            if len(hits) > 1:
                hits.sort(key=lambda h: (h.start, -h.end))
                out[layer] = _drop_overlaps(hits)
        return out


