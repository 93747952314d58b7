"""What the parts can do on their own, on the same machine and the same stories.

* ``tagging_rate``: parse and tag every story in one process pinned to one core (run as a
  child, ``python -m shared.bench.raw_limits tagging ...``), plus the cost of each JSON
  hop the workers pay per story; it also hands back the story ids ingest will compute.
* ``kafka_consumer_perf``: Kafka's own ``org.apache.kafka.tools.ConsumerPerformance`` over the
  run's ``wire.raw``.
* ``es_bulk_limit``: the pipeline's final documents, read back from the run's index, bulk
  indexed into a fresh index with the same settings and mappings by ``parallel_bulk``, with
  ``refresh_interval: -1`` during the load and one refresh at the end.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import gc
import io
import json
import os
import pstats
import re
import resource
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parents[2]


# ---------------------------------------------------------------------------------------------
# pure tagging, one core


def tagging_rate(
    n: int,
    seed: int,
    *,
    cpu: int = 0,
    profile_n: int = 2000,
    id_slices: int = 0,
    duplicates: float = 0.0,
    warm_n: int = 500,
    hop_n: int = 2000,
    batch: int = 500,
) -> dict[str, Any]:
    """Parse then tag ``n`` generated stories on core ``cpu``, ``batch`` at a time as the
    workers take them, timing each step; plus each hop's (de)serialisation (on the first
    ``hop_n``).
    Returns rates, microseconds per story and the parsed ids (the first ``n`` and, when
    ``id_slices`` > 0, ids for that many more stories, parsed but not tagged).

    Like a running worker, the process has loaded its knowledge and language models and has
    handled stories before: ``warm_n`` stories from the end of the wire are parsed and tagged
    untimed first. The generated wire itself is moved out of the garbage collector's sight
    (``gc.freeze``): a worker does not hold 20,000 payloads in memory.
    """
    from shared.bench.generator import generate
    from shared.parsing import load_language_models, parse_story
    from shared.tagging import load_knowledge, tag_story

    with contextlib.suppress(OSError, AttributeError):
        os.sched_setaffinity(0, {cpu})
    wire = generate(n + id_slices, seed, duplicates=duplicates)
    payloads = [w.payload for w in wire]
    gc.collect()
    gc.freeze()
    now = datetime.now(UTC)
    t = time.perf_counter()
    kb = load_knowledge()
    load_language_models()
    knowledge_s = time.perf_counter() - t
    for p in payloads[max(0, n - warm_n) : n]:
        with contextlib.suppress(Exception):
            tag_story(parse_story(p, received_at=now), kb)

    # a story the parser refuses is counted (the pipeline dead-letters it); it stands in the
    # id list as a placeholder, so that the pipeline run counts it as missing
    errors: list[dict[str, Any]] = []
    ids: list[str] = []
    kept: list[tuple[Any, Any]] = []  # (story, tagging) of the first hop_n, for the hops
    found: Counter[str] = Counter()  # what the tagger found, against what the generator meant
    parse_s = tag_s = 0.0
    clock = time.perf_counter
    c0, t0 = time.process_time(), clock()
    for first in range(0, n, batch):
        # A batch is parsed, then tagged: in the pipeline ingest and tagger are separate
        # processes that each take a batch at a time, so their code does not interleave.
        a = clock()
        parsed: list[tuple[int, Any]] = []
        for i in range(first, min(first + batch, n)):
            try:
                parsed.append((i, parse_story(payloads[i], received_at=now)))
            except Exception as exc:
                errors.append(
                    {"index": i, "step": "parse", "error": f"{type(exc).__name__}: {exc}"}
                )
        b = clock()
        parse_s += b - a
        tagged: list[tuple[int, Any, Any]] = []
        for i, story in parsed:
            try:
                tagged.append((i, story, tag_story(story, kb)))
            except Exception as exc:
                errors.append({"index": i, "step": "tag", "error": f"{type(exc).__name__}: {exc}"})
        tag_s += clock() - b
        by_index = dict(parsed)
        ids.extend(
            by_index[i].id if i in by_index else f"unparsed:{i}"
            for i in range(first, min(first + batch, n))
        )
        for i, story, tagging in tagged:
            _compare(found, wire[i], tagging)
            if len(kept) < hop_n:
                kept.append((story, tagging))
    loop_s, loop_cpu = clock() - t0, time.process_time() - c0
    hops, sizes = _hops(kept, now)

    profile_text = ""
    if profile_n:
        prof = cProfile.Profile()
        sub = payloads[:profile_n]
        prof.enable()
        for p in sub:
            with contextlib.suppress(Exception):
                tag_story(parse_story(p, received_at=now), kb)
        prof.disable()
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(18)
        profile_text = _trim_profile(buf.getvalue())

    extra_ids = [parse_story(p, received_at=now).id for p in payloads[n:]]
    both = parse_s + tag_s
    return {
        "stories": n,
        "cpu": cpu,
        "knowledge_load_s": knowledge_s,
        "warm_up_stories": min(warm_n, n),
        "parse_stories_per_s": n / parse_s,
        "tag_stories_per_s": n / tag_s,
        "parse_and_tag_stories_per_s": n / both,
        "cpu_share": loop_cpu / loop_s if loop_s else None,
        "us_per_story": {
            "parse": 1e6 * parse_s / n,
            "tag": 1e6 * tag_s / n,
            **{k: 1e6 * v for k, v in hops.items()},
        },
        "bytes_per_story": {"raw": sum(map(len, payloads[:n])) / n, **sizes},
        "tagger_vs_generator": dict(found),
        "profile_top": profile_text,
        "errors": len(errors),
        "error_samples": errors[:20],
        "ids": ids,
        "extra_ids": extra_ids,
        "peak_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }


def _compare(found: Counter[str], meant: Any, tagging: Any) -> None:
    names = set(tagging.tag_names)
    for topic in ("ai-chips", "korea"):
        want, got = topic in meant.topics, topic in names
        outcome = ("tp" if got else "fn") if want else ("fp" if got else "tn")
        found[f"{topic}:{outcome}"] += 1
    if meant.has_deal:
        found["deal_stories_with_deals"] += bool(tagging.deals)
        found["deal_stories"] += 1
    elif tagging.deals:
        found["deals_in_non_deal_stories"] += 1


def _hops(kept: list[tuple[Any, Any]], now: datetime) -> tuple[dict[str, float], dict[str, float]]:
    """Seconds per story of each JSON hop the workers pay, and the bytes of each message."""
    from shared.indexing import to_document
    from shared.models.events import SourceRef, StoryIngested, StoryTagged

    k = max(len(kept), 1)
    ref = SourceRef(topic="wire.raw", partition=0, offset=0, key="k")
    hops: dict[str, float] = {}
    t0 = time.perf_counter()
    ingested = [StoryIngested(story=s, source_ref=ref).to_bytes() for s, _ in kept]
    hops["ingest_encode_story_ingested"] = (time.perf_counter() - t0) / k
    t0 = time.perf_counter()
    decoded = [StoryIngested.model_validate_json(b) for b in ingested]
    hops["decode_story_ingested"] = (time.perf_counter() - t0) / k
    t0 = time.perf_counter()
    tagged = [
        StoryTagged(story=d.story, tagging=g, tagged_at=now).to_bytes()
        for d, (_, g) in zip(decoded, kept, strict=True)
    ]
    hops["tagger_encode_story_tagged"] = (time.perf_counter() - t0) / k
    t0 = time.perf_counter()
    events = [StoryTagged.model_validate_json(b) for b in tagged]
    hops["indexer_decode_story_tagged"] = (time.perf_counter() - t0) / k
    t0 = time.perf_counter()
    docs = [orjson.dumps(to_document(e)) for e in events]
    hops["indexer_document_and_json"] = (time.perf_counter() - t0) / k
    sizes = {
        "story_ingested": sum(map(len, ingested)) / k,
        "story_tagged": sum(map(len, tagged)) / k,
        "es_document": sum(map(len, docs)) / k,
    }
    return hops, sizes


def _trim_profile(text: str) -> str:
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if "ncalls" in line), 0)
    root = str(ROOT) + "/"
    return "\n".join(line.replace(root, "") for line in lines[start:] if line.strip())


def run_tagging_child(
    n: int, seed: int, out: Path, *, id_slices: int = 0, cpu: int = 0, duplicates: float = 0.0
) -> dict[str, Any]:
    """The tagging measurement in a child process; adds the child's peak RSS (wait4)."""
    cmd = [sys.executable, "-m", "shared.bench.raw_limits", "tagging", "--stories", str(n),
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


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m shared.bench.raw_limits")
    sub = p.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("tagging", help="parse and tag on one core; JSON to --out")
    t.add_argument("--stories", type=int, default=20_000)
    t.add_argument("--seed", type=int, default=1)
    t.add_argument("--cpu", type=int, default=0)
    t.add_argument("--id-slices", type=int, default=0)
    t.add_argument("--duplicates", type=float, default=0.0)
    t.add_argument("--profile", type=int, default=2000, help="stories to profile (0: none)")
    t.add_argument("--out", type=Path, required=True)
    args = p.parse_args(argv)
    result = tagging_rate(args.stories, args.seed, cpu=args.cpu, profile_n=args.profile,
                          id_slices=args.id_slices, duplicates=args.duplicates)
    args.out.write_text(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
