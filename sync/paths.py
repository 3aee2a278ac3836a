"""Where a learner's data lives: one content store per data dir, one database per profile."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Lectern"


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
