"""The sign-in dialog against small local servers: a bare address, https before plain http,
messages that never break an address, and the keyboard put where the problem is (#12.10)."""
from __future__ import annotations

import json
import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument, QTextOption
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

from player.bridge import TaskManager
from player.sign_in_dialog import SignInDialog, address_candidates, speaks_plain_http
from sync.credentials import load_credentials
from sync.errors import HubError, HubErrorKind

WAIT = 20_000
PASSWORD = "right password"


class _Server(BaseHTTPRequestHandler):
    """A plain-HTTP server; `lectern` decides whether it answers as a Lectern course server."""

    lectern = True
    events: list[str] = []

    def do_GET(self) -> None:  # noqa: N802
        type(self).events.append(f"GET {self.path}")
        if self.lectern and self.path == "/api/v1/ping":
            self._json(200, {"service": "lectern-hub"})
        else:
            self._json(404, {"error": {"message": "nothing here"}})

    def do_POST(self) -> None:  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).events.append(f"POST {self.path}")
        if not self.lectern or self.path != "/api/v1/token":
            self._json(404, {"error": {"message": "nothing here"}})
        elif body.get("password") != PASSWORD:
            self._json(401, {"error": {"message": "wrong"}})
        else:
            self._json(200, {"token": "t0ken"})

    def _json(self, status: int, body: object) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def send_error(self, code, message=None, explain=None) -> None:  # noqa: D102
        # What a TLS greeting sent to a plain-HTTP server looks like from here.
        type(self).events.append(f"not HTTP ({code})")
        super().send_error(code, message, explain)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[tuple[str, type[_Server]]]:
    """A plain-HTTP Lectern course server on 127.0.0.1: its bare address, and its handler."""
    _Server.events = []
    _Server.lectern = True
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Server)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{httpd.server_address[1]}", _Server
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def dialog(qtbot, empty_paths) -> Iterator[SignInDialog]:
    bridge = TaskManager(empty_paths)
    dlg = SignInDialog(bridge)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    yield dlg
    dlg.reject()
    bridge.shutdown()


def fill(dialog: SignInDialog, url: str, password: str = PASSWORD, user: str = "judge") -> None:
    dialog.url_edit.setText(url)
    dialog.user_edit.setText(user)
    dialog.password_edit.setText(password)


def sign_in_and_wait(qtbot, dialog: SignInDialog) -> None:
    dialog.error = None
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error is not None or dialog.result() == 1, timeout=WAIT)


def url_lines(label: QLabel, url: str) -> set[int]:
    """The lines (of the label as laid out at its width) the characters of `url` fall on."""
    doc = QTextDocument()
    doc.setDefaultFont(label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    doc.setDocumentMargin(0)
    if label.textFormat() == Qt.TextFormat.RichText:
        doc.setHtml(label.text())
    else:
        doc.setPlainText(label.text())
    doc.setTextWidth(label.contentsRect().width())
    assert doc.size().height() > 0            # laid out at that width
    start = doc.toPlainText().find(url)
    assert start >= 0, (url, doc.toPlainText())
    lines: set[int] = set()
    for pos in range(start, start + len(url)):
        block = doc.findBlock(pos)
        layout = block.layout()
        line = layout.lineForTextPosition(pos - block.position())
        lines.add(block.firstLineNumber() + line.lineNumber())
    return lines


def shown_line(label: QLabel, index: int) -> str:
    """Line `index` of the label's text as shown (a long address shortened in the middle)."""
    doc = QTextDocument()
    if label.textFormat() == Qt.TextFormat.RichText:
        doc.setHtml(label.text())
    else:
        doc.setPlainText(label.text())
    return doc.toPlainText().split("\n")[index].split("\u2028")[0]


def test_a_bare_address_tries_https_then_plain_http_and_shows_it(qtbot, dialog, server,
                                                                  empty_paths):
    address, handler = server
    fill(dialog, address)
    with qtbot.waitSignal(dialog.signed_in, timeout=WAIT) as signed:
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    account = signed.args[0]
    assert account.hub_url == f"http://{address}" and account.username == "judge"
    assert dialog.url_edit.text() == f"http://{address}"       # the address used is shown
    assert dialog.used_url == f"http://{address}"
    # https first (the server could not read the TLS greeting), then a ping without the
    # password, and only then the password, over http.
    assert handler.events[0].startswith("not HTTP")
    assert handler.events[-2:] == ["GET /api/v1/ping", "POST /api/v1/token"]
    creds = load_credentials(empty_paths)
    assert creds is not None and creds.hub_url == f"http://{address}"


def test_plain_http_that_is_no_course_server_never_gets_the_password(qtbot, dialog, server):
    address, handler = server
    handler.lectern = False
    fill(dialog, address)
    sign_in_and_wait(qtbot, dialog)
    assert "POST /api/v1/token" not in handler.events
    assert dialog.message_text.startswith("This address did not answer as a Lectern course "
                                          "server:\n")
    assert QApplication.focusWidget() is dialog.url_edit
    assert dialog.url_edit.selectedText() == dialog.url_edit.text()


@pytest.mark.parametrize("path", ["", "/lectern/the-training-unit-of-the-supreme-court/courses"])
def test_an_unreachable_server_puts_the_keyboard_in_the_address(qtbot, dialog, path):
    typed = "127.0.0.1:9" + path      # nothing listens there
    fill(dialog, typed)
    dialog.resize(dialog.minimumWidth(), dialog.height())
    sign_in_and_wait(qtbot, dialog)
    assert dialog.error is not None and dialog.error.kind is HubErrorKind.NETWORK
    url = "https://" + typed          # https only: a refused connection is no reason for http
    assert dialog.message_text.split("\n")[:2] == [
        "The course server cannot be reached at this address:", url]
    assert "cannot be reached" in dialog.message.text()
    assert QApplication.focusWidget() is dialog.url_edit
    assert dialog.url_edit.selectedText() == typed
    qtbot.waitUntil(lambda: dialog.message.isVisible() and dialog.message.width() > 0)
    shown = shown_line(dialog.message, 1)
    assert shown == url or (len(path) and "…" in shown and shown.startswith("https://127"))
    assert len(url_lines(dialog.message, shown)) == 1   # the address is never broken
    assert dialog.message.toolTip() == url


def test_a_wrong_password_puts_the_keyboard_in_the_password(qtbot, dialog, server):
    address, _ = server
    fill(dialog, f"http://{address}", password="not it")
    dialog.url_edit.setFocus()
    sign_in_and_wait(qtbot, dialog)
    assert dialog.message.text() == ("The user name or password is wrong. Check them and try "
                                     "again.")
    assert QApplication.focusWidget() is dialog.password_edit
    assert dialog.password_edit.selectedText() == "not it"


@pytest.mark.parametrize("typed", [
    "ftp://courses.court.example/a-long-path/to-the-training-materials/of-the-court",
    "courses court example", "https://", "http://host:port"])
def test_what_is_no_address_is_said_before_trying_and_never_broken(qtbot, dialog, server, typed):
    _, handler = server
    fill(dialog, typed)
    dialog.resize(dialog.minimumWidth(), dialog.height())
    dialog.password_edit.setFocus()
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.task is None and handler.events == []       # nothing was sent anywhere
    assert dialog.message_text.startswith("This is not a course server address:\n")
    assert QApplication.focusWidget() is dialog.url_edit
    qtbot.waitUntil(lambda: dialog.message.isVisible() and dialog.message.width() > 0)
    shown = shown_line(dialog.message, 1)
    assert shown == typed or "…" in shown          # a long address is shortened in the middle
    assert len(url_lines(dialog.message, shown)) == 1


def test_an_empty_user_name_puts_the_keyboard_there(qtbot, dialog, server):
    address, handler = server
    fill(dialog, address, user="  ")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert handler.events == [] and dialog.message_text == "Type your user name."
    assert QApplication.focusWidget() is dialog.user_edit
    # Typing elsewhere leaves the message; typing the user name makes it stale: it goes.
    qtbot.keyClicks(dialog.device_edit, "PC 3")
    assert dialog.message.isVisible()
    qtbot.keyClicks(dialog.user_edit, "judge")
    assert not dialog.message.isVisible() and dialog.message_text == ""


def test_a_message_goes_once_its_field_is_corrected(qtbot, dialog, server):
    address, _ = server
    fill(dialog, f"http://{address}", password="not it")
    sign_in_and_wait(qtbot, dialog)
    assert dialog.message.isVisible()
    qtbot.keyClicks(dialog.url_edit, "/")            # not the field at fault
    assert dialog.message.isVisible()
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_A)
    assert not dialog.message.isVisible()


def test_addresses_and_plain_http_detection():
    assert address_candidates("courses.court.example") == [
        "https://courses.court.example", "http://courses.court.example"]
    assert address_candidates(" HTTP://x.example:8080/lectern ") == ["HTTP://x.example:8080/lectern"]
    assert address_candidates("https://x.example") == ["https://x.example"]
    for bad in ("", "  ", "ftp://x.example", "a b", "https://", "x.example:port"):
        assert address_candidates(bad) is None, bad
    plain = ssl.SSLError(1, "[SSL: WRONG_VERSION_NUMBER] wrong version number")
    plain.reason = "WRONG_VERSION_NUMBER"
    wrapped = HubError(HubErrorKind.CONFIG, "certificate")
    wrapped.__cause__ = ConnectionError(OSError(plain))
    assert speaks_plain_http(wrapped)
    untrusted = ssl.SSLError(1, "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed")
    untrusted.reason = "CERTIFICATE_VERIFY_FAILED"
    refused = HubError(HubErrorKind.CONFIG, "certificate")
    refused.__cause__ = ConnectionError(untrusted)
    assert not speaks_plain_http(refused)           # never http for a certificate problem


def test_words_name_the_course_server_and_every_control_is_named(dialog):
    texts: list[str] = [dialog.windowTitle(), dialog.accessibleName()]
    for widget in dialog.findChildren(QWidget):
        texts += [widget.accessibleName(), widget.toolTip(), widget.accessibleDescription()]
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
            assert widget.accessibleName()
        if isinstance(widget, QAbstractButton):
            assert widget.accessibleName()
    joined = " ".join(texts).lower()
    assert "hub" not in joined
    assert "course server" in joined


def test_right_to_left(qtbot, empty_paths, qapp):
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    bridge = TaskManager(empty_paths)
    try:
        dlg = SignInDialog(bridge)
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        label = next(w for w in dlg.findChildren(QLabel) if w.buddy() is dlg.url_edit)
        x = lambda w: w.mapTo(dlg, w.rect().center()).x()  # noqa: E731
        assert x(label) > x(dlg.url_edit)
        assert x(dlg.sign_in_button) < dlg.width() / 2 or x(dlg.cancel_button) < dlg.width() / 2
        dlg.reject()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        bridge.shutdown()
