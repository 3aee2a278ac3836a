"""Pieces of the course screen: the host of the open item (inside its scroll area), the "You
have completed this course" banner, and what stands in for an item of a module not open yet."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from player.icons import lock_icon
from player.sizing import FillHost
from player.widgets import heading_font
from player.widgets.banner import Banner


class ItemHost(FillHost):
    """Holds the open item view inside the item scroll area (see `FillHost`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("item-host")

    @property
    def view(self) -> QWidget | None:
        return self.content

    def set_view(self, view: QWidget | None) -> None:
        self.set_content(view)


class CompletionBanner(Banner):
    """"You have completed this course", and what happens next (issue #12 item 14)."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("completion-banner", self.tr("Course completed"),
                         self.tr("What happens next"), parent=parent)
        self.add_heading(self.tr("You have completed this course."),
                         self.tr("Course completed"), scale=1.1)
        self.ok_button = self.add_dismiss_button(self.tr("OK"))

    def show_completion(self, next_step: str) -> None:
        self.set_message(next_step)

    def dismiss(self) -> None:
        super().dismiss()
        self.dismissed.emit()


class LockedNotice(QFrame):
    """Instead of an item whose module is not open yet (course runs, #17): what it is, when it
    opens, and that it will open by itself. It takes the keyboard focus (Tab reaches it, and a
    screen reader reads it), so a learner who pressed Enter on the item hears why nothing else
    opened. The item's content is never shown, even when it is already on this computer."""

    def __init__(self, item_id: str, module_heading: str, day: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item_id = item_id
        self.setObjectName("locked-notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        side = self.fontMetrics().height() * 2
        self.icon_label = QLabel(self)
        self.icon_label.setPixmap(lock_icon().pixmap(side, side))
        self.icon_label.setAccessibleName(self.tr("Locked"))
        self.heading = QLabel(self.tr("%1 is not open yet").replace("%1", module_heading), self)
        self.heading.setFont(heading_font(self.font(), 1.15))
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        if day:
            words = self.tr(
                "This module opens on %1. Its items open by themselves then; if their content "
                "is already on this computer, nothing more needs to be downloaded. The date "
                "follows the course server's clock, not this computer's.").replace("%1", day)
        else:
            words = self.tr(
                "This module opens later. Its items open by themselves then; if their content "
                "is already on this computer, nothing more needs to be downloaded.")
        self.text = QLabel(words, self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)   # after the flags, which reset it
        self.text.setAccessibleName(self.heading.text())
        self.text.setAccessibleDescription(self.text.text())
        self.setAccessibleName(self.heading.text())
        self.setAccessibleDescription(self.text.text())
        layout = QVBoxLayout(self)
        layout.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.setFocusProxy(self.text)
