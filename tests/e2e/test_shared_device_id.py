"""Copies of one data dir (a restored backup, a court PC's disk image, a profile moved by
court IT) share a device id: the hub must tell their learners apart, and a copy signed in
as another learner must not carry the first one's identity (issue #11, item 4)."""
from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from hub_queries import hub_count

from hub.db import SCHEMA_VERSION
from sync.bundle import TrustPolicy
from sync.credentials import Credentials, save_credentials
from sync.forum import Forum, PostState
from sync.hub_client import HubClient, HubSettings
from sync.importer import import_bundle
from sync.paths import DataPaths
from sync.signing import load_public_key
from sync.store import LearnerStore
from sync.sync_engine import SyncPass, status

REPO = Path(__file__).resolve().parents[2]


def image(tmp_path: Path, course, publisher, name: str = "image") -> DataPaths:
    """A data dir with the course installed and nobody signed in: what gets copied."""
    paths = DataPaths(tmp_path / name).ensure()
    import_bundle(paths, course.bundle, TrustPolicy((load_public_key(publisher.public_key),)))
    return paths


def copy_of(paths: DataPaths, target: Path) -> DataPaths:
    shutil.copytree(paths.root, target)
    return DataPaths(target)


def device_id(paths: DataPaths) -> str:
    with LearnerStore.open(paths.db) as store:
        return store.device_id()


def sync_as(paths: DataPaths, url: str, token: str):
    with HubClient(HubSettings(url), token) as client:
        return SyncPass(paths, client).run()


def lectern(paths: DataPaths, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "sync.cli", "--data-dir", str(paths.root), *args],
                            input=stdin, capture_output=True, text=True, cwd=REPO, timeout=120)
    assert result.returncode == 0, result.stderr
    return result


def thread_titles(paths: DataPaths, course) -> dict[str, tuple[str, PostState]]:
    with LearnerStore.open(paths.db) as store:
        return {t.title: (t.author, t.state) for t in Forum(store).threads(course.course_id, "f1")}


def test_learners_on_copies_of_one_pc_see_each_others_posts(hub, new_course, make_learner, publisher, tmp_path):
    course = new_course()
    alice, bob = make_learner(course.course_id), make_learner(course.course_id)
    pc = image(tmp_path, course, publisher)
    a, b = copy_of(pc, tmp_path / "pc-a"), copy_of(pc, tmp_path / "pc-b")
    save_credentials(a, Credentials(hub.url, alice.username, alice.token, "pc-a"))
    save_credentials(b, Credentials(hub.url, bob.username, bob.token, "pc-b"))
    # Each PC's first sign-in keeps its id: nothing tells an image's copies apart, so the hub must.
    assert device_id(a) == device_id(b) == device_id(pc)

    with LearnerStore.open(a.db) as store:
        Forum(store, alice.username).create_thread(course.course_id, "f1", "From Alice", "Hello from A")
    with LearnerStore.open(b.db) as store:
        Forum(store, bob.username).create_thread(course.course_id, "f1", "From Bob", "Hello from B")
    sync_as(a, hub.url, alice.token)
    sync_as(b, hub.url, bob.token)
    sync_as(a, hub.url, alice.token)
    assert thread_titles(a, course) == {"From Alice": (alice.username, PostState.SENT),
                                        "From Bob": (bob.username, PostState.SERVER)}
    assert thread_titles(b, course) == {"From Alice": (alice.username, PostState.SERVER),
                                        "From Bob": (bob.username, PostState.SENT)}

    # Replies too, both ways; and each learner's own rows still never come back to them.
    with LearnerStore.open(b.db) as store:
        forum = Forum(store, bob.username)
        [alices] = [t for t in forum.threads(course.course_id, "f1") if t.title == "From Alice"]
        forum.create_post(alices.id, "Bob answers Alice")
    sync_as(b, hub.url, bob.token)
    summary = sync_as(a, hub.url, alice.token)
    assert summary.pulled == 1
    with LearnerStore.open(a.db) as store:
        forum = Forum(store)
        [alices] = [t for t in forum.threads(course.course_id, "f1") if t.title == "From Alice"]
        assert [(p.author, p.body, p.state) for p in forum.posts(alices.id)] == [
            (bob.username, "Bob answers Alice", PostState.SERVER)]
    assert sync_as(b, hub.url, bob.token).pulled == 0


def test_a_copied_store_signed_in_as_another_learner_gets_its_own_identity(
        hub, new_course, make_learner, publisher, tmp_path):
    course = new_course()
    alice, bob = make_learner(course.course_id), make_learner(course.course_id)
    # Bob studied on another PC first: a row of his own on the hub, older than Alice's syncs.
    bob.sync([bob.event("progress", course.course_id, item_id="l1", fraction=0.6, position=30.0)])

    a = image(tmp_path, course, publisher, "alice-pc")
    lectern(a, "login", "--hub", hub.url, "--user", alice.username, "--password-stdin", stdin=alice.password + "\n")
    with LearnerStore.open(a.db) as store:
        store.record_progress(course.course_id, "r1", completed=True)
    lectern(a, "sync")
    with LearnerStore.open(a.db) as store:
        assert store.get_sync_state("cursor")
        # Written offline and not sent yet when court IT copies the data dir.
        Forum(store, alice.username).create_thread(course.course_id, "f1", "Alice, unsent", "Still on the PC")

    b = copy_of(a, tmp_path / "bob-pc")
    lectern(b, "login", "--hub", hub.url, "--user", bob.username, "--password-stdin", stdin=bob.password + "\n")
    with LearnerStore.open(b.db) as store:
        assert store.device_id() != device_id(a)
        assert store.get_sync_state("cursor") is None
        assert store.account() == bob.username
    assert (status(b).pending, status(b).held) == (0, 1)  # Alice's thread waits for her
    bob_id = hub_count(hub, "SELECT id FROM users WHERE username = ?", bob.username)
    alice_id = hub_count(hub, "SELECT id FROM users WHERE username = ?", alice.username)
    bobs_events = hub_count(hub, "SELECT COUNT(*) FROM client_events WHERE user_id = ?", bob_id)
    lectern(b, "sync")
    # Bob's own row arrived (with Alice's cursor it would have been skipped) ...
    with LearnerStore.open(b.db) as store:
        l1 = store.item_progress(course.course_id, "l1")
        assert l1 is not None and (l1.fraction, l1.position) == (0.6, 30.0)
    # ... and nothing of Alice's went out with Bob's token.
    assert hub_count(hub, "SELECT COUNT(*) FROM client_events WHERE user_id = ?", bob_id) == bobs_events
    assert hub_count(hub, "SELECT COUNT(*) FROM threads WHERE title = 'Alice, unsent'") == 0
    assert status(b).held == 1

    # Alice signs in on the copy again: her held work goes out, as hers, in its order.
    lectern(b, "login", "--hub", hub.url, "--user", alice.username.upper(), "--password-stdin",
            stdin=alice.password + "\n")
    assert (status(b).pending, status(b).held) == (1, 0)
    lectern(b, "sync")
    assert status(b).pending == 0
    assert hub_count(hub, "SELECT author_id FROM threads WHERE title = 'Alice, unsent'") == alice_id
    assert hub_count(hub, "SELECT COUNT(*) FROM client_events WHERE user_id = ?", bob_id) == bobs_events


def test_a_credentials_file_copied_in_is_caught_at_sync(hub, new_course, make_learner, publisher, tmp_path):
    """Court IT may copy a profile together with another learner's sign-in file: the sync
    pass itself notices the account changed before it sends anything."""
    course = new_course()
    alice, bob = make_learner(course.course_id), make_learner(course.course_id)
    a = image(tmp_path, course, publisher, "alice-pc")
    save_credentials(a, Credentials(hub.url, alice.username, alice.token, "a"))
    with LearnerStore.open(a.db) as store:
        store.record_progress(course.course_id, "r2", completed=True)
    b = copy_of(a, tmp_path / "bob-pc")
    creds = b.profile_dir / "hub-credentials.json"
    creds.write_text(json.dumps({"hub_url": hub.url, "username": bob.username, "token": bob.token,
                                 "device_name": "b"}), encoding="utf-8")
    summary = sync_as(b, hub.url, bob.token)
    assert summary.pushed == 0
    assert device_id(b) != device_id(a) and status(b).held == 2
    bob_id = hub_count(hub, "SELECT id FROM users WHERE username = ?", bob.username)
    assert hub_count(hub, "SELECT COUNT(*) FROM client_events WHERE user_id = ?", bob_id) == 0


def test_a_version_2_hub_database_keeps_its_rows_and_learns_who_caused_them(kit, publisher, tmp_path):
    """Rows a version 2 hub stored carry only the device: the upgrade finds their learner, so
    a learner on a copy of the author's PC receives them."""
    course_id = "v2-course"
    bundle = publisher.bundle(course_id, family="v2fam")
    pc = DataPaths(tmp_path / "image").ensure()
    import_bundle(pc, bundle, TrustPolicy((load_public_key(publisher.public_key),)))
    a, b = copy_of(pc, tmp_path / "pc-a"), copy_of(pc, tmp_path / "pc-b")

    h = kit.start_hub(tmp_path / "hub")
    try:
        h.cli("trust", publisher.public_key)
        h.cli("publish", bundle)
        tokens = {}
        for name in ("alice", "bob"):
            h.cli("user", "add", name, "--password-stdin", "--enrol", course_id, input=kit.password + "\n")
            tokens[name] = kit.login(h, name, kit.password).json()["token"]
        save_credentials(a, Credentials(h.url, "alice", tokens["alice"], "a"))
        with LearnerStore.open(a.db) as store:
            thread = Forum(store, "alice").create_thread(course_id, "f1", "Before the upgrade", "Old row")
            Forum(store, "alice").create_post(thread.id, "An old reply")
            store.record_progress(course_id, "l1", position=12.0, fraction=0.2)
        sync_as(a, h.url, tokens["alice"])
    finally:
        kit.stop_hub(h.proc)

    path = h.data_dir / "hub.sqlite3"
    tables = ("users", "tokens", "courses", "enrolments", "progress", "progress_devices", "client_events",
              "threads", "posts", "feed")
    raw = sqlite3.connect(path)  # what a version 2 hub left: no origin_user_id, schema 2
    raw.execute("ALTER TABLE feed DROP COLUMN origin_user_id")
    raw.execute("DELETE FROM feed WHERE kind = 'run'")  # a version 2 hub had no runs (schema 5)
    raw.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    raw.commit()
    before = {t: raw.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}
    raw.close()
    assert len(before["feed"]) == 4  # the course's publication, the thread, the post, Alice's progress

    h = kit.start_hub(tmp_path / "hub")
    try:
        raw = sqlite3.connect(path)
        assert raw.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (str(SCHEMA_VERSION),)
        for t in tables:
            rows = raw.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
            if t == "feed":
                rows = [row[:-1] for row in rows]  # the new column comes last
            assert rows == before[t], t
        (alice_id,) = raw.execute("SELECT id FROM users WHERE username = 'alice'").fetchone()
        # (A push numbers its threads and posts at its end, after its progress: hub.feed.append_shared.)
        assert sorted(raw.execute("SELECT kind, origin_user_id FROM feed").fetchall(), key=str) == sorted([
            ("course_update", None), ("thread", alice_id), ("post", alice_id), ("progress", alice_id)], key=str)
        raw.close()
        # Bob, on a copy of the same PC image (so the same device id), gets Alice's old rows.
        save_credentials(b, Credentials(h.url, "bob", tokens["bob"], "b"))
        assert device_id(b) == device_id(a)
        assert sync_as(b, h.url, tokens["bob"]).pulled == 3  # with the course's publication
        with LearnerStore.open(b.db) as store:
            forum = Forum(store)
            [old] = forum.threads(course_id, "f1")
            assert (old.title, old.author) == ("Before the upgrade", "alice")
            assert [p.body for p in forum.posts(old.id)] == ["An old reply"]
        # Alice's own device still does not get them back.
        with LearnerStore.open(a.db) as store:
            store.set_sync_state("cursor", None)
        assert sync_as(a, h.url, tokens["alice"]).pulled == 1  # the publication only
    finally:
        kit.stop_hub(h.proc)
    assert "Traceback" not in h.log_text()


def test_a_store_upgraded_while_signed_in_belongs_to_that_sign_in(tmp_path):
    """A data dir copied before this version: the upgrade binds its store to the sign-in kept
    next to it, so another learner signing in on the copy later still gets a new identity."""
    paths = DataPaths(tmp_path / "old").ensure()
    with LearnerStore.open(paths.db) as store:
        old_device = store.device_id()
        store.set_sync_state("cursor", "somewhere")
    raw = sqlite3.connect(paths.db)  # as a version 3 store left it
    raw.execute("DROP TABLE held_events")
    raw.execute("DELETE FROM sync_state WHERE key = 'account'")
    raw.execute("PRAGMA user_version = 3")
    raw.commit()
    raw.close()
    (paths.profile_dir / "hub-credentials.json").write_text(json.dumps(
        {"hub_url": "http://127.0.0.1:9", "username": "Alice", "token": "t", "device_name": "pc"}), encoding="utf-8")
    with LearnerStore.open(paths.db) as store:
        assert (store.account(), store.device_id()) == ("alice", old_device)
    save_credentials(paths, Credentials("http://127.0.0.1:9", "bob", "t2", "pc"))
    with LearnerStore.open(paths.db) as store:
        assert store.account() == "bob" and store.device_id() != old_device
        assert store.get_sync_state("cursor") is None
