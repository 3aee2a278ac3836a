"""The course screen's way to its Requirements view: a "Requirements" button beside the course's
title (Alt+R, Tab reaches it) and Ctrl+R anywhere on the course screen, opening the checklist
in a non-modal window (one at a time, raised when asked again, reloaded when the course's
progress changes while it is open)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

from player.widgets import make_button

if TYPE_CHECKING:
    from player.bridge import TaskManager
    from player.certificates.requirements_view import RequirementsDialog

__all__ = ["RequirementsLauncher"]


class RequirementsLauncher(QObject):
    """The button, the shortcut and the one Requirements window of the course screen."""

    #: the learner asked for the Certificates screen from the Requirements window
    certificates_requested = Signal()

    def __init__(self, bridge: "TaskManager", screen: QWidget,
                 course_id: Callable[[], str | None]) -> None:
        super().__init__(screen)
        self._bridge = bridge
        self._screen = screen
        self._course_id = course_id
        self.dialog: RequirementsDialog | None = None
        self.button: QPushButton = make_button(
            screen, self.tr("&Requirements"), self.tr("Requirements for the certificate"),
            self.open, self.tr("What earns this course's certificate, and what is left (Ctrl+R)"))
        self.shortcut = QShortcut(QKeySequence(self.tr("Ctrl+R")), screen, self.open,
                                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def open(self) -> "RequirementsDialog | None":
        """Show the open course's requirements (nothing while no course is loaded)."""
        from player.certificates.requirements_view import RequirementsDialog

        course_id = self._course_id()
        if course_id is None:
            return None
        if self.dialog is not None and self.dialog.course_id != course_id:
            self.dialog.close()
        if self.dialog is None:
            dialog = RequirementsDialog(self._bridge, course_id, self._screen)
            dialog.finished.connect(lambda _r: self._closed(dialog))
            dialog.view.certificates_requested.connect(self.certificates_requested)
            self.dialog = dialog
        self.dialog.refresh()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def progress_changed(self) -> None:
        """The course's progress changed (an item completed, a sync): an open list follows."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.refresh()

    def _closed(self, dialog: "RequirementsDialog") -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
