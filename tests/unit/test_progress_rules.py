"""The progress merge rules the learner's store and the sync engine use, called directly.

The hub's fold (`merge_progress`) is tested in test_merge_rules.py; these are the same two
rules (fraction takes the max, completion only grows and keeps its first time) as the
learner's store applies them to its own steps, to the hub's answers and to a moved profile.
"""
from __future__ import annotations

import itertools
import random

import hub.merge
import sync.progress_rules as rules
from sync.progress_rules import (
    HubProgress,
    LocalProgress,
    apply_hub_progress,
    merge_copies,
    merged_completion,
    merged_fraction,
    record_local,
)

T1, T2, T3 = "2026-01-01T00:00:00+00:00", "2026-01-02T00:00:00+00:00", "2026-01-03T00:00:00+00:00"


def hub_state(fraction=0.0, completed=False, completed_at=None, position=None, revision=1):
    return HubProgress("fam", "l1", fraction, completed, completed_at if completed else None,
                       position, revision)


def test_the_hub_uses_these_very_functions():
    for name in ("ProgressRecord", "ProgressUpdate", "MergeResult", "merge_progress"):
        assert getattr(hub.merge, name) is getattr(rules, name)


def test_fraction_takes_the_max_and_completion_keeps_its_first_time():
    assert merged_fraction(0.4, 0.2) == 0.4 and merged_fraction(0.4, 0.9) == 0.9
    assert merged_fraction(0.4, None) == 0.4
    assert merged_completion(None, T2) == T2 and merged_completion(T1, T2) == T1
    assert merged_completion(T1, None) == T1 and merged_completion(None, None) is None


def test_a_learner_step_clamps_and_only_grows():
    p = record_local(None, position=-3, fraction=1.7, completed=False, stamp=T1)
    assert (p.position, p.fraction, p.completed_at) == (0.0, 1.0, None)
    p = record_local(LocalProgress(12.0, 0.8, None), position=None, fraction=0.1, completed=False, stamp=T1)
    assert (p.position, p.fraction) == (12.0, 0.8)  # no position: the old one stays
    p = record_local(LocalProgress(12.0, 0.3, None), position=None, fraction=None, completed=True, stamp=T2)
    assert (p.fraction, p.completed_at) == (1.0, T2)  # completed without a fraction: all of it
    p = record_local(LocalProgress(12.0, 0.3, None), position=None, fraction=0.5, completed=True, stamp=T2)
    assert (p.fraction, p.completed_at) == (0.5, T2)  # a fraction given is the fraction kept
    p = record_local(LocalProgress(1.0, 0.3, T1), position=2.0, fraction=0.0, completed=True, stamp=T2)
    assert (p.position, p.fraction, p.completed_at) == (2.0, 0.3, T1)


def test_the_hubs_progress_never_undoes_the_learners():
    local = LocalProgress(position=50.0, fraction=0.9, completed_at=T1)
    merged = apply_hub_progress(local, hub_state(0.2, True, T2, position=10.0), local_position_pending=False)
    assert merged == LocalProgress(10.0, 0.9, T1)
    # A newer position of this device waits to be sent: it stays.
    merged = apply_hub_progress(local, hub_state(0.95, position=10.0), local_position_pending=True)
    assert merged == LocalProgress(50.0, 0.95, T1)
    # The hub knows no position: the device's stays.
    assert apply_hub_progress(local, hub_state(0.1), False).position == 50.0
    # Nothing here yet: the hub's record as it is.
    assert apply_hub_progress(LocalProgress(), hub_state(0.3, True, T3, 7.0), False) == LocalProgress(7.0, 0.3, T3)


def test_a_moved_profile_merges_without_losing_either_copy():
    here, other = LocalProgress(5.0, 0.7, None), LocalProgress(None, 0.2, T2)
    assert merge_copies(here, other) == LocalProgress(5.0, 0.7, T2)
    assert merge_copies(LocalProgress(5.0, 0.1, T1), LocalProgress(9.0, 0.6, T2)) == LocalProgress(9.0, 0.6, T1)


def test_any_order_of_hub_answers_ends_at_the_same_fraction_and_completion():
    rng = random.Random(7)
    for _ in range(100):
        states = [hub_state(rng.random(), rng.random() < 0.3, rng.choice([T1, T2, T3]), rng.random() * 100)
                  for _ in range(rng.randint(1, 5))]
        ends = set()
        for perm in itertools.islice(itertools.permutations(states), 24):
            local = LocalProgress()
            for s in perm:
                local = apply_hub_progress(local, s, False)
            ends.add((local.fraction, local.completed_at is not None))
        assert len(ends) == 1
        assert ends.pop() == (max(s.fraction for s in states), any(s.completed for s in states))
