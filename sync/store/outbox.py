"""The outbox: events for the hub, in this device's own order, and the hub's refusals of them.

An event is only ever written by the method that makes the change it reports, in the same
transaction (`enqueue` takes that transaction's connection), so a crash loses neither half.
"""
from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass
from typing import Any, Collection

from .base import StoreBase, stamp
from .clock import clock_stamp
from .settings import CURSOR, put_state


@dataclass(frozen=True)
class OutboxEvent:
    seq: int
    id: str
    kind: str
    course_id: str
    payload: dict[str, Any]
    created_at: str


@dataclass(frozen=True)
class Refusal:
    """A change the hub refused, still unsettled: shown where the learner can act on it."""

    event_id: str
    kind: str
    course_id: str
    item_id: str | None
    message: str
    created_at: str


def put_event(conn: sqlite3.Connection, kind: str, course_id: str, payload: dict[str, Any],
              created_at: str, event_id: str | None = None, *, ascii_only: bool = True) -> str:
    """One outbox event, inside the caller's transaction; its UUID is the hub's idempotency key
    (a forum post's is the post's own id). Payloads are compact JSON: an offline month is
    thousands of them; the learner's own words stay as written (`ascii_only=False`). Once the
    store has synced, the payload carries `made_at` and `anchor` (sync.store.clock.clock_stamp)."""
    event_id = event_id or str(uuid.uuid4())
    made_at, anchor = clock_stamp(conn)
    if made_at is not None:
        # When it was made by the hub's clock, and the sync that clock counts from: the hub
        # judges a run's end by it (docs/protocol.md), never by the PC clock.
        payload = {**payload, "made_at": made_at, "anchor": anchor}
    conn.execute("INSERT INTO outbox(id, kind, course_id, payload, created_at) VALUES (?,?,?,?,?)",
                 [event_id, kind, course_id,
                  json.dumps(payload, separators=(",", ":"), ensure_ascii=ascii_only), created_at])
    return event_id


class OutboxMixin(StoreBase):
    def enqueue(self, conn: sqlite3.Connection, kind: str, course_id: str,
                payload: dict[str, Any], stamp: str) -> str:
        """An event inside a transaction the caller holds (the store's methods; benchmarks)."""
        return put_event(conn, kind, course_id, payload, stamp)

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
                         " AND state = 'rejected' AND settled_at IS NULL", [stamp(), event_id])

    def pending_count(self) -> int:
        row = self._one("SELECT COUNT(*) AS n FROM outbox WHERE state = 'pending'")
        return int(row["n"]) if row else 0

    def pending_events(self, limit: int = 500) -> list[OutboxEvent]:
        return [OutboxEvent(r["seq"], r["id"], r["kind"], r["course_id"], json.loads(r["payload"]),
                            r["created_at"])
                for r in self.db.query("SELECT * FROM outbox WHERE state = 'pending' ORDER BY seq"
                                       " LIMIT ?", [limit])]

    def drop_local_only(self, course_ids: Collection[str]) -> int:
        """Drop the unsent changes of courses that exist on this PC only (their progress stays),
        and settle refusals of them left by earlier versions; returns how many were dropped."""
        if not course_ids:
            return 0
        courses = sorted(course_ids)
        marks = ",".join("?" * len(courses))
        if self.db.execute(f"SELECT 1 FROM outbox WHERE course_id IN ({marks}) AND (state = 'pending'"
                           " OR (state = 'rejected' AND settled_at IS NULL)) LIMIT 1",
                           courses).fetchone() is None:
            return 0  # the usual answer, without taking the write lock
        with self.transaction() as conn:
            dropped = conn.execute(f"DELETE FROM outbox WHERE state = 'pending' AND course_id IN ({marks})",
                                   courses).rowcount
            conn.execute(f"UPDATE outbox SET settled_at = ?, settled_how = 'local-only' WHERE state ="
                         f" 'rejected' AND settled_at IS NULL AND course_id IN ({marks})",
                         [stamp(), *courses])
        return dropped

    def start_over_with_hub(self, sent_since: str) -> int:
        """The hub refused this store's cursor: it was restored from a backup (or is another
        hub), so it may lack events it once acked. In one transaction: pull from the start
        (no cursor), take the hub's progress again whatever its revision (a restored hub
        counts revisions again from the backup's) and its numbers of threads and posts, and
        send again the events acked since
        `sent_since` (`sent_at`; "" for all): those sent under this store's account. The hub
        acks again those it has, changing nothing, and applies the rest. Returns how many
        go again."""
        with self.transaction() as conn:
            again = conn.execute("UPDATE outbox SET state = 'pending' WHERE state = 'sent'"
                                 " AND COALESCE(sent_at, '') >= ?", [sent_since]).rowcount
            conn.execute("UPDATE progress SET server_revision = 0")
            # The hub numbers re-sent threads and posts anew: its old numbers would collide.
            for table in ("forum_threads", "forum_posts"):
                conn.execute(f"UPDATE {table} SET server_id = NULL WHERE server_id IS NOT NULL")
            put_state(conn, CURSOR, None)
        return int(again)
