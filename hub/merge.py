"""Merge rules for learner progress, and quiz grading: pure functions, no I/O.

From design.md: completion only grows; fraction takes the max; position takes the latest
by the device's own sequence number (per device), then the hub's arrival order across
devices. No rule reads a PC clock: court PCs often have wrong ones.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from sync.manifest import QuizItem
from sync.quiz import grade


@dataclass(frozen=True)
class ProgressRecord:
    """The hub's merged progress for one learner and one item of a course family."""

    fraction: float = 0.0
    completed: bool = False
    completed_at: str | None = None   # hub time of the first completion
    position: float | None = None
    position_device: str | None = None
    revision: int = 0


@dataclass(frozen=True)
class ProgressUpdate:
    """What one client event asks to change. `device_seq` orders events of one device."""

    device_id: str
    device_seq: int
    fraction: float | None = None
    position: float | None = None
    completed: bool = False


@dataclass(frozen=True)
class MergeResult:
    record: ProgressRecord
    changed: bool
    device_max_seq: int   # the newest sequence number now seen from this device for the item


def merge_progress(current: ProgressRecord, update: ProgressUpdate, device_last_seq: int | None,
                   hub_time: str) -> MergeResult:
    """Fold one update into the merged record.

    `device_last_seq` is the newest sequence number seen earlier from the same device for
    this item (None if never). An update older than that cannot move the position: it was
    overtaken on its own device. Otherwise it arrived last at the hub, so it wins over
    other devices' positions. `hub_time` stamps a first completion."""
    fresh = device_last_seq is None or update.device_seq > device_last_seq
    fraction = current.fraction
    if update.fraction is not None and update.fraction > fraction:
        fraction = update.fraction
    completed = current.completed or update.completed
    completed_at = current.completed_at if current.completed else (hub_time if completed else None)
    position, position_device = current.position, current.position_device
    if update.position is not None and fresh:
        position, position_device = update.position, update.device_id
    changed = (fraction != current.fraction or completed != current.completed
               or completed_at != current.completed_at or position != current.position
               or position_device != current.position_device)
    max_seq = update.device_seq if device_last_seq is None else max(device_last_seq, update.device_seq)
    if not changed:
        return MergeResult(record=current, changed=False, device_max_seq=max_seq)
    # Built once (this runs for every position a learner's player reports).
    merged = ProgressRecord(fraction=fraction, completed=completed, completed_at=completed_at,
                            position=position, position_device=position_device,
                            revision=current.revision + 1)
    return MergeResult(record=merged, changed=True, device_max_seq=max_seq)


@dataclass(frozen=True)
class QuizGrade:
    score: float
    passed: bool


def grade_quiz(quiz: QuizItem, answers: Mapping[str, Sequence[str]]) -> QuizGrade:
    """Grade on the hub from the manifest with the player's own rule (`sync.quiz.grade`), so
    a quiz the player says is passed is passed on the hub too."""
    result = grade(quiz, answers)
    return QuizGrade(score=result.score, passed=result.passed)


def certificate_ready(required: Iterable[str], completed: Iterable[str]) -> bool:
    """All required items complete (the manifest's 'all-required' rule)."""
    required_set = set(required)
    return bool(required_set) and required_set <= set(completed)
