"""When a run's modules open: one pure rule for the hub and the player (docs/protocol.md, "Hub time").

The hub refuses progress on a locked module's items by its own clock; the player locks the
same modules by its estimate of the hub's clock (sync/hub_clock.py). Both call these
functions, so they cannot disagree about a schedule. No I/O, no clock: `now` is passed in.

- self-paced: every module is open, always;
- weekly: module n (1-based, in the manifest's order) opens at `starts + 7*(n-1)` days;
- explicit: `opens[module_id]`, and a module the schedule omits opens at `starts`.
A learner in no run (an older hub) has every module open (`schedule` None).
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

__all__ = ["EXPLICIT", "SCHEDULE_KINDS", "SELF_PACED", "WEEKLY", "Schedule", "ScheduleError",
           "module_open", "next_opening", "opening_time", "opening_times", "run_ended",
           "weekly_opening"]

SELF_PACED = "self_paced"
WEEKLY = "weekly"
EXPLICIT = "explicit"
SCHEDULE_KINDS = (SELF_PACED, WEEKLY, EXPLICIT)   # sync.protocol.ScheduleKind's values
WEEK = timedelta(days=7)


class ScheduleError(ValueError):
    """A schedule that cannot be applied (unknown kind, a naive time); says why in plain words."""


def _aware(moment: datetime, what: str) -> datetime:
    if moment.tzinfo is None:
        raise ScheduleError(f"{what} needs a time zone (hub times are UTC).")
    return moment.astimezone(timezone.utc)


@dataclass(frozen=True)
class Schedule:
    """A run's schedule as both sides hold it (the `run` event's fields)."""

    kind: str
    starts: datetime
    ends: datetime | None = None
    opens: Mapping[str, datetime] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.kind not in SCHEDULE_KINDS:
            raise ScheduleError(f"Unknown schedule {self.kind!r} (expected one of: {', '.join(SCHEDULE_KINDS)}).")
        _aware(self.starts, "The run's start")
        if self.ends is not None:
            _aware(self.ends, "The run's end")
        for module_id, moment in self.opens.items():
            _aware(moment, f"The opening of module '{module_id}'")


def weekly_opening(starts: datetime, position: int) -> datetime:
    """Module `position` (1-based) of a weekly run."""
    return starts + WEEK * max(0, position - 1)


def opening_time(schedule: Schedule | None, module_id: str, module_ids: Sequence[str]) -> datetime | None:
    """When `module_id` opens (hub time, UTC), or None when it is always open.

    `module_ids` is the course's modules in manifest order (a weekly run counts them)."""
    if schedule is None or schedule.kind == SELF_PACED:
        return None
    starts = _aware(schedule.starts, "The run's start")
    explicit = schedule.opens.get(module_id)
    if explicit is not None:
        return _aware(explicit, f"The opening of module '{module_id}'")
    if schedule.kind == WEEKLY and module_id in module_ids:
        return weekly_opening(starts, list(module_ids).index(module_id) + 1)
    return starts


def opening_times(schedule: Schedule | None, module_ids: Sequence[str]) -> dict[str, datetime | None]:
    """Every module's opening time (None: always open), in manifest order."""
    return {module_id: opening_time(schedule, module_id, module_ids) for module_id in module_ids}


def module_open(schedule: Schedule | None, module_id: str, now: datetime,
                module_ids: Sequence[str]) -> bool:
    """Whether the module is open at hub time `now` (aware): `now` at or after its opening."""
    opens = opening_time(schedule, module_id, module_ids)
    return opens is None or _aware(now, "The hub time") >= opens


def next_opening(schedule: Schedule | None, now: datetime, module_ids: Sequence[str]) -> datetime | None:
    """The next moment a module opens after `now`, if any (the player re-checks then)."""
    at = _aware(now, "The hub time")
    later = [t for t in opening_times(schedule, module_ids).values() if t is not None and t > at]
    return min(later) if later else None


def run_ended(schedule: Schedule | None, made_at: datetime) -> bool:
    """Whether something made at hub time `made_at` comes after the run's end (it then does not
    count for the run's certificate). A run without an end never ends."""
    if schedule is None or schedule.ends is None:
        return False
    return _aware(made_at, "The time") > _aware(schedule.ends, "The run's end")
