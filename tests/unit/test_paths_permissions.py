"""A learner's data dir is private to their OS account (issue #13 item 8): folders 0700, files
0600 — the learner database and its -wal/-shm, the hub sign-in, course files, partial
downloads, logs — from creation, and an older install's world-readable files are tightened on
the next start. A data dir on a file system without modes (a FAT USB stick) still works."""
from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Iterator

import pytest

from sync.bundle import TrustPolicy
from sync.content_store import ContentStore
from sync.credentials import Credentials, save_credentials
from sync.importer import import_bundle
from sync.paths import DataPaths
from sync.store import LearnerStore

REPO = Path(__file__).resolve().parents[2]
ALLOW = TrustPolicy(allow_unsigned=True)
pytestmark = pytest.mark.skipif(os.name != "posix", reason="Unix file modes")


@pytest.fixture(autouse=True)
def restore_umask() -> Iterator[None]:
    """DataPaths.ensure() tightens the process umask; give the next test the one it had."""
    old = os.umask(0o022)
    os.umask(old)
    yield
    os.umask(old)


def modes(root: Path) -> dict[str, int]:
    """Every entry under `root` (and root itself) with its permission bits; links skipped."""
    found = {".": stat.S_IMODE(os.lstat(root).st_mode)}
    for p in sorted(root.rglob("*")):
        st = os.lstat(p)
        if not stat.S_ISLNK(st.st_mode):
            found[str(p.relative_to(root))] = stat.S_IMODE(st.st_mode)
    return found


def loose(root: Path) -> dict[str, str]:
    """What group or others could read, enter or change."""
    return {name: oct(mode) for name, mode in modes(root).items() if mode & 0o077}


def test_a_new_data_dir_is_private_from_the_start(tmp_path, tiny_bundle):
    os.umask(0o022)  # a usual desktop umask: what made learner.db 0644 before
    paths = DataPaths(tmp_path / "data").ensure()
    import_bundle(paths, tiny_bundle, ALLOW)
    save_credentials(paths, Credentials("https://hub.example", "ana", "secret-token", "pc-1"))
    content = ContentStore(paths.blobs, shared=())
    sha = next(iter(ContentStore(paths.blobs).root.glob("*/*"))).name
    content.partial_path("f" * 64).parent.mkdir(exist_ok=True)
    with open(content.partial_path("f" * 64), "wb") as f:  # as the downloader writes one
        f.write(b"half a video")
    (paths.root / "logs").mkdir(exist_ok=True)
    (paths.root / "logs" / "lectern.log").write_text("a line\n")
    with LearnerStore.open(paths.db) as store:  # -wal and -shm exist while it is open
        store.record_progress("tiny-en", "l1", position=3.0)
        names = modes(paths.root)
        assert {"profiles/default/learner.db-wal", "profiles/default/learner.db-shm",
                "profiles/default/hub-credentials.json", "logs/lectern.log",
                f"blobs/{sha[:2]}/{sha}", f"blobs/ff/{'f' * 64}.dl"} <= set(names), names
        assert loose(paths.root) == {}
    assert names["."] == 0o700 and names["profiles/default/learner.db"] == 0o600


def _old_install(tmp_path: Path, tiny_bundle: Path) -> DataPaths:
    """A data dir as an older Lectern left it: folders 0755, files 0644."""
    paths = DataPaths(tmp_path / "data").ensure()
    import_bundle(paths, tiny_bundle, ALLOW)
    (paths.root / "logs").mkdir()
    (paths.root / "logs" / "lectern.log").write_text("a line\n")
    (paths.profile_dir / "learner.db.v4.bak").write_bytes(b"an older database")
    for p in [paths.root, *paths.root.rglob("*")]:
        p.chmod(0o755 if p.is_dir() else 0o644)
    assert loose(paths.root)
    return paths


def test_an_existing_install_is_tightened_on_start(tmp_path, tiny_bundle):
    paths = _old_install(tmp_path, tiny_bundle)
    before = set(modes(paths.root))
    DataPaths(paths.root, "default").ensure()
    assert loose(paths.root) == {}
    assert set(modes(paths.root)) == before  # nothing added or lost, only modes changed


def test_the_command_line_tightens_on_start(tmp_path, tiny_bundle):
    paths = _old_install(tmp_path, tiny_bundle)
    env = dict(os.environ, LECTERN_SITE_CONFIG=str(tmp_path / "none.toml"))
    proc = subprocess.run([sys.executable, "-m", "sync.cli", "--data-dir", str(paths.root),
                           "status"], capture_output=True, text=True, cwd=REPO, env=env,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert loose(paths.root) == {}


def test_course_files_are_walked_once_not_on_every_start(tmp_path, tiny_bundle, monkeypatch):
    paths = _old_install(tmp_path, tiny_bundle)
    paths.ensure()
    blob = next(p for p in paths.blobs.rglob("*") if p.is_file())
    blob.chmod(0o644)  # a private blob folder is not looked into again
    calls: list[str] = []
    real_chmod = os.chmod
    monkeypatch.setattr(os, "chmod", lambda p, m, **kw: (calls.append(str(p)),
                                                         real_chmod(p, m, **kw)))
    paths.ensure()
    assert calls == [] and stat.S_IMODE(blob.stat().st_mode) == 0o644


def test_symlinks_are_not_followed(tmp_path, tiny_bundle):
    paths = _old_install(tmp_path, tiny_bundle)
    outside = tmp_path / "outside.txt"
    outside.write_text("not Lectern's")
    outside.chmod(0o644)
    (paths.root / "link").symlink_to(outside)
    paths.ensure()
    assert stat.S_IMODE(outside.stat().st_mode) == 0o644


@pytest.mark.parametrize("fat", ["ignores chmod", "refuses chmod"])
def test_a_file_system_without_modes_is_not_an_error(tmp_path, tiny_bundle, monkeypatch, fat):
    """A FAT USB stick (portable mode): every file shows 0755/0644 whatever chmod does
    (or chmod says EPERM); Lectern starts and imports as usual, and does not walk the blobs
    on every start trying."""
    paths = _old_install(tmp_path, tiny_bundle)
    calls: list[str] = []

    def fat_chmod(path, mode, **kw):
        calls.append(str(path))
        if fat == "refuses chmod":
            raise PermissionError(1, "Operation not permitted", str(path))

    monkeypatch.setattr(os, "chmod", fat_chmod)
    paths.ensure()
    paths.ensure()
    assert calls == [str(paths.root)] * 2  # tried the data dir itself, then gave up
    import_bundle(paths, tiny_bundle, ALLOW)  # everything else works


def test_new_files_are_private_whatever_the_umask_was(tmp_path):
    os.umask(0o002)
    DataPaths(tmp_path / "data").ensure()
    made = tmp_path / "data" / "later.txt"
    made.write_text("x")
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    os.umask(0o277)  # a stricter umask is kept
    DataPaths(tmp_path / "data").ensure()
    assert os.umask(0o022) == 0o277


def test_make_private_on_a_missing_dir_does_nothing(tmp_path):
    from sync.paths import make_private

    make_private(tmp_path / "absent")
    assert not (tmp_path / "absent").exists()
