"""Metrics re-rendered from the ledger: corrections and duplicates never inflate them."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, generate_latest

from shared.ledger import apply, apply_all, entries
from shared.ledger.metrics import LedgerCollector, country_label, vendor_label

from .ledger_fixtures import EN_260K, FR_QUARTER_MILLION, KO_26MAN, PARTS_EN, gpus, money, report


def scrape(collector: LedgerCollector) -> dict[str, float]:
    registry = CollectorRegistry()
    registry.register(collector)
    samples: dict[str, float] = {}
    for family in registry.collect():
        for s in family.samples:
            labels = ",".join(f"{k}={v}" for k, v in sorted(s.labels.items()))
            samples[f"{s.name}{{{labels}}}"] = s.value
    return samples


def test_nothing_before_the_first_update() -> None:
    assert scrape(LedgerCollector()) == {}


def test_three_stories_of_one_deal_count_once() -> None:
    collector = LedgerCollector()
    collector.update(entries(apply_all({}, [FR_QUARTER_MILLION, EN_260K, KO_26MAN])))
    m = scrape(collector)
    assert m["chipwire_ledger_deals{}"] == 1
    assert m["chipwire_ledger_units{buyer_country=KR,unit=gpu,vendor=Nvidia}"] == 260_000
    key = "chipwire_deal_units_bucket{buyer_country=KR,le=%s,unit=gpu,vendor=Nvidia}"
    assert m[key % "250000.0"] == 0
    assert m[key % "500000.0"] == 1
    assert m[key % "+Inf"] == 1
    assert m["chipwire_deal_units_count{buyer_country=KR,unit=gpu,vendor=Nvidia}"] == 1
    assert m["chipwire_deal_units_sum{buyer_country=KR,unit=gpu,vendor=Nvidia}"] == 260_000


def test_correction_moves_totals_and_withdrawal_removes_series() -> None:
    collector = LedgerCollector()
    state = apply_all({}, [EN_260K])
    collector.update(entries(state))
    corrected = EN_260K.model_copy(
        update={"story_version": 2, "deals": (gpus(200_000, buyer="South Korea"),)}
    )
    state = apply(state, corrected)
    collector.update(entries(state))
    m = scrape(collector)
    assert m["chipwire_ledger_units{buyer_country=KR,unit=gpu,vendor=Nvidia}"] == 200_000
    assert m["chipwire_deal_units_count{buyer_country=KR,unit=gpu,vendor=Nvidia}"] == 1
    assert m["chipwire_deal_units_bucket{buyer_country=KR,le=250000.0,unit=gpu,vendor=Nvidia}"] == 1
    state = apply(state, corrected.model_copy(update={"story_version": 3, "withdrawn": True}))
    collector.update(entries(state))
    m = scrape(collector)
    assert m["chipwire_ledger_deals{}"] == 0
    assert not [k for k in m if k.startswith("chipwire_ledger_units{")]


def test_totals_add_distinct_deals_and_money() -> None:
    collector = LedgerCollector()
    cash = report("m", money(2.5e8, buyer="Rebellions"), money(1e9, buyer="FuriosaAI"))
    collector.update(entries(apply_all({}, [PARTS_EN, cash])))
    m = scrape(collector)
    assert m["chipwire_ledger_deals{}"] == 6
    # 13,000 stated with its parts (8,000 + 3,000 + 2,000): the parts are not added again
    assert m["chipwire_ledger_units{buyer_country=KR,unit=gpu,vendor=Nvidia}"] == 13_000
    # ... but each is a distinct deal in the histogram of deal sizes
    assert m["chipwire_deal_units_count{buyer_country=KR,unit=gpu,vendor=Nvidia}"] == 4
    assert m["chipwire_deal_units_sum{buyer_country=KR,unit=gpu,vendor=Nvidia}"] == 26_000
    assert m["chipwire_ledger_amount_usd{buyer_country=KR,vendor=none}"] == 1.25e9
    assert m["chipwire_deal_amount_usd_bucket{buyer_country=KR,le=250000000.0,vendor=none}"] == 1
    assert m["chipwire_deal_amount_usd_count{buyer_country=KR,vendor=none}"] == 2


def test_labels_are_bounded() -> None:
    assert vendor_label("Nvidia") == "Nvidia"
    assert vendor_label("Some Fab Startup") == "other"
    assert vendor_label(None) == "none"
    assert country_label("KR") == "KR"
    assert country_label("ZZ") == "other"


def test_exposition_text_renders() -> None:
    registry = CollectorRegistry()
    collector = LedgerCollector()
    registry.register(collector)
    collector.update(entries(apply_all({}, [EN_260K])))
    text = generate_latest(registry).decode()
    assert "# TYPE chipwire_deal_units histogram" in text
    assert "# TYPE chipwire_ledger_units gauge" in text
