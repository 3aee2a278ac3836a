"""SIGTERM and SIGHUP (logout, shutdown, `kill`, a closed terminal) close the window the way
Ctrl+Q does, so the open item saves its state first (issue #13 item 9)."""
from __future__ import annotations

import logging
import os
import signal
from typing import Any, Sequence

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QWidget

from player.reports import report

log = logging.getLogger(__name__)


#: signals that end a session the way Ctrl+Q does: logout and shutdown send SIGTERM (then,
#: seconds later, SIGKILL), a closed terminal SIGHUP.
QUIT_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP")
                     if hasattr(signal, name))


class QuitOnSignal(QObject):
    """SIGTERM and SIGHUP close the window like Ctrl+Q, so the open video's position and
    everything queued are saved before the process ends (issue #13 item 9).

    A Python signal handler runs only when the interpreter gets control, which Qt's event
    loop may not give it for a long time; so the C-level handler writes the signal's number
    to a pipe (`signal.set_wakeup_fd`), a `QSocketNotifier` wakes the loop, and the window's
    normal close path does the rest on the UI thread."""

    def __init__(self, window: QWidget, signals: Sequence[int] = QUIT_SIGNALS) -> None:
        super().__init__(window)
        self._window = window
        self._wanted = {int(s) for s in signals}
        self.received: list[int] = []
        self._read_fd, self._write_fd = os.pipe()
        for fd in (self._read_fd, self._write_fd):
            os.set_blocking(fd, False)
        self._previous_fd = signal.set_wakeup_fd(self._write_fd, warn_on_full_buffer=False)
        self._previous = {s: signal.signal(s, self._handler) for s in self._wanted}
        self._notifier = QSocketNotifier(self._read_fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._readable)
        self.destroyed.connect(lambda _o=None, r=self._read_fd, w=self._write_fd: _close_fds(r, w))

    @staticmethod
    def _handler(signum: int, _frame: Any) -> None:
        """Nothing here: the wake-up byte does the work on the UI thread."""

    def _readable(self) -> None:
        try:
            data = os.read(self._read_fd, 512)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            self._notifier.setEnabled(False)
            return
        signums = [b for b in data if b in self._wanted]
        if not signums or self.received:
            return
        self.received.extend(signums)
        name = signal.Signals(signums[0]).name
        log.info("%s received: closing the window (saving the open item first)", name)
        if os.environ.get("LECTERN_SCREENSHOT_SCRIPT"):
            report(f"signal {name} closing")
        self._window.close()  # the close path saves, then waits for the queued writes
        QTimer.singleShot(0, QCoreApplication.quit)

    def restore(self) -> None:
        """Put back the handlers and the wake-up descriptor this replaced."""
        self._notifier.setEnabled(False)
        for s, previous in self._previous.items():
            signal.signal(s, previous if previous is not None else signal.SIG_DFL)
        signal.set_wakeup_fd(self._previous_fd)


def _close_fds(*fds: int) -> None:
    for fd in fds:
        try:
            os.close(fd)
        except OSError:
            pass


def quit_on_signals(window: QWidget) -> QuitOnSignal | None:
    """Install `QuitOnSignal` for the window (POSIX, main thread only; else None)."""
    if not QUIT_SIGNALS or os.name != "posix":
        return None
    try:
        return QuitOnSignal(window)
    except (ValueError, OSError):  # not the main thread, or no descriptors left
        log.warning("cannot handle SIGTERM/SIGHUP here", exc_info=True)
        return None
