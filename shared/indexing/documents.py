"""From a tagged story to the Elasticsearch document and its bulk action.

``to_document`` is the only place where a story becomes a plain dict: that dict is the wire
format of Elasticsearch. The bulk action carries the story id as ``_id`` and the story version
as an external version (``external_gte``): an older version arriving late is refused with a
version conflict, and replaying the same version is harmless.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from shared.indexing.layout import LANGUAGE_FIELDS, IndexNames
from shared.models.events import StoryTagged
from shared.models.tagging import Deal, Entity, Subject

PLACE_PREFIX = "iso3166-1a2:"


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat()


def story_date(event: StoryTagged) -> datetime:
    """The date a story is searched and grouped by: published, else received."""
    return event.story.published_at or event.story.received_at


def text_field(language: str | None) -> str | None:
    """Name of the per-language text field for an ISO 639-1 code, if we have one."""
    if not language:
        return None
    suffix = LANGUAGE_FIELDS.get(language.lower().split("-", 1)[0])
    return f"text_{suffix}" if suffix else None


def _countries(event: StoryTagged) -> list[str]:
    found: dict[str, None] = {}
    for place in event.tagging.places:
        if place.code.lower().startswith(PLACE_PREFIX):
            found[place.code[len(PLACE_PREFIX) :].upper()] = None
    for entity in event.tagging.entities:
        if entity.kind == "country" and entity.country:
            found[entity.country.upper()] = None
    for deal in event.tagging.deals:
        if deal.buyer_country:
            found[deal.buyer_country.upper()] = None
    return list(found)


def _names(entities: tuple[Entity, ...], kind: str) -> list[str]:
    return list(dict.fromkeys(e.name for e in entities if e.kind == kind))


def _subject(s: Subject) -> dict[str, Any]:
    return {"code": s.code, "name": s.name, "confidence": s.confidence}


def _deal(d: Deal, date: str | None) -> dict[str, Any]:
    return {
        "vendor": d.vendor,
        "buyer": d.buyer,
        "buyer_country": d.buyer_country.upper() if d.buyer_country else None,
        "quantity": d.quantity,
        "qualifier": d.qualifier.value if d.qualifier else None,
        "unit": d.unit.value if d.unit else None,
        "amount": d.amount,
        "currency": d.currency,
        "amount_usd": d.amount_usd,
        "evidence": d.evidence,
        "date": date,
    }


def to_document(event: StoryTagged) -> dict[str, Any]:
    story, tagging = event.story, event.tagging
    date = _iso(story_date(event))
    doc: dict[str, Any] = {
        "story_id": story.id,
        "version": story.version,
        "source": story.source,
        "format": story.format.value,
        "language": story.language,
        "pub_status": story.pub_status.value,
        "is_correction": story.is_correction,
        "headline": story.headline,
        "text": story.text,
        "dateline": story.dateline,
        "url": story.url,
        "raw_sha256": story.raw_sha256,
        "date": date,
        "published_at": _iso(story.published_at),
        "received_at": _iso(story.received_at),
        "tagged_at": _iso(event.tagged_at),
        "tags": list(dict.fromkeys(tagging.tag_names)),
        "tag_results": [
            {
                "name": t.name,
                "score": t.score,
                "evidence": [
                    {"term": e.term, "field": e.field, "start": e.start, "end": e.end}
                    for e in t.evidence
                ],
            }
            for t in tagging.tags
        ],
        "subjects": [_subject(s) for s in tagging.subjects],
        "places": [_subject(p) for p in tagging.places],
        "companies": _names(tagging.entities, "company"),
        "institutions": _names(tagging.entities, "institution"),
        "countries": _countries(event),
        "entities": [
            {
                "name": e.name,
                "kind": e.kind,
                "country": e.country,
                "aliases": list(e.aliases),
                "mentions": e.mentions,
            }
            for e in tagging.entities
        ],
        "deal_count": len(tagging.deals),
        "deals": [_deal(d, date) for d in tagging.deals],
    }
    field = text_field(story.language)
    if field:
        doc[field] = story.text
    return doc


def index_action(event: StoryTagged, names: IndexNames) -> dict[str, Any]:
    """One action for ``elasticsearch.helpers`` bulk helpers, written through the alias."""
    return {
        "_op_type": "index",
        "_index": names.alias,
        "_id": event.story.id,
        "version": event.story.version,
        "version_type": "external_gte",
        "_source": to_document(event),
    }
