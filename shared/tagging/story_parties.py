"""The parties of a story: who can sell or buy in its deals.

Named entities, plus references the lexicon knows: "the government" (the home country's),
"the country", "the company" (resolved later to the company meant), sentence-initial pronouns,
and unnamed groups with a nationality ("Chinese tech companies": buyer null, country CN).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from shared.tagging.amounts import CJK_LANGS
from shared.tagging.parties import LexHit, Party
from shared.tagging.text import Doc

if TYPE_CHECKING:
    from shared.tagging.entities import Mention
    from shared.tagging.knowledge import Knowledge

_PARTY_WORDS = frozenset(("gov", "country_ref", "company_ref", "pronoun", "group_noun"))
_ATTRIBUTIVE = re.compile(r"-[^\W\d_]")  # "US-Chipkonzern": an adjective, not a party
# "Korea Economic Daily", "Korea Development Bank": a country name that opens a proper name
_IN_NAME = re.compile(r" (?:[A-Z][a-z]+ ){0,2}(?:Daily|Times|Herald|News|Post|Journal|Bank|"
                      r"Exchange|Institute|Agency|Corporation|Corp|Development|Economic)\b")


_COMPANY_NOUN = re.compile(
    r" (?:company|firm|group|giant|start-?up|chipmaker|maker|operator|provider|"
    r"unternehmen|konzern|firma|empresa|compañía|azienda|società)\b"
)


_APPOSITION = re.compile(r"^ (?:[a-zà-ÿ-]+ )?$")


LANG_DEFAULT_HOME = {"ko": "KR", "ja": "JP"}


def home_country(doc: Doc, mentions: list[Mention]) -> str | None:
    if doc.lang in LANG_DEFAULT_HOME:
        # Korean- and Japanese-language wires are written at home: "국내", "政府" are Korea's,
        # Japan's, whatever other country the story names more often
        return LANG_DEFAULT_HOME[doc.lang]
    counts = Counter(m.info.country for m in mentions if m.info.kind == "country")
    counts.pop("KP", None)
    if counts:
        return counts.most_common(1)[0][0]
    return LANG_DEFAULT_HOME.get(doc.lang)


def doc_parties(
    doc: Doc, kb: Knowledge, mentions: list[Mention], lex: list[LexHit], home: str | None
) -> list[Party]:
    out: list[Party] = []
    for m in mentions:
        if doc.body_start <= m.start < doc.dateline_end:
            continue  # "Ciudad de México, 3 dic (EFE).-": where the story was filed
        if m.info.kind == "country" and (_ATTRIBUTIVE.match(doc.norm, m.end)
                                         or _IN_NAME.match(doc.norm, m.end)
                                         or doc.norm.startswith("$", m.end)):  # "US$ 500"
            continue
        if m.info.kind == "country" and _COMPANY_NOUN.match(doc.low, m.end):
            # "the US company": a company named earlier, not the country
            out.append(Party(m.start, m.end, None, None, "ref"))
            continue
        out.append(Party(m.start, m.end, m.info.name, m.info.country, m.info.kind,
                         m.info.vendor, m.info.chip, m.info.party or m.info.name))
    taken = {i for p in out for i in range(p.start, p.end)}

    def free(s: int, e: int) -> bool:
        return s not in taken and e - 1 not in taken

    gov_name = _government(kb, home)
    home_name = _country_name(kb, home)
    nats = [(s, e, v) for s, e, c, v in lex if c == "nat"]
    for s, e, cat, _ in lex:
        if cat not in _PARTY_WORDS or not free(s, e):
            continue
        added: Party | None = None
        if cat == "gov":
            # "the Dutch government", "o governo brasileiro": its own country, not the home one
            code = next((home if nat == "HOME" else nat for ns, ne, nat in nats
                         if 0 <= s - ne <= 2 or 0 <= ns - e <= 2), home)
            if code == home and home:
                added = Party(s, e, gov_name, home, "institution", canon=home_name)
            elif code:
                added = Party(s, e, _government(kb, code), code, "institution",
                              canon=_country_name(kb, code))
        elif cat == "country_ref" and home:
            added = Party(s, e, home_name, home, "country", canon=home_name)
        elif cat == "company_ref" or (cat == "pronoun" and doc.sentence_at(s).start == s):
            added = Party(s, e, None, None, "ref")
        elif cat == "group_noun":
            for ns, ne, nat in nats:
                if (0 <= s - ne <= 14 or 0 <= ns - e <= 4) and free(ns, ne):
                    code = home if nat == "HOME" else nat
                    added = Party(min(s, ns), max(e, ne), None, code, "group",
                                  canon=_country_name(kb, code))
                    break
        # a group noun with no nationality beside it names no party
        if added is not None:
            out.append(added)
            taken.update(range(added.start, added.end))
    out.sort(key=lambda p: p.start)
    # "la start-up britannique Graphcore": the name, not the noun before it, is the party
    kept = [
        p for k, p in enumerate(out)
        if not (
            p.kind == "ref"
            and k + 1 < len(out)
            and out[k + 1].name
            and _APPOSITION.match(doc.low[p.end : out[k + 1].start])
        )
    ]
    seen: set[int] = set()
    for k, (p, sent) in enumerate(zip(kept, doc.indexes([p.start for p in kept]), strict=True)):
        if sent not in seen:
            seen.add(sent)
            if not _subject_like(doc, p, doc.sentences[sent].start):
                continue
            kept[k] = Party(p.start, p.end, p.name, p.country, p.kind, p.vendor_type, p.chip,
                            p.canon, True)
    return kept


# Korean and Japanese mark a subject or topic with a particle (or set it off in a headline)
_CJK_SUBJECT = re.compile(r"(?:은|는|이|가|は|が|도|も)(?![가-힣])|\s*,")
# a party right after a preposition is no subject ("in den Rechenzentren von LG AI Research")
_AFTER_PREP = re.compile(
    r"\b(?:of|to|from|in|at|for|with|by|von|an|mit|für|bei|aus|zu|de|à|au|aux|du|des|chez|par"
    r"|pour|avec|en|di|da|del|della|al|para|por|con|van|voor|met|bij|do|no|na|em|ao) (?:l')?$"
)


def _subject_like(doc: Doc, p: Party, sent_start: int) -> bool:
    """The first party of a sentence leads it when it opens it ("Zugleich sammelte das
    Unternehmen" does; "... in Rechenzentren von LG AI Research" does not) or, in Korean and
    Japanese, is marked as the subject ("공급 물량은 AMD의 ..." names AMD, not as subject)."""
    if doc.lang in CJK_LANGS:
        return _CJK_SUBJECT.match(doc.norm, p.end) is not None
    if sent_start < doc.dateline_end <= p.start:
        sent_start = doc.dateline_end  # "Seoul (dpa) - Das Start-up Rebellions wird ..."
    return p.start - sent_start <= 60 and _AFTER_PREP.search(doc.low, sent_start, p.start) is None


def _government(kb: Knowledge, country: str | None) -> str | None:
    if not country:
        return None
    return kb.names.get(("institution", country)) or f"{country} government"


def _country_name(kb: Knowledge, country: str | None) -> str | None:
    if not country:
        return country
    return kb.names.get(("country", country)) or country
