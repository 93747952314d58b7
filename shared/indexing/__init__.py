"""The story search index, as pure code: layout, documents, bulk outcomes, queries, aggregations.

Nothing here does I/O; ``shared.adapters.elasticsearch`` talks to the server.
"""

from shared.indexing.aggregations import (
    DealGrouping,
    DealOrder,
    DealReport,
    DealTotal,
    deal_aggregations,
    parse_deal_aggregations,
)
from shared.indexing.documents import index_action, story_date, text_field, to_document
from shared.indexing.layout import (
    INDEX_VERSION,
    LANGUAGE_FIELDS,
    IndexNames,
    analysis_settings,
    index_settings,
    index_template,
    mappings,
)
from shared.indexing.outcomes import ItemResult, ItemStatus, classify_item
from shared.indexing.query import (
    SearchResult,
    SortOrder,
    StoryFilters,
    StoryHit,
    build_search,
    parse_search,
    story_query,
)

__all__ = [
    "INDEX_VERSION",
    "LANGUAGE_FIELDS",
    "DealGrouping",
    "DealOrder",
    "DealReport",
    "DealTotal",
    "IndexNames",
    "ItemResult",
    "ItemStatus",
    "SearchResult",
    "SortOrder",
    "StoryFilters",
    "StoryHit",
    "analysis_settings",
    "build_search",
    "classify_item",
    "deal_aggregations",
    "index_action",
    "index_settings",
    "index_template",
    "mappings",
    "parse_deal_aggregations",
    "parse_search",
    "story_date",
    "story_query",
    "text_field",
    "to_document",
]
