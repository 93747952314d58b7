"""The two tags: is a story substantially about AI chips, about South Korea?

Each sentence is worth the weight of the strongest evidence it holds (a headline counts
double), so a term repeated in one sentence adds nothing and a passing mention (one sentence)
stays under the bar. Generic chip words count only beside an AI word; phone and snack
contexts cancel them; Korea words in a sentence about North Korea hardly count, and a city
in the dateline counts little.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from shared.models.tagging import Evidence, Subject, TagResult
from shared.tagging.entities import Mention
from shared.tagging.knowledge import Knowledge
from shared.tagging.text import Doc

AI_CHIPS = "ai-chips"
KOREA = "korea"
SEMICONDUCTORS = Subject(code="medtop:20000230", name="semiconductors", confidence=0.0)
SOUTH_KOREA = Subject(code="iso3166-1a2:KR", name="South Korea", confidence=0.0)

AI_WEIGHTS = {"strong": 1.0, "medium": 0.5, "weak": 0.25, "generic": 0.25}
KR_WEIGHTS = {"strong": 1.0, "medium": 0.5}
THRESHOLD = {AI_CHIPS: 3.0, KOREA: 2.3}  # midway between the dev set's negatives and positives
SHORT_BAR = {AI_CHIPS: 2.0, KOREA: 1.5}
SHORT_SHARE = 0.5
MAX_EVIDENCE = 12


@dataclass
class _Sent:
    ai: float = 0.0
    kr: float = 0.0
    north: bool = False
    phone: bool = False
    ai_context: bool = False
    generic: bool = False
    ai_terms: list[tuple[int, int, float]] = field(default_factory=list)
    kr_terms: list[tuple[int, int, float]] = field(default_factory=list)


@dataclass(frozen=True)
class TopicResult:
    tags: tuple[TagResult, ...]
    subjects: tuple[Subject, ...]
    places: tuple[Subject, ...]
    ai_score: float
    kr_score: float


def _confidence(score: float, tag: str) -> float:
    return round(1.0 - math.exp(-score / THRESHOLD[tag]), 3)


def score_topics(doc: Doc, kb: Knowledge, mentions: list[Mention]) -> TopicResult:
    sents = [_Sent() for _ in doc.sentences]
    for hit in doc.hits.get("topic", ()):
        s = sents[doc.sentence_at(hit.start).index]
        for tag, level in hit.payload:
            if tag == "ai_chips":
                if level == "ai_context":
                    s.ai_context = True
                elif level == "phone":
                    s.phone = True
                elif level == "generic":
                    s.generic = True
                    s.ai_terms.append((hit.start, hit.end, 0.0))
                elif level in AI_WEIGHTS:
                    s.ai_terms.append((hit.start, hit.end, AI_WEIGHTS[level]))
            elif level == "north":
                s.north = True
            elif level in KR_WEIGHTS:
                w = KR_WEIGHTS[level]
                if _in_dateline(doc, hit.start, kb.dateline_chars):
                    w = 0.1
                s.kr_terms.append((hit.start, hit.end, w))
    for m in mentions:
        s = sents[doc.sentence_at(m.start).index]
        if m.info.country == "KP":
            s.north = True
        elif m.info.country == "KR":
            w = 0.1 if _in_dateline(doc, m.start, kb.dateline_chars) else 1.0
            s.kr_terms.append((m.start, m.end, w))
        if m.info.chip:
            s.ai_terms.append((m.start, m.end, 0.25))
    ai_specific = any(
        s.ai_context or any(w >= AI_WEIGHTS["strong"] for _, _, w in s.ai_terms) for s in sents
    )
    ai_total = kr_total = 0.0
    ai_core = 0  # sentences with more than weak evidence (a headline counts twice)
    ai_sents = kr_sents = 0
    north_sents = 0
    for sent, s in zip(doc.sentences, sents, strict=True):
        mult = 2.0 if doc.in_headline(sent.start) else 1.0
        ai = max((w for _, _, w in s.ai_terms), default=0.0)
        if s.generic and s.ai_context:
            ai = max(ai, AI_WEIGHTS["medium"])  # a chip beside an AI word
        if s.phone:
            ai = min(ai, 0.25)
        kr = max((w for _, _, w in s.kr_terms), default=0.0)
        if s.north:
            north_sents += 1
            kr = 0.0
        s.ai, s.kr = ai * mult, kr * mult
        if ai >= AI_WEIGHTS["medium"]:
            ai_core += int(mult)
        ai_total += s.ai
        kr_total += s.kr
        ai_sents += s.ai > 0
        kr_sents += s.kr > 0
    if north_sents and kr_total < 2.0 * north_sents:
        kr_total *= 0.5
    tags: list[TagResult] = []
    subjects: list[Subject] = []
    places: list[Subject] = []
    n = max(len(sents), 1)
    if ai_specific and ai_core >= 2 and _enough(ai_total, ai_sents / n, AI_CHIPS):
        conf = _confidence(ai_total, AI_CHIPS)
        tags.append(TagResult(name=AI_CHIPS, score=conf, evidence=_evidence(doc, sents, "ai")))
        subjects.append(SEMICONDUCTORS.model_copy(update={"confidence": conf}))
    if _enough(kr_total, kr_sents / n, KOREA):
        conf = _confidence(kr_total, KOREA)
        tags.append(TagResult(name=KOREA, score=conf, evidence=_evidence(doc, sents, "kr")))
        places.append(SOUTH_KOREA.model_copy(update={"confidence": conf}))
    return TopicResult(tuple(tags), tuple(subjects), tuple(places), ai_total, kr_total)


def _enough(total: float, share: float, tag: str) -> bool:
    """Over the bar, or, in a short story, nearly so with evidence in most of its sentences."""
    return total >= THRESHOLD[tag] or (total >= SHORT_BAR[tag] and share >= SHORT_SHARE)


def _in_dateline(doc: Doc, pos: int, chars: int) -> bool:
    return doc.body_start <= pos < doc.body_start + chars


def _evidence(doc: Doc, sents: list[_Sent], which: str) -> tuple[Evidence, ...]:
    out: list[Evidence] = []
    for s in sents:
        terms = s.ai_terms if which == "ai" else s.kr_terms
        if (s.ai if which == "ai" else s.kr) <= 0:
            continue
        for start, end, w in terms:
            if w <= 0:
                continue
            fld, fs, fe = doc.locate(start, end)
            out.append(
                Evidence.model_construct(term=doc.text[start:end], field=fld, start=fs, end=fe)
            )
            if len(out) >= MAX_EVIDENCE:
                return tuple(out)
    return tuple(out)
