"""The course screen's header: back to the library, the course's title, its other languages.

The title runs across the whole screen (it wraps there in one or two lines instead of five in
the outline's column); beside it the language switch (#16) and whatever the screen adds after
it (the requirements button). The header reads the open course's language versions itself,
through the bridge, so the screen only says which course is open.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QStyle, QWidget

from player.course.language_switch import LanguageSwitch
from player.status_bar import ElidedLabel
from player.widgets import heading_font, make_button
from sync.services import courses

if TYPE_CHECKING:
    from player.bridge import TaskManager

log = logging.getLogger(__name__)


class CourseHeader(QWidget):
    """Library button, the course title (one line, elided) and the language switch."""

    #: the learner asked to go back to the library.
    library_requested = Signal()

    def __init__(self, bridge: "TaskManager", parent: QWidget) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.library_button = make_button(self, self.tr("&Library"), self.tr("Back to the library"),
                                          self.library_requested,
                                          self.tr("Back to your courses (Ctrl+L)"))
        self.library_button.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_ArrowBack))

        # One line, "…" when narrow (the whole title is in its tooltip and the window's
        # title): on a small screen with large fonts every line counts.
        self.course_title = ElidedLabel(self, Qt.TextElideMode.ElideRight, chars=200)
        self.course_title.setFont(heading_font(self.font(), 1.25))
        self.course_title.setAccessibleName(self.tr("Course title"))

        # the course's other languages (#16): "Language: English ▾"
        self.language_switch = LanguageSwitch(self)
        #: how many times the language switch was filled (tests wait on it)
        self.language_loads = 0
        #: the course whose languages are shown (a late answer for another one is dropped)
        self._course_id: str | None = None

        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addWidget(self.library_button, 0, Qt.AlignmentFlag.AlignTop)
        self._row.addWidget(self.course_title, 1)
        self._row.addWidget(self.language_switch, 0, Qt.AlignmentFlag.AlignTop)

    def add_trailing(self, widget: QWidget) -> None:
        """A button after the language switch (the requirements launcher's)."""
        self._row.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)

    def show_title(self, title: str) -> None:
        self.course_title.setText(title)
        self.course_title.setToolTip(title)

    def reload_languages(self, course_id: str | None) -> None:
        """The course's other language versions: installed, or offered by the saved catalog
        (with what downloading one would fetch). None: no course is open."""
        self._course_id = course_id
        if course_id is None:
            return

        def loaded(options: Any, error: BaseException | None) -> None:
            if error is not None:
                log.warning("the languages of %s could not be read: %s", course_id, error)
                return
            if self._course_id != course_id:
                return
            self.language_switch.show_options(course_id, options)
            self.language_loads += 1

        self._bridge.call_service(courses.language_options, loaded, context=self,
                                  course_id=course_id)
