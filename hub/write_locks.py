"""Which of the hub's writers wait for which (PostgreSQL; SQLite has one writer anyway).

The feed's readers need one thing from the writers: the rows a device can read become
visible in sequence order, so that a cursor past row N never misses a row numbered below N
that commits later (hub.shared_feed, syncing.pull_feed). Until issue #19's bench, every
write transaction took one advisory lock for the whole hub to get that, and the hub wrote
at the pace of one transaction at a time: on PostgreSQL, round trips under that lock
capped a hub at ~80 pushes a second however many processes and cores it had.

What a device reads is its learner's own rows plus its families' shared rows, and the
cursor keeps a position for each of those sources. So the order only has to hold within
each source:

- a learner's own rows (progress, certificates) are written by that learner's pushes,
  which take the learner's lock for the whole transaction (`learners`);
- a family's shared rows (threads, posts) are numbered and committed under the family's
  feed lock; a sync push takes it only at the end of its transaction, for the rows it
  kept back until then (hub.feed.append_shared), so it is held for one round trip and
  the commit;
- everything else (administration, publishing, moderation, migrations, the CLI) takes the
  whole hub, as before: it waits for the pushes under way and the next ones wait for it.

Pushes take the whole-hub lock shared, so all three orders hold together. Locks are
always taken in one order (the hub, learners by key, families by key), so two writers
never wait for each other in a circle.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Collection

from sqlalchemy.engine import Connection

#: the advisory lock a write transaction takes for the whole hub (any fixed 64-bit number)
WHOLE_HUB = 0x4C6563_7465726E  # "Lectern"
#: two-key advisory locks: (namespace, key); 32 bits each
LEARNERS = 0x4C65_6172  # "Lear"
FAMILY_FEEDS = 0x4665_6564  # "Feed"
_INFO = "lectern_write_scope"


@dataclass
class WriteScope:
    """What the current write transaction holds."""

    #: learners whose own rows it may write; None: the whole hub
    learners: frozenset[int] | None
    #: family feed locks held so far (keys)
    families: set[int] = field(default_factory=set)

    @property
    def whole_hub(self) -> bool:
        return self.learners is None


def learner_key(user_id: int) -> int:
    """A learner's lock key (32 bits; two learners sharing one only wait for each other)."""
    return _int32(user_id & 0xFFFFFFFF)


def family_key(family: str) -> int:
    """A family's feed lock key: a stable hash, the same in every process and machine."""
    return _int32(int.from_bytes(hashlib.blake2b(family.encode(), digest_size=4).digest(), "big"))


def _int32(value: int) -> int:
    return value - (1 << 32) if value >= 1 << 31 else value


def take(conn: Connection, learners: Collection[int] | None) -> WriteScope:
    """Take the locks a write transaction starts with, in one round trip: the whole hub
    (`learners` None), or the hub shared and each learner's lock."""
    scope = WriteScope(None if learners is None else frozenset(learners))
    conn.info[_INFO] = scope
    if conn.dialect.name != "postgresql":
        return scope
    if scope.learners is None:
        statements = [f"SELECT pg_advisory_xact_lock({WHOLE_HUB})"]
    else:
        statements = [f"SELECT pg_advisory_xact_lock_shared({WHOLE_HUB})"] + [
            f"SELECT pg_advisory_xact_lock({LEARNERS}, {key})"
            for key in sorted({learner_key(u) for u in scope.learners})]
    _run(conn, statements)
    return scope


def release(conn: Connection) -> None:
    """Forget the scope when the transaction ends (the locks go with it): `conn.info`
    belongs to the pooled connection, which outlives the transaction."""
    conn.info.pop(_INFO, None)


def scope_of(conn: Connection) -> WriteScope | None:
    scope = conn.info.get(_INFO)
    return scope if isinstance(scope, WriteScope) else None


def lock_family_feeds(conn: Connection, families: Collection[str]) -> None:
    """Before numbering shared rows of these families: their feed locks, held to the
    commit. Nothing to take under the whole-hub lock. On PostgreSQL the statement is only
    queued when called inside a pipeline (hub.db.pipeline): it travels with the INSERT."""
    scope = scope_of(conn)
    if scope is None:
        raise RuntimeError("feed rows written outside a write transaction (hub.db.Database.write)")
    if scope.whole_hub:
        return
    keys = sorted({family_key(f) for f in families} - scope.families)
    if not keys:
        return
    if scope.families and keys[0] < max(scope.families):
        # Taken out of order, two writers could wait for each other: the writer keeps shared
        # rows back to the end of its transaction and locks all their families at once.
        raise RuntimeError("family feed locks taken out of order")
    if conn.dialect.name == "postgresql":
        _run(conn, [f"SELECT pg_advisory_xact_lock({FAMILY_FEEDS}, {key})" for key in keys])
    scope.families.update(keys)


def check_audience(conn: Connection, audience_user_id: int) -> None:
    """A learner's own row may only be written by a transaction that holds that learner (or
    the whole hub): otherwise it could become visible after a row numbered above it."""
    scope = scope_of(conn)
    if scope is None:
        raise RuntimeError("feed rows written outside a write transaction (hub.db.Database.write)")
    if scope.learners is not None and audience_user_id not in scope.learners:
        raise RuntimeError(f"a feed row for learner {audience_user_id} written by a transaction that "
                           "does not hold them")


def _run(conn: Connection, statements: list[str]) -> None:
    """The statements on the driver's cursor, one query string: one round trip (none of its
    own inside a pipeline), evaluated in order."""
    raw = conn.connection.dbapi_connection
    assert raw is not None  # a connection in a transaction is open
    cursor = raw.cursor()
    try:
        if getattr(getattr(raw, "pgconn", None), "pipeline_status", 0):
            for statement in statements:  # a pipeline sends them together, in this order
                cursor.execute(statement)
        else:  # without parameters, one query string of several statements, run in order
            cursor.execute("; ".join(statements))
    finally:
        cursor.close()
