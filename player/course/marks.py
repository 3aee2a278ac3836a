"""The outline's marks follow the learner's progress on the course screen.

An open item reports progress twice: at once through its `completed`/`progressed` signals
(the mark moves now), and later through the result of the write it queued on the store lane
(the saved progress, which also refreshes the per-module chart and, when the last required
item is done, says the course is complete).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from player.course.panes import overview_completed
from player.course.progress import mark_for, watched
from player.error_messages import message_for
from player.icons import Mark
from sync.services import study

if TYPE_CHECKING:
    from player.bridge import TaskManager
    from player.course_view import CourseView
    from sync.manifest import Item


class CourseMarks(QObject):
    """Completion marks, the watch hint and the chart of one course screen."""

    def __init__(self, bridge: "TaskManager", screen: "CourseView") -> None:
        super().__init__(screen)
        self._bridge = bridge
        self._screen = screen

    def mark_of(self, item_id: str) -> Mark:
        """Done, started or not started, from the progress the screen knows."""
        assert self._screen.data is not None
        return mark_for(self._screen.data.progress.get(item_id))

    def update_row(self, item_id: str) -> None:
        """The outline row of an item (and the hint, if it is open) from its saved progress."""
        screen = self._screen
        assert screen.data is not None
        if item_id not in screen.outline.rows:
            return
        p = screen.data.progress.get(item_id)
        self.set_status(screen.data.manifest.item(item_id), self.mark_of(item_id),
                        p.fraction if p else 0.0)
        if item_id == screen.current_item_id:
            self.update_hint()

    def set_status(self, item: "Item", mark: Mark, fraction: float) -> None:
        """The outline row's status, with what completes a partly watched video."""
        hint = self.watch_hint(item.id, fraction) if mark is Mark.STARTED else ""
        self._screen.outline.set_status(item, mark, fraction, hint)

    def watch_hint(self, item_id: str, fraction: float | None = None) -> str:
        """For a video started but not complete: how much was watched and what completes
        it, in plain words ("" for anything else). A lecture reached by skipping stays
        short of complete, and says to watch the parts skipped (issue #12 item 12)."""
        data = self._screen.data
        seen = None if data is None else watched(
            data.manifest.item(item_id), data.progress.get(item_id), fraction)
        if seen is None:
            return ""
        text = (self.tr("%1 watched. Watch the parts you skipped to complete it.") if seen[1]
                else self.tr("%1 watched. Keep watching to complete it."))
        return text.replace("%1", self._screen.outline.percent(seen[0]))

    def update_hint(self, fraction: float | None = None) -> None:
        """The hint under the open item's title."""
        current = self._screen.current_item_id
        self._screen.item_pane.show_hint(self.watch_hint(current, fraction) if current else "")

    def refresh_overview(self) -> None:
        """Read the per-module progress again; say so when the course just became complete."""
        screen = self._screen
        if screen.data is None:
            return
        course_id = screen.data.course.id

        def loaded(overview: Any, error: BaseException | None) -> None:
            if error is None and screen.data is not None and screen.data.course.id == course_id:
                finished = overview_completed(overview) and not overview_completed(
                    screen.data.overview)
                screen.data.overview = overview
                screen.outline_pane.show_overview(overview)
                screen.requirements.progress_changed()
                if finished:
                    screen.course_completed.emit(course_id)

        self._bridge.call_service(study.course_progress, loaded, context=self,
                                  course_id=course_id)

    # ------------------------------------------------------------------ writes from views

    def saved(self, course_id: str, item_id: str, result: Any,
              error: BaseException | None) -> None:
        """A progress write finished (or failed: the message says so)."""
        screen = self._screen
        if error is not None:
            screen.show_message(message_for(error).full_text())
            return
        if screen.data is None or screen.data.course.id != course_id:
            return
        was_done = self.mark_of(item_id) is Mark.DONE
        screen.data.progress[item_id] = result
        self.update_row(item_id)
        if result.completed and not was_done:
            self.refresh_overview()

    def quiz_graded(self, course_id: str, item_id: str, result: Any,
                    error: BaseException | None) -> Any:
        """A quiz attempt was saved (or not): the marks follow; the attempt for the view."""
        screen = self._screen
        if error is not None:
            screen.show_message(message_for(error).full_text())
            return None  # the view lets the learner try again
        attempt, progress = result
        if screen.data is not None and screen.data.course.id == course_id:
            was_done = self.mark_of(item_id) is Mark.DONE
            if progress is not None:
                screen.data.progress[item_id] = progress
            self.update_row(item_id)
            if progress is not None and progress.completed and not was_done:
                self.refresh_overview()
        return attempt

    def view_completed(self, item_id: str) -> None:
        """A view says its item is complete: show the mark now; the write is already queued
        (and its result refreshes the chart)."""
        screen = self._screen
        if screen.data is None or item_id not in screen.outline.rows:
            return
        self.set_status(screen.data.manifest.item(item_id), Mark.DONE, 1.0)
        if item_id == screen.current_item_id:
            screen.progress_hint.setVisible(False)

    def view_progressed(self, item_id: str, fraction: float) -> None:
        """A view got further: the started mark (and the hint) move before the write lands."""
        screen = self._screen
        if screen.data is None:
            return
        current = screen.data.progress.get(item_id)
        if current is None or fraction > current.fraction:
            if item_id in screen.outline.rows and self.mark_of(item_id) is not Mark.DONE:
                self.set_status(screen.data.manifest.item(item_id), Mark.STARTED, fraction)
                if item_id == screen.current_item_id:
                    self.update_hint(fraction)
