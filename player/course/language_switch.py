"""The course screen's language switch (#16): "Language: English ▾" in the header.

A tool button with a menu rather than a combo box: the menu holds two kinds of entries, the
installed versions (switching re-opens the course in that version at the same item) and the
versions the saved catalog offers ("العربية — download, 4.1 MB"), which are not a selection
but an action. Each language is written in its own name, as language lists do whatever the
interface language. Keyboard: Tab reaches the button, Space or Enter opens the menu.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from player.widgets import format_size, language_name
from player.widgets.text import isolate

if TYPE_CHECKING:
    from sync.services.courses import LanguageOption


class LanguageSwitch(QToolButton):
    """Lists a course family's language versions; says which one the learner chose."""

    #: an installed version was chosen (course id)
    switch_requested = Signal(str)
    #: a version the catalog offers was chosen for download (course id, version)
    download_requested = Signal(str, int)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # The style draws an instant popup's arrow over the text's last letters (Fusion puts it
        # in the corner without making room): the text carries its own "▾" instead.
        self.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(self.tr("The course in another language: your progress, quiz attempts "
                                "and discussions stay the same"))
        self.menu_ = QMenu(self)
        self.menu_.setAccessibleName(self.tr("Course languages"))
        self.setMenu(self.menu_)
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        #: the entries, as last read (installed versions first)
        self.options: list[LanguageOption] = []
        #: the version the course screen shows
        self.current: str | None = None
        #: each entry's action, by course id
        self.actions_by_id: dict[str, QAction] = {}
        self.setVisible(False)

    def show_options(self, current: str, options: "list[LanguageOption]") -> None:
        """The family's versions (`current`: the course id open now). Hidden when the course
        has no other language, installed or offered."""
        self.current, self.options = current, list(options)
        self.menu_.clear()
        for action in self._group.actions():
            self._group.removeAction(action)
        self.actions_by_id.clear()
        here = next((o for o in options if o.course_id == current), None)
        name = language_name(here.language) if here is not None else ""
        self.setText(self.tr("Language: %1").replace("%1", isolate(name)) + " \u25be")
        self.setAccessibleName(self.tr("Course language: %1").replace("%1", name))
        for option in options:
            own = language_name(option.language)
            if option.installed:
                action = QAction(own, self.menu_)
                action.setCheckable(True)
                action.setChecked(option.course_id == current)
                self._group.addAction(action)
                action.triggered.connect(
                    lambda _c=False, cid=option.course_id: self._chosen(cid))
            else:
                text = self.tr("%1 — download, %2").replace("%1", isolate(own)).replace(
                    "%2", format_size(option.size))
                action = QAction(text, self.menu_)
                action.setToolTip(self.tr("Download the %1 version; the course stays open "
                                          "meanwhile").replace("%1", own))
                action.triggered.connect(
                    lambda _c=False, o=option: self.download_requested.emit(o.course_id,
                                                                            o.version))
            self.menu_.addAction(action)
            self.actions_by_id[option.course_id] = action
        self.setVisible(len(options) > 1)

    def _chosen(self, course_id: str) -> None:
        if course_id != self.current:
            self.switch_requested.emit(course_id)

    def choose(self, course_id: str) -> None:
        """Pick an entry as the menu would (tests, scripts)."""
        self.actions_by_id[course_id].trigger()
