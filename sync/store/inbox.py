"""What the hub answers to a sync request, applied all or nothing: acks and refusals of the
events sent, the hub's events (merged progress, forum rows, certificates and their signed
credentials and status lists, course updates) and
the new cursor, in one transaction with the check that the store still belongs to the account
and device the request was made for.

These records are the store's own, not the wire's: the sync engine reads the wire through
`sync.protocol` and hands the store only what it keeps (so the store needs no pydantic).
"""
from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from typing import Mapping, Sequence, Union

from ..hub_clock import BootReading
from ..progress_rules import HubProgress, LocalProgress, apply_hub_progress
from .base import StoreBase, stamp
from .certificates import HubCredential, HubStatusList, apply_credential, apply_status_list
from .clock import anchor_clock
from .runs import (
    HubAnnouncement,
    HubForumMeta,
    HubModeration,
    HubRole,
    HubRun,
    apply_announcement,
    apply_forum_meta,
    apply_moderation,
    apply_role,
    apply_run,
    blank_if_hidden,
)
from .settings import ACCOUNT, CURSOR, DEVICE_ID, HUB_PROTOCOL, put_state, read_state

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Acked:
    """The hub accepted an event (again, if it was a retry)."""

    event_id: str
    server_id: int | None = None          # the hub's id of a thread or post
    progress: HubProgress | None = None   # the item's merged progress after it


@dataclass(frozen=True)
class Refused:
    """The hub refused an event, for good: the learner is told why."""

    event_id: str
    code: str
    message: str


@dataclass(frozen=True)
class HubThread:
    id: str
    server_id: int
    course_id: str
    family: str
    item_id: str
    author: str
    title: str
    body: str
    created_at: str   # the writer's device time if known (display only), else the hub's


@dataclass(frozen=True)
class HubPost:
    id: str
    server_id: int
    thread_id: str
    parent_id: str | None
    author: str
    body: str
    created_at: str   # as for a thread


@dataclass(frozen=True)
class HubCertificate:
    family: str
    certificate_id: int
    course_id: str
    version: int
    issued_at: str


@dataclass(frozen=True)
class HubCourseUpdate:
    course_id: str
    family: str
    version: int
    language: str
    title: str


HubEvent = Union[HubProgress, HubThread, HubPost, HubCertificate, HubCourseUpdate, HubCredential,
                 HubStatusList, HubRun, HubRole, HubAnnouncement, HubModeration, HubForumMeta]


@dataclass(frozen=True)
class HubAnswer:
    """One sync response, as the store applies it."""

    cursor: str | None   # None: start the pull over
    acked: Sequence[Acked] = field(default_factory=tuple)
    refused: Sequence[Refused] = field(default_factory=tuple)
    events: Sequence[HubEvent] = field(default_factory=tuple)
    #: the hub's time in the answer and this PC's boot clock read on receiving it: the
    #: hub-clock estimate's new reference (sync.hub_clock)
    hub_time: str | None = None
    clock: BootReading | None = None
    #: the protocol version the hub spoke (sync.protocol); kept so the next request speaks it
    protocol: int | None = None


class InboxMixin(StoreBase):
    def apply_hub_answer(self, answer: HubAnswer, sent_kinds: Mapping[str, str],
                         identity: tuple[str | None, str]) -> bool:
        """Apply one answer in one transaction; False (nothing applied) when the store changed
        hands since the request was made: another account's sign-in moved what this answer
        describes aside (events sent are acked again, idempotently, when their account syncs).

        `sent_kinds` maps the ids of the events sent to their kinds; `identity` is the
        (account, device id) the request was made for."""
        now = stamp()
        with self.transaction() as conn:
            if (read_state(conn, ACCOUNT), read_state(conn, DEVICE_ID)) != identity:
                return False
            for ack in answer.acked:
                conn.execute("UPDATE outbox SET state = 'sent', sent_at = ?, error = NULL WHERE id = ?",
                             [now, ack.event_id])
                if sent_kinds.get(ack.event_id) == "thread":
                    conn.execute("UPDATE forum_threads SET state = 'sent', server_id = COALESCE(?, server_id)"
                                 " WHERE id = ? AND state = 'pending'", [ack.server_id, ack.event_id])
                elif sent_kinds.get(ack.event_id) == "post":
                    conn.execute("UPDATE forum_posts SET state = 'sent', server_id = COALESCE(?, server_id)"
                                 " WHERE id = ? AND state = 'pending'", [ack.server_id, ack.event_id])
                if ack.progress is not None:
                    _apply_progress(conn, ack.progress)
                _settle_refusals(conn, ack.event_id, now)
            for rej in answer.refused:
                conn.execute("UPDATE outbox SET state = 'rejected', error = ? WHERE id = ?",
                             [rej.message[:1000], rej.event_id])
                # A relay passes the upstream's refusal on with a later sync, not the one that
                # carried the event: its kind then comes from the outbox.
                kind = sent_kinds.get(rej.event_id) or _outbox_kind(conn, rej.event_id)
                if rej.code == "not-passed" and kind == "completed":
                    _undo_refused_completion(conn, rej.event_id)
                conn.execute("UPDATE forum_threads SET state = 'rejected' WHERE id = ?", [rej.event_id])
                conn.execute("UPDATE forum_posts SET state = 'rejected' WHERE id = ?", [rej.event_id])
            for event in answer.events:
                _apply_event(conn, event)
            if answer.hub_time is not None and answer.clock is not None:
                anchor_clock(conn, answer.hub_time, answer.clock)
            cursor: str | None = answer.cursor
            if answer.protocol is not None:
                before = read_state(conn, HUB_PROTOCOL)
                if answer.protocol >= 2 and before is not None and before.isdigit() and int(before) < 2:
                    # The hub was upgraded to version 2: its run, role, moderation and
                    # announcement rows may be behind the cursor (written by its upgrade, or
                    # skipped): pull again from the start (applying is idempotent).
                    cursor = None
                put_state(conn, HUB_PROTOCOL, str(answer.protocol))
            put_state(conn, CURSOR, cursor)
        return True


def _settle_refusals(conn: sqlite3.Connection, event_id: str, now: str) -> None:
    """An accepted change settles earlier refusals of the same kind for the same item (the
    quiz passed on the hub after all): their notices go away by themselves."""
    row = conn.execute("SELECT o.kind, json_extract(o.payload, '$.item'), c.family FROM outbox o"
                       " LEFT JOIN courses c ON c.id = o.course_id WHERE o.id = ?",
                       [event_id]).fetchone()
    if row is None or row[1] is None:
        return
    kind, item, family = row
    conn.execute("UPDATE outbox SET settled_at = ?, settled_how = 'resolved' WHERE state = 'rejected'"
                 " AND settled_at IS NULL AND kind = ? AND json_extract(payload, '$.item') = ?"
                 " AND course_id IN (SELECT id FROM courses WHERE family = ?)",
                 [now, kind, item, family])


def _outbox_kind(conn: sqlite3.Connection, event_id: str) -> str | None:
    """The kind of an event of the outbox (None: not there)."""
    row = conn.execute("SELECT kind FROM outbox WHERE id = ?", [event_id]).fetchone()
    return None if row is None else str(row[0])


def _undo_refused_completion(conn: sqlite3.Connection, event_id: str) -> None:
    """The hub says the quiz was not passed: the item must not look done here either, so the
    learner can take it again (a new pass sends a new completion). The attempts are kept."""
    row = conn.execute("SELECT course_id, json_extract(payload, '$.item') FROM outbox WHERE id = ?",
                       [event_id]).fetchone()
    if row is None:
        return
    conn.execute("UPDATE progress SET completed_at = NULL WHERE item_id = ? AND family ="
                 " (SELECT family FROM courses WHERE id = ?)", [row[1], row[0]])


def _apply_progress(conn: sqlite3.Connection, hub: HubProgress) -> None:
    """The hub's merged progress, if newer than the revision held, merged by
    `sync.progress_rules.apply_hub_progress`."""
    row = conn.execute("SELECT course_id, position, fraction, completed_at, server_revision FROM progress"
                       " WHERE family = ? AND item_id = ?", [hub.family, hub.item_id]).fetchone()
    if row is not None and row[4] >= hub.revision:
        return
    if row is None:
        course = conn.execute("SELECT id FROM courses WHERE family = ? ORDER BY id LIMIT 1",
                              [hub.family]).fetchone()
        new = apply_hub_progress(LocalProgress(), hub, local_position_pending=False)
        conn.execute("INSERT INTO progress(family, item_id, course_id, position, fraction, completed_at,"
                     " updated_at, server_revision) VALUES (?,?,?,?,?,?,?,?)",
                     [hub.family, hub.item_id, course[0] if course else "", new.position, new.fraction,
                      new.completed_at, stamp(), hub.revision])
        return
    pending = conn.execute("SELECT 1 FROM outbox WHERE state = 'pending' AND kind = 'progress' AND"
                           " json_extract(payload, '$.item') = ? AND course_id IN"
                           " (SELECT id FROM courses WHERE family = ?)", [hub.item_id, hub.family]).fetchone()
    new = apply_hub_progress(LocalProgress(row[1], row[2], row[3]), hub,
                             local_position_pending=pending is not None)
    conn.execute("UPDATE progress SET position = ?, fraction = ?, completed_at = ?, server_revision = ?"
                 " WHERE family = ? AND item_id = ?",
                 [new.position, new.fraction, new.completed_at, hub.revision, hub.family, hub.item_id])


def _apply_event(conn: sqlite3.Connection, event: HubEvent) -> None:
    if isinstance(event, HubProgress):
        _apply_progress(conn, event)
    elif isinstance(event, HubThread):
        # A new thread from the hub is unread here (unread counts leave out the learner's own).
        conn.execute(
            "INSERT INTO forum_threads(id, server_id, course_id, family, item_id, author, title, body,"
            " created_at, state, read) VALUES (?,?,?,?,?,?,?,?,?, 'server', 0)"
            " ON CONFLICT(id) DO UPDATE SET server_id = excluded.server_id,"
            " state = CASE WHEN forum_threads.state = 'server' THEN 'server' ELSE 'sent' END,"
            # the content again after a restore (a hidden one's tombstone has none: kept as is)
            " title = CASE WHEN excluded.body != '' THEN excluded.title ELSE forum_threads.title END,"
            " body = CASE WHEN excluded.body != '' THEN excluded.body ELSE forum_threads.body END",
            [event.id, event.server_id, event.course_id, event.family, event.item_id, event.author,
             event.title, event.body, event.created_at])
        blank_if_hidden(conn, "thread", event.id)
    elif isinstance(event, HubPost):
        exists = conn.execute("SELECT 1 FROM forum_threads WHERE id = ?", [event.thread_id]).fetchone()
        if exists is None:
            log.warning("post %s for an unknown thread %s; skipped", event.id, event.thread_id)
            return
        conn.execute(
            "INSERT INTO forum_posts(id, server_id, thread_id, parent_id, author, body, created_at, state,"
            " read) VALUES (?,?,?,?,?,?,?, 'server', 0) ON CONFLICT(id) DO UPDATE SET"
            " server_id = excluded.server_id,"
            " state = CASE WHEN forum_posts.state = 'server' THEN 'server' ELSE 'sent' END,"
            " body = CASE WHEN excluded.body != '' THEN excluded.body ELSE forum_posts.body END",
            [event.id, event.server_id, event.thread_id, event.parent_id, event.author, event.body,
             event.created_at])
        blank_if_hidden(conn, "post", event.id)
    elif isinstance(event, HubCertificate):
        conn.execute("INSERT INTO certificates(course_family, certificate_id, course_id, version, issued_at)"
                     " VALUES (?,?,?,?,?) ON CONFLICT(course_family) DO NOTHING",
                     [event.family, event.certificate_id, event.course_id, event.version, event.issued_at])
    elif isinstance(event, HubCredential):
        apply_credential(conn, event)
    elif isinstance(event, HubStatusList):
        apply_status_list(conn, event)
    elif isinstance(event, HubRun):
        apply_run(conn, event)
    elif isinstance(event, HubRole):
        apply_role(conn, event)
    elif isinstance(event, HubAnnouncement):
        apply_announcement(conn, event)
    elif isinstance(event, HubModeration):
        apply_moderation(conn, event)
    elif isinstance(event, HubForumMeta):
        apply_forum_meta(conn, event)
    elif isinstance(event, HubCourseUpdate):
        conn.execute("INSERT INTO course_updates(course_id, course_family, version, language, title)"
                     " VALUES (?,?,?,?,?) ON CONFLICT(course_id) DO UPDATE SET version ="
                     " MAX(course_updates.version, excluded.version), seen = CASE WHEN"
                     " excluded.version > course_updates.version THEN 0 ELSE course_updates.seen END",
                     [event.course_id, event.family, event.version, event.language, event.title])
    else:  # pragma: no cover - the sync engine hands over only these
        raise TypeError(f"not a hub event: {event!r}")
