"""The pure parse + tag measurement: streamed like a worker, every story accounted for."""

from __future__ import annotations

from datetime import UTC, datetime

from shared.bench.generator import generate
from shared.bench.pure import tagging_rate
from shared.parsing import parse_story


def test_tagging_rate_accounts_for_every_story_and_hands_back_ingest_ids() -> None:
    r = tagging_rate(40, 3, profile_n=0, warm_n=5, hop_n=10, id_slices=4, batch=16, passes=2)
    wire = generate(44, 3)
    now = datetime.now(UTC)
    assert r["errors"] == 0
    assert r["ids"] == [parse_story(w.payload, received_at=now).id for w in wire[:40]]
    assert r["extra_ids"] == [parse_story(w.payload, received_at=now).id for w in wire[40:]]
    found = r["tagger_vs_generator"]
    for topic in ("ai-chips", "korea"):
        assert sum(found.get(f"{topic}:{o}", 0) for o in ("tp", "fn", "fp", "tn")) == 40
    assert r["parse_and_tag_stories_per_s"] > 0
    assert r["us_per_story"]["parse"] > 0 and r["us_per_story"]["indexer_decode_story_tagged"] > 0
    assert r["bytes_per_story"]["es_document"] > r["bytes_per_story"]["raw"] / 2
    assert r["passes"] == 2 and len(r["parse_and_tag_stories_per_s_each_pass"]) == 2
    assert r["parse_and_tag_stories_per_s"] == max(r["parse_and_tag_stories_per_s_each_pass"])
