"""The connection every part of the learner's store shares: opening, migrating, transactions.

One SQLite database per profile, in WAL mode, opened once per thread. Each area of the store
(courses, progress, quizzes, outbox, forum, downloads, settings, what the hub answers, profile
transfer) is a mixin on this base; `LearnerStore` composes them, so a caller holds one object
and no module outside this package writes SQL against the learner's database.
"""
from __future__ import annotations

import sqlite3
import sys
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator, TypeVar

import sqlite_utils

from ..errors import DiskFullError, NotInstalledError, StoreError
from ..manifest import Manifest
from .migrations import migrate

S = TypeVar("S", bound="StoreBase")


def now_iso() -> str:
    """Device time, for display only: no merge rule trusts the PC clock."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def stamp() -> str:
    """Device time now, as `sync.store.now_iso` says at the moment of the call: the package's
    name is looked up each time, so a test can stand in a wrong PC clock for the whole store
    by patching that one name."""
    now: str = sys.modules[__package__].now_iso()
    return now


def not_installed(course_id: str) -> NotInstalledError:
    return NotInstalledError(f"The course '{course_id}' is not installed on this computer.")


class StoreBase:
    """The connection and its transactions; the areas' mixins build on these only."""

    def __init__(self, db: sqlite_utils.Database, path: Path) -> None:
        self.db = db
        self.path = path
        self._manifests: dict[tuple[str, int], Manifest] = {}   # parsed once per (course, version)

    @classmethod
    def open(cls: type[S], db_path: Path) -> S:
        db_path = Path(db_path)
        db_path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(db_path, isolation_level=None, timeout=30,
                                   check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA busy_timeout=30000")
            migrate(conn, db_path)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"The learner database {db_path} cannot be opened ({exc}).") from None
        return cls(sqlite_utils.Database(conn), db_path)

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self: S) -> S:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE: one writer at a time, no upgrade deadlocks between threads.

        For the store's own methods (and tests); code outside `sync.store` calls a method
        that makes its whole change, so a state change and its outbox event are never split."""
        conn = self.db.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise self._translate(exc) from None
        try:
            yield conn
            conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            conn.execute("ROLLBACK")
            raise self._translate(exc) from None
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _translate(self, exc: sqlite3.OperationalError) -> StoreError:
        text = str(exc)
        if "full" in text:
            return DiskFullError("The disk is full, so Lectern cannot save. Free some space; "
                                 "nothing you did before was lost.")
        return StoreError(f"The learner database could not be written ({text}).")

    def _one(self, sql: str, params: Any = ()) -> dict[str, Any] | None:
        return next(iter(self.db.query(sql, params)), None)

    def _family(self, conn: sqlite3.Connection, course_id: str) -> str:
        row = conn.execute("SELECT family FROM courses WHERE id = ?", [course_id]).fetchone()
        if row is None:
            raise not_installed(course_id)
        family: str = row[0]
        return family

    def get_course_family(self, course_id: str) -> str:
        row = self._one("SELECT family FROM courses WHERE id = ?", [course_id])
        if row is None:
            raise not_installed(course_id)
        family: str = row["family"]
        return family
