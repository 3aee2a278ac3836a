"""Where a learner's data lives: one content store per data dir, one database per profile.

A data dir is private to its OS account (folders 0700, files 0600): on a shared court PC other
accounts must not read a learner's progress, quiz answers, forum drafts or hub sign-in. New
folders are made private; `ensure()` (run on start and before every write) also tightens what
an older Lectern left world-readable. On a FAT USB stick (portable mode) the file system keeps
no modes at all: that is ignored, not an error.
"""
from __future__ import annotations

import logging
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

import platformdirs

log = logging.getLogger(__name__)

APP_NAME = "Lectern"
PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
_OTHERS = 0o077  # the group and other bits a private file or folder must not have
PROFILE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,39}$")


def check_profile_name(name: str) -> str:
    """Profile names become folder names: no separators, no dots first, short."""
    from .errors import StoreError
    name = name.strip()
    if not PROFILE_RE.match(name):
        raise StoreError("A profile name has 1 to 40 letters, digits, spaces, '.', '_' or '-'.")
    return name


@dataclass(frozen=True)
class DataPaths:
    """A data dir: blobs shared by its profiles, a learner database per profile.

    `--data-dir` (court IT portable installs, tests) replaces the platform directories.
    """

    root: Path
    profile: str = "default"

    @classmethod
    def resolve(cls, data_dir: str | Path | None = None, profile: str = "default") -> "DataPaths":
        if data_dir is None:
            data_dir = os.environ.get("LECTERN_DATA_DIR") or platformdirs.user_data_dir(
                APP_NAME, appauthor=False)
        return cls(Path(data_dir).expanduser().absolute(), profile)

    @property
    def blobs(self) -> Path:
        return self.root / "blobs"

    @property
    def profile_dir(self) -> Path:
        return self.root / "profiles" / self.profile

    @property
    def db(self) -> Path:
        return self.profile_dir / "learner.db"

    @property
    def tmp(self) -> Path:
        """Scratch space on the same filesystem as the blobs, so renames are atomic."""
        return self.root / "tmp"

    def ensure(self) -> "DataPaths":
        """Create the folders (private) and tighten an existing data dir; cheap enough to run
        before every operation (a few stat calls when nothing needs changing). Also makes
        what this process creates from now on private (`private_umask`)."""
        private_umask()
        for d in (self.root, self.blobs, self.profile_dir, self.tmp):
            d.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
        make_private(self.root)
        return self


def private_umask() -> None:
    """Add group and other to the process umask (POSIX), so files are private from the moment
    they exist: SQLite makes the learner database (and its -wal/-shm the same), the log and
    partial downloads with the umask's mode, not one Lectern chooses. A process that uses a
    data dir writes only the learner's own files; the machine-wide store, written by `lectern
    --system`, sets its modes explicitly. Never loosens a stricter umask; one call at a time
    never leaves the umask looser than before, even for a moment."""
    if os.name != "posix":
        return
    old = os.umask(_OTHERS)
    if old | _OTHERS != _OTHERS:
        os.umask(old | _OTHERS)


class _NoModes(Exception):
    """The file system keeps no Unix modes (FAT, exFAT, some network shares)."""


def _tighten(path: Path, top: bool = False) -> bool:
    """Drop the group and other bits of `path` (never following a symlink); True if it had
    any. Raises _NoModes when the data dir's own folder cannot keep a private mode."""
    try:
        st = os.lstat(path)
    except OSError:
        return False
    if stat.S_ISLNK(st.st_mode) or not st.st_mode & _OTHERS:
        return False
    try:
        os.chmod(path, stat.S_IMODE(st.st_mode) & ~_OTHERS)
        still = os.lstat(path).st_mode & _OTHERS
    except OSError as exc:  # FAT says EPERM; a file of another account cannot be changed
        if top:
            raise _NoModes() from None
        log.info("cannot make %s private: %s", path, exc.strerror or exc)
        return True
    if still and top:
        raise _NoModes()
    return True


def make_private(root: Path) -> None:
    """Make a data dir readable by its owner only (folders 0700, files 0600).

    Everything but the course files is a handful of entries and is checked every time. The
    course files (thousands) are walked only when their folder was not yet private, so an
    install is tightened once, on its first start with this version. Nothing happens where the
    file system keeps no modes (FAT) or on Windows, where the profile folder is already
    private to the account."""
    if os.name != "posix":
        return
    root = Path(root)
    try:
        _tighten(root, top=True)
    except _NoModes:
        log.info("%s keeps no file modes (FAT?): its files cannot be made private", root)
        return
    blobs = root / "blobs"
    walk_blobs = _tighten(blobs)
    for folder, dirs, files in os.walk(root):
        here = Path(folder)
        if here == root and not walk_blobs and "blobs" in dirs:
            dirs.remove("blobs")
        for name in dirs:
            _tighten(here / name)
        for name in files:
            _tighten(here / name)
