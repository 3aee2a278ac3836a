"""The feed: what devices pull, in the hub's order (writing side; reading is in syncing).

One table, two audiences: rows for everyone enrolled in a course family (threads, posts,
course updates) and rows for one learner (progress from their other devices,
certificates). Progress keeps only its latest row per item, so a PC that was offline for a
month pulls one state per item, not every position saved in between.

The cursor holds one position for the learner's own rows and one per family, so a learner
enrolled later in a family still receives that family's whole discussion.
"""
from __future__ import annotations

import json
from contextlib import contextmanager
from typing import Any, Iterator

from sqlalchemy.engine import Connection

from . import db, write_locks
from .prepared import Prepared, binds

_INSERT = Prepared(db.feed.insert().values(binds(
    "course_family", "audience_user_id", "origin_device", "origin_user_id", "kind", "payload", "created_at")
).returning(db.feed.c.seq))
_INSERT_QUIETLY = Prepared(db.feed.insert().values(binds(
    "course_family", "audience_user_id", "origin_device", "origin_user_id", "kind", "payload", "created_at")))
#: shared rows kept back to the end of the transaction (`append_shared`), on `conn.info`
_KEPT = "lectern_kept_shared_rows"


def append(conn: Connection, *, family: str, kind: str, payload: dict[str, Any] | None = None,
           payload_json: str | None = None, audience_user_id: int | None = None,
           origin_device: str | None = None, origin_user_id: int | None = None,
           created_at: str | None = None) -> int:
    """Add a row (its payload as a dict, or already as JSON); returns its sequence number.

    A row a learner's device caused names both (`origin_user_id`, `origin_device`): that
    pair, not the device alone, is what is kept from coming back to it."""
    row = _row(family=family, kind=kind, payload=payload, payload_json=payload_json,
               audience_user_id=audience_user_id, origin_device=origin_device, origin_user_id=origin_user_id,
               created_at=created_at)
    if audience_user_id is None:
        write_locks.lock_family_feeds(conn, [family])
    else:
        write_locks.check_audience(conn, audience_user_id)
    return int(_INSERT.one(conn, row)[0])


def append_shared(conn: Connection, *, family: str, kind: str, payload: dict[str, Any],
                  origin_device: str | None = None, origin_user_id: int | None = None,
                  created_at: str | None = None) -> None:
    """A row for everyone in the family, numbered when its transaction is about to commit
    if the writer keeps such rows back (`keeping_shared_rows`; the sync's writer does), at
    once otherwise. The family's feed lock is then held only for the last round trip and
    the commit, not while the rest of the transaction runs (hub.write_locks)."""
    kept = conn.info.get(_KEPT)
    if kept is None:
        append(conn, family=family, kind=kind, payload=payload, origin_device=origin_device,
               origin_user_id=origin_user_id, created_at=created_at)
    else:
        kept.append(_row(family=family, kind=kind, payload=payload, payload_json=None, audience_user_id=None,
                         origin_device=origin_device, origin_user_id=origin_user_id, created_at=created_at))


@contextmanager
def keeping_shared_rows(conn: Connection) -> Iterator[None]:
    """Within this block `append_shared` keeps rows back; when it ends without an error,
    they are numbered, in the order they were appended, after their families' feed locks
    (taken together, in one round trip with the rows on PostgreSQL). An error drops them
    with the transaction."""
    conn.info[_KEPT] = []
    try:
        yield
        rows: list[dict[str, Any]] = conn.info[_KEPT]
        if rows:
            with db.pipeline(conn):
                write_locks.lock_family_feeds(conn, {row["course_family"] for row in rows})
                _INSERT_QUIETLY.run_many(conn, rows)
    finally:
        conn.info.pop(_KEPT, None)


def kept_mark(conn: Connection) -> int:
    """How many rows are kept back so far (a savepoint's mark, for `forget_kept`)."""
    return len(conn.info.get(_KEPT) or ())


def forget_kept(conn: Connection, mark: int) -> None:
    """Drop the rows kept back since `mark` (their job was rolled back to its savepoint)."""
    kept = conn.info.get(_KEPT)
    if kept is not None:
        del kept[mark:]


def _row(*, family: str, kind: str, payload: dict[str, Any] | None, payload_json: str | None,
         audience_user_id: int | None, origin_device: str | None, origin_user_id: int | None,
         created_at: str | None) -> dict[str, Any]:
    if payload_json is None:
        payload_json = json.dumps(payload, separators=(",", ":"), ensure_ascii=False)
    return {"course_family": family, "audience_user_id": audience_user_id, "origin_device": origin_device,
            "origin_user_id": origin_user_id, "kind": kind, "payload": payload_json,
            "created_at": created_at or db.hub_now()}
