"""The relay's own database: one SQLite file in its data directory (`relay.sqlite3`, mode 0600).

Not the hub's Alembic schema: a relay holds other things (a queue, per-device feeds, a
content cache), and a court PC must be able to start one from an empty directory. WAL with
`synchronous=FULL`: a commit is on disk before it returns, so an event is acked to a player
only once it would survive a power cut. One connection, guarded by a lock: the relay's
writes are small and few (a court, not a cohort), and one writer keeps the order of the
queue and the feed plain.

What is kept: the upstream's address and court IT's token (meta), each judge's slow salted
password hash and upstream token (accounts), the relay's own tokens as SHA-256 only
(tokens), the queue of client events (events), per-device upstream cursors (devices), the
per-device feed of what the upstream answered (feed), and the cached courses (courses,
course_blobs; blob files live in `blobs/`).
"""
from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator, Sequence

SCHEMA_VERSION = 1
DB_NAME = "relay.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS accounts(
    username TEXT PRIMARY KEY,
    password_hash TEXT,
    upstream_token TEXT,
    needs_signin INTEGER NOT NULL DEFAULT 0,
    catalog TEXT,
    updated_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS tokens(
    digest TEXT PRIMARY KEY,
    username TEXT NOT NULL,
    device_name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS events(
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    username TEXT NOT NULL,
    device_id TEXT NOT NULL,
    body TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    answer TEXT,
    received_at TEXT NOT NULL,
    forwarded_at TEXT);
CREATE INDEX IF NOT EXISTS events_pending ON events(username, seq) WHERE state = 'pending';
CREATE INDEX IF NOT EXISTS events_device ON events(username, device_id);
CREATE TABLE IF NOT EXISTS devices(
    username TEXT NOT NULL,
    device_id TEXT NOT NULL,
    upstream_cursor TEXT,
    protocol INTEGER NOT NULL DEFAULT 1,
    last_seen TEXT,
    pull_wanted INTEGER NOT NULL DEFAULT 1,
    pulled_at REAL NOT NULL DEFAULT 0,
    PRIMARY KEY(username, device_id));
CREATE TABLE IF NOT EXISTS feed(
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    username TEXT NOT NULL,
    device_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS feed_device ON feed(username, device_id, seq);
CREATE TABLE IF NOT EXISTS courses(
    course_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    family TEXT NOT NULL,
    entry TEXT,
    manifest BLOB NOT NULL,
    signature BLOB,
    source TEXT NOT NULL,
    stored_at TEXT NOT NULL,
    PRIMARY KEY(course_id, version));
CREATE TABLE IF NOT EXISTS course_blobs(
    sha TEXT NOT NULL,
    course_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    family TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    PRIMARY KEY(sha, course_id, version));
CREATE TABLE IF NOT EXISTS publisher_keys(key_id TEXT PRIMARY KEY, text TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS login_failures(key TEXT PRIMARY KEY, count INTEGER NOT NULL, last_at REAL NOT NULL);
"""

# meta keys
UPSTREAM_URL = "upstream_url"
OPERATOR_USER = "operator_user"
OPERATOR_TOKEN = "operator_token"
CLOCK_OFFSET = "clock_offset"


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat().replace("+00:00", "Z")


def private_file(path: Path) -> None:
    """Create `path` empty with mode 0600 if it is not there (before SQLite opens it), and
    make it 0600 if it is."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


@dataclass(frozen=True)
class Account:
    username: str
    password_hash: str | None
    upstream_token: str | None
    needs_signin: bool
    catalog: dict[str, Any] | None


@dataclass(frozen=True)
class QueuedEvent:
    seq: int
    id: str
    username: str
    device_id: str
    body: dict[str, Any]


@dataclass(frozen=True)
class Device:
    username: str
    device_id: str
    upstream_cursor: str | None
    protocol: int


@dataclass(frozen=True)
class FeedRow:
    seq: int
    kind: str             # "event" (a server event) or "rejection"
    body: dict[str, Any]


@dataclass(frozen=True)
class QueueCounts:
    pending: int
    acked: int
    refused: int
    users_waiting: int
    oldest_pending: str | None


class RelayStore:
    """The relay's database. Every method is one transaction (or one read)."""

    def __init__(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        try:
            os.chmod(data_dir, 0o700)
        except OSError:
            pass
        self.path = data_dir / DB_NAME
        private_file(self.path)
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=30)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=FULL")
        self._conn.execute("PRAGMA foreign_keys=ON")
        self._conn.executescript(_SCHEMA)
        for suffix in ("-wal", "-shm"):
            side = self.path.with_name(self.path.name + suffix)
            if side.exists():
                os.chmod(side, 0o600)
        if self.get_meta("schema") is None:
            self.set_meta("schema", str(SCHEMA_VERSION))

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT (fsync'd: synchronous=FULL), rolled back on error."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return list(self._conn.execute(sql, params).fetchall())

    # ------------------------------------------------------------------ meta

    def get_meta(self, key: str) -> str | None:
        rows = self._query("SELECT value FROM meta WHERE key = ?", [key])
        return None if not rows else rows[0][0]

    def set_meta(self, key: str, value: str | None) -> None:
        with self.transaction() as c:
            c.execute("INSERT INTO meta(key, value) VALUES (?, ?)"
                      " ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, value])

    # ------------------------------------------------------------------ accounts and tokens

    def account(self, username: str) -> Account | None:
        rows = self._query("SELECT username, password_hash, upstream_token, needs_signin, catalog FROM accounts"
                           " WHERE username = ?", [username.casefold()])
        if not rows:
            return None
        u, h, t, n, cat = rows[0]
        return Account(u, h, t, bool(n), None if cat is None else json.loads(cat))

    def accounts(self) -> list[Account]:
        rows = self._query("SELECT username FROM accounts ORDER BY username")
        return [a for (u,) in rows if (a := self.account(u)) is not None]

    def save_signin(self, username: str, password_hash: str, upstream_token: str, digest: str,
                    device_name: str) -> None:
        """An online sign-in: the hash of the password the upstream accepted, the upstream
        token, and the relay's own token (its digest), in one transaction."""
        now = now_iso()
        with self.transaction() as c:
            c.execute("INSERT INTO accounts(username, password_hash, upstream_token, needs_signin, updated_at)"
                      " VALUES (?,?,?,0,?) ON CONFLICT(username) DO UPDATE SET password_hash = excluded.password_hash,"
                      " upstream_token = excluded.upstream_token, needs_signin = 0, updated_at = excluded.updated_at",
                      [username, password_hash, upstream_token, now])
            c.execute("INSERT INTO tokens(digest, username, device_name, created_at) VALUES (?,?,?,?)",
                      [digest, username, device_name, now])

    def add_token(self, username: str, digest: str, device_name: str) -> None:
        with self.transaction() as c:
            c.execute("INSERT INTO tokens(digest, username, device_name, created_at) VALUES (?,?,?,?)",
                      [digest, username, device_name, now_iso()])

    def forget_password(self, username: str) -> None:
        """The upstream refused a password this hash accepted (changed upstream): forget it."""
        with self.transaction() as c:
            c.execute("UPDATE accounts SET password_hash = NULL WHERE username = ?", [username])

    def token_user(self, digest: str) -> tuple[str, str] | None:
        rows = self._query("SELECT username, created_at FROM tokens WHERE digest = ? AND revoked = 0", [digest])
        return None if not rows else (rows[0][0], rows[0][1])

    def revoke_token(self, digest: str) -> None:
        with self.transaction() as c:
            c.execute("UPDATE tokens SET revoked = 1 WHERE digest = ?", [digest])

    def upstream_refused_token(self, username: str) -> None:
        """The upstream said 401 to the judge's token (the account disabled, the token
        revoked): forwarding for them waits for an online sign-in, their relay sessions end
        (the player asks them to sign in), and the password hash is forgotten, so only the
        upstream can let them in again."""
        with self.transaction() as c:
            c.execute("UPDATE accounts SET needs_signin = 1, password_hash = NULL WHERE username = ?", [username])
            c.execute("UPDATE tokens SET revoked = 1 WHERE username = ?", [username])

    def save_catalog(self, username: str, catalog: dict[str, Any]) -> None:
        with self.transaction() as c:
            c.execute("UPDATE accounts SET catalog = ?, updated_at = ? WHERE username = ?",
                      [json.dumps(catalog), now_iso(), username])

    # ------------------------------------------------------------------ wrong passwords

    def login_failures(self, keys: Sequence[str], stale: float) -> dict[str, tuple[int, float]]:
        """(count, time of the last) of the wrong passwords counted under each key, if the
        last is not older than `stale` (hub.auth.LoginThrottle's keys: user, address)."""
        marks = ",".join("?" * len(keys))
        rows = self._query(f"SELECT key, count, last_at FROM login_failures WHERE key IN ({marks})"
                           " AND last_at >= ?", [*keys, stale]) if keys else []
        return {str(k): (int(n), float(t)) for k, n, t in rows}

    def add_login_failure(self, keys: Sequence[str], now: float, stale: float) -> None:
        with self.transaction() as c:
            c.execute("DELETE FROM login_failures WHERE last_at < ?", [stale])
            for key in keys:
                c.execute("INSERT INTO login_failures(key, count, last_at) VALUES (?, 1, ?) ON CONFLICT(key)"
                          " DO UPDATE SET count = count + 1, last_at = excluded.last_at", [key, now])

    def clear_login_failures(self, key: str) -> None:
        with self.transaction() as c:
            c.execute("DELETE FROM login_failures WHERE key = ?", [key])

    # ------------------------------------------------------------------ the queue (push)

    def receive(self, username: str, device_id: str, protocol: int,
                events: list[tuple[str, dict[str, Any]]]) -> dict[str, tuple[str, str | None]]:
        """Store a device's events (id, body) durably, in order, in one fsync'd transaction.

        Returns, per id, ("new" | "replayed" | "duplicate", the stored upstream answer if any):
        an id seen before from the same learner is a replay; from another learner, a
        duplicate (refused like the hub refuses it)."""
        out: dict[str, tuple[str, str | None]] = {}
        now = now_iso()
        with self.transaction() as c:
            c.execute("INSERT INTO devices(username, device_id, protocol, last_seen) VALUES (?,?,?,?)"
                      " ON CONFLICT(username, device_id) DO UPDATE SET protocol = excluded.protocol,"
                      " last_seen = excluded.last_seen, pull_wanted = 1", [username, device_id, protocol, now])
            for event_id, body in events:
                row = c.execute("SELECT username, state, answer FROM events WHERE id = ?", [event_id]).fetchone()
                if row is not None:
                    out[event_id] = ("replayed" if row[0] == username else "duplicate", row[2])
                    continue
                c.execute("INSERT INTO events(id, username, device_id, body, received_at) VALUES (?,?,?,?,?)",
                          [event_id, username, device_id, json.dumps(body, separators=(",", ":")), now])
                out[event_id] = ("new", None)
        return out

    def device_admitted(self, username: str, device_id: str, cap: int, active_days: float) -> bool:
        """Whether this PC may sync through the relay: it was seen in the last `active_days`,
        or fewer than `cap` PCs of the learner were (each active PC is pulled for over the
        thin link: made-up device ids must not multiply that)."""
        seen_after = datetime.fromtimestamp(time.time() - active_days * 86400, timezone.utc).isoformat()
        rows = self._query("SELECT device_id FROM devices WHERE username = ? AND last_seen > ?",
                           [username, seen_after.replace("+00:00", "Z")])
        active = {r[0] for r in rows}
        return device_id in active or len(active) < cap

    def touch_device(self, username: str, device_id: str, protocol: int) -> None:
        with self.transaction() as c:
            c.execute("INSERT INTO devices(username, device_id, protocol, last_seen) VALUES (?,?,?,?)"
                      " ON CONFLICT(username, device_id) DO UPDATE SET protocol = excluded.protocol,"
                      " last_seen = excluded.last_seen, pull_wanted = 1", [username, device_id, protocol, now_iso()])

    def users_with_work(self, pull_before: float, active_days: float = 14.0) -> list[str]:
        """Learners with events to forward or a device whose pull is due (wanted, or not
        pulled since `pull_before` and seen in the last `active_days`: a PC gone for weeks
        costs the thin link nothing until it syncs again)."""
        seen_after = datetime.fromtimestamp(time.time() - active_days * 86400, timezone.utc).isoformat()
        rows = self._query(
            "SELECT username FROM events WHERE state = 'pending' UNION "
            "SELECT username FROM devices WHERE pull_wanted = 1 OR (pulled_at < ? AND last_seen > ?)",
            [pull_before, seen_after.replace("+00:00", "Z")])
        return sorted({r[0] for r in rows})

    def next_batch(self, username: str, max_events: int, max_bytes: int) -> list[QueuedEvent]:
        """The learner's oldest pending events, as long as they come from one device (a sync
        request names one device), in arrival order: forwarding keeps the learner's order."""
        rows = self._query("SELECT seq, id, username, device_id, body FROM events WHERE username = ?"
                           " AND state = 'pending' ORDER BY seq LIMIT ?", [username, max_events])
        batch: list[QueuedEvent] = []
        size = 0
        for seq, event_id, user, device, body in rows:
            if batch and (device != batch[0].device_id or size + len(body) > max_bytes):
                break
            size += len(body)
            batch.append(QueuedEvent(seq, event_id, user, device, json.loads(body)))
        return batch

    def devices_of(self, username: str) -> list[Device]:
        rows = self._query("SELECT username, device_id, upstream_cursor, protocol FROM devices WHERE username = ?"
                           " ORDER BY device_id", [username])
        return [Device(*r) for r in rows]

    def device(self, username: str, device_id: str) -> Device:
        rows = self._query("SELECT username, device_id, upstream_cursor, protocol FROM devices"
                           " WHERE username = ? AND device_id = ?", [username, device_id])
        return Device(*rows[0]) if rows else Device(username, device_id, None, 1)

    def apply_upstream(self, username: str, device_id: str, sent: Sequence[str], answer: dict[str, Any]) -> None:
        """One upstream answer for one device, in one transaction: the events it acked or
        refused leave the queue (their answer kept, for replays), refusals and what it sent
        go to the device's feed (with the merged progress of its acks: the upstream never
        sends a device its own progress back), and the device's upstream cursor moves on."""
        acked = {a["id"]: a for a in answer.get("acked", [])}
        refused = {r["id"]: r for r in answer.get("rejected", [])}
        now = now_iso()
        with self.transaction() as c:
            states: dict[str, dict[str, Any]] = {}
            for event_id in sent:
                if event_id in acked:
                    ack = acked[event_id]
                    c.execute("UPDATE events SET state = 'acked', answer = ?, forwarded_at = ? WHERE id = ?",
                              [json.dumps(ack, separators=(",", ":")), now, event_id])
                    progress = ack.get("progress")
                    if isinstance(progress, dict):
                        states[f"{progress.get('course_family')}/{progress.get('item_id')}"] = progress
                elif event_id in refused:
                    rej = refused[event_id]
                    c.execute("UPDATE events SET state = 'refused', answer = ?, forwarded_at = ? WHERE id = ?",
                              [json.dumps(rej, separators=(",", ":")), now, event_id])
                    c.execute("INSERT INTO feed(username, device_id, kind, body) VALUES (?,?,?,?)",
                              [username, device_id, "rejection", json.dumps(rej, separators=(",", ":"))])
            for progress in states.values():
                c.execute("INSERT INTO feed(username, device_id, kind, body) VALUES (?,?,?,?)",
                          [username, device_id, "event",
                           json.dumps({"seq": 0, "kind": "progress", "progress": progress}, separators=(",", ":"))])
            for event in answer.get("events", []):
                c.execute("INSERT INTO feed(username, device_id, kind, body) VALUES (?,?,?,?)",
                          [username, device_id, "event", json.dumps(event, separators=(",", ":"))])
            cursor = answer.get("cursor")
            c.execute("UPDATE devices SET upstream_cursor = ?, pulled_at = ?, pull_wanted = ? "
                      "WHERE username = ? AND device_id = ?",
                      [cursor, time.time(), 1 if answer.get("more") else 0, username, device_id])

    def reset_upstream_cursor(self, username: str) -> int:
        """The upstream did not know a cursor of this learner: it was restored from a backup
        (hub.syncing gives a restored hub a new instance id), so it may lack events it acked
        since. In one transaction: every device of the learner pulls again from the start
        (players apply what they already have without change) and every event of theirs it
        acked goes again, in the order the relay received them (the upstream acks again
        those it has, changing nothing, and applies the rest). Returns how many go again."""
        with self.transaction() as c:
            again = c.execute("UPDATE events SET state = 'pending' WHERE username = ? AND state = 'acked'",
                              [username]).rowcount
            c.execute("UPDATE devices SET upstream_cursor = NULL, pull_wanted = 1 WHERE username = ?", [username])
        return int(again)

    def mark_pulled(self, username: str, device_id: str) -> None:
        with self.transaction() as c:
            c.execute("UPDATE devices SET pull_wanted = 0, pulled_at = ? WHERE username = ? AND device_id = ?",
                      [time.time(), username, device_id])

    # ------------------------------------------------------------------ the feed (pull)

    def feed_after(self, username: str, device_id: str, after: int, limit: int) -> tuple[list[FeedRow], bool]:
        rows = self._query("SELECT seq, kind, body FROM feed WHERE username = ? AND device_id = ? AND seq > ?"
                           " ORDER BY seq LIMIT ?", [username, device_id, after, limit + 1])
        out = [FeedRow(s, k, json.loads(b)) for s, k, b in rows[:limit]]
        return out, len(rows) > limit

    def received_from(self, username: str, device_id: str) -> int:
        """How many events the relay holds from this device (the relay's cursors carry it: a
        relay restored from an older copy holds fewer than a cursor it made since)."""
        rows = self._query("SELECT COUNT(*) FROM events WHERE username = ? AND device_id = ?", [username, device_id])
        return int(rows[0][0])

    def feed_top(self) -> int:
        rows = self._query("SELECT COALESCE(MAX(seq), 0) FROM feed")
        return int(rows[0][0])

    def stored_answers(self, ids: Sequence[str]) -> dict[str, tuple[str, str | None]]:
        out: dict[str, tuple[str, str | None]] = {}
        for event_id in ids:
            rows = self._query("SELECT state, answer FROM events WHERE id = ?", [event_id])
            if rows:
                out[event_id] = (rows[0][0], rows[0][1])
        return out

    def counts(self) -> QueueCounts:
        rows = self._query("SELECT state, COUNT(*) FROM events GROUP BY state")
        by = {s: n for s, n in rows}
        users = self._query("SELECT COUNT(DISTINCT username), MIN(received_at) FROM events WHERE state = 'pending'")
        return QueueCounts(by.get("pending", 0), by.get("acked", 0), by.get("refused", 0),
                           int(users[0][0] or 0), users[0][1])

    # ------------------------------------------------------------------ content

    def save_course(self, course_id: str, version: int, family: str, entry: dict[str, Any] | None,
                    manifest: bytes, signature: bytes | None, source: str,
                    files: Sequence[tuple[str, str, int]]) -> None:
        """A course version's manifest and signature exactly as signed, and its files
        (sha256, media type, size) for access checks. A seed (a bundle whose signature
        verified against a key court IT trusts) replaces what was kept: the way to repair a
        course whatever the link brought."""
        with self.transaction() as c:
            if source == "seed":
                c.execute("DELETE FROM course_blobs WHERE course_id = ? AND version = ?", [course_id, version])
            c.execute("INSERT INTO courses(course_id, version, family, entry, manifest, signature, source, stored_at)"
                      " VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(course_id, version) DO UPDATE SET"
                      " entry = COALESCE(excluded.entry, courses.entry),"
                      " family = CASE WHEN excluded.source = 'seed' THEN excluded.family ELSE courses.family END,"
                      " manifest = CASE WHEN excluded.source = 'seed' THEN excluded.manifest ELSE courses.manifest END,"
                      " signature = CASE WHEN excluded.source = 'seed' THEN excluded.signature"
                      " ELSE courses.signature END,"
                      " source = CASE WHEN excluded.source = 'seed' THEN 'seed' ELSE courses.source END,"
                      " stored_at = CASE WHEN excluded.source = 'seed' THEN excluded.stored_at"
                      " ELSE courses.stored_at END",
                      [course_id, version, family, None if entry is None else json.dumps(entry), manifest,
                       signature, source, now_iso()])
            c.executemany("INSERT OR IGNORE INTO course_blobs(sha, course_id, version, family, media_type, size)"
                          " VALUES (?,?,?,?,?,?)", [(sha, course_id, version, family, mt, size)
                                                    for sha, mt, size in files])

    def course(self, course_id: str, version: int) -> tuple[str, bytes, bytes | None] | None:
        rows = self._query("SELECT family, manifest, signature FROM courses WHERE course_id = ? AND version = ?",
                           [course_id, version])
        return None if not rows else (rows[0][0], bytes(rows[0][1]),
                                      None if rows[0][2] is None else bytes(rows[0][2]))

    def course_entries(self) -> list[tuple[str, int, str, dict[str, Any] | None, str]]:
        rows = self._query("SELECT course_id, version, family, entry, source FROM courses ORDER BY course_id, version")
        return [(cid, v, fam, None if e is None else json.loads(e), src) for cid, v, fam, e, src in rows]

    def blob_info(self, sha: str, families: Sequence[str]) -> tuple[str, int] | None:
        """(media type, size) of a file of a cached course in one of these families."""
        if not families:
            return None
        marks = ",".join("?" * len(families))
        rows = self._query(f"SELECT media_type, size FROM course_blobs WHERE sha = ? AND family IN ({marks}) LIMIT 1",
                           [sha, *families])
        return None if not rows else (rows[0][0], int(rows[0][1]))

    def add_publisher_key(self, key_id: str, text: str) -> None:
        with self.transaction() as c:
            c.execute("INSERT INTO publisher_keys(key_id, text) VALUES (?,?) ON CONFLICT(key_id) DO UPDATE SET"
                      " text = excluded.text", [key_id, text])

    def publisher_keys(self) -> list[str]:
        return [t for (t,) in self._query("SELECT text FROM publisher_keys ORDER BY key_id")]
