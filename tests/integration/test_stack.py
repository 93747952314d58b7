"""The local stack (deploy/local/stack.sh) is up and is what the services expect.

Assumes `bash deploy/local/stack.sh up` already ran (the Makefile does that before the
integration tests). Stdlib only: Kafka is probed with the stack's own raw-protocol probe,
Elasticsearch and Prometheus over HTTP with urllib.
"""

from __future__ import annotations

import importlib.util
import json
import os
import socket
import subprocess
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
STACK_SH = ROOT / "deploy" / "local" / "stack.sh"
VAR = Path(os.environ.get("CHIPWIRE_VAR", ROOT / "var"))
HOST = "127.0.0.1"
KAFKA_PORT = int(os.environ.get("KAFKA_PORT", "9092"))
ES = f"http://{HOST}:{os.environ.get('ES_PORT', '9200')}"
PROMETHEUS = f"http://{HOST}:{os.environ.get('PROMETHEUS_PORT', '9090')}"
TOPIC_PREFIX = os.environ.get("CHIPWIRE_TOPIC_PREFIX", "")
TOPICS = ("wire.raw", "stories", "stories.tagged", "deals", "wire.dlq", "wire.receipts")
SERVICE_PORTS = {"ingest": 6066, "tagger": 6067, "indexer": 6068, "deals": 6069}


def _probe_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("stack_probe", ROOT / "deploy/local/probe.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def request(method: str, url: str, body: object | None = None) -> Any:
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method)
    if data is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            raw = resp.read()
    except urllib.error.HTTPError as exc:
        raise AssertionError(f"{method} {url} -> {exc.code}: {exc.read()[:500]!r}") from exc
    except urllib.error.URLError as exc:
        raise AssertionError(f"{method} {url}: {exc} (did `stack.sh up` run?)") from exc
    return json.loads(raw) if raw.strip().startswith((b"{", b"[")) else raw.decode()


def analyze(body: dict[str, Any]) -> list[str]:
    return [t["token"] for t in request("POST", f"{ES}/_analyze", body)["tokens"]]


# --- Kafka -----------------------------------------------------------------------------------


def test_kafka_port_answers() -> None:
    with socket.create_connection((HOST, KAFKA_PORT), timeout=5):
        pass


def test_kafka_cluster_id_is_kept_under_var() -> None:
    cluster_id = (VAR / "kafka" / "cluster.id").read_text().strip()
    assert len(cluster_id) == 22
    meta = (VAR / "kafka" / "data" / "meta.properties").read_text()
    assert f"cluster.id={cluster_id}" in meta


def test_kafka_answers_metadata_with_the_project_topics() -> None:
    brokers, topics = _probe_module()._metadata(HOST, KAFKA_PORT)
    assert brokers == [(1, HOST, KAFKA_PORT)]
    missing = {TOPIC_PREFIX + t for t in TOPICS} - set(topics)
    assert not missing, f"topics not created by `stack.sh up`: {sorted(missing)}"


def test_topics_command_is_idempotent() -> None:
    for _ in range(2):
        proc = subprocess.run(
            ["bash", str(STACK_SH), "topics"], capture_output=True, text=True, timeout=300
        )
        assert proc.returncode == 0, proc.stderr


def test_status_reports_every_component_running() -> None:
    proc = subprocess.run(
        ["bash", str(STACK_SH), "status"], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0
    lines = {line.split()[0]: line for line in proc.stdout.splitlines() if line.strip()}
    assert set(lines) == {"kafka", "es", "prometheus"}
    for name, line in lines.items():
        assert line.split()[1] == "running", f"{name}: {line}"
        assert " pid " in line and "127.0.0.1:" in line


# --- Elasticsearch ---------------------------------------------------------------------------


def test_elasticsearch_is_healthy() -> None:
    health = request("GET", f"{ES}/_cluster/health")
    assert health["status"] in ("yellow", "green")
    assert health["cluster_name"] == "chipwire-local"
    assert request("GET", ES)["version"]["number"].startswith("8.")


def test_analysis_plugin_is_loaded() -> None:
    plugins = request("GET", f"{ES}/_cat/plugins?format=json")
    assert {p["component"] for p in plugins} == {"chipwire-analysis"}


def test_french_stemming_maps_plural_and_singular_to_one_token() -> None:
    chain = {"tokenizer": "standard", "filter": ["lowercase", "chipwire_french_stem"]}
    assert analyze({**chain, "text": "puces"}) == analyze({**chain, "text": "puce"}) == ["puce"]
    assert analyze({"analyzer": "chipwire_french", "text": "Les puces"}) == ["puce"]
    assert analyze(
        {
            "tokenizer": "standard",
            "filter": ["chipwire_french_elision", "lowercase", "chipwire_french_stem"],
            "text": "l'industrie",
        }
    ) == analyze({"analyzer": "chipwire_french", "text": "industries"})


def test_korean_and_japanese_are_indexed_as_bigrams() -> None:
    assert analyze({"analyzer": "chipwire_cjk", "text": "삼성전자는"}) == [
        "삼성",
        "성전",
        "전자",
        "자는",
    ]
    chain = {"tokenizer": "standard", "filter": ["chipwire_cjk_width", "chipwire_cjk_bigram"]}
    assert analyze({**chain, "text": "半導体"}) == ["半導", "導体"]
    # half-width katakana is folded to full width before bigramming
    assert analyze({**chain, "text": "ｿﾆｰ"}) == ["ソニ", "ニー"]


@pytest.mark.parametrize(
    ("filters", "text", "expected"),
    [
        (["chipwire_german_stem"], "häuser", ["haus"]),
        (
            ["chipwire_english_possessive", "chipwire_english_stem"],
            "Nvidia's chips",
            ["nvidia", "chip"],
        ),
        (["chipwire_spanish_stem"], "procesadores", ["procesador"]),
        (["chipwire_italian_stem"], "processori", ["processor"]),
        (["chipwire_portuguese_stem"], "processadores", ["processador"]),
        (["chipwire_dutch_stem"], "chips", ["chip"]),
        (["chipwire_ascii_folding"], "Société", ["societe"]),
    ],
)
def test_language_filters(filters: list[str], text: str, expected: list[str]) -> None:
    body = {"tokenizer": "standard", "filter": ["lowercase", *filters], "text": text}
    assert analyze(body) == expected


@pytest.fixture
def scratch_index() -> Iterator[str]:
    name = f"chipwire-test-stack-{uuid.uuid4().hex[:10]}"
    yield name
    request("DELETE", f"{ES}/{name}?ignore_unavailable=true")


def test_stemmed_and_bigram_search_end_to_end(scratch_index: str) -> None:
    request(
        "PUT",
        f"{ES}/{scratch_index}",
        {
            "settings": {
                "number_of_shards": 1,
                "number_of_replicas": 0,
                "analysis": {
                    "analyzer": {
                        "fr_folded": {
                            "type": "custom",
                            "tokenizer": "standard",
                            "filter": [
                                "chipwire_french_elision",
                                "lowercase",
                                "chipwire_ascii_folding",
                                "chipwire_french_stem",
                            ],
                        }
                    }
                },
            },
            "mappings": {
                "properties": {
                    "body_fr": {"type": "text", "analyzer": "chipwire_french"},
                    "title_fr": {"type": "text", "analyzer": "fr_folded"},
                    "body_cjk": {"type": "text", "analyzer": "chipwire_cjk"},
                }
            },
        },
    )
    docs = [
        {"body_fr": "Les puces d'IA de Samsung", "title_fr": "Société", "body_cjk": ""},
        {"body_fr": "", "title_fr": "", "body_cjk": "삼성전자는 새로운 AI 칩을 발표했다"},
        {"body_fr": "", "title_fr": "", "body_cjk": "ソフトバンクが半導体メーカーを買収"},
    ]
    for i, doc in enumerate(docs):
        request("PUT", f"{ES}/{scratch_index}/_doc/{i}", doc)
    request("POST", f"{ES}/{scratch_index}/_refresh")

    def hits(field: str, query: str) -> list[str]:
        body = {"query": {"match": {field: query}}}
        found = request("POST", f"{ES}/{scratch_index}/_search", body)["hits"]["hits"]
        return [h["_id"] for h in found]

    assert hits("body_fr", "puce") == ["0"]
    assert hits("title_fr", "societes") == ["0"]
    assert hits("body_cjk", "삼성전자") == ["1"]
    assert hits("body_cjk", "半導体") == ["2"]


# --- Prometheus ------------------------------------------------------------------------------


def test_prometheus_is_ready() -> None:
    assert "Ready" in request("GET", f"{PROMETHEUS}/-/ready")


def test_prometheus_scrapes_the_chipwire_services() -> None:
    targets = request("GET", f"{PROMETHEUS}/api/v1/targets")["data"]["activeTargets"]
    chipwire = {
        t["labels"]["service"]: t["labels"]["instance"]
        for t in targets
        if t["labels"]["job"] == "chipwire"
    }
    assert chipwire == {name: f"{HOST}:{port}" for name, port in SERVICE_PORTS.items()}
    assert any(t["labels"]["job"] == "prometheus" for t in targets)
