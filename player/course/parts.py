"""Two pieces of the course screen: the host of the open item (inside its scroll area) and
the "You have completed this course" banner."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from player.sizing import FillHost
from player.widgets import heading_font


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


class CompletionBanner(QFrame):
    """"You have completed this course", and what happens next (issue #12 item 14)."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("completion-banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAccessibleName(self.tr("Course completed"))
        self.heading = QLabel(self.tr("You have completed this course."), self)
        self.heading.setFont(heading_font(self.font(), 1.1))
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Course completed"))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAccessibleName(self.tr("What happens next"))
        self.ok_button = QPushButton(self.tr("OK"), self)
        self.ok_button.setAccessibleName(self.tr("Hide this notice"))
        self.ok_button.clicked.connect(self._dismiss)
        texts = QVBoxLayout()
        texts.addWidget(self.heading)
        texts.addWidget(self.text)
        layout = QHBoxLayout(self)
        layout.addLayout(texts, 1)
        layout.addWidget(self.ok_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setVisible(False)

    def show_completion(self, next_step: str) -> None:
        self.text.setText(next_step)
        self.setAccessibleDescription(self.heading.text() + " " + next_step)
        self.setVisible(True)

    def _dismiss(self) -> None:
        self.setVisible(False)
        self.dismissed.emit()
