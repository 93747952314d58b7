"""The benchmark's live part: workers as subprocesses, the throughput run, the latency run.

One run uses its own topic prefix and index prefix (``bench<hex>.`` / ``bench<hex>-chipwire``)
on the shared local stack, starts ``--workers`` instances of ingest, tagger and indexer with
them, and then:

* **throughput**: every story is produced as fast as the producer goes; the clock runs from the
  first send until Elasticsearch counts every story in the run's index (``_count`` on the
  alias, polled every 0.2 s: a count only includes refreshed, i.e. searchable, documents);
* **latency**: a fresh slice of the same wire is produced at a fixed rate (half the measured
  throughput), each send time recorded; a poller asks Elasticsearch every 0.1 s which of the
  ids sent and not yet seen are searchable (an ``ids`` query) and stamps the time of the
  answer, so a latency is *send -> visible to search*, an upper bound within one poll.

While a run goes on, the CPU time of every worker and of the Kafka and Elasticsearch JVMs is
sampled from ``/proc``, and the stage counters from each worker's ``/metrics``, so the report
can say which process was busy and which stage lagged.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from elasticsearch import Elasticsearch
from kafka import KafkaProducer
from kafka.admin import KafkaAdminClient, NewTopic
from kafka.errors import KafkaError, TopicAlreadyExistsError

from shared.topics import Topics

ROOT = Path(__file__).resolve().parents[2]
STAGES = ("ingest", "tagger", "indexer")
CLK_TCK = os.sysconf("SC_CLK_TCK")
_STORIES_OUT = re.compile(
    r'^chipwire_stories_out_total\{[^}]*stage="(?P<stage>\w+)"[^}]*\}\s+(?P<v>[0-9.e+]+)$', re.M
)


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# ---------------------------------------------------------------------------------------------
# /proc


def cpu_seconds(pid: int, *, system_only: bool = False) -> float | None:
    """User + system (or only system, i.e. kernel: sockets, copies) CPU time of a process."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[1].split()
    if system_only:
        return int(fields[12]) / CLK_TCK
    return (int(fields[11]) + int(fields[12])) / CLK_TCK


def machine_cpu_seconds() -> float:
    """CPU seconds the whole machine has been busy (all cores; /proc/stat, minus idle and
    iowait), to tell how much of a run's CPU went to processes outside the benchmark."""
    try:
        fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    except OSError:
        return 0.0
    values = [int(v) for v in fields]
    busy = sum(values) - values[3] - (values[4] if len(values) > 4 else 0)
    return busy / CLK_TCK


def memory_kib(pid: int) -> dict[str, int]:
    """VmHWM (peak resident) and VmRSS of a process, in KiB."""
    out: dict[str, int] = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmHWM", "VmRSS"):
                out[key] = int(value.split()[0])
    except OSError:
        pass
    return out


_JVM_MARKERS = {"kafka": "kafka.Kafka", "es": "org.elasticsearch.bootstrap.Elasticsearch"}


def stack_pids(var: Path = ROOT / "var") -> dict[str, int]:
    """Pids of the local stack's Kafka and Elasticsearch JVMs: the pid files of
    ``deploy/local/stack.sh`` when they point at the right JVM, else a scan of ``/proc``."""
    pids: dict[str, int] = {}
    for name, marker in _JVM_MARKERS.items():
        with contextlib.suppress(OSError, ValueError):
            pid = int((var / "run" / f"{name}.pid").read_text().strip())
            if marker in Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace"):
                pids[name] = pid
                continue
        for proc in Path("/proc").iterdir():
            if not proc.name.isdigit():
                continue
            with contextlib.suppress(OSError):
                cmd = (proc / "cmdline").read_bytes().decode(errors="replace")
                if marker in cmd and "kafka.tools" not in cmd:
                    pids[name] = int(proc.name)
                    break
    return pids


# ---------------------------------------------------------------------------------------------
# workers


@dataclass
class Worker:
    stage: str
    instance: int
    port: int
    env: dict[str, str]
    log_path: Path
    proc: subprocess.Popen[bytes] | None = None
    rusage: Any = None
    peak_kib: int = 0
    profile: Path | None = None
    """When set, the worker runs under cProfile and writes its stats there on exit."""
    module: str | None = None
    """What to run (``python -m``); ``services.<stage>`` when not set."""

    @property
    def name(self) -> str:
        return f"{self.stage}-{self.instance}"

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def start(self) -> None:
        out = self.log_path.open("ab")
        cmd = [sys.executable, "-m", self.module or f"services.{self.stage}"]
        if self.profile is not None:
            cmd = [sys.executable, "-m", "shared.bench.cpuprofile", str(self.profile), cmd[-1]]
        self.proc = subprocess.Popen(
            cmd,
            cwd=ROOT,
            env=self.env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        out.close()

    def ready(self) -> bool:
        if self.proc is None or self.proc.poll() is not None:
            raise RuntimeError(f"{self.name} exited early:\n{self.tail()}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/metrics", timeout=2) as r:
                return bool(r.status == 200)
        except OSError:
            return False

    def metrics(self) -> str:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/metrics", timeout=3) as r:
                return str(r.read().decode())
        except OSError:
            return ""

    def tail(self, n: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return ""

    def stop(self) -> None:
        """SIGTERM, then collect the child's resource usage (peak RSS, CPU) with wait4."""
        if self.proc is None:
            return
        self.peak_kib = max(self.peak_kib, memory_kib(self.pid).get("VmHWM", 0))
        if self.proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self.proc.send_signal(signal.SIGTERM)
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                pid, status, usage = os.wait4(self.pid, os.WNOHANG)
                if pid:
                    self.rusage = usage
                    self.proc.returncode = os.waitstatus_to_exitcode(status)
                    break
                time.sleep(0.2)
            else:
                self.proc.kill()
                _, status, usage = os.wait4(self.pid, 0)
                self.rusage = usage
                self.proc.returncode = os.waitstatus_to_exitcode(status)
        if self.rusage is not None:
            self.peak_kib = max(self.peak_kib, int(self.rusage.ru_maxrss))


@dataclass
class Pipeline:
    prefix: str
    index_prefix: str
    workers: list[Worker]
    bootstrap: str
    es_url: str
    base_searchable: int = 0
    """Searchable documents and counters from before the measured runs (the warm-up)."""
    base_out: dict[str, float] = field(default_factory=dict)
    base_batches: dict[str, list[float]] = field(default_factory=dict)

    def set_baseline(self, es: Elasticsearch) -> None:
        """Count from here on: what the warm-up left behind is not part of any figure."""
        self.base_out, self.base_batches = {}, {}
        self.base_searchable = count(es, self.alias)
        self.base_out = self.stage_out()
        self.base_batches = self._batch_sums()

    def searchable(self, es: Elasticsearch) -> int:
        return count(es, self.alias) - self.base_searchable

    @property
    def topics(self) -> Topics:
        return Topics(self.prefix)

    @property
    def alias(self) -> str:
        return f"{self.index_prefix}-stories"

    def stage_out(self) -> dict[str, float]:
        """Sum of ``chipwire_stories_out_total`` per stage over every instance."""
        total: dict[str, float] = {s: 0.0 for s in STAGES}
        for w in self.workers:
            for m in _STORIES_OUT.finditer(w.metrics()):
                if m.group("stage") in total:
                    total[m.group("stage")] += float(m.group("v"))
        return {k: v - self.base_out.get(k, 0.0) for k, v in total.items()}

    def batch_means(self) -> dict[str, float]:
        """Mean messages per batch taken by each stage, and documents per bulk request."""
        sums = self._batch_sums()
        for k, (total, n) in self.base_batches.items():
            sums[k] = [sums[k][0] - total, sums[k][1] - n]
        return {k: round(v[0] / v[1], 1) for k, v in sums.items() if v[1]}

    def _batch_sums(self) -> dict[str, list[float]]:
        sums: dict[str, list[float]] = {}
        pat = re.compile(
            r'^(chipwire_batch_messages|chipwire_indexer_bulk_documents)_(sum|count)'
            r'(?:\{[^}]*?stage="(\w+)"[^}]*\})?\s+([0-9.e+]+)$', re.M)
        for w in self.workers:
            for m in pat.finditer(w.metrics()):
                key = m.group(3) or "indexer_bulk"
                acc = sums.setdefault(key, [0.0, 0.0])
                acc[0 if m.group(2) == "sum" else 1] += float(m.group(4))
        return sums

    def stop(self) -> None:
        for w in reversed(self.workers):
            try:
                w.stop()
            except Exception as exc:  # keep stopping the others
                log(f"stopping {w.name}: {exc}")


def new_run_ids() -> tuple[str, str]:
    tag = uuid.uuid4().hex[:8]
    return f"bench{tag}.", f"bench{tag}-chipwire"


def create_topics(bootstrap: str, names: Iterable[str], partitions: int) -> None:
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        existing = set(admin.list_topics())
        new = [NewTopic(n, num_partitions=partitions, replication_factor=1)
               for n in names if n not in existing]
        if new:
            with contextlib.suppress(TopicAlreadyExistsError):
                admin.create_topics(new)
    finally:
        admin.close()


def delete_run(bootstrap: str, es: Elasticsearch, prefix: str, index_prefix: str) -> None:
    """Remove the run's topics, indices and index template."""
    with contextlib.suppress(Exception):
        es.options(ignore_status=404).indices.delete(
            index=f"{index_prefix}*", expand_wildcards="all"
        )
        es.options(ignore_status=404).indices.delete_index_template(
            name=f"{index_prefix}-stories"
        )
    try:
        admin = KafkaAdminClient(bootstrap_servers=bootstrap)
        try:
            mine = [t for t in admin.list_topics() if t.startswith(prefix)]
            if mine:
                admin.delete_topics(mine)
        finally:
            admin.close()
    except KafkaError as exc:
        log(f"could not delete topics of {prefix}: {exc}")


def worker_env(
    *,
    prefix: str,
    index_prefix: str,
    partitions: int,
    batch_max: int,
    batch_within_s: float,
    bootstrap: str,
    es_url: str,
    extra_env: dict[str, str] | None = None,
) -> dict[str, str]:
    """The environment of a run's workers: its prefixes, batching and servers."""
    env = dict(os.environ)
    env.update(
        {
            "CHIPWIRE_TOPIC_PREFIX": prefix,
            "CHIPWIRE_INDEX_PREFIX": index_prefix,
            "CHIPWIRE_PARTITIONS": str(partitions),
            "CHIPWIRE_BATCH_MAX": str(batch_max),
            "CHIPWIRE_BATCH_WITHIN_S": str(batch_within_s),
            "CHIPWIRE_KAFKA_URL": f"kafka://{bootstrap}",
            "CHIPWIRE_ES_URL": es_url,
            "PYTHONUNBUFFERED": "1",
        }
    )
    env.update(extra_env or {})
    return env


def start_pipeline(
    *,
    prefix: str,
    index_prefix: str,
    workers: int,
    partitions: int,
    batch_max: int,
    batch_within_s: float,
    bootstrap: str,
    es_url: str,
    run_dir: Path,
    extra_env: dict[str, str] | None = None,
    timeout_s: float = 120.0,
    profile: bool = False,
) -> Pipeline:
    env = worker_env(
        prefix=prefix, index_prefix=index_prefix, partitions=partitions, batch_max=batch_max,
        batch_within_s=batch_within_s, bootstrap=bootstrap, es_url=es_url, extra_env=extra_env,
    )
    ws: list[Worker] = []
    for stage in STAGES:
        for k in range(workers):
            wenv = dict(env)
            port = free_port()
            wenv[f"CHIPWIRE_{stage.upper()}_PORT"] = str(port)
            wenv["CHIPWIRE_DATA_DIR"] = str(run_dir / "faust" / f"{stage}-{k}")
            ws.append(Worker(stage, k, port, wenv, run_dir / f"{stage}-{k}.log",
                             profile=run_dir / f"{stage}-{k}.prof" if profile else None))
    pipe = Pipeline(prefix, index_prefix, ws, bootstrap, es_url)
    try:
        for w in ws:
            w.start()
        deadline = time.monotonic() + timeout_s
        pending = list(ws)
        while pending:
            pending = [w for w in pending if not w.ready()]
            if pending and time.monotonic() > deadline:
                raise RuntimeError(
                    f"{pending[0].name} not ready in {timeout_s}s:\n{pending[0].tail()}"
                )
            time.sleep(0.3)
        wait_groups_stable(
            bootstrap, [f"{prefix}chipwire-{s}" for s in STAGES], workers, deadline
        )
    except BaseException:
        pipe.stop()
        raise
    return pipe


def wait_groups_stable(
    bootstrap: str, groups: Sequence[str], members: int, deadline: float
) -> None:
    """Until every worker group is Stable with all its members (partitions assigned)."""
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        while time.monotonic() < deadline:
            try:
                info = admin.describe_groups(list(groups))
            except KafkaError:
                time.sleep(0.5)
                continue
            states = {g: _group_state(d) for g, d in _as_dict(info).items()}
            if len(states) == len(groups) and all(
                s == "Stable" and n >= members for s, n in states.values()
            ):
                return
            time.sleep(0.5)
        log(f"worker groups not all stable before the deadline: {groups}")
    finally:
        admin.close()


def _as_dict(info: Any) -> dict[str, Any]:
    if isinstance(info, dict):
        return info
    return {getattr(d, "group", str(i)): d for i, d in enumerate(info)}


def _group_state(d: Any) -> tuple[str, int]:
    if isinstance(d, dict):
        return str(d.get("group_state") or d.get("state") or ""), len(d.get("members") or ())
    return str(getattr(d, "state", "")), len(getattr(d, "members", ()) or ())


# ---------------------------------------------------------------------------------------------
# sampling


@dataclass
class Sample:
    t: float
    searchable: int
    stage_out: dict[str, float]
    cpu: dict[str, float]


class Sampler:
    """Every ``interval`` seconds: searchable count, stage counters, CPU seconds per process."""

    def __init__(
        self, pipe: Pipeline, es: Elasticsearch, pids: dict[str, int], interval: float = 1.0
    ) -> None:
        self.pipe, self.es, self.pids, self.interval = pipe, es, pids, interval
        self.samples: list[Sample] = []
        self.restarted: set[str] = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def cpu_now(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for name, pid in list(self.pids.items()):
            if not Path(f"/proc/{pid}").exists():  # restarted under us: follow it
                self.pids.update(stack_pids())
                self.restarted.add(name)
                pid = self.pids.get(name, pid)
            v = cpu_seconds(pid)
            if v is not None:
                # a restarted JVM's CPU clock starts again: keep it out of the deltas
                key = name if name not in self.restarted else f"{name}@{pid}"
                out[key] = v
                out[key + "~sys"] = cpu_seconds(pid, system_only=True) or 0.0
        for w in self.pipe.workers:
            v = cpu_seconds(w.pid)
            if v is not None:
                out[w.name] = v
                out[w.name + "~sys"] = cpu_seconds(w.pid, system_only=True) or 0.0
        out["bench"] = time.process_time()
        out["machine"] = machine_cpu_seconds()
        return out

    def take(self) -> Sample:
        s = Sample(time.time(), self.pipe.searchable(self.es), self.pipe.stage_out(),
                   self.cpu_now())
        self.samples.append(s)
        for w in self.pipe.workers:
            w.peak_kib = max(w.peak_kib, memory_kib(w.pid).get("VmHWM", 0))
        return s

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            with contextlib.suppress(Exception):
                self.take()

    def __enter__(self) -> Sampler:
        self.take()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        with contextlib.suppress(Exception):
            self.take()


def count(es: Elasticsearch, alias: str) -> int:
    try:
        return int(es.count(index=alias)["count"])
    except Exception:
        return 0


# ---------------------------------------------------------------------------------------------
# producing


def make_producer(bootstrap: str, *, linger_ms: int) -> KafkaProducer:
    # The settings of shared.adapters.kafka.producer (what `chipwire publish` uses), except
    # linger, which the latency run lowers.
    return KafkaProducer(
        bootstrap_servers=[bootstrap],
        acks="all",
        linger_ms=linger_ms,
        batch_size=256 * 1024,
        max_request_size=4 * 1024 * 1024,
        retries=5,
    )


@dataclass
class ThroughputResult:
    stories: int
    t_first_send: float
    t_last_send: float
    t_all_searchable: float | None
    searchable_at_end: int
    t_last_progress: float
    """When the searchable count last grew (= ``t_all_searchable`` on a complete run)."""
    samples: list[Sample] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return self.t_all_searchable is not None

    @property
    def seconds(self) -> float | None:
        end = self.t_all_searchable or self.t_last_progress
        return end - self.t_first_send if end > self.t_first_send else None

    @property
    def stories_per_s(self) -> float | None:
        """Searchable stories per second; on an incomplete run, those that did arrive over the
        time until the last one arrived (the report says the run was incomplete)."""
        s = self.seconds
        return self.searchable_at_end / s if s else None

    @property
    def produce_per_s(self) -> float:
        span = self.t_last_send - self.t_first_send
        return self.stories / span if span > 0 else float("inf")


def throughput_run(
    pipe: Pipeline,
    es: Elasticsearch,
    messages: Sequence[tuple[bytes, bytes]],
    expected: int,
    *,
    pids: dict[str, int],
    stall_s: float = 45.0,
) -> ThroughputResult:
    """Produce every message at once; stop the clock when ``expected`` docs are searchable."""
    producer = make_producer(pipe.bootstrap, linger_ms=20)
    topic = pipe.topics.wire_raw
    sampler = Sampler(pipe, es, pids, interval=1.0)
    with sampler:
        t0 = time.time()
        for key, value in messages:
            producer.send(topic, key=key, value=value)
        producer.flush()
        t_sent = time.time()
        producer.close()
        log(f"produced {len(messages)} in {t_sent - t0:.1f}s "
            f"({len(messages) / max(t_sent - t0, 1e-9):.0f}/s)")
        last_n, last_change = -1, time.monotonic()
        t_done: float | None = None
        t_progress = time.time()
        n = 0
        while True:
            n = pipe.searchable(es)
            now = time.time()
            if n >= expected:
                t_done = t_progress = now
                break
            if n != last_n:
                last_n, last_change, t_progress = n, time.monotonic(), now
            elif time.monotonic() - last_change > stall_s:
                log(f"no progress for {stall_s:.0f}s at {n}/{expected}: giving up")
                break
            time.sleep(0.2)
    return ThroughputResult(len(messages), t0, t_sent, t_done, n, t_progress, sampler.samples)


@dataclass
class LatencyResult:
    rate: float
    sent: int
    latencies: list[float]
    unseen: int
    poll_round_trip_s: float
    achieved_rate: float
    samples: list[Sample] = field(default_factory=list)
    timeline: list[dict[str, float | None]] = field(default_factory=list)
    """Per second of sending: stories sent, median and worst latency (pauses show here)."""
    segments: dict[str, list[float]] = field(default_factory=dict)
    """Sorted durations per leg: ``to_ingest`` (send -> ingest's batch, ``received_at``),
    ``ingest_to_tagger`` (-> the tagger's batch, ``tagged_at``), ``tagger_to_searchable``."""


def _epoch(value: str | None) -> float | None:
    if not value:
        return None
    from datetime import datetime

    return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()


def stage_times(
    es: Elasticsearch, alias: str, ids: Sequence[str]
) -> dict[str, tuple[float, float]]:
    """``received_at`` and ``tagged_at`` (epoch seconds) of the given documents."""
    out: dict[str, tuple[float, float]] = {}
    for start in range(0, len(ids), 5000):
        chunk = list(ids[start : start + 5000])
        r = es.search(index=alias, query={"ids": {"values": chunk}}, size=len(chunk),
                      source_includes=["received_at", "tagged_at"])
        for h in r["hits"]["hits"]:
            rec = _epoch(h["_source"].get("received_at"))
            tag = _epoch(h["_source"].get("tagged_at"))
            if rec is not None and tag is not None:
                out[h["_id"]] = (rec, tag)
    return out


def outside_by_second(samples: Sequence[Sample], t_start: float) -> dict[int, float]:
    """Cores busy with work other than the benchmark's, per second from ``t_start``: a burst
    of other work lasting a few seconds hides in a run's mean but explains a latency tail."""
    out: dict[int, float] = {}
    for a, b in itertools.pairwise(samples):
        span = b.t - a.t
        if span <= 0 or "machine" not in a.cpu or "machine" not in b.cpu:
            continue
        ours = sum(
            b.cpu[k] - a.cpu[k]
            for k in b.cpu
            if k in a.cpu and k != "machine" and not k.endswith("~sys")
        )
        machine = b.cpu["machine"] - a.cpu["machine"]
        out[int(a.t - t_start)] = round(max(0.0, (machine - ours) / span), 2)
    return out


def latency_run(
    pipe: Pipeline,
    es: Elasticsearch,
    messages: Sequence[tuple[bytes, bytes]],
    ids: Sequence[str],
    rate: float,
    *,
    pids: dict[str, int],
    poll_s: float = 0.1,
    drain_s: float = 60.0,
) -> LatencyResult:
    """Produce ``messages`` at ``rate``/s; time from each send until its id is searchable."""
    producer = make_producer(pipe.bootstrap, linger_ms=2)
    topic = pipe.topics.wire_raw
    sent_at: dict[str, float] = {}
    seen_at: dict[str, float] = {}
    lock = threading.Lock()
    done_sending = threading.Event()
    trips: list[float] = []

    def poll() -> None:
        drain_deadline: float | None = None
        while True:
            with lock:
                outstanding = [i for i in sent_at if i not in seen_at]
            if done_sending.is_set():
                if drain_deadline is None:
                    drain_deadline = time.monotonic() + drain_s
                if not outstanding or time.monotonic() > drain_deadline:
                    return
            if outstanding:
                t_req = time.monotonic()
                found: list[str] = []
                for chunk_start in range(0, len(outstanding), 5000):
                    chunk = outstanding[chunk_start : chunk_start + 5000]
                    with contextlib.suppress(Exception):
                        r = es.search(
                            index=pipe.alias,
                            query={"ids": {"values": chunk}},
                            source=False,
                            size=len(chunk),
                            filter_path="hits.hits._id",
                        )
                        found += [h["_id"] for h in r.get("hits", {}).get("hits", [])]
                now = time.time()
                trips.append(time.monotonic() - t_req)
                with lock:
                    for i in found:
                        seen_at.setdefault(i, now)
            time.sleep(poll_s)

    poller = threading.Thread(target=poll, daemon=True)
    sampler = Sampler(pipe, es, pids, interval=1.0)
    with sampler:
        poller.start()
        start = time.monotonic()
        for j, ((key, value), sid) in enumerate(zip(messages, ids, strict=True)):
            target = start + j / rate
            delay = target - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            with lock:
                sent_at[sid] = time.time()
            producer.send(topic, key=key, value=value)
        producer.flush()
        elapsed = time.monotonic() - start
        producer.close()
        done_sending.set()
        poller.join()
    latencies = sorted(seen_at[i] - sent_at[i] for i in seen_at if i in sent_at)
    segments: dict[str, list[float]] = {"to_ingest": [], "ingest_to_tagger": [],
                                        "tagger_to_searchable": []}
    with contextlib.suppress(Exception):
        for sid, (rec, tag) in stage_times(es, pipe.alias, list(seen_at)).items():
            segments["to_ingest"].append(rec - sent_at[sid])
            segments["ingest_to_tagger"].append(tag - rec)
            segments["tagger_to_searchable"].append(seen_at[sid] - tag)
    for v in segments.values():
        v.sort()
    per_second: dict[int, list[float]] = {}
    t_start = min(sent_at.values()) if sent_at else 0.0
    for sid, t_seen in seen_at.items():
        per_second.setdefault(int(sent_at[sid] - t_start), []).append(t_seen - sent_at[sid])
    outside = outside_by_second(sampler.samples, t_start)
    timeline = [
        {"second": sec, "sent": len(v), "p50_s": round(sorted(v)[len(v) // 2], 3),
         "max_s": round(max(v), 3), "outside_bench": outside.get(sec)}
        for sec, v in sorted(per_second.items())
    ]
    return LatencyResult(
        rate=rate,
        sent=len(messages),
        latencies=latencies,
        unseen=len(sent_at) - len(seen_at),
        poll_round_trip_s=sum(trips) / len(trips) if trips else 0.0,
        achieved_rate=len(messages) / elapsed if elapsed > 0 else 0.0,
        samples=sampler.samples,
        segments=segments,
        timeline=timeline,
    )


# ---------------------------------------------------------------------------------------------
# verification


def indexed_ids(es: Elasticsearch, alias: str) -> list[str]:
    """Every ``_id`` in the run's index (a point-in-time walk, no source)."""
    es.indices.refresh(index=alias)
    pit = es.open_point_in_time(index=alias, keep_alive="2m")["id"]
    ids: list[str] = []
    after: list[Any] | None = None
    try:
        while True:
            kwargs: dict[str, Any] = {
                "pit": {"id": pit, "keep_alive": "2m"},
                "size": 10_000,
                "sort": [{"_shard_doc": "asc"}],
                "source": False,
                "track_total_hits": False,
            }
            if after is not None:
                kwargs["search_after"] = after
            r = es.search(**kwargs)
            hits = r["hits"]["hits"]
            if not hits:
                break
            ids += [h["_id"] for h in hits]
            after = hits[-1]["sort"]
            pit = r.get("pit_id", pit)
    finally:
        with contextlib.suppress(Exception):
            es.close_point_in_time(id=pit)
    return ids
