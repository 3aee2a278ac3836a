"""Whether the chooser is needed at all, and what it lists: decided before any window exists.

`plan_start` runs on every start, before the first paint, so it stays cheap: it asks
`sync.services.profiles`, which loads only the standard library (`sync.profile_gate`) while
each profile's header says whether it has a PIN, and the store only when that is in doubt.
No Qt here: the plan and the PIN waits are plain rules, tested without a window.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sync.paths import DataPaths

#: Wrong PINs allowed before the waits start, the first wait and the longest (seconds).
FREE_TRIES = 3
FIRST_WAIT_S = 2
LONGEST_WAIT_S = 30
#: The engine's PIN rule (sync.profiles.set_pin): checked here before a profile is created,
#: because a refused PIN must not leave a new profile behind without one.
PIN_RE = re.compile(r"\d{4,12}")


@dataclass(frozen=True)
class ProfileInfo:
    name: str
    has_pin: bool


@dataclass(frozen=True)
class StartPlan:
    """What to ask before the main window opens: the profiles to list, the one to select,
    and whether the list is skipped (`--profile NAME` given: only its PIN is asked)."""

    root: Path
    profiles: tuple[ProfileInfo, ...]
    preselect: str | None        # None: nothing selected; the learner picks
    fixed: bool


def plan_start(paths: "DataPaths", explicit: bool) -> StartPlan | None:
    """None when `paths` can open at once; else the chooser's plan."""
    if not (paths.root / "profiles").is_dir():
        return None
    from sync.services import profiles

    records = profiles.list_profiles(paths.root)
    names = [r.name for r in records]
    if explicit:
        named = next((r for r in records if r.name == paths.profile), None)
        if named is not None and named.has_pin:
            return StartPlan(paths.root, (ProfileInfo(paths.profile, True),), paths.profile,
                             fixed=True)
        return None
    if not names:
        return None
    if names == [paths.profile] and not records[0].has_pin:
        return None
    infos = tuple(ProfileInfo(r.name, r.has_pin) for r in records)
    last = profiles.last_used(paths.root)
    preselect = last if last in names else names[0] if len(names) == 1 else None
    return StartPlan(paths.root, infos, preselect, fixed=False)


def wait_seconds(failures: int) -> int:
    """How long the next try waits after `failures` wrong PINs in a row."""
    if failures < FREE_TRIES:
        return 0
    return min(LONGEST_WAIT_S, FIRST_WAIT_S * 2 ** (failures - FREE_TRIES))
