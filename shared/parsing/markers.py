"""Status markers agencies put on copy: urgency, updates and corrections.

Kill notices (``KILL``, ``WITHDRAWN``, ``ANNULATION``, ``STORNO``) mark a withdrawn story.
They come as a whole line before the headline (``URGENT``, ``RECTIFICATIF``, ``1. Berichtigung``),
as a headline prefix or suffix (``CORRECTED-``, ``UPDATE 2-``, ``(2nd LD)``, ``[속보]``,
``(종합2보)``), or as a notice paragraph (``(Corrects paragraph 3 ...)``). Markers are removed
from the text and summed into :class:`Marks`; a story's version is ``1 + update + correction``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CORRECTION_WORDS = (
    r"CORRECTED|CORRECTION|CORRECTIF|RECTIFICATIF|RECTIFICATION|BERICHTIGUNG|KORREKTUR"
    r"|CORRECCI[ÓO]N|CORREZIONE|CORRE[ÇC][ÃA]O|정정|訂正"
)
_WITHDRAW_WORDS = r"KILL|KILLED|WITHDRAWN|WITHDRAWAL|ELIMINATE|ANNULATION|ANNUL[EÉ]|STORNO|삭제"
_URGENT_WORDS = r"URGENT|URGENTE|FLASH|ALERTE|ALERT|BULLETIN|EILMELDUNG|EIL|BREAKING|속보|速報"


@dataclass(frozen=True, slots=True)
class Marks:
    correction: int = 0
    update: int = 0
    urgent: bool = False
    withdrawn: bool = False
    """A kill notice: the story is withdrawn (reported as ``PubStatus.CANCELED``)."""

    def __or__(self, other: Marks) -> Marks:
        return Marks(
            correction=max(self.correction, other.correction),
            update=max(self.update, other.update),
            urgent=self.urgent or other.urgent,
            withdrawn=self.withdrawn or other.withdrawn,
        )

    @property
    def version(self) -> int:
        return 1 + self.update + self.correction


NONE = Marks()

_REUTERS_PREFIX = re.compile(
    r"^(?:(?P<corr>CORRECTED|CORRECTION)|UPDATE\s*(?P<upd>\d+)|(?P<urg>URGENT|FLASH|ALERT)"
    rf"|(?P<wd>{_WITHDRAW_WORDS})"
    r"|REFILE|RPT)\s*-\s*(?=\S)"
)
_WORD_PREFIX = re.compile(
    rf"^(?:(?P<corr>{_CORRECTION_WORDS}|Correction|Rectificatif|Berichtigung|Korrektur)"
    rf"|(?P<urg>{_URGENT_WORDS}|Eilmeldung)|(?P<wd>{_WITHDRAW_WORDS}))(?:\s*(?P<n>\d+))?\s*[:!\u2013\u2014]\s*(?=\S)"
)
_BRACKET = (
    r"(?:(?P<lead>LEAD)|(?P<ld>\d+)(?:st|nd|rd|th)\s+LD|(?P<upw>UPDATE)(?:\s*(?P<upn>\d+))?"
    r"|(?P<jhw>종합)(?P<jh>\d*)(?:보)?|(?P<bo>\d+)보)?"
    rf"\s*,?\s*(?:(?P<corr>{_CORRECTION_WORDS}|Berichtigung|Correction|Rectificatif)"
    rf"|(?P<urg>{_URGENT_WORDS}))?"
)
_BRACKET_PREFIX = re.compile(rf"^[(\[<【]\s*{_BRACKET}\s*[)\]>】]\s*")
_BRACKET_SUFFIX = re.compile(rf"\s*[(\[<【]\s*{_BRACKET}\s*[)\]>】]$")
_LINE = re.compile(
    rf"^[(\[<]?\s*(?:(?P<n1>\d+)\.?\s*)?(?:(?P<corr>{_CORRECTION_WORDS})|(?P<urg>{_URGENT_WORDS})"
    rf"|(?P<wd>{_WITHDRAW_WORDS})"
    r"|UPDATE\s*(?P<upd>\d+))\s*(?P<n2>\d+)?\s*[)\]>]?\s*:?$",
    re.I,
)
_NOTICE = re.compile(
    r"^(?:[(\[]\s*(?P<kind>Corrects|Correcting|Correction|Corrected|Corrige|Rectifie|Rectificatif"
    r"|Berichtigung|Berichtigt|Korrektur|Corrección|Corrige|Correzione|정정|Updates|Adds|Recasts"
    r"|Refiles|Repeats|Changes|Aktualisiert|Neu|Actualise|Actualisé)\b.*[)\]]"
    rf"|(?P<kind2>{_CORRECTION_WORDS}|Correction|Rectificatif|Berichtigung)\s*:\s+.+)$",
    re.S,
)
_CORRECTING = re.compile(
    rf"^(?:Correct|Corrig|Rectif|Berichtig|Korrekt|Correcci|Correzi|정정|{_CORRECTION_WORDS})", re.I
)


def _from_match(m: re.Match[str]) -> Marks:
    groups = m.groupdict()
    update = 0
    if groups.get("lead"):
        update = 1
    elif groups.get("ld"):
        update = int(groups["ld"])
    elif groups.get("upd"):
        update = int(groups["upd"])
    elif groups.get("upw"):
        update = int(groups.get("upn") or 1)
    elif groups.get("jhw"):
        update = int(groups.get("jh") or 1)
    elif groups.get("bo"):
        update = max(1, int(groups["bo"]) - 1)
    correction = 0
    if groups.get("corr"):
        correction = int(groups.get("n") or groups.get("n1") or groups.get("n2") or 1)
    return Marks(
        correction=correction,
        update=update,
        urgent=bool(groups.get("urg")),
        withdrawn=bool(groups.get("wd")),
    )


def strip_headline(headline: str) -> tuple[str, Marks]:
    """The headline without status markers, and the markers found."""
    marks = NONE
    for _ in range(4):
        for pattern in (_REUTERS_PREFIX, _WORD_PREFIX, _BRACKET_PREFIX, _BRACKET_SUFFIX):
            m = pattern.search(headline)
            if m and m.group(0).strip():
                found = _from_match(m)
                if found == NONE and pattern in (_BRACKET_PREFIX, _BRACKET_SUFFIX):
                    continue
                marks = marks | found
                headline = (headline[: m.start()] + headline[m.end() :]).strip()
                break
        else:
            break
    return headline, marks


def marker_line(line: str) -> Marks | None:
    """The marks of a line that holds nothing but a marker, else None."""
    if len(line) > 40:
        return None
    m = _LINE.match(line.strip())
    return _from_match(m) if m else None


def notice(paragraph: str) -> Marks | None:
    """The marks of an editorial notice paragraph (``(Corrects ...)``), else None."""
    if len(paragraph) > 600:
        return None
    m = _NOTICE.match(paragraph.strip())
    if not m:
        return None
    kind = m.group("kind") or m.group("kind2") or ""
    return Marks(correction=1) if _CORRECTING.match(kind) else NONE
