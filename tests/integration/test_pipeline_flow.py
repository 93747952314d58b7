"""The ingest and tagger workers on the real broker: samples flow, bad input is dead-lettered
with its reason while good stories keep flowing, duplicates are dropped, receipts tell all."""

from __future__ import annotations

import json
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
from kafka import KafkaProducer

from shared.adapters.kafka import KafkaSettings, ensure_topics, read_all
from shared.models.events import DeadLettered, ReceiptIssued, StoryTagged
from shared.parsing import parse_story
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
DTD = b"""<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//X//DTD RSS 0.91//EN" "http://x.invalid/d">
<rss version="0.91"><channel><title>t</title><item><title>x</title></item></channel></rss>"""
NEWSML = b'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:bad:1" version="1">'
MAX_PAYLOAD = 65_536
AGENCY = b"SEOUL, March 2 (Reuters) - A chipmaker said it would build a plant.\n\n(Reuters)"
# (kind, payload, headers, the reason the dead letter must carry)
BAD: list[tuple[str, bytes, dict[str, str], str]] = [
    ("empty", b"", {}, "empty_payload"),
    ("too-large", b"word " * (MAX_PAYLOAD // 4), {}, "payload_too_large"),
    ("latin1", "Genève annonce des puces".encode("latin-1"), {}, "undecodable"),
    ("binary", b"\x00\x01\x02\x03garbage\x00\xff", {}, "binary_content"),
    ("encoding", b'<?xml version="1.0" encoding="x-klingon"?><rss/>', {}, "unknown_encoding"),
    ("json", b'{"uri": "urn:x", "headlines": [', {}, "json_invalid"),
    ("json-array", b'["urn:x", "headline"]', {}, "json_not_object"),
    ("not-ninjs", b'{"name": "a config file", "port": 8080}', {}, "not_ninjs"),
    ("xml", b"<newsItem><contentMeta></newsItem>", {}, "xml_invalid"),
    ("bomb", BOMB, {}, "xml_forbidden_entity"),
    ("xxe", XXE, {}, "xml_external_entity"),
    ("dtd", DTD, {}, "xml_dtd_forbidden"),
    ("html", b"<html><body><p>Chips</p></body></html>", {}, "xml_unknown_root"),
    (
        "rss-empty",
        b'<rss version="2.0"><channel><title>E</title></channel></rss>',
        {},
        "feed_no_item",
    ),
    (
        "newsml-empty",
        NEWSML + b"<contentSet><inlineXML><p/></inlineXML></contentSet></newsItem>",
        {},
        "no_text",
    ),
    ("whitespace", b"   \n\t  \n", {}, "no_text"),
    ("hint-unknown", AGENCY, {"format": "pdf"}, "unknown_format_hint"),
    ("hint-mismatch", AGENCY, {"format": "ninjs"}, "format_mismatch"),
]


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
    env = pipeline_env(prefix, tmp_path, {"CHIPWIRE_MAX_PAYLOAD_BYTES": str(MAX_PAYLOAD)})
    with running(["ingest", "tagger"], env, tmp_path):
        producer = KafkaProducer(bootstrap_servers=settings.bootstrap)
        sent = 0
        # Bad input interleaved with good stories: nothing after it may be lost.
        for i, (name, payload, headers, _) in enumerate(BAD):
            hdrs = [(k, v.encode()) for k, v in headers.items()]
            producer.send(topics.wire_raw, key=f"bad-{name}".encode(), value=payload, headers=hdrs)
            sent += 1
            if i < len(SAMPLES):
                sample = SAMPLES[i]
                producer.send(topics.wire_raw, key=sample.name.encode(), value=sample.read_bytes())
                sent += 1
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
        assert {f"bad-{kind}" for kind, *_ in BAD} <= keys

        dead = [
            DeadLettered.model_validate_json(v) for v in wait_for(topics.dlq, settings, len(BAD))
        ]
        by_key = {d.source_ref.key: d for d in dead if d.source_ref}
        for name, payload, _, reason in BAD:
            record = by_key[f"bad-{name}"]
            assert record.reason == reason, name
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


def test_stories_keyed_by_their_id_are_judged_without_the_hop(tmp_path: Path) -> None:
    """``chipwire publish`` keys by story id: ingest decides at once on the same state the hop
    reaches, so a copy keyed otherwise (through the hop) is still a duplicate, and a
    correction is still a newer version."""
    prefix = unique_prefix()
    topics = Topics(prefix)
    settings = KafkaSettings(topic_prefix=prefix)
    ensure_topics(settings, topics.all())
    payloads = [s.read_bytes() for s in SAMPLES]
    now = datetime.now(UTC)
    ids = [parse_story(p, received_at=now).id for p in payloads]
    with running(["ingest"], pipeline_env(prefix, tmp_path), tmp_path):
        producer = KafkaProducer(bootstrap_servers=settings.bootstrap)
        for story_id, payload in zip(ids, payloads, strict=True):
            producer.send(topics.wire_raw, key=story_id.encode(), value=payload)
        producer.send(topics.wire_raw, key=ids[4].encode(), value=payloads[4])  # inline again
        producer.send(topics.wire_raw, key=b"other", value=payloads[5])  # via the hop
        producer.flush()
        producer.close()
        sent = len(payloads) + 2

        receipts = [
            ReceiptIssued.model_validate_json(v) for v in wait_for(topics.receipts, settings, sent)
        ]
        assert len(receipts) == sent
        status = Counter(r.status.value for r in receipts)
        assert status == {"accepted": len(payloads), "duplicate": 2}
        by_key = {(r.source_ref.key, r.status.value) for r in receipts}
        assert ("other", "duplicate") in by_key
        assert (ids[4], "duplicate") in by_key

        stories = wait_for(topics.stories, settings, len(payloads))
        time.sleep(2)  # nothing more may follow
        assert len(list(read_all(settings, topics.stories, timeout_s=2))) == len(stories)
        assert len(stories) == len(payloads)
        # only the message keyed otherwise took the re-key hop
        hop = list(read_all(settings, topics.name("ingest.parsed"), timeout_s=2))
        assert [r.key for r in hop] == [ids[5].encode()]
