"""``chipwire deals`` on the real Elasticsearch, as a subprocess.

One unique prefix for the module holds a deals (ledger) index, fed through the ledger's own
functions (reports -> ``entries`` -> ``to_doc`` -> ``DealsIndex.write``), and a story index
with the fixture stories of the search tests (for ``--mentions``). Both are deleted afterwards.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from elasticsearch import AsyncElasticsearch

from shared.adapters.elasticsearch import (
    BulkSink,
    SearchSettings,
    deal_totals,
    delete_indices,
    ensure_index,
    refresh,
)
from shared.cli.deals import render
from shared.indexing import DealGrouping, ItemStatus, StoryFilters
from shared.ledger import apply_all, entries
from shared.ledger.documents import Doc, alias_name, diff, to_doc
from shared.ledger.store import DealsIndex
from shared.models.events import DealReported
from shared.models.tagging import Deal, Qualifier, Unit
from tests.integration.test_search_es import WITHDRAWN, run, settings_for
from tests.unit.shared.indexing.fixtures import corpus
from tests.unit.shared.ledger.ledger_fixtures import (
    EN_260K,
    FR_QUARTER_MILLION,
    KO_26MAN,
    PARTS_DE,
    PARTS_EN,
    report,
)

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]

FRANKFURT = Deal(
    vendor="AMD",
    buyer="Frankfurt DC",
    buyer_country="DE",
    quantity=2_000,
    qualifier=Qualifier.EXACT,
    unit=Unit.ACCELERATOR,
    amount=1.2e9,
    currency="USD",
    amount_usd=1.2e9,
)
# One German deal, two stories; the second one exactly at midnight (for ``--until``).
DE_DPA = report(
    "dpa-amd-frankfurt",
    FRANKFURT,
    source="dpa",
    language="de",
    at=datetime(2025, 9, 15, 9, 0, tzinfo=UTC),
)
DE_REUTERS = report(
    "reuters-amd-frankfurt",
    FRANKFURT,
    source="Reuters",
    language="en",
    at=datetime(2025, 9, 16, 0, 0, tzinfo=UTC),
)
# 260,000 GPUs to Korea in three stories (fr, en, ko); a total of 13,000 GPUs and its three
# parts in two stories (en, de); 2,000 accelerators to Frankfurt ($1.2bn) in two stories.
REPORTS: list[DealReported] = [
    FR_QUARTER_MILLION,
    EN_260K,
    KO_26MAN,
    PARTS_EN,
    PARTS_DE,
    DE_DPA,
    DE_REUTERS,
]


@pytest.fixture(scope="module")
def docs() -> dict[str, Doc]:
    return {e.deal_id: to_doc(e) for e in entries(apply_all({}, REPORTS))}


@pytest.fixture(scope="module")
def settings(docs: dict[str, Doc]) -> Iterator[SearchSettings]:
    settings = settings_for(f"t{uuid.uuid4().hex[:8]}-dealscli")
    prefix = settings.index_prefix

    async def load(client: AsyncElasticsearch) -> None:
        index = DealsIndex(client, prefix)
        await index.ensure()
        assert await index.write(diff({}, docs)) == len(docs)
        await index.refresh()
        await ensure_index(client, settings.names)
        bulk = await BulkSink(client, settings.names, max_attempts=3).index([*corpus(), WITHDRAWN])
        assert {r.status for r in bulk.results} == {ItemStatus.OK}
        await refresh(client, settings.names)

    async def remove(client: AsyncElasticsearch) -> None:
        await delete_indices(client, settings.names)
        await client.options(ignore_status=404).indices.delete(
            index=f"{prefix}-deals*", expand_wildcards="all"
        )

    try:
        run(settings, load)
        yield settings
    finally:
        run(settings, remove)
        left = run(
            settings,
            lambda c: c.indices.get(index=f"{prefix}-*", expand_wildcards="all"),
        )
        assert not left.body


def chipwire(settings: SearchSettings, *argv: str, code: int = 0) -> str:
    env = {
        **os.environ,
        "CHIPWIRE_ES_URL": settings.es_url,
        "CHIPWIRE_INDEX_PREFIX": settings.index_prefix,
    }
    done = subprocess.run(
        [sys.executable, "-m", "shared.cli.main", "deals", *argv],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == code, done.stderr
    return done.stdout if code == 0 else done.stderr


def as_json(settings: SearchSettings, *argv: str) -> Any:
    return json.loads(chipwire(settings, *argv, "--json"))


def table(text: str) -> dict[str, list[str]]:
    """Table rows by their first column (``(unknown)``, ``total``, ...), split into cells."""
    rows: dict[str, list[str]] = {}
    for line in text.splitlines()[2:-1]:
        if set(line) == {"-"}:
            continue
        key, rest = line[: line.index("  ")], line[line.index("  ") :]
        rows[key.strip()] = rest.split()
    return rows


def oracle(docs: dict[str, Doc], field: str) -> dict[str, tuple[int, int]]:
    """(deals, distinct stories) per value of ``field``, from the documents themselves."""
    groups: dict[str, tuple[int, set[str]]] = {}
    for doc in docs.values():
        key = doc.get(field) or "(unknown)"
        n, stories = groups.get(key, (0, set()))
        groups[key] = (n + 1, stories | {s["story_id"] for s in doc["stories"]})
    return {k: (n, len(s)) for k, (n, s) in groups.items()}


def test_the_ledger_is_what_we_think(docs: dict[str, Doc]) -> None:
    # seven stories, six real-world deals
    assert len(docs) == 6
    assert sorted(d["story_count"] for d in docs.values()) == [2, 2, 2, 2, 2, 3]
    # the 13,000 total and its three parts: the parts point at the total
    total = next(d for d in docs.values() if d["quantity"] == 13_000)
    parts = sorted(d["quantity"] for d in docs.values() if d["part_of"] == total["deal_id"])
    assert parts == [2_000, 3_000, 8_000]


def test_by_buyer(settings: SearchSettings, docs: dict[str, Doc]) -> None:
    text = chipwire(settings)
    rows = table(text)
    # ordered by USD, then units (parts of a stated total add none), deals, name
    assert list(rows) == [
        "Frankfurt DC",
        "South Korea",
        "(unknown)",
        "SK Hynix",
        "Samsung Electronics",
        "total",
    ]
    assert rows["Frankfurt DC"] == ["1", "2", "$1.20bn", "2,000", "accelerator"]
    # 260,000 (three stories) and the 13,000 total (two stories): two deals, five stories
    assert rows["South Korea"] == ["2", "5", "-", "273,000", "gpu"]
    # Samsung's 8,000 and the unnamed buyer's 2,000 are parts of the 13,000: counted as
    # deals, their units already in the total
    assert rows["Samsung Electronics"] == ["1", "2", "-", "-"]
    assert rows["(unknown)"] == ["1", "2", "-", "-"]
    assert rows["total"] == ["6", "7", "$1.20bn", "273,000", "gpu;", "2,000", "accelerator"]
    alias = alias_name(settings.index_prefix)
    assert text.splitlines()[-1] == (
        f"6 deals in {alias}, reported by 7 stories; each real-world deal counted once; "
        "USD and units of the parts of a stated total are not added again"
    )

    doc = as_json(settings, "--by", "buyer")
    assert (doc["source"], doc["index"], doc["by"]) == ("ledger", alias, "buyer")
    assert (doc["deals"], doc["stories"]) == (6, 7)
    got = {g["key"]: g for g in doc["groups"]}
    assert {k: (g["deals"], g["stories"]) for k, g in got.items()} == oracle(docs, "buyer")
    assert got["South Korea"]["units"] == {"gpu": 273_000}
    assert got["Frankfurt DC"]["amount_usd"] == pytest.approx(1.2e9)
    assert got["Frankfurt DC"]["priced_deals"] == 1
    assert doc["total"] == {
        "key": "total",
        "deals": 6,
        "stories": 7,
        "amount_usd": pytest.approx(1.2e9),
        "priced_deals": 1,
        "units": {"gpu": 273_000, "accelerator": 2_000},
    }


def test_by_country(settings: SearchSettings, docs: dict[str, Doc]) -> None:
    rows = table(chipwire(settings, "--by", "country", "--order", "deals"))
    assert list(rows) == ["KR", "DE", "total"]
    # Korea: 260,000 + the 13,000 total, not + its parts (8,000 + 3,000 + 2,000)
    assert rows["KR"] == ["5", "5", "-", "273,000", "gpu"]
    assert rows["DE"] == ["1", "2", "$1.20bn", "2,000", "accelerator"]

    doc = as_json(settings, "--by", "country")
    assert [g["key"] for g in doc["groups"]] == ["DE", "KR"]  # by USD
    got = {g["key"]: (g["deals"], g["stories"]) for g in doc["groups"]}
    assert got == oracle(docs, "buyer_country") == {"KR": (5, 5), "DE": (1, 2)}
    kr = as_json(settings, "--by", "country", "--country", "kr")
    assert [g["key"] for g in kr["groups"]] == ["KR"]
    assert kr["total"]["units"] == {"gpu": 273_000}


def test_by_month_and_unit(settings: SearchSettings) -> None:
    months = as_json(settings, "--by", "month")
    # months of the first report: 15 Sep, 31 Oct, 2 Nov
    assert [(g["key"], g["deals"], g["stories"]) for g in months["groups"]] == [
        ("2025-09", 1, 2),
        ("2025-10", 1, 3),
        ("2025-11", 4, 2),
    ]
    units = as_json(settings, "--by", "unit", "--order", "units")
    assert [(g["key"], g["deals"]) for g in units["groups"]] == [("gpu", 5), ("accelerator", 1)]


def test_filters(settings: SearchSettings) -> None:
    def deals(*argv: str) -> int:
        return int(as_json(settings, *argv)["deals"])

    assert deals("--vendor", "Nvidia") == 5
    assert deals("--vendor", "AMD", "--unit", "accelerator") == 1
    assert deals("--buyer", "South Korea") == 2
    assert deals("--source", "Reuters") == 2  # the 260,000 and Frankfurt
    assert deals("--source", "Yonhap", "--country", "KR") == 1
    assert deals("--since", "2025-11-02") == 4
    assert deals("--since", "2025-09-01", "--until", "2025-11-01") == 2
    # Frankfurt was last reported at midnight on the 16th: not within "until the 15th"
    assert deals("--until", "2025-09-15") == 0
    assert deals("--until", "2025-09-16") == 1
    assert deals("--vendor", "nobody") == 0


def test_list(settings: SearchSettings, docs: dict[str, Doc]) -> None:
    text = chipwire(settings, "--list")
    lines = text.splitlines()
    assert lines[0].split() == [
        "vendor", "buyer", "country", "size", "USD", "stories", "sources", "first", "last",
        "part", "of",
    ]  # fmt: skip
    assert lines[-1] == (
        f"6 deals from {alias_name(settings.index_prefix)}; "
        "a part of a stated total is not added to totals again"
    )
    body = lines[2:-1]
    assert len(body) == 6
    korea = next(line for line in body if "260,000" in line)
    assert korea.split() == [
        "Nvidia", "South", "Korea", "KR", "260,000", "gpu", "-", "3", "ATS,Reuters,Yonhap",
        "2025-10-31", "2025-11-01", "-",
    ]  # fmt: skip
    frankfurt = next(line for line in body if "Frankfurt" in line)
    assert frankfurt.split() == [
        "AMD", "Frankfurt", "DC", "DE", "2,000", "accelerator", "$1.20bn", "2", "Reuters,dpa",
        "2025-09-15", "2025-09-16", "-",
    ]  # fmt: skip
    samsung = next(line for line in body if "Samsung" in line)
    assert samsung.endswith("Nvidia→South Korea 13,000 gpu")
    assert body[-1] == frankfurt  # most recent first: Frankfurt is the oldest

    rows = as_json(settings, "--list")["deals"]
    assert {r["deal_id"] for r in rows} == set(docs)
    by_id = {r["deal_id"]: r for r in rows}
    for deal_id, doc in docs.items():
        row = by_id[deal_id]
        assert (row["quantity"], row["unit"], row["qualifier"]) == (
            doc["quantity"],
            doc["unit"],
            doc["qualifier"],
        )
        assert row["story_count"] == doc["story_count"]
        assert row["part_of"] == doc["part_of"]
        assert row["sources"] == doc["sources"]
        assert sorted(row["story_ids"]) == sorted(s["story_id"] for s in doc["stories"])

    top = as_json(settings, "--list", "--sort", "units", "--size", "2")["deals"]
    assert [r["quantity"] for r in top] == [260_000, 13_000]
    priced = as_json(settings, "--list", "--sort", "amount", "--size", "1")["deals"]
    assert [r["buyer"] for r in priced] == ["Frankfurt DC"]
    assert "(there may be more: --size)" in chipwire(settings, "--list", "--size", "1")
    only = as_json(settings, "--list", "--vendor", "AMD", "--since", "2025-09-01")["deals"]
    assert [r["buyer"] for r in only] == ["Frankfurt DC"]


def test_mentions_are_what_they_were(settings: SearchSettings) -> None:
    text = chipwire(settings, "--mentions")
    direct = run(
        settings,
        lambda c: deal_totals(c, settings.names, DealGrouping.BUYER, StoryFilters(), size=25),
    )
    assert text == render(direct) + "\n"
    rows = table(text)
    # the story fixtures: Samsung in two stories, Frankfurt DC twice in one
    assert rows["Samsung Electronics"][:2] == ["2", "2"]
    assert rows["total"][:2] == ["4", "3"]
    assert "deals are mentions" in text.splitlines()[-1]

    doc = as_json(settings, "--mentions", "--by", "country")
    assert set(doc) == {"by", "stories", "groups", "total"}
    got = {g["key"]: g for g in doc["groups"]}
    assert got["KR"]["units"] == {"gpu": 60_000}
    assert got["DE"]["deals"] == 2
    korea = as_json(settings, "--mentions", "--tag", "korea", "--country", "KR", "--country", "JP")
    assert [g["key"] for g in korea["groups"]] == ["Samsung Electronics"]
    assert korea["total"]["deals"] == 2


def test_bad_combinations_and_missing_index(settings: SearchSettings) -> None:
    assert "only with --mentions" in chipwire(settings, "--tag", "korea", code=2)
    assert "one value" in chipwire(settings, "--country", "KR", "--country", "DE", code=2)
    empty = settings_for(f"t{uuid.uuid4().hex[:8]}-nothing")
    doc = as_json(empty)
    assert (doc["deals"], doc["groups"]) == (0, [])
    assert as_json(empty, "--list")["deals"] == []
    assert "no index behind" in chipwire(empty, "--mentions", code=2)


def test_dates_are_what_the_ledger_says(docs: dict[str, Doc]) -> None:
    frankfurt = next(d for d in docs.values() if d["buyer"] == "Frankfurt DC")
    last = datetime.fromisoformat(frankfurt["last_reported"].replace("Z", "+00:00"))
    assert last == datetime(2025, 9, 15, tzinfo=UTC) + timedelta(days=1)
