"""Where a story's chip deals can be: a story about AI chips or about making chips, and in
it the sentences whose numbers can matter."""

from __future__ import annotations

from shared.tagging.knowledge import Knowledge
from shared.tagging.parties import VERBS
from shared.tagging.text import Doc

RELEVANCE_MIN = 1.0  # ai-chips score under which a story holds no chip deal
_SIZE_WORDS = frozenset((*VERBS, "unit", "count"))


def makes_chips(doc: Doc, kb: Knowledge) -> bool:
    """The headline or the lead is about making chips ('Bosch steckt 1,5 Milliarden Euro in
    Chipfertigung', '반도체 공장'): the story may state deals whatever the chips are for."""
    lead = next((s.end for s in doc.sentences if s.start >= doc.body_start), len(doc.low))
    return kb.chipmaking.search(doc.low, lead)


def deal_spans(doc: Doc) -> list[tuple[int, int]]:
    """The sentences whose numbers can matter: those with a deal verb, a unit or a counter
    (a number elsewhere is neither a deal nor a unit a later list could inherit)."""
    hits = doc.hits.get("deal", [])
    sized = [h.start for h in hits if any(cat in _SIZE_WORDS for cat, _ in h.payload)]
    idx = sorted(set(doc.indexes(sized)))
    spans: list[tuple[int, int]] = []
    for i in idx:
        sent = doc.sentences[i]
        # a dateline left in the body holds no size, and its day must not open a range with
        # the story's first number ("SEOUL, March 5 - Three thousand cards ...")
        start = sent.start
        if doc.body_start <= sent.start < doc.dateline_end:
            start = doc.dateline_end
            if start >= sent.end:
                continue
        if spans and spans[-1][1] >= start - 4:
            spans[-1] = (spans[-1][0], sent.end)
        else:
            spans.append((start, sent.end))
    return spans
