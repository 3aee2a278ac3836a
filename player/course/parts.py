"""Two pieces of the course screen: the host of the open item (inside its scroll area) and
the "You have completed this course" banner."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from player.sizing import FillHost
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
