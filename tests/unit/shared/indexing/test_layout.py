from __future__ import annotations

import json

import pytest

from shared.indexing import IndexNames, analysis_settings, index_template, mappings
from shared.indexing.layout import LANGUAGE_FIELDS, TEXT_FIELD_SUFFIXES

PLUGIN_FILTERS = {
    "chipwire_french_stem",
    "chipwire_french_elision",
    "chipwire_german_stem",
    "chipwire_english_possessive",
    "chipwire_english_stem",
    "chipwire_spanish_stem",
    "chipwire_italian_stem",
    "chipwire_portuguese_stem",
    "chipwire_dutch_stem",
    "chipwire_ascii_folding",
    "chipwire_cjk_width",
    "chipwire_cjk_bigram",
}
BUILT_IN = {"lowercase"}


def test_names_follow_the_prefix() -> None:
    names = IndexNames("t1a2b-chipwire")
    assert names.index == "t1a2b-chipwire-stories-v1"
    assert names.alias == "t1a2b-chipwire-stories"
    assert names.template == "t1a2b-chipwire-stories"
    assert names.pattern == "t1a2b-chipwire-stories-v*"
    assert IndexNames().index == "chipwire-stories-v1"


@pytest.mark.parametrize("bad", ["", "Upper", "-lead", "has space", "a*b", "x" * 90])
def test_bad_prefixes_are_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        IndexNames(bad)


def test_analyzers_use_only_the_plugin_and_built_ins() -> None:
    analyzers = analysis_settings()["analyzer"]
    for spec in analyzers.values():
        assert spec["type"] == "custom"
        assert spec["tokenizer"] == "standard"
        assert set(spec["filter"]) <= PLUGIN_FILTERS | BUILT_IN
    assert analyzers["chipwire_cjk"]["filter"][-1] == "chipwire_cjk_bigram"
    assert "chipwire_french_elision" in analyzers["chipwire_fr"]["filter"]
    assert "chipwire_ascii_folding" in analyzers["chipwire_fold"]["filter"]


def test_every_language_field_has_its_analyzer() -> None:
    props = mappings()["properties"]
    analyzers = analysis_settings()["analyzer"]
    for suffix in TEXT_FIELD_SUFFIXES:
        field = props[f"text_{suffix}"]
        assert field["type"] == "text"
        assert field["analyzer"] in analyzers
    assert {LANGUAGE_FIELDS[c] for c in ("ko", "ja", "zh")} == {"cjk"}
    assert props["text"]["analyzer"] == "chipwire_fold"


def test_mapping_types() -> None:
    m = mappings()
    assert m["dynamic"] == "strict"
    props = m["properties"]
    for kw in ("tags", "companies", "countries", "source", "language", "format", "story_id"):
        assert props[kw]["type"] == "keyword"
    for date in ("date", "published_at", "received_at", "tagged_at"):
        assert props[date]["type"] == "date"
    deals = props["deals"]
    assert deals["type"] == "nested"
    dp = deals["properties"]
    assert dp["quantity"]["type"] == "long"
    assert dp["amount"]["type"] == dp["amount_usd"]["type"] == "double"
    for kw in ("vendor", "buyer", "buyer_country", "unit", "qualifier"):
        assert dp[kw]["type"] == "keyword"
    assert props["tag_results"]["type"] == "nested"
    assert props["subjects"]["properties"]["code"]["type"] == "keyword"
    assert props["places"]["properties"]["code"]["type"] == "keyword"


def test_template_targets_versioned_indices_only() -> None:
    names = IndexNames("abc")
    body = index_template(names, shards=2, replicas=1)
    assert body["index_patterns"] == ["abc-stories-v*"]
    assert body["template"]["settings"]["number_of_shards"] == 2
    assert body["template"]["settings"]["number_of_replicas"] == 1
    assert "aliases" not in body["template"]
    json.dumps(body)  # plain JSON all the way down


def test_refresh_interval_is_a_setting_with_a_checked_value() -> None:
    from shared.adapters.elasticsearch import SearchSettings
    from shared.indexing import DEFAULT_REFRESH_INTERVAL, index_settings

    assert index_settings()["refresh_interval"] == DEFAULT_REFRESH_INTERVAL == "500ms"
    body = index_template(IndexNames("abc"), refresh_interval="1s")
    assert body["template"]["settings"]["refresh_interval"] == "1s"
    assert index_settings(refresh_interval="-1")["refresh_interval"] == "-1"
    assert SearchSettings(index_refresh_interval="250ms").index_refresh_interval == "250ms"
    for bad in ("fast", "1 s", "", "-2"):
        with pytest.raises(ValueError, match="refresh interval"):
            index_settings(refresh_interval=bad)
    with pytest.raises(ValueError, match="refresh interval"):
        SearchSettings(index_refresh_interval="soon")
