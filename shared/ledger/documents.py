"""The ledger in Elasticsearch, as data: index names, mapping, documents, changes, queries.

Pure: the I/O is in ``shared.ledger.store``. One document per deal, ``_id`` = ``deal_id``,
in an index behind the alias ``<prefix>-deals`` (``chipwire-deals`` by default). Only
keyword, numeric, date and nested fields: no analysis plugin or script is needed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from shared.ledger.model import LedgerEntry

INDEX_GENERATION = 1

Doc = dict[str, Any]


def alias_name(prefix: str) -> str:
    return f"{prefix}-deals"


def index_name(prefix: str) -> str:
    return f"{prefix}-deals-v{INDEX_GENERATION}"


MAPPING: dict[str, Any] = {
    "dynamic": "strict",
    "properties": {
        "deal_id": {"type": "keyword"},
        "vendor": {"type": "keyword"},
        "buyer": {"type": "keyword"},
        "buyer_country": {"type": "keyword"},
        "unit": {"type": "keyword"},
        "quantity": {"type": "long"},
        "qualifier": {"type": "keyword"},
        "amount_usd": {"type": "double"},
        "first_reported": {"type": "date"},
        "last_reported": {"type": "date"},
        "story_count": {"type": "integer"},
        "sources": {"type": "keyword"},
        "languages": {"type": "keyword"},
        "part_of": {"type": "keyword"},
        "stories": {
            "type": "nested",
            "properties": {
                "story_id": {"type": "keyword"},
                "version": {"type": "integer"},
                "source": {"type": "keyword"},
                "language": {"type": "keyword"},
                "published_at": {"type": "date"},
                "quantity": {"type": "long"},
                "qualifier": {"type": "keyword"},
                "amount_usd": {"type": "double"},
            },
        },
    },
}

SETTINGS: dict[str, Any] = {"number_of_shards": 1, "number_of_replicas": 0}


def to_doc(entry: LedgerEntry) -> Doc:
    """The JSON document of one deal: a pure function of the entry (no write time)."""
    doc: Doc = entry.model_dump(mode="json")
    doc["story_count"] = len(entry.stories)
    doc["sources"] = sorted({s.source for s in entry.stories if s.source})
    doc["languages"] = sorted({s.language for s in entry.stories if s.language})
    return doc


@dataclass(frozen=True)
class Changes:
    upserts: tuple[tuple[str, Doc], ...]
    deletes: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.upserts or self.deletes)


def diff(written: Mapping[str, Doc], wanted: Mapping[str, Doc]) -> Changes:
    """What to write so that the index holding ``written`` holds ``wanted``."""
    upserts = tuple((i, d) for i, d in sorted(wanted.items()) if written.get(i) != d)
    deletes = tuple(sorted(i for i in written if i not in wanted))
    return Changes(upserts, deletes)


def bulk_actions(changes: Changes, index: str) -> list[dict[str, Any]]:
    """Actions for ``elasticsearch.helpers.async_bulk``: whole-document index, and delete."""
    actions: list[dict[str, Any]] = [
        {"_op_type": "index", "_index": index, "_id": i, "_source": d} for i, d in changes.upserts
    ]
    actions += [{"_op_type": "delete", "_index": index, "_id": i} for i in changes.deletes]
    return actions


# ---- reading back (the ``chipwire deals`` command calls these) ---------------------------


@dataclass(frozen=True)
class DealRow:
    """One ledger deal as the command line shows it."""

    deal_id: str
    vendor: str | None
    buyer: str | None
    buyer_country: str | None
    unit: str | None
    quantity: int | None
    qualifier: str | None
    amount_usd: float | None
    first_reported: str | None
    last_reported: str | None
    story_count: int
    sources: tuple[str, ...]
    languages: tuple[str, ...]
    story_ids: tuple[str, ...]
    part_of: str | None = None


SORTS: dict[str, list[dict[str, Any]]] = {
    "recent": [{"last_reported": {"order": "desc", "missing": "_last"}}, {"deal_id": "asc"}],
    "units": [{"quantity": {"order": "desc", "missing": "_last"}}, {"deal_id": "asc"}],
    "amount": [{"amount_usd": {"order": "desc", "missing": "_last"}}, {"deal_id": "asc"}],
}


def deals_query(
    *,
    vendor: str | None = None,
    buyer: str | None = None,
    buyer_country: str | None = None,
    unit: str | None = None,
    source: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    sort: str = "recent",
    size: int = 100,
) -> dict[str, Any]:
    """Search body for the deals index; filters are exact (keyword) matches."""
    filters: list[dict[str, Any]] = []
    for field_name, value in (
        ("vendor", vendor),
        ("buyer", buyer),
        ("buyer_country", buyer_country.upper() if buyer_country else None),
        ("unit", unit),
        ("sources", source),
    ):
        if value:
            filters.append({"term": {field_name: value}})
    if since or until:
        bounds: dict[str, str] = {}
        if since:
            bounds["gte"] = since.isoformat()
        if until:
            bounds["lte"] = until.isoformat()
        filters.append({"range": {"last_reported": bounds}})
    if sort not in SORTS:
        raise ValueError(f"sort must be one of {sorted(SORTS)}")
    return {
        "query": {"bool": {"filter": filters}} if filters else {"match_all": {}},
        "sort": SORTS[sort],
        "size": size,
        "track_total_hits": True,
    }


def rows_from_hits(hits: Iterable[Mapping[str, Any]]) -> list[DealRow]:
    """Search hits (``hits.hits``) to rows."""
    return [row_from_doc(hit["_source"]) for hit in hits]


def row_from_doc(doc: Mapping[str, Any]) -> DealRow:
    stories: Sequence[Mapping[str, Any]] = doc.get("stories") or ()
    return DealRow(
        deal_id=doc["deal_id"],
        vendor=doc.get("vendor"),
        buyer=doc.get("buyer"),
        buyer_country=doc.get("buyer_country"),
        unit=doc.get("unit"),
        quantity=doc.get("quantity"),
        qualifier=doc.get("qualifier"),
        amount_usd=doc.get("amount_usd"),
        first_reported=doc.get("first_reported"),
        last_reported=doc.get("last_reported"),
        story_count=int(doc.get("story_count", len(stories))),
        sources=tuple(doc.get("sources") or ()),
        languages=tuple(doc.get("languages") or ()),
        story_ids=tuple(s["story_id"] for s in stories),
        part_of=doc.get("part_of"),
    )
