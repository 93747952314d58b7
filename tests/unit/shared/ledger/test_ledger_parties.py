"""Party names: aliases, scripts, suffixes, countries."""

from __future__ import annotations

import pytest

from shared.errors import ConfigError
from shared.ledger.parties import DEFAULT_PARTIES as P
from shared.ledger.parties import normalize, parties_from_entities


@pytest.mark.parametrize(
    ("raw", "norm"),
    [
        ("Samsung Electronics Co., Ltd.", "samsung electronics"),
        ("The Nvidia Corp.", "nvidia"),
        ("(주)삼성전自", "삼성전自"),
        ("Samsung\u2019s", "samsung"),
        ("\uff33\uff2b\u3000\uff48\uff59\uff4e\uff49\uff58", "sk hynix"),  # full width
    ],
)
def test_normalize(raw: str, norm: str) -> None:
    assert normalize(raw) == norm


@pytest.mark.parametrize("name", ["Samsung", "samsung electronics", "삼성전자", "サムスン電子"])
def test_samsung_under_any_name(name: str) -> None:
    assert P.company_key(name) == P.company_key("Samsung Electronics")
    assert P.display(name) == "Samsung Electronics"


def test_sk_hynix_is_not_sk_group() -> None:
    assert P.company_key("SK hynix") != P.company_key("SK Group")
    assert P.company_key("SK 그룹") == P.company_key("SK Group")


def test_buyer_keys() -> None:
    assert P.buyer_key(None, "kr") == ("country", "KR")
    assert P.buyer_key("Corée du Sud", None) == ("country", "KR")
    assert P.buyer_key("대한민국", "KR") == ("country", "KR")
    assert P.buyer_key("Samsung", "KR") == ("org", P.company_key("Samsung"))
    assert P.buyer_key(None, None) == ("none", "")
    assert P.buyer_key("Some Startup Inc.", None) == ("org", "somestartup")


def test_unknown_names_compare_by_normal_form() -> None:
    assert P.company_key("Acme Chips Ltd") == P.company_key("ACME CHIPS")


def test_entities_as_a_mapping_merge_with_ours() -> None:
    theirs = parties_from_entities({"Samsung": ["samsung electronics", "삼성", "三星電子"]})
    merged = P.merged(theirs)
    # their "Samsung" absorbs our "Samsung Electronics": one party for all spellings
    keys = {merged.company_key(n) for n in ("Samsung", "삼성전자", "三星電子", "サムスン")}
    assert len(keys) == 1


def test_entities_as_records() -> None:
    data = {
        "entities": [
            {"name": "Moreh", "aliases": ["모레"], "kind": "company", "country": "KR"},
            {"name": "Vietnam", "aliases": ["viet nam", "베트남"], "kind": "country",
             "country": "vn"},
        ]
    }  # fmt: skip
    parties = parties_from_entities(data)
    assert parties.company_key("모레") == parties.company_key("Moreh")
    assert parties.buyer_key("베트남", None) == ("country", "VN")


def test_entities_with_parties_and_countries_without_codes() -> None:
    data = {
        "_comment": "as the tagger ships it",
        "entities": [
            {"name": "Ruritania", "kind": "country", "country": None, "aliases": ["Ruritanie"]},
            {"name": "Ruritanian government", "kind": "institution", "country": "RR",
             "party": "Ruritania", "aliases": ["gouvernement ruritanien"]},
            {"name": "South Korea", "kind": "country", "aliases": ["Corea del Sur"],
             "case_sensitive": ["ROK"]},
            {"name": "Humain", "kind": "company", "country": "SA", "party": "Saudi Arabia",
             "aliases": []},
        ],
    }  # fmt: skip
    parties = parties_from_entities(data)
    assert parties.buyer_key("gouvernement ruritanien", None) == ("country", "RR")
    assert parties.buyer_key(None, "RR") == ("country", "RR")
    assert parties.buyer_key("ROK", None) == ("country", "KR")  # code from our own table
    assert parties.buyer_key("Humain", None) == ("country", "SA")
    # counted as its country, shown under its own name
    assert parties.display("gouvernement ruritanien") == "Ruritanian government"
    assert parties.display("Ruritanie") == "Ruritania"
    merged = P.merged(parties)
    assert merged.display("humain") == "Humain"
    assert merged.buyer_key("Humain", None) == merged.buyer_key("Arabie saoudite", None)


@pytest.mark.parametrize("bad", [42, {"x": "not a list"}, [{"aliases": []}]])
def test_bad_entity_data(bad: object) -> None:
    with pytest.raises(ConfigError):
        parties_from_entities(bad)


def test_the_worker_loads_the_shipped_entity_data_if_any() -> None:
    from services.deals.__main__ import load_parties

    parties = load_parties(None)
    assert parties.company_key("삼성전자") == parties.company_key("Samsung")
    assert parties.buyer_key("Corée du Sud", None) == ("country", "KR")
    assert parties.company_key("SK hynix") != parties.company_key("SK Group")
