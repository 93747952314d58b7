"""The deals (ledger) worker on the real broker and Elasticsearch.

One worker runs for the module on topics and an index of its own (a unique prefix); the tests
run in order and feed it ``DealReported`` messages we write ourselves. After each step the
deals index must hold exactly what the pure ledger derives from everything sent so far (the
oracle), and the /metrics gauges must agree. The worker is killed (SIGKILL) and restarted,
and the topic is replayed into a second worker, which must build the identical ledger.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from elasticsearch import AsyncElasticsearch, Elasticsearch
from kafka import KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import KafkaAdminClient, NewTopic
from kafka.errors import UnknownTopicOrPartitionError
from prometheus_client.parser import text_string_to_metric_families

from services.deals.__main__ import load_parties
from shared.ledger import MatchRules, apply_all, entries
from shared.ledger.aggregations import LedgerFilters
from shared.ledger.documents import DealRow, Doc, alias_name, to_doc
from shared.ledger.store import read_deals, search_deals
from shared.models.events import DealReported
from shared.models.tagging import Deal, Qualifier, Unit
from shared.topics import Topics
from tests.integration.workers import Worker, free_port, unique_prefix

pytestmark = pytest.mark.integration

KAFKA = os.environ.get("CHIPWIRE_KAFKA_BOOTSTRAP", "127.0.0.1:9092")
ES_URL = os.environ.get("CHIPWIRE_ES_URL", "http://127.0.0.1:9200")
ROOT = Path(__file__).resolve().parents[2]
T0 = datetime(2025, 10, 31, 8, 30, tzinfo=UTC)
SYNC_TIMEOUT_S = 90.0
RULES = MatchRules(parties=load_parties(None))  # what the worker uses by default
LEDGER_FAMILIES = {
    "chipwire_ledger_deals",
    "chipwire_ledger_units",
    "chipwire_ledger_amount_usd",
    "chipwire_deal_units",
    "chipwire_deal_amount_usd",
}


def wait_for_stack(timeout_s: float = 600.0) -> None:
    """The local stack may still be coming up (``deploy/local/stack.sh up``): poll."""
    deadline = time.monotonic() + timeout_s
    last: Exception | None = None
    while time.monotonic() < deadline:
        try:
            KafkaAdminClient(bootstrap_servers=[KAFKA]).close()
            es = Elasticsearch(ES_URL, request_timeout=5)
            try:
                if es.cluster.health(wait_for_status="yellow", timeout="5s")["status"]:
                    return
            finally:
                es.close()
        except Exception as exc:  # not up yet
            last = exc
        time.sleep(5)
    pytest.fail(f"local stack not reachable (bash deploy/local/stack.sh up): {last}")


def report(
    story_id: str,
    *deals: Deal,
    version: int = 1,
    source: str = "ATS",
    language: str = "fr",
    at: datetime = T0,
    withdrawn: bool = False,
) -> DealReported:
    return DealReported(
        story_id=story_id,
        story_version=version,
        source=source,
        language=language,
        published_at=at,
        withdrawn=withdrawn,
        deals=deals,
    )


def units(
    quantity: int,
    vendor: str,
    buyer: str | None,
    country: str = "KR",
    qualifier: Qualifier = Qualifier.EXACT,
) -> Deal:
    return Deal(
        vendor=vendor,
        buyer=buyer,
        buyer_country=country,
        quantity=quantity,
        qualifier=qualifier,
        unit=Unit.GPU,
    )


@dataclass
class LedgerRun:
    """One worker's topics, index and process, and every report sent to it."""

    prefix: str
    index_prefix: str
    tmp: Path
    port: int = field(default_factory=free_port)
    sent: list[DealReported] = field(default_factory=list)
    worker: Worker | None = None

    @property
    def topics(self) -> Topics:
        return Topics(self.prefix)

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            {
                "CHIPWIRE_KAFKA_URL": f"kafka://{KAFKA}",
                "CHIPWIRE_ES_URL": ES_URL,
                "CHIPWIRE_TOPIC_PREFIX": self.prefix,
                "CHIPWIRE_INDEX_PREFIX": self.index_prefix,
                "CHIPWIRE_DEALS_PORT": str(self.port),
                "CHIPWIRE_DATA_DIR": str(self.tmp / "faust"),
                "CHIPWIRE_BATCH_WITHIN_S": "0.05",
                "CHIPWIRE_RECONCILE_INTERVAL_S": "1",
                # a killed member must leave the group quickly for the restart to get on
                "BROKER_SESSION_TIMEOUT": "10",
                "BROKER_HEARTBEAT_INTERVAL": "1",
            }
        )
        return env

    def create_topics(self) -> None:
        admin = KafkaAdminClient(bootstrap_servers=[KAFKA])
        try:
            names = [self.topics.deals, self.topics.dlq]
            existing = set(admin.list_topics())
            new = [NewTopic(n, num_partitions=4, replication_factor=1) for n in names
                   if n not in existing]  # fmt: skip
            if new:
                admin.create_topics(new)
        finally:
            admin.close()

    def start(self) -> None:
        (self.tmp / "faust").mkdir(parents=True, exist_ok=True)
        self.worker = Worker("deals", self.port, self.env(), self.tmp / "deals.log")
        self.worker.start(timeout_s=120)

    def stop(self, *, kill: bool = False) -> None:
        if self.worker is not None:
            self.worker.stop(kill=kill)
            self.worker = None

    def send(self, *reports: DealReported, raw: bytes | None = None) -> None:
        producer = KafkaProducer(bootstrap_servers=[KAFKA], acks="all")
        try:
            for r in reports:
                producer.send(self.topics.deals, key=r.story_id.encode(), value=r.to_bytes())
                self.sent.append(r)
            if raw is not None:
                producer.send(self.topics.deals, key=b"garbage", value=raw)
            producer.flush()
        finally:
            producer.close()

    # ---- what should be, and what is ----

    def expected(self) -> dict[str, Doc]:
        return {e.deal_id: to_doc(e) for e in entries(apply_all({}, self.sent), RULES)}

    def es(self) -> Elasticsearch:
        return Elasticsearch(ES_URL, request_timeout=30)

    def indexed(self) -> dict[str, Doc]:
        es = self.es()
        try:
            alias = alias_name(self.index_prefix)
            if not es.indices.exists_alias(name=alias):
                return {}
            es.indices.refresh(index=alias)
            resp = es.search(index=alias, size=1000, query={"match_all": {}})
            return {h["_id"]: h["_source"] for h in resp["hits"]["hits"]}
        finally:
            es.close()

    def metrics(self) -> dict[str, float]:
        assert self.worker is not None
        found: dict[str, float] = {}
        for family in text_string_to_metric_families(self.worker.metrics()):
            for s in family.samples:
                if family.name in LEDGER_FAMILIES:
                    labels = ",".join(f"{k}={v}" for k, v in sorted(s.labels.items()))
                    found[f"{s.name}{{{labels}}}"] = s.value
        return found

    def wait_until(self, check: Callable[[], bool], what: str) -> None:
        deadline = time.monotonic() + SYNC_TIMEOUT_S
        while time.monotonic() < deadline:
            if check():
                return
            time.sleep(0.5)
        tail = self.worker.tail() if self.worker else ""
        raise AssertionError(f"timed out waiting for {what}\n--- worker log ---\n{tail}")

    def wait_synced(self) -> dict[str, Doc]:
        """Until the index holds exactly the oracle ledger and the gauge counts it."""
        wanted = self.expected()

        def synced() -> bool:
            m = self.metrics()
            return self.indexed() == wanted and m.get("chipwire_ledger_deals{}") == len(wanted)

        self.wait_until(synced, f"{len(wanted)} deals in {alias_name(self.index_prefix)}")
        return wanted

    def cleanup(self) -> None:
        self.stop()
        es = self.es()
        try:
            es.options(ignore_status=404).indices.delete(index=f"{self.index_prefix}-deals*")
        finally:
            es.close()
        admin = KafkaAdminClient(bootstrap_servers=[KAFKA])
        try:
            mine = [t for t in admin.list_topics() if t.startswith(self.prefix)]
            if mine:
                with contextlib.suppress(UnknownTopicOrPartitionError):
                    admin.delete_topics(mine)
        finally:
            admin.close()


def new_run(tmp: Path) -> LedgerRun:
    prefix = unique_prefix()
    return LedgerRun(prefix=prefix, index_prefix=prefix.rstrip(".") + "-chipwire", tmp=tmp)


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LedgerRun]:
    wait_for_stack()
    ledger = new_run(tmp_path_factory.mktemp("ledger"))
    ledger.create_topics()
    try:
        ledger.start()
        yield ledger
    finally:
        ledger.cleanup()


def gauge(m: dict[str, float], name: str, **labels: str) -> float | None:
    key = ",".join(f"{k}={v}" for k, v in sorted(labels.items()))
    return m.get(f"{name}{{{key}}}")


# --------------------------------------------------------------------------------------------

FR = report(
    "it-ats-nvidia-coree",
    units(250_000, "Nvidia", "Corée du Sud", qualifier=Qualifier.AT_LEAST),
    source="ATS",
    language="fr",
)
EN = report(
    "it-reuters-nvidia-korea",
    units(260_000, "NVIDIA Corp.", "South Korea"),
    source="Reuters",
    language="en",
    at=T0 + timedelta(hours=3),
)
KO = report(
    "it-yonhap-nvidia-gpu",
    units(260_000, "엔비디아", "한국"),
    source="Yonhap",
    language="ko",
    at=T0 + timedelta(days=1),
)


def test_one_deal_from_three_sources_in_three_languages(run: LedgerRun) -> None:
    run.send(FR, EN, KO)
    docs = run.wait_synced()
    [doc] = docs.values()
    assert doc["story_count"] == 3
    assert doc["sources"] == ["ATS", "Reuters", "Yonhap"]
    assert doc["languages"] == ["en", "fr", "ko"]
    assert (doc["vendor"], doc["buyer"], doc["buyer_country"]) == ("Nvidia", "South Korea", "KR")
    assert (doc["quantity"], doc["qualifier"]) == (260_000, "exact")
    m = run.metrics()
    assert gauge(m, "chipwire_ledger_units", buyer_country="KR", vendor="Nvidia", unit="gpu") == (
        260_000
    )
    assert gauge(m, "chipwire_deal_units_count", buyer_country="KR", vendor="Nvidia",
                 unit="gpu") == 1  # fmt: skip
    # what `chipwire deals` will show
    es = run.es()
    try:
        rows = read_deals(es, run.index_prefix, LedgerFilters(vendor="Nvidia"))
    finally:
        es.close()
    assert [(r.quantity, r.story_count) for r in rows] == [(260_000, 3)]
    assert asyncio.run(search_async(run.index_prefix, "KR")) == rows
    assert read_deals_missing_index() == []


async def search_async(prefix: str, country: str) -> list[DealRow]:
    client = AsyncElasticsearch(ES_URL)
    try:
        return await search_deals(client, prefix, LedgerFilters(buyer_country=country))
    finally:
        await client.close()


def read_deals_missing_index() -> list[DealRow]:
    es = Elasticsearch(ES_URL)
    try:
        return read_deals(es, unique_prefix().rstrip(".") + "-nothing")
    finally:
        es.close()


AMD_V1 = report(
    "it-afp-amd-naver", units(40_000, "AMD", "Naver"), source="AFP", language="en", at=T0
)
AMD_DE = report(
    "it-dpa-amd-naver", units(40_000, "AMD", "Naver"), source="dpa", language="de",
    at=T0 + timedelta(hours=1),
)  # fmt: skip


def test_a_correction_moves_the_totals(run: LedgerRun) -> None:
    run.send(AMD_V1, AMD_DE)
    before = run.wait_synced()
    [amd_id] = [i for i, d in before.items() if d["vendor"] == "AMD"]
    m = run.metrics()
    assert gauge(m, "chipwire_ledger_units", buyer_country="KR", vendor="AMD", unit="gpu") == (
        40_000
    )
    # AFP corrects its figure: 45,000, no longer the dpa figure -> two deals now
    run.send(AMD_V1.model_copy(update={"story_version": 2,
                                       "deals": (units(45_000, "AMD", "Naver"),)}))  # fmt: skip
    # and dpa follows with the same correction -> one deal of 45,000 again
    run.send(AMD_DE.model_copy(update={"story_version": 2,
                                       "deals": (units(45_000, "AMD", "Naver"),)}))  # fmt: skip
    after = run.wait_synced()
    [amd] = [d for d in after.values() if d["vendor"] == "AMD"]
    assert amd["deal_id"] == amd_id  # corrected in place
    assert (amd["quantity"], amd["story_count"]) == (45_000, 2)
    assert [s["version"] for s in amd["stories"]] == [2, 2]
    m = run.metrics()
    assert gauge(m, "chipwire_ledger_units", buyer_country="KR", vendor="AMD", unit="gpu") == (
        45_000
    )


INTEL = report("it-kyodo-intel-softbank", units(12_000, "Intel", "SoftBank", country="JP"),
               source="Kyodo", language="ja")  # fmt: skip


def test_a_withdrawal_removes_the_deal_and_an_old_version_cannot_bring_it_back(
    run: LedgerRun,
) -> None:
    run.send(INTEL)
    docs = run.wait_synced()
    assert any(d["vendor"] == "Intel" for d in docs.values())
    withdrawn = INTEL.model_copy(update={"story_version": 2, "withdrawn": True, "deals": ()})
    run.send(withdrawn, INTEL)  # the late v1 is ignored
    docs = run.wait_synced()
    assert not any(d["vendor"] == "Intel" for d in docs.values())
    m = run.metrics()
    assert gauge(m, "chipwire_ledger_units", buyer_country="JP", vendor="Intel", unit="gpu") is None
    assert gauge(m, "chipwire_deal_units_count", buyer_country="JP", vendor="Intel",
                 unit="gpu") is None  # fmt: skip


def test_total_and_parts_stay_separate_and_garbage_is_dead_lettered(run: LedgerRun) -> None:
    parts = report(
        "it-yonhap-total-parts",
        units(13_000, "Nvidia", "South Korea", country="KR"),
        units(8_000, "Nvidia", "Samsung Electronics"),
        units(3_000, "Nvidia", "SK hynix"),
        units(2_000, "Nvidia", None),
        source="Yonhap",
        language="en",
        at=T0 + timedelta(days=3),
    )
    run.send(parts, raw=b"\xff not a deal report")
    docs = run.wait_synced()
    mine = [d for d in docs.values() if d["stories"][0]["story_id"] == parts.story_id]
    assert sorted(d["quantity"] for d in mine) == [2_000, 3_000, 8_000, 13_000]
    # the parts point at the stated total; Korea's total is 260,000 + 13,000, the parts
    # (8,000 + 3,000 + 2,000) not added again; the size histogram keeps all five deals
    [total] = [d for d in mine if d["quantity"] == 13_000]
    assert total["part_of"] is None
    assert {d["part_of"] for d in mine if d is not total} == {total["deal_id"]}
    m = run.metrics()
    assert gauge(m, "chipwire_ledger_units", buyer_country="KR", vendor="Nvidia",
                 unit="gpu") == 260_000 + 13_000  # fmt: skip
    assert gauge(m, "chipwire_deal_units_count", buyer_country="KR", vendor="Nvidia",
                 unit="gpu") == 5  # fmt: skip
    consumer = KafkaConsumer(bootstrap_servers=[KAFKA], auto_offset_reset="earliest",
                             consumer_timeout_ms=10_000)  # fmt: skip
    try:
        consumer.subscribe([run.topics.dlq])
        dead = [msg.value for msg in consumer]
    finally:
        consumer.close()
    assert len(dead) == 1 and b"invalid_report" in dead[0]


def test_kill_and_restart_loses_nothing_and_counts_nothing_twice(run: LedgerRun) -> None:
    before = run.wait_synced()
    assert run.worker is not None
    run.stop(kill=True)  # SIGKILL: no clean shutdown, no final commit
    # while it is down: a fourth source joins the Nvidia deal, AMD is corrected again, and
    # earlier messages are delivered a second time
    fourth = report(
        "it-efe-nvidia-corea",
        units(260_000, "Nvidia", "Corea del Sur"),
        source="EFE",
        language="es",
        at=T0 + timedelta(days=2),
    )
    about_46k = units(46_000, "AMD", "Naver", qualifier=Qualifier.ABOUT)
    amd_v3 = AMD_V1.model_copy(update={"story_version": 3, "deals": (about_46k,)})
    run.send(fourth, amd_v3, FR, EN, KO, AMD_DE)
    run.start()
    after = run.wait_synced()  # the index is exactly the ledger of everything ever sent
    assert set(before) == set(after)  # same deals, same ids: corrected in place
    [nvidia] = [d for d in after.values() if d["vendor"] == "Nvidia" and d["quantity"] == 260_000]
    assert nvidia["story_count"] == 4
    assert len({s["story_id"] for s in nvidia["stories"]}) == 4  # nobody counted twice
    m = run.metrics()
    nvidia_kr = 260_000 + 13_000  # the 13,000's parts are not added again
    assert gauge(m, "chipwire_ledger_units", buyer_country="KR", vendor="Nvidia",
                 unit="gpu") == nvidia_kr  # fmt: skip
    assert gauge(m, "chipwire_deal_units_count", buyer_country="KR", vendor="Nvidia",
                 unit="gpu") == 5  # fmt: skip
    # AMD: 46,000 "about" (AFP v3) and 45,000 exact (dpa) agree; the exact figure wins
    assert gauge(m, "chipwire_ledger_units", buyer_country="KR", vendor="AMD", unit="gpu") == (
        45_000
    )


def test_replaying_the_topic_builds_the_same_ledger(
    run: LedgerRun, tmp_path_factory: pytest.TempPathFactory
) -> None:
    original = run.wait_synced()
    replay = new_run(tmp_path_factory.mktemp("replay"))
    try:
        replay.create_topics()
        copied = copy_topic(run.topics.deals, replay.topics.deals)
        assert copied == len(run.sent) + 1  # and the garbage message
        replay.sent = list(run.sent)
        replay.start()
        assert replay.wait_synced() == original  # same ids, same documents
        assert replay.metrics() == run.metrics()
    finally:
        replay.cleanup()


def copy_topic(source: str, target: str) -> int:
    """Every message of ``source``, partition by partition in order, to ``target``."""
    consumer = KafkaConsumer(bootstrap_servers=[KAFKA], enable_auto_commit=False)
    producer = KafkaProducer(bootstrap_servers=[KAFKA], acks="all")
    count = 0
    try:
        parts = [TopicPartition(source, p) for p in sorted(consumer.partitions_for_topic(source))]
        consumer.assign(parts)
        consumer.seek_to_beginning(*parts)
        ends: dict[Any, int] = consumer.end_offsets(parts)
        while any(consumer.position(tp) < ends[tp] for tp in parts):
            for records in consumer.poll(timeout_ms=1000).values():
                for msg in records:
                    producer.send(target, key=msg.key, value=msg.value, partition=msg.partition)
                    count += 1
        producer.flush()
    finally:
        consumer.close()
        producer.close()
    return count
