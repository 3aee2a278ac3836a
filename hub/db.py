"""The hub's database: schema (SQLAlchemy Core, portable SQL) and transaction helpers.

SQLite by default, in WAL mode with a busy timeout so that CLI commands (`publish`,
`user add`, `enrol`) can write while `serve` runs. Writes take `BEGIN IMMEDIATE` and a
process-wide lock: SQLite allows one writer anyway, and waiting on a Python lock is far
smoother than SQLite's sleeping busy handler (whose sleeps reach 100 ms and wreck p99).
A PostgreSQL URL works for the same code (no SQLite-only SQL outside this module); there a
write transaction first takes transaction-level advisory locks (hub.write_locks), so that
the feed rows a device reads become visible in sequence order, which the feed's readers
rely on (hub.shared_feed, the sync's cursor), while learners' pushes run side by side.

The schema's history: hand-written steps 1 to 5 (`meta.schema_version`), then Alembic's
revisions in hub/migrations (the first of which is schema 5 itself). `Database.migrate`
takes any of them to the newest; `lectern-hub migrate` runs it, and `serve` refuses a
database that needs it.
"""
from __future__ import annotations

import functools
import json
import logging
import os
import threading
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Collection, Iterator

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    bindparam,
    create_engine,
    event,
    false,
    inspect,
    select,
    update,
)
from sqlalchemy.engine import Connection, CursorResult, Engine
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.schema import CreateColumn

from . import write_locks
from .checkpointer import WalCheckpointer
from .errors import HubError, HubErrorKind

if TYPE_CHECKING:
    from .settings import HubSettings

log = logging.getLogger(__name__)

#: the last hand-written schema (meta.schema_version); Alembic's revisions follow it
SCHEMA_VERSION = 5
#: Alembic's revision that is schema 5 (hub/migrations/versions/0001_baseline_schema_5.py)
BASELINE_REVISION = "0001"
MIGRATIONS_DIR = Path(__file__).resolve().with_name("migrations")
BUSY_TIMEOUT_MS = 15000
WAL_SIZE_LIMIT = 64 * 1024 * 1024

# SQLite makes INTEGER PRIMARY KEY the rowid (autoincrementing); elsewhere use 64 bits.
BigId = BigInteger().with_variant(Integer(), "sqlite")
Time = String(40)  # hub time, ISO 8601 UTC: portable and sortable


#: Test hook (docs/protocol.md, "Hub time"): seconds added to the hub's clock, or "@FILE" naming
#: a file that holds them (re-read when it changes, so a test moves a running hub's clock).
#: Never set in production: every stored time and every schedule decision follows it.
CLOCK_OFFSET_ENV = "LECTERN_HUB_CLOCK_OFFSET"
_offset_file: tuple[str, float, float] | None = None   # (path, mtime, seconds)


def clock_offset() -> float:
    """The test hook's offset in seconds (0 without it; a bad value is logged and ignored)."""
    global _offset_file
    raw = os.environ.get(CLOCK_OFFSET_ENV, "").strip()
    if not raw:
        return 0.0
    try:
        if not raw.startswith("@"):
            return float(raw)
        path = raw[1:]
        mtime = os.stat(path).st_mtime
        if _offset_file is not None and _offset_file[0] == path and _offset_file[1] == mtime:
            return _offset_file[2]
        seconds = float(Path(path).read_text(encoding="utf-8").strip() or 0)
        _offset_file = (path, mtime, seconds)
        return seconds
    except (OSError, ValueError):
        log.warning("%s=%r is not a number of seconds (or @FILE holding one); ignored", CLOCK_OFFSET_ENV, raw)
        return 0.0


def hub_datetime() -> datetime:
    """The hub's clock as an aware datetime (UTC), test offset included."""
    now = datetime.now(timezone.utc)
    offset = clock_offset()
    return now + timedelta(seconds=offset) if offset else now


def hub_now() -> str:
    """The hub's clock, the only clock trusted for stored times."""
    return hub_datetime().isoformat(timespec="microseconds")


def parse_time(value: object) -> datetime | None:
    """A stored time (ISO 8601) as an aware datetime, None when absent or unreadable."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


metadata = MetaData()

meta = Table(
    "meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

users = Table(
    "users", metadata,
    Column("id", BigId, primary_key=True, autoincrement=True),
    Column("username", String(150), nullable=False, unique=True),
    Column("password_hash", String(400), nullable=False),
    Column("disabled", Boolean, nullable=False, default=False),
    Column("created_at", Time, nullable=False),
)

tokens = Table(
    "tokens", metadata,
    Column("id", BigId, primary_key=True, autoincrement=True),
    Column("user_id", BigId, ForeignKey("users.id"), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),  # sha256 hex of the token
    Column("device_name", String(200), nullable=False),
    Column("created_at", Time, nullable=False),
    Column("revoked_at", Time, nullable=True),
)

trusted_keys = Table(
    "trusted_keys", metadata,
    Column("key_id", String(128), primary_key=True),
    Column("public_key", LargeBinary, nullable=False),
    Column("comment", String(500), nullable=False, default=""),
    Column("added_at", Time, nullable=False),
)

courses = Table(
    "courses", metadata,
    Column("pk", BigId, primary_key=True, autoincrement=True),
    Column("course_id", String(64), nullable=False),
    Column("version", Integer, nullable=False),
    Column("course_family", String(64), nullable=False),
    Column("language", String(35), nullable=False),
    Column("title", String(500), nullable=False),
    Column("summary", Text, nullable=False),
    Column("publisher", String(500), nullable=False),
    Column("manifest", LargeBinary, nullable=False),       # the exact signed bytes
    Column("manifest_sha256", String(64), nullable=False),
    Column("signature", LargeBinary, nullable=True),       # the raw manifest.sig file
    Column("key_id", String(128), nullable=True),
    Column("full_size", BigInteger, nullable=False),
    Column("low_size", BigInteger, nullable=False),
    Column("published_at", Time, nullable=False),
    UniqueConstraint("course_id", "version", name="uq_course_version"),
    Index("ix_courses_family", "course_family"),
)

course_files = Table(
    "course_files", metadata,
    Column("course_pk", BigId, ForeignKey("courses.pk"), primary_key=True),
    Column("sha256", String(64), primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("media_type", String(100), nullable=False),
    Index("ix_course_files_sha", "sha256"),
)

enrolments = Table(
    "enrolments", metadata,
    Column("user_id", BigId, ForeignKey("users.id"), primary_key=True),
    Column("course_family", String(64), primary_key=True),
    Column("enrolled_at", Time, nullable=False),
    Column("run_id", BigId, nullable=True),   # v5: the learner's run (NULL: the family's default run)
    Index("ix_enrolments_family", "course_family"),
    Index("ix_enrolments_run", "run_id"),
)

# v5: runs (cohorts) of a course family and their schedules (sync/schedule.py applies them).
runs = Table(
    "runs", metadata,
    Column("id", BigId, primary_key=True, autoincrement=True),
    Column("course_family", String(64), nullable=False),
    Column("title", String(300), nullable=False),
    Column("schedule", String(20), nullable=False),         # self_paced, weekly, explicit
    Column("starts", Time, nullable=False),
    Column("ends", Time, nullable=True),
    Column("opens", Text, nullable=False, default="{}"),    # JSON {module id: time}
    Column("is_default", Boolean, nullable=False, default=False),
    Column("created_at", Time, nullable=False),
    Column("updated_at", Time, nullable=False),
    Index("ix_runs_family", "course_family"),
)

# v5: staff roles per family (no row: learner).
roles = Table(
    "roles", metadata,
    Column("user_id", BigId, ForeignKey("users.id"), primary_key=True),
    Column("course_family", String(64), primary_key=True),
    Column("role", String(20), nullable=False),
    Column("granted_at", Time, nullable=False),
)

# v5: each device's anchor: the hub time of the hub's last sync answer to it (made_at's floor).
devices = Table(
    "devices", metadata,
    Column("user_id", BigId, ForeignKey("users.id"), primary_key=True),
    Column("device_id", String(36), primary_key=True),
    Column("anchor", Time, nullable=False),
)

# v5: learners' reports of threads and posts, for moderators.
reports = Table(
    "reports", metadata,
    Column("id", BigId, primary_key=True, autoincrement=True),
    Column("uuid", String(36), nullable=False, unique=True),
    Column("course_family", String(64), nullable=False),
    Column("target", String(10), nullable=False),           # thread or post
    Column("target_uuid", String(36), nullable=False),
    Column("reporter_id", BigId, ForeignKey("users.id"), nullable=False),
    Column("reason", Text, nullable=False),
    Column("made_at", Time, nullable=False),
    Column("created_at", Time, nullable=False),
    Index("ix_reports_family", "course_family"),
)

# v5: announcements to a run.
announcements = Table(
    "announcements", metadata,
    Column("id", BigId, primary_key=True, autoincrement=True),
    Column("uuid", String(36), nullable=False, unique=True),
    Column("run_id", BigId, nullable=False),
    Column("course_family", String(64), nullable=False),
    Column("title", String(300), nullable=False),
    Column("body", Text, nullable=False),
    Column("author_id", BigId, ForeignKey("users.id"), nullable=True),   # NULL: court IT by CLI
    Column("author", String(150), nullable=False),
    Column("author_role", String(20), nullable=False),
    Column("created_at", Time, nullable=False),
    Index("ix_announcements_run", "run_id"),
)

# v5: every staff action: who, what, when, why. Never updated, never deleted.
audit_log = Table(
    "audit_log", metadata,
    Column("id", BigId, primary_key=True, autoincrement=True),
    Column("at", Time, nullable=False),
    Column("actor", String(150), nullable=False),
    Column("actor_id", BigId, nullable=True),               # NULL: the CLI (court IT)
    Column("via", String(10), nullable=False),              # api or cli
    Column("action", String(40), nullable=False),
    Column("course_family", String(64), nullable=True),
    Column("target", String(200), nullable=True),
    Column("reason", Text, nullable=True),
    Column("detail", Text, nullable=True),                  # JSON
    Index("ix_audit_family", "course_family"),
)

# Merged progress per learner and item of a course family (all language versions share it).
progress = Table(
    "progress", metadata,
    Column("user_id", BigId, ForeignKey("users.id"), primary_key=True),
    Column("course_family", String(64), primary_key=True),
    Column("item_id", String(64), primary_key=True),
    Column("fraction", Float, nullable=False, default=0.0),
    Column("completed", Boolean, nullable=False, default=False),
    Column("completed_at", Time, nullable=True),
    Column("completed_made_at", Time, nullable=True),   # v5: when the completion was made (made_at)
    Column("position", Float, nullable=True),
    Column("position_device", String(36), nullable=True),
    Column("revision", Integer, nullable=False, default=0),
    Column("feed_seq", BigInteger, nullable=True),  # the feed row carrying the latest state
    Column("updated_at", Time, nullable=False),
)

# The newest sequence number seen from each device for an item: stale positions lose.
progress_devices = Table(
    "progress_devices", metadata,
    Column("user_id", BigId, primary_key=True),
    Column("course_family", String(64), primary_key=True),
    Column("item_id", String(64), primary_key=True),
    Column("device_id", String(36), primary_key=True),
    Column("max_seq", BigInteger, nullable=False),
)

# Every accepted client event, by its UUID: a replay answers the stored ack.
client_events = Table(
    "client_events", metadata,
    Column("event_id", String(36), primary_key=True),
    Column("user_id", BigId, ForeignKey("users.id"), nullable=False),
    Column("device_id", String(36), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("course_family", String(64), nullable=False),
    Column("device_seq", BigInteger, nullable=False),
    Column("device_time", String(40), nullable=True),
    Column("ack", Text, nullable=False),
    Column("received_at", Time, nullable=False),
)

quiz_attempts = Table(
    "quiz_attempts", metadata,
    Column("id", BigId, primary_key=True, autoincrement=True),
    Column("event_id", String(36), nullable=False, unique=True),
    Column("user_id", BigId, ForeignKey("users.id"), nullable=False),
    Column("course_family", String(64), nullable=False),
    Column("course_id", String(64), nullable=False),
    Column("version", Integer, nullable=False),
    Column("item_id", String(64), nullable=False),
    Column("answers", Text, nullable=False),
    Column("score", Float, nullable=False),
    Column("passed", Boolean, nullable=False),
    Column("device_time", String(40), nullable=True),
    Column("received_at", Time, nullable=False),
    Column("made_at", Time, nullable=True),             # v5
    Index("ix_quiz_user_item", "user_id", "course_family", "item_id"),
)

threads = Table(
    "threads", metadata,
    Column("id", BigId, primary_key=True, autoincrement=True),
    Column("uuid", String(36), nullable=False, unique=True),
    Column("course_family", String(64), nullable=False),
    Column("course_id", String(64), nullable=False),
    Column("item_id", String(64), nullable=False),
    Column("author_id", BigId, ForeignKey("users.id"), nullable=False),
    Column("title", String(300), nullable=False),
    Column("body", Text, nullable=False),
    Column("device_time", String(40), nullable=True),
    Column("created_at", Time, nullable=False),
    # v5: made_at (hub time, clamped), the author's role, pinning and moderation
    Column("made_at", Time, nullable=True),
    Column("author_role", String(20), nullable=False, server_default="learner"),
    Column("pinned", Boolean, nullable=False, server_default=false()),
    Column("hidden", Boolean, nullable=False, server_default=false()),
    Column("hidden_reason", Text, nullable=True),
    Column("hidden_at", Time, nullable=True),
    Index("ix_threads_family_item", "course_family", "item_id"),
    Index("ix_threads_author", "author_id", "course_family"),   # v4: a learner's posts, for certificates
)

posts = Table(
    "posts", metadata,
    Column("id", BigId, primary_key=True, autoincrement=True),
    Column("uuid", String(36), nullable=False, unique=True),
    Column("thread_id", BigId, ForeignKey("threads.id"), nullable=False),
    Column("parent_id", BigId, ForeignKey("posts.id"), nullable=True),
    Column("author_id", BigId, ForeignKey("users.id"), nullable=False),
    Column("body", Text, nullable=False),
    Column("device_time", String(40), nullable=True),
    Column("created_at", Time, nullable=False),
    Column("made_at", Time, nullable=True),             # v5, as threads
    Column("author_role", String(20), nullable=False, server_default="learner"),
    Column("hidden", Boolean, nullable=False, server_default=false()),
    Column("hidden_reason", Text, nullable=True),
    Column("hidden_at", Time, nullable=True),
    Index("ix_posts_thread", "thread_id"),
    Index("ix_posts_author", "author_id"),   # v4: a learner's posts, for certificates
)

certificates = Table(
    "certificates", metadata,
    Column("id", BigId, primary_key=True, autoincrement=True),
    Column("user_id", BigId, ForeignKey("users.id"), nullable=False),
    Column("course_family", String(64), nullable=False),
    Column("course_id", String(64), nullable=False),
    Column("version", Integer, nullable=False),
    Column("issued_at", Time, nullable=False),
    # v4: the signed Open Badges credential (JSON), signed after the sync that earned it
    # committed (hub.certificates); its index in the status list is the row's id.
    Column("credential", Text, nullable=True),
    Column("credential_id", String(64), nullable=True),
    Column("credential_at", Time, nullable=True),
    Column("revoked_at", Time, nullable=True),
    Column("revoked_by", String(150), nullable=True),
    Column("revoked_reason", Text, nullable=True),
    Column("granted_by", String(150), nullable=True),     # a staff override: who and why
    Column("granted_reason", Text, nullable=True),
    UniqueConstraint("user_id", "course_family", name="uq_certificate_user_family"),
)

#: certificate columns added by schema 4 (all nullable: older rows keep theirs)
CERTIFICATE_V4_COLUMNS = ("credential", "credential_id", "credential_at", "revoked_at", "revoked_by",
                          "revoked_reason", "granted_by", "granted_reason")

# What learners pull: one ordered log. Rows for everyone enrolled in a family
# (audience_user_id NULL: threads, posts, course updates) or for one learner (progress,
# certificates). A learner's device never receives rows it caused itself: those whose
# origin is that learner *and* that device. The device id alone is not enough, because
# copies of one data dir (a restored backup, a court PC's disk image) share it.
feed = Table(
    "feed", metadata,
    Column("seq", BigId, primary_key=True, autoincrement=True),
    Column("course_family", String(64), nullable=False),
    Column("audience_user_id", BigId, nullable=True),
    Column("origin_device", String(36), nullable=True),
    Column("origin_user_id", BigId, nullable=True),  # who pushed the event (with origin_device)
    Column("kind", String(20), nullable=False),
    Column("payload", Text, nullable=False),
    Column("created_at", Time, nullable=False),
    # A family's shared rows are found without stepping over every learner's progress rows
    # of that family (audience_user_id IS NULL is an equality for the index).
    Index("ix_feed_family_audience_seq", "course_family", "audience_user_id", "seq"),
    Index("ix_feed_user_seq", "audience_user_id", "seq"),
    # Revision 0005: a number is never given twice on SQLite, even after the newest row is
    # deleted (a learner's replaced progress row): a device past it would never get the new one.
    sqlite_autoincrement=True,
)


# Alembic revision 0002 (#19): wrong passwords per user name and per address, shared by
# every hub process and machine (hub.auth.LoginThrottle).
login_failures = Table(
    "login_failures", metadata,
    Column("key", String(200), primary_key=True),     # "user:<casefolded name>" or "addr:<address>"
    Column("count", Integer, nullable=False),
    Column("last_at", Float, nullable=False),         # Unix time of the last failure
    Index("ix_login_failures_last", "last_at"),
)

# Revision 0004: each device's sync-file key (Ed25519 public key), registered at sign-in with
# the token it came with (hub/sync_files.py): a sync file signed by it stands for that sign-in.
device_keys = Table(
    "device_keys", metadata,
    Column("key_id", String(16), primary_key=True),      # sha256(public key)[:16], as in the file
    Column("user_id", BigId, ForeignKey("users.id"), nullable=False),
    Column("token_id", BigId, nullable=True),            # the sign-in it came with (revoked: refused)
    Column("public_key", String(64), nullable=False),    # base64 of the 32 raw bytes
    Column("device_name", String(200), nullable=False),
    Column("created_at", Time, nullable=False),
    Index("ix_device_keys_user", "user_id"),
)


@dataclass(frozen=True)
class SchemaState:
    """Where a database's schema stands: its Alembic revision (None: none yet), the
    hand-written version in `meta` (None: no meta table, an empty database), the newest
    revision this lectern-hub knows, and whether the database is newer than that."""

    revision: str | None
    legacy_version: int | None
    head: str
    newer: bool = False

    @property
    def empty(self) -> bool:
        return self.revision is None and self.legacy_version is None

    @property
    def current(self) -> bool:
        return self.revision == self.head and self.legacy_version == SCHEMA_VERSION

    def describe(self) -> str:
        if self.empty:
            return "empty"
        if self.revision is None or (self.legacy_version or 0) < SCHEMA_VERSION:
            return f"schema {self.legacy_version} (before lectern-hub's Alembic revisions)"
        return f"revision {self.revision}" + (" (newer than this lectern-hub)" if self.newer else "")


def _alembic_config(conn: Connection | None = None) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = conn
    return config


def _script() -> Any:
    from alembic.script import ScriptDirectory
    return ScriptDirectory.from_config(_alembic_config())


def head_revision() -> str:
    """The newest revision in hub/migrations (one head: the history is a line)."""
    head = _script().get_current_head()
    if head is None:  # the package lost its migrations: an installation error
        raise HubError(HubErrorKind.STORAGE, "lectern-hub's database migrations are missing; reinstall it.")
    return str(head)


@functools.cache
def head_revision_cached() -> str:
    """`head_revision`, read once per process (the migrations do not change while it runs)."""
    return head_revision()


def _schema_state(conn: Connection) -> SchemaState:
    from alembic.migration import MigrationContext

    names = set(inspect(conn).get_table_names())
    revision = MigrationContext.configure(conn).get_current_revision() if "alembic_version" in names else None
    legacy = None
    if "meta" in names:
        value = conn.execute(select(meta.c.value).where(meta.c.key == "schema_version")).scalar()
        legacy = int(value) if value is not None else None
    script = _script()
    head = script.get_current_head()
    newer = (legacy is not None and legacy > SCHEMA_VERSION) or (
        revision is not None and revision not in {r.revision for r in script.walk_revisions()})
    return SchemaState(revision, legacy, str(head), newer)


class Database:
    """An engine plus the two ways the hub touches it: `read()` and `write()`.

    `create` (the default): make the schema of an empty database, or bring an older one to
    the newest (`migrate`); without it, the database is opened as it is (`schema_state`
    tells whether it needs migrating: `lectern-hub serve` checks that first)."""

    def __init__(self, url: str, *, create: bool = True) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        self._write_lock = threading.Lock()
        file_path = _sqlite_path(url) if self.is_sqlite else None
        self._file_lock = _FileLock(file_path + ".writelock") if file_path else None
        self._checkpointer: WalCheckpointer | None = None
        if self.is_sqlite:
            @event.listens_for(self.engine, "connect")
            def _checkpoints_elsewhere(dbapi_conn: Any, _record: Any) -> None:
                if self._checkpointer is not None:
                    dbapi_conn.execute("PRAGMA wal_autocheckpoint=0")
        if create:
            self.migrate()

    def checkpoint_in_background(self) -> None:
        """For `serve`: WAL checkpoints on a thread of their own (see hub.checkpointer)
        instead of inside whichever commit fills the log. No-op without a SQLite file."""
        path = _sqlite_path(self.url) if self.is_sqlite else None
        if path is None or self._checkpointer is not None:
            return
        self._checkpointer = WalCheckpointer(path, busy_timeout_ms=BUSY_TIMEOUT_MS)
        self.engine.dispose()  # connections made from now on leave checkpoints to it
        self._checkpointer.start()

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A read transaction (a consistent snapshot in WAL mode)."""
        try:
            with self.engine.connect() as conn:
                with conn.begin():
                    yield conn
        except OperationalError as exc:
            raise storage_error(exc) from exc

    @contextmanager
    def snapshot(self) -> Iterator[Connection]:
        """A read transaction for code that runs only `hub.prepared` statements: BEGIN and
        COMMIT go straight to the driver, without SQLAlchemy's transaction bookkeeping (the
        sync hot path reads through this once or twice per request)."""
        try:
            with self.engine.connect() as conn:
                raw = conn.connection.dbapi_connection
                if not self.is_sqlite:
                    # Statement by statement, as READ COMMITTED reads anyway: no BEGIN before
                    # the first and no ROLLBACK when the pool takes the connection back, two
                    # round trips of every token check and pull (issue #19).
                    raw.autocommit = True  # type: ignore[union-attr]
                    try:
                        yield conn
                    finally:
                        try:
                            raw.autocommit = False  # type: ignore[union-attr]
                        except self.engine.dialect.loaded_dbapi.Error:  # a broken connection: the pool drops it
                            conn.invalidate()
                    return
                raw.execute("BEGIN")  # type: ignore[union-attr]
                try:
                    yield conn
                except BaseException:
                    if raw.in_transaction:  # type: ignore[union-attr]
                        raw.execute("ROLLBACK")  # type: ignore[union-attr]
                    raise
                raw.execute("COMMIT")  # type: ignore[union-attr]
        except (OperationalError, self.engine.dialect.loaded_dbapi.OperationalError) as exc:
            raise storage_error(exc) from exc

    @contextmanager
    def write(self, learners: Collection[int] | None = None) -> Iterator[Connection]:
        """A write transaction. SQLite: serialized in this process and taken at once.
        PostgreSQL (hub.write_locks): for the whole hub, serialized with every other writer
        on every machine; or, given `learners`, only with writers of those learners' own
        rows and with whole-hub writers (a sync push: several run side by side)."""
        with (self._write_lock if self.is_sqlite else nullcontext()), (self._file_lock or nullcontext()):
            try:
                with self.engine.connect() as conn:
                    conn.execution_options(lectern_immediate=True)
                    try:
                        with conn.begin():
                            write_locks.take(conn, learners)
                            yield conn
                    finally:
                        write_locks.release(conn)
            except (OperationalError, ProgrammingError) as exc:
                raise storage_error(exc) from exc

    def schema_state(self) -> SchemaState:
        """Where this database's schema stands (see SchemaState)."""
        try:
            with self.engine.connect() as conn:
                return _schema_state(conn)
        except (OperationalError, ProgrammingError) as exc:
            raise storage_error(exc) from exc

    def migrate(self) -> list[str]:
        """Create the schema, or bring an older one up to the newest revision, never losing
        rows; the steps taken (empty when it was current). One transaction, under the write
        lock: another process migrating at the same time waits, then finds nothing to do."""
        if self.schema_state().current:
            return []
        from alembic import command

        steps: list[str] = []
        with self.write() as conn:
            state = _schema_state(conn)  # again, under the lock
            if state.newer:
                raise HubError(HubErrorKind.STORAGE, f"The hub database is from a newer lectern-hub "
                               f"({state.describe()}); update lectern-hub.")
            if state.current:
                return []
            config = _alembic_config(conn)
            if state.legacy_version is not None and state.legacy_version < SCHEMA_VERSION:
                with _operations(conn):
                    for version in range(state.legacy_version + 1, SCHEMA_VERSION + 1):
                        log.info("upgrading the hub database to schema %d", version)
                        _MIGRATIONS[version](conn)
                        steps.append(f"schema {version}")
                conn.execute(meta.update().where(meta.c.key == "schema_version").values(value=str(SCHEMA_VERSION)))
            if state.revision is None and state.legacy_version is not None:  # an older lectern-hub's
                command.stamp(config, BASELINE_REVISION)
            before = state.revision or (BASELINE_REVISION if state.legacy_version is not None else None)
            command.upgrade(config, "head")
            script = _script()
            for rev in reversed(list(script.iterate_revisions("head", before))):
                steps.append(f"revision {rev.revision}: {rev.doc.splitlines()[0] if rev.doc else ''}".rstrip(": "))
        return steps

    def require_current(self) -> SchemaState:
        """Refuse (a plain HubError) a database whose schema is not this lectern-hub's
        newest: `serve` must not write old-shaped rows, nor half-understand newer ones. An
        empty database is fine (it is created on opening)."""
        state = self.schema_state()
        if state.newer:
            raise HubError(HubErrorKind.BAD_REQUEST, f"The hub database is from a newer lectern-hub "
                           f"({state.describe()}); update lectern-hub.")
        if not (state.empty or state.current):
            raise HubError(HubErrorKind.BAD_REQUEST,
                           f"The hub database needs upgrading: it is at {state.describe()} and this "
                           f"lectern-hub needs revision {state.head}. Back it up, then run `lectern-hub migrate`.")
        return state

    def close(self) -> None:
        if self._checkpointer is not None:
            self._checkpointer.stop()
            self._checkpointer = None
        self.engine.dispose()


def _to_v2(conn: Connection) -> None:
    """v2: the family feed index also keys on the audience (see `feed`)."""
    conn.exec_driver_sql("DROP INDEX IF EXISTS ix_feed_family_seq")  # SQLite and PostgreSQL alike
    next(i for i in feed.indexes if i.name == "ix_feed_family_audience_seq").create(conn, checkfirst=True)


_BACKFILL_CHUNK = 500


def _to_v3(conn: Connection) -> None:
    """v3: feed rows name the learner who caused them (`origin_user_id`), not only the device,
    so that two learners whose stores share a device id still receive each other's posts.

    Existing rows learn it from the tables that know it: a progress row was caused by its own
    audience; a thread or post by its author (threads/posts, found by the event's UUID, which
    the payload carries). A row whose author cannot be found keeps NULL: it then reaches every
    device, its author's too, which applies it as an update of what it already has."""
    if "origin_user_id" not in {c["name"] for c in inspect(conn).get_columns("feed")}:
        column_type = feed.c.origin_user_id.type.compile(dialect=conn.dialect)
        conn.exec_driver_sql(f"ALTER TABLE feed ADD COLUMN origin_user_id {column_type}")
    conn.execute(update(feed).where(
        feed.c.origin_device.is_not(None), feed.c.audience_user_id.is_not(None), feed.c.origin_user_id.is_(None)
    ).values(origin_user_id=feed.c.audience_user_id))
    set_origin = update(feed).where(feed.c.seq == bindparam("row_seq")).values(
        origin_user_id=bindparam("row_user"))
    for kind, table in (("thread", threads), ("post", posts)):
        last = 0
        while True:
            rows = conn.execute(select(feed.c.seq, feed.c.payload).where(
                feed.c.kind == kind, feed.c.audience_user_id.is_(None), feed.c.origin_device.is_not(None),
                feed.c.origin_user_id.is_(None), feed.c.seq > last).order_by(feed.c.seq).limit(_BACKFILL_CHUNK)).all()
            if not rows:
                break
            last = rows[-1][0]
            uuids: dict[int, str] = {}
            for seq, payload in rows:
                try:
                    uuids[seq] = str(json.loads(payload)["id"])
                except (ValueError, KeyError, TypeError):
                    log.warning("feed row %d: no %s id in its payload; left without its author", seq, kind)
            authors = dict(conn.execute(select(table.c.uuid, table.c.author_id).where(
                table.c.uuid.in_(sorted(set(uuids.values()))))).all()) if uuids else {}
            found = [{"row_seq": seq, "row_user": authors[u]} for seq, u in uuids.items() if u in authors]
            if found:
                conn.execute(set_origin, found)


def _to_v4(conn: Connection) -> None:
    """v4: certificates carry their signed credential and their revocation (and threads and
    posts are indexed by author, for the forum requirements). Existing rows
    keep everything and get NULL: the hub signs their credentials when it next serves
    (hub.certificates.sign_pending), so an upgrade never waits on signing."""
    have = {c["name"] for c in inspect(conn).get_columns("certificates")}
    for name in CERTIFICATE_V4_COLUMNS:
        if name not in have:
            column_type = certificates.c[name].type.compile(dialect=conn.dialect)
            conn.exec_driver_sql(f"ALTER TABLE certificates ADD COLUMN {name} {column_type}")
    for table, name in ((threads, "ix_threads_author"), (posts, "ix_posts_author")):
        next(i for i in table.indexes if i.name == name).create(conn, checkfirst=True)


#: columns added by schema 5 to existing tables (nullable, or with a default: rows keep theirs)
V5_COLUMNS = {"enrolments": ("run_id",), "progress": ("completed_made_at",), "quiz_attempts": ("made_at",),
              "threads": ("made_at", "author_role", "pinned", "hidden", "hidden_reason", "hidden_at"),
              "posts": ("made_at", "author_role", "hidden", "hidden_reason", "hidden_at")}
V5_TABLES = (runs, roles, devices, reports, announcements, audit_log)


def _to_v5(conn: Connection) -> None:
    """v5 (#17): runs, roles, device anchors, reports, announcements, the audit log; made_at,
    author roles, pinning and moderation on the forum. Every row is kept: new columns are
    nullable or have a default, and every family's existing enrolments join a default
    self-paced run of the family (everything open, as before)."""
    for table_name, names in V5_COLUMNS.items():
        table = metadata.tables[table_name]
        have = {c["name"] for c in inspect(conn).get_columns(table_name)}
        for name in names:
            if name not in have:
                ddl = CreateColumn(table.c[name]).compile(dialect=conn.dialect)
                conn.exec_driver_sql(f"ALTER TABLE {table_name} ADD COLUMN {ddl}")
    have_tables = set(inspect(conn).get_table_names())
    _baseline().create_tables(t.name for t in V5_TABLES if t.name not in have_tables)
    next(i for i in enrolments.indexes if i.name == "ix_enrolments_run").create(conn, checkfirst=True)
    now = hub_now()
    families = sorted({r[0] for r in conn.execute(select(enrolments.c.course_family).distinct())}
                      | {r[0] for r in conn.execute(select(courses.c.course_family).distinct())})
    for family in families:
        run_id = default_run(conn, family, now)
        conn.execute(update(enrolments).where(enrolments.c.course_family == family,
                                              enrolments.c.run_id.is_(None)).values(run_id=run_id))


def default_run(conn: Connection, family: str, now: str | None = None) -> int:
    """The family's default self-paced run, made on first need (every family has one)."""
    found = conn.execute(select(runs.c.id).where(runs.c.course_family == family,
                                                 runs.c.is_default.is_(True)).limit(1)).scalar()
    if found is not None:
        return int(found)
    now = now or hub_now()
    return inserted_pk(conn.execute(runs.insert().values(
        course_family=family, title="Self-paced", schedule="self_paced", starts=now, ends=None, opens="{}",
        is_default=True, created_at=now, updated_at=now)))


# Schema version -> the step that brings the previous version to it, in one transaction.
_MIGRATIONS = {2: _to_v2, 3: _to_v3, 4: _to_v4, 5: _to_v5}


def _baseline() -> Any:
    """Alembic's baseline revision as a module: schema 5's tables as they were, frozen."""
    import importlib
    return importlib.import_module("hub.migrations.versions.0001_baseline_schema_5")


@contextmanager
def _operations(conn: Connection) -> Iterator[None]:
    """Alembic's `op` bound to this connection, for the hand-written steps' table creation."""
    from alembic.migration import MigrationContext
    from alembic.operations import Operations

    with Operations.context(MigrationContext.configure(conn)):
        yield


class _FileLock:
    """An exclusive lock on a file, held by one writer across processes (hub workers and
    CLI commands). The kernel wakes the next writer at once, where SQLite's own busy
    handler would sleep in steps of up to 100 ms. Without fcntl (Windows), a no-op: the
    busy timeout still keeps writers apart."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._fd: int | None = None

    def __enter__(self) -> None:
        if fcntl is None:
            return
        if self._fd is None:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        fcntl.flock(self._fd, fcntl.LOCK_EX)

    def __exit__(self, *exc: object) -> None:
        if fcntl is not None and self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)


def _sqlite_path(url: str) -> str | None:
    path = url.split(":///", 1)[-1] if url.startswith("sqlite") else ""
    return path if path and path != ":memory:" else None


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = url.split(":///", 1)[-1]
        file_path = _sqlite_path(url)
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, pool_size=16, max_overflow=48, pool_timeout=60,
                               connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000})
        if file_path is not None and "?" not in file_path:
            _private_database_file(engine, file_path)
        _sqlite_setup(engine)
        return engine
    return create_engine(url, pool_size=16, max_overflow=32, pool_pre_ping=True)


def data_dir_mode(settings: "HubSettings") -> int:
    """The mode a new data folder gets: private (it holds the database's password hashes and
    the issuer's key), unless nginx must pass through it to read the blobs (X-Accel-Redirect
    with the blob folder inside it: docs/deploy.md)."""
    blobs = settings.blob_dir.absolute()
    inside = blobs == settings.data_dir.absolute() or settings.data_dir.absolute() in blobs.parents
    return 0o777 if settings.blobs_readable_by_all and inside else 0o700  # 0o777: as the umask says


def make_data_dir(settings: "HubSettings") -> None:
    """Create the data folder when it is missing, with `data_dir_mode` (an existing one is
    left as its administrator set it)."""
    settings.data_dir.mkdir(mode=data_dir_mode(settings), parents=True, exist_ok=True)


#: modes that let other accounts read (or write) the database: a hub tightens them when it opens it
_SHARED_MODES = 0o007
#: not "hub.db": hub.cli silences that one while it opens the database (its errors repeat the CLI's line)
_file_log = logging.getLogger("hub.database_file")


def _private_database_file(engine: Engine, path: str) -> None:
    """The SQLite file holds password and token hashes and devices' keys: create it 0600
    before SQLite opens it (its -wal and -shm files take the main file's mode), and tighten
    a file an older hub left readable by every account (once, logged)."""
    _tighten(path)

    @event.listens_for(engine, "do_connect")
    def _create_private(*_args: Any) -> None:
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_CLOEXEC", 0), 0o600)
        except FileExistsError:
            return
        except OSError:
            return  # SQLite says why, in its own words, when it opens the file
        os.close(fd)


def _tighten(path: str) -> None:
    for name in (path, f"{path}-wal", f"{path}-shm"):
        try:
            mode = os.stat(name).st_mode
        except OSError:
            continue
        if mode & _SHARED_MODES:
            try:
                os.chmod(name, 0o600)
            except OSError as exc:
                _file_log.warning("the hub database file %s can be read by other accounts and cannot be made "
                            "private (%s); chmod 600 it", name, exc.strerror or exc)
                continue
            _file_log.warning("the hub database file %s could be read by other accounts; made it private (0600)",
                        name)


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # We issue BEGIN ourselves (below) so that writers can ask for BEGIN IMMEDIATE.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys=ON")
        # FULL: an acked event must survive a power cut, or a learner's work is lost.
        cur.execute("PRAGMA synchronous=FULL")
        # When the log restarts after a checkpoint, cut the file back to this size (SQLite
        # applies the setting of the connection that restarts it: a writer's).
        cur.execute(f"PRAGMA journal_size_limit={WAL_SIZE_LIMIT}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get("lectern_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def inserted_pk(result: CursorResult[Any]) -> int:
    """The integer primary key of the row a one-row INSERT added (every table here has a
    one-column integer key)."""
    key = result.inserted_primary_key
    if key is None:  # not a one-row INSERT: a programming error, told as storage trouble
        raise HubError(HubErrorKind.STORAGE, "The hub database returned no key for a new row.")
    return int(key[0])


def storage_error(exc: Exception) -> HubError:
    log.error("database error: %s", exc)
    if "locked" in str(exc) or "busy" in str(exc):
        return HubError(HubErrorKind.STORAGE, "The hub database is busy; try again in a moment.")
    return HubError(HubErrorKind.STORAGE, "The hub database cannot be used right now.")


@contextmanager
def pipeline(conn: Connection) -> Iterator[None]:
    """On PostgreSQL, the statements run inside travel together (psycopg's pipeline mode):
    a statement whose rows are not fetched costs no round trip of its own, and fetching
    rows sends everything queued before them at once. A sync push is a few dozen small
    statements inside the write lock, where the round trips, not the work, were the time
    the lock was held (issue #19). Errors come out in order, at the latest when the block
    ends. SQLite has no network between the hub and its database: nothing changes there."""
    if conn.dialect.name != "postgresql":
        yield
        return
    raw = conn.connection.dbapi_connection
    try:
        with raw.pipeline():  # type: ignore[union-attr]
            yield
    except conn.dialect.loaded_dbapi.OperationalError as exc:
        raise storage_error(exc) from exc
