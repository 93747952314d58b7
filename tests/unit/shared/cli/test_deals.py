"""``chipwire deals``: modes, option checks, rendering, and what each mode asks for (no server)."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime
from typing import Any

import pytest

from shared.cli import deals as cli
from shared.cli.main import build_parser, main
from shared.indexing import DealGrouping, DealOrder, DealReport, DealTotal, StoryFilters
from shared.ledger.aggregations import LedgerFilters
from shared.ledger.documents import DealRow

SAMSUNG = DealTotal("Samsung Electronics", 3, 3, 2.7e9, 3, (("gpu", 90_000),))
FRANKFURT = DealTotal("Frankfurt DC", 2, 1, 0.0, 0, (("accelerator", 2000), ("server", 100)))
TOTAL = DealTotal(
    "total", 5, 4, 2.7e9, 3, (("gpu", 90_000), ("accelerator", 2000), ("server", 100))
)
REPORT = DealReport(DealGrouping.BUYER, 6, (SAMSUNG, FRANKFURT), TOTAL)

ROW = DealRow(
    deal_id="d1",
    vendor="Nvidia",
    buyer="South Korea",
    buyer_country="KR",
    unit="gpu",
    quantity=260_000,
    qualifier="at_least",
    amount_usd=None,
    first_reported="2025-10-31T08:30:00Z",
    last_reported="2025-11-01T08:30:00Z",
    story_count=3,
    sources=("ATS", "Reuters", "Yonhap"),
    languages=("en", "fr", "ko"),
    story_ids=("a", "b", "c"),
)
MONEY_ROW = DealRow(
    deal_id="d2",
    vendor=None,
    buyer="Rebellions",
    buyer_country="KR",
    unit=None,
    quantity=None,
    qualifier="about",
    amount_usd=5e8,
    first_reported=None,
    last_reported=None,
    story_count=1,
    sources=(),
    languages=(),
    story_ids=("d",),
)


def args(*argv: str) -> Any:
    return build_parser().parse_args(["deals", *argv])


# ---- the --mentions output is what it was before the ledger -------------------------------


def test_mentions_table_and_json_are_unchanged() -> None:
    assert cli.render(REPORT) == (
        "buyer                 deals stories          USD  units\n"
        "-------------------------------------------------------\n"
        "Samsung Electronics       3       3      $2.70bn  90,000 gpu\n"
        "Frankfurt DC              2       1            -  2,000 accelerator; 100 server\n"
        "-------------------------------------------------------\n"
        "total                     5       4      $2.70bn  90,000 gpu; 2,000 accelerator; "
        "100 server\n"
        "6 matching stories, 4 with deals; deals are mentions "
        "(a deal two agencies report counts twice)"
    )
    assert cli.as_json(REPORT) == {
        "by": "buyer",
        "stories": 6,
        "groups": [SAMSUNG.as_json(), FRANKFURT.as_json()],
        "total": TOTAL.as_json(),
    }


# ---- ledger output --------------------------------------------------------------------------


def test_ledger_table() -> None:
    lines = cli.render_ledger(REPORT, "chipwire-deals").splitlines()
    assert lines[:-1] == cli.render(REPORT).splitlines()[:-1]  # same table
    assert lines[-1] == (
        "5 deals in chipwire-deals, reported by 4 stories; each real-world deal counted once; "
        "USD and units of the parts of a stated total are not added again"
    )


def test_ledger_json() -> None:
    doc = cli.ledger_json(REPORT, "chipwire-deals")
    assert doc == {
        "source": "ledger",
        "index": "chipwire-deals",
        "by": "buyer",
        "deals": 5,
        "stories": 4,
        "groups": [SAMSUNG.as_json(), FRANKFURT.as_json()],
        "total": TOTAL.as_json(),
    }
    assert json.loads(json.dumps(doc)) == doc


def test_deal_list() -> None:
    text = cli.render_list([ROW, MONEY_ROW], "chipwire-deals", size=100)
    head, rule, first, second, foot = text.splitlines()
    assert head.split() == [
        "vendor",
        "buyer",
        "country",
        "size",
        "USD",
        "stories",
        "sources",
        "first",
        "last",
    ]
    assert set(rule) == {"-"}
    assert first.split() == [
        "Nvidia",
        "South",
        "Korea",
        "KR",
        ">=260,000",
        "gpu",
        "-",
        "3",
        "ATS,Reuters,Yonhap",
        "2025-10-31",
        "2025-11-01",
    ]
    assert second.split() == ["?", "Rebellions", "KR", "-", "$500.00m", "1", "-", "-", "-"]
    assert foot == "2 deals from chipwire-deals"
    full = cli.render_list([ROW], "chipwire-deals", size=1).splitlines()[-1]
    assert full == "1 deals from chipwire-deals (there may be more: --size)"


def test_deal_list_shows_the_total_a_part_is_of() -> None:
    part = dataclasses.replace(
        ROW, deal_id="p1", buyer="Samsung Electronics", quantity=50_000, qualifier="exact",
        part_of=ROW.deal_id,
    )  # fmt: skip
    lines = cli.render_list([ROW, part], "chipwire-deals", size=100).splitlines()
    assert lines[0].split()[-2:] == ["part", "of"]
    assert lines[2].endswith("  -")  # the total is no part
    assert lines[3].endswith("Nvidia→South Korea >=260,000 gpu")
    assert lines[-1] == (
        "2 deals from chipwire-deals; a part of a stated total is not added to totals again"
    )
    # the total not listed (filtered out): given apart, else its id
    alone = cli.render_list([part], "chipwire-deals", size=100, totals={ROW.deal_id: ROW})
    assert alone.splitlines()[2].endswith("Nvidia→South Korea >=260,000 gpu")
    bare = cli.render_list([part], "chipwire-deals", size=100)
    assert bare.splitlines()[2].endswith(ROW.deal_id)


def test_deal_sizes() -> None:
    assert cli.size_text(ROW) == ">=260,000 gpu"
    assert cli.size_text(MONEY_ROW) == "-"
    assert cli.size_text(dataclasses.replace(ROW, qualifier="exact")) == "260,000 gpu"
    assert cli.size_text(dataclasses.replace(ROW, qualifier="about")) == "~260,000 gpu"
    assert cli.size_text(dataclasses.replace(ROW, qualifier="up_to", unit=None)) == (
        "<=260,000 units"
    )


def test_row_json() -> None:
    doc = cli.row_json(ROW)
    assert doc["sources"] == ("ATS", "Reuters", "Yonhap")
    assert json.loads(json.dumps(doc))["sources"] == ["ATS", "Reuters", "Yonhap"]
    assert {
        "deal_id",
        "vendor",
        "buyer",
        "buyer_country",
        "quantity",
        "qualifier",
        "unit",
        "amount_usd",
        "story_count",
        "first_reported",
        "last_reported",
    } <= set(doc)


# ---- options ---------------------------------------------------------------------------------


def test_modes_exclude_each_other() -> None:
    with pytest.raises(SystemExit):
        args("--list", "--mentions")
    with pytest.raises(SystemExit):
        args("--by", "planet")
    with pytest.raises(SystemExit):
        args("--size", "0")


@pytest.mark.parametrize(
    ("argv", "problem"),
    [
        ((), None),
        (("--by", "country", "--order", "units", "--size", "5", "--json"), None),
        (
            (
                "--vendor",
                "Nvidia",
                "--buyer",
                "Samsung",
                "--country",
                "kr",
                "--unit",
                "gpu",
                "--source",
                "AFP",
                "--since",
                "7d",
                "--until",
                "2025-11-30",
            ),
            None,
        ),
        (("--list", "--sort", "units", "--vendor", "Nvidia", "--size", "3"), None),
        (("--mentions", "--tag", "korea", "--country", "KR", "--country", "JP"), None),
        (("--mentions", "--min-units", "1000", "--include-withdrawn", "--company", "AMD"), None),
        (
            (
                "--tag",
                "korea",
            ),
            "--tag: story filters, only with --mentions",
        ),
        (("--min-usd", "1e9", "--language", "ko"), "--language, --min-usd"),
        (("--list", "--include-withdrawn"), "--include-withdrawn"),
        (("--country", "KR", "--country", "JP"), "--country: one value on the ledger"),
        (("--list", "--source", "AFP", "--source", "dpa"), "--source: one value"),
        (("--mentions", "--vendor", "Nvidia"), "--vendor: not with --mentions"),
        (("--mentions", "--sort", "units"), "--sort: not with --mentions"),
        (("--list", "--by", "buyer"), "--by: not with --list"),
        (("--list", "--order", "usd"), "--order: not with --list"),
        (("--sort", "units"), "--sort: only with --list"),
    ],
)
def test_option_checks(argv: tuple[str, ...], problem: str | None) -> None:
    found = cli.check(args(*argv))
    if problem is None:
        assert found is None
    else:
        assert found is not None and problem in found


def test_ledger_filters() -> None:
    f = cli.ledger_filters(
        args(
            "--vendor",
            "Nvidia",
            "--country",
            "kr",
            "--source",
            "AFP",
            "--since",
            "2025-11-01",
            "--until",
            "2025-11-30",
        )
    )
    assert f == LedgerFilters(
        vendor="Nvidia",
        buyer_country="kr",  # upper-cased by the query
        source="AFP",
        since=datetime(2025, 11, 1, tzinfo=UTC),
        # the whole of the 30th, and not midnight after it
        until=datetime(2025, 11, 30, 23, 59, 59, 999_000, tzinfo=UTC),
    )
    assert cli.ledger_filters(args()) == LedgerFilters()


# ---- what each mode asks for --------------------------------------------------------------


class Calls:
    def __init__(self) -> None:
        self.seen: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []

    def fake(self, name: str, answer: Any) -> Any:
        async def call(*a: Any, **kw: Any) -> Any:
            self.seen.append((name, a[1:], kw))  # without the client
            return answer

        return call


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Calls:
    monkeypatch.setenv("CHIPWIRE_INDEX_PREFIX", "tcli")
    monkeypatch.setenv("CHIPWIRE_ES_URL", "http://127.0.0.1:1")  # never reached
    c = Calls()
    monkeypatch.setattr(cli, "ledger_totals", c.fake("ledger", REPORT))
    monkeypatch.setattr(cli, "search_deals", c.fake("list", [ROW]))
    monkeypatch.setattr(cli, "deal_totals", c.fake("mentions", REPORT))
    return c


def test_default_reads_the_ledger(calls: Calls, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["deals", "--country", "kr"]) == 0
    [(name, positional, kw)] = calls.seen
    assert name == "ledger"
    assert positional == ("tcli", DealGrouping.BUYER, LedgerFilters(buyer_country="kr"))
    assert kw == {"order": DealOrder.USD, "size": 25}
    assert capsys.readouterr().out.splitlines()[-1].startswith("5 deals in tcli-deals")


def test_ledger_json_mode(calls: Calls, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["deals", "--by", "month", "--order", "deals", "--size", "3", "--json"]) == 0
    [(_, positional, kw)] = calls.seen
    assert positional[1] is DealGrouping.MONTH
    assert kw == {"order": DealOrder.DEALS, "size": 3}
    doc = json.loads(capsys.readouterr().out)
    assert (doc["source"], doc["index"], doc["deals"]) == ("ledger", "tcli-deals", 5)


def test_list_mode(calls: Calls, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["deals", "--list", "--vendor", "Nvidia", "--sort", "amount", "--json"]) == 0
    [(name, positional, kw)] = calls.seen
    assert (name, positional) == ("list", ("tcli", LedgerFilters(vendor="Nvidia")))
    assert kw == {"sort": "amount", "size": 100}
    doc = json.loads(capsys.readouterr().out)
    assert doc["index"] == "tcli-deals"
    assert [d["deal_id"] for d in doc["deals"]] == ["d1"]
    assert main(["deals", "--list"]) == 0
    assert calls.seen[-1][2]["sort"] == "recent"
    assert "1 deals from tcli-deals" in capsys.readouterr().out


def test_mentions_mode(calls: Calls, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["deals", "--mentions", "--tag", "korea", "--min-units", "1000"]) == 0
    [(name, positional, kw)] = calls.seen
    assert name == "mentions"
    names, by, filters = positional
    assert names.alias == "tcli-stories"
    assert by is DealGrouping.BUYER
    assert filters == StoryFilters(tags=("korea",), min_units=1000)
    assert kw == {"order": DealOrder.USD, "size": 25}
    assert capsys.readouterr().out == cli.render(REPORT) + "\n"
    assert main(["deals", "--mentions", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == cli.as_json(REPORT)


def test_bad_options_exit_2(calls: Calls, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["deals", "--tag", "korea"]) == 2
    assert not calls.seen
    assert "chipwire deals: bad_options: --tag" in capsys.readouterr().err


def test_bad_prefix_exit_2(
    calls: Calls, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CHIPWIRE_INDEX_PREFIX", "Bad Prefix")
    assert main(["deals"]) == 2
    assert main(["deals", "--list"]) == 2
    assert not calls.seen
    assert "CHIPWIRE_INDEX_PREFIX" in capsys.readouterr().err
