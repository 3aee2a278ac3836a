"""sync/schedule.py: the one open/lock rule of the hub and the player."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from sync.protocol import ScheduleKind
from sync.schedule import (
    EXPLICIT,
    SCHEDULE_KINDS,
    SELF_PACED,
    WEEKLY,
    Schedule,
    ScheduleError,
    module_open,
    next_opening,
    opening_time,
    opening_times,
    run_ended,
)

START = datetime(2026, 5, 8, 9, 0, tzinfo=timezone.utc)
MODULES = ["m1", "m2", "m3"]


def test_kinds_match_the_wire() -> None:
    assert set(SCHEDULE_KINDS) == {k.value for k in ScheduleKind}


def test_no_run_and_self_paced_are_always_open() -> None:
    long_ago = datetime(1990, 1, 1, tzinfo=timezone.utc)
    for schedule in (None, Schedule(SELF_PACED, START)):
        assert opening_times(schedule, MODULES) == {"m1": None, "m2": None, "m3": None}
        assert all(module_open(schedule, m, long_ago, MODULES) for m in MODULES)
        assert next_opening(schedule, long_ago, MODULES) is None


def test_weekly_opens_one_module_a_week_at_the_start_time() -> None:
    weekly = Schedule(WEEKLY, START)
    assert opening_times(weekly, MODULES) == {
        "m1": START, "m2": START + timedelta(days=7), "m3": START + timedelta(days=14)}
    just_before = START + timedelta(days=7) - timedelta(seconds=1)
    assert module_open(weekly, "m1", just_before, MODULES)
    assert not module_open(weekly, "m2", just_before, MODULES)
    assert module_open(weekly, "m2", START + timedelta(days=7), MODULES)     # at the moment: open
    assert not module_open(weekly, "m1", START - timedelta(seconds=1), MODULES)
    assert next_opening(weekly, just_before, MODULES) == START + timedelta(days=7)
    assert next_opening(weekly, START + timedelta(days=30), MODULES) is None


def test_explicit_schedule_and_omitted_modules_open_at_the_start() -> None:
    m3 = datetime(2026, 6, 1, tzinfo=timezone.utc)
    explicit = Schedule(EXPLICIT, START, opens={"m3": m3})
    assert opening_times(explicit, MODULES) == {"m1": START, "m2": START, "m3": m3}
    assert opening_time(explicit, "unknown", MODULES) == START
    # An explicit time also overrides a weekly slot.
    assert opening_time(Schedule(WEEKLY, START, opens={"m2": m3}), "m2", MODULES) == m3


def test_times_in_other_zones_compare_as_instants() -> None:
    paris = timezone(timedelta(hours=2))
    weekly = Schedule(WEEKLY, datetime(2026, 5, 8, 11, 0, tzinfo=paris))
    assert opening_time(weekly, "m1", MODULES) == START
    assert module_open(weekly, "m1", START, MODULES)


def test_run_end_judged_by_when_it_was_made() -> None:
    ends = datetime(2026, 6, 10, 23, 59, 59, tzinfo=timezone.utc)
    run = Schedule(WEEKLY, START, ends=ends)
    assert not run_ended(run, ends - timedelta(seconds=1))
    assert not run_ended(run, ends)
    assert run_ended(run, ends + timedelta(seconds=1))
    assert not run_ended(Schedule(WEEKLY, START), ends + timedelta(days=999))
    assert not run_ended(None, ends + timedelta(days=999))


def test_bad_schedules_are_refused_in_words() -> None:
    with pytest.raises(ScheduleError, match="Unknown schedule"):
        Schedule("monthly", START)
    with pytest.raises(ScheduleError, match="time zone"):
        Schedule(WEEKLY, datetime(2026, 5, 8))
    with pytest.raises(ScheduleError, match="time zone"):
        module_open(Schedule(WEEKLY, START), "m1", datetime(2026, 5, 8), MODULES)
