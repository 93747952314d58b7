"""What the parts can do on their own, on the same machine and the same stories.

* ``run_tagging_child``: ``shared.bench.pure`` (parse and tag on one core) in a child process.
* ``kafka_consumer_perf``: Kafka's own ``org.apache.kafka.tools.ConsumerPerformance`` over the
  run's ``wire.raw``.
* ``es_bulk_limit``: the pipeline's final documents, read back from the run's index, bulk
  indexed into a fresh index with the same settings and mappings by ``parallel_bulk``, with
  ``refresh_interval: -1`` during the load and one refresh at the end.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parents[2]


def run_tagging_child(
    n: int, seed: int, out: Path, *, id_slices: int = 0, cpu: int = 0, duplicates: float = 0.0
) -> dict[str, Any]:
    """The tagging measurement in a child process; adds the child's peak RSS (wait4)."""
    cmd = [sys.executable, "-m", "shared.bench.pure", "--stories", str(n),
           "--seed", str(seed), "--out", str(out), "--id-slices", str(id_slices),
           "--cpu", str(cpu), "--duplicates", str(duplicates)]
    proc = subprocess.Popen(cmd, cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"tagging child failed with status {proc.returncode}")
    result: dict[str, Any] = json.loads(out.read_text())
    result["peak_rss_kib"] = max(int(result.get("peak_rss_kib", 0)), int(usage.ru_maxrss))
    result["wall_cpu_s"] = usage.ru_utime + usage.ru_stime
    return result


# ---------------------------------------------------------------------------------------------
# Kafka


@dataclass(frozen=True)
class KafkaPerf:
    messages: int
    mb: float
    seconds_total: float
    msgs_per_s: float
    mb_per_s: float
    rebalance_ms: float
    fetch_ms: float
    fetch_msgs_per_s: float
    fetch_mb_per_s: float
    peak_rss_kib: int
    command: str


def kafka_consumer_perf(
    bootstrap: str, topic: str, messages: int, *, kafka_lib: Path, group: str
) -> KafkaPerf:
    """``ConsumerPerformance --messages N`` over ``topic``; its own figures, parsed."""
    java = os.environ.get("JAVA", "java")
    cmd = [
        java, "-Xms256m", "-Xmx512m", "-XX:+UseG1GC",
        f"-Dlog4j.configuration=file:{ROOT / 'var' / 'kafka' / 'tools-log4j.properties'}",
        "-cp", f"{kafka_lib}/*", "org.apache.kafka.tools.ConsumerPerformance",
        "--bootstrap-server", bootstrap, "--topic", topic, "--messages", str(messages),
        "--group", group, "--timeout", "60000",
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    out = proc.stdout.read().decode()
    err = proc.stderr.read().decode()
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"ConsumerPerformance failed:\n{out}\n{err}")
    rows = [line for line in out.splitlines() if re.match(r"^\d{4}-\d\d-\d\d", line)]
    if not rows:
        raise RuntimeError(f"ConsumerPerformance printed no figures:\n{out}\n{err}")
    f = [x.strip() for x in rows[-1].split(",")]
    # start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec,
    # rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec
    start = datetime.strptime(f[0], "%Y-%m-%d %H:%M:%S:%f")
    end = datetime.strptime(f[1], "%Y-%m-%d %H:%M:%S:%f")
    return KafkaPerf(
        messages=int(f[4]),
        mb=float(f[2]),
        seconds_total=(end - start).total_seconds(),
        msgs_per_s=float(f[5]),
        mb_per_s=float(f[3]),
        rebalance_ms=float(f[6]),
        fetch_ms=float(f[7]),
        fetch_msgs_per_s=float(f[9]),
        fetch_mb_per_s=float(f[8]),
        peak_rss_kib=int(usage.ru_maxrss),
        command=" ".join(cmd[cmd.index("org.apache.kafka.tools.ConsumerPerformance"):]),
    )


# ---------------------------------------------------------------------------------------------
# Elasticsearch


@dataclass(frozen=True)
class EsBulk:
    docs: int
    seconds: float
    docs_per_s: float
    load_seconds: float
    refresh_seconds: float
    threads: int
    chunk_size: int
    bytes_per_doc: float
    es_cpu_s: float | None
    client_cpu_s: float


def read_documents(es: Any, alias: str) -> list[tuple[str, int, bytes]]:
    """(id, version, source JSON) of every document in ``alias``."""
    from elasticsearch.helpers import scan

    out: list[tuple[str, int, bytes]] = []
    for hit in scan(es, index=alias, query={"query": {"match_all": {}}}, size=2000,
                    version=True, preserve_order=False):
        out.append((hit["_id"], int(hit.get("_version", 1)), orjson.dumps(hit["_source"])))
    return out


def es_bulk_limit(
    es: Any,
    docs: list[tuple[str, int, bytes]],
    index: str,
    *,
    threads: int,
    chunk_size: int,
    es_pid: int | None,
) -> EsBulk:
    """Bulk ``docs`` into a fresh ``index`` (project settings and mappings) as fast as we can."""
    from elasticsearch.helpers import parallel_bulk

    from shared.bench.runner import cpu_seconds
    from shared.indexing import index_settings, mappings

    settings = index_settings()
    settings["refresh_interval"] = "-1"
    es.options(ignore_status=404).indices.delete(index=index)
    es.indices.create(index=index, settings=settings, mappings=mappings(),
                      wait_for_active_shards="1")

    def actions() -> Iterator[dict[str, Any]]:
        for doc_id, version, source in docs:
            yield {
                "_op_type": "index",
                "_index": index,
                "_id": doc_id,
                "version": version,
                "version_type": "external_gte",
                "_source": source.decode("utf-8"),
            }

    es_cpu0 = cpu_seconds(es_pid) if es_pid else None
    c0 = time.process_time()
    t0 = time.perf_counter()
    failed = 0
    for ok, _item in parallel_bulk(es, actions(), thread_count=threads, chunk_size=chunk_size,
                                   max_chunk_bytes=50 * 1024 * 1024, raise_on_error=False,
                                   queue_size=threads * 2):
        failed += not ok
    t1 = time.perf_counter()
    es.indices.put_settings(index=index, settings={"index": {"refresh_interval": "1s"}})
    es.indices.refresh(index=index)
    t2 = time.perf_counter()
    es_cpu1 = cpu_seconds(es_pid) if es_pid else None
    n = int(es.count(index=index)["count"])
    if failed or n != len(docs):
        raise RuntimeError(f"raw ES bulk: {failed} failed items, {n} of {len(docs)} counted")
    return EsBulk(
        docs=n,
        seconds=t2 - t0,
        docs_per_s=n / (t2 - t0),
        load_seconds=t1 - t0,
        refresh_seconds=t2 - t1,
        threads=threads,
        chunk_size=chunk_size,
        bytes_per_doc=sum(len(d[2]) for d in docs) / max(len(docs), 1),
        es_cpu_s=(es_cpu1 - es_cpu0) if es_cpu0 is not None and es_cpu1 is not None else None,
        client_cpu_s=time.process_time() - c0,
    )
