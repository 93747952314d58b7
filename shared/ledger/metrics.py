"""Prometheus metrics rendered from the current ledger at each scrape.

A histogram cannot un-observe, and a labelled gauge keeps series of deals that no longer
exist; so everything here is a custom collector that re-renders gauges and histogram buckets
from the entries it was last given. Duplicated stories, corrections and withdrawals then
never inflate anything. Label values are bounded: a vendor or country outside the known
sets is ``other``; an unnamed one is ``none``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from prometheus_client.core import GaugeMetricFamily, HistogramMetricFamily, Metric
from prometheus_client.registry import Collector

from shared.ledger.model import LedgerEntry

KNOWN_VENDORS = frozenset(
    {
        "Nvidia",
        "AMD",
        "Intel",
        "Qualcomm",
        "Broadcom",
        "Micron",
        "Samsung Electronics",
        "SK Hynix",
        "TSMC",
        "Rebellions",
        "FuriosaAI",
        "Huawei",
        "Google",
        "Amazon",
        "Arm",
    }
)
KNOWN_COUNTRIES = frozenset(
    {
        "KR", "US", "CN", "JP", "TW", "SA", "AE", "IN", "FR", "DE", "GB", "CH", "NL", "IT",
        "ES", "CA", "SG", "IL", "AU", "MY", "VN", "ID", "TH", "BR", "QA", "KW",
    }
)  # fmt: skip
UNIT_BUCKETS: tuple[float, ...] = (
    1_000, 2_500, 5_000, 10_000, 25_000, 50_000, 100_000, 250_000, 500_000, 1_000_000,
)  # fmt: skip
AMOUNT_BUCKETS: tuple[float, ...] = (
    1e6, 2.5e6, 5e6, 1e7, 2.5e7, 5e7, 1e8, 2.5e8, 5e8, 1e9, 2.5e9, 5e9, 1e10, 2.5e10, 5e10, 1e11,
)  # fmt: skip


def vendor_label(vendor: str | None) -> str:
    if vendor is None:
        return "none"
    return vendor if vendor in KNOWN_VENDORS else "other"


def country_label(country: str | None) -> str:
    if country is None:
        return "none"
    return country if country in KNOWN_COUNTRIES else "other"


def _buckets(values: Sequence[float], bounds: Sequence[float]) -> list[tuple[str, float]]:
    result = [(_le(b), float(sum(1 for v in values if v <= b))) for b in bounds]
    result.append(("+Inf", float(len(values))))
    return result


def _le(bound: float) -> str:
    # prometheus_client renders `le` of its own histograms as floats ("1000.0")
    return repr(float(bound))


def render(entries: Iterable[LedgerEntry]) -> list[Metric]:
    """The ledger's metric families for one set of entries."""
    deals = GaugeMetricFamily("chipwire_ledger_deals", "Distinct deals in the ledger")
    units = GaugeMetricFamily(
        "chipwire_ledger_units",
        "Units in distinct deals (current totals, corrections applied, parts of a stated "
        "total not added again)",
        labels=["buyer_country", "vendor", "unit"],
    )
    amount = GaugeMetricFamily(
        "chipwire_ledger_amount_usd",
        "US dollars in distinct deals (current totals, corrections applied, parts of a "
        "stated total not added again)",
        labels=["buyer_country", "vendor"],
    )
    unit_sizes = HistogramMetricFamily(
        "chipwire_deal_units",
        "Size of each distinct deal in units, from the current ledger",
        labels=["vendor", "buyer_country", "unit"],
    )
    amount_sizes = HistogramMetricFamily(
        "chipwire_deal_amount_usd",
        "Size of each distinct deal in US dollars, from the current ledger",
        labels=["vendor", "buyer_country"],
    )
    count = 0
    # Every distinct deal, parts of a stated total included (histograms of deal sizes) ...
    by_units: dict[tuple[str, str, str], list[float]] = defaultdict(list)
    by_amount: dict[tuple[str, str], list[float]] = defaultdict(list)
    # ... and the totals: a part of a stated total is in that total already.
    units_total: dict[tuple[str, str, str], float] = defaultdict(float)
    amount_total: dict[tuple[str, str], float] = defaultdict(float)
    for e in entries:
        count += 1
        vendor, country = vendor_label(e.vendor), country_label(e.buyer_country)
        if e.quantity is not None:
            unit = e.unit.value if e.unit else "none"
            by_units[(country, vendor, unit)].append(float(e.quantity))
            if e.part_of is None:
                units_total[(country, vendor, unit)] += float(e.quantity)
        if e.amount_usd is not None:
            by_amount[(country, vendor)].append(e.amount_usd)
            if e.part_of is None:
                amount_total[(country, vendor)] += e.amount_usd
    deals.add_metric([], float(count))
    for (country, vendor, unit), values in sorted(by_units.items()):
        units.add_metric([country, vendor, unit], units_total[(country, vendor, unit)])
        unit_sizes.add_metric(
            [vendor, country, unit], _buckets(values, UNIT_BUCKETS), sum_value=sum(values)
        )
    for (country, vendor), values in sorted(by_amount.items()):
        amount.add_metric([country, vendor], amount_total[(country, vendor)])
        amount_sizes.add_metric(
            [vendor, country], _buckets(values, AMOUNT_BUCKETS), sum_value=sum(values)
        )
    return [deals, units, amount, unit_sizes, amount_sizes]


class LedgerCollector(Collector):
    """Register once; ``update`` after each change. Renders nothing until first updated
    (a worker that does not own the ledger partition reports nothing rather than zero)."""

    def __init__(self) -> None:
        self._entries: tuple[LedgerEntry, ...] | None = None

    def update(self, entries: Iterable[LedgerEntry]) -> None:
        self._entries = tuple(entries)

    def clear(self) -> None:
        self._entries = None

    def collect(self) -> Iterator[Metric]:
        if self._entries is None:
            return iter(())
        return iter(render(self._entries))

    def describe(self) -> Iterator[Metric]:
        return iter(render(()))
