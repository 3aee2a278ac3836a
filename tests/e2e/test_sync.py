"""Sync against a real hub process: everything arrives exactly once, whatever the link does."""
from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fault_proxy import FaultProxy, Faults
from hub_queries import hub_count, hub_port

from sync.bundle import TrustPolicy
from sync.credentials import Credentials, save_credentials
from sync.errors import HubError, HubErrorKind
from sync.forum import Forum, PostState
from sync.hub_client import HubClient, HubSettings
from sync.importer import import_bundle
from sync.paths import DataPaths
from sync.signing import load_public_key
from sync.store import LearnerStore
from sync.sync_engine import SyncPass, status

REPO = Path(__file__).resolve().parents[2]




def user_id(hub, username: str) -> int:
    return hub_count(hub, "SELECT id FROM users WHERE username = ?", username)


def device(tmp_path: Path, name: str, course, publisher, learner, url: str) -> DataPaths:
    """A learner's PC: the course imported from its signed bundle, signed in to the hub."""
    paths = DataPaths(tmp_path / name).ensure()
    import_bundle(paths, course.bundle, TrustPolicy((load_public_key(publisher.public_key),)))
    save_credentials(paths, Credentials(url, learner.username, learner.token, name))
    return paths


def sync_once(paths: DataPaths, url: str, token: str, read_timeout: float = 30.0):
    with HubClient(HubSettings(url, read_timeout=read_timeout), token) as client:
        return SyncPass(paths, client).run()


def sync_until_done(paths: DataPaths, url: str, token: str, attempts: int = 200):
    """What the connectivity watch does: retry passes (with a little backoff) until one succeeds."""
    for attempt in range(attempts):
        try:
            return sync_once(paths, url, token, read_timeout=2.0)
        except HubError as exc:
            assert exc.transient, exc.message
            time.sleep(min(0.02 * 2 ** min(attempt, 5), 0.5))
    raise AssertionError("sync never succeeded")


def test_offline_work_arrives_exactly_once_when_the_hub_comes_back(hub, new_course, make_learner,
                                                                   publisher, tmp_path):
    course = new_course()
    learner = make_learner(course.course_id)
    with FaultProxy("127.0.0.1", hub_port(hub), Faults(refuse=True)) as proxy:
        paths = device(tmp_path, "pc", course, publisher, learner, proxy.url)
        with LearnerStore.open(paths.db) as store:
            store.record_progress(course.course_id, "r1", completed=True)
            store.record_progress(course.course_id, "l1", position=7.5, fraction=0.3)
            store.record_quiz_attempt(course.course_id, "q1", {"q1a": ["a"], "q1b": ["a"], "q1c": ["a", "b"]})
            forum = Forum(store, learner.username)
            thread = forum.create_thread(course.course_id, "f1", "Sources", "How do you protect sources?")
            forum.create_post(thread.id, "A first answer, written offline.")
            assert store.pending_count() == 8  # r1: progress+completed, l1, quiz: attempt+progress+completed, thread, post  # noqa: E501
        with pytest.raises(HubError) as info:
            sync_once(paths, proxy.url, learner.token)
        assert info.value.kind is HubErrorKind.NETWORK
        st = status(paths)
        assert st.pending == 8 and st.last_error and st.last_success is None
        proxy.set_faults(Faults())
        summary = sync_once(paths, proxy.url, learner.token)
        assert summary.pushed == 8 and summary.rejected == 0
        again = sync_once(paths, proxy.url, learner.token)
        assert again.pushed == 0
    uid = user_id(hub, learner.username)
    assert hub_count(hub, "SELECT COUNT(*) FROM client_events WHERE user_id = ?", uid) == 8
    assert hub_count(hub, "SELECT COUNT(*) FROM threads WHERE author_id = ?", uid) == 1
    assert hub_count(hub, "SELECT COUNT(*) FROM posts WHERE author_id = ?", uid) == 1
    assert hub_count(hub, "SELECT COUNT(*) FROM progress WHERE user_id = ? AND completed_at IS NOT NULL",
                     uid) == 2  # r1 and the passed quiz
    st = status(paths)
    assert st.pending == 0 and st.last_error is None and st.last_success
    with LearnerStore.open(paths.db) as store:
        forum = Forum(store)
        threads = forum.threads(course.course_id, "f1")
        assert [t.state for t in threads] == [PostState.SENT]
        assert [p.state for p in forum.posts(threads[0].id)] == [PostState.SENT]


def test_others_posts_arrive_and_own_posts_never_double(hub, new_course, make_learner, publisher,
                                                        tmp_path):
    course = new_course()
    alice = make_learner(course.course_id)
    bob = make_learner(course.course_id)
    a = device(tmp_path, "alice", course, publisher, alice, hub.url)
    b = device(tmp_path, "bob", course, publisher, bob, hub.url)
    with LearnerStore.open(a.db) as store:
        t = Forum(store, alice.username).create_thread(course.course_id, "f1", "Hello", "From Alice")
    sync_once(a, hub.url, alice.token)
    sync_once(b, hub.url, bob.token)
    with LearnerStore.open(b.db) as store:
        forum = Forum(store, bob.username)
        [thread] = forum.threads(course.course_id, "f1")
        assert thread.id == t.id and thread.state is PostState.SERVER and thread.author == alice.username
        forum.create_post(thread.id, "Bob answers")
    sync_once(b, hub.url, bob.token)
    for _ in range(2):
        sync_once(a, hub.url, alice.token)
    with LearnerStore.open(a.db) as store:
        forum = Forum(store)
        [thread] = forum.threads(course.course_id, "f1")
        posts = forum.posts(thread.id)
        assert thread.state is PostState.SENT
        assert [(p.author, p.body, p.state) for p in posts] == [(bob.username, "Bob answers", PostState.SERVER)]


def test_flaky_link_1000_events_and_50_posts_exactly_once(hub, new_course, make_learner, publisher,
                                                          tmp_path):
    course = new_course()
    learner = make_learner(course.course_id)
    faults = Faults(reset_probability=0.3, reset_after=(100, 3000))
    with FaultProxy("127.0.0.1", hub_port(hub), faults, seed=3) as proxy:
        paths = device(tmp_path, "pc", course, publisher, learner, proxy.url)
        with LearnerStore.open(paths.db) as store:
            for i in range(1000):
                store.record_quiz_attempt(course.course_id, "q1", {"q1a": ["a" if i % 2 else "b"]})
            forum = Forum(store, learner.username)
            thread = forum.create_thread(course.course_id, "f1", "Flaky", "Opening post")
            for i in range(49):
                forum.create_post(thread.id, f"Reply {i}")
            assert store.pending_count() == 1050
        passes = 0
        while True:
            sync_until_done(paths, proxy.url, learner.token)
            passes += 1
            if status(paths).pending == 0:
                break
        assert proxy.counters.resets > 0
    uid = user_id(hub, learner.username)
    assert hub_count(hub, "SELECT COUNT(*) FROM quiz_attempts WHERE user_id = ?", uid) == 1000
    assert hub_count(hub, "SELECT COUNT(*) FROM threads WHERE author_id = ?", uid) == 1
    assert hub_count(hub, "SELECT COUNT(*) FROM posts WHERE author_id = ?", uid) == 49
    assert hub_count(hub, "SELECT COUNT(*) FROM client_events WHERE user_id = ?", uid) == 1050


@pytest.mark.slow
def test_sigkill_of_lectern_sync(hub, new_course, make_learner, publisher, tmp_path):
    course = new_course()
    learner = make_learner(course.course_id)
    paths = device(tmp_path, "pc", course, publisher, learner, hub.url)
    rng = random.Random(5)
    made = 0
    with FaultProxy("127.0.0.1", hub_port(hub), Faults(rate=60_000)) as proxy:
        save_credentials(paths, Credentials(proxy.url, learner.username, learner.token, "pc"))
        for trial in range(20):
            with LearnerStore.open(paths.db) as store:
                forum = Forum(store, learner.username)
                thread = forum.create_thread(course.course_id, "f1", f"Trial {trial}", "x" * 2000)
                for i in range(30):
                    forum.create_post(thread.id, f"{trial}/{i} " + "y" * 1500)
                made += 31
            proc = subprocess.Popen([sys.executable, "-m", "sync.cli", "--data-dir", str(paths.root),
                                     "sync"], cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.2, 1.2))
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
        final = subprocess.run([sys.executable, "-m", "sync.cli", "--data-dir", str(paths.root), "sync"],
                               cwd=REPO, capture_output=True, text=True, timeout=300)
        assert final.returncode == 0, final.stderr
    uid = user_id(hub, learner.username)
    assert hub_count(hub, "SELECT COUNT(*) FROM threads WHERE author_id = ?", uid) == 20
    assert hub_count(hub, "SELECT COUNT(*) FROM posts WHERE author_id = ?", uid) == 600
    assert hub_count(hub, "SELECT COUNT(*) FROM client_events WHERE user_id = ?", uid) == made
    assert status(paths).pending == 0


def test_two_devices_with_clocks_hours_apart_merge(hub, new_course, make_learner, publisher, tmp_path,
                                                   monkeypatch):
    import sync.store as store_module
    course = new_course()
    learner = make_learner(course.course_id)
    a = device(tmp_path, "office", course, publisher, learner, hub.url)
    b = device(tmp_path, "home", course, publisher, learner, hub.url)
    real_now = store_module.now_iso
    # Device A's clock is 9 hours fast: if any rule trusted it, A's old position would win.
    monkeypatch.setattr(store_module, "now_iso", lambda: "2031-01-01T09:00:00+00:00")
    with LearnerStore.open(a.db) as store:
        store.record_progress(course.course_id, "l1", position=100.0, fraction=0.8)
        store.record_progress(course.course_id, "r1", completed=True)
    sync_once(a, hub.url, learner.token)
    monkeypatch.setattr(store_module, "now_iso", lambda: "2031-01-01T00:00:00+00:00")
    with LearnerStore.open(b.db) as store:
        store.record_progress(course.course_id, "l1", position=20.0, fraction=0.3)
        store.record_progress(course.course_id, "r2", completed=True)
    sync_once(b, hub.url, learner.token)
    monkeypatch.setattr(store_module, "now_iso", real_now)
    sync_once(a, hub.url, learner.token)
    sync_once(b, hub.url, learner.token)
    for paths in (a, b):
        with LearnerStore.open(paths.db) as store:
            prog = store.progress(course.course_id)
            # Completion only grows, everywhere; fraction takes the max; the position is the one
            # that reached the hub last (B's), whatever the clocks said.
            assert prog["r1"].completed and prog["r2"].completed
            assert prog["l1"].fraction == 0.8
            assert prog["l1"].position == 20.0


def test_revoked_token_keeps_every_pending_event(hub, new_course, make_learner, publisher, tmp_path):
    course = new_course()
    learner = make_learner(course.course_id)
    paths = device(tmp_path, "pc", course, publisher, learner, hub.url)
    with LearnerStore.open(paths.db) as store:
        store.record_progress(course.course_id, "r1", completed=True)
        Forum(store, learner.username).create_thread(course.course_id, "f1", "Kept", "Across sign-ins")
    r = learner.session.delete(hub.api + "/token", timeout=30)
    assert r.status_code == 204
    with pytest.raises(HubError) as info:
        sync_once(paths, hub.url, learner.token)
    assert info.value.kind is HubErrorKind.AUTH and "sign in" in info.value.message
    assert status(paths).pending == 3 and status(paths).last_error_kind == "auth"
    with HubClient(HubSettings(hub.url)) as client:
        token = client.login(learner.username, learner.password)
    summary = sync_once(paths, hub.url, token)
    assert summary.pushed == 3
    uid = user_id(hub, learner.username)
    assert hub_count(hub, "SELECT COUNT(*) FROM client_events WHERE user_id = ?", uid) == 3
