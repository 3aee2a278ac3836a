"""WAL checkpoints on their own thread, off the writers' path.

SQLite in WAL mode copies the log back into the database (a checkpoint) from inside the
commit that pushes the log past 1,000 pages: that writer then holds the write lock through
tens of megabytes of copying and an fsync of the database, and every learner's sync queued
behind it waits. While serving, the hub turns that off and checkpoints here instead, in
PASSIVE mode, which never blocks a reader or a writer (the hub's connections cut the log
file back when it restarts: see `db.WAL_SIZE_LIMIT`).
"""
from __future__ import annotations

import logging
import sqlite3
import threading

log = logging.getLogger(__name__)

class WalCheckpointer:
    def __init__(self, path: str, *, interval: float = 0.5, busy_timeout_ms: int = 15000) -> None:
        self.path = path
        self.interval = interval
        self.busy_timeout_ms = busy_timeout_ms
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.last: tuple[int, int, int] | None = None  # the last checkpoint's result

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="hub-checkpoints", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """Stop, after one last checkpoint."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def _loop(self) -> None:
        try:
            self._run()
        except Exception:  # noqa: BLE001 - without checkpoints the log only grows: say so
            log.exception("WAL checkpoints of %s stopped; the log file will grow until restart", self.path)

    def _run(self) -> None:
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        try:
            conn.execute(f"PRAGMA busy_timeout={self.busy_timeout_ms}")
            while not self._stop.wait(self.interval):
                self.last = self.checkpoint(conn) or self.last
            self.checkpoint(conn)
        finally:
            conn.close()

    @staticmethod
    def checkpoint(conn: sqlite3.Connection) -> tuple[int, int, int] | None:
        """One PASSIVE checkpoint: (busy, pages in the log, pages copied), or None on error."""
        try:
            busy, logged, copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            return int(busy), int(logged), int(copied)
        except sqlite3.Error as exc:  # a checkpoint that fails now is retried next time
            log.warning("WAL checkpoint of %s failed: %s", conn, exc)
            return None
