"""The whole pipeline on the real stack: wire.raw -> ingest -> tagger -> indexer -> ES, and
deals -> ledger. Samples become searchable in their own language, the correction wins, the
ledger counts each deal once, a replay adds nothing, and an Elasticsearch outage loses nothing.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from elasticsearch import Elasticsearch
from kafka import KafkaProducer

from shared.adapters.elasticsearch import SearchSettings
from shared.adapters.kafka import KafkaSettings, ensure_topics, read_all
from shared.bench.generator import generate
from shared.cli.summary import expected_versions, indexed_versions
from shared.ledger.aggregations import LedgerFilters
from shared.ledger.store import read_deals
from shared.parsing import parse_story
from shared.topics import Topics
from tests.integration.workers import ROOT, Pipeline, chipwire, pipeline_env, running, unique_prefix

pytestmark = pytest.mark.integration
SAMPLES = ROOT / "deploy" / "samples" / "wire"
ES_URL = os.environ.get("CHIPWIRE_ES_URL", "http://127.0.0.1:9200")


def wait_indexed(
    settings: SearchSettings, want: dict[str, int], timeout_s: float = 120
) -> dict[str, int]:
    deadline = time.monotonic() + timeout_s
    have: dict[str, int] = {}
    while time.monotonic() < deadline:
        try:
            have = asyncio.run(indexed_versions(settings, list(want)))
        except Exception:  # ES may be starting or down on purpose
            have = {}
        if all(have.get(i, 0) >= v for i, v in want.items()):
            return have
        time.sleep(1)
    missing = {i: v for i, v in want.items() if have.get(i, 0) < v}
    raise AssertionError(f"not indexed in {timeout_s}s: {missing}")


def doc_count(es: Elasticsearch, alias: str) -> int:
    es.indices.refresh(index=alias)
    return int(es.count(index=alias)["count"])


@pytest.fixture
def pipeline(tmp_path: Path) -> Iterator[tuple[Pipeline, SearchSettings]]:
    prefix = unique_prefix()
    ensure_topics(KafkaSettings(topic_prefix=prefix), Topics(prefix).all())
    env = pipeline_env(prefix, tmp_path)
    settings = SearchSettings(index_prefix=env["CHIPWIRE_INDEX_PREFIX"])
    es = Elasticsearch(ES_URL)
    try:
        with running(["ingest", "tagger", "indexer", "deals"], env, tmp_path) as pipe:
            yield pipe, settings
    finally:
        es.indices.delete(index=f"{settings.index_prefix}-*", ignore_unavailable=True)
        es.close()


def test_samples_searchable_ledger_right_and_replay_adds_nothing(
    pipeline: tuple[Pipeline, SearchSettings],
) -> None:
    pipe, settings = pipeline
    env = pipe.env
    out = chipwire(["publish", str(SAMPLES)], env)
    assert out.returncode == 0, out.stderr
    want = expected_versions(SAMPLES)
    assert len(want) == len(list(SAMPLES.iterdir())) - 1  # the correction shares an id
    wait_indexed(settings, want)
    es = Elasticsearch(ES_URL)
    alias = settings.names.alias
    assert doc_count(es, alias) == len(want)

    # French by a stemmed form: the sample says "processeurs graphiques"
    fr = chipwire(["search", "processeur graphique", "--language", "fr", "--json"], env)
    assert fr.returncode == 0, fr.stderr
    hits = json.loads(fr.stdout)["hits"]
    assert any(h["language"] == "fr" and "ai-chips" in h["tags"] for h in hits)
    # Korean: the query is the bare name, the story writes it with a particle
    ko = chipwire(["search", "리벨리온", "--json"], env)
    assert any(h["language"] == "ko" for h in json.loads(ko.stdout)["hits"])
    # the correction (version 2) replaced the first version
    seed_id = next(i for i, v in want.items() if v == 2)
    doc = es.get(index=alias, id=seed_id)["_source"]
    quantities = {d["quantity"] for d in doc["deals"]}
    assert {260_000, 60_000, 50_000} <= quantities and 70_000 not in quantities
    assert {"ai-chips", "korea"} <= set(doc["tags"])
    # non-stories of ours stay untagged
    untagged = chipwire(["search", "missile", "--json"], env)
    assert all(not h["tags"] for h in json.loads(untagged.stdout)["hits"])

    # the ledger: the corrected figure, each deal once
    deadline = time.monotonic() + 60
    rows = []
    while time.monotonic() < deadline:
        try:
            rows = read_deals(es, settings.index_prefix, LedgerFilters(vendor="Nvidia"), size=100)
        except Exception:
            rows = []
        if any(r.quantity == 60_000 for r in rows):
            break
        time.sleep(1)
    kr = {r.quantity for r in rows if r.buyer_country == "KR"}
    assert {260_000, 60_000, 50_000} <= kr
    assert not any(r.quantity == 70_000 for r in rows)

    # replay: the same wire again, and the whole tagged topic again, add no document
    again = chipwire(["publish", str(SAMPLES)], env)
    assert again.returncode == 0
    topics = Topics(pipe.prefix)
    kafka = KafkaSettings(topic_prefix=pipe.prefix)
    tagged = list(read_all(kafka, topics.stories_tagged, timeout_s=3))
    producer = KafkaProducer(bootstrap_servers=kafka.bootstrap)
    for rec in tagged:
        producer.send(topics.stories_tagged, key=rec.key, value=rec.value)
    producer.flush()
    producer.close()
    time.sleep(8)
    assert doc_count(es, alias) == len(want)
    assert es.get(index=alias, id=seed_id)["_source"]["version"] == 2
    es.close()


def stop_es() -> None:
    pid = int((ROOT / "var" / "run" / "es.pid").read_text().strip())
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.5)
    os.kill(pid, signal.SIGKILL)


def test_elasticsearch_outage_loses_nothing(pipeline: tuple[Pipeline, SearchSettings]) -> None:
    pipe, settings = pipeline
    stories = generate(300, seed=7)
    topics = Topics(pipe.prefix)
    kafka = KafkaSettings(topic_prefix=pipe.prefix)
    producer = KafkaProducer(bootstrap_servers=kafka.bootstrap)
    first, rest = stories[:100], stories[100:]
    for s in first:
        producer.send(topics.wire_raw, key=s.key.encode(), value=s.payload)
    producer.flush()
    stop_es()
    try:
        outage_started = time.monotonic()
        for s in rest:  # stories keep flowing while the index is gone
            producer.send(topics.wire_raw, key=s.key.encode(), value=s.payload)
            time.sleep(0.05)
        producer.flush()
        time.sleep(max(0.0, 30 - (time.monotonic() - outage_started)))
        assert all(w.proc and w.proc.poll() is None for w in pipe.workers.values())
    finally:
        producer.close()
        up = subprocess.run(
            ["bash", "deploy/local/stack.sh", "up"], cwd=ROOT, capture_output=True, text=True
        )
        assert up.returncode == 0, up.stdout + up.stderr

    want: dict[str, int] = {}
    for s in stories:
        story = parse_story(s.payload, received_at=datetime.now(UTC))
        want[story.id] = max(want.get(story.id, 0), story.version)
    wait_indexed(settings, want, timeout_s=180)
    es = Elasticsearch(ES_URL)
    assert doc_count(es, settings.names.alias) == len(want)
    es.close()
