"""The learner's settings and the sync engine's bookkeeping (`sync_state`): device id, hub
account, cursor, and how the last sync went; kept with the data they describe."""
from __future__ import annotations

import json
import sqlite3
import uuid
from typing import Any, Callable

from ..credentials import account_key
from .base import StoreBase, stamp

# Keys of `sync_state` (the sync engine's bookkeeping, kept with the data it describes).
DEVICE_ID = "device_id"
ACCOUNT = "account"
CURSOR = "cursor"
#: the protocol version of the hub's last sync answer (sync.sync_engine speaks it next time)
HUB_PROTOCOL = "hub_protocol"
LAST_SUCCESS = "last_sync_success"
LAST_ERROR = "last_sync_error"
LAST_ERROR_KIND = "last_sync_error_kind"
#: the course server's catalog, saved for offline days (`sync.services.catalog`)
CATALOG_CACHE = "hub_catalog_cache"


def put_state(conn: sqlite3.Connection, key: str, value: str | None) -> None:
    conn.execute("INSERT INTO sync_state(key, value) VALUES (?, ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, value])


def read_state(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM sync_state WHERE key = ?", [key]).fetchone()
    return None if row is None else row[0]


def put_setting(conn: sqlite3.Connection, key: str, value: Any) -> None:
    conn.execute("INSERT INTO settings(key, value) VALUES (?, ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, json.dumps(value)])


class SettingsMixin(StoreBase):
    def device_id(self) -> str:
        row = self._one("SELECT value FROM sync_state WHERE key = 'device_id'")
        assert row is not None  # created by the first migration
        device_id: str = row["value"]
        return device_id

    def account(self) -> str | None:
        """The hub account (case-folded user name) this store syncs as; None before any sign-in."""
        return self.get_sync_state(ACCOUNT)

    def use_account(self, username: str) -> bool:
        """Sync as `username` from now on; True when that is another account than before.

        What the hub knows of "this device" belongs to one account: the device id (the hub
        keys its per-device bookkeeping by learner and device) and the cursor (how far this
        store has pulled that learner's rows). A copied store (a backup restored for someone
        else, a court PC's disk image) signed in as another learner gets a fresh device id
        and cursor, so it inherits neither. The earlier learner's unsent events are never
        sent with another learner's token: they move to `held_events` and come back to the
        outbox, in their order, when that learner signs in on this store again. The first
        sign-in on a store only binds it: what was done on it so far is that learner's."""
        name = account_key(username)
        if not name or self.account() == name:  # every sync pass asks: no write lock for "no change"
            return False
        with self.transaction() as conn:
            previous = read_state(conn, ACCOUNT)
            if previous == name:
                return False
            put_state(conn, ACCOUNT, name)
            if previous is None:
                return False
            conn.execute("INSERT INTO held_events(seq, id, kind, course_id, payload, created_at, account, held_at)"
                         " SELECT seq, id, kind, course_id, payload, created_at, ?, ? FROM outbox"
                         " WHERE state = 'pending' ORDER BY seq", [previous, stamp()])
            conn.execute("DELETE FROM outbox WHERE state = 'pending'")
            conn.execute("INSERT OR IGNORE INTO outbox(seq, id, kind, course_id, payload, created_at)"
                         " SELECT seq, id, kind, course_id, payload, created_at FROM held_events"
                         " WHERE account = ? ORDER BY seq", [name])
            conn.execute("DELETE FROM held_events WHERE account = ? AND id IN (SELECT id FROM outbox)", [name])
            put_state(conn, DEVICE_ID, str(uuid.uuid4()))
            for key in (CURSOR, LAST_SUCCESS, LAST_ERROR, LAST_ERROR_KIND):
                put_state(conn, key, None)
        return True

    def held_count(self) -> int:
        """Unsent events of other accounts that signed in on this store (see `use_account`)."""
        row = self._one("SELECT COUNT(*) AS n FROM held_events")
        return int(row["n"]) if row else 0

    # ------------------------------------------------------------------ settings

    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self._one("SELECT value FROM settings WHERE key = ?", [key])
        return default if row is None else json.loads(row["value"])

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction() as conn:
            put_setting(conn, key, value)

    def update_setting(self, key: str, change: Callable[[Any], Any], default: Any = None) -> Any:
        """Read, change and write one setting in one transaction (two windows adding a trusted
        key at once both count); returns the value written. An exception in `change` writes
        nothing."""
        with self.transaction() as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
            value = change(default if row is None else json.loads(row[0]))
            put_setting(conn, key, value)
        return value

    # ------------------------------------------------------------------ sync bookkeeping

    def get_sync_state(self, key: str, default: str | None = None) -> str | None:
        row = self._one("SELECT value FROM sync_state WHERE key = ?", [key])
        return default if row is None else row["value"]

    def set_sync_state(self, key: str, value: str | None) -> None:
        with self.transaction() as conn:
            put_state(conn, key, value)

    def record_sync_success(self) -> None:
        """A pass ended well: its time is noted and the last error forgotten, together."""
        with self.transaction() as conn:
            for key, value in ((LAST_SUCCESS, stamp()), (LAST_ERROR, None), (LAST_ERROR_KIND, None)):
                put_state(conn, key, value)

    def record_sync_failure(self, message: str, kind: str) -> None:
        """A pass failed: what to tell the learner, and its kind, are noted together."""
        with self.transaction() as conn:
            put_state(conn, LAST_ERROR, message)
            put_state(conn, LAST_ERROR_KIND, kind)
