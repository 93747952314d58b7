"""The tagger on the labelled development corpus (a sibling of the repository)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shared.cli.tag import tag_lines
from shared.eval.scoring import PartyNames, score

from .tagging_fixtures import kb

CORPUS = Path(__file__).resolve().parents[4] / ".." / "shared" / "corpus"
DEV = CORPUS / "dev.jsonl"


@pytest.mark.skipif(not DEV.exists(), reason="labelled corpus not present")
def test_dev_corpus_meets_the_bars() -> None:
    labels = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line]
    lines = (json.dumps({"id": r["id"], "raw": r["raw"], "format": r["format"]}) for r in labels)
    preds = {p["id"]: p for p in tag_lines(lines, kb())}
    report = score(labels, preds, PartyNames(kb())).summary()
    assert report["missing_predictions"] == 0
    assert report["ai-chips_prf"][2] >= 0.95
    assert report["korea_prf"][2] >= 0.95
    assert report["deal_facts_prf"][2] >= 0.85


@pytest.mark.skipif(not DEV.exists(), reason="labelled corpus not present")
def test_seed_dispatch_deals() -> None:
    seed = CORPUS / "seed-ats-2025-10-31.txt"
    from shared.cli.tag import tag_payload

    _, tagging = tag_payload(seed.read_bytes(), kb(), format_hint="agency-text")
    got = {(d.buyer, d.buyer_country, d.quantity, d.qualifier) for d in tagging.deals}
    assert ("Samsung Electronics", "KR", 50000, "at_least") in got
    assert ("Naver Cloud", "KR", 60000, "exact") in got
    assert ("South Korea", "KR", 260000, "exact") in got
    others = [d for d in tagging.deals if d.quantity == 50000 and d.buyer != "Samsung Electronics"]
    assert others and all(d.buyer_country == "KR" for d in others)
    assert {"ai-chips", "korea"} <= set(tagging.tag_names)
