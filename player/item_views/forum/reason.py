"""The small dialog that asks why: reporting a post to the moderators, or hiding and restoring
one (moderators). The reason is one line of plain words; it goes to the moderators (a report)
or to the post's author and the hub's audit log (hide, restore)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

__all__ = ["ReasonDialog"]

#: sync.protocol.MAX_REASON_CHARS
MAX_REASON = 1000


class ReasonDialog(QDialog):
    """Asks for a reason; OK only once there is one (Enter accepts, Escape cancels)."""

    def __init__(self, title: str, explanation: str, action: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.explanation = QLabel(explanation, self)
        self.explanation.setWordWrap(True)
        self.explanation.setAccessibleName(self.tr("What happens"))
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setMaxLength(MAX_REASON)
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_edit.setPlaceholderText(self.tr("In a few words"))
        label = QLabel(self.tr("&Reason:"), self)
        label.setBuddy(self.reason_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(action)
        ok.setAccessibleName(action)
        ok.setEnabled(False)
        self.ok_button = ok
        self.reason_edit.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def reason(self) -> str:
        return self.reason_edit.text().strip()
