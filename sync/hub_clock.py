"""The hub's time on a learner's PC, without trusting the PC's clock (issue #17).

A court PC's wall clock is often wrong, and a learner can set it. What is open in a course run
is judged by the hub's time instead, estimated here:

- At each successful sync the store keeps a *reference*: the hub's time in the answer
  (`server_time`), this boot's id and the reading of a clock that counts from boot and that no
  one sets (Linux: `/proc/sys/kernel/random/boot_id` and `CLOCK_BOOTTIME`, which keeps counting
  through suspend).
- The estimate now = reference hub time + (boot clock now - boot clock at the reference), while
  the boot id is the same: the player restarting within one boot keeps counting.
- After a reboot (another boot id) the boot clock says nothing about the time in between, so
  the estimate resumes from the highest estimate persisted (the player persists it every few
  minutes and at exit, and every change the learner makes persists it too) and counts on from
  there: the time the PC was off is not counted, so a module never opens early, only late
  until the next sync.
- The persisted estimate only moves forward, except at a sync: the hub's time is the truth.
- Elsewhere than Linux (no boot id) the same rule runs with a per-process token and the
  process's monotonic clock: the estimate counts while Lectern runs and resumes from the
  persisted one at the next start. (Windows could use GetTickCount64 and the boot time as the
  boot's identity; not implemented.)

Setting the PC clock forward or back changes nothing: `time.time` is never read. This module
is pure rules plus the OS readings; the store persists the state (`sync.store.hub_clock`).
"""
from __future__ import annotations

import sys
import time
import uuid
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

BOOT_ID_PATH = Path("/proc/sys/kernel/random/boot_id")
#: Stands for the boot where there is no boot id: this process only (see the module docstring).
_PROCESS_TOKEN = f"process:{uuid.uuid4()}"


@dataclass(frozen=True)
class BootReading:
    """A reading of the clock that counts from boot: which boot, and seconds since it."""

    boot_id: str
    seconds: float


@dataclass(frozen=True)
class HubClockState:
    """What the store keeps. `anchor` is the hub's time at the last sync (client events carry
    it, so the hub can check their `made_at`); `ref_*` is where counting starts from (the
    sync, or the first reading of a later boot); `high` the highest estimate persisted."""

    anchor: datetime | None = None
    ref_time: datetime | None = None
    ref_boot_id: str | None = None
    ref_seconds: float = 0.0
    high: datetime | None = None

    @property
    def known(self) -> bool:
        return self.ref_time is not None


def read_boot_clock() -> BootReading:
    """This boot's id and the seconds since it (see the module docstring for other systems)."""
    if sys.platform.startswith("linux"):
        try:
            boot_id = BOOT_ID_PATH.read_text(encoding="ascii").strip()
            if boot_id:
                return BootReading(boot_id, time.clock_gettime(time.CLOCK_BOOTTIME))
        except (OSError, AttributeError, ValueError):
            pass
    return BootReading(_PROCESS_TOKEN, time.monotonic())


def reading_now() -> BootReading:
    """`read_boot_clock` as this module names it at the moment of the call, so a test can
    stand in another boot (a reboot) by patching that one name."""
    reading: BootReading = getattr(sys.modules[__name__], "read_boot_clock")()
    return reading


#: No hub time is taken outside these (a wild `server_time`, e.g. year 9999, would otherwise
#: overflow every date computed from the estimate); the estimate never goes past LATEST.
EARLIEST = datetime(2000, 1, 1, tzinfo=timezone.utc)
LATEST = datetime(3000, 1, 1, tzinfo=timezone.utc)
#: A sync's hub time more than this before the stored anchor, or this far after the estimate
#: now, is not believed (the hub's clock was wrong; the next plausible answer counts).
MAX_BEHIND = timedelta(days=1)
MAX_AHEAD = timedelta(days=5 * 366)


def estimate(state: HubClockState, reading: BootReading) -> datetime | None:
    """The hub's time now by the rule above; None before any sync. Never past LATEST."""
    if state.ref_time is None:
        return None
    now = state.ref_time
    if reading.boot_id == state.ref_boot_id and reading.seconds >= state.ref_seconds:
        try:
            now = state.ref_time + timedelta(seconds=reading.seconds - state.ref_seconds)
        except OverflowError:
            now = LATEST
    if state.high is not None and state.high > now:
        now = state.high
    return min(aware(now), LATEST)


def plausible(state: HubClockState, hub_time: datetime, reading: BootReading) -> bool:
    """Whether a sync's hub time may become the reference: within EARLIEST..LATEST, not more
    than MAX_BEHIND before the stored anchor, not more than MAX_AHEAD after the estimate now."""
    hub_time = aware(hub_time)
    if not EARLIEST <= hub_time < LATEST:
        return False
    if state.anchor is not None and hub_time < state.anchor - MAX_BEHIND:
        return False
    now = estimate(state, reading)
    return now is None or hub_time <= now + MAX_AHEAD


def advanced(state: HubClockState, reading: BootReading) -> HubClockState:
    """The state to persist now: the estimate kept as `high`, and counting rebased on this
    reading when it comes from another boot than the reference (else, after a reboot, the
    estimate would stand still at the persisted one)."""
    now = estimate(state, reading)
    if now is None:
        return state
    if reading.boot_id != state.ref_boot_id or reading.seconds < state.ref_seconds:
        return replace(state, ref_time=now, ref_boot_id=reading.boot_id, ref_seconds=reading.seconds,
                       high=now)
    return replace(state, high=now)


def anchored(state: HubClockState, hub_time: datetime, reading: BootReading) -> HubClockState:
    """After a successful sync: the hub's time is the truth (even if it is a little behind
    the estimate, when the hub's clock was corrected), unless it is implausible
    (`plausible`): then the state stays as it was."""
    hub_time = aware(hub_time)
    if not plausible(state, hub_time, reading):
        return state
    return HubClockState(anchor=hub_time, ref_time=hub_time, ref_boot_id=reading.boot_id,
                         ref_seconds=reading.seconds, high=hub_time)


def aware(moment: datetime) -> datetime:
    """A UTC-aware datetime (the hub's times are; a naive one is taken as UTC)."""
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def to_text(moment: datetime | None) -> str | None:
    return None if moment is None else aware(moment).isoformat(timespec="microseconds")


def from_text(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return aware(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        return None


__all__ = ["EARLIEST", "LATEST", "MAX_AHEAD", "MAX_BEHIND", "BootReading", "HubClockState", "advanced",
           "anchored", "aware", "estimate", "from_text", "plausible", "read_boot_clock", "reading_now", "to_text"]
