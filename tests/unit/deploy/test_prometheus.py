# ruff: noqa: E501  (promtool test series below are one line each)
"""Prometheus configs and alert rules: promtool accepts them, and the main alerts fire on the
series that describe their situation (and stay quiet otherwise), with `promtool test rules`."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
PROM = ROOT / "deploy" / "prometheus"
WORKERS = {"ingest": 6066, "tagger": 6067, "indexer": 6068, "deals": 6069}


def run(promtool: str, *args: str, cwd: Path) -> str:
    proc = subprocess.run([promtool, *args], cwd=cwd, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout


@pytest.mark.parametrize("config", ["prometheus.local.yml", "prometheus.compose.yml"])
def test_promtool_check_config(promtool: str, tmp_path: Path, config: str) -> None:
    for f in PROM.glob("*.yml"):
        shutil.copy(f, tmp_path / f.name)
    out = run(promtool, "check", "config", config, cwd=tmp_path)
    assert "1 rule files found" in out, f"{config} must load alerts.yml"


def test_promtool_check_rules(promtool: str) -> None:
    out = run(promtool, "check", "rules", "alerts.yml", cwd=PROM)
    assert "SUCCESS" in out


def test_every_alert_has_severity_and_summary() -> None:
    text = (PROM / "alerts.yml").read_text()
    blocks = re.split(r"^\s*- alert: ", text, flags=re.M)[1:]
    assert len(blocks) >= 4
    for block in blocks:
        name = block.split()[0]
        assert re.search(r"^\s+severity: (critical|warning)\s*$", block, re.M), name
        assert re.search(r"^\s+summary: ", block, re.M), name
        assert re.search(r"^\s+description: ", block, re.M), name
        assert re.search(r"^\s+for: \d+m\s*$", block, re.M), f"{name}: no `for:`, flaps"


def test_compose_scrape_targets_are_the_compose_services() -> None:
    text = (PROM / "prometheus.compose.yml").read_text()
    for name, port in WORKERS.items():
        assert re.search(
            rf'- targets: \["{name}:{port}"\]\s*\n\s*labels:\s*\n\s*service: {name}\b', text
        ), f"{name}:{port} not scraped with service={name}"
    local = (PROM / "prometheus.local.yml").read_text()
    for name, port in WORKERS.items():
        assert f'"127.0.0.1:{port}"' in local and f"service: {name}" in local


def without_annotations(text: str) -> str:
    """alerts.yml without its annotation blocks, so that the tests compare labels only."""
    out, skip_deeper_than = [], None
    for line in text.splitlines():
        indent = len(line) - len(line.lstrip())
        if skip_deeper_than is not None:
            if not line.strip() or indent > skip_deeper_than:
                continue
            skip_deeper_than = None
        if line.strip() == "annotations:":
            skip_deeper_than = indent
            continue
        out.append(line)
    return "\n".join(out) + "\n"


RULE_TESTS = """
rule_files: [alerts.yml]
evaluation_interval: 1m
tests:
  # WorkerDown: indexer unreachable from minute 2; ingest fine all along.
  - interval: 1m
    input_series:
      - series: 'up{job="chipwire", service="indexer", instance="127.0.0.1:6068"}'
        values: '1 1 0 0 0 0'
      - series: 'up{job="chipwire", service="ingest", instance="127.0.0.1:6066"}'
        values: '1 1 1 1 1 1'
    alert_rule_test:
      - eval_time: 2m
        alertname: ChipwireWorkerDown
      - eval_time: 4m
        alertname: ChipwireWorkerDown
        exp_alerts:
          - exp_labels: {severity: critical, job: chipwire, service: indexer, instance: "127.0.0.1:6068"}

  # PipelineStalled: ingest reads 6 a minute until minute 10, then nothing, while 40
  # messages wait on wire.raw; the tagger has nothing waiting; the indexer has lag but keeps
  # reading (busy, not stalled).
  - interval: 1m
    input_series:
      - series: 'faust_topic_partition_end_offset{job="chipwire", service="ingest", topic="wire.raw", partition="0"}'
        values: '100+0x40'
      - series: 'faust_topic_partition_offset_commited{job="chipwire", service="ingest", topic="wire.raw", partition="0"}'
        values: '0+6x10 60+0x30'
      - series: 'chipwire_stories_in_total{job="chipwire", service="ingest", stage="ingest"}'
        values: '0+6x10 60+0x30'
      - series: 'faust_topic_partition_end_offset{job="chipwire", service="tagger", topic="stories", partition="0"}'
        values: '60+0x40'
      - series: 'faust_topic_partition_offset_commited{job="chipwire", service="tagger", topic="stories", partition="0"}'
        values: '60+0x40'
      - series: 'faust_topic_partition_end_offset{job="chipwire", service="indexer", topic="stories.tagged", partition="0"}'
        values: '100+10x40'
      - series: 'faust_topic_partition_offset_commited{job="chipwire", service="indexer", topic="stories.tagged", partition="0"}'
        values: '50+10x40'
      - series: 'chipwire_stories_in_total{job="chipwire", service="indexer", stage="indexer"}'
        values: '50+10x40'
    alert_rule_test:
      - eval_time: 15m
        alertname: ChipwirePipelineStalled
      - eval_time: 30m
        alertname: ChipwirePipelineStalled
        exp_alerts:
          - exp_labels: {severity: critical, service: ingest, topic: wire.raw}

  # ConsumerLagGrowing: the tagger's lag grows by 60 a minute.
  - interval: 1m
    input_series:
      - series: 'faust_topic_partition_end_offset{job="chipwire", service="tagger", topic="stories", partition="0"}'
        values: '0+100x60'
      - series: 'faust_topic_partition_offset_commited{job="chipwire", service="tagger", topic="stories", partition="0"}'
        values: '0+40x60'
    alert_rule_test:
      - eval_time: 40m
        alertname: ChipwireConsumerLagGrowing
        exp_alerts:
          - exp_labels: {severity: warning, service: tagger, topic: stories}

  # DeadLettersRising: 12/min of bad JSON at ingest (and a trickle at the tagger: quiet).
  # StageRejectsMostInput: ingest reads 20/min, 12 of which are dead-lettered.
  - interval: 1m
    input_series:
      - series: 'chipwire_dead_letters_total{job="chipwire", service="ingest", stage="ingest", reason="invalid_json"}'
        values: '0+12x30'
      - series: 'chipwire_stories_in_total{job="chipwire", service="ingest", stage="ingest"}'
        values: '0+20x30'
      - series: 'chipwire_dead_letters_total{job="chipwire", service="tagger", stage="tagger", reason="tagger_error"}'
        values: '0+1x30'
    alert_rule_test:
      - eval_time: 20m
        alertname: ChipwireDeadLettersRising
        exp_alerts:
          - exp_labels: {severity: warning, service: ingest, stage: ingest, reason: invalid_json}
      - eval_time: 20m
        alertname: ChipwireStageRejectsMostInput
        exp_alerts:
          - exp_labels: {severity: critical, service: ingest, stage: ingest}

  # ElasticsearchRejecting: 10 of 60 documents a minute refused (retriable); and
  # ElasticsearchUnavailable: whole bulk requests fail.
  - interval: 1m
    input_series:
      - series: 'chipwire_indexer_errors_total{job="chipwire", service="indexer", kind="retriable"}'
        values: '0+10x30'
      - series: 'chipwire_indexer_errors_total{job="chipwire", service="indexer", kind="unavailable"}'
        values: '0+2x30'
      - series: 'chipwire_indexer_bulk_documents_sum{job="chipwire", service="indexer"}'
        values: '0+60x30'
    alert_rule_test:
      - eval_time: 20m
        alertname: ChipwireElasticsearchRejecting
        exp_alerts:
          - exp_labels: {severity: critical, service: indexer}
      - eval_time: 20m
        alertname: ChipwireElasticsearchUnavailable
        exp_alerts:
          - exp_labels: {severity: critical, service: indexer}

  # A healthy indexer: everything indexed, no errors: quiet.
  - interval: 1m
    input_series:
      - series: 'chipwire_indexer_errors_total{job="chipwire", service="indexer", kind="retriable"}'
        values: '0+0x30'
      - series: 'chipwire_indexer_bulk_documents_sum{job="chipwire", service="indexer"}'
        values: '0+60x30'
    alert_rule_test:
      - eval_time: 20m
        alertname: ChipwireElasticsearchRejecting
"""


def test_alerts_fire_when_they_should(promtool: str, tmp_path: Path) -> None:
    stripped = without_annotations((PROM / "alerts.yml").read_text())
    assert "annotations:" not in stripped and "alert: ChipwireWorkerDown" in stripped
    (tmp_path / "alerts.yml").write_text(stripped)
    (tmp_path / "alerts_test.yml").write_text(RULE_TESTS)
    run(promtool, "check", "rules", "alerts.yml", cwd=tmp_path)
    out = run(promtool, "test", "rules", "alerts_test.yml", cwd=tmp_path)
    assert "SUCCESS" in out
