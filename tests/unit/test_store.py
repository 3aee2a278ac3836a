"""The learner's store on real SQLite files: progress, outbox, quizzes, migrations."""
from __future__ import annotations

import json
import sqlite3
import threading

import pytest

from sync.bundle import TrustPolicy, build_bundle
from sync.errors import NotInstalledError, StoreError
from sync.importer import import_bundle
from sync.library import remove_course
from sync.migrations import LATEST
from sync.store import LearnerStore

ALLOW = TrustPolicy(allow_unsigned=True)


def outbox(store: LearnerStore) -> list[tuple[str, dict]]:
    return [(e.kind, e.payload) for e in store.pending_events()]


def test_wal_and_schema_version(store, data_paths):
    conn = sqlite3.connect(data_paths.db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"courses", "course_files", "progress", "quiz_attempts", "forum_threads",
            "forum_posts", "outbox", "sync_state", "settings"} <= tables


def test_progress_and_outbox_in_one_transaction(store):
    p = store.record_progress("tiny-en", "l1", position=12.5, fraction=0.4)
    assert (p.position, p.fraction, p.completed) == (12.5, 0.4, False)
    assert outbox(store) == [("progress", {"item": "l1", "fraction": 0.4, "position": 12.5})]
    course = store.get_course("tiny-en")
    assert course.last_item_id == "l1" and course.last_studied_at


def test_fraction_and_completion_only_grow(store):
    store.record_progress("tiny-en", "l1", position=50, fraction=0.95, completed=True)
    p = store.record_progress("tiny-en", "l1", position=3, fraction=0.1)
    assert p.fraction == 0.95 and p.completed and p.position == 3
    kinds = [k for k, _ in outbox(store)]
    assert kinds.count("completed") == 1


def test_position_events_coalesce(store):
    for second in range(0, 60, 5):
        store.record_progress("tiny-en", "l1", position=second, fraction=second / 100)
    events = outbox(store)
    assert events == [("progress", {"item": "l1", "fraction": 0.55, "position": 55.0})]


def test_course_progress_counts_required_items(store):
    cp = store.course_progress("tiny-en")
    assert (cp.required_done, cp.required_total) == (0, 4)  # l1 r1 q1 r2 (r3, f1 optional)
    store.record_progress("tiny-en", "r1", completed=True)
    store.record_progress("tiny-en", "r3", completed=True)  # optional: not counted
    cp = store.course_progress("tiny-en")
    assert (cp.required_done, cp.required_total) == (1, 4)
    assert [(m.module_id, m.done, m.total) for m in cp.modules] == [("m1", 1, 3), ("m2", 0, 1)]


def test_quiz_pass_and_fail(store):
    fail = store.record_quiz_attempt("tiny-en", "q1", {"q1a": ["b"], "q1b": ["a"], "q1c": ["a"]})
    assert (fail.correct_count, fail.total, fail.passed) == (1, 3, False)
    assert not store.progress("tiny-en").get("q1")
    ok = store.record_quiz_attempt("tiny-en", "q1", {"q1a": ["a"], "q1b": ["a"], "q1c": ["a", "c"]})
    assert (ok.correct_count, ok.passed) == (2, True)
    assert store.progress("tiny-en")["q1"].completed
    assert [a.passed for a in store.quiz_attempts("tiny-en", "q1")] == [False, True]
    kinds = [k for k, _ in outbox(store)]
    assert kinds.count("quiz_attempt") == 2 and kinds.count("completed") == 1


def test_quiz_ignores_unknown_choices(store):
    a = store.record_quiz_attempt("tiny-en", "q1", {"q1a": ["a", "zzz"], "nope": ["a"]})
    assert a.answers["q1a"] == ["a"] and "nope" not in a.answers


def test_unknown_course(store):
    with pytest.raises(NotInstalledError):
        store.record_progress("nope", "l1", position=1)


def test_settings_roundtrip(store):
    store.set_setting("volume", 0.5)
    store.set_setting("trusted_keys", ["a", "b"])
    assert store.get_setting("volume") == 0.5 and store.get_setting("trusted_keys") == ["a", "b"]
    assert store.get_setting("missing", 7) == 7


def test_progress_survives_reopen_and_update(data_paths, store, tmp_path):
    store.record_progress("tiny-en", "l1", position=33, fraction=0.5)
    store.record_progress("tiny-en", "r2", completed=True)
    store.close()
    from course_factory import write_tiny_course
    v2 = tmp_path / "v2.lectern"
    build_bundle(write_tiny_course(tmp_path / "src2", version=2), v2)
    assert import_bundle(data_paths, v2, ALLOW).updated
    with LearnerStore.open(data_paths.db) as again:
        assert again.get_course("tiny-en").version == 2
        prog = again.progress("tiny-en")
        assert prog["l1"].position == 33 and prog["r2"].completed


def test_remove_course_keeps_progress_unless_told(data_paths, store, tiny_bundle):
    store.record_progress("tiny-en", "r1", completed=True)
    remove_course(data_paths, "tiny-en")
    assert [p for p in data_paths.blobs.rglob("*") if p.is_file()] == []
    import_bundle(data_paths, tiny_bundle, ALLOW)
    assert store.progress("tiny-en")["r1"].completed
    remove_course(data_paths, "tiny-en", keep_progress=False)
    import_bundle(data_paths, tiny_bundle, ALLOW)
    assert store.progress("tiny-en") == {}
    assert store.pending_count() > 0  # events already queued for the hub are never dropped


def test_newer_database_is_refused(data_paths, store):
    store.close()
    conn = sqlite3.connect(data_paths.db)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer Lectern"):
        LearnerStore.open(data_paths.db)


def test_concurrent_writers_do_not_lose_events(data_paths, store):
    def work(item: str) -> None:
        with LearnerStore.open(data_paths.db) as s:
            for i in range(20):
                s.record_progress("tiny-en", item, completed=(i == 19), fraction=i / 20)
    threads = [threading.Thread(target=work, args=(i,)) for i in ("l1", "r1", "r2")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    kinds = [k for k, _ in outbox(store)]
    assert kinds.count("completed") == 3 and kinds.count("progress") == 3


def test_outbox_payloads_are_compact_json(store):
    store.record_progress("tiny-en", "l1", position=1.23456, fraction=0.123456)
    raw = store.db.execute("SELECT payload FROM outbox").fetchone()[0]
    assert " " not in raw and json.loads(raw) == {"item": "l1", "fraction": 0.1235, "position": 1.2}


def test_garbage_collection_waits_while_an_import_writes(data_paths, tiny_bundle, tmp_path):
    from sync.content_store import ContentStore
    from sync.library import blobs_in_use, collect_garbage
    orphan = b"written by an import that has not recorded its course yet"
    import hashlib
    import io
    sha = hashlib.sha256(orphan).hexdigest()
    ContentStore(data_paths.blobs).add_stream(sha, len(orphan), io.BytesIO(orphan))
    with blobs_in_use(data_paths):            # an import is running
        assert collect_garbage(data_paths) == 0
        assert ContentStore(data_paths.blobs).has(sha)
    assert collect_garbage(data_paths) == 1    # nobody uses it: it goes
    assert not ContentStore(data_paths.blobs).has(sha)


def test_v4_store_keeps_its_refusals_through_the_v5_migration(tmp_path):
    """Schema v5 adds when a refusal was settled; the refusals a v4 store had stay shown."""
    import sqlite3 as _sqlite3

    db_path = tmp_path / "learner.db"
    with LearnerStore.open(db_path):
        pass
    conn = _sqlite3.connect(db_path)
    conn.execute("DROP INDEX outbox_refused")
    conn.execute("ALTER TABLE outbox DROP COLUMN settled_how")
    conn.execute("ALTER TABLE outbox DROP COLUMN settled_at")
    conn.execute("INSERT INTO outbox(id, kind, course_id, payload, created_at, state, error) VALUES"
                 " ('e1', 'completed', 'c', '{\"item\": \"q1\"}', '2026-01-01', 'rejected', 'no')")
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    with LearnerStore.open(db_path) as store:
        (refusal,) = store.refusals()
        assert (refusal.event_id, refusal.item_id, refusal.message) == ("e1", "q1", "no")
        store.dismiss_refusal("e1")
        assert store.refusals() == []
