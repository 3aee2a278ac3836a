"""Moving a learner to a new PC: nothing lost, nothing doubled on the hub."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hub_queries import hub_count

from sync.bundle import TrustPolicy
from sync.credentials import Credentials, save_credentials
from sync.forum import Forum
from sync.hub_client import HubClient, HubSettings
from sync.importer import import_bundle
from sync.paths import DataPaths
from sync.signing import load_public_key
from sync.store import LearnerStore
from sync.sync_engine import SyncPass, status

REPO = Path(__file__).resolve().parents[2]



def lectern(data: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sync.cli", "--data-dir", str(data), *args],
                          capture_output=True, text=True, cwd=REPO, timeout=120)


def test_move_a_learner_to_a_new_pc(hub, new_course, make_learner, publisher, tmp_path):
    course = new_course()
    learner = make_learner(course.course_id)
    policy = TrustPolicy((load_public_key(publisher.public_key),))
    old = DataPaths(tmp_path / "old-pc").ensure()
    import_bundle(old, course.bundle, policy)
    with LearnerStore.open(old.db) as store:
        store.record_progress(course.course_id, "r1", completed=True)
        Forum(store, learner.username).create_thread(course.course_id, "f1", "Sent before", "yes")
    with HubClient(HubSettings(hub.url), learner.token) as client:
        SyncPass(old, client).run()                      # these reached the hub from the old PC
    with LearnerStore.open(old.db) as store:
        store.record_progress(course.course_id, "l1", position=42.0, fraction=0.5)
        store.record_quiz_attempt(course.course_id, "q1", {"q1a": ["a"], "q1b": ["a"], "q1c": ["a", "b"]})
        Forum(store, learner.username).create_thread(course.course_id, "f1", "Pending", "not yet sent")
        pending = store.pending_count()
    assert pending > 0

    profile_file = tmp_path / "ana.lectern-profile"
    r = lectern(old.root, "export-profile", str(profile_file))
    assert r.returncode == 0, r.stderr
    new = tmp_path / "new-pc"
    r = lectern(new, "import-profile", str(profile_file))
    assert r.returncode == 0, r.stderr
    assert f"{pending} changes will be sent" in r.stdout and course.course_id in r.stdout
    new_paths = DataPaths(new)
    import_bundle(new_paths, course.bundle, policy)
    with LearnerStore.open(new_paths.db) as store:
        prog = store.progress(course.course_id)
        assert prog["r1"].completed and prog["l1"].position == 42.0 and prog["q1"].completed
        assert len(store.quiz_attempts(course.course_id, "q1")) == 1
        assert {t.title for t in Forum(store).threads(course.course_id, "f1")} == {"Sent before", "Pending"}
        assert store.device_id() != LearnerStore.open(old.db).device_id()
    save_credentials(new_paths, Credentials(hub.url, learner.username, learner.token, "new"))
    with HubClient(HubSettings(hub.url), learner.token) as client:
        assert SyncPass(new_paths, client).run().pushed == pending
        SyncPass(old, client).run()  # the old PC syncs its copies too: the hub keeps one of each
    assert status(new_paths).pending == 0
    uid = hub_count(hub, "SELECT id FROM users WHERE username = ?", learner.username)
    assert hub_count(hub, "SELECT COUNT(*) FROM threads WHERE author_id = ?", uid) == 2
    assert hub_count(hub, "SELECT COUNT(*) FROM quiz_attempts WHERE user_id = ?", uid) == 1
    with LearnerStore.open(old.db) as store:
        total_events = store.db.execute("SELECT COUNT(*) FROM outbox").fetchone()[0]
    assert hub_count(hub, "SELECT COUNT(*) FROM client_events WHERE user_id = ?", uid) == total_events


def test_damaged_profile_file_is_refused(tmp_path):
    bad = tmp_path / "x.lectern-profile"
    bad.write_bytes(b"PK\x03\x04garbage")
    r = lectern(tmp_path / "d", "import-profile", str(bad))
    assert r.returncode == 2 and "not a Lectern profile" in r.stderr
