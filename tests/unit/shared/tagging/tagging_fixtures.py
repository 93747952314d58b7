"""Stories written for the tagger's tests (not taken from any corpus) and a shared Knowledge."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from functools import lru_cache

from shared.models.story import Story, StoryFormat
from shared.models.tagging import Tagging
from shared.tagging import Knowledge, load_knowledge, tag_story


@lru_cache(maxsize=1)
def kb() -> Knowledge:
    return load_knowledge()


def story(
    headline: str, *body: str, lang: str | None = "en", dateline: str | None = None
) -> Story:
    text = "\n".join([headline, *body])
    return Story(
        id=hashlib.sha1(text.encode()).hexdigest(),
        version=1,
        source="test",
        format=StoryFormat.AGENCY_TEXT,
        language=lang,
        headline=headline,
        body=tuple(body),
        dateline=dateline,
        received_at=datetime(2025, 11, 3, tzinfo=UTC),
        raw_sha256=hashlib.sha256(text.encode()).hexdigest(),
    )


def tag(
    headline: str, *body: str, lang: str | None = "en", dateline: str | None = None
) -> Tagging:
    return tag_story(story(headline, *body, lang=lang, dateline=dateline), kb())


def facts(t: Tagging) -> set[tuple[str | None, str | None, float, str]]:
    """(buyer, buyer_country, size, kind) of each deal: what the scorer counts."""
    out: set[tuple[str | None, str | None, float, str]] = set()
    for d in t.deals:
        if d.quantity is not None:
            out.add((d.buyer, d.buyer_country, float(d.quantity), "units"))
        if d.amount_usd is not None:
            out.add((d.buyer, d.buyer_country, round(d.amount_usd), "usd"))
    return out


def roles(t: Tagging) -> list[tuple[str | None, str | None, float | None]]:
    """(vendor, buyer, size) of each deal: its quantity, else its amount."""
    return [
        (d.vendor, d.buyer, d.quantity if d.quantity is not None else d.amount) for d in t.deals
    ]
