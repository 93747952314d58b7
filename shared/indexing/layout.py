"""The story index: names, analysis settings, mappings and the index template.

Layout: one versioned index (``<prefix>-stories-v1``) behind an alias (``<prefix>-stories``);
writers and readers only ever use the alias, so a later ``-v2`` can be built beside it and the
alias swapped. The prefix (``CHIPWIRE_INDEX_PREFIX``, default ``chipwire``) lets tests and
benchmarks use their own indices on a shared server.

Text is indexed twice: ``headline`` and ``text`` with a language-neutral analyzer (standard
tokenizer, lowercase, ASCII folding) that serves every language, and one ``text_<lang>`` field,
filled only for the story's own language, with that language's stemmer (``text_cjk`` holds
Korean, Japanese and Chinese as overlapping bigrams, so that 삼성전자 finds 삼성전자는).

The analysers use only the ``standard`` tokenizer, the ``lowercase`` filter and the token
filters of our ``chipwire-analysis`` plugin: the local Elasticsearch has no analysis-common
module, so the usual ``french``/``cjk`` analyzers and ``asciifolding`` do not exist there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

INDEX_VERSION = 1
_PREFIX_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,80}$")

# ISO 639-1 code -> suffix of the per-language text field.
LANGUAGE_FIELDS: dict[str, str] = {
    "fr": "fr",
    "en": "en",
    "de": "de",
    "es": "es",
    "it": "it",
    "pt": "pt",
    "nl": "nl",
    "ko": "cjk",
    "ja": "cjk",
    "zh": "cjk",
}
TEXT_FIELD_SUFFIXES: tuple[str, ...] = tuple(dict.fromkeys(LANGUAGE_FIELDS.values()))

# Filters of the chipwire-analysis plugin (deploy/local/elasticsearch/analysis-plugin).
_STEMMERS: dict[str, tuple[str, ...]] = {
    "fr": ("chipwire_french_elision", "lowercase", "chipwire_french_stem"),
    "en": ("lowercase", "chipwire_english_possessive", "chipwire_english_stem"),
    "de": ("lowercase", "chipwire_german_stem"),
    "es": ("lowercase", "chipwire_spanish_stem"),
    "it": ("lowercase", "chipwire_italian_stem"),
    "pt": ("lowercase", "chipwire_portuguese_stem"),
    "nl": ("lowercase", "chipwire_dutch_stem"),
}
FOLD_ANALYZER = "chipwire_fold"


@dataclass(frozen=True)
class IndexNames:
    """Resolved names for one deployment."""

    prefix: str = "chipwire"
    version: int = INDEX_VERSION

    def __post_init__(self) -> None:
        if not _PREFIX_RE.match(self.prefix):
            raise ValueError(
                f"index prefix {self.prefix!r}: lowercase letters, digits, '-', '_', '.' only"
            )

    @property
    def alias(self) -> str:
        return f"{self.prefix}-stories"

    @property
    def index(self) -> str:
        return f"{self.prefix}-stories-v{self.version}"

    @property
    def template(self) -> str:
        return f"{self.prefix}-stories"

    @property
    def pattern(self) -> str:
        return f"{self.prefix}-stories-v*"


def analyzer_for(suffix: str) -> str:
    return f"chipwire_{suffix}"


def analysis_settings() -> dict[str, Any]:
    analyzers: dict[str, Any] = {
        FOLD_ANALYZER: {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["lowercase", "chipwire_ascii_folding"],
        },
        analyzer_for("cjk"): {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["chipwire_cjk_width", "lowercase", "chipwire_cjk_bigram"],
        },
    }
    for lang, chain in _STEMMERS.items():
        # Stem first (the stemmers know their accents), then fold, so that a query typed
        # without accents still meets the stem of the accented word.
        analyzers[analyzer_for(lang)] = {
            "type": "custom",
            "tokenizer": "standard",
            "filter": [*chain, "chipwire_ascii_folding"],
        }
    return {"analyzer": analyzers}


def _kw(**extra: Any) -> dict[str, Any]:
    return {"type": "keyword", "ignore_above": 512, **extra}


def _subject() -> dict[str, Any]:
    return {
        "properties": {
            "code": _kw(),
            "name": _kw(),
            "confidence": {"type": "float"},
        }
    }


def deal_properties() -> dict[str, Any]:
    return {
        "vendor": _kw(),
        "buyer": _kw(),
        "buyer_country": _kw(),
        "quantity": {"type": "long"},
        "qualifier": _kw(),
        "unit": _kw(),
        "amount": {"type": "double"},
        "currency": _kw(),
        "amount_usd": {"type": "double"},
        "evidence": {"type": "text", "analyzer": FOLD_ANALYZER},
        # Copied from the story so that nested aggregations can group deals by month.
        "date": {"type": "date"},
    }


def mappings() -> dict[str, Any]:
    text = {"type": "text", "analyzer": FOLD_ANALYZER}
    props: dict[str, Any] = {
        "story_id": _kw(),
        "version": {"type": "long"},
        "source": _kw(),
        "format": _kw(),
        "language": _kw(),
        "pub_status": _kw(),
        "is_correction": {"type": "boolean"},
        "headline": {**text, "fields": {"raw": _kw(ignore_above=1024)}},
        "text": text,
        "dateline": _kw(),
        "url": {"type": "keyword", "index": False, "doc_values": False},
        "raw_sha256": _kw(),
        "date": {"type": "date"},
        "published_at": {"type": "date"},
        "received_at": {"type": "date"},
        "tagged_at": {"type": "date"},
        "tags": _kw(),
        "tag_results": {
            "type": "nested",
            "properties": {
                "name": _kw(),
                "score": {"type": "float"},
                "evidence": {
                    "properties": {
                        "term": _kw(),
                        "field": _kw(),
                        "start": {"type": "integer"},
                        "end": {"type": "integer"},
                    }
                },
            },
        },
        "subjects": _subject(),
        "places": _subject(),
        "companies": _kw(),
        "institutions": _kw(),
        "countries": _kw(),
        "entities": {
            "type": "nested",
            "properties": {
                "name": _kw(),
                "kind": _kw(),
                "country": _kw(),
                "aliases": _kw(),
                "mentions": {"type": "integer"},
            },
        },
        "deal_count": {"type": "integer"},
        "deals": {"type": "nested", "properties": deal_properties()},
    }
    for suffix in TEXT_FIELD_SUFFIXES:
        props[f"text_{suffix}"] = {"type": "text", "analyzer": analyzer_for(suffix)}
    # strict: a field we did not plan for is a bug, and is rejected rather than guessed at.
    return {"dynamic": "strict", "properties": props}


# How soon an indexed story becomes searchable. Elasticsearch's default (1 s) was most of the
# tagger -> searchable latency leg; 0.5 s halves that leg's wait for a measured ES CPU cost
# (docs/bench.md). "-1" (no periodic refresh) is what bulk loads use.
DEFAULT_REFRESH_INTERVAL = "500ms"
_INTERVAL_RE = re.compile(r"^(-1|[0-9]+(ms|s|m))$")


def check_refresh_interval(value: str) -> str:
    if not _INTERVAL_RE.match(value):
        raise ValueError(f"refresh interval {value!r}: a time like 500ms, 1s or -1")
    return value


def index_settings(
    *, shards: int = 1, replicas: int = 0, refresh_interval: str = DEFAULT_REFRESH_INTERVAL
) -> dict[str, Any]:
    return {
        "number_of_shards": shards,
        "number_of_replicas": replicas,
        "refresh_interval": check_refresh_interval(refresh_interval),
        "analysis": analysis_settings(),
    }


def index_template(
    names: IndexNames,
    *,
    shards: int = 1,
    replicas: int = 0,
    refresh_interval: str = DEFAULT_REFRESH_INTERVAL,
) -> dict[str, Any]:
    """Body of ``PUT _index_template/<names.template>``: every ``-vN`` index gets the layout."""
    return {
        "index_patterns": [names.pattern],
        "priority": 200,
        "template": {
            "settings": index_settings(
                shards=shards, replicas=replicas, refresh_interval=refresh_interval
            ),
            "mappings": mappings(),
        },
        "_meta": {"owner": "chipwire", "layout_version": names.version},
    }
