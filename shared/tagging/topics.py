"""The two tags: is a story substantially about AI chips, about South Korea?

Each sentence is worth the weight of the strongest evidence it holds (a headline counts
double), so a term repeated in one sentence adds nothing and a passing mention (one sentence)
stays under the bar. Generic chip words count only beside an AI word; phone and snack
contexts cancel them; Korea words in a sentence about North Korea hardly count, and a city
in the dateline counts little.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from shared.models.tagging import Deal, Evidence, Subject, TagResult
from shared.tagging.build import construct
from shared.tagging.entities import Mention
from shared.tagging.knowledge import Knowledge
from shared.tagging.text import Doc, Sentence

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
GENERIC = -1.0  # marker: a generic chip word, worth something only beside AI
UP = {GENERIC: 0.5, 0.0: 0.5, 0.25: 0.5, 0.5: 1.0}  # one level up beside an AI word
LEAD = 1.5  # the lead sentence under a headline
DATELINE_KR = 0.5


@dataclass(slots=True)
class _Sent:
    ai: float = 0.0
    kr: float = 0.0
    north: bool = False
    phone: bool = False
    generic: bool = False
    context: list[tuple[int, int]] = field(default_factory=list)  # AI words ("AI", Nvidia)
    makers: bool = False  # a chip company is named ("AMD accelerators")
    ai_terms: list[tuple[int, int, float]] = field(default_factory=list)
    kr_terms: list[tuple[int, int, float]] = field(default_factory=list)


@dataclass(frozen=True)
class TopicResult:
    tags: tuple[TagResult, ...]
    subjects: tuple[Subject, ...]
    places: tuple[Subject, ...]
    ai_score: float
    kr_score: float
    # the ai-chips tag a story under the bar would get if it counts chips in a deal (built
    # only then: most stories never need it)
    ai_if_counted: Callable[[], tuple[TagResult, Subject]] | None = None


def confirm_by_deals(topics: TopicResult, deals: Sequence[Deal]) -> TopicResult:
    """A story about AI that counts chips, GPUs or HBM stacks bought or sold is about AI
    chips, however few chip words it uses ("the site will host up to 40,000 Nvidia chips").
    A sum of money alone does not tell chips from data centres or cars."""
    if topics.ai_if_counted is None or not any(d.quantity for d in deals):
        return topics
    tag, subject = topics.ai_if_counted()
    return replace(topics, tags=(tag, *topics.tags), subjects=(subject, *topics.subjects),
                   ai_if_counted=None)


def _confidence(score: float, tag: str) -> float:
    return round(1.0 - math.exp(-score / THRESHOLD[tag]), 3)


_NONE = _Sent()  # a sentence without evidence (shared, never changed)


def _collect(doc: Doc, kb: Knowledge, mentions: list[Mention]) -> list[_Sent]:
    sents = [_NONE] * len(doc.sentences)
    hits = doc.hits.get("topic", [])
    for hit, k in zip(hits, doc.indexes([h.start for h in hits]), strict=True):
        s = sents[k]
        if s is _NONE:
            s = sents[k] = _Sent()
        for tag, level in hit.payload:
            if tag == "ai_chips":
                if level == "ai_context":
                    s.context.append((hit.start, hit.end))
                elif level == "phone":
                    s.phone = True
                elif level == "generic":
                    s.generic = True
                    s.ai_terms.append((hit.start, hit.end, GENERIC))
                elif level in AI_WEIGHTS:
                    s.ai_terms.append((hit.start, hit.end, AI_WEIGHTS[level]))
            elif level == "north":
                s.north = True
            elif level in KR_WEIGHTS:
                w = 0.1 if hit.start < doc.dateline_end else KR_WEIGHTS[level]
                s.kr_terms.append((hit.start, hit.end, w))
    for m, k in zip(mentions, doc.indexes([m.start for m in mentions]), strict=True):
        s = sents[k]
        if s is _NONE:
            s = sents[k] = _Sent()
        if m.info.country == "KP":
            s.north = True
        elif m.info.country == "KR":
            s.kr_terms.append((m.start, m.end, 0.1 if m.start < doc.dateline_end else 1.0))
        if m.info.chip:
            s.ai_terms.append((m.start, m.end, AI_WEIGHTS["weak"]))
            s.makers = True
    return sents


def _specific(s: _Sent) -> bool:
    """Evidence of AI chips proper: a strong term, or a chip word beside an AI word."""
    return any(
        w >= AI_WEIGHTS["strong"]
        or (
            w == AI_WEIGHTS["medium"]
            and (s.makers or any(cs != a or ce != b for cs, ce in s.context))
        )
        for a, b, w in s.ai_terms
    )


def _ai_weight(s: _Sent, generic: float) -> float:
    """What a sentence's chip evidence is worth: its strongest term, a chip word beside an AI
    word (another term) counting one level up, plus half the next distinct term."""
    if not s.ai_terms:
        return 0.0
    ws: dict[tuple[int, int], float] = {}
    for start, end, w in s.ai_terms:
        if w == GENERIC:
            w = 0.0
        if w < AI_WEIGHTS["strong"] and any(cs != start or ce != end for cs, ce in s.context):
            w = UP[w]  # "accélérateurs d'intelligence artificielle", "memory for AI"
        elif w == AI_WEIGHTS["medium"] and s.makers:
            w = AI_WEIGHTS["strong"]  # "AMD accelerators": an AI word beside a chip maker
        elif w == 0.0:
            w = generic  # "the chips" in a story about AI chips
        key = (start, end)
        ws[key] = max(ws.get(key, 0.0), w)
    top = sorted(ws.values(), reverse=True)
    score = top[0] + (0.5 * top[1] if len(top) > 1 else 0.0)
    score = min(score, AI_WEIGHTS["strong"])
    if s.phone:
        score = min(score, AI_WEIGHTS["weak"])
    return score


def _mult(doc: Doc, sent: Sentence, lead: int) -> float:
    """The headline counts double; the lead (the first body sentence) carries the story's
    focus too, as much as a headline when there is none."""
    if doc.in_headline(sent.start):
        return 2.0
    if sent.index == lead:
        return LEAD if doc.headline_end else 2.0
    return 1.0


def score_topics(doc: Doc, kb: Knowledge, mentions: list[Mention]) -> TopicResult:
    sents = _collect(doc, kb, mentions)
    lead = next((x.index for x in doc.sentences if x.start >= doc.body_start), -1)
    spec = [s is not _NONE and _specific(s) for s in sents]
    ai_specific = any(spec) or any(s.context for s in sents)
    # The story's focus: AI chips in its headline or lead, or in a third of its sentences.
    # There a plain "chips" means AI chips; elsewhere it is a weak hint at most.
    focus = (
        any(spec[: lead + 1]) or sum(spec) * 3 >= len(sents)
    )
    generic = AI_WEIGHTS["medium"] if focus else AI_WEIGHTS["weak"] if any(spec) else 0.0
    ai_total = kr_total = 0.0
    ai_core = 0.0  # weight of sentences with more than weak evidence
    ai_sents = kr_sents = 0
    north_sents = 0
    for sent, s in zip(doc.sentences, sents, strict=True):
        if s is _NONE:
            continue
        mult = _mult(doc, sent, lead)
        ai = _ai_weight(s, generic)
        kr = max((w for _, _, w in s.kr_terms), default=0.0)
        if s.north:
            north_sents += 1
            kr = 0.0
        s.ai, s.kr = ai * mult, kr * mult
        if ai >= AI_WEIGHTS["medium"]:
            ai_core += mult
        ai_total += s.ai
        kr_total += s.kr
        ai_sents += s.ai > 0
        kr_sents += s.kr > 0
    n = max(len(sents), 1)
    place = doc.dateline.lower()
    if place and kb.kr_places.search(place) and not kb.kp_places.search(place):
        # datelined in South Korea: the place the story happens, worth a sentence
        kr_total += DATELINE_KR
        kr_sents += 1
        n += 1
    if north_sents and kr_total < 2.0 * north_sents:
        kr_total *= 0.5
    tags: list[TagResult] = []
    subjects: list[Subject] = []
    places: list[Subject] = []
    ai_if_counted: Callable[[], tuple[TagResult, Subject]] | None = None
    if ai_specific:
        conf = _confidence(ai_total, AI_CHIPS)

        def ai_tag() -> tuple[TagResult, Subject]:
            return (TagResult(name=AI_CHIPS, score=conf, evidence=_evidence(doc, sents, "ai")),
                    SEMICONDUCTORS.model_copy(update={"confidence": conf}))

        if ai_core >= 2 and _enough(ai_total, ai_sents / n, AI_CHIPS):
            tag, semis = ai_tag()
            tags.append(tag)
            subjects.append(semis)
        else:
            ai_if_counted = ai_tag
    if _enough(kr_total, kr_sents / n, KOREA):
        conf = _confidence(kr_total, KOREA)
        tags.append(TagResult(name=KOREA, score=conf, evidence=_evidence(doc, sents, "kr")))
        places.append(SOUTH_KOREA.model_copy(update={"confidence": conf}))
    return TopicResult(tuple(tags), tuple(subjects), tuple(places), ai_total, kr_total,
                       ai_if_counted)


def _enough(total: float, share: float, tag: str) -> bool:
    """Over the bar, or, in a short story, nearly so with evidence in most of its sentences."""
    return total >= THRESHOLD[tag] or (total >= SHORT_BAR[tag] and share >= SHORT_SHARE)


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
            out.append(construct(Evidence, term=doc.text[start:end], field=fld, start=fs, end=fe))
            if len(out) >= MAX_EVIDENCE:
                return tuple(out)
    return tuple(out)
