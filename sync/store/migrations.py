"""Schema migrations for the learner's store, by `PRAGMA user_version`.

Each step runs in its own transaction and is never edited once released: a new schema change
is a new step appended here. A copy of the database is kept before upgrading an existing one,
so a learner's record can never be lost to a failed upgrade.
"""
from __future__ import annotations

import json
import logging
import os
import sqlite3
import uuid
from pathlib import Path
from typing import Callable

from ..errors import StoreError

log = logging.getLogger(__name__)


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Like executescript, but inside the caller's transaction (executescript commits first)."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            conn.execute(buffer)
            buffer = ""
    if buffer.strip():
        raise ValueError(f"incomplete SQL in migration: {buffer[:80]}")


def _v1(conn: sqlite3.Connection) -> None:
    _run_script(conn, """
    CREATE TABLE courses (
        id TEXT PRIMARY KEY,
        family TEXT NOT NULL,
        version INTEGER NOT NULL,
        language TEXT NOT NULL,
        title TEXT NOT NULL,
        summary TEXT NOT NULL DEFAULT '',
        publisher TEXT NOT NULL DEFAULT '',
        manifest BLOB NOT NULL,          -- the exact signed bytes
        signature BLOB,
        signature_status TEXT NOT NULL,
        key_id TEXT,
        installed_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        last_item_id TEXT,
        last_studied_at TEXT
    );
    CREATE TABLE course_files (
        course_id TEXT NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        media_type TEXT NOT NULL,
        role TEXT NOT NULL,
        present INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (course_id, sha256)
    );
    CREATE INDEX course_files_sha ON course_files(sha256);
    -- Progress is per course family: language versions share item ids and one record.
    CREATE TABLE progress (
        family TEXT NOT NULL,
        item_id TEXT NOT NULL,
        course_id TEXT NOT NULL,
        position REAL,
        fraction REAL NOT NULL DEFAULT 0,
        completed_at TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (family, item_id)
    );
    CREATE TABLE quiz_attempts (
        id TEXT PRIMARY KEY,
        family TEXT NOT NULL,
        item_id TEXT NOT NULL,
        course_id TEXT NOT NULL,
        answers TEXT NOT NULL,
        correct_count INTEGER NOT NULL,
        total INTEGER NOT NULL,
        score REAL NOT NULL,
        passed INTEGER NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE INDEX quiz_attempts_item ON quiz_attempts(family, item_id);
    CREATE TABLE forum_threads (
        id TEXT PRIMARY KEY,             -- chosen on the device (uuid) or the hub's id
        server_id TEXT UNIQUE,
        course_id TEXT NOT NULL,
        family TEXT NOT NULL,
        item_id TEXT NOT NULL,
        author TEXT NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'server', 'rejected'))
    );
    CREATE TABLE forum_posts (
        id TEXT PRIMARY KEY,
        server_id TEXT UNIQUE,
        thread_id TEXT NOT NULL REFERENCES forum_threads(id),
        parent_id TEXT,
        author TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'server', 'rejected'))
    );
    CREATE INDEX forum_posts_thread ON forum_posts(thread_id);
    -- Events for the hub; seq is this device's own order (no rule trusts the PC clock).
    CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        course_id TEXT NOT NULL,
        payload TEXT NOT NULL,
        created_at TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'rejected')),
        error TEXT,
        sent_at TEXT
    );
    CREATE INDEX outbox_pending ON outbox(seq) WHERE state = 'pending';
    CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT);
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """)
    conn.execute("INSERT INTO sync_state(key, value) VALUES ('device_id', ?)", [str(uuid.uuid4())])


def _v2(conn: sqlite3.Connection) -> None:
    """Downloads from a hub: one job per course, restored after a restart."""
    _run_script(conn, """
    CREATE TABLE download_jobs (
        course_id TEXT PRIMARY KEY,
        version INTEGER NOT NULL,
        hub_url TEXT NOT NULL,
        choice TEXT NOT NULL CHECK (choice IN ('low', 'standard', 'all')),
        state TEXT NOT NULL,
        manifest BLOB,
        signature BLOB,
        total_bytes INTEGER NOT NULL DEFAULT 0,
        done_bytes INTEGER NOT NULL DEFAULT 0,
        error TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    """)


def _v3(conn: sqlite3.Connection) -> None:
    """Sync with the hub: merged progress revisions, certificates, course updates."""
    _run_script(conn, """
    ALTER TABLE progress ADD COLUMN server_revision INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE certificates (
        course_family TEXT PRIMARY KEY,
        certificate_id INTEGER NOT NULL,
        course_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        issued_at TEXT NOT NULL
    );
    CREATE TABLE course_updates (
        course_id TEXT PRIMARY KEY,
        course_family TEXT NOT NULL,
        version INTEGER NOT NULL,
        language TEXT NOT NULL,
        title TEXT NOT NULL,
        seen INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX forum_threads_item ON forum_threads(family, item_id);
    """)


def _v4(conn: sqlite3.Connection) -> None:
    """The hub account the store syncs as, and the unsent events of an earlier account.

    A store (its device id, cursor and outbox) belongs to one hub account at a time; when
    another learner signs in on it (a copied data dir), the previous learner's unsent events
    wait in `held_events` until that learner signs in here again (see
    `LearnerStore.use_account`). A store upgraded while signed in belongs to that sign-in:
    its device id and cursor have been that account's so far."""
    _run_script(conn, """
    CREATE TABLE held_events (
        seq INTEGER PRIMARY KEY,         -- its place in the outbox, kept for its return there
        id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        course_id TEXT NOT NULL,
        payload TEXT NOT NULL,
        created_at TEXT NOT NULL,
        account TEXT NOT NULL,           -- the hub user name (case-folded) it belongs to
        held_at TEXT NOT NULL
    );
    CREATE INDEX held_events_account ON held_events(account, seq);
    """)
    account = _signed_in_account(conn)
    if account is not None:
        conn.execute("INSERT OR IGNORE INTO sync_state(key, value) VALUES ('account', ?)", [account])


def _signed_in_account(conn: sqlite3.Connection) -> str | None:
    """The user name of the sign-in kept next to this database (sync.credentials), if any."""
    from ..credentials import FILE_NAME, account_key
    main = next((row[2] for row in conn.execute("PRAGMA database_list") if row[1] == "main"), "")
    if not main:
        return None
    try:
        data = json.loads((Path(main).parent / FILE_NAME).read_text(encoding="utf-8"))
        return account_key(str(data["username"])) or None
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _v5(conn: sqlite3.Connection) -> None:
    """When a refusal by the hub stopped mattering: a later change to the same item was
    accepted ('resolved'), or the learner put the notice away ('dismissed'). Refusals stay in
    the outbox as history; only those with no `settled_at` are shown."""
    have = {row[1] for row in conn.execute("PRAGMA table_info(outbox)")}
    for column in ("settled_at", "settled_how"):
        if column not in have:
            conn.execute(f"ALTER TABLE outbox ADD COLUMN {column} TEXT")
    conn.execute("CREATE INDEX IF NOT EXISTS outbox_refused ON outbox(course_id)"
                 " WHERE state = 'rejected' AND settled_at IS NULL")


#: the download states of the state machine in sync.download_queue (schema 6)
DOWNLOAD_STATES = ("queued", "downloading", "pause_requested", "paused", "cancel_requested",
                   "cancelled", "failed", "complete")


def _v6(conn: sqlite3.Connection) -> None:
    """Download jobs keep the learner's Pause and Cancel of a running download as states of
    their own ('pause_requested', 'cancel_requested'), so a request survives the process
    that was to honour it; the column now takes only the machine's states (CHECK).

    Every row is kept. The states written so far are all still states; a value this schema
    does not know (a development build's) becomes 'paused', keeping its bytes and waiting
    for the learner's Resume, so nothing starts or is dropped against the learner's wish."""
    known = ", ".join(f"'{state}'" for state in DOWNLOAD_STATES)
    _run_script(conn, f"""
    CREATE TABLE download_jobs_v6 (
        course_id TEXT PRIMARY KEY,
        version INTEGER NOT NULL,
        hub_url TEXT NOT NULL,
        choice TEXT NOT NULL CHECK (choice IN ('low', 'standard', 'all')),
        state TEXT NOT NULL CHECK (state IN ({known})),
        manifest BLOB,
        signature BLOB,
        total_bytes INTEGER NOT NULL DEFAULT 0,
        done_bytes INTEGER NOT NULL DEFAULT 0,
        error TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    INSERT INTO download_jobs_v6(course_id, version, hub_url, choice, state, manifest, signature,
                                 total_bytes, done_bytes, error, created_at, updated_at)
        SELECT course_id, version, hub_url, choice,
               CASE WHEN state IN ({known}) THEN state ELSE 'paused' END,
               manifest, signature, total_bytes, done_bytes, error, created_at, updated_at
        FROM download_jobs;
    DROP TABLE download_jobs;
    ALTER TABLE download_jobs_v6 RENAME TO download_jobs;
    """)


def _v7(conn: sqlite3.Connection) -> None:
    """Certificates as signed credentials (issue #15): a certificate row keeps the hub's
    signed Open Badges credential when it arrives, its state (issued, or revoked with the
    reason if the hub gave one and when this computer learnt of it) and whether the learner
    was told of its arrival; the newest signed status list of each issuer is kept, so a
    revocation is known offline. Every certificate row is kept: those from before carry no
    credential yet (it comes with the next sync)."""
    have = {row[1] for row in conn.execute("PRAGMA table_info(certificates)")}
    columns = {
        "credential_id": "TEXT",
        "credential": "TEXT",                     # the signed JSON, as issued
        "issuer": "TEXT",                         # its issuer's did:key
        "credential_at": "TEXT",                  # device time it arrived
        "state": "TEXT NOT NULL DEFAULT 'issued' CHECK (state IN ('issued', 'revoked'))",
        "revoked_reason": "TEXT",
        "revoked_at": "TEXT",                     # device time this computer learnt of it
        "announced": "INTEGER NOT NULL DEFAULT 0",
    }
    for name, declaration in columns.items():
        if name not in have:
            conn.execute(f"ALTER TABLE certificates ADD COLUMN {name} {declaration}")
    _run_script(conn, """
    CREATE TABLE IF NOT EXISTS status_lists (
        issuer TEXT PRIMARY KEY,         -- the did:key that signed it
        url TEXT NOT NULL,               -- its id: the statusListCredential credentials name
        updated_at TEXT NOT NULL,        -- the hub's time of the change it records
        credential TEXT NOT NULL,        -- the signed BitstringStatusListCredential
        received_at TEXT NOT NULL
    );
    """)


def _v8(conn: sqlite3.Connection) -> None:
    """Course runs (issue #17). Every row of schema 7 is kept; what it adds:

    - `hub_clock`: the estimate of the hub's time (sync.hub_clock): the hub's time at the last
      sync (`anchor`), where counting starts from (`ref_*`), the highest estimate persisted;
    - `course_runs`: the learner's run of each course family and its schedule (module id ->
      opening time, the hub's time), as the hub sent it; `family_roles`: the learner's role;
    - `announcements` of the runs, with the learner's read state (local only);
    - `moderation`: posts and threads a moderator hid (with the reason) or restored, by id, so
      a hide that arrives before its post still applies;
    - `forum_reports`: the learner's reports of posts (their events wait in the outbox);
    - threads and posts: `pinned` and the author's role (an instructor's question), and
      `read` (unread counts are kept here only; every row there before counts as read);
    - the sync cursor is cleared (see the end)."""
    for table, columns in (("forum_threads", {"pinned": "INTEGER NOT NULL DEFAULT 0",
                                              "author_role": "TEXT NOT NULL DEFAULT 'learner'",
                                              "read": "INTEGER NOT NULL DEFAULT 1"}),
                           ("forum_posts", {"author_role": "TEXT NOT NULL DEFAULT 'learner'",
                                            "read": "INTEGER NOT NULL DEFAULT 1"})):
        have = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        for name, declaration in columns.items():
            if name not in have:
                conn.execute(f"ALTER TABLE {table} ADD COLUMN {name} {declaration}")
    _run_script(conn, """
    CREATE TABLE IF NOT EXISTS hub_clock (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        anchor TEXT,                     -- the hub's time at the last successful sync
        ref_time TEXT,                   -- the estimate at ref_seconds of boot ref_boot_id
        ref_boot_id TEXT,
        ref_seconds REAL NOT NULL DEFAULT 0,
        high TEXT                        -- the highest estimate persisted
    );
    CREATE TABLE IF NOT EXISTS course_runs (
        family TEXT PRIMARY KEY,         -- a learner is in one run per family
        run_id TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        starts TEXT NOT NULL,            -- the hub's times, ISO 8601
        ends TEXT,
        schedule TEXT NOT NULL,          -- sync.schedule's kinds: self_paced, weekly, explicit
        opens TEXT NOT NULL DEFAULT '{}', -- JSON: module id -> opening time
        updated_at TEXT NOT NULL,        -- the hub's time of the run's last change
        received_at TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS family_roles (
        family TEXT PRIMARY KEY,
        role TEXT NOT NULL CHECK (role IN ('learner', 'instructor', 'moderator'))
    );
    CREATE TABLE IF NOT EXISTS announcements (
        id TEXT PRIMARY KEY,
        run_id TEXT NOT NULL,
        family TEXT NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        author TEXT NOT NULL DEFAULT '',
        author_role TEXT NOT NULL DEFAULT 'instructor',
        published_at TEXT NOT NULL,      -- the hub's time
        received_at TEXT NOT NULL,
        read_at TEXT                     -- device time the learner read it; NULL: unread
    );
    CREATE INDEX IF NOT EXISTS announcements_unread ON announcements(family) WHERE read_at IS NULL;
    CREATE TABLE IF NOT EXISTS moderation (
        target_id TEXT PRIMARY KEY,      -- a thread's or post's id
        target_kind TEXT NOT NULL CHECK (target_kind IN ('thread', 'post')),
        hidden INTEGER NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        moderator TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL                 -- the hub's time of the action
    );
    CREATE TABLE IF NOT EXISTS forum_reports (
        id TEXT PRIMARY KEY,             -- its outbox event's id
        course_id TEXT NOT NULL,
        target_id TEXT NOT NULL,
        target_kind TEXT NOT NULL CHECK (target_kind IN ('thread', 'post')),
        reason TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS forum_threads_unread ON forum_threads(family, item_id) WHERE read = 0;
    CREATE INDEX IF NOT EXISTS forum_posts_unread ON forum_posts(thread_id) WHERE read = 0;
    """)
    # A schema 7 player skipped the kinds it did not know (run, role, moderation, forum_meta,
    # announcement) while its cursor moved past them: pull the hub's feed again from the start
    # (every step applying it is idempotent), so they arrive.
    conn.execute("UPDATE sync_state SET value = NULL WHERE key = 'cursor'")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2, _v3, _v4, _v5, _v6, _v7, _v8]
LATEST = len(MIGRATIONS)


def _back_up(conn: sqlite3.Connection, backup: Path) -> None:
    """A consistent copy of the database before its schema changes, through SQLite's backup
    API (a byte copy of the file can be torn while another connection has pages in the WAL),
    written to a temporary file and renamed: a `.bak` is whole or absent."""
    part = backup.with_name(backup.name + ".part")
    part.unlink(missing_ok=True)
    target = sqlite3.connect(part)
    try:
        conn.backup(target)
    finally:
        target.close()
    os.replace(part, backup)
    log.info("backed up the learner database to %s before migrating", backup)


def migrate(conn: sqlite3.Connection, db_path: Path | None = None) -> int:
    """Bring the database to LATEST; returns the version it was at."""
    current = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if current > LATEST:
        raise StoreError(f"This learner database was written by a newer Lectern (schema "
                         f"{current}, this one knows {LATEST}). Update Lectern; nothing was changed.")
    if current == LATEST:
        return current
    if current > 0 and db_path is not None and db_path.exists():
        _back_up(conn, db_path.with_name(f"{db_path.name}.v{current}.bak"))
    for version in range(current, LATEST):
        conn.execute("BEGIN IMMEDIATE")
        try:
            (now,) = conn.execute("PRAGMA user_version").fetchone()
            if now != version:  # another process migrated meanwhile
                conn.execute("ROLLBACK")
                continue
            MIGRATIONS[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return current
