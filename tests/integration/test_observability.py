"""Dashboards and alerting against the real local Prometheus (issue 6).

The workers run on their default metrics ports (6066-6069), since that is what
deploy/prometheus/prometheus.local.yml scrapes, started and stopped with
deploy/local/services.sh, on topics and indices of their own (a unique prefix) so that the
sample wire is new to them. The sample wire is published in two halves a few scrapes apart,
so that counters *increase* between scrapes and rate()/histogram_quantile() have something to
show. Then every query of every panel of both Grafana dashboards runs through Prometheus's
HTTP API and must return data; promtool checks the configs, the rules and each worker's
/metrics; the deal-size histograms must hold the deals of the sample story.
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from shared.adapters.kafka import KafkaSettings, ensure_topics
from shared.topics import Topics
from tests.integration.workers import ROOT, unique_prefix

pytestmark = pytest.mark.integration

PROMETHEUS = os.environ.get("CHIPWIRE_PROMETHEUS_URL", "http://127.0.0.1:9090")
SERVICES_SH = ROOT / "deploy" / "local" / "services.sh"
PROM_DIR = ROOT / "deploy" / "prometheus"
DASHBOARDS = ROOT / "deploy" / "grafana" / "dashboards"
SAMPLES = sorted((ROOT / "deploy" / "samples" / "wire").iterdir())
CHIPWIRE = ROOT / ".venv" / "bin" / "chipwire"
PORTS = {"ingest": 6066, "tagger": 6067, "indexer": 6068, "deals": 6069}
WORKERS = [n for n in PORTS if (ROOT / "services" / n / "__main__.py").is_file()]
GARBAGE = b'{"uri": "urn:chipwire:test:truncated", "headlines": ['  # truncated ninjs


def promtool() -> str:
    path = shutil.which("promtool")
    if path is None:
        pytest.fail("promtool not found: install Debian's prometheus package (.ci/run does)")
    return path


def http_get(url: str, timeout: float = 10) -> bytes:
    with urllib.request.urlopen(url, timeout=timeout) as resp:
        return bytes(resp.read())


def prom_query(expr: str) -> list[dict[str, Any]]:
    url = f"{PROMETHEUS}/api/v1/query?" + urllib.parse.urlencode({"query": expr})
    body = json.loads(http_get(url))
    assert body["status"] == "success", body
    result = body["data"]["result"]
    assert body["data"]["resultType"] in ("vector", "scalar"), body["data"]["resultType"]
    return result if isinstance(result, list) else [{"metric": {}, "value": result}]


def value_of(sample: dict[str, Any]) -> float:
    return float(sample["value"][1])


def port_open(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


def wait_until(what: str, check: Any, timeout_s: float = 150, every_s: float = 2) -> Any:
    deadline = time.monotonic() + timeout_s
    last: Any = None
    while time.monotonic() < deadline:
        try:
            last = check()
        except (AssertionError, OSError, ValueError, KeyError) as exc:
            last = exc
        else:
            if last:
                return last
        time.sleep(every_s)
    raise AssertionError(f"timed out after {timeout_s}s waiting for {what}; last: {last!r}")


@dataclass
class Run:
    prefix: str
    env: dict[str, str]
    started_at: float
    var: Path

    def window(self) -> str:
        """A range that only covers this run's worker processes."""
        return f"{max(20, int(time.time() - self.started_at))}s"

    def services(self, *args: str) -> str:
        # Output to a file, not a pipe: services.sh's background subshells keep the
        # descriptors they were started with, and a pipe would never reach end-of-file.
        out_path = self.var / f"services-{args[0]}.out"
        with out_path.open("wb") as out:
            proc = subprocess.run(
                ["bash", str(SERVICES_SH), *args],
                cwd=ROOT,
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                timeout=300,
            )
        text = out_path.read_text(errors="replace")
        if proc.returncode != 0:
            logs = "\n".join(
                f"--- {p.name}\n" + "\n".join(p.read_text(errors="replace").splitlines()[-30:])
                for p in sorted((self.var / "log").glob("*.log"))
            )
            raise AssertionError(f"services.sh {' '.join(args)} failed:\n{text}\n{logs}")
        return text

    def worker_pids(self) -> list[int]:
        """The pids services.sh recorded, and every process below them (the workers)."""
        roots = [int(f.read_text().strip() or 0) for f in (self.var / "run").glob("svc-*.pid")]
        parent: dict[int, int] = {}
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parent[int(stat.parent.name)] = int(fields[1])
        found = [r for r in roots if r]
        frontier = list(found)
        while frontier:
            kids = [pid for pid, ppid in parent.items() if ppid in frontier]
            found += kids
            frontier = kids
        return found

    def publish(self, *paths: Path, stdin: bytes | None = None) -> None:
        args = [str(CHIPWIRE), "publish", *(str(p) for p in paths)] if paths else []
        if stdin is not None:
            args = [str(CHIPWIRE), "publish", "-"]
        proc = subprocess.run(
            args, cwd=ROOT, env=self.env, input=stdin, capture_output=True, timeout=120
        )
        assert proc.returncode == 0, proc.stderr.decode(errors="replace")


def scraped_total(stage: str) -> float:
    result = prom_query(f'sum(chipwire_stories_in_total{{job="chipwire", stage="{stage}"}})')
    return value_of(result[0]) if result else 0.0


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    try:
        http_get(f"{PROMETHEUS}/-/ready", timeout=5)
    except OSError as exc:
        pytest.fail(f"Prometheus is not up at {PROMETHEUS} ({exc}): run `make up` first")
    busy = [f"{n}:{p}" for n, p in PORTS.items() if n in WORKERS and port_open(p)]
    if busy:
        pytest.fail(
            f"metrics ports in use ({', '.join(busy)}): stop the running workers first "
            "(make services-down); this test starts its own on the ports Prometheus scrapes"
        )
    var = tmp_path_factory.mktemp("observability")
    prefix = unique_prefix()
    env = dict(os.environ)
    env.update(
        {
            "CHIPWIRE_VAR": str(var),
            "CHIPWIRE_TOPIC_PREFIX": prefix,
            "CHIPWIRE_INDEX_PREFIX": prefix.rstrip(".").lower() + "-chipwire",
            "CHIPWIRE_BATCH_WITHIN_S": "0.05",
        }
    )
    for name, port in PORTS.items():  # the defaults, whatever the caller's environment says
        env[f"CHIPWIRE_{name.upper()}_PORT"] = str(port)
    ensure_topics(KafkaSettings(topic_prefix=prefix), Topics(prefix).all())
    r = Run(prefix, env, time.time(), var)
    pids: list[int] = []
    try:
        try:
            r.services("start", *WORKERS)
        finally:
            pids = r.worker_pids()
        yield r
    finally:
        pids = sorted(set(pids) | set(r.worker_pids()))
        try:
            r.services("stop", *WORKERS)
        finally:
            stop_leftovers(pids)
            delete_indices(env["CHIPWIRE_INDEX_PREFIX"])


def delete_indices(index_prefix: str) -> None:
    es = os.environ.get("CHIPWIRE_ES_URL", "http://127.0.0.1:9200")
    req = urllib.request.Request(
        f"{es}/{index_prefix}-*?ignore_unavailable=true&allow_no_indices=true", method="DELETE"
    )
    with urllib.request.urlopen(req, timeout=30):
        pass


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def stop_leftovers(pids: list[int]) -> None:
    """services.sh stop signals the pid it recorded; make sure the workers below it ended."""
    ours = [p for p in pids if alive(p) and b"services." in cmdline(p)]
    for pid in ours:
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(alive(p) for p in ours):
        time.sleep(0.5)
    for pid in ours:
        if alive(pid):
            os.kill(pid, signal.SIGKILL)


def cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


@pytest.fixture(scope="module")
def flowed(run: Run) -> Run:
    """The sample wire, a duplicate and a garbage message, in two halves a few scrapes apart."""
    for name in WORKERS:
        wait_until(
            f"Prometheus to scrape {name}",
            lambda n=name: [
                s for s in prom_query(f'up{{job="chipwire", service="{n}"}}') if value_of(s) == 1
            ],
        )
    half = len(SAMPLES) // 2
    halves = [SAMPLES[:half], SAMPLES[half:]]
    sent = 0
    for files in halves:
        before = scraped_total("ingest")
        run.publish(*files, files[0])  # files[0] twice: a duplicate
        run.publish(stdin=GARBAGE + b" " * sent)  # dead-lettered by ingest
        sent += len(files) + 2
        wait_until(
            f"Prometheus to see ingest read {sent} messages",
            lambda n=sent: scraped_total("ingest") >= n,
        )
        assert scraped_total("ingest") > before
        time.sleep(12)  # two more scrapes (5s) before the next half
    downstream = [w for w in ("tagger", "indexer", "deals") if w in WORKERS]
    for stage in downstream:
        wait_until(f"Prometheus to see {stage} read messages", lambda s=stage: scraped_total(s) > 0)
    if "deals" in WORKERS:
        wait_until(
            "the ledger's deals in Prometheus",
            lambda: prom_query('sum(chipwire_ledger_deals{job="chipwire"}) > 0'),
        )
    if "indexer" in WORKERS:
        wait_until(
            "indexed documents in Prometheus",
            lambda: prom_query(
                'sum(chipwire_indexer_documents_total{job="chipwire", outcome="ok"}) > 0'
            ),
        )
    time.sleep(6)  # one more scrape, so that the last values are in
    return run


def panel_queries() -> list[tuple[str, str, str, str]]:
    """(dashboard, panel title, refId, expr) of every target of every panel."""
    out = []
    for path in sorted(DASHBOARDS.glob("*.json")):
        dash = json.loads(path.read_text())
        for panel in dash["panels"]:
            for target in panel.get("targets", []):
                out.append((path.stem, panel["title"], target["refId"], target["expr"]))
    return out


def substitute(expr: str, window: str) -> str:
    for var, value in (
        ("$__rate_interval", window),
        ("$__interval", window),
        ("$__range", window),
        ("$vendor", ".*"),
        ("$buyer_country", ".*"),
    ):
        expr = expr.replace(var, value)
    assert "$" not in expr.replace("$1", ""), f"unsubstituted variable in {expr}"
    return expr


def test_every_panel_query_returns_data(flowed: Run) -> None:
    queries = panel_queries()
    assert len(queries) > 20
    empty, nan_only = [], []
    for dash, title, ref, expr in queries:
        result = prom_query(substitute(expr, flowed.window()))
        label = f"{dash} / {title} [{ref}]"
        if not result:
            empty.append(label)
        elif all(math.isnan(value_of(s)) for s in result):
            nan_only.append(label)
    assert not empty, "panel queries without data:\n  " + "\n  ".join(empty)
    assert not nan_only, "panel queries with only NaN:\n  " + "\n  ".join(nan_only)


def test_every_started_worker_is_up(flowed: Run) -> None:
    up = {s["metric"]["service"]: value_of(s) for s in prom_query('up{job="chipwire"}')}
    assert {w: up.get(w) for w in WORKERS} == {w: 1.0 for w in WORKERS}


def test_alert_rules_are_loaded_and_quiet(flowed: Run) -> None:
    body = json.loads(http_get(f"{PROMETHEUS}/api/v1/rules?type=alert"))
    names = {r["name"] for g in body["data"]["groups"] for r in g["rules"]}
    in_file = set(re.findall(r"^\s*- alert: (\w+)", (PROM_DIR / "alerts.yml").read_text(), re.M))
    assert in_file and in_file <= names, f"not loaded by Prometheus: {sorted(in_file - names)}"
    # A healthy run fires nothing of ours (pending/firing WorkerDown would mean a dead worker).
    firing = [
        a["labels"]["alertname"]
        for a in json.loads(http_get(f"{PROMETHEUS}/api/v1/alerts"))["data"]["alerts"]
        if a["state"] == "firing"
        and a["labels"].get("service") in WORKERS
        and a["labels"]["alertname"] in in_file
    ]
    assert not firing


def test_promtool_checks_configs_and_rules(tmp_path: Path) -> None:
    tool = promtool()
    for name in ("prometheus.local.yml", "prometheus.compose.yml", "alerts.yml"):
        shutil.copy(PROM_DIR / name, tmp_path / name)
    for config in ("prometheus.local.yml", "prometheus.compose.yml"):
        proc = subprocess.run(
            [tool, "check", "config", config], cwd=tmp_path, capture_output=True, text=True
        )
        assert proc.returncode == 0, proc.stdout + proc.stderr
        assert "1 rule files found" in proc.stdout, f"{config} loads no rule file"
    proc = subprocess.run(
        [tool, "check", "rules", "alerts.yml"], cwd=tmp_path, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("worker", WORKERS)
def test_promtool_check_metrics(flowed: Run, worker: str) -> None:
    exposition = http_get(f"http://127.0.0.1:{PORTS[worker]}/metrics")
    proc = subprocess.run(
        [promtool(), "check", "metrics"], input=exposition, capture_output=True, timeout=60
    )
    problems = [
        line
        for line in (proc.stdout + proc.stderr).decode().splitlines()
        if line.strip() and not line.startswith("Checking")
    ]
    assert not problems, f"{worker}: promtool check metrics:\n" + "\n".join(problems)
    assert proc.returncode == 0
    # faust's latency histograms are re-exported in seconds (shared/adapters/streaming.py)
    assert "faust_events_runtime_seconds_bucket" in exposition.decode()
    assert "faust_events_runtime_ms" not in exposition.decode()


# The sample story (01, corrected by 12): Nvidia supplies 260,000 GPUs to South Korea, of
# them Samsung 50,000+, NAVER Cloud 60,000 (the correction: 70,000 before) and some 50,000 to
# the national AI computing centre and cloud providers. Distinct deals, counted by bucket.
STORY_DEALS = (50_000, 60_000, 50_000, 260_000)


def test_deal_histograms_hold_the_sample_story(flowed: Run) -> None:
    if "deals" not in WORKERS:
        pytest.fail("the deals worker (services/deals) does not exist yet")
    sel = 'job="chipwire", vendor="Nvidia", buyer_country="KR"'
    buckets = {
        float(s["metric"]["le"]): value_of(s)
        for s in prom_query(f"sum by (le) (chipwire_deal_units_bucket{{{sel}}})")
    }
    count = prom_query(f"sum(chipwire_deal_units_count{{{sel}}})")
    total = prom_query(f"sum(chipwire_deal_units_sum{{{sel}}})")
    expected = {
        le: float(sum(1 for d in STORY_DEALS if d <= le))
        for le in (25_000, 50_000, 100_000, 250_000, 500_000, math.inf)
    }
    assert {le: buckets.get(le) for le in expected} == expected, buckets
    assert value_of(count[0]) == len(STORY_DEALS)
    assert value_of(total[0]) == sum(STORY_DEALS)  # NAVER's corrected 60,000, not 70,000
    korea = prom_query('sum(chipwire_ledger_units{job="chipwire", buyer_country="KR"})')
    assert value_of(korea[0]) >= 260_000
