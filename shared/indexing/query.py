"""Search requests over the story index and the reading of their answers (pure).

Full text goes to every text field at once, each analysing the query its own way: the
language-neutral ``headline``/``text`` and every ``text_<lang>``. A French query therefore
meets the French stems of French stories, a Korean query the bigrams of Korean stories, and a
company name any story at all. All the words must be found in one field (``operator: and``).

Filters: every ``tags`` value must be present; within ``companies``, ``countries``,
``languages`` and ``sources`` any value will do. ``min_units``/``min_usd``/``unit`` apply to
one and the same deal. Withdrawn stories are left out unless asked for.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from shared.indexing.layout import TEXT_FIELD_SUFFIXES

HIGHLIGHT_PRE = "<em>"
HIGHLIGHT_POST = "</em>"
MAX_SIZE = 1000
# Snippets come from the first of these fields that has any (each holds headline and body):
# the story's own language field shows stemmed matches, ``text`` the rest.
HIGHLIGHT_FIELDS: tuple[str, ...] = (*(f"text_{s}" for s in TEXT_FIELD_SUFFIXES), "text")
_SOURCE_EXCLUDES = ["text", "text_*", "tag_results", "entities", "subjects", "places"]


class SortOrder(StrEnum):
    RELEVANCE = "relevance"
    DATE = "date"


def _iso(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat()


@dataclass(frozen=True)
class StoryFilters:
    """Restrictions shared by searches and deal aggregations."""

    tags: tuple[str, ...] = ()
    companies: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    since: datetime | None = None
    until: datetime | None = None  # exclusive
    min_units: int | None = None
    min_usd: float | None = None
    unit: str | None = None
    include_withdrawn: bool = False

    def clauses(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """(filter, must_not) clauses of a bool query."""
        flt: list[dict[str, Any]] = [{"term": {"tags": tag}} for tag in self.tags]
        for fld, values in (
            ("companies", self.companies),
            ("countries", tuple(c.upper() for c in self.countries)),
            ("language", tuple(v.lower() for v in self.languages)),
            ("source", self.sources),
        ):
            if values:
                flt.append({"terms": {fld: list(values)}})
        if self.since or self.until:
            rng: dict[str, str] = {}
            if self.since:
                rng["gte"] = _iso(self.since)
            if self.until:
                rng["lt"] = _iso(self.until)
            flt.append({"range": {"date": rng}})
        deal = self.deal_clauses(prefix="deals.")
        if deal:
            flt.append({"nested": {"path": "deals", "query": {"bool": {"filter": deal}}}})
        must_not: list[dict[str, Any]] = []
        if not self.include_withdrawn:
            must_not.append({"term": {"pub_status": "canceled"}})
        return flt, must_not

    def deal_clauses(self, prefix: str = "deals.") -> list[dict[str, Any]]:
        """Conditions on one deal (inside a ``nested`` query or a ``filter`` aggregation)."""
        out: list[dict[str, Any]] = []
        if self.min_units is not None:
            out.append({"range": {f"{prefix}quantity": {"gte": self.min_units}}})
        if self.min_usd is not None:
            out.append({"range": {f"{prefix}amount_usd": {"gte": self.min_usd}}})
        if self.unit:
            out.append({"term": {f"{prefix}unit": self.unit}})
        return out


def text_query(text: str) -> dict[str, Any]:
    fields = ["headline^2", "text", *(f"text_{s}" for s in TEXT_FIELD_SUFFIXES)]
    return {
        "multi_match": {
            "query": text,
            "type": "best_fields",
            "fields": fields,
            "operator": "and",
            "tie_breaker": 0.2,
        }
    }


def story_query(text: str | None, filters: StoryFilters) -> dict[str, Any]:
    flt, must_not = filters.clauses()
    body: dict[str, Any] = {}
    if text and text.strip():
        body["must"] = [text_query(text.strip())]
    if flt:
        body["filter"] = flt
    if must_not:
        body["must_not"] = must_not
    return {"bool": body} if body else {"match_all": {}}


def build_search(
    text: str | None,
    filters: StoryFilters | None = None,
    *,
    sort: SortOrder = SortOrder.RELEVANCE,
    size: int = 10,
    offset: int = 0,
) -> dict[str, Any]:
    """Body of a ``_search`` request (pass as ``client.search(index=alias, **body)``)."""
    filters = filters or StoryFilters()
    if not 0 <= size <= MAX_SIZE:
        raise ValueError(f"size must be within 0..{MAX_SIZE}")
    has_text = bool(text and text.strip())
    by_date = [{"date": {"order": "desc", "missing": "_last"}}, {"story_id": "asc"}]
    if not has_text:
        order: list[Any] = by_date  # nothing to score
    elif sort is SortOrder.DATE:
        order = [by_date[0], "_score", by_date[1]]
    else:
        order = ["_score", *by_date]
    body: dict[str, Any] = {
        "query": story_query(text, filters),
        "sort": order,
        "size": size,
        "from": offset,
        "track_total_hits": True,
        "_source": {"excludes": _SOURCE_EXCLUDES},
    }
    if has_text:
        body["highlight"] = {
            "pre_tags": [HIGHLIGHT_PRE],
            "post_tags": [HIGHLIGHT_POST],
            "encoder": "default",
            "fragment_size": 160,
            "number_of_fragments": 2,
            "fields": {f: {} for f in HIGHLIGHT_FIELDS},
        }
    return body


@dataclass(frozen=True)
class StoryHit:
    story_id: str
    version: int
    score: float | None
    date: str | None
    source: str | None
    language: str | None
    headline: str
    tags: tuple[str, ...] = ()
    companies: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    deals: tuple[Mapping[str, Any], ...] = ()
    snippets: tuple[str, ...] = ()
    url: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "story_id": self.story_id,
            "version": self.version,
            "score": self.score,
            "date": self.date,
            "source": self.source,
            "language": self.language,
            "headline": self.headline,
            "tags": list(self.tags),
            "companies": list(self.companies),
            "countries": list(self.countries),
            "deals": [dict(d) for d in self.deals],
            "snippets": list(self.snippets),
            "url": self.url,
        }


@dataclass(frozen=True)
class SearchResult:
    total: int
    hits: tuple[StoryHit, ...] = field(default_factory=tuple)


def _snippets(highlight: Mapping[str, Sequence[str]]) -> tuple[str, ...]:
    for name in HIGHLIGHT_FIELDS:
        fragments = highlight.get(name)
        if fragments:
            return tuple(fragments)
    return ()


def parse_search(response: Mapping[str, Any]) -> SearchResult:
    hits = response.get("hits", {})
    total = hits.get("total", {})
    count = int(total.get("value", 0)) if isinstance(total, Mapping) else int(total or 0)
    out: list[StoryHit] = []
    for hit in hits.get("hits", []):
        src = hit.get("_source", {})
        out.append(
            StoryHit(
                story_id=str(src.get("story_id", hit.get("_id"))),
                version=int(src.get("version", 0)),
                score=hit.get("_score"),
                date=src.get("date"),
                source=src.get("source"),
                language=src.get("language"),
                headline=str(src.get("headline", "")),
                tags=tuple(src.get("tags", ())),
                companies=tuple(src.get("companies", ())),
                countries=tuple(src.get("countries", ())),
                deals=tuple(src.get("deals", ())),
                snippets=_snippets(hit.get("highlight", {})),
                url=src.get("url"),
            )
        )
    return SearchResult(total=count, hits=tuple(out))
