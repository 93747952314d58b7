"""deploy/docker-compose.yml and deploy/Dockerfile are sane: the services, images, env vars,
mounts and ports hang together with the Prometheus and Grafana files they refer to."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[3]
DEPLOY = ROOT / "deploy"
COMPOSE = DEPLOY / "docker-compose.yml"
DOCKERFILE = DEPLOY / "Dockerfile"
WORKERS = {"ingest": 6066, "tagger": 6067, "indexer": 6068, "deals": 6069}


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    yaml = pytest.importorskip("yaml", reason="PyYAML is not installed in this environment")
    return dict(yaml.safe_load(COMPOSE.read_text()))


def test_services(compose: dict[str, Any]) -> None:
    assert set(compose["services"]) == {
        "kafka",
        "elasticsearch",
        "prometheus",
        "grafana",
        *WORKERS,
    }


def test_workers_run_the_project_image_with_the_stack_addresses(compose: dict[str, Any]) -> None:
    for name, port in WORKERS.items():
        svc = compose["services"][name]
        assert svc["build"]["dockerfile"] == "deploy/Dockerfile"
        assert svc["build"]["target"] == "chipwire"
        assert svc["command"] == ["python", "-m", f"services.{name}"]
        env = svc["environment"]
        assert env["CHIPWIRE_KAFKA_URL"] == "kafka://kafka:9092"
        assert re.fullmatch(r"http://(.+@)?elasticsearch:9200", env["CHIPWIRE_ES_URL"])
        assert env["CHIPWIRE_WEB_HOST"] == "0.0.0.0"
        assert f"127.0.0.1:{port}/metrics" in " ".join(svc["healthcheck"]["test"])
        assert set(svc["depends_on"]) == {"kafka", "elasticsearch"}
        assert "ports" not in svc, "worker metrics are for Prometheus inside the network"


def test_kafka_is_kraft_and_elasticsearch_8_has_security_from_env(compose: dict[str, Any]) -> None:
    kafka = compose["services"]["kafka"]
    assert kafka["image"].startswith("apache/kafka:")
    assert kafka["environment"]["KAFKA_PROCESS_ROLES"] == "broker,controller"
    assert "PLAINTEXT://kafka:9092" in kafka["environment"]["KAFKA_ADVERTISED_LISTENERS"]
    es = compose["services"]["elasticsearch"]
    assert es["build"]["target"] == "elasticsearch"
    assert es["environment"]["xpack.security.enabled"] == "true"
    assert es["environment"]["ELASTIC_PASSWORD"].startswith("${ELASTIC_PASSWORD:?")
    assert es["environment"]["discovery.type"] == "single-node"


def test_published_ports_are_loopback_only(compose: dict[str, Any]) -> None:
    for name, svc in compose["services"].items():
        for port in svc.get("ports", []):
            assert str(port).startswith("127.0.0.1:"), f"{name} publishes {port} to the world"


def test_prometheus_and_grafana_mount_the_repo_files(compose: dict[str, Any]) -> None:
    mounts = {
        name: [v for v in svc.get("volumes", []) if v.startswith("./")]
        for name, svc in compose["services"].items()
    }
    for name, vols in mounts.items():
        for v in vols:
            assert (DEPLOY / v.split(":")[0]).exists(), f"{name}: {v} does not exist"
    prom = dict(v.split(":")[:2] for v in mounts["prometheus"])
    assert prom["./prometheus/prometheus.compose.yml"] == "/etc/prometheus/prometheus.yml"
    assert prom["./prometheus/alerts.yml"] == "/etc/prometheus/alerts.yml"
    graf = dict(v.split(":")[:2] for v in mounts["grafana"])
    dash_dir = graf["./grafana/dashboards"]
    provider = (DEPLOY / "grafana/provisioning/dashboards/chipwire.yml").read_text()
    assert f"path: {dash_dir}\n" in provider, "the provider must read the mounted dashboards"
    assert graf["./grafana/provisioning/datasources"] == "/etc/grafana/provisioning/datasources"
    home = compose["services"]["grafana"]["environment"][
        "GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH"
    ]
    assert home.startswith(dash_dir + "/")
    assert (DEPLOY / "grafana/dashboards" / Path(home).name).is_file()


def test_datasource_points_at_the_compose_prometheus() -> None:
    text = (DEPLOY / "grafana/provisioning/datasources/prometheus.yml").read_text()
    assert "url: http://prometheus:9090" in text


def test_dockerfile() -> None:
    text = DOCKERFILE.read_text()
    stages = re.findall(r"^FROM (\S+)(?: AS (\S+))?", text, re.M)
    names = [alias for _, alias in stages]
    assert names[-1] == "chipwire", "the default (last) stage is the worker image"
    assert "elasticsearch" in names
    assert "ARG PYTHON_VERSION=3.11" in text and "python:${PYTHON_VERSION}-slim" in text
    assert re.search(r"pip install \.$", text, re.M)
    assert "USER chipwire" in text
    # everything COPY'd from the context exists and is let through the .dockerignore
    ignore = (DEPLOY / "Dockerfile.dockerignore").read_text().splitlines()
    allowed = [line[1:].rstrip("/") for line in ignore if line.startswith("!")]
    for src in re.findall(r"^COPY (?!--from)(?:--\S+ )*(.+) \S+$", text, re.M):
        for path in src.split():
            assert (ROOT / path).exists(), f"COPY {path}: not in the repository"
            assert any(path.rstrip("/").startswith(a) for a in allowed), f"{path} is ignored"


def test_plugin_version_matches_the_elasticsearch_image() -> None:
    text = DOCKERFILE.read_text()
    es_version = re.search(r"^ARG ES_VERSION=(\S+)", text, re.M)
    assert es_version is not None
    # the version the plugin sources are written for (the local stack runs the same one)
    pom = (DEPLOY / "local/elasticsearch/analysis-plugin/pom.xml").read_text()
    assert f"<es.version>{es_version.group(1)}</es.version>" in pom
    assert f"ES_VERSION:-{es_version.group(1)}" in COMPOSE.read_text()


def test_docker_compose_config_when_available(tmp_path: Path) -> None:
    docker = shutil.which("docker")
    if docker is None:
        pytest.skip("docker CLI not installed")
    probe = subprocess.run([docker, "compose", "version"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("docker compose (v2) not installed")
    env = dict(os.environ, ELASTIC_PASSWORD="x", GRAFANA_ADMIN_PASSWORD="y")
    proc = subprocess.run(
        [docker, "compose", "-f", str(COMPOSE), "config", "-q"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr
