"""One Lectern window per learner profile: a second launch brings the first window forward.

Two windows on one profile would mean two writers racing over the same progress and the
same outbox, and on a shared court PC a learner who double-clicks the icon twice should
simply see the window they already have. So the first launch listens on a local socket
(`QLocalServer`: a Unix socket in the temp dir, a named pipe on Windows) whose name comes
from the OS user and a hash of the data dir and profile; a second launch connects, asks
for "raise", waits for the answer and exits 0. Different profiles (or data dirs) get
different names, so colleagues' profiles can be open at the same time.

A process killed with SIGKILL leaves its socket file behind. Connecting to it is refused,
which is how a stale socket is told apart from a live one; it is then removed and taken
over. The check-then-listen step is serialised with a `QLockFile` (which itself detects
locks left by dead processes), so two launches at the same moment cannot both decide they
are first, nor remove each other's socket.
"""
from __future__ import annotations

import getpass
import hashlib
import logging
import os
import sys
from pathlib import Path

import shiboken6
from PySide6.QtCore import QByteArray, QDir, QLockFile, QObject, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

RAISE_REQUEST = b"raise\n"
RAISE_ANSWER = b"raised\n"

#: How long a second launch waits for the first to connect and answer (ms). An answer
#: comes from the first window's event loop; an old PC busy importing a course may be slow.
CONNECT_TIMEOUT_MS = 1500
ANSWER_TIMEOUT_MS = 5000


def _user_tag() -> str:
    """Something that tells OS users apart in a shared temp dir (uid on POSIX)."""
    if hasattr(os, "getuid"):
        return str(os.getuid())
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name: fall back to the home folder
        user = str(Path.home())
    return hashlib.sha256(user.encode("utf-8")).hexdigest()[:8]


def instance_name(root: Path, profile: str) -> str:
    """The socket name for a data dir and profile: short (Unix socket paths are limited
    to ~100 bytes), per user, and stable across launches from different working dirs."""
    where = os.path.normcase(str(Path(root).expanduser().resolve()))
    digest = hashlib.sha256(f"{where}\0{profile}".encode("utf-8")).hexdigest()[:20]
    return f"lectern-{_user_tag()}-{digest}"


def socket_path(name: str) -> Path | None:
    """Where the socket file of `name` lives (POSIX); None where sockets are named pipes."""
    if sys.platform == "win32":
        return None
    return Path(QDir.tempPath()) / name


class InstanceGuard(QObject):
    """Claims the "one window per profile" right, or hands the launch to the window that
    has it. Keep the guard alive for as long as the window is open."""

    #: a second launch asked this instance to come forward (emitted on the UI thread).
    activation_requested = Signal()

    def __init__(self, root: Path, profile: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = instance_name(root, profile)
        self.server: QLocalServer | None = None
        self._sockets: set[QLocalSocket] = set()

    # ------------------------------------------------------------------ launching

    def claim(self) -> bool:
        """True: this launch is the first for the profile and now listens. False: another
        window of the profile is open and was asked to come forward; exit quietly."""
        lock = QLockFile(str(Path(QDir.tempPath()) / f"{self.name}.lock"))
        lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        locked = lock.tryLock(10_000)
        if not locked:
            log.warning("could not take the start-up lock %s; going on without it",
                        lock.fileName())
        try:
            if self._ask_running_instance():
                return False
            self._listen()
            return True
        finally:
            if locked:
                lock.unlock()

    def _ask_running_instance(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            # ServerNotFound: nobody there; ConnectionRefused: a stale socket file.
            log.debug("no running instance at %s (%s)", self.name, socket.errorString())
            return False
        socket.write(QByteArray(RAISE_REQUEST))
        socket.flush()
        socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        answer = b""
        while RAISE_ANSWER not in answer and socket.waitForReadyRead(ANSWER_TIMEOUT_MS):
            answer += bytes(socket.readAll().data())
        if RAISE_ANSWER not in answer:
            log.warning("the open Lectern window for this profile did not answer; "
                        "not starting a second one")
        socket.disconnectFromServer()
        return True

    def _listen(self) -> None:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            if server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
                # Nobody answered on it (checked under the lock): a stale socket file left by
                # a killed process. Remove it and take the name over.
                log.info("removing a stale instance socket %s", self.name)
                QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                log.warning("cannot listen on %s (%s): a second launch will open a second "
                            "window", self.name, server.errorString())
                server.deleteLater()
                return
        server.newConnection.connect(self._accept)
        self.server = server
        log.info("listening for second launches on %s", server.fullServerName())

    # ------------------------------------------------------------------ serving

    def _accept(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._sockets.add(socket)
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._drop(s))
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not shiboken6.isValid(socket):
            return
        while socket.canReadLine():
            line = bytes(socket.readLine().data())
            if line == RAISE_REQUEST:
                log.info("a second launch asked this window to come forward")
                self.activation_requested.emit()
                socket.write(QByteArray(RAISE_ANSWER))
                socket.flush()
            else:
                log.warning("ignoring an unknown request on the instance socket: %r", line[:40])
                socket.disconnectFromServer()

    def _drop(self, socket: QLocalSocket) -> None:
        self._sockets.discard(socket)
        socket.deleteLater()

    def close(self) -> None:
        """Stop listening (the socket file is removed); the app is exiting."""
        if self.server is not None:
            self.server.close()
            self.server = None
