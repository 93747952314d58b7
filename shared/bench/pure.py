"""Pure parse + tag on one core: ``python -m shared.bench.pure --stories N --out F``.

The generated stories are parsed then tagged ``batch`` at a time, as the separate ingest and
tagger workers take them, in a process pinned to one core. Like a running worker, the process
has loaded its knowledge and language models and handled stories before (``warm_n`` untimed
stories first), and the generated wire is moved out of the garbage collector's sight
(``gc.freeze``): a worker does not hold 20,000 payloads in memory.

The whole wire is timed ``passes`` times. On a machine shared with other work (a 2-vCPU VM
whose sibling thread is busy runs ~30 % slower) the fastest pass is the best estimate of the
code's own cost, as ``timeit`` does; the median pass is reported beside it. The first pass
also records the story ids ingest will compute and what the tagger found against what the
generator meant. The cost of each JSON hop the workers pay is timed afterwards on the first
``hop_n`` stories: keeping them through the timed passes slowed those by ~10 %.
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
import resource
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class _Record:
    """What the first pass keeps besides its timing."""

    wire: list[Any]  # the generated stories, for what each was meant to be
    ids: list[str] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    found: Counter[str] = field(default_factory=Counter)


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
    passes: int = 3,
) -> dict[str, Any]:
    """Rates, microseconds per story and the parsed ids (the first ``n`` and, when
    ``id_slices`` > 0, ids for that many more stories, parsed but not tagged)."""
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

    def parse(p: bytes) -> Any:
        return parse_story(p, received_at=now)

    def tag(story: Any) -> Any:
        return tag_story(story, kb)

    for p in payloads[max(0, n - warm_n) : n]:
        with contextlib.suppress(Exception):
            tag(parse(p))
    # The knowledge base and models live as long as the process: out of the collector's sight
    # too, as the workers do at start-up.
    gc.freeze()
    record = _Record(wire)
    timings: list[tuple[float, float]] = []
    c0, t0 = time.process_time(), time.perf_counter()
    for k in range(max(passes, 1)):
        timings.append(_timed_pass(payloads[:n], batch, parse, tag, record if k == 0 else None))
    loop_s, loop_cpu = time.perf_counter() - t0, time.process_time() - c0
    # the hops on the first stories, parsed and tagged again untimed: stories kept from the
    # timed passes would slow them (the collector walks every live object)
    sample: list[tuple[Any, Any]] = []
    for p in payloads[:hop_n]:
        with contextlib.suppress(Exception):
            story = parse(p)
            sample.append((story, tag(story)))
    hops, sizes = _hops(sample, now)
    profile_text = _profile(payloads[:profile_n], parse, tag) if profile_n else ""
    extra_ids = [parse(p).id for p in payloads[n:]]

    parse_s, tag_s = min(timings, key=sum)
    median = statistics.median(sum(x) for x in timings)
    return {
        "stories": n,
        "cpu": cpu,
        "knowledge_load_s": knowledge_s,
        "warm_up_stories": min(warm_n, n),
        "passes": len(timings),
        "parse_stories_per_s": n / parse_s,
        "tag_stories_per_s": n / tag_s,
        "parse_and_tag_stories_per_s": n / (parse_s + tag_s),
        "parse_and_tag_stories_per_s_median_pass": n / median,
        "parse_and_tag_stories_per_s_each_pass": [n / sum(x) for x in timings],
        "cpu_share": loop_cpu / loop_s if loop_s else None,
        "us_per_story": {
            "parse": 1e6 * parse_s / n,
            "tag": 1e6 * tag_s / n,
            **{k: 1e6 * v for k, v in hops.items()},
        },
        "bytes_per_story": {"raw": sum(map(len, payloads[:n])) / n, **sizes},
        "tagger_vs_generator": dict(record.found),
        "profile_top": profile_text,
        "errors": len(record.errors),
        "error_samples": record.errors[:20],
        "ids": record.ids,
        "extra_ids": extra_ids,
        "peak_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }


def _timed_pass(
    payloads: list[bytes],
    batch: int,
    parse: Callable[[bytes], Any],
    tag: Callable[[Any], Any],
    record: _Record | None,
) -> tuple[float, float]:
    """Seconds spent parsing and tagging every payload, a batch at a time."""
    n = len(payloads)
    parse_s = tag_s = 0.0
    clock = time.perf_counter
    for first in range(0, n, batch):
        # A batch is parsed, then tagged: in the pipeline ingest and tagger are separate
        # processes that each take a batch at a time, so their code does not interleave.
        a = clock()
        parsed: list[tuple[int, Any]] = []
        failed: list[tuple[int, str, Exception]] = []
        for i in range(first, min(first + batch, n)):
            try:
                parsed.append((i, parse(payloads[i])))
            except Exception as exc:
                failed.append((i, "parse", exc))
        b = clock()
        tagged: list[tuple[int, Any, Any]] = []
        for i, story in parsed:
            try:
                tagged.append((i, story, tag(story)))
            except Exception as exc:
                failed.append((i, "tag", exc))
        c = clock()
        parse_s += b - a
        tag_s += c - b
        if record is not None:
            _keep(record, first, min(first + batch, n), parsed, tagged, failed)
    return parse_s, tag_s


def _keep(
    record: _Record,
    first: int,
    end: int,
    parsed: list[tuple[int, Any]],
    tagged: list[tuple[int, Any, Any]],
    failed: list[tuple[int, str, Exception]],
) -> None:
    # A story the parser refuses is counted (the pipeline dead-letters it); it stands in the
    # id list as a placeholder, so that the pipeline run counts it as missing.
    by_index = dict(parsed)
    record.ids.extend(
        by_index[i].id if i in by_index else f"unparsed:{i}" for i in range(first, end)
    )
    for i, step, exc in failed:
        record.errors.append({"index": i, "step": step, "error": f"{type(exc).__name__}: {exc}"})
    for i, _, tagging in tagged:
        _compare(record.found, record.wire[i], tagging)


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


def trim_profile(text: str) -> str:
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if "ncalls" in line), 0)
    root = str(ROOT) + "/"
    return "\n".join(line.replace(root, "") for line in lines[start:] if line.strip())


def _profile(
    payloads: list[bytes], parse: Callable[[bytes], Any], tag: Callable[[Any], Any]
) -> str:
    prof = cProfile.Profile()
    prof.enable()
    for p in payloads:
        with contextlib.suppress(Exception):
            tag(parse(p))
    prof.disable()
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(18)
    return trim_profile(buf.getvalue())


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m shared.bench.pure", description=__doc__)
    p.add_argument("--stories", type=int, default=20_000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--cpu", type=int, default=0)
    p.add_argument("--id-slices", type=int, default=0)
    p.add_argument("--duplicates", type=float, default=0.0)
    p.add_argument("--passes", type=int, default=3)
    p.add_argument("--profile", type=int, default=2000, help="stories to profile (0: none)")
    p.add_argument("--out", type=Path, required=True)
    args = p.parse_args(argv)
    result = tagging_rate(args.stories, args.seed, cpu=args.cpu, profile_n=args.profile,
                          id_slices=args.id_slices, duplicates=args.duplicates,
                          passes=args.passes)
    args.out.write_text(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
