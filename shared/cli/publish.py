"""`chipwire publish PATH... | -`: send wire stories to Kafka, keyed by story id."""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tqdm import tqdm

from shared.adapters.kafka import KafkaSettings, producer
from shared.errors import BadInput, ChipwireError
from shared.parsing import parse_story
from shared.topics import Topics

PROGRESS_FROM = 50


@dataclass(frozen=True)
class Outgoing:
    key: str
    payload: bytes
    format_hint: str | None
    origin: str


def story_key(payload: bytes, format_hint: str | None) -> str:
    """The story id when the payload parses, so versions of a story share a partition;
    otherwise a hash of the bytes (ingest will dead-letter it with the reason)."""
    try:
        return parse_story(payload, received_at=datetime.now(UTC), format_hint=format_hint).id
    except BadInput:
        return "raw:" + hashlib.sha256(payload).hexdigest()[:32]


def from_jsonl(lines: Iterator[str], origin: str) -> Iterator[Outgoing]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            raw = obj["raw"]
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ChipwireError(f"{origin}:{n}: not a JSON line with 'raw' ({exc})") from exc
        payload = raw.encode("utf-8") if isinstance(raw, str) else bytes(raw)
        hint = obj.get("format")
        yield Outgoing(story_key(payload, hint), payload, hint, f"{origin}:{n}")


def collect(paths: list[str], *, jsonl: bool) -> Iterator[Outgoing]:
    for path in paths:
        if path == "-":
            if jsonl:
                yield from from_jsonl(iter(sys.stdin), "<stdin>")
            else:
                data = sys.stdin.buffer.read()
                yield Outgoing(story_key(data, None), data, None, "<stdin>")
            continue
        p = Path(path)
        files = sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p]
        for f in files:
            if f.name.startswith("."):
                continue
            if jsonl or f.suffix == ".jsonl":
                with f.open(encoding="utf-8") as fh:
                    yield from from_jsonl(iter(fh), str(f))
            else:
                data = f.read_bytes()
                yield Outgoing(story_key(data, None), data, None, str(f))


def run(args: argparse.Namespace) -> int:
    settings = KafkaSettings()
    topic = args.topic or Topics(settings.topic_prefix).wire_raw
    try:
        items = list(collect(args.paths, jsonl=args.jsonl))
    except (OSError, ChipwireError) as exc:
        print(f"chipwire publish: {exc}", file=sys.stderr)
        return 2
    prod = producer(settings)
    failed: list[tuple[str, str]] = []
    futures: list[tuple[Outgoing, Any]] = []
    bar = tqdm(total=len(items), unit="story", disable=len(items) < PROGRESS_FROM or args.quiet)
    for item in items:
        headers = [("format", item.format_hint.encode())] if item.format_hint else []
        futures.append(
            (item, prod.send(topic, key=item.key.encode(), value=item.payload, headers=headers))
        )
    prod.flush()
    for item, fut in futures:
        try:
            fut.get(timeout=30)
        except Exception as exc:  # every failure is reported, none stops the others
            failed.append((item.origin, str(exc)))
        bar.update(1)
    bar.close()
    prod.close()
    sent = len(items) - len(failed)
    for origin, error in failed:
        print(f"failed {origin}: {error}", file=sys.stderr)
    if not args.quiet:
        print(f"published {sent} of {len(items)} to {topic}; {len(failed)} failed")
    return 1 if failed else 0


def register(sub: Any) -> None:
    p = sub.add_parser("publish", help="send story files, folders or JSON lines to Kafka")
    p.add_argument("paths", nargs="+", help="files, folders, or - for standard input")
    p.add_argument("--jsonl", action="store_true", help="inputs are JSON lines with 'raw'")
    p.add_argument("--topic", help="default: wire.raw (with CHIPWIRE_TOPIC_PREFIX)")
    p.add_argument("-q", "--quiet", action="store_true")
    p.set_defaults(func=run)
