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
import logging
import os
import sqlite3
from pathlib import Path

from .errors import StoreError

log = logging.getLogger(__name__)

#: The settings key `sync.profiles.set_pin` writes (tests keep the two equal).
PIN_SETTING = "profile_pin"
#: The profile a first start (no profile at all yet) creates without being asked.
DEFAULT_PROFILE = "default"
#: The profile the chooser opened last (a name, one line), beside the profile folders.
LAST_USED_FILE = ".last-used"


def profile_names(root: Path) -> list[str]:
    """The profiles of a data dir, "default" first: the same answer as
    `sync.profiles.list_profiles`."""
    base = Path(root) / "profiles"
    # Not ".deleting-…"/".rename-…" (a deletion or rename under way): no profile name starts
    # with a dot.
    names = sorted(p.parent.name for p in base.glob("*/learner.db")
                   if not p.parent.name.startswith(".")) if base.is_dir() else []
    return sorted(names, key=lambda n: (n != "default", n.lower()))


class NoSuchProfileError(StoreError):
    """A profile was named that does not exist (profiles are only created on purpose)."""


def similar_name(root: Path, name: str, besides: str | None = None) -> str | None:
    """An existing profile whose name differs from `name` only in letter case."""
    return next((n for n in profile_names(root)
                 if n.casefold() == name.casefold() and n != besides), None)


def check_exists(root: Path, name: str, named: bool) -> None:
    """Raise NoSuchProfileError unless profile `name` exists, or it is `default` and the data
    dir has no profile at all yet (a first start). `named`: the learner gave the name (else
    it is the default nobody asked for)."""
    if (Path(root) / "profiles" / name / "learner.db").is_file():
        return
    names = profile_names(root)
    if name == DEFAULT_PROFILE and not names:
        return
    if not named:
        raise NoSuchProfileError(
            f"There is no profile called “{name}” here; this data dir has "
            f"{', '.join(f'“{n}”' for n in names)}: name one with --profile NAME.")
    similar = similar_name(root, name)
    hint = f" Did you mean “{similar}”?" if similar else ""
    raise NoSuchProfileError(f"There is no profile called “{name}” (create it with "
                             f"lectern profiles --add \"{name}\").{hint}")


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


def last_used_name(root: Path) -> str | None:
    """The name noted by `remember_last_used`, whether or not that profile still exists."""
    try:
        name = (Path(root) / "profiles" / LAST_USED_FILE).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return name or None


def last_used(root: Path) -> str | None:
    """The profile the chooser opened last, if it still exists: the chooser preselects it
    (never a profile nobody chose, such as `default`)."""
    name = last_used_name(root)
    return name if name and (Path(root) / "profiles" / name / "learner.db").is_file() else None


def remember_last_used(root: Path, name: str | None) -> None:
    """Note (or, with None, forget) the profile opened last; a failure only costs the
    preselection next time."""
    path = Path(root) / "profiles" / LAST_USED_FILE
    try:
        if name is None:
            path.unlink(missing_ok=True)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(name + "\n", encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("could not remember the last profile in %s (%s)", path, exc)
