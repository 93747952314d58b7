"""chipwire eval: scores labelled stories and lists misses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shared.cli.main import main

from .test_tag import PAYLOAD


def labels(tmp_path: Path, deals: list[dict[str, object]], tags: list[str]) -> Path:
    path = tmp_path / "labels.jsonl"
    item = {"id": "s1", "format": "agency-text", "lang": "en", "raw": PAYLOAD,
            "expect": {"tags": tags, "deals": deals, "companies": []}}
    path.write_text(json.dumps(item) + "\n", encoding="utf-8")
    return path


def test_eval_perfect_story(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = [{"buyer": "Naver", "buyer_country": "KR", "quantity": 40000}]
    assert main(["eval", str(labels(tmp_path, gold, ["ai-chips", "korea"])), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ai-chips_prf"] == [1.0, 1.0, 1.0]
    assert report["korea_prf"] == [1.0, 1.0, 1.0]
    assert report["deal_facts_prf"] == [1.0, 1.0, 1.0]
    assert report["language_accuracy"] == 1.0


def test_eval_lists_misses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = [{"buyer": "Kakao", "buyer_country": "KR", "quantity": 40000}]
    assert main(["eval", str(labels(tmp_path, gold, ["ai-chips"]))]) == 0
    out = capsys.readouterr().out
    assert "s1 korea: expected False, got True" in out
    assert "s1 deal missed: units Kakao 40000" in out
    assert "s1 deal spurious: units Naver Cloud 40000" in out
    report = json.loads(out.splitlines()[-1])
    assert report["deal_facts_prf"] == [0.0, 0.0, 0.0]


def test_eval_scores_a_predictions_file(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    gold = [{"buyer": None, "buyer_country": "KR", "amount_usd": 1.0e9}]
    preds = tmp_path / "preds.jsonl"
    preds.write_text(json.dumps({"id": "s1", "language": "en", "tags": ["korea"], "deals": [
        {"buyer": "South Korean government", "buyer_country": "KR", "amount_usd": 1.01e9}]}) + "\n")
    path = labels(tmp_path, gold, ["korea"])
    assert main(["eval", str(path), "--predictions", str(preds), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["deal_facts_prf"] == [1.0, 1.0, 1.0]
