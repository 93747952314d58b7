"""Pipeline metrics shared by every worker (prometheus-client, default registry).

Label values are squeezed into small known sets so that a odd feed cannot blow up the
number of series: an unknown agency is ``other``, an unknown language ``und``.
"""

from __future__ import annotations

from prometheus_client import Counter, Histogram

KNOWN_SOURCES = frozenset(
    {"ATS", "Keystone-SDA", "AFP", "Reuters", "dpa", "Yonhap", "AP", "Kyodo", "ANSA", "EFE"}
)
KNOWN_LANGUAGES = frozenset({"fr", "en", "de", "ko", "es", "it", "ja", "nl", "pt"})


def source_label(source: str | None) -> str:
    return source if source in KNOWN_SOURCES else "other"


def language_label(language: str | None) -> str:
    return language if language in KNOWN_LANGUAGES else "und"


STORIES_IN = Counter(
    "chipwire_stories_in_total",
    "Messages a stage read",
    ["stage"],
)
STORIES_OUT = Counter(
    "chipwire_stories_out_total",
    "Stories a stage passed on (or indexed)",
    ["stage", "source", "language"],
)
DUPLICATES = Counter(
    "chipwire_duplicates_dropped_total",
    "Exact duplicates dropped",
    ["stage", "source"],
)
STALE = Counter(
    "chipwire_stale_versions_total",
    "Older versions that arrived after a newer one and were not passed on",
    ["stage"],
)
DEAD_LETTERS = Counter(
    "chipwire_dead_letters_total",
    "Messages sent to the dead-letter topic",
    ["stage", "reason"],
)
TAGS = Counter(
    "chipwire_tags_assigned_total",
    "Tags assigned by the tagger",
    ["tag"],
)
DEAL_MENTIONS = Counter(
    "chipwire_deal_mentions_total",
    "Deals stated in tagged stories (each mention; the ledger counts distinct deals)",
    ["unit"],
)
PROCESSING_SECONDS = Histogram(
    "chipwire_processing_seconds",
    "Pure processing time per story",
    ["stage"],
    buckets=(0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5),
)
BATCH_SIZE = Histogram(
    "chipwire_batch_messages",
    "Messages per batch taken from the stream",
    ["stage"],
    buckets=(1, 5, 10, 25, 50, 100, 250, 500, 1000, 2000),
)


def story_out(stage: str, source: str | None, language: str | None) -> None:
    STORIES_OUT.labels(stage, source_label(source), language_label(language)).inc()
