"""Story identity: the agency's id when the payload has one, else a hash of what stays put.

For agency plain text the hash covers the source, the normalised slug or headline (status
markers removed) and the story's date, not the body: a correction or an update of a story then
gets the same id as the story it replaces, and a higher version.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date

_NON_WORD = re.compile(r"[\W_]+")
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_LEAD_WORDS = 12


def raw_sha256(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def normalise_key(text: str) -> str:
    """Case, accents, punctuation and spacing folded away: ``Séoul: l'IA`` -> ``seoul l ia``."""
    folded = text.casefold()
    if not folded.isascii():
        folded = _COMBINING.sub("", unicodedata.normalize("NFKD", folded))
    return _NON_WORD.sub(" ", folded).strip()


def lead_key(lead: str) -> str:
    """The first words of a lead paragraph, for stories that have neither slug nor headline."""
    # Normalising works token by token, so the first words of the first tokens are the first
    # words of the whole lead; the fallback covers a lead of mostly marks.
    head = lead.split(maxsplit=2 * _LEAD_WORDS)[: 2 * _LEAD_WORDS]
    words = normalise_key(" ".join(head)).split(" ")
    if len(words) < _LEAD_WORDS:
        words = normalise_key(lead).split(" ")
    return " ".join(words[:_LEAD_WORDS])


def content_hash(*, source: str | None, title: str, day: date | None) -> str:
    """A stable id ``<source>:<day>:<24 hex>`` from the source, a title key and the day."""
    src = normalise_key(source or "").replace(" ", "-") or "wire"
    key = "\x1f".join((src, normalise_key(title), day.isoformat() if day else ""))
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]
    return f"{src}:{day.isoformat() if day else 'undated'}:{digest}"
