"""`chipwire summary`: what the running system holds, for `make run`.

With ``--expect-dir`` it first waits until every story in those files is searchable at its
newest version, so the summary speaks of a finished run rather than a half-indexed one.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
import urllib.parse
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic_settings import BaseSettings, SettingsConfigDict

from shared.adapters.elasticsearch import SearchSettings, make_client, raw_search, refresh
from shared.errors import BadInput, ChipwireError
from shared.parsing import parse_story

WORKER_PORTS = {"ingest": 6066, "tagger": 6067, "indexer": 6068, "deals": 6069}


class MonitorSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CHIPWIRE_", extra="ignore")

    prometheus_url: str = "http://127.0.0.1:9090"


def expected_versions(folder: Path) -> dict[str, int]:
    """Story id -> newest version among the files of ``folder`` (unparseable files skipped)."""
    newest: dict[str, int] = {}
    for f in sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith(".")):
        try:
            story = parse_story(f.read_bytes(), received_at=datetime.now(UTC))
        except BadInput:
            continue
        newest[story.id] = max(story.version, newest.get(story.id, 0))
    return newest


async def indexed_versions(settings: SearchSettings, ids: list[str]) -> dict[str, int]:
    client = make_client(settings)
    try:
        await refresh(client, settings.names)
        body = {"query": {"ids": {"values": ids}}, "size": len(ids), "_source": ["version"]}
        resp = await raw_search(client, settings.names, body)
    finally:
        await client.close()
    return {h["_id"]: int(h["_source"]["version"]) for h in resp["hits"]["hits"]}


async def tag_counts(settings: SearchSettings) -> tuple[int, dict[str, int]]:
    client = make_client(settings)
    try:
        body = {"size": 0, "track_total_hits": True, "aggs": {"t": {"terms": {"field": "tags"}}}}
        resp = await raw_search(client, settings.names, body)
    finally:
        await client.close()
    buckets = resp["aggregations"]["t"]["buckets"]
    return int(resp["hits"]["total"]["value"]), {b["key"]: int(b["doc_count"]) for b in buckets}


def prom_query(base: str, expr: str) -> list[dict[str, Any]]:
    url = f"{base}/api/v1/query?" + urllib.parse.urlencode({"query": expr})
    with urllib.request.urlopen(url, timeout=5) as resp:
        data = json.loads(resp.read())
    return list(data.get("data", {}).get("result", []))


def wait_scraped(base: str, timeout_s: float) -> list[dict[str, Any]]:
    """Prometheus's view of the workers, once it has scraped every one of them (or timed out):
    a worker that has just started is only scraped at the next interval."""
    deadline = time.monotonic() + min(timeout_s, 30.0)
    while True:
        up = prom_query(base, 'up{job="chipwire"}')
        if (up and all(r["value"][1] == "1" for r in up)) or time.monotonic() > deadline:
            return up
        time.sleep(1)


def wait_series(base: str, expr: str, timeout_s: float) -> list[dict[str, Any]]:
    """``expr`` once Prometheus has a value for it (the ledger's gauges appear only after the
    deals worker's first batch has been scraped)."""
    deadline = time.monotonic() + timeout_s
    while True:
        result = prom_query(base, expr)
        if result or time.monotonic() > deadline:
            return result
        time.sleep(1)


def wait_searchable(settings: SearchSettings, folder: Path, timeout_s: float) -> int:
    want = expected_versions(folder)
    deadline = time.monotonic() + timeout_s
    have: dict[str, int] = {}
    while time.monotonic() < deadline:
        try:
            have = asyncio.run(indexed_versions(settings, list(want)))
        except ChipwireError:
            have = {}
        if all(have.get(i, 0) >= v for i, v in want.items()):
            print(f"all {len(want)} sample stories are searchable at their newest version")
            return 0
        time.sleep(1)
    missing = sorted(i for i, v in want.items() if have.get(i, 0) < v)
    print(f"not searchable after {timeout_s:.0f}s: {', '.join(missing)}")
    return 1


def run(args: argparse.Namespace) -> int:
    settings = SearchSettings()
    status = 0
    if args.expect_dir:
        status = wait_searchable(settings, Path(args.expect_dir), args.wait)
    total, tags = asyncio.run(tag_counts(settings))
    print(f"\nstories indexed: {total}")
    for tag, n in sorted(tags.items()):
        print(f"  tagged {tag:10} {n}")
    print(f"\nsearch:   {settings.es_url}/{settings.names.alias}/_search  (alias)")
    print(
        '          .venv/bin/chipwire search "GPU" --tag ai-chips   |   chipwire deals --by buyer'
    )
    prom = MonitorSettings().prometheus_url
    print(f"metrics:  Prometheus {prom}  (Grafana dashboards: deploy/grafana/)")
    for name, port in WORKER_PORTS.items():
        print(f"          {name:8} http://127.0.0.1:{port}/metrics")
    try:
        up = wait_scraped(prom, args.wait if args.expect_dir else 0.0)
        print(
            "scraped:  "
            + ", ".join(f"{r['metric'].get('service', '?')}={r['value'][1]}" for r in up)
        )
        deals = wait_series(prom, "chipwire_ledger_deals", 20.0 if args.expect_dir else 0.0)
        units = prom_query(prom, "sum by (buyer_country, unit) (chipwire_ledger_units)")
        if deals:
            print(f"\ndistinct deals in the ledger: {float(deals[0]['value'][1]):.0f}")
        for r in sorted(units, key=lambda r: -float(r["value"][1])):
            if float(r["value"][1]) == 0:
                continue  # a series whose deals are all parts of a stated total
            m, value = r["metric"], float(r["value"][1])
            print(f"  {m.get('buyer_country', '?'):6} {value:>12,.0f} {m.get('unit', '')}")
    except OSError as exc:
        print(f"Prometheus not reachable at {prom}: {exc}")
    return status


def register(sub: Any) -> None:
    p = sub.add_parser("summary", help="stories per tag, where to search, where the metrics are")
    p.add_argument("--expect-dir", help="first wait until the stories in this folder are indexed")
    p.add_argument("--wait", type=float, default=120.0, help="seconds to wait for them")
    p.set_defaults(func=run)
