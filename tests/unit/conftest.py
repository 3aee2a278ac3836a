"""Fixtures shared by the unit tests: a learner store with the tiny course installed, and
court IT's settings file."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterator

import pytest

from sync.bundle import TrustPolicy
from sync.importer import import_bundle
from sync.paths import DataPaths
from sync.store import LearnerStore


@pytest.fixture
def store(data_paths: DataPaths, tiny_bundle: Path) -> Iterator[LearnerStore]:
    """The learner store of a data dir with the tiny course (unsigned, allowed) installed.
    A test file that wants a store without a course defines its own `store`."""
    import_bundle(data_paths, tiny_bundle, TrustPolicy(allow_unsigned=True))
    s = LearnerStore.open(data_paths.db)
    yield s
    s.close()


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """`site(text)`: court IT's file, through the test hook (no system file exists where
    tests run)."""
    def write(text: str) -> None:
        path = tmp_path / "site.toml"
        path.write_text(text, encoding="utf-8")
        monkeypatch.setenv("LECTERN_SITE_CONFIG", str(path))
    return write
