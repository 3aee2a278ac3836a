"""What the course screen knows of a course, and the rules it reads progress by: which mark
an item gets, and how far a partly watched video is (and whether it was skipped through).
Qt-free; the screen puts the results into words."""
from __future__ import annotations

from typing import TYPE_CHECKING

from player.icons import Mark
from sync.manifest import Item, VideoItem
from sync.services.study import OpenedCourse

if TYPE_CHECKING:
    from sync.store import ItemProgress

#: a video saved this many seconds past what was watched from the start was skipped through
SKIP_TOLERANCE = 3.0


#: What the course screen reads when a course opens: the study service's record.
CourseData = OpenedCourse


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
