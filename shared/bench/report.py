"""The benchmark's figures: percentiles, the machine, the table printed and the JSON written."""

from __future__ import annotations

import json
import math
import os
import platform
from collections.abc import Sequence
from pathlib import Path
from typing import Any

TARGETS = {
    "pipeline_stories_per_s": 1500.0,
    "pipeline_share_of_raw_es": 0.60,
    "latency_p99_s": 2.0,
    "tagging_stories_per_s_one_core": 2000.0,
}


def percentile(sorted_values: Sequence[float], q: float) -> float | None:
    """Nearest-rank percentile (``q`` in 0..100) of already sorted values."""
    if not sorted_values:
        return None
    rank = max(1, math.ceil(q / 100 * len(sorted_values)))
    return float(sorted_values[min(rank, len(sorted_values)) - 1])


def machine() -> dict[str, Any]:
    cpu_model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_kib = 0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_kib = int(line.split()[1])
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(),
        "memory_gib": round(mem_kib / 1024 / 1024, 1),
        "cpu_model": cpu_model,
        "kernel": platform.release(),
        "python": platform.python_version(),
    }


def mib(kib: float | int | None) -> float | None:
    return None if kib is None else round(kib / 1024, 1)


def _f(value: float | None, fmt: str = "{:,.0f}") -> str:
    return "n/a" if value is None else fmt.format(value)


def table(r: dict[str, Any]) -> str:
    o, m = r["options"], r["machine"]
    lat = r.get("latency", {})
    kp = r.get("raw_kafka", {})
    eb = r.get("raw_es", {})
    tg = r.get("tagging", {})
    ratio = r.get("pipeline_over_tightest_raw")
    rows: list[tuple[str, str]] = [
        ("pipeline, first produce -> all searchable"
         + ("" if r.get("throughput_complete", True) else " (INCOMPLETE: rate of those that "
            "arrived)"),
         f"{_f(r.get('pipeline_stories_per_s'))} stories/s "
         f"({_f(r.get('pipeline_seconds'), '{:.1f}')} s; producer alone "
         f"{_f(r.get('producer_msgs_per_s'))}/s)"),
        (f"latency at {_f(lat.get('rate'))}/s (half), send -> searchable",
         f"p50 {_f(r.get('latency_p50_s'), '{:.2f}')} s  p95 {_f(r.get('latency_p95_s'), '{:.2f}')}"
         f" s  p99 {_f(r.get('latency_p99_s'), '{:.2f}')} s  max {_f(lat.get('max_s'), '{:.2f}')}"
         f" s  (n={lat.get('sent', 0)}, achieved {_f(lat.get('achieved_rate'))}/s, poll "
         f"{_f(lat.get('poll_round_trip_s'), '{:.3f}')} s)"),
        ("raw Kafka: ConsumerPerformance on wire.raw",
         f"{_f(r.get('raw_kafka_msgs_per_s'))} msgs/s fetching "
         f"({_f(kp.get('msgs_per_s'))}/s incl. group join {_f(kp.get('rebalance_ms'))} ms)"),
        (f"raw ES: parallel_bulk x{eb.get('threads', '?')}, chunk {eb.get('chunk_size', '?')}",
         f"{_f(r.get('raw_es_docs_per_s'))} docs/s ({_f(eb.get('seconds'), '{:.1f}')} s incl. "
         f"refresh, {_f(eb.get('bytes_per_doc'))} B/doc)"),
        ("faust floor: one pass-through hop, wire.raw",
         f"{_f(r.get('faust_floor', {}).get('msgs_per_s'))} msgs/s, "
         f"{_f(r.get('faust_floor', {}).get('cpu_ms_per_msg'), '{:.2f}')} ms CPU per message "
         f"({_f(r.get('faust_floor', {}).get('cores'), '{:.2f}')} cores; Kafka "
         f"{_f(r.get('faust_floor', {}).get('kafka_cpu_ms_per_msg'), '{:.2f}')} ms)"),
        ("pure parse + tag, one core",
         f"{_f(r.get('tagging_stories_per_s_one_core'))} stories/s (parse "
         f"{_f(tg.get('parse_stories_per_s'))}/s, tag {_f(tg.get('tag_stories_per_s'))}/s)"),
        (f"pipeline / tightest raw limit ({r.get('tightest_raw_limit', '?')})",
         _f(None if ratio is None else 100 * ratio, "{:.1f} %")),
        ("pipeline / raw ES",
         _f(None if r.get("pipeline_share_of_raw_es") is None
            else 100 * r["pipeline_share_of_raw_es"], "{:.1f} %")),
        ("missing / duplicated", f"{r.get('missing')} / {r.get('duplicated')}"),
    ]
    width = max(len(k) for k, _ in rows)
    out = [
        f"chipwire bench: {r['stories']} stories, seed {o['seed']}, {o['partitions']} partitions, "
        f"{o['workers']} worker(s) per stage, batch {o['batch_max']} / {o['batch_within_s']} s",
        f"machine: {m['nproc']} cores, {m['memory_gib']} GiB, {m['cpu_model']}",
        "",
    ]
    out += [f"  {k.ljust(width)}  {v}" for k, v in rows]
    out.append("")
    out.append("  targets: " + ", ".join(
        f"{name} {'OK' if ok else 'MISSED'}" for name, ok in r.get("targets_met", {}).items()))
    mem = r.get("peak_memory_mib", {})
    if mem:
        out.append("  peak memory (MiB): " + ", ".join(f"{k} {v}" for k, v in mem.items()))
    cpu = r.get("cpu_ms_per_story", {})
    if cpu:
        out.append("  CPU ms per story in the throughput run: " + ", ".join(
            f"{k} {v:.2f}" for k, v in cpu.items()))
    sys_cpu = r.get("system_cpu_ms_per_story", {})
    if sys_cpu:
        out.append("    of which kernel (system) time: " + ", ".join(
            f"{k} {v:.2f}" for k, v in sys_cpu.items()))
    share = r.get("cpu_share_of_machine", {})
    if share:
        out.append("  cores busy in the throughput run: " + ", ".join(
            f"{k} {v:.2f}" for k, v in share.items()))
    lat_share = r.get("latency", {}).get("cpu_share_of_machine", {})
    if lat_share:
        # the half-load latency is only as good as the cores other work left it
        out.append("  cores busy in the latency run: " + ", ".join(
            f"{k} {v:.2f}" for k, v in lat_share.items()))
    legs = r.get("latency", {}).get("segments_s", {})
    if legs:
        out.append("  latency legs p50/p99 (s): " + ", ".join(
            f"{k} {_f(v.get('p50'), '{:.2f}')}/{_f(v.get('p99'), '{:.2f}')}"
            for k, v in legs.items()))
    batches = r.get("mean_batch_messages", {})
    if batches:
        out.append("  mean messages per batch (throughput run): " + ", ".join(
            f"{k} {v}" for k, v in batches.items()))
    stages = r.get("stage_finish_s", {})
    if stages:
        out.append("  each stage done with the throughput run after (s): " + ", ".join(
            f"{k} {_f(v, '{:.1f}')}" for k, v in stages.items()))
    return "\n".join(out)


def targets_met(r: dict[str, Any]) -> dict[str, bool]:
    def ge(key: str) -> bool:
        v = r.get(key)
        return v is not None and v >= TARGETS[key]

    p99 = r.get("latency_p99_s")
    return {
        "pipeline>=1500/s": ge("pipeline_stories_per_s"),
        "pipeline>=60%rawES": ge("pipeline_share_of_raw_es"),
        "p99<2s": p99 is not None and p99 < TARGETS["latency_p99_s"],
        "tagging>=2000/s": ge("tagging_stories_per_s_one_core"),
    }


def write_json(r: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(r, indent=2, sort_keys=False, default=str) + "\n")
    tmp.replace(path)
