"""The learner's store: one SQLite database per profile (WAL), migrated by `user_version`.

Every learner action that must reach the hub writes its state change and its outbox event in
one transaction, so a crash can lose neither half. Open one store per thread.
"""
from __future__ import annotations

import json
import sqlite3
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Collection, Iterator, Mapping

import sqlite_utils

from .credentials import account_key
from .errors import BundleError, DiskFullError, NotInstalledError, StoreError
from .manifest import Manifest, QuizItem, parse_manifest
from .migrations import migrate
from .quiz import grade


# Keys of `sync_state` (the sync engine's bookkeeping, kept with the data it describes).
DEVICE_ID = "device_id"
ACCOUNT = "account"
CURSOR = "cursor"
LAST_SUCCESS = "last_sync_success"
LAST_ERROR = "last_sync_error"
LAST_ERROR_KIND = "last_sync_error_kind"


def _put_state(conn: sqlite3.Connection, key: str, value: str | None) -> None:
    conn.execute("INSERT INTO sync_state(key, value) VALUES (?, ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, value])


def now_iso() -> str:
    """Device time, for display only: no merge rule trusts the PC clock."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True)
class InstalledCourse:
    id: str
    family: str
    version: int
    language: str
    title: str
    summary: str
    publisher: str
    size_bytes: int
    installed_at: str
    signature_status: str
    last_item_id: str | None
    last_studied_at: str | None
    required_done: int
    required_total: int


@dataclass(frozen=True)
class Refusal:
    """A change the hub refused, still unsettled: shown where the learner can act on it."""

    event_id: str
    kind: str
    course_id: str
    item_id: str | None
    message: str
    created_at: str


@dataclass(frozen=True)
class ItemProgress:
    course_id: str
    item_id: str
    position: float | None
    fraction: float
    completed: bool
    completed_at: str | None
    updated_at: str


@dataclass(frozen=True)
class ModuleProgress:
    module_id: str
    title: str
    done: int
    total: int


@dataclass(frozen=True)
class CourseProgress:
    required_done: int
    required_total: int
    modules: tuple[ModuleProgress, ...]
    last_item_id: str | None
    last_studied_at: str | None


@dataclass(frozen=True)
class QuizAttempt:
    id: str
    course_id: str
    item_id: str
    answers: dict[str, list[str]]
    correct_count: int
    total: int
    score: float
    passed: bool
    created_at: str


@dataclass(frozen=True)
class OutboxEvent:
    seq: int
    id: str
    kind: str
    course_id: str
    payload: dict[str, Any]
    created_at: str


@dataclass(frozen=True)
class CourseUpdate:
    course_id: str
    family: str
    version: int
    language: str
    title: str
    installed_version: int | None   # None: another language or course not installed here
    seen: bool


@dataclass(frozen=True)
class Certificate:
    family: str
    certificate_id: int
    course_id: str
    version: int
    issued_at: str


@dataclass(frozen=True)
class CourseFile:
    sha256: str
    size: int
    media_type: str
    role: str
    present: bool


class LearnerStore:
    def __init__(self, db: sqlite_utils.Database, path: Path) -> None:
        self.db = db
        self.path = path
        self._manifests: dict[tuple[str, int], Manifest] = {}

    @classmethod
    def open(cls, db_path: Path) -> "LearnerStore":
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

    def __enter__(self) -> "LearnerStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE: one writer at a time, no upgrade deadlocks between threads."""
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

    # ------------------------------------------------------------------ device and settings

    def device_id(self) -> str:
        row = self._one("SELECT value FROM sync_state WHERE key = 'device_id'")
        assert row is not None  # created by the first migration
        return row["value"]

    def account(self) -> str | None:
        """The hub account (case-folded user name) this store syncs as; None before any sign-in."""
        return self.get_sync_state(ACCOUNT)

    def use_account(self, username: str) -> bool:
        """Sync as `username` from now on; True when that is another account than before.

        What the hub knows of "this device" belongs to one account: the device id (the hub
        keys its per-device bookkeeping by learner and device) and the cursor (how far this
        store has pulled that learner's rows). A copied store (a backup restored for someone
        else, a court PC's disk image) signed in as another learner gets a fresh device id
        and cursor, so it inherits neither. The earlier learner's unsent events are never
        sent with another learner's token: they move to `held_events` and come back to the
        outbox, in their order, when that learner signs in on this store again. The first
        sign-in on a store only binds it: what was done on it so far is that learner's."""
        name = account_key(username)
        if not name or self.account() == name:  # every sync pass asks: no write lock for "no change"
            return False
        with self.transaction() as conn:
            row = conn.execute("SELECT value FROM sync_state WHERE key = ?", [ACCOUNT]).fetchone()
            previous = row[0] if row else None
            if previous == name:
                return False
            _put_state(conn, ACCOUNT, name)
            if previous is None:
                return False
            conn.execute("INSERT INTO held_events(seq, id, kind, course_id, payload, created_at, account, held_at)"
                         " SELECT seq, id, kind, course_id, payload, created_at, ?, ? FROM outbox"
                         " WHERE state = 'pending' ORDER BY seq", [previous, now_iso()])
            conn.execute("DELETE FROM outbox WHERE state = 'pending'")
            conn.execute("INSERT OR IGNORE INTO outbox(seq, id, kind, course_id, payload, created_at)"
                         " SELECT seq, id, kind, course_id, payload, created_at FROM held_events"
                         " WHERE account = ? ORDER BY seq", [name])
            conn.execute("DELETE FROM held_events WHERE account = ? AND id IN (SELECT id FROM outbox)", [name])
            _put_state(conn, DEVICE_ID, str(uuid.uuid4()))
            for key in (CURSOR, LAST_SUCCESS, LAST_ERROR, LAST_ERROR_KIND):
                _put_state(conn, key, None)
        return True

    def held_count(self) -> int:
        """Unsent events of other accounts that signed in on this store (see `use_account`)."""
        row = self._one("SELECT COUNT(*) AS n FROM held_events")
        return int(row["n"]) if row else 0

    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self._one("SELECT value FROM settings WHERE key = ?", [key])
        return default if row is None else json.loads(row["value"])

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction() as conn:
            conn.execute("INSERT INTO settings(key, value) VALUES (?, ?) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                         [key, json.dumps(value)])

    def get_sync_state(self, key: str, default: str | None = None) -> str | None:
        row = self._one("SELECT value FROM sync_state WHERE key = ?", [key])
        return default if row is None else row["value"]

    def set_sync_state(self, key: str, value: str | None) -> None:
        with self.transaction() as conn:
            conn.execute("INSERT INTO sync_state(key, value) VALUES (?, ?) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, value])

    # ------------------------------------------------------------------ courses

    def install_course(self, manifest: Manifest, manifest_bytes: bytes, signature: bytes | None,
                       signature_status: str, key_id: str | None, present: Collection[str]) -> bool:
        """Record an installed (or updated) course in one transaction; True if it was new.

        Called by the importer only after every blob is in the content store.
        """
        roles = manifest.file_roles()
        stamp = now_iso()
        with self.transaction() as conn:
            old = conn.execute("SELECT version FROM courses WHERE id = ?", [manifest.id]).fetchone()
            was_present = {r[0] for r in conn.execute(
                "SELECT sha256 FROM course_files WHERE course_id = ? AND present = 1", [manifest.id])}
            if old is None:
                conn.execute(
                    "INSERT INTO courses(id, family, version, language, title, summary, publisher,"
                    " manifest, signature, signature_status, key_id, installed_at, updated_at)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    [manifest.id, manifest.course_family, manifest.version, manifest.language,
                     manifest.title, manifest.summary, manifest.publisher, manifest_bytes,
                     signature, signature_status, key_id, stamp, stamp])
            else:
                conn.execute(
                    "UPDATE courses SET family=?, version=?, language=?, title=?, summary=?,"
                    " publisher=?, manifest=?, signature=?, signature_status=?, key_id=?,"
                    " updated_at=? WHERE id=?",
                    [manifest.course_family, manifest.version, manifest.language, manifest.title,
                     manifest.summary, manifest.publisher, manifest_bytes, signature,
                     signature_status, key_id, stamp, manifest.id])
                conn.execute("DELETE FROM course_files WHERE course_id = ?", [manifest.id])
            have = set(present) | (was_present if old is not None else set())
            conn.executemany(
                "INSERT INTO course_files(course_id, sha256, size, media_type, role, present)"
                " VALUES (?,?,?,?,?,?)",
                [(manifest.id, sha, f.size, f.media_type, roles[sha].value, int(sha in have))
                 for sha, f in manifest.files.items()])
        return old is None

    def list_courses(self) -> list[InstalledCourse]:
        rows = list(self.db.query(
            "SELECT c.*, (SELECT COALESCE(SUM(size), 0) FROM course_files f"
            "  WHERE f.course_id = c.id AND f.present = 1) AS size_bytes"
            " FROM courses c ORDER BY COALESCE(c.last_studied_at, c.installed_at) DESC, c.title"))
        return [self._course(row) for row in rows]

    def has_course(self, course_id: str) -> bool:
        return self._one("SELECT 1 AS x FROM courses WHERE id = ?", [course_id]) is not None

    def get_course(self, course_id: str) -> InstalledCourse:
        row = self._one(
            "SELECT c.*, (SELECT COALESCE(SUM(size), 0) FROM course_files f"
            "  WHERE f.course_id = c.id AND f.present = 1) AS size_bytes"
            " FROM courses c WHERE c.id = ?", [course_id])
        if row is None:
            raise NotInstalledError(f"The course '{course_id}' is not installed on this computer.")
        return self._course(row)

    def _course(self, row: dict[str, Any]) -> InstalledCourse:
        manifest = self._manifest_from_row(row)
        required = manifest.required_item_ids()
        done = self._completed_ids(row["family"])
        return InstalledCourse(
            id=row["id"], family=row["family"], version=row["version"], language=row["language"],
            title=row["title"], summary=row["summary"], publisher=row["publisher"],
            size_bytes=row["size_bytes"], installed_at=row["installed_at"],
            signature_status=row["signature_status"], last_item_id=row["last_item_id"],
            last_studied_at=row["last_studied_at"],
            required_done=sum(1 for i in required if i in done), required_total=len(required))

    def _manifest_from_row(self, row: dict[str, Any]) -> Manifest:
        key = (row["id"], row["version"])
        if key not in self._manifests:
            self._manifests[key] = parse_manifest(bytes(row["manifest"]))
        return self._manifests[key]

    def manifest(self, course_id: str) -> Manifest:
        row = self._one("SELECT id, version, manifest FROM courses WHERE id = ?", [course_id])
        if row is None:
            raise NotInstalledError(f"The course '{course_id}' is not installed on this computer.")
        return self._manifest_from_row(row)

    def manifest_bytes(self, course_id: str) -> tuple[bytes, bytes | None]:
        row = self._one("SELECT manifest, signature FROM courses WHERE id = ?", [course_id])
        if row is None:
            raise NotInstalledError(f"The course '{course_id}' is not installed on this computer.")
        return bytes(row["manifest"]), (bytes(row["signature"]) if row["signature"] else None)

    def course_files(self, course_id: str) -> list[CourseFile]:
        return [CourseFile(r["sha256"], r["size"], r["media_type"], r["role"], bool(r["present"]))
                for r in self.db.query("SELECT * FROM course_files WHERE course_id = ? "
                                       "ORDER BY sha256", [course_id])]

    def present_files(self, course_id: str) -> frozenset[str]:
        return frozenset(r["sha256"] for r in self.db.query(
            "SELECT sha256 FROM course_files WHERE course_id = ? AND present = 1", [course_id]))

    def referenced_blobs(self) -> set[str]:
        """Blobs this profile needs: installed courses' and unfinished downloads'."""
        keep = {r["sha256"] for r in self.db.query(
            "SELECT DISTINCT sha256 FROM course_files WHERE present = 1")}
        for r in self.db.query("SELECT manifest FROM download_jobs WHERE manifest IS NOT NULL"
                               " AND state NOT IN ('complete', 'cancelled')"):
            try:
                keep |= set(parse_manifest(bytes(r["manifest"])).files)
            except BundleError:
                continue
        return keep

    def remove_course(self, course_id: str, keep_progress: bool = True) -> None:
        """Forget a course; its progress stays unless asked (it is the learner's record)."""
        with self.transaction() as conn:
            row = conn.execute("SELECT family FROM courses WHERE id = ?", [course_id]).fetchone()
            if row is None:
                raise NotInstalledError(f"The course '{course_id}' is not installed on this computer.")
            conn.execute("DELETE FROM course_files WHERE course_id = ?", [course_id])
            conn.execute("DELETE FROM courses WHERE id = ?", [course_id])
            if not keep_progress:
                others = conn.execute("SELECT 1 FROM courses WHERE family = ?", [row[0]]).fetchone()
                if others is None:
                    conn.execute("DELETE FROM progress WHERE family = ?", [row[0]])
                    conn.execute("DELETE FROM quiz_attempts WHERE family = ?", [row[0]])

    # ------------------------------------------------------------------ progress

    def _family(self, conn: sqlite3.Connection, course_id: str) -> str:
        row = conn.execute("SELECT family FROM courses WHERE id = ?", [course_id]).fetchone()
        if row is None:
            raise NotInstalledError(f"The course '{course_id}' is not installed on this computer.")
        return row[0]

    def _completed_ids(self, family: str) -> set[str]:
        return {r["item_id"] for r in self.db.query(
            "SELECT item_id FROM progress WHERE family = ? AND completed_at IS NOT NULL", [family])}

    def _progress_row(self, course_id: str, row: dict[str, Any] | sqlite3.Row) -> ItemProgress:
        return ItemProgress(course_id=course_id, item_id=row["item_id"], position=row["position"],
                            fraction=row["fraction"], completed=row["completed_at"] is not None,
                            completed_at=row["completed_at"], updated_at=row["updated_at"])

    def progress(self, course_id: str) -> dict[str, ItemProgress]:
        family = self.get_course_family(course_id)
        return {r["item_id"]: self._progress_row(course_id, r) for r in self.db.query(
            "SELECT * FROM progress WHERE family = ?", [family])}

    def item_progress(self, course_id: str, item_id: str) -> ItemProgress | None:
        return self.progress(course_id).get(item_id)

    def get_course_family(self, course_id: str) -> str:
        row = self._one("SELECT family FROM courses WHERE id = ?", [course_id])
        if row is None:
            raise NotInstalledError(f"The course '{course_id}' is not installed on this computer.")
        return row["family"]

    def enqueue(self, conn: sqlite3.Connection, kind: str, course_id: str,
                 payload: dict[str, Any], stamp: str) -> str:
        event_id = str(uuid.uuid4())
        conn.execute("INSERT INTO outbox(id, kind, course_id, payload, created_at)"
                     " VALUES (?,?,?,?,?)",
                     [event_id, kind, course_id, json.dumps(payload, separators=(",", ":")), stamp])
        return event_id

    def record_progress(self, course_id: str, item_id: str, *, position: float | None = None,
                        fraction: float | None = None, completed: bool = False) -> ItemProgress:
        """Save where the learner is; fraction and completion only grow."""
        manifest = self.manifest(course_id)
        manifest.item(item_id)  # KeyError for an unknown item: a programming error
        stamp = now_iso()
        if fraction is not None:
            fraction = min(max(float(fraction), 0.0), 1.0)
        if position is not None:
            position = max(float(position), 0.0)
        with self.transaction() as conn:
            family = self._family(conn, course_id)
            old = conn.execute("SELECT position, fraction, completed_at FROM progress"
                               " WHERE family = ? AND item_id = ?", [family, item_id]).fetchone()
            old_fraction = old[1] if old else 0.0
            old_completed = old[2] if old else None
            new_fraction = max(old_fraction, fraction if fraction is not None else 0.0)
            if completed:
                new_fraction = max(new_fraction, 1.0) if fraction is None else new_fraction
            new_completed = old_completed or (stamp if completed else None)
            new_position = position if position is not None else (old[0] if old else None)
            conn.execute(
                "INSERT INTO progress(family, item_id, course_id, position, fraction, completed_at,"
                " updated_at) VALUES (?,?,?,?,?,?,?) ON CONFLICT(family, item_id) DO UPDATE SET"
                " course_id=excluded.course_id, position=excluded.position,"
                " fraction=excluded.fraction, completed_at=excluded.completed_at,"
                " updated_at=excluded.updated_at",
                [family, item_id, course_id, new_position, new_fraction, new_completed, stamp])
            conn.execute("UPDATE courses SET last_item_id = ?, last_studied_at = ? WHERE id = ?",
                         [item_id, stamp, course_id])
            if position is not None or new_fraction != old_fraction:
                # Only the newest unsent position of an item matters: replace, do not pile up.
                conn.execute("DELETE FROM outbox WHERE state = 'pending' AND kind = 'progress'"
                             " AND course_id = ? AND json_extract(payload, '$.item') = ?",
                             [course_id, item_id])
                payload: dict[str, Any] = {"item": item_id, "fraction": round(new_fraction, 4)}
                if new_position is not None:
                    payload["position"] = round(new_position, 1)
                self.enqueue(conn, "progress", course_id, payload, stamp)
            if new_completed and not old_completed:
                self.enqueue(conn, "completed", course_id, {"item": item_id}, stamp)
            row = conn.execute("SELECT item_id, position, fraction, completed_at, updated_at"
                               " FROM progress WHERE family = ? AND item_id = ?",
                               [family, item_id]).fetchone()
        return ItemProgress(course_id, row[0], row[1], row[2], row[3] is not None, row[3], row[4])

    def course_progress(self, course_id: str) -> CourseProgress:
        manifest = self.manifest(course_id)
        course = self.get_course(course_id)
        done = self._completed_ids(manifest.course_family)
        modules = []
        for module in manifest.modules:
            counted = [it for it in module.items if it.required] or list(module.items)
            modules.append(ModuleProgress(module.id, module.title,
                                          sum(1 for it in counted if it.id in done), len(counted)))
        return CourseProgress(course.required_done, course.required_total, tuple(modules),
                              course.last_item_id, course.last_studied_at)

    # ------------------------------------------------------------------ quizzes

    def record_quiz_attempt(self, course_id: str, item_id: str,
                            answers: Mapping[str, Collection[str]]) -> QuizAttempt:
        manifest = self.manifest(course_id)
        quiz = manifest.item(item_id)
        if not isinstance(quiz, QuizItem):
            raise StoreError(f"'{item_id}' is not a quiz.")
        clean = {q.id: sorted(set(answers.get(q.id, ())) & {c.id for c in q.choices})
                 for q in quiz.questions}
        result = grade(quiz, clean)
        stamp = now_iso()
        attempt_id = str(uuid.uuid4())
        with self.transaction() as conn:
            family = self._family(conn, course_id)
            if quiz.max_attempts is not None:
                (count,) = conn.execute("SELECT COUNT(*) FROM quiz_attempts WHERE family = ? AND "
                                        "item_id = ?", [family, item_id]).fetchone()
                if count >= quiz.max_attempts:
                    raise StoreError("You have used every attempt this quiz allows.")
            conn.execute(
                "INSERT INTO quiz_attempts(id, family, item_id, course_id, answers, correct_count,"
                " total, score, passed, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                [attempt_id, family, item_id, course_id, json.dumps(clean), result.correct_count,
                 result.total, result.score, int(result.passed), stamp])
            self.enqueue(conn, "quiz_attempt", course_id,
                          {"item": item_id, "attempt": attempt_id, "answers": clean,
                           "version": manifest.version, "score": round(result.score, 4),
                           "passed": result.passed}, stamp)
        if result.passed:
            self.record_progress(course_id, item_id, fraction=1.0, completed=True)
        return QuizAttempt(attempt_id, course_id, item_id, clean, result.correct_count,
                           result.total, result.score, result.passed, stamp)

    def quiz_attempts(self, course_id: str, item_id: str) -> list[QuizAttempt]:
        family = self.get_course_family(course_id)
        return [QuizAttempt(r["id"], r["course_id"], r["item_id"], json.loads(r["answers"]),
                            r["correct_count"], r["total"], r["score"], bool(r["passed"]),
                            r["created_at"])
                for r in self.db.query("SELECT * FROM quiz_attempts WHERE family = ? AND item_id = ?"
                                       " ORDER BY rowid", [family, item_id])]

    # ------------------------------------------------------------------ from the hub

    def course_updates(self, unseen_only: bool = False) -> list[CourseUpdate]:
        """New course versions the hub announced that are newer than what is installed."""
        rows = self.db.query(
            "SELECT u.*, c.version AS installed FROM course_updates u LEFT JOIN courses c"
            " ON c.id = u.course_id WHERE (c.version IS NULL OR u.version > c.version)"
            + (" AND u.seen = 0" if unseen_only else "") + " ORDER BY u.title")
        return [CourseUpdate(r["course_id"], r["course_family"], r["version"], r["language"],
                             r["title"], r["installed"], bool(r["seen"])) for r in rows]

    def mark_updates_seen(self) -> None:
        with self.transaction() as conn:
            conn.execute("UPDATE course_updates SET seen = 1 WHERE seen = 0")

    def certificates(self) -> list[Certificate]:
        return [Certificate(r["course_family"], r["certificate_id"], r["course_id"], r["version"],
                            r["issued_at"])
                for r in self.db.query("SELECT * FROM certificates ORDER BY issued_at")]

    # ------------------------------------------------------------------ outbox

    def refusals(self, course_id: str | None = None, item_id: str | None = None) -> list[Refusal]:
        """Refused changes not yet settled (newest first), of a course's family and item."""
        sql = ("SELECT id, kind, course_id, payload, error, created_at FROM outbox"
               " WHERE state = 'rejected' AND settled_at IS NULL")
        params: list[Any] = []
        if course_id is not None:
            sql += " AND course_id IN (SELECT id FROM courses WHERE family = (SELECT family FROM" \
                   " courses WHERE id = ?) UNION SELECT ?)"
            params += [course_id, course_id]
        if item_id is not None:
            sql += " AND json_extract(payload, '$.item') = ?"
            params.append(item_id)
        rows = self.db.query(sql + " ORDER BY seq DESC LIMIT 100", params)
        return [Refusal(r["id"], r["kind"], r["course_id"], json.loads(r["payload"]).get("item"),
                        r["error"] or "", r["created_at"]) for r in rows]

    def dismiss_refusal(self, event_id: str) -> None:
        """The learner has read it: it stops being shown (it stays in the outbox's history)."""
        with self.transaction() as conn:
            conn.execute("UPDATE outbox SET settled_at = ?, settled_how = 'dismissed' WHERE id = ?"
                         " AND state = 'rejected' AND settled_at IS NULL", [now_iso(), event_id])

    def pending_count(self) -> int:
        row = self._one("SELECT COUNT(*) AS n FROM outbox WHERE state = 'pending'")
        return int(row["n"]) if row else 0

    def pending_events(self, limit: int = 500) -> list[OutboxEvent]:
        return [OutboxEvent(r["seq"], r["id"], r["kind"], r["course_id"], json.loads(r["payload"]),
                            r["created_at"])
                for r in self.db.query("SELECT * FROM outbox WHERE state = 'pending' ORDER BY seq"
                                       " LIMIT ?", [limit])]
