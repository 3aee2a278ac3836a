"""Backups (issue #19): `lectern-hub backup` while learners sync, `lectern-hub restore` into a
fresh hub, and the players bring back what the backup missed.

The restore drill runs real hub processes (tests/hub_process.py) and real players' sync
passes (sync.sync_engine) on SQLite, and on PostgreSQL when the suite runs there
(LECTERN_TEST_DB=postgresql; tests/e2e/test_hub_postgres.py runs this file that way too).
The hostile cases run the CLI and check its one line and that nothing was half-written.
"""
from __future__ import annotations

import io
import json
import os
import subprocess
import tarfile
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hub_process import REPO, HubProcess, hub_command
from pg_cluster import database_under_test, hub_database_url

from sync.bundle import TrustPolicy
from sync.credentials import Credentials, save_credentials
from sync.forum import Forum
from sync.hub_client import HubClient, HubSettings
from sync.importer import import_bundle
from sync.paths import DataPaths
from sync.signing import load_public_key
from sync.store import LearnerStore
from sync.sync_engine import SyncPass, SyncSummary


def hub_cli(data_dir: Path, *args: str | Path, env: dict[str, str] | None = None, input: str | None = None,
            timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([*hub_command(), "--data", str(data_dir), *map(str, args)], capture_output=True,
                          text=True, cwd=REPO, env={**os.environ, **(env or {})}, input=input, timeout=timeout)


def db_url(hub: HubProcess) -> str:
    return hub.db_url or f"sqlite:///{hub.data_dir / 'hub.sqlite3'}"


def rows(url: str, sql: str) -> list[tuple[Any, ...]]:
    """Read-only looks at a hub's database, SQLite or PostgreSQL."""
    from sqlalchemy import create_engine, text
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql))]
    finally:
        engine.dispose()


def one_line(result: subprocess.CompletedProcess) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("lectern-hub: error: "), lines
    assert "Traceback" not in result.stderr
    return lines[0]


def fresh_target(tmp_path: Path, name: str) -> tuple[Path, dict[str, str]]:
    """A new, empty data dir (and, on PostgreSQL, a new empty database kept for start_hub)."""
    data = tmp_path / name
    data.mkdir()
    url = hub_database_url()
    if url is None:
        return data, {}
    (data / "test-db-url").write_text(url, encoding="utf-8")  # start_hub serves this database
    return data, {"LECTERN_HUB_DB": url}


# --------------------------------------------------------------------------- learners


class Player:
    """A learner's PC: the course imported from its bundle, signed in to the hub."""

    def __init__(self, root: Path, course_id: str, bundle: Path, public_key: Path, username: str,
                 token: str, url: str) -> None:
        self.paths = DataPaths(root).ensure()
        self.course_id = course_id
        self.username = username
        self.token = token
        self.url = url
        import_bundle(self.paths, bundle, TrustPolicy((load_public_key(public_key),)))
        save_credentials(self.paths, Credentials(url, username, token, root.name))
        self.lock = threading.Lock()   # one pass at a time per PC, as the player's sync service
        self.position = 0.0
        self.posts = 0
        self.thread_id: str | None = None

    def study(self) -> None:
        """A little more of the video, and now and then a post in the discussion."""
        with LearnerStore.open(self.paths.db) as store:
            self.position += 5.0
            store.record_progress(self.course_id, "l1", position=self.position,
                                  fraction=min(1.0, self.position / 600))
            forum = Forum(store, self.username)
            if self.thread_id is None:
                self.thread_id = forum.create_thread(self.course_id, "f1", f"{self.username} asks",
                                                     "How are sources protected?").id
            else:
                self.posts += 1
                forum.create_post(self.thread_id, f"{self.username} note {self.posts}")

    def sync(self) -> SyncSummary:
        with self.lock, HubClient(HubSettings(self.url), self.token) as client:
            return SyncPass(self.paths, client).run()

    def pending(self) -> int:
        with LearnerStore.open(self.paths.db) as store:
            return store.pending_count()

    def forum(self) -> dict[str, list[str]]:
        """Every thread of the discussion seen on this PC, with its posts' ids."""
        with LearnerStore.open(self.paths.db) as store:
            forum = Forum(store)
            return {t.id: sorted(p.id for p in forum.posts(t.id)) for t in forum.threads(self.course_id, "f1")}

    def own_events(self) -> set[str]:
        with LearnerStore.open(self.paths.db) as store:
            return {r["id"] for r in store.db.query("SELECT id FROM outbox WHERE state != 'rejected'")}


def hub_state(url: str) -> dict[str, Any]:
    """What the hub holds of the learners: event ids, threads, posts, progress."""
    return {
        "events": sorted(r[0] for r in rows(url, "SELECT event_id FROM client_events")),
        "threads": sorted(r[0] for r in rows(url, "SELECT uuid FROM threads")),
        "posts": sorted(r[0] for r in rows(url, "SELECT uuid FROM posts")),
        "progress": sorted(rows(url, "SELECT u.username, p.item_id, p.fraction, p.position FROM progress p "
                                     "JOIN users u ON u.id = p.user_id")),
    }


@pytest.fixture
def drill_hub(tmp_path, kit, publisher):
    """A hub of its own with a course and two signed-in learners on their PCs."""
    hub = kit.start_hub(tmp_path / "original")
    try:
        hub.cli("trust", publisher.public_key)
        family = f"bak{uuid.uuid4().hex[:6]}"
        course_id = f"{family}-en"
        bundle = publisher.bundle(course_id, family=family)
        hub.cli("publish", bundle)
        players = []
        for name in ("alice", "bob"):
            hub.cli("user", "add", name, "--password-stdin", "--enrol", course_id, input=kit.password + "\n")
            r = kit.login(hub, name, kit.password)
            assert r.status_code == 200, r.text
            players.append(Player(tmp_path / f"pc-{name}", course_id, bundle, publisher.public_key, name,
                                  r.json()["token"], hub.url))
        yield hub, players
    finally:
        kit.stop_hub(hub.proc)


@pytest.mark.timeout(600)
def test_restore_drill_nothing_lost_or_doubled(drill_hub, tmp_path, kit):
    hub, players = drill_hub
    alice, bob = players
    for p in players:                     # before the backup: progress and posts on the hub
        p.study()
        p.study()
        p.sync()
    # The backup is taken while both learners keep studying and syncing.
    stop = threading.Event()
    synced_during: list[int] = []
    failures: list[BaseException] = []

    def keep_syncing() -> None:
        try:
            while not stop.is_set():
                for p in players:
                    p.study()
                    p.sync()
                synced_during.append(1)
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            failures.append(exc)

    worker = threading.Thread(target=keep_syncing)
    worker.start()
    try:
        while len(synced_during) < 2 and worker.is_alive():
            time.sleep(0.05)
        before = len(synced_during)
        out = tmp_path / "hub-backup.tar"
        done = hub_cli(hub.data_dir, "backup", out, env=hub.env)
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith("Backed up the hub (") and len(done.stdout.splitlines()) == 1
        # ...and goes on after it: these events are in no backup.
        while len(synced_during) < before + 3 and worker.is_alive():
            time.sleep(0.05)
    finally:
        stop.set()
        worker.join(120)
    assert not failures, failures
    assert len(synced_during) > before, "no sync ran while the backup was taken"
    for p in players:                     # the last of it, after the backup
        p.study()
        p.sync()
    for p in players:                     # each has the other's last post
        p.sync()
        assert p.pending() == 0
    original = hub_state(db_url(hub))
    forum_before = {p.username: p.forum() for p in players}
    assert forum_before["alice"] == forum_before["bob"] and len(forum_before["alice"]) == 2
    with tarfile.open(out) as tar:
        manifest = json.loads(tar.extractfile("manifest.json").read())
    assert manifest["database"] == database_under_test()
    assert sum(1 for m in manifest["members"] if m.startswith("blobs/")) >= 3
    kit.stop_hub(hub.proc)

    # The machine is lost: restore into a fresh data dir and database, start a hub there.
    target, env = fresh_target(tmp_path, "restored")
    restored = hub_cli(target, "restore", out, env=env)
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.startswith("Restored the hub from ")
    new_hub = kit.start_hub(target)
    try:
        url = db_url(new_hub)
        # The backup missed the last events: the hub has gone back in time.
        at_restore = hub_state(url)
        assert set(at_restore["events"]) < set(original["events"])
        assert not set(at_restore["events"]) - set(original["events"])
        # The course's files came back: a learner downloads them from the restored hub.
        sha = next(m.split("/")[-1] for m in manifest["members"] if m.startswith("blobs/"))
        assert (target / "blobs" / sha[:2] / sha).is_file()
        for p in players:
            p.url = new_hub.url
        summaries = {p.username: p.sync() for p in players}
        for p in players:  # a second pass: the other learner's re-sent posts reach everyone
            p.sync()
            assert p.pending() == 0
        assert all(s.pushed > 0 for s in summaries.values()), summaries
        after = hub_state(url)
        # Nothing lost, nothing doubled: the hub holds exactly what it held before the loss.
        assert after["events"] == original["events"]
        assert after["threads"] == original["threads"] and after["posts"] == original["posts"]
        assert after["progress"] == original["progress"]
        assert set(after["events"]) == alice.own_events() | bob.own_events()
        # Every learner sees every post once, as before.
        for p in players:
            assert p.forum() == forum_before[p.username]
        # And the hub goes on: new work after the restore reaches the other learner.
        alice.study()
        alice.sync()
        bob.sync()
        assert bob.forum() == alice.forum()
        assert sum(len(v) for v in bob.forum().values()) == sum(len(v) for v in forum_before["bob"].values()) + 1
    finally:
        kit.stop_hub(new_hub.proc)


# --------------------------------------------------------------------------- hostile cases


@dataclass(frozen=True)
class SmallHub:
    """A little hub's data (one user; no server needed: the CLI creates it) and its backup."""

    data_dir: Path
    env: dict[str, str]
    backup: Path

    @property
    def url(self) -> str:
        return self.env.get("LECTERN_HUB_DB") or f"sqlite:///{self.data_dir / 'hub.sqlite3'}"


def little_hub(folder: Path, user: str, password: str) -> tuple[Path, dict[str, str]]:
    data, env = fresh_target(folder, "data")
    made = hub_cli(data, "user", "add", user, "--password-stdin", env=env, input=password + "\n")
    assert made.returncode == 0, made.stderr
    return data, env


@pytest.fixture(scope="module")
def small(tmp_path_factory, kit) -> SmallHub:
    folder = tmp_path_factory.mktemp("small")
    data, env = little_hub(folder, "carol", kit.password)
    out = folder / "small.tar"
    done = hub_cli(data, "backup", out, env=env)
    assert done.returncode == 0, done.stderr
    return SmallHub(data, env, out)


def _rewrite(source: Path, dest: Path, change: Any) -> None:
    """A copy of the backup with `change(name, data) -> data` applied to each member."""
    with tarfile.open(source) as tar, tarfile.open(dest, "w") as out:
        for info in tar:
            data = change(info.name, tar.extractfile(info).read())
            info.size = len(data)
            out.addfile(info, io.BytesIO(data))


def _assert_untouched(target: Path, env: dict[str, str]) -> None:
    assert not (target / "hub.sqlite3").exists()
    assert not (target / "blobs").exists() or not any((target / "blobs").rglob("*"))
    if env:
        assert rows(env["LECTERN_HUB_DB"], "SELECT COUNT(*) FROM information_schema.tables "
                                           "WHERE table_schema = 'public'") == [(0,)]


def test_a_truncated_backup_restores_nothing(small, tmp_path):
    cut = tmp_path / "cut.tar"
    cut.write_bytes(small.backup.read_bytes()[: small.backup.stat().st_size // 2])
    target, env = fresh_target(tmp_path, "t")
    r = hub_cli(target, "restore", cut, env=env)
    assert r.returncode == 2
    assert "is not a complete lectern-hub backup" in one_line(r)
    _assert_untouched(target, env)


def test_a_tampered_member_restores_nothing(small, tmp_path):
    bad = tmp_path / "tampered.tar"

    def flip(name: str, data: bytes) -> bytes:
        if name.startswith("database/"):
            return data[:1000] + bytes([data[1000] ^ 1]) + data[1001:]
        return data

    _rewrite(small.backup, bad, flip)
    target, env = fresh_target(tmp_path, "t")
    r = hub_cli(target, "restore", bad, env=env)
    assert r.returncode == 2
    assert "does not match its checksum" in one_line(r)
    _assert_untouched(target, env)


@pytest.mark.parametrize("field,value", [("schema_revision", "9999_from_the_future"), ("format", 99)])
def test_a_backup_from_a_newer_lectern_hub_is_refused(small, tmp_path, field, value):
    newer = tmp_path / "newer.tar"

    def bump(name: str, data: bytes) -> bytes:
        if name != "manifest.json":
            return data
        doc = json.loads(data)
        doc[field] = value
        return json.dumps(doc).encode()

    _rewrite(small.backup, newer, bump)
    target, env = fresh_target(tmp_path, "t")
    r = hub_cli(target, "restore", newer, env=env)
    assert r.returncode == 2
    line = one_line(r)
    assert "newer lectern-hub" in line and "update lectern-hub" in line
    _assert_untouched(target, env)


def test_restore_into_a_hub_that_holds_data_is_refused_unless_forced(small, tmp_path, kit):
    data, env = little_hub(tmp_path, "dave", kit.password)
    url = env.get("LECTERN_HUB_DB") or f"sqlite:///{data / 'hub.sqlite3'}"
    r = hub_cli(data, "restore", small.backup, env=env)
    assert r.returncode == 2
    assert "not empty" in one_line(r) and "--force" in r.stderr
    assert [u[0] for u in rows(url, "SELECT username FROM users")] == ["dave"]
    forced = hub_cli(data, "restore", small.backup, "--force", env=env)
    assert forced.returncode == 0, forced.stderr
    assert [u[0] for u in rows(url, "SELECT username FROM users")] == ["carol"]


def test_backup_refuses_an_existing_out_unless_forced(small, tmp_path, kit):
    out = tmp_path / "kept.tar"
    out.write_bytes(b"last week's backup")
    hub = kit.start_hub(small.data_dir)   # and while the hub serves
    try:
        r = hub_cli(small.data_dir, "backup", out, env=small.env)
        assert r.returncode == 2
        assert "already exists" in one_line(r)
        assert out.read_bytes() == b"last week's backup"
        forced = hub_cli(small.data_dir, "backup", out, "--force", env=small.env)
        assert forced.returncode == 0, forced.stderr
    finally:
        kit.stop_hub(hub.proc)
    with tarfile.open(out) as tar:
        assert "manifest.json" in tar.getnames()
    assert [p.name for p in tmp_path.iterdir()] == ["kept.tar"]   # no temporary file left


@pytest.mark.skipif(os.geteuid() != 0, reason="mounting a tiny tmpfs needs root")
@pytest.mark.parametrize("room", [0.25, 1.5], ids=["full-while-dumping", "full-while-writing"])
def test_a_full_disk_leaves_no_half_written_backup(small, tmp_path, room):
    """A disk too small for the database's copy, or for the backup beside that copy."""
    tiny = tmp_path / "tiny"
    tiny.mkdir()
    size = int(small.backup.stat().st_size * room) // 4096 * 4096
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(tiny)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        r = hub_cli(small.data_dir, "backup", tiny / "hub.tar", env=small.env)
        assert r.returncode == 1
        assert "not enough space" in one_line(r)
        assert list(tiny.iterdir()) == []
    finally:
        subprocess.run(["umount", str(tiny)], capture_output=True)


def test_a_sqlite_backup_is_not_restored_into_postgresql(small, tmp_path):
    if database_under_test() != "sqlite":
        pytest.skip("the SQLite run makes the SQLite backup")
    target = tmp_path / "pg-target"
    r = hub_cli(target, "restore", small.backup,
                env={"LECTERN_HUB_DB": "postgresql+psycopg://hub@/hub?host=/nonexistent"})
    assert r.returncode == 2
    assert "holds a SQLite database and this hub's is PostgreSQL" in one_line(r)
    assert not target.exists()


@pytest.mark.skipif(os.geteuid() != 0, reason="mounting a tiny tmpfs needs root")
def test_a_full_disk_while_restoring_changes_nothing(small, tmp_path):
    """Every member is written beside its destination and checked before anything is
    replaced: a restore that runs out of room leaves the target as it was (here: absent)."""
    tiny = tmp_path / "tiny"
    tiny.mkdir()
    size = max(int(small.backup.stat().st_size * 0.5) // 4096 * 4096, 4096)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(tiny)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        target = tiny / "data"
        _, env = fresh_target(tmp_path, "unused")
        r = hub_cli(target, "restore", small.backup, env=env)
        assert r.returncode == 1
        line = one_line(r)
        assert "not enough space" in line and "nothing was restored" in line
        assert list(tiny.iterdir()) == []
        if env:
            _assert_untouched(target, env)
    finally:
        subprocess.run(["umount", str(tiny)], capture_output=True)


def test_an_sslpassword_in_the_url_is_refused_not_shown_to_ps(small, tmp_path):
    """libpq takes a client key's passphrase on the command line only (no PGSSLPASSWORD):
    backup and restore refuse it in one line rather than put it where `ps` shows it."""
    if database_under_test() != "postgresql":
        pytest.skip("pg_dump runs on PostgreSQL")
    url = small.env["LECTERN_HUB_DB"]
    secret = {"LECTERN_HUB_DB": url + ("&" if "?" in url else "?") + "sslpassword=k3y-passphrase"}
    r = hub_cli(small.data_dir, "backup", tmp_path / "hub.tar", env=secret)
    assert r.returncode == 2
    line = one_line(r)
    assert "sslpassword" in line and "k3y" not in line
    assert list(tmp_path.iterdir()) == []
    target, env = fresh_target(tmp_path, "t")
    target_url = env["LECTERN_HUB_DB"]
    r = hub_cli(target, "restore", small.backup,
                env={"LECTERN_HUB_DB": target_url + ("&" if "?" in target_url else "?") + "sslpassword=k3y"})
    assert r.returncode == 2
    assert "sslpassword" in one_line(r)
    _assert_untouched(target, env)
    assert [p.name for p in target.iterdir()] == ["test-db-url"]
