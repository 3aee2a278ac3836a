"""The open course's run (#17): which modules are open, the user's role, the unread counts.

Which modules are open is the hub's time, never the PC's clock: the engine estimates it, and
this reads it again when a locked module's day comes (a single-shot QTimer on the estimate;
QTimer counts monotonic time, as the estimate does), and at least every ten minutes (a sync
may have moved the schedule or the estimate). The course screen applies what is read: the
outline's locks, and reopening an item whose module just opened.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from player.dates import format_day
from sync.services import runs

if TYPE_CHECKING:
    from player.bridge import TaskManager

log = logging.getLogger(__name__)

#: the longest wait between two readings while a module is locked (seconds)
LONGEST_WAIT = 600.0


def _warm_runs() -> None:
    """What the course-run services import when first called: on the UI thread, never first
    in a worker (player.bridge.warm_engine says why)."""
    import sync.credentials  # noqa: F401
    import sync.schedule  # noqa: F401
    import sync.text_safety  # noqa: F401


_warm_runs()


class CourseSchedule(QObject):
    """The course run's view of the open course, read through the bridge."""

    #: the schedule was read again (the screen applies the locks)
    changed = Signal()
    #: the unread counts were read (runs.UnreadCounts)
    unread_changed = Signal(object)

    def __init__(self, bridge: "TaskManager", course_id: Callable[[], str | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._course_id = course_id
        #: open and locked modules by the hub's time, the signed-in user's role; None before
        #: it is read
        self.outline: runs.CourseOutline | None = None
        #: the new replies to the learner's posts, as last counted
        self.unread: runs.UnreadCounts | None = None
        self._unlock_timer = QTimer(self)
        self._unlock_timer.setSingleShot(True)
        self._unlock_timer.timeout.connect(self.reload)

    @property
    def role(self) -> "runs.Role":
        """The signed-in user's role in the course's family (learner until the hub says
        otherwise)."""
        return self.outline.role if self.outline is not None else runs.Role.LEARNER

    def locks(self) -> dict[str, str]:
        """Module id -> the day it opens in the interface language ("" unknown), for every
        module not open yet by the hub-clock estimate."""
        if self.outline is None:
            return {}
        return {m.module_id: format_day(m.opens_at) if m.opens_at is not None else ""
                for m in self.outline.modules if not m.open}

    def reload(self) -> None:
        """Read again which modules are open; `changed` follows."""
        course_id = self._course_id()
        if course_id is None:
            return

        def loaded(outline: Any, error: BaseException | None) -> None:
            if error is not None or self._course_id() != course_id:
                return
            self.outline = outline
            self.changed.emit()

        self._bridge.call_service(runs.course_outline, loaded, context=self, course_id=course_id)

    def arm_unlock_timer(self) -> None:
        """Read again when the next locked module opens (or in ten minutes at most)."""
        outline = self.outline
        self._unlock_timer.stop()
        if outline is None or not any(not m.open for m in outline.modules):
            return
        wait = LONGEST_WAIT
        if outline.now.at is not None:
            for m in outline.modules:
                if not m.open and m.opens_at is not None:
                    wait = min(wait, (m.opens_at - outline.now.at).total_seconds())
        self._unlock_timer.start(int(max(wait, 0.5) * 1000) + 250)

    def next_unlock_in(self) -> int:
        """Milliseconds until the schedule is read again (-1: no module is locked)."""
        return self._unlock_timer.remainingTime() if self._unlock_timer.isActive() else -1

    def reload_unread(self) -> None:
        """The unread counts: per discussion, and the new replies to the learner's own posts;
        `unread_changed` follows."""
        course_id = self._course_id()
        if course_id is None:
            return

        def loaded(counts: Any, error: BaseException | None) -> None:
            if error is not None or self._course_id() != course_id:
                return
            self.unread = counts
            self.unread_changed.emit(counts)

        self._bridge.call_service(runs.unread_counts, loaded, context=self, course_id=course_id,
                                  paths=self._bridge.paths)
