"""``chipwire tag``: run the parser and the tagger on wire payloads, as the services do.

``chipwire tag --jsonl [FILE|-]`` reads JSON lines ``{"raw": ..., "id"?, "format"?}`` and
writes one JSON line per input (``id``, ``language``, ``tags``, ``tag_details``, ``subjects``,
``places``, ``entities``, ``companies``, ``deals``), or ``{"id", "error"}`` for a payload that
cannot be parsed. ``chipwire tag FILE...`` prints a readable summary of raw payload files.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from shared.errors import BadInput
from shared.models.story import Story
from shared.models.tagging import Tagging
from shared.parsing import parse_story
from shared.tagging import Knowledge, load_knowledge, story_language, tag_story
from shared.tagging.entities import company_names


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("tag", help="tag wire payloads (topics, entities, chip deals)")
    p.add_argument("files", nargs="*", help="payload files, or one JSON-lines file with --jsonl")
    p.add_argument("--jsonl", action="store_true", help="JSON lines in (FILE or - for stdin), out")
    p.add_argument("--data-dir", type=Path, default=None, help="tagger data folder")
    p.add_argument("--fx-rates", type=Path, default=None, help="FX table (units per USD)")
    p.set_defaults(func=run)


def result_record(story: Story, tagging: Tagging) -> dict[str, Any]:
    """The JSON object ``chipwire tag --jsonl`` prints for one story (``id`` added by caller)."""
    return {
        "language": story_language(story),
        "tags": list(tagging.tag_names),
        "tag_details": [t.model_dump(mode="json") for t in tagging.tags],
        "subjects": [s.model_dump(mode="json") for s in tagging.subjects],
        "places": [s.model_dump(mode="json") for s in tagging.places],
        "entities": [e.model_dump(mode="json") for e in tagging.entities],
        "companies": company_names(tagging.entities),
        "deals": [d.model_dump(mode="json") for d in tagging.deals],
    }


def tag_payload(
    raw: bytes, kb: Knowledge, *, format_hint: str | None = None, now: datetime | None = None
) -> tuple[Story, Tagging]:
    story = parse_story(raw, received_at=now or datetime.now(UTC), format_hint=format_hint)
    return story, tag_story(story, kb)


def tag_lines(lines: Iterable[str], kb: Knowledge) -> Iterator[dict[str, Any]]:
    now = datetime.now(UTC)
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError as exc:
            yield {"id": f"line-{n}", "error": f"bad_json: {exc}"}
            continue
        if not isinstance(item, dict) or not isinstance(item.get("raw"), str):
            yield {"id": f"line-{n}", "error": "bad_input: no raw payload"}
            continue
        sid = str(item.get("id") or f"line-{n}")
        fmt = item.get("format") if isinstance(item.get("format"), str) else None
        try:
            story, tagging = tag_payload(item["raw"].encode("utf-8"), kb, format_hint=fmt, now=now)
        except BadInput as exc:
            yield {"id": sid, "error": str(exc)}
            continue
        yield {"id": sid, **result_record(story, tagging)}


def _describe(name: str, story: Story, tagging: Tagging, out: TextIO) -> None:
    print(f"== {name}", file=out)
    print(f"   headline: {story.headline}", file=out)
    print(f"   language: {story_language(story)}  tags: {', '.join(tagging.tag_names) or '-'}",
          file=out)
    for t in tagging.tags:
        terms = ", ".join(dict.fromkeys(e.term for e in t.evidence))
        print(f"   {t.name} score {t.score}: {terms}", file=out)
    if tagging.entities:
        names = ", ".join(f"{e.name} ({e.kind})" for e in tagging.entities)
        print(f"   entities: {names}", file=out)
    for d in tagging.deals:
        size = []
        if d.quantity is not None:
            size.append(f"{d.qualifier or ''} {d.quantity:,} {d.unit or ''}".strip())
        if d.amount is not None:
            usd = f" (${d.amount_usd:,.0f})" if d.amount_usd is not None else ""
            size.append(f"{d.amount:,.0f} {d.currency}{usd}")
        print(f"   deal: {d.vendor or '?'} -> {d.buyer or '(unnamed)'} [{d.buyer_country or '?'}]"
              f" {'; '.join(size)}", file=out)


def run(args: argparse.Namespace) -> int:
    kb = load_knowledge(args.data_dir, args.fx_rates)
    out = sys.stdout
    if args.jsonl:
        source = args.files[0] if args.files else "-"
        stream = sys.stdin if source == "-" else open(source, encoding="utf-8")  # noqa: SIM115
        try:
            for record in tag_lines(stream, kb):
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        finally:
            if stream is not sys.stdin:
                stream.close()
        return 0
    if not args.files:
        print("chipwire tag: give payload files, or --jsonl [FILE|-]", file=sys.stderr)
        return 2
    status = 0
    for name in args.files:
        try:
            story, tagging = tag_payload(Path(name).read_bytes(), kb)
        except (OSError, BadInput) as exc:
            print(f"== {name}\n   error: {exc}", file=out)
            status = 1
            continue
        _describe(name, story, tagging, out)
    return status
