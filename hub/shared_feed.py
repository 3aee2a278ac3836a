"""A family's shared feed rows (threads, posts, course updates), kept in memory as JSON.

Every learner enrolled in a family pulls every one of these rows, so a forum post written
once is read from the database by each of a thousand learners: under load that fan-out was
the hub's biggest single cost. The rows are append-only (only learners' own progress rows
are ever replaced) and committed in sequence order within the family (SQLite's one writer;
on PostgreSQL the family's feed lock, hub.write_locks), so a process can keep each
family's rows in a list and read only the new ones from the database: a pull becomes a
binary search and a slice. Each worker process keeps its own.

The cache is checked against the database by sequence number on every read: the newest row
it holds is read again with the new ones, and if the database has rows after it but not it
(a restored backup, another database behind the same URL), the family's rows are read
afresh. Nothing here outlives what the database says.
"""
from __future__ import annotations

import bisect
import logging
import threading
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.engine import Connection

from . import db
from .prepared import Prepared

log = logging.getLogger(__name__)

_F = db.feed
# From the cache's newest row on (`since`), that row included: it must still be there.
_NEW_ROWS = Prepared(select(_F.c.seq, _F.c.origin_device, _F.c.origin_user_id, _F.c.kind, _F.c.payload).where(
    _F.c.course_family == bindparam("fam"), _F.c.audience_user_id.is_(None), _F.c.seq >= bindparam("since")
).order_by(_F.c.seq))

# The key under which a server event carries its record (sync.protocol's ServerEvent shapes).
WRAPPER = {"progress": "progress", "thread": "thread", "post": "post",
           "certificate": "certificate", "course_update": "course", "credential": "credential",
           "status_list": "status_list", "run": "run", "role": "role", "forum_meta": "forum_meta",
           "moderation": "moderation", "announcement": "announcement"}


def event_json(seq: int, kind: str, payload: str) -> str:
    """A feed row as the JSON of a `ServerEvent`, from the payload JSON stored with it."""
    return f'{{"seq":{seq},"kind":"{kind}","{WRAPPER[kind]}":{payload}}}'


@dataclass
class _FamilyRows:
    """Parallel lists; the origin is a (learner, device) pair kept as two lists, so that the
    pull's usual case (another device) costs one string comparison, as before."""

    seqs: list[int] = field(default_factory=list)
    origins: list[str | None] = field(default_factory=list)       # the device that caused the row
    origin_users: list[int | None] = field(default_factory=list)  # the learner who did
    events: list[str] = field(default_factory=list)


class SharedFeed:
    """The shared rows of each family this process has served."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._families: dict[str, _FamilyRows] = {}

    def query(self, family: str) -> tuple[Prepared, dict[str, Any]]:
        """The read that brings this process's copy of the family up to date, for a caller
        that sends it with other reads (one round trip); its rows go to `page` as `new`."""
        with self._lock:
            rows = self._families.get(family)
            return _NEW_ROWS, {"fam": family, "since": rows.seqs[-1] if rows and rows.seqs else 0}

    def page(self, conn: Connection, family: str, *, after: int, user_id: int, device_id: str,
             limit: int, new: tuple[int, list[tuple[Any, ...]]] | None = None) -> tuple[list[tuple[int, str]], int]:
        """Up to `limit` (seq, event JSON) rows with `after < seq`, oldest first, without the
        rows this learner caused on this device (another learner on a store with the same
        device id, a copied data dir, still gets them); and the family's newest row number
        as read (its top: every row up to it was considered). Reads the rows committed
        since the last call first, unless `new` brings them: (the `since` of `query`, its rows)."""
        rows = self._refresh(conn, family, new)
        out: list[tuple[int, str]] = []
        seqs, origins, users, events = rows.seqs, rows.origins, rows.origin_users, rows.events
        end = len(events)  # appended last: the other lists hold at least as many
        top = seqs[end - 1] if end else 0
        i = bisect.bisect_right(seqs, after, 0, end)
        while i < end and len(out) < limit:
            if origins[i] != device_id or users[i] != user_id:
                out.append((seqs[i], events[i]))
            i += 1
        return out, top

    def _refresh(self, conn: Connection, family: str,
                 read: tuple[int, list[tuple[Any, ...]]] | None = None) -> _FamilyRows:
        with self._lock:
            rows = self._families.get(family)
            if rows is None:
                rows = self._families[family] = _FamilyRows()
            last = rows.seqs[-1] if rows.seqs else 0
        if read is not None and read[0] > last:
            read = None  # the copy was started afresh since that read (another thread found it stale)
        if read is None:
            new = _NEW_ROWS.rows(conn, {"fam": family, "since": last})
        else:  # read from an earlier `since` (another thread may have appended since): the checks hold from it
            last, new = read
        # A hide or restore rewrites the thread's or post's earlier row (hub.runs.moderate) and
        # adds a `moderation` row in the same transaction: read the family's rows again.
        moderated = bool(last) and any(r[3] == "moderation" for r in new[1:])
        if last and new and (new[0][0] != last or moderated):
            # Rows after the cache's newest, but not it: not the rows this cache was read from.
            if not moderated:
                log.warning("the feed of %s changed under the cache (a restored database?); reading it again",
                            family)
            with self._lock:
                if self._families.get(family) is rows:
                    self._families[family] = _FamilyRows()
                rows = self._families[family]
            new = _NEW_ROWS.rows(conn, {"fam": family, "since": 0})
        if new:
            with self._lock:
                # Another thread may have appended some of them meanwhile: keep the order strict.
                last = rows.seqs[-1] if rows.seqs else 0
                for seq, origin, origin_user, kind, payload in new:
                    if seq > last:
                        rows.seqs.append(seq)
                        rows.origins.append(origin)
                        rows.origin_users.append(origin_user)
                        rows.events.append(event_json(seq, kind, payload))
                        last = seq
        return rows
