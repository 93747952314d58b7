"""Party names and fact matching used by chipwire eval."""

from __future__ import annotations

from shared.eval.scoring import PartyNames, facts, prf, score
from shared.tagging import load_knowledge


def names() -> PartyNames:
    return PartyNames(load_knowledge())


def test_party_names_cover_aliases_languages_and_links() -> None:
    n = names()
    assert n.same("Samsung Electronics", "삼성전자")
    assert n.same("SK Hynix", "SKハイニックス")
    assert n.same("South Korean government", "South Korea")
    assert n.same("National AI Computing Center", "KR")
    assert n.same("Humain", "Saudi Arabia")
    assert n.same("ByteDance, Alibaba and Tencent", "Alibaba")
    assert n.same(None, "anything")
    assert not n.same("Kakao", "Naver Cloud")
    assert not n.same("Kakao", None)


def test_facts_and_money_tolerance() -> None:
    gold = [{"id": "x", "lang": "en", "expect": {"tags": [], "deals": [
        {"buyer": "Intel", "buyer_country": "US", "amount_usd": 5.0e9},
        {"buyer": None, "buyer_country": "CN", "quantity": 1000},
    ]}}]
    pred = {"x": {"language": "en", "tags": [], "deals": [
        {"buyer": "Intel Corp", "buyer_country": "US", "amount_usd": 5.09e9},
        {"buyer": None, "buyer_country": "CN", "quantity": 1000},
        {"buyer": "Intel", "buyer_country": "US", "amount_usd": 5.2e9},
    ]}}
    rep = score(gold, pred, names())
    assert rep.deal_counts == [2, 1, 0]
    assert len(facts([{"buyer": "a", "quantity": 3, "amount_usd": 4.0}])) == 2
    assert prf(2, 1, 0) == (0.667, 1.0, 0.8)
