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
    DEFAULT_REFRESH_INTERVAL,
    INDEX_VERSION,
    LANGUAGE_FIELDS,
    IndexNames,
    analysis_settings,
    check_refresh_interval,
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
    "DEFAULT_REFRESH_INTERVAL",
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
    "check_refresh_interval",
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
