"""Pipeline metrics shared by every worker (prometheus-client, default registry).

Label values are squeezed into small known sets so that a odd feed cannot blow up the
number of series: an unknown agency is ``other``, an unknown language ``und``.
"""

from __future__ import annotations

from typing import Any

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


class StageMetrics:
    """The metric children of one stage, bound once.

    ``Counter.labels()`` costs about 10 µs (validation and a lock); at thousands of stories a
    second and several counters per story that is a visible share of a worker's time, so the
    children are looked up once and kept.
    """

    def __init__(self, stage: str) -> None:
        self.stage = stage
        self.read = STORIES_IN.labels(stage)
        self.seconds = PROCESSING_SECONDS.labels(stage)
        self.batch = BATCH_SIZE.labels(stage)
        self.stale = STALE.labels(stage)
        self._out: dict[tuple[str, str], Any] = {}
        self._duplicates: dict[str, Any] = {}
        self._dead: dict[str, Any] = {}
        self._tags: dict[str, Any] = {}
        self._deals: dict[str, Any] = {}

    def passed(self, source: str | None, language: str | None) -> None:
        key = (source_label(source), language_label(language))
        child = self._out.get(key)
        if child is None:
            child = self._out[key] = STORIES_OUT.labels(self.stage, *key)
        child.inc()

    def duplicate(self, source: str | None) -> None:
        key = source_label(source)
        child = self._duplicates.get(key)
        if child is None:
            child = self._duplicates[key] = DUPLICATES.labels(self.stage, key)
        child.inc()

    def dead_letter(self, reason: str) -> None:
        child = self._dead.get(reason)
        if child is None:
            child = self._dead[reason] = DEAD_LETTERS.labels(self.stage, reason)
        child.inc()

    def tag(self, name: str) -> None:
        child = self._tags.get(name)
        if child is None:
            child = self._tags[name] = TAGS.labels(name)
        child.inc()

    def deal(self, unit: str) -> None:
        child = self._deals.get(unit)
        if child is None:
            child = self._deals[unit] = DEAL_MENTIONS.labels(unit)
        child.inc()
