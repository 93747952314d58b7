"""`chipwire deals`: units and USD of the deals stated in indexed stories, grouped.

Grouped by buyer, vendor, buyer country, month or unit; units are summed per unit (GPUs and
wafers are not added up). These are deal *mentions* in stories: the same deal reported by two
agencies counts twice. Takes the same filters as ``chipwire search``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from typing import Any

from shared.adapters.elasticsearch import SearchSettings, deal_totals, make_client
from shared.cli.search import add_filter_arguments, fail, filters_from, money
from shared.errors import BadInput, ConfigError, SearchUnavailable
from shared.indexing import DealGrouping, DealOrder, DealReport, DealTotal
from shared.indexing.aggregations import MAX_GROUPS


def units_text(total: DealTotal) -> str:
    return "; ".join(f"{qty:,} {unit}" for unit, qty in total.units) or "-"


def render(report: DealReport) -> str:
    rows = [*report.groups, report.total]
    width = max([len(report.by.value), *(len(r.key) for r in rows)])
    width = min(width, 40)
    head = f"{report.by.value:<{width}}  {'deals':>6} {'stories':>7} {'USD':>12}  units"
    lines = [head, "-" * len(head)]
    for row in rows:
        if row is report.total:
            lines.append("-" * len(head))
        lines.append(
            f"{row.key[:width]:<{width}}  {row.deals:>6} {row.stories:>7} "
            f"{money(row.amount_usd) if row.priced_deals else '-':>12}  {units_text(row)}"
        )
    lines.append(
        f"{report.stories} matching stories, {report.total.stories} with deals; "
        "deals are mentions (a deal two agencies report counts twice)"
    )
    return "\n".join(lines)


def as_json(report: DealReport) -> dict[str, Any]:
    return {
        "by": report.by.value,
        "stories": report.stories,
        "groups": [g.as_json() for g in report.groups],
        "total": report.total.as_json(),
    }


async def _totals(args: argparse.Namespace) -> DealReport:
    settings = SearchSettings()
    client = make_client(settings)
    try:
        return await deal_totals(
            client,
            settings.names,
            DealGrouping(args.by),
            filters_from(args),
            order=DealOrder(args.order),
            size=args.size,
        )
    finally:
        await client.close()


def run(args: argparse.Namespace) -> int:
    try:
        report = asyncio.run(_totals(args))
    except (SearchUnavailable, ConfigError, BadInput) as exc:
        return fail("deals", exc)
    if args.json:
        print(json.dumps(as_json(report), ensure_ascii=False, indent=2))
    else:
        print(render(report))
    return 0


def _size(value: str) -> int:
    size = int(value)
    if not 1 <= size <= MAX_GROUPS:
        raise argparse.ArgumentTypeError(f"size must be within 1..{MAX_GROUPS}")
    return size


def register(sub: Any) -> None:
    p = sub.add_parser(
        "deals",
        help="units and USD of the deals in indexed stories, by buyer/vendor/country/month",
        description=__doc__.splitlines()[0] if __doc__ else None,
    )
    p.add_argument("--by", choices=[g.value for g in DealGrouping], default="buyer")
    p.add_argument(
        "--order",
        choices=[o.value for o in DealOrder],
        default="usd",
        help="order of the groups (months are always by date)",
    )
    p.add_argument("--size", type=_size, default=25, help="groups to show (default 25)")
    add_filter_arguments(p)
    p.add_argument("--json", action="store_true", help="one JSON document")
    p.set_defaults(func=run)
