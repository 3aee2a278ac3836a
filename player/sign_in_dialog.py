"""Sign in to the course hub: address, user name, password, and a name for this computer.

The dialog is window-modal but never blocks the event loop (`open()`, not `exec()`), and the
sign-in itself runs on the bridge's network lane, so a hub that takes 15 s to answer leaves
the window responsive and the Cancel button working. The token is saved by the worker
(`player.hub_ops.sign_in`, owner-only file in the profile); the dialog never sees it.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from player.bridge import Lane, Task, TaskManager
from player.error_messages import sign_in_message

if TYPE_CHECKING:
    from player.hub_ops import Account, NetworkTimings

log = logging.getLogger(__name__)


class SignInDialog(QDialog):
    """Asks for the hub sign-in; emits `signed_in(account)` and closes when it worked."""

    signed_in = Signal(object)  # player.hub_ops.Account

    def __init__(self, bridge: TaskManager, account: "Account | None" = None, *,
                 reason: str = "", timings: "NetworkTimings | None" = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._timings = timings
        self.task: Task[Any] | None = None
        #: the last error shown (for tests and court IT's screenshots), None when none.
        self.error: BaseException | None = None
        self.setWindowTitle(self.tr("Sign in to the course hub"))
        self.setAccessibleName(self.tr("Sign in to the course hub"))
        self.setWindowModality(Qt.WindowModality.WindowModal)

        self.intro = QLabel(reason or self.tr(
            "Sign in once on this computer. Lectern then sends your progress and forum posts "
            "to the course hub by itself whenever the network is there, and downloads the "
            "courses you choose."), self)
        self.intro.setWordWrap(True)
        self.intro.setAccessibleName(self.tr("About signing in"))

        self.url_edit = QLineEdit(self)
        self.url_edit.setAccessibleName(self.tr("Hub address"))
        self.url_edit.setPlaceholderText(self.tr("https://courses.example.org"))
        self.url_edit.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly)
        self.url_note = QLabel(self.tr("Set by court IT for this computer."), self)
        self.url_note.setAccessibleName(self.tr("About the hub address"))
        self.url_note.setVisible(False)

        self.user_edit = QLineEdit(self)
        self.user_edit.setAccessibleName(self.tr("User name"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.device_edit = QLineEdit(self)
        self.device_edit.setAccessibleName(self.tr("Name of this computer"))
        self.device_edit.setToolTip(self.tr(
            "How the hub lists this computer among your devices, e.g. “Courtroom 3 PC”."))

        form = QFormLayout()
        form.addRow(self._buddy(self.tr("Hub &address:"), self.url_edit), self.url_edit)
        form.addRow("", self.url_note)
        form.addRow(self._buddy(self.tr("&User name:"), self.user_edit), self.user_edit)
        form.addRow(self._buddy(self.tr("&Password:"), self.password_edit), self.password_edit)
        form.addRow(self._buddy(self.tr("&Computer name:"), self.device_edit), self.device_edit)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("Sign-in message"))
        self.message.setVisible(False)

        self.buttons = QDialogButtonBox(self)
        self.sign_in_button = self.buttons.addButton(self.tr("&Sign in"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setAccessibleName(self.tr("Sign in"))
        self.sign_in_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

        if account is not None:
            self.url_edit.setText(account.hub_url)
            self.user_edit.setText(account.username)
            self.device_edit.setText(account.device_name)
            if account.url_locked:
                self.url_edit.setReadOnly(True)
                self.url_note.setVisible(True)
        first_empty = next((e for e in (self.url_edit, self.user_edit, self.password_edit)
                            if not e.text() and not e.isReadOnly()), self.password_edit)
        first_empty.setFocus(Qt.FocusReason.OtherFocusReason)

    def _buddy(self, text: str, field: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(field)
        return label

    # ------------------------------------------------------------------ signing in

    def submit(self) -> None:
        """Sign in on the network lane; the form stays up, greyed, until the hub answers."""
        if self.task is not None and not self.task.finished:
            return
        from player.hub_ops import NetworkTimings, sign_in

        paths = self._bridge.paths
        timings = self._timings or NetworkTimings()
        url, user = self.url_edit.text(), self.user_edit.text()
        password, device = self.password_edit.text(), self.device_edit.text()
        self._set_busy(True)
        self._show(self.tr("Signing in…"))
        self.task = self._bridge.submit(
            lambda: sign_in(paths, url, user, password, device, timings), self._done,
            lane=Lane.NETWORK, context=self)

    def _done(self, account: Any, error: BaseException | None) -> None:
        self._set_busy(False)
        self.error = error
        if error is not None:
            self._show(sign_in_message(error).full_text())
            self.password_edit.selectAll()
            self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        log.info("signed in to %s as %s", account.hub_url, account.username)
        self.password_edit.clear()
        self.signed_in.emit(account)
        self.accept()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.user_edit, self.password_edit, self.device_edit, self.sign_in_button):
            widget.setEnabled(not busy)
        if not self.url_edit.isReadOnly():
            self.url_edit.setEnabled(not busy)

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        self.message.setVisible(bool(text))

    def reject(self) -> None:
        """Cancel: a sign-in still on its way is dropped (its result is ignored)."""
        if self.task is not None and not self.task.finished:
            self.task.cancel()
        super().reject()
