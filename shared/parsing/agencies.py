"""News agencies: the names they sign with, mapped to one canonical spelling each.

Keystone-SDA signs French copy ``/ATS`` and German copy ``/SDA``; the source is reported as the
agency signs (``ATS`` or ``SDA``), as Swiss newsrooms do. ``dpa-AFX`` is reported as ``dpa``.
"""

from __future__ import annotations

import re

_CANONICAL: dict[str, tuple[str, ...]] = {
    "ATS": ("ats", "keystone-ats", "keystone ats", "agence telegraphique suisse",
            "agence télégraphique suisse"),
    "SDA": ("sda", "keystone-sda", "keystone sda", "keystone-sda-ats", "keystone-sda-ats ag",
            "schweizerische depeschenagentur", "ats-sda", "sda-ats"),
    "AFP": ("afp", "agence france-presse", "agence france presse", "afp.com"),
    "Reuters": ("reuters", "reu", "thomson reuters", "reuters.com", "reuters news"),
    "dpa": ("dpa", "dpa-afx", "deutsche presse-agentur", "dpa.com",
            "dpa-afx wirtschaftsnachrichten"),
    "Yonhap": ("yonhap", "yna", "yonhap news", "yonhap news agency", "연합뉴스", "연합",
               "yna.co.kr", "yonhapnews"),
    "EFE": ("efe", "agencia efe", "efe.com"),
    "ANSA": ("ansa", "ansa.it", "agenzia ansa"),
    "Kyodo": ("kyodo", "kyodo news", "共同", "共同通信", "共同通信社"),
    "Jiji": ("jiji", "jiji press", "時事", "時事通信", "時事通信社", "jiji.com"),
    "AP": ("ap", "associated press", "the associated press"),
    "AWP": ("awp",),
    "APA": ("apa", "austria presse agentur"),
    "Bloomberg": ("bloomberg", "bloomberg news"),
    "Xinhua": ("xinhua", "新华社"),
}
ALIASES: dict[str, str] = {a: name for name, aliases in _CANONICAL.items() for a in aliases}
# When a dateline names several agencies, e.g. "(awp/sda/reu)", the publishing one wins.
_PUBLISHERS = ("ATS", "SDA")
_SPLIT = re.compile(r"\s+[-\u2013\u2014|:]\s+|[/,;|()\[\]]|\s*\u2013\s*")
_QCODE = re.compile(r"^[a-z]+:(?!//)")
_SPACES = re.compile(r"\s+")

AGENCY_TOKEN = (
    r"(?:keystone-ats|keystone-sda|ats|sda|awp|afp|reuters|reu|dpa-afx|dpa|apa|ap|efe|ansa"
    r"|yonhap|kyodo|jiji|bloomberg|xinhua)"
)


def canonical(value: str | None) -> str | None:
    """The agency a name, byline, qcode (``nprov:AFP``) or feed title designates, if known."""
    if not value or not isinstance(value, str):
        return None
    key = _SPACES.sub(" ", value.strip().casefold())
    if key in ALIASES:
        return ALIASES[key]
    key = _QCODE.sub("", key)
    if key in ALIASES:
        return ALIASES[key]
    found: list[str] = []
    for part in _SPLIT.split(key):
        part = part.strip()
        if not part:
            continue
        hit = ALIASES.get(part)
        if hit is None:
            words = part.split(" ")
            hit = next(
                (ALIASES[" ".join(words[:n])] for n in (3, 2, 1) if " ".join(words[:n]) in ALIASES),
                None,
            )
            if hit is None and "-" in part:
                hit = next((ALIASES[w] for w in part.split("-") if w in ALIASES), None)
        if hit:
            found.append(hit)
    for publisher in _PUBLISHERS:
        if publisher in found:
            return publisher
    return found[0] if found else None
