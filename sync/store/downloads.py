"""Download jobs: one per course, kept in the learner's store so a download interrupted by
closing the app, a crash or a reboot continues where it stopped. The state machine (which
moves are legal) is `sync.download_queue`'s; the store applies a move in one transaction."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, Collection, Mapping

from ..errors import DownloadError, StoreError
from .base import StoreBase, stamp


class DownloadChoice(str, Enum):
    LOW = "low"            # lowest rendition + captions + readings
    STANDARD = "standard"  # + the best rendition up to 480p
    ALL = "all"            # every rendition


class DownloadState(str, Enum):
    QUEUED = "queued"
    DOWNLOADING = "downloading"
    PAUSED = "paused"
    FAILED = "failed"          # stopped with an error a person must see; resume retries
    COMPLETE = "complete"
    CANCELLED = "cancelled"


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


class DownloadsMixin(StoreBase):
    def download_jobs(self) -> list[DownloadJob]:
        return [_job(r) for r in self.db.query("SELECT * FROM download_jobs ORDER BY created_at, course_id")]

    def download_job(self, course_id: str) -> DownloadJob | None:
        row = self._one("SELECT * FROM download_jobs WHERE course_id = ?", [course_id])
        return None if row is None else _job(row)

    def queue_download(self, course_id: str, version: int, hub_url: str,
                       choice: DownloadChoice) -> DownloadJob:
        """Queue a course's job (new, or again); another version or choice starts its bytes over."""
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
                conn.execute("UPDATE download_jobs SET version = ?, hub_url = ?, choice = ?, state = ?,"
                             " error = NULL, updated_at = ?"
                             + ("" if same else ", manifest = NULL, signature = NULL, done_bytes = 0")
                             + " WHERE course_id = ?",
                             [version, hub_url, choice.value, DownloadState.QUEUED.value, now, course_id])
        job = self.download_job(course_id)
        assert job is not None
        return job

    def move_download(self, course_id: str, new: DownloadState, error: str | None,
                      legal: Mapping[DownloadState, Collection[DownloadState]]) -> DownloadJob:
        """Move a job to `new` if `legal` allows it from the state it is in at that moment
        (read and written in one transaction: a pause and the downloader's own move cannot
        both pass the check); DownloadError otherwise."""
        with self.transaction() as conn:
            row = conn.execute("SELECT state FROM download_jobs WHERE course_id = ?", [course_id]).fetchone()
            if row is None:
                raise DownloadError(f"There is no download of '{course_id}'.")
            old = DownloadState(row[0])
            if new not in legal[old]:
                raise DownloadError(f"A {old.value} download cannot become {new.value}.")
            conn.execute("UPDATE download_jobs SET state = ?, error = ?, updated_at = ? WHERE course_id = ?",
                         [new.value, error, stamp(), course_id])
        job = self.download_job(course_id)
        assert job is not None
        return job

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
