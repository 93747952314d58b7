"""chipwire tag: JSON lines in, one result line per payload; a readable view of files."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from shared.cli.main import main

PAYLOAD = (
    "date 2025-11-03\n"
    "Nvidia to supply 40,000 GPUs to South Korean cloud firm\n\n"
    "SEOUL (Wire) - Nvidia will sell 40,000 graphics processors to Naver Cloud for a new AI "
    "data centre near Seoul, the South Korean company said on Monday.\n\n"
    "Naver Cloud said the GPUs would train Korean-language AI models.\n\n"
    "Shares of Naver rose 4 percent in Seoul.\n"
)


def run_jsonl(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
              lines: list[str]) -> list[dict[str, object]]:
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    assert main(["tag", "--jsonl", "-"]) == 0
    return [json.loads(x) for x in capsys.readouterr().out.splitlines()]


def test_jsonl_result_fields(monkeypatch: pytest.MonkeyPatch,
                             capsys: pytest.CaptureFixture[str]) -> None:
    out = run_jsonl(monkeypatch, capsys,
                    [json.dumps({"id": "a1", "raw": PAYLOAD, "format": "agency-text"})])
    assert len(out) == 1
    rec = out[0]
    assert rec["id"] == "a1"
    assert rec["language"] == "en"
    assert set(rec) >= {"tags", "tag_details", "subjects", "places", "entities", "companies",
                        "deals"}
    assert set(rec["tags"]) == {"ai-chips", "korea"}  # type: ignore[arg-type]
    assert "Naver Cloud" in rec["companies"]  # type: ignore[operator]
    deals = rec["deals"]
    assert isinstance(deals, list) and deals
    assert deals[0]["buyer"] == "Naver Cloud"
    assert deals[0]["quantity"] == 40000
    assert {"vendor", "buyer_country", "qualifier", "unit", "amount", "currency",
            "amount_usd", "evidence"} <= set(deals[0])


def test_jsonl_unparseable_payload_gives_error_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = run_jsonl(monkeypatch, capsys, [
        json.dumps({"id": "bad", "raw": "", "format": "ninjs"}),
        "not json",
        json.dumps({"id": "ok", "raw": PAYLOAD}),
    ])
    assert [r["id"] for r in out] == ["bad", "line-2", "ok"]
    assert "error" in out[0] and "error" in out[1]
    assert "error" not in out[2]


def test_human_view_of_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "story.txt"
    f.write_text(PAYLOAD, encoding="utf-8")
    assert main(["tag", str(f)]) == 0
    text = capsys.readouterr().out
    assert "tags: ai-chips, korea" in text
    assert "deal: Nvidia -> Naver Cloud [KR] exact 40,000 gpu" in text
