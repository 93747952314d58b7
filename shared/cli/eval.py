"""``chipwire eval LABELS.jsonl``: run parser and tagger on labelled stories and score them.

Prints each miss, then per-tag precision/recall/F1, deal-fact F1 and language accuracy
(``--json``: the summary only). ``--predictions FILE`` scores a file of ``chipwire tag
--jsonl`` output instead of running the tagger.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from shared.cli.tag import tag_lines
from shared.eval.scoring import PartyNames, score
from shared.tagging import load_knowledge


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("eval", help="score the tagger on labelled stories")
    p.add_argument("labels", type=Path, help="labelled stories, JSON lines")
    p.add_argument("--json", action="store_true", help="print the summary as JSON only")
    p.add_argument("--predictions", type=Path, default=None,
                   help="score this 'chipwire tag --jsonl' output instead of tagging")
    p.add_argument("--data-dir", type=Path, default=None, help="tagger data folder")
    p.add_argument("--fx-rates", type=Path, default=None, help="FX table (units per USD)")
    p.set_defaults(func=run)


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rows.append(json.loads(line))
    return rows


def run(args: argparse.Namespace) -> int:
    kb = load_knowledge(args.data_dir, args.fx_rates)
    try:
        labels = _read_jsonl(args.labels)
        if args.predictions is not None:
            preds = {str(p.get("id")): p for p in _read_jsonl(args.predictions)}
        else:
            lines = (json.dumps({"id": r["id"], "raw": r["raw"], "format": r.get("format")})
                     for r in labels)
            preds = {str(p["id"]): p for p in tag_lines(lines, kb)}
    except (OSError, ValueError, KeyError) as exc:
        print(f"chipwire eval: {exc}", file=sys.stderr)
        return 2
    report = score(labels, preds, PartyNames(kb))
    if not args.json:
        for miss in report.misses:
            print("  " + miss)
    print(json.dumps(report.summary(), ensure_ascii=False))
    return 0
