"""Sign in to the course server: address, user name, password, and a name for this computer.

The dialog is window-modal but never blocks the event loop (`open()`, not `exec()`), and the
sign-in itself runs on the bridge's network lane, so a server that takes 15 s to answer leaves
the window responsive and the Cancel button working. The token is saved by the worker
(`sync.services.account.sign_in`, owner-only file in the profile); the dialog never sees it.

The address may be typed without `https://`. Lectern then tries https first, and plain http
only when the https attempt showed that the server speaks plain HTTP (its answer to the TLS
greeting was plain HTTP) *and* the http address answers as a Lectern course server, so a
password never goes unencrypted to something that is not one; the address used is shown.
"""
from __future__ import annotations

import html
import logging
import ssl
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

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
from player.error_messages import (
    SignInField,
    SignInProblem,
    sign_in_address_problem,
    sign_in_problem,
    sign_in_user_problem,
)

if TYPE_CHECKING:
    from sync.paths import DataPaths
    from sync.services.account import Account
    from sync.services.connection import NetworkTimings

log = logging.getLogger(__name__)

#: OpenSSL's reasons for a TLS greeting answered in plain HTTP (not a certificate problem:
#: those never lead to trying http).
_PLAIN_HTTP_REASONS = frozenset({"WRONG_VERSION_NUMBER", "HTTP_REQUEST", "RECORD_LAYER_FAILURE",
                                 "PACKET_LENGTH_TOO_LONG", "UNKNOWN_PROTOCOL"})


def address_candidates(text: str) -> list[str] | None:
    """The addresses to try for what was typed: itself when it has http(s)://, else https://
    then http:// before it; None when it is not an address (empty, spaces, other schemes)."""
    text = text.strip()
    if not text or any(c.isspace() for c in text):
        return None
    if "://" in text:
        scheme = text.split("://", 1)[0].lower()
        candidates = [text] if scheme in ("http", "https") else []
    else:
        candidates = ["https://" + text, "http://" + text]
    for url in candidates:
        try:
            parts = urlsplit(url)
            _ = parts.port  # a port that is not a number raises here
        except ValueError:
            return None
        if not parts.hostname:
            return None
    return candidates or None


def speaks_plain_http(error: BaseException) -> bool:
    """Whether a failed https request met a server that answered in plain HTTP."""
    seen: set[int] = set()
    stack: list[object] = [error]
    while stack:
        item = stack.pop()
        if not isinstance(item, BaseException) or id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, ssl.SSLError) and item.reason in _PLAIN_HTTP_REASONS:
            return True
        stack += [item.__cause__, item.__context__, getattr(item, "reason", None), *item.args]
    return False


@dataclass(frozen=True)
class SignInAttempt:
    """The outcome of one sign-in: the address used, and the account or the error."""

    url: str
    account: "Account | None" = None
    error: BaseException | None = None


def sign_in_at(paths: "DataPaths", candidates: list[str], username: str, password: str,
               device: str, timings: "NetworkTimings") -> SignInAttempt:
    """Sign in at the first candidate; at the second (http) only when the first (https) met a
    server speaking plain HTTP and the second answers as a course server. Runs off the UI
    thread; never raises an ordinary error (it is in the attempt)."""
    from sync.errors import HubError, HubErrorKind
    from sync.services.account import answers_as_course_server, sign_in

    url = candidates[0]
    try:
        return SignInAttempt(url, sign_in(paths, url, username, password, device, timings))
    except Exception as exc:  # noqa: BLE001 - handed to the dialog, which words it
        if len(candidates) < 2 or not speaks_plain_http(exc):
            return SignInAttempt(url, error=exc)
    url = candidates[1]
    log.info("%s speaks plain HTTP; trying %s", candidates[0], url)
    try:
        if not answers_as_course_server(paths, url, timings):
            return SignInAttempt(url, error=HubError(
                HubErrorKind.PROTOCOL, f"{url} does not answer as a Lectern course server."))
        return SignInAttempt(url, sign_in(paths, url, username, password, device, timings))
    except Exception as exc:  # noqa: BLE001
        return SignInAttempt(url, error=exc)


class SignInDialog(QDialog):
    """Asks for the course server sign-in; emits `signed_in(account)` and closes when it
    worked."""

    signed_in = Signal(object)  # sync.services.account.Account

    def __init__(self, bridge: TaskManager, account: "Account | None" = None, *,
                 reason: str = "", timings: "NetworkTimings | None" = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._timings = timings
        self.task: Task[Any] | None = None
        #: the last error shown (for tests and court IT's screenshots), None when none.
        self.error: BaseException | None = None
        #: the last problem shown, in plain text (the label may hold it as rich text).
        self.message_text = ""
        #: the address the last sign-in used (with its https:// or http://).
        self.used_url = ""
        #: the field the message on show is about: editing it makes the message stale.
        self._problem_field: QLineEdit | None = None
        self.setWindowTitle(self.tr("Sign in to the course server"))
        self.setAccessibleName(self.tr("Sign in to the course server"))
        self.setWindowModality(Qt.WindowModality.WindowModal)

        self.intro = QLabel(reason or self.tr(
            "Sign in once on this computer. Lectern then sends your progress and forum posts "
            "to the course server by itself whenever the network is there, and downloads the "
            "courses you choose."), self)
        self.intro.setWordWrap(True)
        self.intro.setAccessibleName(self.tr("About signing in"))

        self.url_edit = QLineEdit(self)
        self.url_edit.setAccessibleName(self.tr("Course server address"))
        self.url_edit.setPlaceholderText(self.tr("courses.example.org"))
        self.url_edit.setToolTip(self.tr(
            "The address court IT gave you, for example courses.example.org. Lectern adds "
            "https:// itself."))
        self.url_edit.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly)
        self.url_note = QLabel(self.tr("Set by court IT for this computer."), self)
        self.url_note.setAccessibleName(self.tr("About the course server address"))
        self.url_note.setWordWrap(True)
        self.url_note.setVisible(False)

        self.user_edit = QLineEdit(self)
        self.user_edit.setAccessibleName(self.tr("User name"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.device_edit = QLineEdit(self)
        self.device_edit.setAccessibleName(self.tr("Name of this computer"))
        self.device_edit.setToolTip(self.tr(
            "How the course server lists this computer among your devices, e.g. "
            "“Courtroom 3 PC”."))

        for edit in (self.url_edit, self.user_edit, self.password_edit):
            edit.textEdited.connect(lambda _text, edit=edit: self._field_edited(edit))

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self._buddy(self.tr("Course server &address:"), self.url_edit),
                    self.url_edit)
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
        """Sign in on the network lane; the form stays up, greyed, until the server answers."""
        if self.task is not None and not self.task.finished:
            return
        from sync.services.connection import NetworkTimings

        typed = self.url_edit.text().strip()
        candidates = [typed] if self.url_edit.isReadOnly() else address_candidates(typed)
        if not candidates or not candidates[0]:
            self._problem(sign_in_address_problem(typed))
            return
        user = self.user_edit.text().strip()
        if not user:
            self._problem(sign_in_user_problem())
            return
        paths = self._bridge.paths
        timings = self._timings or NetworkTimings()
        password, device = self.password_edit.text(), self.device_edit.text()
        self.error = None
        self._set_busy(True)
        self._show(self.tr("Signing in…"))
        self.task = self._bridge.submit(
            lambda: sign_in_at(paths, candidates, user, password, device, timings), self._done,
            lane=Lane.NETWORK, context=self)

    def _done(self, attempt: SignInAttempt | None, error: BaseException | None) -> None:
        self._set_busy(False)
        url = attempt.url if attempt is not None else ""
        error = error or (attempt.error if attempt is not None else None)
        self.used_url = url
        if url and not self.url_edit.isReadOnly() and url.startswith("http://") \
                and not self.url_edit.text().strip().lower().startswith("http://"):
            self.url_edit.setText(url)  # show that plain http is what answered
        if error is not None or attempt is None or attempt.account is None:
            self.error = error or RuntimeError("sign-in gave no account")
            self._problem(sign_in_problem(self.error, url))
            return
        account = attempt.account
        log.info("signed in to %s as %s", account.hub_url, account.username)
        self.password_edit.clear()
        self.signed_in.emit(account)
        self.accept()

    def _problem(self, problem: SignInProblem) -> None:
        """Say what went wrong, and put the keyboard where it can be corrected."""
        self._show(problem.message.full_text(), problem.url)
        edit = {SignInField.ADDRESS: self.url_edit, SignInField.USER: self.user_edit,
                SignInField.PASSWORD: self.password_edit}.get(problem.field)
        if edit is None or edit.isReadOnly():
            self.sign_in_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._problem_field = edit
        edit.selectAll()
        edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _field_edited(self, edit: QLineEdit) -> None:
        """The learner corrects the field the message is about: the message has done its job."""
        if edit is self._problem_field:
            self._show("")

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.user_edit, self.password_edit, self.device_edit, self.sign_in_button):
            widget.setEnabled(not busy)
        if not self.url_edit.isReadOnly():
            self.url_edit.setEnabled(not busy)

    def _show(self, text: str, url: str = "") -> None:
        """Show `text`, wrapped at spaces; `url`, where it stands alone on a line, is never
        broken (and shortened in the middle when it is wider than the dialog)."""
        self.message_text = text
        self._problem_field = None
        self.message.setAccessibleDescription(text)
        self.message.setToolTip(url)
        lines = text.split("\n")
        if url and url in lines:
            width = self.minimumWidth() - 2 * self.fontMetrics().averageCharWidth() * 2
            shown = self.message.fontMetrics().elidedText(url, Qt.TextElideMode.ElideMiddle,
                                                           max(width, 1))
            parts = [f'<span style="white-space: nowrap;">{html.escape(shown)}</span>'
                     if line == url else html.escape(line) for line in lines]
            self.message.setTextFormat(Qt.TextFormat.RichText)
            self.message.setText("<br>".join(parts))
        else:
            self.message.setTextFormat(Qt.TextFormat.PlainText)
            self.message.setText(text)
        self.message.setVisible(bool(text))

    def reject(self) -> None:
        """Cancel: a sign-in still on its way is dropped (its result is ignored)."""
        if self.task is not None and not self.task.finished:
            self.task.cancel()
        super().reject()
