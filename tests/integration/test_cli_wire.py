"""The wire-side CLI on the real broker: publish, follow (conditional GET), dlq."""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from shared.adapters.kafka import KafkaSettings, ensure_topics, read_all
from shared.topics import Topics
from tests.integration.workers import ROOT, chipwire, pipeline_env, running, unique_prefix

pytestmark = pytest.mark.integration

FEED = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Local test feed</title>
<item><title>Memory maker adds HBM line</title><guid>urn:feed:1</guid>
<description>A Korean memory maker added a production line for HBM stacks.</description></item>
<item><title>Cloud firm orders accelerators</title><guid>urn:feed:2</guid>
<description>A cloud firm ordered 4,000 accelerators from a US chip designer.</description></item>
</channel></rss>"""
ETAG = '"v1"'


class FeedHandler(BaseHTTPRequestHandler):
    conditional_hits = 0

    def do_GET(self) -> None:
        if self.headers.get("If-None-Match") == ETAG:
            FeedHandler.conditional_hits += 1
            self.send_response(304)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("ETag", ETAG)
        self.end_headers()
        self.wfile.write(FEED)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def feed_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), FeedHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/feed.xml"
    server.shutdown()


def test_follow_publishes_new_items_once_and_uses_conditional_get(
    feed_url: str, tmp_path: Path
) -> None:
    prefix = unique_prefix()
    settings = KafkaSettings(topic_prefix=prefix)
    ensure_topics(settings, Topics(prefix).all())
    env = {**os.environ, "CHIPWIRE_TOPIC_PREFIX": prefix}
    state = str(tmp_path / "follow")
    first = chipwire(["follow", feed_url, "--once", "--state-dir", state], env)
    assert first.returncode == 0, first.stderr
    assert "2 new item(s)" in first.stdout
    second = chipwire(["follow", feed_url, "--once", "--state-dir", state], env)
    assert second.returncode == 0, second.stderr
    assert "0 new item(s)" in second.stdout
    assert FeedHandler.conditional_hits >= 1
    records = list(read_all(settings, Topics(prefix).wire_raw, timeout_s=3))
    assert sorted(r.key for r in records) == [b"urn:feed:1", b"urn:feed:2"]


def test_publish_then_dlq_lists_and_republishes(tmp_path: Path) -> None:
    prefix = unique_prefix()
    topics = Topics(prefix)
    settings = KafkaSettings(topic_prefix=prefix)
    ensure_topics(settings, topics.all())
    good = ROOT / "deploy" / "samples" / "wire" / "03-dpa-rechenzentrum.txt"
    bad = tmp_path / "broken.json"
    bad.write_bytes(b'{"uri": "urn:broken", "headline": ')
    env = pipeline_env(prefix, tmp_path)
    with running(["ingest"], env, tmp_path):
        out = chipwire(["publish", str(good), str(bad)], env)
        assert out.returncode == 0, out.stderr
        assert "published 2 of 2" in out.stdout
        listed: list[dict[str, object]] = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not listed:
            res = chipwire(["dlq", "--json", "--timeout", "2"], env)
            listed = [json.loads(line) for line in res.stdout.splitlines() if line.strip()]
        assert len(listed) == 1
        assert listed[0]["reason"] == "json_invalid" or "json" in str(listed[0]["reason"])
        table = chipwire(["dlq"], env)
        assert "1 dead letters" in table.stdout
        again = chipwire(["dlq", "--republish"], env)
        assert "re-published 1" in again.stdout
    raw = list(read_all(settings, topics.wire_raw, timeout_s=3))
    assert len(raw) == 3
    assert sum(1 for r in raw if r.value == bad.read_bytes()) == 2
