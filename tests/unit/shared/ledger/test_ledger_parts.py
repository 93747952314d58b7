"""A stated total and its stated parts: separate deals, the parts not added to totals again."""

from __future__ import annotations

from datetime import timedelta

from prometheus_client import CollectorRegistry

from shared.ledger import apply_all, entries
from shared.ledger.metrics import LedgerCollector
from shared.ledger.model import LedgerEntry
from shared.models.tagging import Qualifier, Unit

from .ledger_fixtures import EN_260K, KO_26MAN, PARTS_DE, PARTS_EN, T0, gpus, money, report

# "Nvidia will supply 260,000 GPUs to South Korea: 50,000 to Samsung, 60,000 to NAVER Cloud,
# 50,000 to the national AI computing centre" (as the seed story states it).
SEED = report(
    "seed-korea-260k",
    gpus(260_000, buyer="South Korea"),
    gpus(50_000, Qualifier.AT_LEAST, buyer="Samsung"),
    gpus(60_000, buyer="NAVER Cloud"),
    gpus(50_000, buyer="National AI Computing Center"),
    source="Reuters",
    language="en",
)
# The same breakdown told by another agency, the parts in another order.
SEED_KO = report(
    "yonhap-korea-26man",
    gpus(60_000, buyer="네이버클라우드", vendor="엔비디아"),
    gpus(260_000, buyer="한국", vendor="엔비디아"),
    gpus(50_000, buyer="삼성전자", vendor="엔비디아"),
    source="Yonhap",
    language="ko",
    at=T0 + timedelta(hours=6),
)


def units_gauge(found: list[LedgerEntry]) -> dict[str, float]:
    collector = LedgerCollector()
    collector.update(found)
    registry = CollectorRegistry()
    registry.register(collector)
    out: dict[str, float] = {}
    for family in registry.collect():
        for s in family.samples:
            if s.name in ("chipwire_ledger_units", "chipwire_ledger_amount_usd"):
                out[f"{s.name}:{s.labels['buyer_country']}"] = s.value
            if s.name == "chipwire_deal_units_count":
                out[f"count:{s.labels['buyer_country']}"] = s.value
    return out


def largest(found: list[LedgerEntry]) -> LedgerEntry:
    return max(found, key=lambda e: (e.quantity or 0, e.amount_usd or 0.0))


def test_seed_story_totals_korea_at_260k_not_370k() -> None:
    found = entries(apply_all({}, [SEED]))
    assert len(found) == 4  # the total and each part stay separate deals
    total = next(e for e in found if e.quantity == 260_000)
    assert total.part_of is None
    # Samsung, NAVER and the national centre (a state institution: its country's party)
    assert sorted((e.quantity, e.part_of) for e in found if e is not total) == [
        (50_000, total.deal_id),
        (50_000, total.deal_id),
        (60_000, total.deal_id),
    ]
    m = units_gauge(found)
    assert m["chipwire_ledger_units:KR"] == 260_000
    assert m["count:KR"] == 4  # the histogram of distinct deal sizes keeps every deal


def test_two_stories_of_the_breakdown_and_the_plain_total() -> None:
    found = entries(apply_all({}, [SEED, SEED_KO, EN_260K, KO_26MAN]))
    total = next(e for e in found if e.quantity == 260_000)
    assert len(total.stories) == 4
    assert {e.part_of for e in found if e is not total} == {total.deal_id}
    assert units_gauge(found)["chipwire_ledger_units:KR"] == 260_000


def test_a_story_of_parts_only_changes_nothing() -> None:
    parts_only = report(
        "parts-only",
        gpus(50_000, buyer="Samsung"),
        gpus(60_000, buyer="NAVER Cloud"),
    )
    found = entries(apply_all({}, [parts_only]))
    assert [e.part_of for e in found] == [None, None]
    assert units_gauge(found)["chipwire_ledger_units:KR"] == 110_000


def test_parts_stated_in_a_story_mark_the_entry_reported_elsewhere_alone() -> None:
    # Samsung's 50,000 reported alone by one story, as a part of 260,000 by another
    alone = report("samsung-alone", gpus(50_000, buyer="Samsung Electronics"), source="AP")
    found = entries(apply_all({}, [alone, SEED]))
    samsung = next(e for e in found if e.buyer == "Samsung Electronics")
    assert len(samsung.stories) == 2
    assert samsung.part_of == largest(found).deal_id


def test_unrelated_deals_to_different_countries_are_no_parts() -> None:
    story = report(
        "two-countries",
        gpus(260_000, buyer="South Korea"),
        gpus(18_000, buyer="Saudi Arabia", country="SA"),
    )
    found = entries(apply_all({}, [story]))
    assert [e.part_of for e in found] == [None, None]
    m = units_gauge(found)
    assert (m["chipwire_ledger_units:KR"], m["chipwire_ledger_units:SA"]) == (260_000, 18_000)


def test_other_vendor_or_unit_family_is_no_part() -> None:
    story = report(
        "mixed",
        gpus(260_000, buyer="South Korea"),
        gpus(50_000, buyer="Samsung", vendor="AMD"),
        gpus(10_000, buyer="Samsung", unit=Unit.WAFER),
    )
    assert [e.part_of for e in entries(apply_all({}, [story]))] == [None, None, None]


def test_a_named_company_is_no_total() -> None:
    story = report(
        "company-total",
        gpus(100_000, buyer="Samsung"),
        gpus(30_000, buyer="NAVER Cloud"),
    )
    assert [e.part_of for e in entries(apply_all({}, [story]))] == [None, None]


def test_parts_adding_up_to_more_than_the_total_are_no_parts() -> None:
    story = report(
        "too-many",
        gpus(100_000, buyer="South Korea"),
        gpus(60_000, buyer="Samsung"),
        gpus(60_000, buyer="NAVER Cloud"),
    )
    found = entries(apply_all({}, [story]))
    assert [e.part_of for e in found] == [None, None, None]
    assert units_gauge(found)["chipwire_ledger_units:KR"] == 220_000


def test_an_at_least_total_holds_parts_up_to_its_slack() -> None:
    story = report(
        "at-least",
        gpus(250_000, Qualifier.AT_LEAST, buyer="South Korea"),
        gpus(200_000, buyer="Samsung"),
        gpus(60_000, buyer="NAVER Cloud"),  # 260,000: within "more than 250,000"
    )
    found = entries(apply_all({}, [story]))
    total = largest(found)
    assert {e.part_of for e in found if e is not total} == {total.deal_id}
    exact = report(
        "exact",
        gpus(250_000, buyer="South Korea"),
        gpus(200_000, buyer="Samsung"),
        gpus(60_000, buyer="NAVER Cloud"),
    )
    assert [e.part_of for e in entries(apply_all({}, [exact]))] == [None, None, None]


def test_money_totals_and_parts() -> None:
    story = report(
        "won-fund",
        money(1.0e9, buyer="Korean government"),
        money(4.0e8, buyer="Rebellions"),
        money(3.0e8, buyer="FuriosaAI"),
    )
    found = entries(apply_all({}, [story]))
    total = largest(found)
    assert total.part_of is None
    assert {e.part_of for e in found if e is not total} == {total.deal_id}
    assert units_gauge(found)["chipwire_ledger_amount_usd:KR"] == 1.0e9
    over = report(
        "won-over",
        money(1.0e9, buyer="Korean government"),
        money(8.0e8, buyer="Rebellions"),
        money(3.0e8, buyer="FuriosaAI"),
    )
    found = entries(apply_all({}, [over]))
    assert [e.part_of for e in found] == [None, None, None]
    assert units_gauge(found)["chipwire_ledger_amount_usd:KR"] == 2.1e9


def test_a_count_is_no_part_of_a_money_total() -> None:
    story = report(
        "count-vs-money",
        money(1.0e9, buyer="Korean government", vendor="Nvidia"),
        gpus(10_000, buyer="Samsung"),
    )
    assert [e.part_of for e in entries(apply_all({}, [story]))] == [None, None]


def test_fixture_breakdown_in_two_languages() -> None:
    found = entries(apply_all({}, [PARTS_EN, PARTS_DE]))
    assert len(found) == 4
    totals = [e for e in found if e.part_of is None]
    assert [(t.quantity, len(t.stories)) for t in totals] == [(13_000, 2)]
    assert units_gauge(found)["chipwire_ledger_units:KR"] == 13_000


def test_replays_give_the_same_parts() -> None:
    once = entries(apply_all({}, [SEED, SEED_KO, EN_260K]))
    again = entries(apply_all({}, [EN_260K, SEED_KO, SEED]))
    assert once == again
