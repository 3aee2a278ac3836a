"""Managing one profile from the chooser: rename it, change (or remove) its PIN, delete it.

Each dialog asks the profile's PIN first when it has one; the action is a use case of
`sync.services.profiles` (`rename_profile`, `change_pin`, `delete_profile`), which checks
that PIN itself and says in plain words what is wrong. It runs on the chooser's bridge
through `TaskManager.submit` (these services take the data dir, not a store: the chooser
has no profile open). Wrong PINs count with the chooser's, so Manage is no way around the
waits.
"""
from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from player.error_messages import message_for
from player.profiles.forms import message_style, name_problem, new_pin_problem, pin_edit_for
from player.profiles.plan import ProfileInfo
from player.widgets.buttons import add_action_buttons

if TYPE_CHECKING:
    from player.profiles.chooser import ProfileChooser


class ProfileActionDialog(QDialog):
    """Rename, PIN change or deletion of one profile: its PIN first (when it has one),
    checked by the engine on the bridge, wrong tries counted with the chooser's."""

    #: the action succeeded; carries its result (not `done`: that is QDialog's own slot).
    succeeded = Signal(object)

    def __init__(self, chooser: ProfileChooser, info: ProfileInfo, title: str) -> None:
        super().__init__(chooser)
        self.chooser = chooser
        self.info = info
        self.root = chooser.plan.root
        self.setWindowTitle(title + " — Lectern")
        self.setAccessibleName(title)
        self.form = QFormLayout()
        self.current_pin_edit: QLineEdit | None = None
        if info.has_pin:
            self.current_pin_edit = pin_edit_for(self)
            self.current_pin_edit.setAccessibleName(
                self.tr("Current PIN of %1").replace("%1", info.name))
            label = QLabel(self.tr("&Current PIN:"), self)
            label.setBuddy(self.current_pin_edit)
            self.form.addRow(label, self.current_pin_edit)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Problem"))
        message_style(self.message_label)
        self.message_label.hide()
        self.buttons = QDialogButtonBox(self)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def _finish_layout(self, *above: QWidget) -> None:
        for widget in above:
            self.layout_.addWidget(widget)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.message_label)
        self.layout_.addWidget(self.buttons)
        first = self.current_pin_edit or self.focus_first()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_first(self) -> QWidget | None:
        return None

    def _show(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def current_pin(self) -> str | None:
        return self.current_pin_edit.text() if self.current_pin_edit is not None else None

    def problem(self) -> str:
        """Why the action cannot run as typed; empty when it can."""
        wait = self.chooser.wait_left(self.info.name)
        if wait:
            return self.tr("That PIN was not right several times. Please wait before trying "
                           "again (%1 s).").replace("%1", str(wait))
        if self.current_pin_edit is not None and not self.current_pin_edit.text():
            return self.tr("Type the current PIN of “%1”.").replace("%1", self.info.name)
        return ""

    def run(self, button: QPushButton, work: Callable[[], Any]) -> None:
        """Run `work`, a `sync.services.profiles` use case with its arguments bound
        (`functools.partial`), once the form is right; `succeeded` carries its result."""
        problem = self.problem()
        self._show(problem)
        if problem:
            return
        button.setEnabled(False)
        if self.current_pin_edit is not None:
            self.current_pin_edit.setReadOnly(True)  # keeps the focus while checking
        self.chooser.bridge.submit(work, lambda result, error: self._finished(button, result, error),
                                   context=self)

    def _finished(self, button: QPushButton, result: Any, error: BaseException | None) -> None:
        from sync.services.profiles import WrongPinError

        button.setEnabled(True)
        if self.current_pin_edit is not None:
            self.current_pin_edit.setReadOnly(False)
        if isinstance(error, WrongPinError):
            wait = self.chooser.pin_refused(self.info.name)
            assert self.current_pin_edit is not None
            self.current_pin_edit.clear()
            self.current_pin_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self._show(self.tr("That PIN is not right. Please try again.") if not wait else
                       self.tr("That PIN is not right. Please wait before trying again (%1 s).")
                       .replace("%1", str(wait)))
            return
        if error is not None:
            self._show(message_for(error).text)
            return
        self.chooser.failures.pop(self.info.name, None)
        self.succeeded.emit(result)
        self.accept()


class RenameProfileDialog(ProfileActionDialog):
    def __init__(self, chooser: ProfileChooser, info: ProfileInfo) -> None:
        super().__init__(chooser, info, QCoreApplication.translate(
            "ProfileChooser", "Rename “%1”").replace("%1", info.name))
        self.setObjectName("lectern-rename-profile")
        self.name_edit = QLineEdit(info.name, self)
        self.name_edit.setMaxLength(40)
        self.name_edit.setAccessibleName(self.tr("New name"))
        self.name_edit.selectAll()
        label = QLabel(self.tr("New &name:"), self)
        label.setBuddy(self.name_edit)
        self.form.addRow(label, self.name_edit)
        self.rename_button, _cancel = add_action_buttons(
            self.buttons, self.tr("&Rename"), self.tr("Rename the profile"), self.tr("Cancel"))
        self.buttons.accepted.connect(self.rename)
        self._finish_layout()

    def focus_first(self) -> QWidget | None:
        return self.name_edit

    def problem(self) -> str:
        return super().problem() or name_problem(
            self, self.name_edit.text().strip(), list(self.chooser.profiles), self.info.name)

    def rename(self) -> None:
        from sync.services.profiles import rename_profile

        root, old, new, pin = self.root, self.info.name, self.name_edit.text().strip(), \
            self.current_pin()
        self.run(self.rename_button, partial(rename_profile, root, old, new, pin))


class ChangePinDialog(ProfileActionDialog):
    def __init__(self, chooser: ProfileChooser, info: ProfileInfo) -> None:
        super().__init__(chooser, info, QCoreApplication.translate(
            "ProfileChooser", "PIN of “%1”").replace("%1", info.name))
        self.setObjectName("lectern-change-pin")
        self.pin_check = QCheckBox(self.tr("Protect with a P&IN"), self)
        self.pin_check.setAccessibleName(self.tr("Protect the profile with a PIN"))
        self.pin_check.setChecked(True)
        self.new_edit = pin_edit_for(self)
        self.new_edit.setAccessibleName(self.tr("New PIN"))
        self.repeat_edit = pin_edit_for(self)
        self.repeat_edit.setAccessibleName(self.tr("New PIN again"))
        self.pin_check.toggled.connect(self._pin_toggled)
        self.form.addRow("", self.pin_check)
        new_label = QLabel(self.tr("&New PIN:"), self)
        new_label.setBuddy(self.new_edit)
        self.form.addRow(new_label, self.new_edit)
        again_label = QLabel(self.tr("&Again:"), self)
        again_label.setBuddy(self.repeat_edit)
        self.form.addRow(again_label, self.repeat_edit)
        self.change_button, _cancel = add_action_buttons(
            self.buttons, self.tr("&Save"), self.tr("Save the PIN"), self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self._finish_layout()

    def focus_first(self) -> QWidget | None:
        return self.new_edit

    def _pin_toggled(self, on: bool) -> None:
        for edit in (self.new_edit, self.repeat_edit):
            edit.setEnabled(on)
            if not on:
                edit.clear()

    def problem(self) -> str:
        problem = super().problem()
        if not problem and self.pin_check.isChecked():
            problem = new_pin_problem(self, self.new_edit.text(), self.repeat_edit.text())
        return problem

    def save(self) -> None:
        from sync.services.profiles import change_pin

        root, name, old = self.root, self.info.name, self.current_pin()
        new = self.new_edit.text() if self.pin_check.isChecked() else None
        self.run(self.change_button, partial(change_pin, root, name, old, new))


class DeleteProfileDialog(ProfileActionDialog):
    """Deleting asks twice: this dialog, whose default button is Cancel, and the PIN."""

    def __init__(self, chooser: ProfileChooser, info: ProfileInfo) -> None:
        super().__init__(chooser, info, QCoreApplication.translate(
            "ProfileChooser", "Delete “%1”").replace("%1", info.name))
        self.setObjectName("lectern-delete-profile")
        self.warning = QLabel(self.tr(
            "Delete the profile “%1”? Its progress, quiz attempts, and any changes or forum "
            "posts not yet sent to the course server are removed from this computer. This cannot be "
            "undone.").replace("%1", info.name), self)
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(self.tr("What deleting removes"))
        self.delete_button, _cancel = add_action_buttons(
            self.buttons, self.tr("&Delete profile"), self.tr("Delete the profile"),
            self.tr("Cancel"), role=QDialogButtonBox.ButtonRole.DestructiveRole,
            cancel_is_default=True)
        self.delete_button.clicked.connect(self.delete)
        self._finish_layout(self.warning)

    def delete(self) -> None:
        from sync.services.profiles import delete_profile

        root, name, pin = self.root, self.info.name, self.current_pin()
        self.run(self.delete_button, partial(delete_profile, root, name, pin))
