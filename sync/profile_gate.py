"""Cheap start-up questions about profiles, asked by the player before its first paint.

The player decides on every start whether to show the profile chooser: are there other
profiles, does the one about to open have a PIN? `sync.profiles` answers that too, but it
needs the whole store (sqlite_utils, manifests, migrations: ~0.25 s of imports on an old
PC) before the window has painted. These answers use the standard library only: profile
folders by their `learner.db`, and the PIN record by one read-only query. When in doubt (an
unreadable database, one not migrated yet) `pin_set` answers None and the caller asks
`sync.profiles.has_pin`, which stays the authority.
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

#: The settings key `sync.profiles.set_pin` writes (tests keep the two equal).
PIN_SETTING = "profile_pin"


def profile_names(root: Path) -> list[str]:
    """The profiles of a data dir, "default" first: the same answer as
    `sync.profiles.list_profiles`."""
    base = Path(root) / "profiles"
    names = sorted(p.parent.name for p in base.glob("*/learner.db")) if base.is_dir() else []
    return sorted(names, key=lambda n: (n != "default", n.lower()))


def pin_set(db: Path) -> bool | None:
    """Whether the profile database `db` holds a PIN; None when that cannot be read cheaply."""
    try:
        conn = sqlite3.connect(f"{Path(db).resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = ?",
                               (PIN_SETTING,)).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    if row is None:
        return False
    try:
        return bool(json.loads(row[0]))
    except (TypeError, ValueError):
        return None
