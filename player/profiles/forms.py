"""The forms of the profile chooser: a new profile's name and PIN, and the pieces the
chooser and its Manage dialogs share (the round initials badge, PIN fields, the name and PIN
rules worded for the learner).

Creating a profile is `sync.services.profiles.add_profile`, run on the bridge's store lane:
the service takes the data dir, not a store (the new profile has none yet, and the chooser's
bridge must never open a profile nobody chose), so it goes through `TaskManager.submit` as
a named use case, never as code of the dialog's own.
"""
from __future__ import annotations

import hashlib
import logging
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from player.bridge import TaskManager
from player.error_messages import message_for
from player.profiles.plan import PIN_RE
from player.widgets import bold_font
from player.widgets.buttons import add_action_buttons

log = logging.getLogger(__name__)


def avatar(name: str, size: int) -> QPixmap:
    """A round badge with the profile's initials, its colour stable per name."""
    initials = "".join(part[0] for part in name.split()[:2]).upper() or "?"
    hue = int(hashlib.sha256(name.encode("utf-8")).hexdigest()[:4], 16) % 360
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor.fromHsl(hue, 110, 95))
    painter.drawEllipse(0, 0, size, size)
    font = QFont(painter.font())
    font.setPixelSize(max(8, int(size * 0.4)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, initials)
    painter.end()
    return pixmap


def name_problem(widget: QWidget, name: str, existing: list[str], besides: str = "") -> str:
    """Why `name` cannot be a profile's name; empty when it can."""
    from sync.errors import StoreError
    from sync.paths import check_profile_name

    translate = QCoreApplication.translate  # under the dialog's name, where it is looked up
    if not name:
        return translate("NewProfileDialog", "Type a name for the profile.")
    try:
        check_profile_name(name)
    except StoreError:
        return translate("NewProfileDialog", "A profile name has 1 to 40 letters, digits, spaces, dots, "
                         "hyphens or underscores, and starts with a letter or digit.")
    if name.casefold() in {n.casefold() for n in existing if n != besides}:
        return translate("NewProfileDialog", "There is already a profile called “%1”.").replace("%1", name)
    return ""


def new_pin_problem(widget: QWidget, pin: str, again: str) -> str:
    """Why `pin` (typed twice) cannot be a new PIN; empty when it can."""
    translate = QCoreApplication.translate
    if not PIN_RE.fullmatch(pin):
        return translate("NewProfileDialog", "A PIN has 4 to 12 digits.")
    if pin != again:
        return translate("NewProfileDialog", "The two PINs are not the same. Type the PIN again in both fields.")
    return ""


def pin_edit_for(parent: QWidget) -> QLineEdit:
    """A masked field that takes digits only, at most 12."""
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(12)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), edit))
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly
                             | Qt.InputMethodHint.ImhSensitiveData
                             | Qt.InputMethodHint.ImhNoPredictiveText)
    return edit


def message_style(label: QLabel) -> None:
    """A problem stands out: dark red and bold, not colour alone."""
    label.setStyleSheet("color: #b3261e;")
    label.setFont(bold_font(label.font()))


class NewProfileDialog(QDialog):
    """A name and an optional PIN (typed twice); creates the profile on the bridge."""

    created = Signal(str, bool)

    def __init__(self, bridge: TaskManager, root: Path, existing: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.root = root
        self.existing = existing
        self.setObjectName("lectern-new-profile")
        self.setWindowTitle(self.tr("New profile — Lectern"))
        self.setAccessibleName(self.tr("New profile"))

        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(40)
        self.name_edit.setAccessibleName(self.tr("Profile name"))
        self.name_edit.setPlaceholderText(self.tr("for example: Clerk Ana"))
        self.pin_check = QCheckBox(self.tr("Protect with a &PIN"), self)
        self.pin_check.setAccessibleName(self.tr("Protect the profile with a PIN"))
        self.pin_edit = pin_edit_for(self)
        self.pin_edit.setAccessibleName(self.tr("PIN"))
        self.repeat_edit = pin_edit_for(self)
        self.repeat_edit.setAccessibleName(self.tr("PIN again"))
        self.pin_check.toggled.connect(self._pin_toggled)
        self._pin_toggled(False)

        hint = QLabel(self.tr("A PIN has 4 to 12 digits. It keeps colleagues from using your "
                              "profile by mistake; it does not encrypt anything."), self)
        hint.setWordWrap(True)
        hint.setAccessibleName(self.tr("About PINs"))

        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Problem"))
        message_style(self.message_label)
        self.message_label.hide()

        form = QFormLayout()
        name_label = QLabel(self.tr("&Name:"), self)
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, self.name_edit)
        form.addRow("", self.pin_check)
        pin_label = QLabel(self.tr("P&IN:"), self)
        pin_label.setBuddy(self.pin_edit)
        form.addRow(pin_label, self.pin_edit)
        repeat_label = QLabel(self.tr("&Again:"), self)
        repeat_label.setBuddy(self.repeat_edit)
        form.addRow(repeat_label, self.repeat_edit)

        self.buttons = QDialogButtonBox(self)
        self.create_button, _cancel = add_action_buttons(
            self.buttons, self.tr("&Create and open"), self.tr("Create the profile and open it"),
            self.tr("Cancel"))
        self.buttons.accepted.connect(self.create_profile)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def _pin_toggled(self, on: bool) -> None:
        for edit in (self.pin_edit, self.repeat_edit):
            edit.setEnabled(on)
            if not on:
                edit.clear()

    def problem(self) -> str:
        """Why the profile cannot be created as typed; empty when it can."""
        problem = name_problem(self, self.name_edit.text().strip(), self.existing)
        if not problem and self.pin_check.isChecked():
            problem = new_pin_problem(self, self.pin_edit.text(), self.repeat_edit.text())
        return problem

    def _show(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def create_profile(self) -> None:
        """Create the profile as typed (not `create`: that is QWidget's own)."""
        problem = self.problem()
        self._show(problem)
        if problem:
            return
        name = self.name_edit.text().strip()
        pin = self.pin_edit.text() if self.pin_check.isChecked() else None
        self.create_button.setEnabled(False)
        from sync.services.profiles import add_profile

        self.bridge.submit(partial(add_profile, self.root, name, pin),
                           lambda record, error: self._created(
                               None if record is None else record.name, pin is not None, error),
                           context=self)

    def _created(self, name: Any, with_pin: bool, error: BaseException | None) -> None:
        self.create_button.setEnabled(True)
        if error is not None:
            self._show(message_for(error).text)
            return
        log.info("profile %s created%s", name, " with a PIN" if with_pin else "")
        self.created.emit(str(name), with_pin)
        self.accept()

