"""One sync pass: push the outbox in batches, pull pages of server events, apply both.

A pass is idempotent and resumable: every client event carries the UUID it got when it was
written, so an ack lost in a reset only means the hub acks it again next time; the cursor and
the acks are saved in the same transaction as what they describe. No rule here reads the PC
clock: the hub orders positions by this device's sequence numbers and its arrival order.
"""
from __future__ import annotations

import logging
import sqlite3
import threading
from dataclasses import dataclass
from typing import Any, Callable

from .credentials import load_credentials
from .errors import CancelledError, HubError, HubErrorKind
from .hub_client import HubClient
from .paths import DataPaths
from .store import (ACCOUNT, CURSOR, DEVICE_ID, LAST_ERROR, LAST_ERROR_KIND, LAST_SUCCESS, LearnerStore,
                    OutboxEvent, now_iso)

log = logging.getLogger(__name__)

BATCH = 500            # protocol.MAX_EVENTS_PER_BATCH
MAX_ROUNDS = 10_000    # a hub that always says "more" cannot keep a pass going for ever
#: Courses that exist on this PC only: the bundled demo (no hub offers it). Their changes
#: are never sent, so a hub never refuses them and status never shows refusals nobody can
#: clear; their progress stays here.
LOCAL_ONLY_COURSES: frozenset[str] = frozenset({"foe-intro-en"})  # sync.demo.DEMO_COURSE_ID


@dataclass(frozen=True)
class SyncSummary:
    pushed: int
    pulled: int
    rejected: int
    rounds: int


@dataclass(frozen=True)
class SyncStatus:
    pending: int
    last_success: str | None
    last_error: str | None
    last_error_kind: str | None
    rejected: list[tuple[str, str]]      # (kind, message) of events the hub refused
    held: int = 0                        # unsent events of another account that signed in here


def to_wire(event: OutboxEvent) -> dict[str, Any]:
    """Compact protocol events: only what the hub needs (device time only where shown)."""
    p = event.payload
    out: dict[str, Any] = {"id": event.id, "kind": event.kind, "course_id": event.course_id,
                           "device_seq": event.seq}
    if event.kind == "progress":
        out["item_id"] = p["item"]
        out["fraction"] = p["fraction"]
        if p.get("position") is not None:
            out["position"] = p["position"]
    elif event.kind == "completed":
        out["item_id"] = p["item"]
    elif event.kind == "quiz_attempt":
        out["item_id"] = p["item"]
        out["answers"] = p["answers"]
        if p.get("version"):
            out["course_version"] = p["version"]
    elif event.kind == "thread":
        out.update(item_id=p["item"], title=p["title"], body=p["body"], device_time=event.created_at)
    elif event.kind == "post":
        out.update(thread_id=p["thread"], body=p["body"], device_time=event.created_at)
        if p.get("parent"):
            out["parent_id"] = p["parent"]
    return out


def keep_local(store: LearnerStore) -> int:
    """Drop the unsent changes of local-only courses from the outbox (the progress they
    describe stays), and settle refusals of them left by earlier versions; returns how
    many changes were dropped."""
    marks = ",".join("?" * len(LOCAL_ONLY_COURSES))
    courses = sorted(LOCAL_ONLY_COURSES)
    if store.db.execute(f"SELECT 1 FROM outbox WHERE course_id IN ({marks}) AND (state = 'pending'"
                        " OR (state = 'rejected' AND settled_at IS NULL)) LIMIT 1",
                        courses).fetchone() is None:
        return 0  # the usual answer, without taking the write lock
    with store.transaction() as conn:
        dropped = conn.execute(f"DELETE FROM outbox WHERE state = 'pending' AND course_id IN ({marks})",
                               courses).rowcount
        conn.execute(f"UPDATE outbox SET settled_at = ?, settled_how = 'local-only' WHERE state ="
                     f" 'rejected' AND settled_at IS NULL AND course_id IN ({marks})",
                     [now_iso(), *courses])
    return dropped


def status(paths: DataPaths) -> SyncStatus:
    with LearnerStore.open(paths.ensure().db) as store:
        keep_local(store)
        rejected = [(r.kind, r.message) for r in store.refusals()][:20]
        return SyncStatus(store.pending_count(), store.get_sync_state(LAST_SUCCESS),
                          store.get_sync_state(LAST_ERROR), store.get_sync_state(LAST_ERROR_KIND),
                          rejected, store.held_count())


class SyncPass:
    def __init__(self, paths: DataPaths, client: HubClient, *,
                 progress: Callable[[int, int], None] | None = None,
                 cancel: threading.Event | None = None) -> None:
        self.paths = paths
        self.client = client
        self.progress = progress
        self.cancel = cancel or threading.Event()
        self._identity: tuple[str | None, str] | None = None   # (account, device id) of this pass

    def run(self) -> SyncSummary:
        with LearnerStore.open(self.paths.ensure().db) as store:
            try:
                summary = self._run(store)
            except HubError as exc:
                store.set_sync_state(LAST_ERROR, exc.message)
                store.set_sync_state(LAST_ERROR_KIND, exc.kind.value)
                raise
            with store.transaction() as conn:
                for key, value in ((LAST_SUCCESS, now_iso()), (LAST_ERROR, None), (LAST_ERROR_KIND, None)):
                    conn.execute("INSERT INTO sync_state(key, value) VALUES (?, ?) ON CONFLICT(key)"
                                 " DO UPDATE SET value = excluded.value", [key, value])
            return summary

    def _run(self, store: LearnerStore) -> SyncSummary:
        creds = load_credentials(self.paths)
        if creds is not None:
            # The sign-in normally bound the store already; this covers a credentials file
            # that reached the profile some other way (copied with it, or by court IT).
            store.use_account(creds.username)
        self._identity = (store.account(), store.device_id())
        device_id = self._identity[1]
        pushed = pulled = rejected = 0
        keep_local(store)
        total = store.pending_count()
        for rounds in range(1, MAX_ROUNDS + 1):
            if self.cancel.is_set():
                raise CancelledError("Sync stopped; nothing was lost.")
            keep_local(store)  # changes made in the demo during this pass
            events = store.pending_events(BATCH)
            # Read after the events: if another account signed in meanwhile, these may be its
            # events, which must not go out with the token this pass holds.
            self._check_identity(store.get_sync_state(ACCOUNT), store.get_sync_state(DEVICE_ID))
            body = {"device_id": device_id, "cursor": store.get_sync_state(CURSOR),
                    "events": [to_wire(e) for e in events]}
            try:
                resp = self.client.sync(body)
            except HubError as exc:
                if exc.kind is HubErrorKind.PROTOCOL and exc.status == 422 and body["cursor"] \
                        and "cursor" in exc.message.lower():
                    store.set_sync_state(CURSOR, None)  # a hub restored from backup: start over
                    continue
                raise
            acked, refused, applied = self._apply(store, events, resp)
            pushed += acked
            rejected += refused
            pulled += applied
            if self.progress is not None:
                self.progress(pushed + rejected, max(total, pushed + rejected))
            if resp.get("more"):
                continue
            if not events or store.pending_count() == 0:
                return SyncSummary(pushed, pulled, rejected, rounds)
            if acked + refused == 0:
                raise HubError(HubErrorKind.PROTOCOL, "The course server did not answer for some changes; "
                                                      "they will be sent again later.")
        raise HubError(HubErrorKind.PROTOCOL, "The course server kept sending more; sync will go on later.")

    def _check_identity(self, account: str | None, device_id: str | None) -> None:
        """Stop when the store changed hands during this pass (see LearnerStore.use_account)."""
        if (account, device_id) != self._identity:
            raise CancelledError("Another learner signed in on this profile during the sync; nothing "
                                 "was lost, and the next sync runs for them.")

    def _apply(self, store: LearnerStore, sent: list[OutboxEvent], resp: dict[str, Any]) -> tuple[int, int, int]:
        """Acks, rejections, server events and the new cursor: all or nothing."""
        try:
            acks = resp["acked"]
            rejections = resp["rejected"]
            events = resp["events"]
            cursor = resp["cursor"]
        except (KeyError, TypeError):
            raise HubError(HubErrorKind.PROTOCOL, "The course server's answer to a sync is malformed.") from None
        kinds = {e.id: e.kind for e in sent}
        stamp = now_iso()
        with store.transaction() as conn:
            # Another account's sign-in moved what this answer describes aside: keep nothing of
            # it (events sent are acked again, idempotently, when their account syncs).
            self._check_identity(_state(conn, ACCOUNT), _state(conn, DEVICE_ID))
            for ack in acks:
                event_id = str(ack.get("id"))
                conn.execute("UPDATE outbox SET state = 'sent', sent_at = ?, error = NULL WHERE id = ?",
                             [stamp, event_id])
                if kinds.get(event_id) == "thread":
                    conn.execute("UPDATE forum_threads SET state = 'sent', server_id = COALESCE(?, server_id)"
                                 " WHERE id = ? AND state = 'pending'", [ack.get("server_id"), event_id])
                elif kinds.get(event_id) == "post":
                    conn.execute("UPDATE forum_posts SET state = 'sent', server_id = COALESCE(?, server_id)"
                                 " WHERE id = ? AND state = 'pending'", [ack.get("server_id"), event_id])
                if ack.get("progress"):
                    _apply_progress(conn, ack["progress"])
                _settle_refusals(conn, event_id, stamp)
            for rej in rejections:
                event_id = str(rej.get("id"))
                message = str(rej.get("message") or rej.get("code") or "refused")
                conn.execute("UPDATE outbox SET state = 'rejected', error = ? WHERE id = ?",
                             [message[:1000], event_id])
                if rej.get("code") == "not-passed" and kinds.get(event_id) == "completed":
                    _undo_refused_completion(conn, event_id)
                conn.execute("UPDATE forum_threads SET state = 'rejected' WHERE id = ?", [event_id])
                conn.execute("UPDATE forum_posts SET state = 'rejected' WHERE id = ?", [event_id])
            for event in events:
                _apply_server_event(conn, event)
            conn.execute("INSERT INTO sync_state(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE"
                         " SET value = excluded.value", [CURSOR, cursor])
        return len(acks), len(rejections), len(events)


def _settle_refusals(conn: sqlite3.Connection, event_id: str, stamp: str) -> None:
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
                 [stamp, kind, item, family])


def _undo_refused_completion(conn: sqlite3.Connection, event_id: str) -> None:
    """The hub says the quiz was not passed: the item must not look done here either, so the
    learner can take it again (a new pass sends a new completion). The attempts are kept."""
    row = conn.execute("SELECT course_id, json_extract(payload, '$.item') FROM outbox WHERE id = ?",
                       [event_id]).fetchone()
    if row is None:
        return
    conn.execute("UPDATE progress SET completed_at = NULL WHERE item_id = ? AND family ="
                 " (SELECT family FROM courses WHERE id = ?)", [row[1], row[0]])


def _state(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM sync_state WHERE key = ?", [key]).fetchone()
    return None if row is None else row[0]


def _apply_progress(conn: sqlite3.Connection, state: dict[str, Any]) -> None:
    """Merge the hub's progress: completion and fraction only grow; the position is the hub's
    unless this device has a newer one still waiting to be sent."""
    family, item = state["course_family"], state["item_id"]
    row = conn.execute("SELECT course_id, position, fraction, completed_at, server_revision FROM progress"
                       " WHERE family = ? AND item_id = ?", [family, item]).fetchone()
    revision = int(state.get("revision") or 0)
    if row is not None and row[4] >= revision:
        return
    completed_at = state.get("completed_at") if state.get("completed") else None
    if row is None:
        course = conn.execute("SELECT id FROM courses WHERE family = ? ORDER BY id LIMIT 1", [family]).fetchone()
        conn.execute("INSERT INTO progress(family, item_id, course_id, position, fraction, completed_at,"
                     " updated_at, server_revision) VALUES (?,?,?,?,?,?,?,?)",
                     [family, item, course[0] if course else "", state.get("position"),
                      float(state.get("fraction") or 0.0), completed_at, now_iso(), revision])
        return
    course_id, position, fraction, local_completed, _ = row
    pending = conn.execute("SELECT 1 FROM outbox WHERE state = 'pending' AND kind = 'progress' AND"
                           " json_extract(payload, '$.item') = ? AND course_id IN"
                           " (SELECT id FROM courses WHERE family = ?)", [item, family]).fetchone()
    new_position = position if pending or state.get("position") is None else state["position"]
    conn.execute("UPDATE progress SET position = ?, fraction = ?, completed_at = ?, server_revision = ?"
                 " WHERE family = ? AND item_id = ?",
                 [new_position, max(fraction, float(state.get("fraction") or 0.0)),
                  local_completed or completed_at, revision, family, item])


def _apply_server_event(conn: sqlite3.Connection, event: dict[str, Any]) -> None:
    kind = event.get("kind")
    if kind == "progress":
        _apply_progress(conn, event["progress"])
    elif kind == "thread":
        t = event["thread"]
        conn.execute(
            "INSERT INTO forum_threads(id, server_id, course_id, family, item_id, author, title, body,"
            " created_at, state) VALUES (?,?,?,?,?,?,?,?,?, 'server') ON CONFLICT(id) DO UPDATE SET"
            " server_id = excluded.server_id, state = CASE WHEN forum_threads.state = 'server'"
            " THEN 'server' ELSE 'sent' END",
            [t["id"], t["server_id"], t["course_id"], t["course_family"], t["item_id"], t["author"],
             t["title"], t["body"], t.get("device_time") or t["created_at"]])
    elif kind == "post":
        p = event["post"]
        exists = conn.execute("SELECT 1 FROM forum_threads WHERE id = ?", [p["thread_id"]]).fetchone()
        if exists is None:
            log.warning("post %s for an unknown thread %s; skipped", p["id"], p["thread_id"])
            return
        conn.execute(
            "INSERT INTO forum_posts(id, server_id, thread_id, parent_id, author, body, created_at, state)"
            " VALUES (?,?,?,?,?,?,?, 'server') ON CONFLICT(id) DO UPDATE SET server_id ="
            " excluded.server_id, state = CASE WHEN forum_posts.state = 'server' THEN 'server'"
            " ELSE 'sent' END",
            [p["id"], p["server_id"], p["thread_id"], p.get("parent_id"), p["author"], p["body"],
             p.get("device_time") or p["created_at"]])
    elif kind == "certificate":
        c = event["certificate"]
        conn.execute("INSERT INTO certificates(course_family, certificate_id, course_id, version, issued_at)"
                     " VALUES (?,?,?,?,?) ON CONFLICT(course_family) DO NOTHING",
                     [c["course_family"], c["certificate_id"], c["course_id"], c["version"], c["issued_at"]])
    elif kind == "course_update":
        c = event["course"]
        conn.execute("INSERT INTO course_updates(course_id, course_family, version, language, title)"
                     " VALUES (?,?,?,?,?) ON CONFLICT(course_id) DO UPDATE SET version ="
                     " MAX(course_updates.version, excluded.version), seen = CASE WHEN"
                     " excluded.version > course_updates.version THEN 0 ELSE course_updates.seen END",
                     [c["course_id"], c["course_family"], c["version"], c["language"], c["title"]])
    else:
        log.info("ignoring server event of unknown kind %r", kind)


def run_sync(paths: DataPaths, client: HubClient, **kw: Any) -> SyncSummary:
    return SyncPass(paths, client, **kw).run()


__all__ = ["SyncPass", "SyncSummary", "SyncStatus", "keep_local", "run_sync", "status", "to_wire"]
