"""Download jobs: one per course, kept in the learner's store so a download interrupted by
closing the app, a crash or a reboot continues where it stopped. The state machine (which
moves are real) is `sync.download_queue`'s; the store applies each move in one transaction,
reading the state and writing the new one under the same write lock, so the learner's Pause
and the running download's own move can never both pass the check."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, Collection, Mapping

from ..errors import DownloadError, DownloadStateError, StoreError
from .base import StoreBase, stamp


class DownloadChoice(str, Enum):
    LOW = "low"            # lowest rendition + captions + readings
    STANDARD = "standard"  # + the best rendition up to 480p
    ALL = "all"            # every rendition


class DownloadState(str, Enum):
    QUEUED = "queued"
    DOWNLOADING = "downloading"
    #: the learner paused a running download; the run keeps its part file and says PAUSED
    PAUSE_REQUESTED = "pause_requested"
    PAUSED = "paused"
    #: the learner cancelled a running download; the run drops its part files, says CANCELLED
    CANCEL_REQUESTED = "cancel_requested"
    CANCELLED = "cancelled"
    FAILED = "failed"          # stopped with an error a person must see; resume retries
    COMPLETE = "complete"


#: a run is going (or was, until the next start settles it): its files are being written
RUNNING = frozenset({DownloadState.DOWNLOADING, DownloadState.PAUSE_REQUESTED,
                     DownloadState.CANCEL_REQUESTED})

#: how a state reads in a sentence ("A pausing download cannot become complete.")
STATE_WORDS = {DownloadState.PAUSE_REQUESTED: "pausing",
               DownloadState.CANCEL_REQUESTED: "cancelling"}


def state_word(state: DownloadState) -> str:
    return STATE_WORDS.get(state, state.value)


def _refused(course_id: str, old: DownloadState, new: DownloadState | None,
             action: str = "") -> DownloadStateError:
    """The error for a move the machine does not have, in plain words."""
    if new is None:
        text = f"A {state_word(old)} download cannot be {action or 'changed'}."
    else:
        text = f"A {state_word(old)} download cannot become {state_word(new)}."
    return DownloadStateError(text, course_id=course_id, old=old, new=new)


@dataclass(frozen=True)
class DownloadJob:
    course_id: str
    version: int
    hub_url: str
    choice: DownloadChoice
    state: DownloadState
    total_bytes: int
    done_bytes: int
    error: str | None
    created_at: str
    updated_at: str


Legal = Mapping[DownloadState, Collection[DownloadState]]
Moves = Mapping[DownloadState, DownloadState]


def _job(r: dict[str, Any]) -> DownloadJob:
    return DownloadJob(r["course_id"], r["version"], r["hub_url"], DownloadChoice(r["choice"]),
                       DownloadState(r["state"]), r["total_bytes"], r["done_bytes"], r["error"],
                       r["created_at"], r["updated_at"])


def peek_download_state(db_path: Path, course_id: str) -> DownloadState | None:
    """A job's state read on a short-lived read-only connection of its own, so any thread
    (a download run noticing Pause or Cancel between chunks) can ask without a store; None
    when there is no such job, StoreError when the database cannot be read just now."""
    try:
        conn = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True, timeout=1.0)
        try:
            row = conn.execute("SELECT state FROM download_jobs WHERE course_id = ?", [course_id]).fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise StoreError(f"The download's state cannot be read just now ({exc}).") from None
    return None if row is None else DownloadState(row[0])


def _check(course_id: str, old: DownloadState, new: DownloadState, legal: Legal) -> None:
    if new not in legal[old]:
        raise _refused(course_id, old, new)


class DownloadsMixin(StoreBase):
    def download_jobs(self) -> list[DownloadJob]:
        return [_job(r) for r in self.db.query("SELECT * FROM download_jobs ORDER BY created_at, course_id")]

    def download_job(self, course_id: str) -> DownloadJob | None:
        row = self._one("SELECT * FROM download_jobs WHERE course_id = ?", [course_id])
        return None if row is None else _job(row)

    def _job_now(self, course_id: str) -> DownloadJob:
        job = self.download_job(course_id)
        if job is None:
            raise DownloadError(f"There is no download of '{course_id}'.")
        return job

    @staticmethod
    def _state_in(conn: sqlite3.Connection, course_id: str) -> DownloadState:
        row = conn.execute("SELECT state FROM download_jobs WHERE course_id = ?", [course_id]).fetchone()
        if row is None:
            raise DownloadError(f"There is no download of '{course_id}'.")
        return DownloadState(row[0])

    @staticmethod
    def _write_state(conn: sqlite3.Connection, course_id: str, new: DownloadState,
                     error: str | None) -> None:
        conn.execute("UPDATE download_jobs SET state = ?, error = ?, updated_at = ? WHERE course_id = ?",
                     [new.value, error, stamp(), course_id])

    def queue_download(self, course_id: str, version: int, hub_url: str, choice: DownloadChoice,
                       moves: Moves, legal: Legal) -> DownloadJob:
        """Queue a course's job: new, or again by the move `moves` names for the state it is
        in (a complete one for a new version, a paused one to go on). Another version or
        choice starts its bytes over. A queued or running job asked for again keeps its
        state; a running one is never switched to another version or choice under its run,
        and a cancelling one is not queued before it is cancelled (DownloadStateError, and
        nothing changes)."""
        now = stamp()
        with self.transaction() as conn:
            old = conn.execute("SELECT version, choice, state FROM download_jobs WHERE course_id = ?",
                               [course_id]).fetchone()
            if old is None:
                conn.execute("INSERT INTO download_jobs(course_id, version, hub_url, choice, state,"
                             " created_at, updated_at) VALUES (?,?,?,?,?,?,?)",
                             [course_id, version, hub_url, choice.value, DownloadState.QUEUED.value,
                              now, now])
            else:
                same = old[0] == version and old[1] == choice.value
                state = DownloadState(old[2])
                new = moves.get(state)
                if state in RUNNING and not same:
                    raise _refused(course_id, state, None, "switched to another "
                                             "version or choice while it runs; pause it first")
                if new is None:
                    if state not in (DownloadState.QUEUED, DownloadState.DOWNLOADING):
                        raise _refused(course_id, state, None, "queued again yet")
                    new = state  # queued or running already: nothing to move
                else:
                    _check(course_id, state, new, legal)
                conn.execute("UPDATE download_jobs SET version = ?, hub_url = ?, choice = ?, state = ?,"
                             " error = NULL, updated_at = ?"
                             + ("" if same else ", manifest = NULL, signature = NULL, done_bytes = 0")
                             + " WHERE course_id = ?",
                             [version, hub_url, choice.value, new.value, now, course_id])
        return self._job_now(course_id)

    def move_download(self, course_id: str, new: DownloadState, error: str | None,
                      legal: Legal) -> DownloadJob:
        """Move a job to `new` if `legal` allows it from the state it is in at that moment;
        DownloadStateError (nothing written) otherwise."""
        with self.transaction() as conn:
            old = self._state_in(conn, course_id)
            _check(course_id, old, new, legal)
            self._write_state(conn, course_id, new, error)
        return self._job_now(course_id)

    def apply_download_move(self, course_id: str, moves: Moves, legal: Legal,
                            error: str | None = None, action: str = "") -> DownloadJob:
        """One of the learner's or the run's commands (pause, resume, cancel, fail, ...): the
        move `moves` names for the state the job is in at that moment, checked against
        `legal`, in one transaction. DownloadStateError when the command has no move from
        that state (`action` names it in the message: "paused")."""
        with self.transaction() as conn:
            old = self._state_in(conn, course_id)
            new = moves.get(old)
            if new is None:
                raise _refused(course_id, old, None, action)
            _check(course_id, old, new, legal)
            self._write_state(conn, course_id, new, error if new is DownloadState.FAILED else None)
        return self._job_now(course_id)

    def recover_download_jobs(self, moves: Moves, legal: Legal) -> list[DownloadJob]:
        """Settle every job a run left mid-way (the process was killed, the PC lost power):
        each job in a state `moves` names takes its move, all in one transaction. Only the
        holder of the download lock may call this: no run is going then. Returns the jobs
        as they are now."""
        moved = []
        with self.transaction() as conn:
            for course_id, state in conn.execute("SELECT course_id, state FROM download_jobs").fetchall():
                old = DownloadState(state)
                new = moves.get(old)
                if new is None:
                    continue
                _check(course_id, old, new, legal)
                self._write_state(conn, course_id, new, None)
                moved.append(course_id)
        return [self._job_now(c) for c in moved]

    def save_download_manifest(self, course_id: str, manifest: bytes, signature: bytes | None,
                               total: int) -> None:
        with self.transaction() as conn:
            conn.execute("UPDATE download_jobs SET manifest = ?, signature = ?, total_bytes = ?,"
                         " updated_at = ? WHERE course_id = ?",
                         [manifest, signature, total, stamp(), course_id])

    def download_manifest(self, course_id: str) -> tuple[bytes | None, bytes | None]:
        row = self._one("SELECT manifest, signature FROM download_jobs WHERE course_id = ?", [course_id])
        if row is None or row["manifest"] is None:
            return None, None
        return bytes(row["manifest"]), (bytes(row["signature"]) if row["signature"] else None)

    def record_download_done(self, course_id: str, done: int) -> None:
        with self.transaction() as conn:
            conn.execute("UPDATE download_jobs SET done_bytes = ? WHERE course_id = ?", [done, course_id])
