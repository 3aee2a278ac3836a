"""The hub-clock estimate's state in the learner's store (the rule is `sync.hub_clock`'s): read
and written inside the caller's transaction, by the outbox (each event's `made_at`), the inbox
(a sync's hub time) and `RunsMixin` (the estimate now, the periodic checkpoint)."""
from __future__ import annotations

import sqlite3

from .. import hub_clock
from ..hub_clock import BootReading, HubClockState


def read_clock(conn: sqlite3.Connection) -> HubClockState:
    row = conn.execute("SELECT anchor, ref_time, ref_boot_id, ref_seconds, high FROM hub_clock"
                       " WHERE id = 1").fetchone()
    if row is None:
        return HubClockState()
    return HubClockState(hub_clock.from_text(row[0]), hub_clock.from_text(row[1]), row[2],
                         float(row[3] or 0.0), hub_clock.from_text(row[4]))


def write_clock(conn: sqlite3.Connection, state: HubClockState) -> None:
    conn.execute("INSERT INTO hub_clock(id, anchor, ref_time, ref_boot_id, ref_seconds, high)"
                 " VALUES (1,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET anchor = excluded.anchor,"
                 " ref_time = excluded.ref_time, ref_boot_id = excluded.ref_boot_id,"
                 " ref_seconds = excluded.ref_seconds, high = excluded.high",
                 [hub_clock.to_text(state.anchor), hub_clock.to_text(state.ref_time), state.ref_boot_id,
                  state.ref_seconds, hub_clock.to_text(state.high)])


def clock_stamp(conn: sqlite3.Connection) -> tuple[str | None, str | None]:
    """(made_at, anchor) for a client event made now, inside the caller's transaction: the
    hub-clock estimate and the hub's time of the sync it counts from (None before any sync).
    The estimate is persisted with it, so a change the learner made is never dated later
    than the clock resumes from after a reboot."""
    state = read_clock(conn)
    if not state.known:
        return None, None
    reading = hub_clock.reading_now()
    new = hub_clock.advanced(state, reading)
    if new != state:
        write_clock(conn, new)
    return hub_clock.to_text(hub_clock.estimate(new, reading)), hub_clock.to_text(new.anchor)


def anchor_clock(conn: sqlite3.Connection, hub_time: str, reading: BootReading) -> None:
    """A successful sync's hub time becomes the reference (sync.hub_clock.anchored)."""
    moment = hub_clock.from_text(hub_time)
    if moment is not None:
        write_clock(conn, hub_clock.anchored(read_clock(conn), moment, reading))
