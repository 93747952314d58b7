"""``make bench`` / ``python -m shared.bench``: one run, every figure, one table, one JSON.

Order: (1) pure parse + tag on one core, in a child pinned to core 0 (it also computes the
story ids ingest will give); (2) the run's topics and workers, warmed up by a slice of the
wire that is not timed; (3) throughput; (4) latency at half the measured rate on a fresh
slice of the same wire; (5) workers stopped, the index checked story by story (missing,
duplicated); (6) raw Kafka, ConsumerPerformance over the run's ``wire.raw``; (7) raw
Elasticsearch, the run's documents bulk indexed into a fresh index; (8) the faust floor, one
pass-through faust worker over the run's ``wire.raw``; (9) table,
``var/bench/latest.json``, clean-up. Exit status 1 when a story is missing or duplicated, 2
when the run itself failed.
"""

from __future__ import annotations

import argparse
import io
import os
import pstats
import resource
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from shared.bench import faust_floor, pure, raw_limits, report
from shared.bench.generator import iter_stories
from shared.bench.runner import (
    ROOT,
    STAGES,
    Pipeline,
    Sample,
    create_topics,
    delete_run,
    indexed_ids,
    latency_run,
    log,
    memory_kib,
    new_run_ids,
    stack_pids,
    start_pipeline,
    throughput_run,
    worker_env,
)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m shared.bench", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--stories", type=int, default=20_000, help="stories in the throughput run")
    p.add_argument("--partitions", type=int, default=4, help="partitions of every run topic")
    p.add_argument("--workers", type=int, default=1, help="instances of each stage")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--duplicates", type=float, default=0.0,
                   help="share of messages that re-send an earlier story's bytes (default 0)")
    p.add_argument("--batch-max", type=int, default=500, help="CHIPWIRE_BATCH_MAX of workers")
    p.add_argument("--batch-within", type=float, default=0.1,
                   help="CHIPWIRE_BATCH_WITHIN_S of workers")
    p.add_argument("--warm-up", type=int, default=10_000,
                   help="stories sent through the whole pipeline before any timing (0: none)")
    p.add_argument("--latency-seconds", type=float, default=30.0,
                   help="length of the steady-load run (0: skip it)")
    p.add_argument("--latency-rate", type=float, default=None,
                   help="stories/s of the steady load (default: half the measured throughput)")
    p.add_argument("--es-threads", type=int, default=4, help="parallel_bulk threads (raw ES)")
    p.add_argument("--es-chunk", type=int, default=500, help="parallel_bulk chunk (raw ES)")
    p.add_argument("--worker-env", action="append", default=[], metavar="KEY=VALUE",
                   help="extra environment for the workers, e.g. faust's PRODUCER_LINGER=0.01 "
                        "(repeatable)")
    p.add_argument("--no-faust-floor", dest="faust_floor", action="store_false",
                   help="skip the pass-through faust worker run over the wire (the floor)")
    p.add_argument("--profile-workers", action="store_true",
                   help="run the workers under cProfile (slower; for finding hot spots)")
    p.add_argument("--keep", action="store_true", help="keep the run's topics and indices")
    p.add_argument("--out", type=Path, default=ROOT / "var" / "bench" / "latest.json")
    args = p.parse_args(argv)
    if args.stories < 1 or args.workers < 1 or args.partitions < 1:
        p.error("--stories, --workers and --partitions must be positive")
    if args.warm_up < 0:
        p.error("--warm-up must be >= 0")
    if any("=" not in kv for kv in args.worker_env):
        p.error("--worker-env takes KEY=VALUE")
    return args


def _bootstrap() -> str:
    url = os.environ.get("CHIPWIRE_KAFKA_URL", "kafka://127.0.0.1:9092")
    return url.split("://", 1)[-1].split(",")[0]


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        return run(args)
    except KeyboardInterrupt:
        log("interrupted")
        return 2


def run(args: argparse.Namespace) -> int:
    from elasticsearch import Elasticsearch

    bootstrap = _bootstrap()
    es_url = os.environ.get("CHIPWIRE_ES_URL", "http://127.0.0.1:9200")
    es = Elasticsearch(es_url, request_timeout=120)
    prefix, index_prefix = new_run_ids()
    run_dir = ROOT / "var" / "bench" / prefix.rstrip(".")
    run_dir.mkdir(parents=True, exist_ok=True)
    pids = stack_pids()
    n = args.stories
    result: dict[str, Any] = {
        "stories": n,
        "started_at": datetime.now(UTC).isoformat(),
        "machine": report.machine(),
        "options": {
            "stories": n, "partitions": args.partitions, "workers": args.workers,
            "seed": args.seed, "duplicates": args.duplicates, "warm_up": args.warm_up,
            "batch_max": args.batch_max,
            "batch_within_s": args.batch_within, "latency_seconds": args.latency_seconds,
            "latency_rate": args.latency_rate, "es_threads": args.es_threads,
            "es_chunk": args.es_chunk, "profile_workers": args.profile_workers,
            "worker_env": dict(kv.split("=", 1) for kv in args.worker_env),
        },
        "run": {"topic_prefix": prefix, "index_prefix": index_prefix, "dir": str(run_dir),
                "load_average_at_start": os.getloadavg()},
    }
    log(f"run {prefix} (index {index_prefix}-stories), logs in {run_dir}")

    # (1) pure parse + tag on one core; also the ids ingest will compute
    log(f"pure parse + tag of {n} stories on core 0")
    tagging = raw_limits.run_tagging_child(n, args.seed, run_dir / "tagging.json",
                                           id_slices=0, duplicates=args.duplicates)
    ids: list[str] = tagging.pop("ids")
    tagging.pop("extra_ids", None)
    result["tagging"] = tagging
    result["tagging_stories_per_s_one_core"] = tagging["parse_and_tag_stories_per_s"]
    log(f"parse + tag: {tagging['parse_and_tag_stories_per_s']:.0f} stories/s on one core")

    wire = iter_stories(n * 20, args.seed, duplicates=args.duplicates)
    first = [next(wire) for _ in range(n)]
    messages = [(sid.encode(), w.payload) for sid, w in zip(ids, first, strict=True)]
    expected = set(ids)
    generator_collisions = (n - len(expected)) - sum(w.duplicate_of is not None for w in first)

    # (2) topics and workers
    create_topics(bootstrap, [f"{prefix}{t}" for t in ("wire.raw", "stories", "stories.tagged",
                                                      "deals", "wire.dlq", "wire.receipts")],
                  args.partitions)
    pipe: Pipeline | None = None
    exit_code = 0
    worker_extra = dict(kv.split("=", 1) for kv in args.worker_env)
    try:
        log(f"starting {args.workers} x {', '.join(STAGES)}")
        pipe = start_pipeline(
            prefix=prefix, index_prefix=index_prefix, workers=args.workers,
            partitions=args.partitions, batch_max=args.batch_max,
            batch_within_s=args.batch_within, bootstrap=bootstrap, es_url=es_url,
            run_dir=run_dir, profile=args.profile_workers,
            extra_env=worker_extra,
        )
        all_pids = dict(pids)

        # (2b) warm-up: a cold JVM spends its first minute compiling (Elasticsearch used 2.3
        # ms of CPU per story right after start, 0.5-0.7 once warm), the workers fill their
        # caches; a steady-state figure must not include that
        if args.warm_up:
            warm = [next(wire) for _ in range(args.warm_up)]
            warm_ids = _ids_of(warm)
            expected |= set(warm_ids)
            log(f"warm-up: {len(warm)} stories through the pipeline, untimed")
            wu = throughput_run(pipe, es, [(i.encode(), w.payload) for i, w in
                                           zip(warm_ids, warm, strict=True)],
                                len(set(warm_ids)), pids=dict(pids))
            if not wu.complete:
                raise RuntimeError(f"warm-up: {wu.searchable_at_end} of {len(warm)} searchable")
            result["warm_up"] = {"stories": len(warm), "seconds": wu.seconds,
                                 "stories_per_s": wu.stories_per_s}
            pipe.set_baseline(es)

        # (3) throughput
        log(f"throughput: producing {n} stories at once")
        tp = throughput_run(pipe, es, messages, len(set(ids)), pids=all_pids)
        result["pipeline_stories_per_s"] = tp.stories_per_s
        result["pipeline_seconds"] = tp.seconds
        result["producer_msgs_per_s"] = tp.produce_per_s
        result["throughput_searchable_at_end"] = tp.searchable_at_end
        result["throughput_complete"] = tp.complete
        result["mean_batch_messages"] = pipe.batch_means()
        result["stage_finish_s"] = _stage_finish(tp.samples, tp.searchable_at_end,
                                                 tp.t_first_send)
        busy = [s for s in tp.samples if s.t <= tp.t_last_progress + 1.0]
        result["cpu_ms_per_story"] = _cpu_per_story(busy, max(tp.searchable_at_end, 1))
        result["system_cpu_ms_per_story"] = _cpu_per_story(busy, max(tp.searchable_at_end, 1),
                                                           system=True)
        result["cpu_share_of_machine"] = _cpu_share(busy)
        result["throughput_timeline"] = [
            {"t": round(s.t - tp.t_first_send, 2), "searchable": s.searchable,
             **{f"{k}_out": int(v) for k, v in s.stage_out.items()}}
            for s in tp.samples
        ]
        log(f"throughput: {_num(tp.stories_per_s)} stories/s "
            f"({tp.searchable_at_end}/{len(expected)} searchable"
            f"{'' if tp.complete else ', INCOMPLETE'})")

        # (4) latency at half that rate, on the next slice of the wire
        latency_ids: list[str] = []
        if args.latency_seconds > 0 and tp.stories_per_s:
            rate = args.latency_rate or tp.stories_per_s / 2
            m = max(1, int(rate * args.latency_seconds))
            more = [next(wire) for _ in range(m)]
            latency_ids = _ids_of(more)
            expected |= set(latency_ids)
            msgs = [(sid.encode(), w.payload) for sid, w in zip(latency_ids, more, strict=True)]
            log(f"latency: {m} stories at {rate:.0f}/s")
            lat = latency_run(pipe, es, msgs, latency_ids, rate, pids=all_pids)
            lats = lat.latencies
            result["latency"] = {
                "rate": rate, "sent": lat.sent, "seen": len(lats), "unseen": lat.unseen,
                "achieved_rate": lat.achieved_rate, "poll_round_trip_s": lat.poll_round_trip_s,
                "mean_s": sum(lats) / len(lats) if lats else None,
                "min_s": lats[0] if lats else None, "max_s": lats[-1] if lats else None,
                "p50_s": report.percentile(lats, 50), "p90_s": report.percentile(lats, 90),
                "p95_s": report.percentile(lats, 95), "p99_s": report.percentile(lats, 99),
                "cpu_share_of_machine": _cpu_share(lat.samples),
                "timeline": lat.timeline,
                "segments_s": {
                    leg: {f"p{q}": report.percentile(v, q) for q in (50, 95, 99)}
                    for leg, v in lat.segments.items()
                },
            }
            result["latency_p50_s"] = report.percentile(lats, 50)
            result["latency_p95_s"] = report.percentile(lats, 95)
            result["latency_p99_s"] = report.percentile(lats, 99)
            log(f"latency: p50 {_num(result['latency_p50_s'], 2)} s, "
                f"p99 {_num(result['latency_p99_s'], 2)} s")

        # (5) stop the workers; check the index story by story
        pipe.stop()
        found = indexed_ids(es, pipe.alias)
        found_set = set(found)
        missing = expected - found_set
        extra = found_set - expected
        result["missing"] = len(missing)
        result["duplicated"] = len(extra) + (len(found) - len(found_set)) + max(
            0, generator_collisions)
        result["missing_sample"] = sorted(missing)[:20]
        result["extra_sample"] = sorted(extra)[:20]
        result["indexed"] = len(found)
        result["expected"] = len(expected)
        if missing or result["duplicated"]:
            exit_code = 1

        # (6) raw Kafka
        log(f"raw Kafka: ConsumerPerformance --messages {n} on {pipe.topics.wire_raw}")
        kp = raw_limits.kafka_consumer_perf(bootstrap, pipe.topics.wire_raw, n,
                                            kafka_lib=ROOT / "var" / "cache" / "kafka-lib",
                                            group=f"{prefix}consumer-perf")
        result["raw_kafka"] = kp.__dict__
        result["raw_kafka_msgs_per_s"] = kp.fetch_msgs_per_s

        # (7) raw Elasticsearch
        docs = raw_limits.read_documents(es, pipe.alias)
        log(f"raw ES: bulk of {len(docs)} documents, {args.es_threads} threads, "
            f"chunk {args.es_chunk}")
        eb = raw_limits.es_bulk_limit(es, docs, f"{index_prefix}-raw-stories-v1",
                                      threads=args.es_threads, chunk_size=args.es_chunk,
                                      es_pid=pids.get("es"))
        result["raw_es"] = eb.__dict__
        result["raw_es_docs_per_s"] = eb.docs_per_s

        # (8) the faust floor: the same workers' machinery with no work in it
        if args.faust_floor:
            floor = faust_floor.measure(
                bootstrap=bootstrap, prefix=prefix, partitions=args.partitions,
                env=worker_env(prefix=prefix, index_prefix=index_prefix,
                               partitions=args.partitions, batch_max=args.batch_max,
                               batch_within_s=args.batch_within, bootstrap=bootstrap,
                               es_url=es_url, extra_env=worker_extra),
                run_dir=run_dir, kafka_pid=pids.get("kafka"))
            result["faust_floor"] = faust_floor.as_dict(floor)

        # ratios, memory, profiles
        limits = {"raw Kafka": result["raw_kafka_msgs_per_s"], "raw ES": eb.docs_per_s}
        tightest = min(limits, key=lambda k: limits[k])
        result["tightest_raw_limit"] = tightest
        pr = result.get("pipeline_stories_per_s")
        result["pipeline_over_tightest_raw"] = pr / limits[tightest] if pr else None
        result["pipeline_share_of_raw_es"] = pr / eb.docs_per_s if pr else None
        result["peak_memory_mib"] = _peak_memory(pipe, pids, tagging, kp.peak_rss_kib)
        if args.profile_workers:
            result["worker_profiles"] = _profiles(pipe)
    except Exception as exc:
        log(f"run failed: {type(exc).__name__}: {exc}")
        result["error"] = f"{type(exc).__name__}: {exc}"
        exit_code = 2
    finally:
        if pipe is not None:
            pipe.stop()
        if not args.keep:
            delete_run(bootstrap, es, prefix, index_prefix)
    result["targets_met"] = report.targets_met(result)
    result["finished_at"] = datetime.now(UTC).isoformat()
    report.write_json(result, args.out)
    print(report.table(result))
    print(f"\nJSON: {args.out}")
    if exit_code == 1:
        print(f"FAILED: {result.get('missing')} stories missing, {result.get('duplicated')} "
              f"duplicated (samples in {args.out})", file=sys.stderr)
    return exit_code


def _num(v: float | None, digits: int = 0) -> str:
    return "n/a" if v is None else f"{v:,.{digits}f}"


def _ids_of(stories: list[Any]) -> list[str]:
    from shared.parsing import parse_story

    now = datetime.now(UTC)
    return [parse_story(w.payload, received_at=now).id for w in stories]


def _stage_finish(samples: list[Sample], n: int, t0: float) -> dict[str, float | None]:
    out: dict[str, float | None] = {}
    for stage in STAGES:
        out[stage] = next((s.t - t0 for s in samples if s.stage_out.get(stage, 0) >= n), None)
    out["searchable"] = next((s.t - t0 for s in samples if s.searchable >= n), None)
    return out


def _group(name: str) -> str:
    return name.rsplit("-", 1)[0] if name.rsplit("-", 1)[-1].isdigit() else name


def _cpu_per_story(samples: list[Sample], n: int, *, system: bool = False) -> dict[str, float]:
    """CPU ms per story per process group; ``system``: the kernel part only."""
    if len(samples) < 2:
        return {}
    a, b = samples[0].cpu, samples[-1].cpu
    out: dict[str, float] = {}
    for k in b:
        if k in a and k != "machine" and k.endswith("~sys") == system:
            g = _group(k.removesuffix("~sys"))
            out[g] = out.get(g, 0.0) + 1000 * (b[k] - a[k]) / n
    return out


def _cpu_share(samples: list[Sample]) -> dict[str, float]:
    """CPU used per process over the run, as a share of one core (1.0 = one core busy)."""
    if len(samples) < 2:
        return {}
    a, b = samples[0], samples[-1]
    span = b.t - a.t
    out: dict[str, float] = {}
    for k in b.cpu:
        if k in a.cpu and span > 0 and k != "machine" and not k.endswith("~sys"):
            g = _group(k)
            out[g] = round(out.get(g, 0.0) + (b.cpu[k] - a.cpu[k]) / span, 3)
    ours = sum(out.values())
    out["bench_total"] = round(ours, 3)
    if "machine" in a.cpu and span > 0:
        machine = (b.cpu["machine"] - a.cpu["machine"]) / span
        out["machine_total"] = round(machine, 3)
        # busy cores that were none of ours: other work on the box disturbs the figures
        out["outside_bench"] = round(max(0.0, machine - ours), 3)
    return out


def _peak_memory(pipe: Pipeline, pids: dict[str, int], tagging: dict[str, Any],
                 consumer_perf_kib: int) -> dict[str, float | None]:
    mem: dict[str, float | None] = {}
    for w in pipe.workers:
        mem[w.name] = report.mib(w.peak_kib)
    for name, pid in pids.items():
        mem[f"{name} (VmHWM)"] = report.mib(memory_kib(pid).get("VmHWM"))
    mem["tagging child"] = report.mib(tagging.get("peak_rss_kib"))
    mem["ConsumerPerformance"] = report.mib(consumer_perf_kib)
    mem["bench"] = report.mib(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    return mem


def _profiles(pipe: Pipeline) -> dict[str, str]:
    out: dict[str, str] = {}
    for w in pipe.workers:
        if w.profile is None or not w.profile.exists():
            continue
        buf = io.StringIO()
        pstats.Stats(str(w.profile), stream=buf).sort_stats("tottime").print_stats(25)
        out[w.name] = pure.trim_profile(buf.getvalue())
    return out


if __name__ == "__main__":
    t = time.monotonic()
    code = main()
    log(f"done in {time.monotonic() - t:.0f}s, exit {code}")
    sys.exit(code)
