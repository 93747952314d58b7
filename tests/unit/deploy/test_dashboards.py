"""The Grafana dashboards: valid JSON of the expected shape, every panel has a query, every
query is valid PromQL over metrics that the code really exports."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[3]
DASHBOARDS = ROOT / "deploy" / "grafana" / "dashboards"
PROVISIONING = ROOT / "deploy" / "grafana" / "provisioning"
DATASOURCE_UID = "chipwire-prometheus"
FILES = sorted(DASHBOARDS.glob("*.json"))
# What a Grafana variable stands for when a query is checked outside Grafana.
VARIABLES = {
    "$__rate_interval": "1m",
    "$__interval": "1m",
    "$__range": "1h",
    "$vendor": ".*",
    "$buyer_country": ".*",
}
METRIC = re.compile(r"\b((?:chipwire|faust)_[a-z0-9_]+)\b")
SUFFIXES = ("_bucket", "_sum", "_count", "_total", "_created")


def load(path: Path) -> dict[str, Any]:
    return dict(json.loads(path.read_text(encoding="utf-8")))


def query_panels(dash: dict[str, Any]) -> list[dict[str, Any]]:
    return [p for p in dash["panels"] if p["type"] != "row"]


def all_exprs() -> list[tuple[str, str, str]]:
    return [
        (path.stem, panel["title"], t["expr"])
        for path in FILES
        for panel in query_panels(load(path))
        for t in panel["targets"]
    ]


def substituted(expr: str) -> str:
    for var, value in VARIABLES.items():
        expr = expr.replace(var, value)
    return expr


def test_both_dashboards_exist() -> None:
    assert {p.stem for p in FILES} == {"deals", "pipeline"}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_dashboard_shape(path: Path) -> None:
    dash = load(path)
    assert dash["uid"] == f"chipwire-{path.stem}"
    assert dash["title"].startswith("chipwire / ")
    assert 36 <= dash["schemaVersion"] <= 41
    assert "chipwire" in dash["tags"]
    ids = [p["id"] for p in dash["panels"]]
    assert len(ids) == len(set(ids)), "panel ids must be unique"
    for var in dash["templating"]["list"]:
        assert var["datasource"]["uid"] == DATASOURCE_UID
        assert f"${var['name']}" in VARIABLES, f"{var['name']}: unknown to the checks"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_panel_has_queries_on_the_chipwire_datasource(path: Path) -> None:
    panels = query_panels(load(path))
    assert len(panels) >= 8
    for panel in panels:
        where = f"{path.stem} / {panel['title']}"
        assert panel["datasource"] == {"type": "prometheus", "uid": DATASOURCE_UID}, where
        assert panel["targets"], f"{where}: no query"
        refs = [t["refId"] for t in panel["targets"]]
        assert len(refs) == len(set(refs)), f"{where}: duplicate refId"
        for target in panel["targets"]:
            assert target["expr"].strip(), f"{where}: empty expr"
            assert target["datasource"]["uid"] == DATASOURCE_UID, where
        assert panel.get("description"), f"{where}: say what the panel shows"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_panels_fit_the_grid_without_overlapping(path: Path) -> None:
    taken: set[tuple[int, int]] = set()
    for panel in load(path)["panels"]:
        g = panel["gridPos"]
        assert g["x"] >= 0 and g["w"] > 0 and g["x"] + g["w"] <= 24, panel["title"]
        cells = {
            (x, y) for x in range(g["x"], g["x"] + g["w"]) for y in range(g["y"], g["y"] + g["h"])
        }
        assert not cells & taken, f"{panel['title']} overlaps another panel"
        taken |= cells


def test_datasource_provisioning_has_the_uid_the_panels_use() -> None:
    text = (PROVISIONING / "datasources" / "prometheus.yml").read_text()
    assert re.search(rf"^\s+uid: {DATASOURCE_UID}\s*$", text, re.M)
    assert re.search(r"^\s+type: prometheus\s*$", text, re.M)


def defined_metric_families() -> tuple[str, str]:
    """(text of the project's Python sources, text of faust's prometheus sensor)."""
    project = "\n".join(
        p.read_text(encoding="utf-8")
        for folder in ("shared", "services")
        for p in (ROOT / folder).rglob("*.py")
    )
    import faust.sensors.prometheus as sensor

    return project, Path(sensor.__file__).read_text(encoding="utf-8")


def family_exported(name: str, project: str, faust_src: str) -> bool:
    base = name
    for suffix in SUFFIXES:
        if base.endswith(suffix):
            base = base[: -len(suffix)]
            break
    if name.startswith("faust_"):
        # faust builds names as f"{app_name}_<rest>" with name_prefix "faust"
        return f'{{app_name}}_{base.removeprefix("faust_")}"' in faust_src
    return any(f'"{form}"' in project for form in (name, base, f"{base}_total"))


def test_every_queried_metric_is_exported_by_the_code() -> None:
    project, faust_src = defined_metric_families()
    used = {m for _, _, expr in all_exprs() for m in METRIC.findall(expr)}
    alerts = (ROOT / "deploy" / "prometheus" / "alerts.yml").read_text()
    used |= set(METRIC.findall(alerts))
    missing = sorted(m for m in used if not family_exported(m, project, faust_src))
    assert not missing, f"queried but exported by nothing: {missing}"


def test_every_query_is_valid_promql(promtool: str, tmp_path: Path) -> None:
    # promtool has no offline query check, but it parses the expression of every rule.
    lines = ["groups:", "  - name: dashboard-queries", "    rules:"]
    for i, (dash, title, expr) in enumerate(all_exprs()):
        lines.append(f"      - record: dashboard:{dash}:q{i}")
        lines.append(f"        expr: {json.dumps(substituted(expr))}")
        lines.append(f"        labels: {{panel: {json.dumps(title)}}}")
    (tmp_path / "queries.yml").write_text("\n".join(lines) + "\n")
    proc = subprocess.run(
        [promtool, "check", "rules", str(tmp_path / "queries.yml")],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_metrics_and_alerts_are_documented() -> None:
    doc = (ROOT / "docs" / "observability.md").read_text(encoding="utf-8")
    used = {m for _, _, expr in all_exprs() for m in METRIC.findall(expr)}
    for name in sorted(used):
        family = name
        for suffix in ("_bucket", "_sum", "_count"):
            family = family.removesuffix(suffix)
        assert f"`{family}" in doc, f"{family}: not in the metric catalogue"
    alerts = (ROOT / "deploy" / "prometheus" / "alerts.yml").read_text()
    for alert in re.findall(r"^\s*- alert: (\w+)", alerts, re.M):
        assert alert in doc, f"alert {alert}: not in docs/observability.md"
