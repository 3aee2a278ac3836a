"""Course runs on the learner's PC (issue #17): the hub-clock estimate, the learner's run and
role per course family, announcements with their read state, moderators' hides, the learner's
reports of posts, and the unread marks of the discussions.

What the hub sends arrives by sync (`sync.store.inbox` applies it with the rest of an answer,
through the `apply_*` functions here); what the learner does (reading, reporting) is written
here, a report with its outbox event in one transaction.
"""
from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Mapping

from .. import hub_clock
from ..hub_clock import HubClockState
from .base import StoreBase, stamp
from .clock import read_clock, write_clock
from .outbox import put_event
from .settings import ACCOUNT, read_state

if TYPE_CHECKING:
    from ..schedule import Schedule

ROLES = ("learner", "instructor", "moderator")


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class StoredRun:
    """The learner's run of a family, as the hub sent it (times are the hub's, ISO 8601)."""

    family: str
    run_id: str
    title: str
    starts: str
    ends: str | None
    schedule: str                 # sync.schedule's kind: self_paced, weekly, explicit
    opens: Mapping[str, str]      # module id -> opening time (explicit schedules)
    updated_at: str

    def to_schedule(self) -> "Schedule | None":
        """The run as `sync.schedule` reads it (None, everything open, if it is unreadable:
        a newer hub's kind of schedule; the hub still refuses what is locked)."""
        from ..schedule import Schedule, ScheduleError

        starts = hub_clock.from_text(self.starts)
        if starts is None:
            return None
        opens = {m: t for m, t in ((m, hub_clock.from_text(v)) for m, v in self.opens.items()) if t is not None}
        try:
            return Schedule(self.schedule, starts, hub_clock.from_text(self.ends), opens)
        except ScheduleError:
            return None




@dataclass(frozen=True)
class StoredReport:
    id: str
    course_id: str
    target_id: str
    target_kind: str
    reason: str
    created_at: str


@dataclass(frozen=True)
class Moderation:
    """A moderator's latest action on a thread or post."""

    target_id: str
    target_kind: str
    hidden: bool
    reason: str
    moderator: str
    at: str


# What the hub sends (the sync engine reads the wire and hands the store these).

@dataclass(frozen=True)
class HubRun:
    family: str
    run_id: str
    title: str
    schedule: str
    starts: str
    ends: str | None
    updated_at: str
    opens: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class HubForumMeta:
    """A thread's or post's marks: its author's role, and whether staff pinned it."""

    target_kind: str
    target_id: str
    author_role: str
    pinned: bool


@dataclass(frozen=True)
class HubRole:
    family: str
    role: str


@dataclass(frozen=True)
class HubAnnouncement:
    id: str
    run_id: str
    family: str
    title: str
    body: str
    author: str
    author_role: str
    published_at: str


@dataclass(frozen=True)
class StoredAnnouncement(HubAnnouncement):
    """An announcement as kept here: the hub's, and whether the learner has read it."""

    read: bool


@dataclass(frozen=True)
class HubModeration:
    target_id: str
    target_kind: str     # "thread" or "post"
    hidden: bool
    reason: str
    moderator: str
    at: str


# --------------------------------------------------------------------------- applied by sync


def apply_run(conn: sqlite3.Connection, run: HubRun) -> None:
    """The learner's run of a family (a later one replaces it: a schedule changed, or the
    learner moved to another run)."""
    conn.execute("INSERT INTO course_runs(family, run_id, title, starts, ends, schedule, opens,"
                 " updated_at, received_at) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(family) DO UPDATE SET"
                 " run_id = excluded.run_id, title = excluded.title, starts = excluded.starts,"
                 " ends = excluded.ends, schedule = excluded.schedule, opens = excluded.opens,"
                 " updated_at = excluded.updated_at, received_at = excluded.received_at",
                 [run.family, run.run_id, run.title, run.starts, run.ends, run.schedule,
                  json.dumps(dict(run.opens), sort_keys=True, separators=(",", ":")), run.updated_at,
                  stamp()])


def apply_forum_meta(conn: sqlite3.Connection, meta: HubForumMeta) -> None:
    """The hub's marks on a thread or post it sent before (the newest wins)."""
    role = meta.author_role if meta.author_role in ROLES else "learner"
    if meta.target_kind == "thread":
        conn.execute("UPDATE forum_threads SET author_role = ?, pinned = ? WHERE id = ?",
                     [role, int(meta.pinned), meta.target_id])
    elif meta.target_kind == "post":
        conn.execute("UPDATE forum_posts SET author_role = ? WHERE id = ?", [role, meta.target_id])


def apply_role(conn: sqlite3.Connection, role: HubRole) -> None:
    if role.role not in ROLES:
        return  # a newer hub's role: this Lectern shows the learner's screens
    conn.execute("INSERT INTO family_roles(family, role) VALUES (?,?) ON CONFLICT(family)"
                 " DO UPDATE SET role = excluded.role", [role.family, role.role])


def apply_announcement(conn: sqlite3.Connection, a: HubAnnouncement) -> None:
    """Kept with its read state; a resent one (edited) keeps whether it was read."""
    conn.execute("INSERT INTO announcements(id, run_id, family, title, body, author, author_role,"
                 " published_at, received_at) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
                 " title = excluded.title, body = excluded.body, author = excluded.author,"
                 " author_role = excluded.author_role, published_at = excluded.published_at",
                 [a.id, a.run_id, a.family, a.title, a.body, a.author, a.author_role, a.published_at,
                  stamp()])


def apply_moderation(conn: sqlite3.Connection, m: HubModeration) -> None:
    """A hide or restore: the latest action by the hub's time wins (so a replayed old event
    changes nothing); nothing is deleted, the row is only no longer shown."""
    if m.target_kind not in ("thread", "post"):
        return
    conn.execute("INSERT INTO moderation(target_id, target_kind, hidden, reason, moderator, at)"
                 " VALUES (?,?,?,?,?,?) ON CONFLICT(target_id) DO UPDATE SET"
                 " hidden = excluded.hidden, reason = excluded.reason, moderator = excluded.moderator,"
                 " at = excluded.at WHERE excluded.at >= moderation.at",
                 [m.target_id, m.target_kind, int(m.hidden), m.reason, m.moderator, m.at])
    blank_if_hidden(conn, m.target_kind, m.target_id)


STAFF = ("instructor", "moderator")


def blank_if_hidden(conn: sqlite3.Connection, target_kind: str, target_id: str) -> None:
    """A hidden thread or post keeps no content on this PC unless it is the viewer's own or
    the viewer is staff of its family: hiding must take it off every learner's disk, not only
    off their screens. (A restore brings the content again from the hub.)"""
    hidden = conn.execute("SELECT hidden FROM moderation WHERE target_id = ?", [target_id]).fetchone()
    if hidden is None or not hidden[0]:
        return
    if target_kind == "thread":
        row = conn.execute("SELECT author, family FROM forum_threads WHERE id = ?", [target_id]).fetchone()
    else:
        row = conn.execute("SELECT p.author, t.family FROM forum_posts p JOIN forum_threads t"
                           " ON t.id = p.thread_id WHERE p.id = ?", [target_id]).fetchone()
    if row is None or row[0] == read_state(conn, ACCOUNT):
        return
    role = conn.execute("SELECT role FROM family_roles WHERE family = ?", [row[1]]).fetchone()
    if role is not None and role[0] in STAFF:
        return
    if target_kind == "thread":
        conn.execute("UPDATE forum_threads SET title = '', body = '' WHERE id = ?", [target_id])
    else:
        conn.execute("UPDATE forum_posts SET body = '' WHERE id = ?", [target_id])


# --------------------------------------------------------------------------- the mixin


def _run(r: Mapping[str, Any]) -> StoredRun:
    try:
        opens = {str(k): str(v) for k, v in json.loads(r["opens"] or "{}").items()}
    except (ValueError, AttributeError):
        opens = {}
    return StoredRun(r["family"], r["run_id"], r["title"], r["starts"], r["ends"], r["schedule"], opens,
                     r["updated_at"])


def _announcement(r: Mapping[str, Any]) -> StoredAnnouncement:
    return StoredAnnouncement(r["id"], r["run_id"], r["family"], r["title"], r["body"], r["author"],
                              r["author_role"], r["published_at"], r["read_at"] is not None)


def _report(r: Mapping[str, Any]) -> StoredReport:
    return StoredReport(r["id"], r["course_id"], r["target_id"], r["target_kind"], r["reason"],
                        r["created_at"])


class RunsMixin(StoreBase):
    # ---- the hub clock

    def hub_clock_state(self) -> HubClockState:
        return read_clock(self.db.conn)

    def hub_time_now(self) -> datetime | None:
        """The hub-clock estimate now (None before any sync). After a reboot the first call
        rebases the counting on this boot (one small write)."""
        state = read_clock(self.db.conn)
        if not state.known:
            return None
        reading = hub_clock.reading_now()
        if reading.boot_id != state.ref_boot_id or reading.seconds < state.ref_seconds:
            return self.checkpoint_hub_clock()
        return hub_clock.estimate(state, reading)

    def checkpoint_hub_clock(self) -> datetime | None:
        """Persist the estimate now (it only moves forward); returns it."""
        with self.transaction() as conn:
            state = read_clock(conn)
            reading = hub_clock.reading_now()
            new = hub_clock.advanced(state, reading)
            if new != state:
                write_clock(conn, new)
            return hub_clock.estimate(new, reading)

    # ---- runs and roles

    def course_run(self, family: str) -> StoredRun | None:
        row = self._one("SELECT * FROM course_runs WHERE family = ?", [family])
        return None if row is None else _run(row)

    def course_runs(self) -> list[StoredRun]:
        return [_run(r) for r in self.db.query("SELECT * FROM course_runs ORDER BY family")]

    def family_role(self, family: str) -> str:
        row = self._one("SELECT role FROM family_roles WHERE family = ?", [family])
        return "learner" if row is None else str(row["role"])

    # ---- announcements

    def announcements(self, family: str | None = None) -> list[StoredAnnouncement]:
        """Newest first (by the hub's time)."""
        where, params = ("WHERE family = ?", [family]) if family is not None else ("", [])
        return [_announcement(r) for r in self.db.query(
            f"SELECT * FROM announcements {where} ORDER BY published_at DESC, rowid DESC", params)]

    def unread_announcements(self, family: str | None = None) -> int:
        where, params = (" AND family = ?", [family]) if family is not None else ("", [])
        row = self._one(f"SELECT COUNT(*) AS n FROM announcements WHERE read_at IS NULL{where}", params)
        return int(row["n"]) if row else 0

    def mark_announcements_read(self, ids: list[str] | None = None, family: str | None = None) -> int:
        """Mark the given announcements (or all, of a family if given) read; returns how many."""
        sql, params = "UPDATE announcements SET read_at = ? WHERE read_at IS NULL", [stamp()]
        if ids is not None:
            if not ids:
                return 0
            sql += f" AND id IN ({','.join('?' * len(ids))})"
            params += ids
        if family is not None:
            sql += " AND family = ?"
            params.append(family)
        with self.transaction() as conn:
            return int(conn.execute(sql, params).rowcount)

    # ---- moderation and reports

    def moderation(self, target_id: str) -> Moderation | None:
        row = self._one("SELECT * FROM moderation WHERE target_id = ?", [target_id])
        return None if row is None else Moderation(row["target_id"], row["target_kind"], bool(row["hidden"]),
                                                   row["reason"], row["moderator"], row["at"])

    def add_report(self, course_id: str, target_id: str, target_kind: str, reason: str) -> StoredReport:
        """A report of a thread or post, with its outbox event ('report'), in one transaction."""
        now = stamp()
        report_id = str(uuid.uuid4())
        with self.transaction() as conn:
            self._family(conn, course_id)   # NotInstalledError
            conn.execute("INSERT INTO forum_reports(id, course_id, target_id, target_kind, reason, created_at)"
                         " VALUES (?,?,?,?,?,?)", [report_id, course_id, target_id, target_kind, reason, now])
            put_event(conn, "report", course_id, {"target": target_id, "target_kind": target_kind,
                                                  "reason": reason}, now, report_id, ascii_only=False)
        return StoredReport(report_id, course_id, target_id, target_kind, reason, now)

    def reports(self, course_id: str | None = None) -> list[StoredReport]:
        where, params = ("WHERE course_id = ?", [course_id]) if course_id is not None else ("", [])
        return [_report(r) for r in self.db.query(
            f"SELECT * FROM forum_reports {where} ORDER BY created_at DESC, rowid DESC", params)]

    # ---- unread marks

    def unread_by_discussion(self, family: str, viewer: str) -> dict[str, int]:
        """Unread threads and posts of others per forum item of a family, not counting what a
        moderator hid."""
        counts: dict[str, int] = {}
        for row in self.db.query(
                "SELECT t.item_id AS item, COUNT(*) AS n FROM forum_threads t WHERE t.family = ?"
                " AND t.read = 0 AND t.author != ? AND t.id NOT IN (SELECT target_id FROM moderation"
                " WHERE hidden = 1) GROUP BY t.item_id", [family, viewer]):
            counts[row["item"]] = counts.get(row["item"], 0) + int(row["n"])
        for row in self.db.query(
                "SELECT t.item_id AS item, COUNT(*) AS n FROM forum_posts p JOIN forum_threads t"
                " ON t.id = p.thread_id WHERE t.family = ? AND p.read = 0 AND p.author != ?"
                " AND p.id NOT IN (SELECT target_id FROM moderation WHERE hidden = 1)"
                " AND t.id NOT IN (SELECT target_id FROM moderation WHERE hidden = 1)"
                " GROUP BY t.item_id", [family, viewer]):
            counts[row["item"]] = counts.get(row["item"], 0) + int(row["n"])
        return counts

    def unread_replies_to(self, family: str, viewer: str) -> int:
        """Unread posts of others answering the viewer: a reply to one of their posts, or a
        post straight in a thread they started; none that a moderator hid, nor any inside a
        hidden thread."""
        row = self._one(
            "SELECT COUNT(*) AS n FROM forum_posts p JOIN forum_threads t ON t.id = p.thread_id"
            " LEFT JOIN forum_posts parent ON parent.id = p.parent_id"
            " WHERE t.family = ? AND p.read = 0 AND p.author != ?"
            " AND ((p.parent_id IS NOT NULL AND parent.author = ?) OR (p.parent_id IS NULL AND t.author = ?))"
            " AND p.id NOT IN (SELECT target_id FROM moderation WHERE hidden = 1)"
            " AND t.id NOT IN (SELECT target_id FROM moderation WHERE hidden = 1)",
            [family, viewer, viewer, viewer])
        return int(row["n"]) if row else 0

    def mark_forum_read(self, *, thread_id: str | None = None, family: str | None = None,
                        item_id: str | None = None) -> None:
        """A thread and its posts read, or every thread and post of a family's forum item."""
        with self.transaction() as conn:
            if thread_id is not None:
                conn.execute("UPDATE forum_threads SET read = 1 WHERE id = ? AND read = 0", [thread_id])
                conn.execute("UPDATE forum_posts SET read = 1 WHERE thread_id = ? AND read = 0", [thread_id])
            elif family is not None and item_id is not None:
                conn.execute("UPDATE forum_posts SET read = 1 WHERE read = 0 AND thread_id IN"
                             " (SELECT id FROM forum_threads WHERE family = ? AND item_id = ?)", [family, item_id])
                conn.execute("UPDATE forum_threads SET read = 1 WHERE read = 0 AND family = ? AND item_id = ?",
                             [family, item_id])
