"""The notice above an item when the course server refused a change to it.

A refusal matters to the learner only where they can act on it: above the quiz the server did
not count, with its reason in the server's own words and what to do. It goes away by itself
when a later change to the item is accepted, or when the learner puts it away ("OK").
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from player.sizing import breakable


class RefusalNotice(QFrame):
    """Shows the newest unsettled refusal of the open item; "OK" dismisses it."""

    #: the outbox event id of the refusal the learner dismissed
    dismissed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refusal-notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAccessibleName(self.tr("Not accepted by the course server"))
        self.refusals: list[Any] = []

        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("Why the course server did not accept it"))
        self.ok_button = QPushButton(self.tr("OK"), self)
        self.ok_button.setAccessibleName(self.tr("Hide this notice"))
        self.ok_button.clicked.connect(self._dismiss)

        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.ok_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setVisible(False)

    def show_refusals(self, refusals: list[Any]) -> None:
        """`refusals`: `sync.store.Refusal` records of the open item, newest first."""
        self.refusals = list(refusals)
        if not self.refusals:
            self.setVisible(False)
            self.text.clear()
            return
        newest = self.refusals[0]
        text = self.tr("The course server did not accept your last change here: %1").replace(
            "%1", newest.message)
        self.text.setText(breakable(text))
        self.setAccessibleDescription(text)
        self.setVisible(True)

    def _dismiss(self) -> None:
        for refusal in self.refusals:
            self.dismissed.emit(refusal.event_id)
        self.show_refusals([])
