"""sync.hub_clock and its state in the learner's store (issue #17): the estimate of the hub's
time follows the boot clock from the last sync, persists, resumes after a reboot without going
back, and never reads the PC's wall clock (time.time moved a month either way changes nothing)."""
from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from sync import hub_clock
from sync.hub_clock import BootReading, HubClockState, advanced, anchored, estimate
from sync.store import HubAnswer, LearnerStore

HUB = datetime(2026, 5, 7, 12, 0, tzinfo=timezone.utc)
MONTH = 30 * 24 * 3600.0


class FakeBoot:
    """The boot clock as tests set it: which boot, and seconds since it."""

    def __init__(self, boot_id: str = "boot-1", seconds: float = 1000.0) -> None:
        self.boot_id, self.seconds = boot_id, seconds

    def __call__(self) -> BootReading:
        return BootReading(self.boot_id, self.seconds)

    def reboot(self, boot_id: str, seconds: float = 30.0) -> None:
        self.boot_id, self.seconds = boot_id, seconds


@pytest.fixture
def boot(monkeypatch: pytest.MonkeyPatch) -> FakeBoot:
    fake = FakeBoot()
    monkeypatch.setattr(hub_clock, "read_boot_clock", fake)
    return fake


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "learner.db"


def _synced(store: LearnerStore, boot: FakeBoot, hub_time: datetime = HUB) -> None:
    """What a sync answer does to the clock (the engine hands the store the hub's time)."""
    assert store.apply_hub_answer(HubAnswer(cursor="c", hub_time=hub_time.isoformat(), clock=boot()),
                                  {}, (store.account(), store.device_id()))


def test_the_rule_counts_the_boot_clock_from_the_anchor() -> None:
    state = anchored(HubClockState(), HUB, BootReading("b", 100.0))
    assert estimate(state, BootReading("b", 100.0)) == HUB
    assert estimate(state, BootReading("b", 3700.0)) == HUB + timedelta(hours=1)
    # another boot: the boot clock says nothing; the highest persisted estimate stands
    later = advanced(state, BootReading("b", 7300.0))
    assert later.high == HUB + timedelta(hours=2)
    assert estimate(later, BootReading("other", 5.0)) == HUB + timedelta(hours=2)
    rebased = advanced(later, BootReading("other", 5.0))
    assert estimate(rebased, BootReading("other", 65.0)) == HUB + timedelta(hours=2, minutes=1)


def test_no_estimate_before_any_sync(db: Path, boot: FakeBoot) -> None:
    with LearnerStore.open(db) as store:
        assert store.hub_time_now() is None
        assert store.checkpoint_hub_clock() is None


def test_the_pc_clock_changes_nothing(db: Path, boot: FakeBoot, monkeypatch: pytest.MonkeyPatch) -> None:
    with LearnerStore.open(db) as store:
        _synced(store, boot)
        boot.seconds += 3600
        real = time.time()
        for wrong in (real + MONTH, real - MONTH, 0.0):
            monkeypatch.setattr(time, "time", lambda wrong=wrong: wrong)
            assert store.hub_time_now() == HUB + timedelta(hours=1)


def test_restarting_within_one_boot_keeps_counting(db: Path, boot: FakeBoot) -> None:
    with LearnerStore.open(db) as store:
        _synced(store, boot)
    boot.seconds += 2 * 86400          # the player closed, two days pass, it opens again
    with LearnerStore.open(db) as store:
        assert store.hub_time_now() == HUB + timedelta(days=2)


def test_after_a_reboot_it_resumes_from_the_persisted_estimate(db: Path, boot: FakeBoot) -> None:
    with LearnerStore.open(db) as store:
        _synced(store, boot)
        boot.seconds += 3 * 3600
        assert store.checkpoint_hub_clock() == HUB + timedelta(hours=3)   # at exit
    boot.reboot("boot-2", seconds=20.0)    # the PC was off for a week: not counted
    with LearnerStore.open(db) as store:
        assert store.hub_time_now() == HUB + timedelta(hours=3)
        boot.seconds += 600
        assert store.hub_time_now() == HUB + timedelta(hours=3, minutes=10)
    boot.reboot("boot-3", seconds=5.0)     # no checkpoint at exit: still never goes back
    with LearnerStore.open(db) as store:
        assert store.hub_time_now() == HUB + timedelta(hours=3)


def test_a_change_made_persists_the_estimate_and_carries_made_at(db: Path, boot: FakeBoot,
                                                                 store: LearnerStore) -> None:
    _synced(store, boot)
    boot.seconds += 120
    store.record_progress("tiny-en", "r1", fraction=0.5)
    event = store.pending_events()[-1]
    assert event.payload["made_at"] == (HUB + timedelta(minutes=2)).isoformat(timespec="microseconds")
    assert event.payload["anchor"] == HUB.isoformat(timespec="microseconds")
    assert store.hub_clock_state().high == HUB + timedelta(minutes=2)
    boot.reboot("boot-2")
    assert store.hub_time_now() == HUB + timedelta(minutes=2)


def test_before_any_sync_events_carry_no_made_at(store: LearnerStore, boot: FakeBoot) -> None:
    store.record_progress("tiny-en", "r1", fraction=0.5)
    assert "made_at" not in store.pending_events()[-1].payload


def test_a_sync_sets_the_hub_time_even_backwards(db: Path, boot: FakeBoot) -> None:
    """The hub is the truth: a hub whose clock was corrected sets the estimate back."""
    with LearnerStore.open(db) as store:
        _synced(store, boot)
        boot.seconds += 86400
        store.checkpoint_hub_clock()
        _synced(store, boot, HUB + timedelta(hours=1))
        assert store.hub_time_now() == HUB + timedelta(hours=1)
        assert store.hub_clock_state().anchor == HUB + timedelta(hours=1)


def test_the_real_boot_clock_reads() -> None:
    a = hub_clock.read_boot_clock()
    b = hub_clock.read_boot_clock()
    assert a.boot_id == b.boot_id and b.seconds >= a.seconds >= 0
