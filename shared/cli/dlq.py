"""`chipwire dlq`: list dead letters with their reasons, and re-publish them after a fix."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from pydantic import ValidationError

from shared.adapters.kafka import KafkaSettings, producer, read_all
from shared.errors import BrokerUnavailable
from shared.models.events import DeadLettered
from shared.pipeline.dead_letters import payload_of
from shared.topics import Topics


def load(settings: KafkaSettings, topic: str, timeout_s: float) -> list[tuple[int, DeadLettered]]:
    out: list[tuple[int, DeadLettered]] = []
    for rec in read_all(settings, topic, timeout_s=timeout_s):
        try:
            out.append((rec.offset, DeadLettered.model_validate_json(rec.value)))
        except ValidationError:
            continue  # not ours; the dead-letter topic only holds DeadLettered records
    return out


def run(args: argparse.Namespace) -> int:
    settings = KafkaSettings()
    topics = Topics(settings.topic_prefix)
    try:
        records = load(settings, topics.dlq, args.timeout)
    except BrokerUnavailable as exc:
        print(f"chipwire dlq: {exc}", file=sys.stderr)
        return 2
    chosen = [
        (off, r)
        for off, r in records
        if (not args.reason or r.reason == args.reason)
        and (not args.stage or r.stage == args.stage)
    ]
    if args.republish:
        prod = producer(settings)
        for _, r in chosen:
            key = r.source_ref.key.encode() if r.source_ref and r.source_ref.key else None
            headers = [(k, v.encode()) for k, v in r.headers.items()]
            prod.send(topics.wire_raw, key=key, value=payload_of(r), headers=headers)
        prod.flush()
        prod.close()
        print(f"re-published {len(chosen)} dead letters to {topics.wire_raw}")
        return 0
    if args.json:
        for _, r in chosen:
            print(r.model_dump_json())
        return 0
    print(f"{'when':20} {'stage':8} {'reason':28} {'from':28} {'key':24} bytes")
    for _, r in chosen:
        ref = r.source_ref
        where = f"{ref.topic}/{ref.partition}@{ref.offset}" if ref else "-"
        shown = (ref.key if ref and ref.key else "-")[:24]
        size = len(payload_of(r))
        print(f"{r.at:%Y-%m-%d %H:%M:%S}  {r.stage:8} {r.reason:28} {where:28} {shown:24} {size}")
    counts: dict[str, int] = {}
    for _, r in chosen:
        counts[r.reason] = counts.get(r.reason, 0) + 1
    print(f"{len(chosen)} dead letters; by reason: {json.dumps(counts, sort_keys=True)}")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("dlq", help="list dead letters with their reasons; re-publish them")
    p.add_argument("--reason", help="only this reason")
    p.add_argument("--stage", help="only this stage (ingest, tagger, indexer)")
    p.add_argument("--json", action="store_true", help="one JSON record per line")
    p.add_argument("--republish", action="store_true", help="send the payloads to wire.raw again")
    p.add_argument("--timeout", type=float, default=3.0, help="seconds to wait for more records")
    p.set_defaults(func=run)
