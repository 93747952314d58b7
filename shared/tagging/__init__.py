"""The tagger: tags, standard codes, entities and chip deals of one story.

``tag_story(story, kb)`` is pure and synchronous; ``kb`` comes from ``load_knowledge()``,
loaded once per process.
"""

from __future__ import annotations

from shared.models.story import Story
from shared.models.tagging import Deal, Tagging
from shared.tagging.deal_scope import RELEVANCE_MIN, deal_spans, makes_chips
from shared.tagging.deals import extract_deals
from shared.tagging.entities import entity_outputs, find_entities
from shared.tagging.knowledge import Knowledge, load_knowledge
from shared.tagging.language import guess_language
from shared.tagging.numbers import read_numbers
from shared.tagging.text import make_doc
from shared.tagging.topics import confirm_by_deals, score_topics

__all__ = ["Knowledge", "load_knowledge", "story_language", "tag_story"]


def story_language(story: Story) -> str | None:
    """The story's ISO 639-1 language: the parser's, else a guess from the text."""
    if story.language:
        return story.language[:2].lower()
    return guess_language(story.text)


def tag_story(story: Story, kb: Knowledge) -> Tagging:
    lang = story_language(story) or "xx"
    doc = make_doc(story, lang)
    lexicon = kb.lexicon(lang)
    doc.hits = lexicon.scan(doc.tokens)
    mentions = find_entities(doc, kb)
    topics = score_topics(doc, kb, mentions)
    deals: tuple[Deal, ...] = ()
    ai_chips = topics.ai_score >= RELEVANCE_MIN
    # numbers matter only in a story about chips: AI chips, or making chips of any kind
    plants_only = not ai_chips and makes_chips(doc, kb)
    if ai_chips or plants_only:
        doc.hits.update(lexicon.scan(doc.tokens, late=True))
        spans = deal_spans(doc)
        if spans:
            nums = read_numbers(doc.tokens, lang, kb.numbers, doc.hits.get("spelled", []), spans)
            deals = extract_deals(doc, kb, mentions, nums, topics.ai_score,
                                  plants_only=plants_only)
            topics = confirm_by_deals(topics, deals)  # (plants give sums, never counts)
    return Tagging(
        tags=topics.tags,
        subjects=topics.subjects,
        places=topics.places,
        entities=entity_outputs(mentions),
        deals=deals,
    )
