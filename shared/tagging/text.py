"""The story as the tagger reads it: one normalised text, its sentences and their fields.

The text is ``headline + "\\n\\n" + body paragraphs joined by "\\n\\n"`` (``Story.text``).
Normalisation keeps every offset: each character maps to exactly one character (no-break
spaces to spaces, curly apostrophes to ``'``, full-width digits to ASCII), so a match in the
normalised text is a match at the same place in the story.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from shared.models.story import Story
from shared.tagging.lexicon import LayerHits, Tokens, latin_tokens, tokenize

_MAP = {
    0x00A0: " ",
    0x202F: " ",
    0x2009: " ",
    0x2007: " ",
    0x2002: " ",
    0x2003: " ",
    0x3000: " ",
    0x2019: "'",
    0x2018: "'",
    0x02BC: "'",
    0x2032: "'",
    0x00B4: "'",
    0x201C: '"',
    0x201D: '"',
    0x201E: '"',
    0x00AB: '"',
    0x00BB: '"',
    0x2013: "-",
    0x2014: "-",
    0x2011: "-",
    0x2010: "-",
    0x223C: "~",
    0xFF5E: "~",
    0x301C: "~",
    0xFF0C: ",",
    0xFF0E: ".",
    0xFF08: "(",
    0xFF09: ")",
    0xFF05: "%",
    0xFF04: "$",
}
_MAP.update({0xFF10 + i: str(i) for i in range(10)})
_MAP.update({0xFF21 + i: chr(0x41 + i) for i in range(26)})
_MAP.update({0xFF41 + i: chr(0x61 + i) for i in range(26)})
_CHARS = {chr(k): v for k, v in _MAP.items()}
_TO_MAP = re.compile("[" + "".join(re.escape(c) for c in _CHARS) + "]")


def normalise(text: str) -> str:
    # A substitution on the few characters concerned beats str.translate over every one.
    return _TO_MAP.sub(lambda m: _CHARS[m.group()], text)


# normalise and fold for Latin-1 text (European copy), one byte per character: bytes.translate
# runs at memory speed, a third of the time of the regex and str.lower
_NORM_LATIN = bytes(ord(_CHARS.get(chr(i), chr(i))) for i in range(256))
_FOLD_LATIN = bytes(ord(chr(i).lower()) for i in range(256))


def _read(text: str) -> Tokens:
    try:
        raw = text.encode("latin-1")
    except UnicodeEncodeError:
        norm = normalise(text)
        low = fold(norm)
        return tokenize(norm, low)
    norm_b = raw.translate(_NORM_LATIN)
    return latin_tokens(norm_b, norm_b.translate(_FOLD_LATIN))


def fold(text: str) -> str:
    """Lower case with the same length as the input (characters whose lower case is longer,
    such as 'İ', are kept)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


# A sentence ends at . ! ? followed by space (closing quotes allowed), or after CJK full stops.
# The leading character class lets the regex engine skip to candidates (twice as fast as
# an alternation of three branches).
_END = re.compile(
    "[.!?\u3002\uff01\uff1f\n](?:(?<=[.!?])['\")\\]]*(?=\\s)"
    "|(?<=[\u3002\uff01\uff1f])['\")\\]\u300d\u300f]*|(?<=\n))"
)
_HEADLINE_END = re.compile("\u2026|" + _END.pattern)
# The same ends in body paragraphs without line breaks, read in one pass over all of them:
# none ends at a line break, and none before the blank line that closes a paragraph (which a
# search bounded to the paragraph never sees).
_BODY_END = re.compile(
    "[.!?\u3002\uff01\uff1f](?:(?<=[.!?])['\")\\]]*(?=[^\\S\n])"
    "|(?<=[\u3002\uff01\uff1f])['\")\\]\u300d\u300f]*)"
)
_ABBREV = frozenset(
    [
        "mr", "mrs", "ms", "dr", "st", "no", "nr", "co", "corp", "inc", "ltd", "plc", "bzw", "ca",
        "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "mio", "mrd", "tsd", "mia", "mld", "bn", "mln", "bln", "gov", "prof", "gen", "sen",
        "rep", "jr", "sr",
        "av", "dept", "fig", "art", "abs", "mme", "mm", "cf", "env", "ggf", "vgl", "z.b", "u.a",
        "d.h",
    ]
)
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_NEXT_CHAR = re.compile(r"\s*(\S)")


@dataclass(slots=True)  # not frozen: a story has dozens, and frozen ones are slow to build
class Sentence:
    start: int
    end: int
    para: int
    index: int


@dataclass
class Doc:
    text: str
    norm: str
    low: str
    lang: str
    headline_end: int
    body_start: int
    tokens: Tokens
    dateline: str = ""  # the story's dateline ("SEOUL, March 14 (AFP)"), however it came
    dateline_end: int = 0  # end of a dateline left at the start of the body, if any
    hits: LayerHits = field(default_factory=dict)
    sentences: list[Sentence] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)

    def sentence_at(self, pos: int) -> Sentence:
        i = bisect.bisect_right(self._starts, pos) - 1
        return self.sentences[max(i, 0)]

    def indexes(self, positions: list[int]) -> list[int]:
        """The sentence index of each position (positions in text order)."""
        out: list[int] = []
        starts = self._starts
        n = len(starts)
        i = 0
        for pos in positions:
            while i + 1 < n and starts[i + 1] <= pos:
                i += 1
            out.append(i)
        return out

    def locate(self, start: int, end: int) -> tuple[str, int, int]:
        """(field, start, end) of a span: 'headline' offsets into the headline, 'body'
        offsets into the body paragraphs joined by blank lines."""
        if start < self.headline_end:
            return "headline", start, min(end, self.headline_end)
        return "body", start - self.body_start, end - self.body_start

    def in_headline(self, pos: int) -> bool:
        return pos < self.headline_end


def make_doc(story: Story, lang: str) -> Doc:
    headline = story.headline or ""
    paras = [p for p in story.body if p]
    text = "\n\n".join([headline, *paras]) if headline else "\n\n".join(paras)
    headline_end = len(headline)
    body_start = headline_end + 2 if headline else 0
    tokens = _read(text)
    norm, low = tokens.norm, tokens.low
    doc = Doc(text, norm, low, lang, headline_end, body_start, tokens)
    doc.dateline = story.dateline or ""
    if not doc.dateline:
        m = _BODY_DATELINE.match(norm, body_start)
        if m is not None:
            doc.dateline, doc.dateline_end = m.group(), m.end()
    _split(doc, [headline, *paras] if headline else paras, bool(headline))
    return doc


# A dateline the parser left in the body: "(서울=연합뉴스)", "Frankfurt (dpa) -",
# "SEOUL, March 14 -".
_BODY_DATELINE = re.compile(
    r"\([^()\n=]{1,20}=[^()\n]{1,12}\)"
    r"|[A-ZÀ-Þ][\w .'/-]{1,30}?(?:, [^()\n]{1,30}?)? ?\([A-Za-z.-]{2,12}\)\.? ?-"
    r"|[A-ZÀ-Þ]{3,}[A-ZÀ-Þ .'/-]{0,20}, [^\n-]{3,25}? -"
)


def _split(doc: Doc, parts: list[str], headline: bool) -> None:
    norm = doc.norm
    first = 1 if headline else 0
    if len(parts) > first and norm.count("\n", doc.body_start) == 2 * (len(parts) - first - 1):
        # no line break within a body paragraph: one search over the body, not one for each
        # paragraph (that costs ~1 us a paragraph)
        if headline:
            _split_each(doc, parts[:1], True)
        _split_body(doc, parts, first)
    else:
        _split_each(doc, parts, headline)


def _split_body(doc: Doc, parts: list[str], first: int) -> None:
    norm = doc.norm
    para = first
    cut = doc.body_start
    end = cut + len(parts[para])
    for m in _BODY_END.finditer(norm, cut):
        dot = m.start()
        while dot >= end:  # the paragraph ends before this stop
            _add(doc, cut, end, para)
            para += 1
            cut = end + 2
            end = cut + len(parts[para])
        stop = m.end()
        if norm[dot] == "." and _is_abbrev(norm, dot, stop, end):
            continue
        _add(doc, cut, stop, para)
        cut = stop
    while True:
        _add(doc, cut, end, para)
        para += 1
        if para == len(parts):
            return
        cut = end + 2
        end = cut + len(parts[para])


def _split_each(doc: Doc, parts: list[str], headline: bool) -> None:
    pos = 0
    norm = doc.norm
    for para, part in enumerate(parts):
        start = pos
        end = pos + len(part)
        cut = start
        # a headline's ellipsis joins two statements ("정부, GPU 1만 장 확보…네이버에 3천 장")
        ends = _HEADLINE_END if headline and para == 0 else _END
        for m in ends.finditer(norm, start, end):
            stop = m.end()
            if m.group()[0] == "." and _is_abbrev(norm, m.start(), stop, end):
                continue
            _add(doc, cut, stop, para)
            cut = stop
        _add(doc, cut, end, para)
        pos = end + 2


def _is_abbrev(norm: str, dot: int, stop: int, end: int) -> bool:
    m = _WORD_BEFORE.search(norm, max(0, dot - 12), dot)
    word = m.group(1).lower() if m else ""
    if not word:
        return False
    if word in _ABBREV or (len(word) == 1 and word.isalpha()) or "." in word.strip("."):
        return True
    m = _NEXT_CHAR.match(norm, stop, end)
    nxt = m.group(1) if m else ""
    if word.isdigit() and len(word) <= 2:
        # "31. Oktober", "3. Quartal": German ordinals
        return nxt.isalpha() and nxt.isupper() is False
    # The next sentence must start like one (capital letter, digit, quote, CJK)
    return bool(nxt) and nxt.islower()


def _add(doc: Doc, start: int, end: int, para: int) -> None:
    seg = doc.norm[start:end]
    core = seg.lstrip()
    if not core:
        return
    start += len(seg) - len(core)
    end = start + len(core.rstrip())
    doc.sentences.append(Sentence(start, end, para, len(doc.sentences)))
    doc._starts.append(start)
