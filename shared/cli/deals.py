"""`chipwire deals`: units and USD of the deals in the ledger, grouped (each deal counted once).

By default the deal ledger is read (``<prefix>-deals``: one document per real-world deal,
however many stories report it), grouped by buyer, vendor, buyer country, month of first
report or unit; units are summed per unit (GPUs and wafers are not added up). Ledger filters:
``--vendor --buyer --country --unit --source`` (exact canonical names, one value each) and
``--since/--until`` on the deal's last report.

``--list`` lists the ledger's deals instead. ``--mentions`` totals the deal *mentions* of the
indexed stories, as before the ledger existed (the same deal reported by two agencies counts
twice), with the filters of ``chipwire search``.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from shared.adapters.elasticsearch import SearchSettings, deal_totals, make_client
from shared.cli.search import add_filter_arguments, fail, filters_from, money
from shared.errors import BadInput, ConfigError, SearchUnavailable
from shared.indexing import DealGrouping, DealOrder, DealReport, DealTotal
from shared.indexing.aggregations import MAX_GROUPS
from shared.ledger.aggregations import LedgerFilters
from shared.ledger.documents import SORTS, DealRow, alias_name
from shared.ledger.store import deals_by_id, ledger_totals, search_deals

DEFAULT_GROUPS = 25
DEFAULT_ROWS = 100
# Story filters that the ledger does not have (the ledger keeps no tags, companies, ...).
_STORY_ONLY = {
    "tag": "--tag",
    "company": "--company",
    "language": "--language",
    "min_units": "--min-units",
    "min_usd": "--min-usd",
    "include_withdrawn": "--include-withdrawn",
}
_ONE_VALUE = {"country": "--country", "source": "--source"}


def units_text(total: DealTotal) -> str:
    return "; ".join(f"{qty:,} {unit}" for unit, qty in total.units) or "-"


def _table(report: DealReport) -> list[str]:
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
    return lines


def render(report: DealReport) -> str:
    """The ``--mentions`` table (deal mentions in story documents)."""
    lines = _table(report)
    lines.append(
        f"{report.stories} matching stories, {report.total.stories} with deals; "
        "deals are mentions (a deal two agencies report counts twice)"
    )
    return "\n".join(lines)


def render_ledger(report: DealReport, alias: str) -> str:
    """The ledger table: deals are distinct real-world deals."""
    lines = _table(report)
    lines.append(
        f"{report.total.deals} deals in {alias}, reported by {report.total.stories} stories; "
        "each real-world deal counted once; USD and units of the parts of a stated total "
        "are not added again"
    )
    return "\n".join(lines)


def as_json(report: DealReport) -> dict[str, Any]:
    """The ``--mentions`` document."""
    return {
        "by": report.by.value,
        "stories": report.stories,
        "groups": [g.as_json() for g in report.groups],
        "total": report.total.as_json(),
    }


def ledger_json(report: DealReport, alias: str) -> dict[str, Any]:
    return {
        "source": "ledger",
        "index": alias,
        "by": report.by.value,
        "deals": report.total.deals,
        "stories": report.total.stories,
        "groups": [g.as_json() for g in report.groups],
        "total": report.total.as_json(),
    }


def size_text(row: DealRow) -> str:
    if row.quantity is None:
        return "-"
    mark = {"about": "~", "at_least": ">=", "up_to": "<="}.get(row.qualifier or "", "")
    return f"{mark}{row.quantity:,} {row.unit or 'units'}"


def part_text(row: DealRow, totals: Mapping[str, DealRow]) -> str:
    """The stated total a deal is part of: "Nvidia→South Korea 260,000 gpu" (its id when
    the total is not at hand), ``-`` for a deal that is not a part."""
    if row.part_of is None:
        return "-"
    total = totals.get(row.part_of)
    if total is None:
        return row.part_of
    size = size_text(total) if total.quantity is not None else money(total.amount_usd)
    return f"{total.vendor or '?'}→{total.buyer or total.buyer_country or '?'} {size}"


def render_list(
    rows: list[DealRow], alias: str, size: int, totals: Mapping[str, DealRow] | None = None
) -> str:
    """The deal list; a "part of" column when a listed deal is part of a stated total
    (``totals``: the rows of those totals, by id, besides the listed ones)."""
    known = {r.deal_id: r for r in rows} | dict(totals or {})
    parts = any(r.part_of for r in rows)
    table = [
        (
            r.vendor or "?",
            r.buyer or "?",
            r.buyer_country or "-",
            size_text(r),
            money(r.amount_usd),
            str(r.story_count),
            ",".join(r.sources) or "-",
            (r.first_reported or "")[:10] or "-",
            (r.last_reported or "")[:10] or "-",
        )
        + ((part_text(r, known),) if parts else ())
        for r in rows
    ]
    head: tuple[str, ...] = (
        "vendor", "buyer", "country", "size", "USD", "stories", "sources", "first", "last"
    )  # fmt: skip
    head += ("part of",) if parts else ()
    right = {3, 4, 5}
    widths = [min(max(len(c[i]) for c in [head, *table]), 40) for i in range(len(head))]

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(
            f"{c[:w]:>{w}}" if i in right else f"{c[:w]:<{w}}"
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    lines = [line(head), "-" * len(line(head))]
    lines += [line(cells) for cells in table]
    more = " (there may be more: --size)" if len(rows) >= size else ""
    note = "; a part of a stated total is not added to totals again" if parts else ""
    lines.append(f"{len(rows)} deals from {alias}{more}{note}")
    return "\n".join(lines)


def row_json(row: DealRow) -> dict[str, Any]:
    return dataclasses.asdict(row)


# ---- running ------------------------------------------------------------------------------


def _given(args: argparse.Namespace, name: str) -> bool:
    value = getattr(args, name, None)
    return value not in (None, False, [], ())


def check(args: argparse.Namespace) -> str | None:
    """Why these options do not go together (``None``: they do)."""
    if args.mentions:
        misplaced = [f"--{n}" for n in ("vendor", "buyer", "sort") if _given(args, n)]
        if misplaced:
            hint = " (stories: --company)" if misplaced != ["--sort"] else ""
            return f"{', '.join(misplaced)}: not with --mentions{hint}"
        return None
    story_only = [flag for name, flag in _STORY_ONLY.items() if _given(args, name)]
    if story_only:
        return f"{', '.join(story_only)}: story filters, only with --mentions"
    several = [flag for name, flag in _ONE_VALUE.items() if len(getattr(args, name)) > 1]
    if several:
        return f"{', '.join(several)}: one value on the ledger (several only with --mentions)"
    if args.list:
        misplaced = [f"--{n}" for n in ("by", "order") if _given(args, n)]
        if misplaced:
            return f"{', '.join(misplaced)}: not with --list (order it with --sort)"
    elif _given(args, "sort"):
        return "--sort: only with --list"
    return None


def ledger_filters(args: argparse.Namespace) -> LedgerFilters:
    until = args.until
    if until is not None:
        # ``--until`` excludes its bound, as in ``chipwire search``; the ledger query's
        # bound is inclusive (and ES dates are millisecond-precise).
        until = until - timedelta(milliseconds=1)
    return LedgerFilters(
        vendor=args.vendor,
        buyer=args.buyer,
        buyer_country=args.country[0] if args.country else None,
        unit=args.unit,
        source=args.source[0] if args.source else None,
        since=args.since,
        until=until,
    )


def _settings() -> tuple[SearchSettings, str]:
    settings = SearchSettings()
    return settings, settings.names.prefix  # names validates the prefix


async def _mentions(args: argparse.Namespace) -> DealReport:
    settings, _ = _settings()
    client = make_client(settings)
    try:
        return await deal_totals(
            client,
            settings.names,
            DealGrouping(args.by or DealGrouping.BUYER),
            filters_from(args),
            order=DealOrder(args.order or DealOrder.USD),
            size=args.size or DEFAULT_GROUPS,
        )
    finally:
        await client.close()


async def _ledger(args: argparse.Namespace) -> DealReport:
    settings, prefix = _settings()
    client = make_client(settings)
    try:
        return await ledger_totals(
            client,
            prefix,
            DealGrouping(args.by or DealGrouping.BUYER),
            ledger_filters(args),
            order=DealOrder(args.order or DealOrder.USD),
            size=args.size or DEFAULT_GROUPS,
        )
    finally:
        await client.close()


async def _list(args: argparse.Namespace) -> tuple[list[DealRow], dict[str, DealRow]]:
    """The listed deals, and the totals that listed parts are of (when not listed)."""
    settings, prefix = _settings()
    client = make_client(settings)
    try:
        rows = await search_deals(
            client,
            prefix,
            ledger_filters(args),
            sort=args.sort or "recent",
            size=args.size or DEFAULT_ROWS,
        )
        listed = {r.deal_id for r in rows}
        missing = {r.part_of for r in rows if r.part_of and r.part_of not in listed}
        return rows, await deals_by_id(client, prefix, missing)
    finally:
        await client.close()


def _print_json(doc: Any) -> None:
    print(json.dumps(doc, ensure_ascii=False, indent=2))


def run(args: argparse.Namespace) -> int:
    problem = check(args)
    if problem:
        return fail("deals", BadInput("bad_options", problem))
    try:
        if args.mentions:
            report = asyncio.run(_mentions(args))
            if args.json:
                _print_json(as_json(report))
            else:
                print(render(report))
            return 0
        alias = alias_name(_settings()[1])
        if args.list:
            rows, totals = asyncio.run(_list(args))
            if args.json:
                _print_json({"index": alias, "deals": [row_json(r) for r in rows]})
            else:
                print(render_list(rows, alias, args.size or DEFAULT_ROWS, totals))
            return 0
        report = asyncio.run(_ledger(args))
    except (SearchUnavailable, ConfigError, BadInput) as exc:
        return fail("deals", exc)
    if args.json:
        _print_json(ledger_json(report, alias))
    else:
        print(render_ledger(report, alias))
    return 0


def _size(value: str) -> int:
    size = int(value)
    if not 1 <= size <= MAX_GROUPS:
        raise argparse.ArgumentTypeError(f"size must be within 1..{MAX_GROUPS}")
    return size


def register(sub: Any) -> None:
    p = sub.add_parser(
        "deals",
        help="the deal ledger: distinct deals by buyer/vendor/country/month, or --list them",
        description=__doc__.splitlines()[0] if __doc__ else None,
    )
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--list", action="store_true", help="list the ledger's deals")
    mode.add_argument(
        "--mentions",
        action="store_true",
        help="deal mentions in the indexed stories (a deal two agencies report counts twice)",
    )
    p.add_argument("--by", choices=[g.value for g in DealGrouping], help="group by (default buyer)")
    p.add_argument(
        "--order",
        choices=[o.value for o in DealOrder],
        help="order of the groups (default usd; months are always by date)",
    )
    p.add_argument("--sort", choices=sorted(SORTS), help="--list: order (default recent)")
    p.add_argument(
        "--size",
        type=_size,
        help=f"groups to show (default {DEFAULT_GROUPS}); --list: deals (default {DEFAULT_ROWS})",
    )
    p.add_argument("--vendor", help="ledger: the deal's vendor, e.g. Nvidia")
    p.add_argument("--buyer", help="ledger: the deal's buyer, e.g. 'Samsung Electronics'")
    add_filter_arguments(p)
    p.add_argument("--json", action="store_true", help="one JSON document")
    p.set_defaults(func=run)
