"""`chipwire follow URL`: poll an RSS/Atom feed and publish its new items to ``wire.raw``.

Polite polling: conditional GET with ETag and Last-Modified, so an unchanged feed costs one
304; the guids already published are remembered in a small state file, so a restart does not
publish them again.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from shared.adapters.kafka import KafkaSettings, producer
from shared.errors import BadInput, BrokerUnavailable
from shared.parsing.split import FeedItem, split_feed
from shared.topics import Topics

REMEMBER = 5000
USER_AGENT = "chipwire-follow/0.1"


@dataclass
class FeedState:
    etag: str | None = None
    last_modified: str | None = None
    seen: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path) -> FeedState:
        try:
            data = json.loads(path.read_text())
            return cls(data.get("etag"), data.get("last_modified"), list(data.get("seen", [])))
        except (OSError, ValueError):
            return cls()

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps({**self.__dict__, "seen": self.seen[-REMEMBER:]}))
        tmp.replace(path)


def fetch(url: str, state: FeedState, timeout_s: float) -> bytes | None:
    """The feed body, or None when the server says it has not changed (304)."""
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    if state.etag:
        req.add_header("If-None-Match", state.etag)
    if state.last_modified:
        req.add_header("If-Modified-Since", state.last_modified)
    try:
        with urllib.request.urlopen(req, timeout=timeout_s) as resp:
            state.etag = resp.headers.get("ETag") or state.etag
            state.last_modified = resp.headers.get("Last-Modified") or state.last_modified
            return bytes(resp.read())
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return None
        raise


def new_items(items: list[FeedItem], state: FeedState) -> list[FeedItem]:
    seen = set(state.seen)
    return [i for i in items if i.guid not in seen]


def poll_once(url: str, state: FeedState, settings: KafkaSettings, timeout_s: float) -> int:
    body = fetch(url, state, timeout_s)
    if body is None:
        return 0
    fresh = new_items(split_feed(body), state)
    if not fresh:
        return 0
    topic = Topics(settings.topic_prefix).wire_raw
    prod = producer(settings)
    try:
        futures = [
            prod.send(topic, key=i.guid.encode(), value=i.payload, headers=[("format", b"rss")])
            for i in fresh
        ]
        prod.flush()
        for fut in futures:
            fut.get(timeout=30)
    finally:
        prod.close()
    state.seen.extend(i.guid for i in fresh)
    return len(fresh)


def run(args: argparse.Namespace) -> int:
    settings = KafkaSettings()
    state_path = Path(args.state_dir) / (hashlib.sha1(args.url.encode()).hexdigest() + ".json")
    state = FeedState.load(state_path)
    while True:
        try:
            n = poll_once(args.url, state, settings, args.timeout)
            state.save(state_path)
            print(f"{time.strftime('%H:%M:%S')} {args.url}: {n} new item(s) published", flush=True)
        except (OSError, BadInput, BrokerUnavailable) as exc:
            # the next poll may succeed: a feed or broker hiccup is not fatal for a follower
            print(f"{time.strftime('%H:%M:%S')} {args.url}: {exc}", file=sys.stderr, flush=True)
            if args.once:
                return 1
        if args.once:
            return 0
        time.sleep(args.interval)


def register(sub: Any) -> None:
    p = sub.add_parser("follow", help="poll an RSS/Atom feed and publish new items")
    p.add_argument("url")
    p.add_argument("--interval", type=float, default=60.0, help="seconds between polls")
    p.add_argument("--once", action="store_true", help="poll once and exit")
    p.add_argument("--timeout", type=float, default=20.0)
    p.add_argument("--state-dir", default="var/follow", help="where seen guids are kept")
    p.set_defaults(func=run)
