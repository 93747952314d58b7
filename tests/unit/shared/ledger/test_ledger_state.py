"""Ledger state: newest version wins, withdrawals, corrections, replays."""

from __future__ import annotations

import random
from datetime import timedelta

from shared.ledger import accepts, apply, apply_all, entries
from shared.models.tagging import Qualifier

from .ledger_fixtures import (
    EN_260K,
    FR_QUARTER_MILLION,
    KO_26MAN,
    PARTS_DE,
    PARTS_EN,
    T0,
    gpus,
    report,
)

ALL = (FR_QUARTER_MILLION, EN_260K, KO_26MAN, PARTS_EN, PARTS_DE)


def test_apply_keeps_the_latest_report_and_leaves_the_old_state_alone() -> None:
    empty: dict = {}  # type: ignore[type-arg]
    one = apply(empty, EN_260K)
    assert empty == {}
    assert one == {EN_260K.story_id: EN_260K}


def test_correction_moves_the_figure_and_keeps_the_deal_id() -> None:
    before = entries(apply_all({}, [EN_260K]))
    corrected = EN_260K.model_copy(
        update={"story_version": 2, "deals": (gpus(270_000, buyer="South Korea"),)}
    )
    after = entries(apply_all({}, [EN_260K, corrected]))
    assert [e.quantity for e in before] == [260_000]
    assert [e.quantity for e in after] == [270_000]
    assert before[0].deal_id == after[0].deal_id
    assert after[0].stories[0].version == 2


def test_correction_can_split_a_story_off_a_deal() -> None:
    state = apply_all({}, [FR_QUARTER_MILLION, EN_260K, KO_26MAN])
    moved = KO_26MAN.model_copy(
        update={"story_version": 2, "deals": (gpus(26_000, buyer="한국", vendor="엔비디아"),)}
    )
    found = entries(apply(state, moved))
    assert sorted((e.quantity, len(e.stories)) for e in found) == [(26_000, 1), (260_000, 2)]


def test_later_version_without_a_figure_takes_the_story_away() -> None:
    state = apply_all({}, [FR_QUARTER_MILLION, EN_260K])
    dropped = EN_260K.model_copy(update={"story_version": 2, "deals": ()})
    [entry] = entries(apply(state, dropped))
    assert [s.story_id for s in entry.stories] == [FR_QUARTER_MILLION.story_id]
    assert (entry.quantity, entry.qualifier) == (250_000, Qualifier.AT_LEAST)


def test_withdrawal_removes_the_deal() -> None:
    state = apply_all({}, [EN_260K])
    withdrawn = EN_260K.model_copy(update={"story_version": 3, "withdrawn": True})
    assert entries(apply(state, withdrawn)) == []


def test_withdrawal_removes_only_that_story_from_a_shared_deal() -> None:
    state = apply_all({}, [FR_QUARTER_MILLION, EN_260K, KO_26MAN])
    withdrawn = EN_260K.model_copy(update={"story_version": 2, "withdrawn": True, "deals": ()})
    [entry] = entries(apply(state, withdrawn))
    assert len(entry.stories) == 2


def test_older_version_arriving_late_is_ignored() -> None:
    v2 = EN_260K.model_copy(
        update={"story_version": 2, "deals": (gpus(270_000, buyer="South Korea"),)}
    )
    state = apply_all({}, [v2, EN_260K])
    assert state[EN_260K.story_id] == v2
    assert [e.quantity for e in entries(state)] == [270_000]
    assert not accepts(v2, EN_260K)


def test_late_older_version_cannot_undo_a_withdrawal() -> None:
    withdrawn = EN_260K.model_copy(update={"story_version": 2, "withdrawn": True, "deals": ()})
    assert entries(apply_all({}, [EN_260K, withdrawn, EN_260K])) == []


def test_redelivery_is_idempotent() -> None:
    once = entries(apply_all({}, ALL))
    twice = entries(apply_all({}, [*ALL, *ALL]))
    assert once == twice


def test_replay_in_any_interleaving_gives_identical_entries() -> None:
    v2 = EN_260K.model_copy(
        update={"story_version": 2, "deals": (gpus(265_000, buyer="South Korea"),)}
    )
    stream = [*ALL, v2]
    expected = entries(apply_all({}, stream))
    rng = random.Random(7)
    for _ in range(20):
        shuffled = stream[:]
        rng.shuffle(shuffled)
        # a topic keeps each story's own order; only the stories' interleaving changes
        i, j = shuffled.index(EN_260K), shuffled.index(v2)
        if i > j:
            shuffled[i], shuffled[j] = shuffled[j], shuffled[i]
        assert entries(apply_all({}, shuffled)) == expected


def test_a_story_joining_later_keeps_the_deal_id() -> None:
    first = entries(apply_all({}, [FR_QUARTER_MILLION]))
    later = entries(apply_all({}, [FR_QUARTER_MILLION, EN_260K, KO_26MAN]))
    assert first[0].deal_id == later[0].deal_id


def test_deal_ids_are_distinct() -> None:
    found = entries(apply_all({}, ALL))
    assert len({e.deal_id for e in found}) == len(found) == 5


def test_naive_and_aware_times_compare() -> None:
    naive = report("n", gpus(50_000, buyer="Kakao"), at=T0.replace(tzinfo=None) + timedelta(1))
    aware = report("a", gpus(50_000, buyer="Kakao"), at=T0)
    [entry] = entries(apply_all({}, [naive, aware]))
    assert len(entry.stories) == 2


def test_missing_publication_time_matches_any_time() -> None:
    undated = report("u", gpus(50_000, buyer="Kakao"), at=None)
    dated = report("d", gpus(50_000, buyer="Kakao"), at=T0)
    [entry] = entries(apply_all({}, [undated, dated]))
    assert entry.first_reported == entry.last_reported == T0
