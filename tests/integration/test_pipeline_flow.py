"""The ingest and tagger workers on the real broker: samples flow, bad input is dead-lettered
with its reason while good stories keep flowing, duplicates are dropped, receipts tell all."""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

import pytest
from kafka import KafkaProducer

from shared.adapters.kafka import KafkaSettings, ensure_topics, read_all
from shared.models.events import DeadLettered, ReceiptIssued, StoryTagged
from shared.topics import Topics
from tests.integration.workers import ROOT, pipeline_env, running, unique_prefix

pytestmark = pytest.mark.integration
SAMPLES = sorted((ROOT / "deploy" / "samples" / "wire").iterdir())
BOMB = b"""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">
<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<newsItem><contentMeta><headline>&lol3;</headline></contentMeta></newsItem>"""
XXE = b"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><item><title>&x;</title></item></channel></rss>"""
BAD = {
    "empty": b"",
    "undecodable": b"\xff\xfe\xfa\x00\x81garbage\x00\x00",
    "json": b'{"uri": "urn:x", "headlines": [',
    "bomb": BOMB,
    "xxe": XXE,
    "whitespace": b"   \n\t  \n",
}


def wait_for(topic: str, settings: KafkaSettings, count: int, timeout_s: float = 90) -> list[bytes]:
    deadline = time.monotonic() + timeout_s
    values: list[bytes] = []
    while time.monotonic() < deadline:
        values = [r.value for r in read_all(settings, topic, timeout_s=2)]
        if len(values) >= count:
            return values
        time.sleep(1)
    raise AssertionError(f"{topic}: {len(values)} of {count} messages after {timeout_s}s")


def test_samples_flow_and_bad_input_is_dead_lettered(tmp_path: Path) -> None:
    prefix = unique_prefix()
    topics = Topics(prefix)
    settings = KafkaSettings(topic_prefix=prefix)
    ensure_topics(settings, topics.all())
    env = pipeline_env(prefix, tmp_path)
    with running(["ingest", "tagger"], env, tmp_path):
        producer = KafkaProducer(bootstrap_servers=settings.bootstrap)
        sent = 0
        # Bad input first, interleaved with good stories: nothing after it may be lost.
        for (name, payload), sample in zip(BAD.items(), SAMPLES, strict=False):
            producer.send(topics.wire_raw, key=f"bad-{name}".encode(), value=payload)
            producer.send(topics.wire_raw, key=sample.name.encode(), value=sample.read_bytes())
            sent += 2
        for sample in SAMPLES[len(BAD) :]:
            producer.send(topics.wire_raw, key=sample.name.encode(), value=sample.read_bytes())
            sent += 1
        # the same bytes again: a duplicate, dropped and receipted as such
        producer.send(topics.wire_raw, key=b"again", value=SAMPLES[4].read_bytes())
        sent += 1
        producer.flush()
        producer.close()

        receipts = [
            ReceiptIssued.model_validate_json(v) for v in wait_for(topics.receipts, settings, sent)
        ]
        assert len(receipts) == sent
        status = Counter(r.status.value for r in receipts)
        assert status["dead_lettered"] == len(BAD)
        assert status["duplicate"] == 1
        assert status["accepted"] == len(SAMPLES)
        keys = {r.source_ref.key for r in receipts}
        assert {f"bad-{n}" for n in BAD} <= keys

        dead = [
            DeadLettered.model_validate_json(v) for v in wait_for(topics.dlq, settings, len(BAD))
        ]
        by_key = {d.source_ref.key: d for d in dead if d.source_ref}
        for name, payload in BAD.items():
            record = by_key[f"bad-{name}"]
            assert record.reason, name
            assert record.stage == "ingest"
            assert record.source_ref is not None and record.source_ref.topic == topics.wire_raw
            import base64

            assert base64.b64decode(record.payload_b64) == payload

        tagged = [
            StoryTagged.model_validate_json(v)
            for v in wait_for(topics.stories_tagged, settings, len(SAMPLES))
        ]
        assert len(tagged) == len(SAMPLES)
        by_file = {t.story.id: t for t in tagged}
        ids = [t.story.id for t in tagged]
        # the correction shares the original's id with a higher version
        assert len(set(ids)) == len(SAMPLES) - 1
        seed = [t for t in tagged if t.story.language == "fr" and "260" in t.story.text]
        assert {t.story.version for t in seed} >= {1, 2}
        newest = max(seed, key=lambda t: t.story.version)
        assert {"ai-chips", "korea"} <= set(newest.tagging.tag_names)
        quantities = {d.quantity for d in newest.tagging.deals}
        assert {260_000, 60_000, 50_000} <= quantities
        assert 70_000 not in quantities
        assert by_file  # every tagged story decoded
        deal_reports = wait_for(topics.deals, settings, 1)
        assert any(json.loads(v)["story_id"] == newest.story.id for v in deal_reports)
