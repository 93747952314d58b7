"""`chipwire search QUERY`: full-text search over the indexed stories, with filters.

The query is matched in every language at once (French stems, Korean/Japanese bigrams, ...);
every word must be found. Filters: ``--tag`` (all of them), ``--company``/``--country``/
``--language``/``--source`` (any of them, repeatable), a date range on the story date, and
deal conditions that one and the same deal must meet. Output: a table with highlighted
snippets, or ``--json``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import sys
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any

from shared.adapters.elasticsearch import SearchSettings, make_client, search_stories
from shared.errors import BadInput, ConfigError, SearchUnavailable
from shared.indexing import SearchResult, SortOrder, StoryFilters
from shared.indexing.query import HIGHLIGHT_POST, HIGHLIGHT_PRE, MAX_SIZE

_RELATIVE = re.compile(r"^(\d+)\s*([hdw])$")
_UNITS = {"h": timedelta(hours=1), "d": timedelta(days=1), "w": timedelta(weeks=1)}


def parse_when(value: str, *, end: bool = False, now: datetime | None = None) -> datetime:
    """``7d``/``24h``/``2w`` ago, a date (``--until`` includes that whole day) or an ISO time."""
    now = now or datetime.now(UTC)
    text = value.strip()
    rel = _RELATIVE.match(text.lower())
    if rel:
        return now - int(rel.group(1)) * _UNITS[rel.group(2)]
    try:
        day = date.fromisoformat(text)
    except ValueError:
        pass
    else:
        start = datetime(day.year, day.month, day.day, tzinfo=UTC)
        return start + timedelta(days=1) if end else start
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"{value!r}: expected 7d, 24h, 2w, YYYY-MM-DD or an ISO date-time"
        ) from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _since(value: str) -> datetime:
    return parse_when(value)


def _until(value: str) -> datetime:
    return parse_when(value, end=True)


def _positive(kind: type[int] | type[float]) -> Any:
    def parse(value: str) -> int | float:
        try:
            number = kind(value.replace("_", "").replace(",", ""))
        except ValueError as exc:
            raise argparse.ArgumentTypeError(f"{value!r} is not a number") from exc
        if number < 0:
            raise argparse.ArgumentTypeError(f"{value!r} is negative")
        return number

    return parse


def add_filter_arguments(p: argparse.ArgumentParser) -> None:
    """Options shared by ``chipwire search`` and ``chipwire deals``."""
    p.add_argument("--tag", action="append", default=[], help="story has this tag (repeat: all)")
    p.add_argument("--company", action="append", default=[], help="mentions this company (any)")
    p.add_argument("--country", action="append", default=[], help="ISO country code (any)")
    p.add_argument("--language", action="append", default=[], help="ISO 639-1 code (any)")
    p.add_argument("--source", action="append", default=[], help="agency, e.g. AFP (any)")
    p.add_argument("--since", type=_since, help="from: 7d, 24h, 2w, YYYY-MM-DD or ISO time")
    p.add_argument("--until", type=_until, help="to (a date includes that day)")
    p.add_argument("--min-units", type=_positive(int), help="a deal of at least this many units")
    p.add_argument("--min-usd", type=_positive(float), help="a deal worth at least this (USD)")
    p.add_argument("--unit", help="the deal's unit: gpu, chip, accelerator, wafer, server, ...")
    p.add_argument(
        "--include-withdrawn", action="store_true", help="also stories withdrawn by the agency"
    )


def filters_from(args: argparse.Namespace) -> StoryFilters:
    return StoryFilters(
        tags=tuple(args.tag),
        companies=tuple(args.company),
        countries=tuple(args.country),
        languages=tuple(args.language),
        sources=tuple(args.source),
        since=args.since,
        until=args.until,
        min_units=args.min_units,
        min_usd=args.min_usd,
        unit=args.unit,
        include_withdrawn=args.include_withdrawn,
    )


def fail(command: str, exc: Exception) -> int:
    print(f"chipwire {command}: {exc}", file=sys.stderr)
    return 2


def money(usd: float | None) -> str:
    if usd is None:
        return "-"
    for limit, suffix in ((1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(usd) >= limit:
            return f"${usd / limit:,.2f}{suffix}"
    return f"${usd:,.0f}"


def describe_deal(deal: Mapping[str, Any]) -> str:
    parts: list[str] = []
    if deal.get("quantity") is not None:
        parts.append(f"{deal['quantity']:,} {deal.get('unit') or 'units'}")
    who = f"{deal.get('vendor') or '?'} -> {deal.get('buyer') or '?'}"
    if deal.get("buyer_country"):
        who += f" ({deal['buyer_country']})"
    parts.append(who)
    if deal.get("amount_usd") is not None:
        parts.append(money(deal["amount_usd"]))
    return ", ".join(parts)


def _emphasis(fragment: str, tty: bool) -> str:
    on, off = ("\033[1m", "\033[0m") if tty else ("*", "*")
    flat = " ".join(fragment.split())
    return flat.replace(HIGHLIGHT_PRE, on).replace(HIGHLIGHT_POST, off)


def render(result: SearchResult, *, tty: bool) -> str:
    lines: list[str] = []
    for n, hit in enumerate(result.hits, 1):
        when = (hit.date or "")[:10] or "----------"
        score = f"{hit.score:.2f}" if hit.score is not None else "-"
        tags = ",".join(hit.tags) or "-"
        lines.append(
            f"{n:>3}. {when}  {hit.language or '--':2}  {hit.source or '-':10.10} "
            f"v{hit.version:<2} score {score:>6}  [{tags}]"
        )
        lines.append(f"     {hit.headline}")
        for fragment in hit.snippets[:2]:
            lines.append(f"     ... {_emphasis(fragment, tty)} ...")
        for deal in hit.deals[:3]:
            lines.append(f"     deal: {describe_deal(deal)}")
        lines.append(f"     {hit.story_id}")
    lines.append(f"{len(result.hits)} of {result.total} stories")
    return "\n".join(lines)


async def _search(args: argparse.Namespace) -> SearchResult:
    settings = SearchSettings()
    client = make_client(settings)
    try:
        return await search_stories(
            client,
            settings.names,
            " ".join(args.query) if args.query else None,
            filters_from(args),
            sort=SortOrder(args.sort),
            size=args.size,
        )
    finally:
        await client.close()


def run(args: argparse.Namespace) -> int:
    try:
        result = asyncio.run(_search(args))
    except (SearchUnavailable, ConfigError, BadInput) as exc:
        return fail("search", exc)
    if args.json:
        doc = {"total": result.total, "hits": [h.as_json() for h in result.hits]}
        print(json.dumps(doc, ensure_ascii=False, indent=2))
    else:
        tty = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        print(render(result, tty=tty))
    return 0


def _size(value: str) -> int:
    size = int(value)
    if not 1 <= size <= MAX_SIZE:
        raise argparse.ArgumentTypeError(f"size must be within 1..{MAX_SIZE}")
    return size


def register(sub: Any) -> None:
    p = sub.add_parser(
        "search",
        help="search the indexed stories (all languages) with filters",
        description=__doc__.splitlines()[0] if __doc__ else None,
    )
    p.add_argument("query", nargs="*", help="words to find (none: latest stories)")
    add_filter_arguments(p)
    p.add_argument("--sort", choices=[s.value for s in SortOrder], default="relevance")
    p.add_argument("--size", type=_size, default=10, help="stories to show (default 10)")
    p.add_argument("--json", action="store_true", help="one JSON document with every hit")
    p.set_defaults(func=run)
