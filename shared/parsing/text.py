"""Text clean-up shared by every format: entities, whitespace, paragraphs, HTML stripping."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\f\v]+")


# Substring tests run at memory speed (written out: a generator costs more than the tests);
# a regex over a whole story costs ~10-40 us.
def _has_invisible(v: str) -> bool:
    return (
        "\u200b" in v or "\u200c" in v or "\u200d" in v or "\u2060" in v or "\ufeff" in v
        or "\u00ad" in v
    )


def _has_odd_spaces(v: str) -> bool:
    return "  " in v or "\t" in v or "\f" in v or "\v" in v


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_SENTENCE_END = re.compile(r"[.!?:;»\"”)\]。]$")

_HTML_DROP = re.compile(r"<!--.*?-->|<(script|style|head|figure)\b.*?</\1\s*>", re.I | re.S)
_HTML_BREAK = re.compile(
    r"<\s*(?:br|hr)\b[^>]*>"
    r"|</?\s*(?:p|div|li|ul|ol|h[1-6]|blockquote|pre|table|tr|section|article|header|footer)\b[^>]*>",
    re.I,
)
_HTML_TAG = re.compile(r"<[^>]*>")
_HTML_HINT = re.compile(
    r"<\s*/?\s*(?:p|br|div|span|a|b|i|em|strong|ul|ol|li|h[1-6]|table|img|blockquote)\b[^>]*>",
    re.I,
)
_BREAK_MARK = "\n\n"


def clean_inline(value: str) -> str:
    """One line of text: entities decoded, NFC, invisible characters dropped, spaces collapsed.

    No-break spaces are kept: "5\u00a0000" is a number, and the tagger needs to know it.
    """
    if "&" in value:
        value = html.unescape(value)
    return _clean_lines(value).strip()


def _clean_lines(text: str) -> str:
    """``clean_inline`` minus entities and trimming; every step keeps newlines, so a whole
    body can go through in one pass instead of one call per paragraph."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        if _has_invisible(text):
            text = _INVISIBLE.sub("", text)
    if _has_odd_spaces(text):
        text = _SPACES.sub(" ", text)
    return text


def collapse(value: str) -> str:
    """All whitespace, newlines included, to single spaces (for XML text nodes)."""
    return clean_inline(" ".join(value.split()))


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of plain text: blank lines separate them; so do single newlines, except in a
    block whose lines look hard-wrapped at a fixed width (then its lines are joined)."""
    paragraphs: list[str] = []
    clean: Callable[[str], str] = clean_inline
    if "&" not in text:  # an entity may decode to an invisible character: then line by line
        text = _clean_lines(text)
        clean = str.strip
    for block in _BLANK_LINE.split(text):
        if clean is str.strip and "\n" not in block:  # the usual one-line paragraph
            block = block.strip()
            if block:
                paragraphs.append(block)
            continue
        lines = [line.strip() for line in block.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            continue
        if hard_wrapped(lines):
            lines = [" ".join(lines)]
        for line in lines:
            cleaned = clean(line)
            if cleaned:
                paragraphs.append(cleaned)
    return paragraphs


def hard_wrapped(lines: list[str]) -> bool:
    """Whether a block's lines were broken at a fixed width rather than at paragraph ends."""
    if len(lines) < 3:
        return False
    head = lines[:-1]
    return all(40 <= len(line) <= 80 for line in head) and sum(
        1 for line in head if _SENTENCE_END.search(line)
    ) <= len(head) // 3


def looks_like_html(value: str) -> bool:
    return "<" in value and _HTML_HINT.search(value) is not None


def html_to_paragraphs(value: str) -> list[str]:
    """Visible text of an HTML fragment, one paragraph per block element or line break."""
    value = _HTML_DROP.sub(" ", value)
    value = _HTML_BREAK.sub(_BREAK_MARK, value)
    value = _HTML_TAG.sub(" ", value)
    paragraphs: list[str] = []
    for block in value.split(_BREAK_MARK):
        if block.isspace() or not block:  # most blocks: the gap between two block tags
            continue
        cleaned = collapse(block)
        if cleaned:
            paragraphs.append(cleaned)
    return paragraphs


def text_to_paragraphs(value: str) -> list[str]:
    """Paragraphs of a field that may hold plain text or HTML."""
    if looks_like_html(value):
        return html_to_paragraphs(value)
    return split_paragraphs(value)
