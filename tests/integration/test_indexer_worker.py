"""The indexer worker process on the real broker and Elasticsearch, fed tagged stories we
write ourselves: they are searchable, an older version arriving late changes nothing, bad
input and refused documents are dead-lettered with their reason, and the metrics show it."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
from pathlib import Path

import pytest
from kafka import KafkaProducer
from kafka.admin import KafkaAdminClient

from shared.adapters.elasticsearch import SearchSettings, delete_indices, make_client
from shared.adapters.kafka import KafkaSettings, ensure_topics, read_all
from shared.models.events import DeadLettered
from shared.pipeline.dead_letters import payload_of
from shared.topics import Topics
from tests.integration.workers import free_port, pipeline_env, running, unique_prefix
from tests.unit.shared.indexing.fixtures import corpus, event, gpu_deal

pytestmark = pytest.mark.integration


async def documents(settings: SearchSettings) -> dict[str, int]:
    client = make_client(settings)
    try:
        if not await client.indices.exists_alias(name=settings.names.alias):
            return {}
        await client.indices.refresh(index=settings.names.alias)
        resp = await client.search(index=settings.names.alias, size=100, version=True)
        return {h["_id"]: h["_version"] for h in resp["hits"]["hits"]}
    finally:
        await client.close()


def test_indexer_worker(tmp_path: Path) -> None:
    prefix = unique_prefix()
    topics = Topics(prefix)
    kafka = KafkaSettings(topic_prefix=prefix)
    ensure_topics(kafka, topics.all())
    env = pipeline_env(prefix, tmp_path)
    (tmp_path / "faust").mkdir()  # faust creates only the last level of its data dir
    search = SearchSettings(index_prefix=env["CHIPWIRE_INDEX_PREFIX"])
    stories = corpus()
    newer = event("urn:test:late", headline="Version three", version=3)
    older = event("urn:test:late", headline="Version two", version=2)
    huge = event("urn:test:huge", headline="Absurd", deals=(gpu_deal("A", "B", "KR", 10**20),))
    garbage = b'{"story": "not really"}'
    try:
        with running(["indexer"], env, tmp_path) as pipe:
            producer = KafkaProducer(bootstrap_servers=kafka.bootstrap)
            for ev in [*stories, newer, huge]:
                producer.send(topics.stories_tagged, key=ev.story.id.encode(), value=ev.to_bytes())
            producer.send(topics.stories_tagged, key=b"garbage", value=garbage)
            producer.flush()
            # the older version only once the newer one is in
            deadline = time.monotonic() + 60
            while "urn:test:late" not in asyncio.run(documents(search)):
                assert time.monotonic() < deadline, pipe.workers["indexer"].tail()
                time.sleep(0.5)
            producer.send(topics.stories_tagged, key=b"urn:test:late", value=older.to_bytes())
            producer.flush()
            producer.close()

            expected = {e.story.id: 1 for e in stories} | {"urn:test:late": 3}
            deadline = time.monotonic() + 60
            while True:
                metrics = pipe.workers["indexer"].metrics()
                if 'chipwire_stale_versions_total{stage="indexer"} 1.0' in metrics:
                    break
                assert time.monotonic() < deadline, pipe.workers["indexer"].tail()
                time.sleep(0.5)
            assert asyncio.run(documents(search)) == expected

            dead = {
                d.source_ref.key if d.source_ref else None: d
                for d in (
                    DeadLettered.model_validate_json(r.value)
                    for r in read_all(kafka, topics.dlq, timeout_s=3)
                )
            }
            assert set(dead) == {"garbage", "urn:test:huge"}
            assert dead["garbage"].reason == "invalid_event"
            assert dead["urn:test:huge"].reason == "es_rejected"
            assert "deals.quantity" in dead["urn:test:huge"].detail
            assert payload_of(dead["urn:test:huge"]) == huge.to_bytes()
            assert dead["garbage"].stage == "indexer"

            assert "chipwire_indexer_bulk_seconds_count" in metrics
            assert 'chipwire_indexer_documents_total{outcome="rejected"} 1.0' in metrics
            assert (
                'chipwire_dead_letters_total{reason="es_rejected",stage="indexer"} 1.0' in metrics
            )
    finally:

        async def cleanup() -> None:
            client = make_client(search)
            try:
                await delete_indices(client, search.names)
            finally:
                await client.close()

        asyncio.run(cleanup())


class Switch:
    """A TCP forwarder to Elasticsearch that can be cut off and restored (an outage)."""

    def __init__(self, port: int, target: tuple[str, int]) -> None:
        self.port, self.target = port, target
        self.server: socket.socket | None = None
        self.conns: list[socket.socket] = []
        self.lock = threading.Lock()

    def on(self) -> None:
        server = socket.socket()
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind(("127.0.0.1", self.port))
        server.listen(64)
        self.server = server
        threading.Thread(target=self._accept, args=(server,), daemon=True).start()

    def off(self) -> None:
        with self.lock:
            if self.server is not None:
                with contextlib.suppress(OSError):
                    self.server.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept()
                self.server.close()
                self.server = None
            for c in self.conns:
                with contextlib.suppress(OSError):
                    c.shutdown(socket.SHUT_RDWR)
                c.close()
            self.conns.clear()

    def _accept(self, server: socket.socket) -> None:
        while True:
            try:
                client, _ = server.accept()
                upstream = socket.create_connection(self.target)
            except OSError:
                return
            with self.lock:
                if self.server is not server:  # switched off meanwhile
                    client.close()
                    upstream.close()
                    return
                self.conns += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                dst.shutdown(socket.SHUT_WR)


def committed(kafka: KafkaSettings, group: str, topic: str) -> int:
    admin = KafkaAdminClient(bootstrap_servers=kafka.bootstrap)
    try:
        offsets = admin.list_group_offsets({group: None}).get(group, {})
        return sum(o.offset for tp, o in offsets.items() if tp.topic == topic and o.offset > 0)
    finally:
        admin.close()


def test_outage_holds_offsets_and_loses_nothing(tmp_path: Path) -> None:
    prefix = unique_prefix()
    topics = Topics(prefix)
    kafka = KafkaSettings(topic_prefix=prefix)
    ensure_topics(kafka, topics.all())
    port = free_port()
    switch = Switch(port, ("127.0.0.1", 9200))
    switch.on()
    env = pipeline_env(
        prefix,
        tmp_path,
        {
            "CHIPWIRE_ES_URL": f"http://127.0.0.1:{port}",
            "CHIPWIRE_ES_REQUEST_TIMEOUT_S": "3",
            "CHIPWIRE_BULK_FIRST_DELAY_S": "0.2",
            "CHIPWIRE_BULK_MAX_DELAY_S": "1",
        },
    )
    (tmp_path / "faust").mkdir()
    search = SearchSettings(index_prefix=env["CHIPWIRE_INDEX_PREFIX"])
    group = f"{prefix}chipwire-indexer"
    stories = [event(f"urn:test:outage-{i}", headline=f"Story {i}") for i in range(30)]
    try:
        with running(["indexer"], env, tmp_path) as pipe:
            worker = pipe.workers["indexer"]
            deadline = time.monotonic() + 60
            while not asyncio.run(documents(search)) and "index_created" not in worker.tail(200):
                assert time.monotonic() < deadline, worker.tail()
                time.sleep(0.3)
            switch.off()
            producer = KafkaProducer(bootstrap_servers=kafka.bootstrap)
            for ev in stories:
                producer.send(topics.stories_tagged, key=ev.story.id.encode(), value=ev.to_bytes())
            producer.flush()
            producer.close()
            deadline = time.monotonic() + 30
            while "bulk_retry" not in worker.tail(200):
                assert time.monotonic() < deadline, worker.tail()
                time.sleep(0.3)
            time.sleep(3)  # several commit intervals while Elasticsearch is away
            assert committed(kafka, group, topics.stories_tagged) == 0
            assert asyncio.run(documents(search)) == {}

            switch.on()
            deadline = time.monotonic() + 60
            while len(asyncio.run(documents(search))) < len(stories):
                assert time.monotonic() < deadline, worker.tail()
                time.sleep(0.5)
            assert sorted(asyncio.run(documents(search))) == sorted(e.story.id for e in stories)
            while committed(kafka, group, topics.stories_tagged) < len(stories):
                assert time.monotonic() < deadline, worker.tail()
                time.sleep(0.5)
            assert "chipwire_indexer_bulk_retries_total" in worker.metrics()
    finally:
        switch.off()

        async def cleanup() -> None:
            client = make_client(search)
            try:
                await delete_indices(client, search.names)
            finally:
                await client.close()

        asyncio.run(cleanup())
