"""What the course screen knows of a course, and the rules it reads progress by: which mark
an item gets, and how far a partly watched video is (and whether it was skipped through).
Qt-free; the screen puts the results into words."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from player.icons import Mark
from sync.manifest import Item, Manifest, VideoItem

if TYPE_CHECKING:
    from sync.store import CourseProgress, InstalledCourse, ItemProgress

#: a video saved this many seconds past what was watched from the start was skipped through
SKIP_TOLERANCE = 3.0


@dataclass
class CourseData:
    """Everything the course screen reads from the store when a course opens."""

    course: "InstalledCourse"
    manifest: Manifest
    progress: dict[str, "ItemProgress"]
    present: frozenset[str]
    overview: "CourseProgress"


def read_course(store: Any, course_id: str) -> CourseData:
    """The course, its manifest, progress, installed files and overview (store lane)."""
    return CourseData(course=store.get_course(course_id),
                      manifest=store.manifest(course_id),
                      progress=store.progress(course_id),
                      present=store.present_files(course_id),
                      overview=store.course_progress(course_id))


def mark_for(progress: "ItemProgress | None") -> Mark:
    """Done, started (any fraction or position saved) or not started."""
    if progress is not None and progress.completed:
        return Mark.DONE
    if progress is not None and (progress.fraction > 0 or (progress.position or 0) > 0):
        return Mark.STARTED
    return Mark.TODO


def watched(item: Item, progress: "ItemProgress | None",
            fraction: float | None = None) -> tuple[float, bool] | None:
    """For a video started but not complete: the fraction watched (the larger of the saved
    one and `fraction`, live from the player) and whether it was skipped through (the saved
    position is past what was watched from the start); None for anything else."""
    if not isinstance(item, VideoItem) or (progress is not None and progress.completed):
        return None
    fraction = max(fraction or 0.0, progress.fraction if progress else 0.0)
    if fraction <= 0:
        return None
    position = (progress.position or 0.0) if progress else 0.0
    return fraction, position > fraction * item.duration + SKIP_TOLERANCE
