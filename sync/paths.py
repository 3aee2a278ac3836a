"""Where a learner's data lives: one content store per data dir, one database per profile."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Lectern"
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
        for d in (self.root, self.blobs, self.profile_dir, self.tmp):
            d.mkdir(parents=True, exist_ok=True)
        return self
