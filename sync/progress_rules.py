"""Progress merge rules: pure functions, one definition used by the learner's store, the sync
engine (through the store, when it applies the hub's progress) and the hub.

From design.md: the fraction takes the max; completion only grows and keeps its first time;
the position is the latest by the device's own sequence number (per device), then the hub's
arrival order across devices. No rule reads a PC clock to order anything: court PCs often
have wrong ones (a device time is only ever stored for display).
"""
from __future__ import annotations

from dataclasses import dataclass

# --------------------------------------------------------------------------- the two rules


def merged_fraction(current: float, incoming: float | None) -> float:
    """The fraction takes the max: seeing less of an item later never undoes what was seen."""
    if incoming is None or not incoming > current:
        return current
    return incoming


def merged_completion(current: str | None, incoming: str | None) -> str | None:
    """Completion only grows and keeps its first time: a completed item stays completed, at
    the time it was first completed."""
    return current or incoming


# --------------------------------------------------------------------------- the hub's record


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


def position_is_fresh(device_last_seq: int | None, device_seq: int) -> bool:
    """A position moves only with an event newer than every earlier one of its device: an
    older one was overtaken on its own device (whatever the PC clock says)."""
    return device_last_seq is None or device_seq > device_last_seq


def merge_progress(current: ProgressRecord, update: ProgressUpdate, device_last_seq: int | None,
                   hub_time: str) -> MergeResult:
    """Fold one update into the merged record.

    `device_last_seq` is the newest sequence number seen earlier from the same device for
    this item (None if never). An update older than that cannot move the position: it was
    overtaken on its own device. Otherwise it arrived last at the hub, so it wins over
    other devices' positions. `hub_time` stamps a first completion."""
    fresh = position_is_fresh(device_last_seq, update.device_seq)
    fraction = merged_fraction(current.fraction, update.fraction)
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


# --------------------------------------------------------------------------- the learner's copy


@dataclass(frozen=True)
class LocalProgress:
    """What a learner's store holds for one item (of a course family)."""

    position: float | None = None
    fraction: float = 0.0
    completed_at: str | None = None   # device time of the first completion here, or the hub's


@dataclass(frozen=True)
class HubProgress:
    """The hub's merged progress for one item as the learner's store applies it (from an ack
    or a pulled event); apply it only when `revision` is newer than the one held."""

    family: str
    item_id: str
    fraction: float
    completed: bool
    completed_at: str | None
    position: float | None
    revision: int


def record_local(old: LocalProgress | None, *, position: float | None, fraction: float | None,
                 completed: bool, stamp: str) -> LocalProgress:
    """The learner's own step on this device (`LearnerStore.record_progress`).

    The fraction is clamped to 0..1 and only grows; a completion without a fraction counts
    the whole item; the first completion keeps its time; a new position always replaces the
    old one (it is this device's newest)."""
    old = old or LocalProgress()
    if fraction is not None:
        fraction = min(max(float(fraction), 0.0), 1.0)
    if position is not None:
        position = max(float(position), 0.0)
    new_fraction = merged_fraction(old.fraction, fraction if fraction is not None else 0.0)
    if completed and fraction is None:
        new_fraction = merged_fraction(new_fraction, 1.0)
    return LocalProgress(position=position if position is not None else old.position,
                         fraction=new_fraction,
                         completed_at=merged_completion(old.completed_at, stamp if completed else None))


def apply_hub_progress(local: LocalProgress, hub: HubProgress, local_position_pending: bool) -> LocalProgress:
    """Merge the hub's progress into this device's: completion and fraction only grow; the
    position is the hub's (it is the latest by the hub's order) unless this device has a newer
    one still waiting to be sent."""
    position = local.position if local_position_pending or hub.position is None else hub.position
    return LocalProgress(position=position, fraction=merged_fraction(local.fraction, hub.fraction),
                         completed_at=merged_completion(local.completed_at,
                                                        hub.completed_at if hub.completed else None))


def merge_copies(here: LocalProgress, other: LocalProgress) -> LocalProgress:
    """Two copies of one learner's record (a profile moved from another PC into this one):
    completion and fraction only grow, the first completion here is kept, and the moved-in
    position wins (it is where the learner stopped on the PC they are leaving)."""
    return LocalProgress(position=other.position if other.position is not None else here.position,
                         fraction=merged_fraction(here.fraction, other.fraction),
                         completed_at=merged_completion(here.completed_at, other.completed_at))


__all__ = ["HubProgress", "LocalProgress", "MergeResult", "ProgressRecord", "ProgressUpdate",
           "apply_hub_progress", "merge_copies", "merge_progress", "merged_completion",
           "merged_fraction", "position_is_fresh", "record_local"]
