"""The banner at the top of the library when the course server announced a newer version of a
course.

One click queues the update (only the files it lacks are fetched, progress on items that stay
is kept); "Later" hides the banner until the next announcement. The banner is a plain frame in
a layout, so it mirrors in right-to-left languages and grows with the system font.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from player.sizing import breakable
from player.widgets.banner import Banner


class UpdateBanner(Banner):
    """Says which installed courses have a newer version on the course server; Update or
    Later."""

    #: list of (course id, version) to download.
    update_requested = Signal(object)
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("update-banner", self.tr("Course updates"),
                         self.tr("Course update notice"), parent=parent)
        self.updates: list[Any] = []
        #: ids of the courses whose update was queued (the banner goes once they are in)
        self.queued: set[str] = set()
        self.update_button = self.add_button(
            self.tr("&Update now"), self.tr("Download the course updates"),
            lambda: self.update_requested.emit([(u.course_id, u.version) for u in self.updates]))
        self.later_button = self.add_dismiss_button(self.tr("&Later"))

    def show_updates(self, updates: list[Any]) -> None:
        """`updates`: `sync.store.CourseUpdate` records of installed courses."""
        known = {(u.course_id, u.version) for u in self.updates}
        self.updates += [u for u in updates if (u.course_id, u.version) not in known]
        if not self.updates:
            self.setVisible(False)
            return
        if len(self.updates) == 1:
            u = self.updates[0]
            text = self.tr("A new version of “%1” is on the course server (version %2; you "
                           "have version %3). Updating keeps your progress.").replace(
                "%1", u.title).replace("%2", str(u.version)).replace(
                "%3", str(u.installed_version))
        else:
            titles = ", ".join(f"“{u.title}”" for u in self.updates)
            count = len(self.updates)
            text = self.tr("New versions of %n course(s) are on the course server: %1. "
                           "Updating keeps your progress.", "", count).replace("%1", titles)
        self.set_message(text, breakable(text))
        self.update_button.setEnabled(True)

    def set_queued(self) -> None:
        """The updates were queued: say where to follow them; the banner goes when they are
        installed (`course_installed`) or the learner presses Later."""
        self.queued |= {u.course_id for u in self.updates}
        self.set_message(self.tr("The update is downloading; see Downloads (Ctrl+J). You can "
                                 "keep studying meanwhile."))
        self.update_button.setEnabled(False)
        self.updates = []

    def course_installed(self, course_id: str) -> None:
        """A course finished downloading: once every queued update is in, the notice has
        nothing left to say (issue #12 item 15: messages go with their cause)."""
        self.queued.discard(course_id)
        if not self.queued and not self.updates:
            self.setVisible(False)

    def dismiss(self) -> None:
        """Later: hidden until the next announcement."""
        self.updates = []
        self.queued.clear()
        super().dismiss()
        self.dismissed.emit()
