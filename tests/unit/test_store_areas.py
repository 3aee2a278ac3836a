"""The store's areas through their own methods: each state change with its outbox event in one
transaction, the hub's answers applied all or nothing, a moved profile merged by the rules.
And the sync engine's side of the wire: built and read by the protocol's models."""
from __future__ import annotations

import uuid

import pytest
from pydantic import ValidationError

from sync.download_queue import LEGAL, DownloadQueue
from sync.errors import DownloadError, HubError
from sync.forum import Forum
from sync.protocol import MAX_EVENTS_PER_BATCH
from sync.store import (
    Acked,
    DownloadChoice,
    DownloadState,
    HubAnswer,
    HubPost,
    HubProgress,
    HubThread,
    LearnerStore,
    OutboxEvent,
    PostState,
    Refused,
)
from sync.sync_engine import batch_size, read_answer, sync_request, to_wire


def transactions_during(store: LearnerStore, fn):
    """How many write transactions `fn` opens on the store's connection."""
    seen: list[str] = []
    store.db.conn.set_trace_callback(seen.append)
    try:
        result = fn()
    finally:
        store.db.conn.set_trace_callback(None)
    return result, sum(1 for s in seen if s.startswith("BEGIN"))


RIGHT = {"q1a": ["a"], "q1b": ["a"], "q1c": ["a", "b"]}


def test_a_passed_quiz_and_its_completion_are_one_transaction(store):
    attempt, begins = transactions_during(store, lambda: store.record_quiz_attempt("tiny-en", "q1", RIGHT))
    assert attempt.passed and begins == 1
    assert [e.kind for e in store.pending_events()] == ["quiz_attempt", "progress", "completed"]
    assert store.item_progress("tiny-en", "q1").completed


def test_a_failing_completion_leaves_no_attempt_behind(store, monkeypatch):
    def broken(*a, **kw):
        raise RuntimeError("power cut")
    monkeypatch.setattr(LearnerStore, "_record_progress", broken)
    with pytest.raises(RuntimeError):
        store.record_quiz_attempt("tiny-en", "q1", RIGHT)
    assert store.quiz_attempts("tiny-en", "q1") == [] and store.pending_events() == []


def test_forum_rows_and_their_events_are_one_transaction(store):
    forum = Forum(store, "judge")
    thread, begins = transactions_during(store, lambda: forum.create_thread("tiny-en", "f1", "Title", "Bodé"))
    assert begins == 1 and thread.state is PostState.PENDING
    post = forum.create_post(thread.id, "reply")
    events = store.pending_events()
    assert [(e.kind, e.id) for e in events] == [("thread", thread.id), ("post", post.id)]
    assert events[0].payload == {"item": "f1", "title": "Title", "body": "Bodé"}
    assert store.pending_forum_count() == 2


def test_download_moves_follow_the_queues_rules(store):
    queue = DownloadQueue(store)
    queue.enqueue("tiny-en", 1, "https://hub.invalid", DownloadChoice.LOW)
    assert queue.pause("tiny-en").state is DownloadState.PAUSED
    with pytest.raises(DownloadError, match="paused download cannot become complete"):
        queue.set_state("tiny-en", DownloadState.COMPLETE)
    with pytest.raises(DownloadError, match="no download"):
        store.move_download("nope", DownloadState.QUEUED, None, LEGAL)
    queue.save_manifest("tiny-en", b"m", None, 10)
    queue.record_done("tiny-en", 4)
    job = queue.get("tiny-en")
    assert (job.total_bytes, job.done_bytes, queue.manifest("tiny-en")) == (10, 4, (b"m", None))


def test_update_setting_reads_and_writes_together(store):
    store.set_setting("keys", ["a"])
    assert store.update_setting("keys", lambda v: [*v, "b"], []) == ["a", "b"]
    with pytest.raises(ValueError):
        store.update_setting("keys", lambda v: (_ for _ in ()).throw(ValueError("bad")), [])
    assert store.get_setting("keys") == ["a", "b"]


def identity(store):
    return store.account(), store.device_id()


def test_a_hub_answer_is_applied_all_or_nothing(store):
    p = store.record_progress("tiny-en", "l1", position=30.0, fraction=0.4)
    (event,) = store.pending_events()
    family = store.get_course_family("tiny-en")
    hub = HubProgress(family, "l1", 0.9, True, "2026-01-01T00:00:00+00:00", 5.0, 3)
    answer = HubAnswer("c1", acked=[Acked(event.id, progress=hub)])
    # Another learner's sign-in changed the store meanwhile: nothing is kept.
    assert not store.apply_hub_answer(answer, {event.id: event.kind}, ("someone", store.device_id()))
    assert store.pending_count() == 1 and store.get_sync_state("cursor") is None
    assert store.apply_hub_answer(answer, {event.id: event.kind}, identity(store))
    after = store.item_progress("tiny-en", "l1")
    assert store.pending_count() == 0 and store.get_sync_state("cursor") == "c1"
    # The hub's record merged by the rules: fraction and completion grew, and no newer position
    # was waiting here, so the hub's (the latest by its order) is taken.
    assert (after.fraction, after.completed, after.position) == (0.9, True, 5.0) and p.position == 30.0


def test_hub_forum_rows_land_on_the_learners_own(store):
    forum = Forum(store, "judge")
    thread = forum.create_thread("tiny-en", "f1", "T", "B")
    family = store.get_course_family("tiny-en")
    stray = HubPost(str(uuid.uuid4()), 9, str(uuid.uuid4()), None, "eve", "lost", "2026-01-01T00:00:00+00:00")
    other = HubThread(str(uuid.uuid4()), 8, "tiny-en", family, "f1", "eve", "Hers", "Hi",
                      "2026-01-01T00:00:00+00:00")
    answer = HubAnswer("c2", acked=[Acked(thread.id, server_id=7)], events=[stray, other])
    assert store.apply_hub_answer(answer, {thread.id: "thread"}, identity(store))
    states = {t.title: t.state for t in forum.threads("tiny-en", "f1")}
    assert states == {"T": PostState.SENT, "Hers": PostState.SERVER}
    assert store.forum_post(stray.id) is None  # a post of a thread not here is skipped


def test_a_refused_completion_is_undone_here(store):
    store.record_progress("tiny-en", "r1", completed=True)
    completed = next(e for e in store.pending_events() if e.kind == "completed")
    answer = HubAnswer("c3", refused=[Refused(completed.id, "not-passed", "Not passed on the hub")])
    assert store.apply_hub_answer(answer, {completed.id: "completed"}, identity(store))
    assert not store.item_progress("tiny-en", "r1").completed
    assert [r.message for r in store.refusals()] == ["Not passed on the hub"]


def test_a_moved_profile_merges_by_the_rules(tmp_path, store):
    store.record_progress("tiny-en", "l1", position=10.0, fraction=0.8)
    store.backup_to(tmp_path / "copy.db")
    with LearnerStore.open(tmp_path / "copy.db") as moved:
        moved.record_progress("tiny-en", "l1", position=99.0, fraction=0.2, completed=True)
        moved.record_progress("tiny-en", "r1", fraction=0.5)
    merged = store.merge_profile(tmp_path / "copy.db")
    assert merged.progress_items == 2 and "tiny-en" in merged.installed
    l1 = store.item_progress("tiny-en", "l1")
    assert (l1.fraction, l1.completed, l1.position) == (0.8, True, 99.0)
    assert store.item_progress("tiny-en", "r1").fraction == 0.5


# --------------------------------------------------------------------------- the wire


def event(kind, payload, seq=1):
    return OutboxEvent(seq, str(uuid.uuid4()), kind, "tiny-en", payload, "2026-01-01T10:00:00+00:00")


def test_the_batch_is_the_protocols():
    assert batch_size() == MAX_EVENTS_PER_BATCH


def test_the_store_and_the_engine_load_no_protocol_models_until_a_pass():
    """The status bar imports both at start-up: pydantic (~0.3 s with the models) waits for
    the first sync pass, as requests waits for the first connection."""
    import subprocess
    import sys

    code = ("import sys, sync.store, sync.sync_engine, sync.forum, sync.download_queue, "
            "sync.profile_transfer; print(sorted(m for m in ('pydantic', 'sync.protocol') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "[]"


def test_events_go_out_as_the_protocol_builds_them():
    e = event("progress", {"item": "l1", "fraction": 0.5})
    assert to_wire(e) == {"id": e.id, "kind": "progress", "course_id": "tiny-en", "device_seq": 1,
                          "item_id": "l1", "fraction": 0.5}
    post = event("post", {"thread": str(uuid.uuid4()), "parent": None, "body": "hello"})
    wire = to_wire(post)
    assert "parent_id" not in wire and wire["device_time"].startswith("2026-01-01T10:00:00")
    # One the protocol refuses goes as it is, for the hub to refuse alone (and say why).
    bad = event("progress", {"item": "l1", "fraction": 7})
    assert to_wire(bad)["fraction"] == 7
    body = sync_request(str(uuid.uuid4()), None, [e, bad])
    assert [w["id"] for w in body["events"]] == [e.id, bad.id] and body["protocol"] == 1
    with pytest.raises(ValidationError):
        sync_request(str(uuid.uuid4()), "not a cursor!", [])


def answer(**over):
    base = {"protocol": 1, "acked": [], "rejected": [], "events": [], "cursor": "abc", "more": False,
            "server_time": "2026-01-01T00:00:00Z"}
    return {**base, **over}


def test_answers_are_read_by_the_protocols_models():
    ack_id = str(uuid.uuid4())
    raw = answer(acked=[{"id": ack_id, "progress": {
        "course_family": "tiny", "item_id": "l1", "fraction": 0.5, "completed": True,
        "completed_at": "2026-01-02T03:04:05.000006Z", "position": None, "position_device": None,
        "revision": 2}}], events=[{"seq": 1, "kind": "badge", "badge": {}}], more=True)
    got, more = read_answer(raw)
    assert more and got.cursor == "abc" and got.events == []  # a newer hub's kind is skipped
    assert got.acked[0].event_id == ack_id
    assert got.acked[0].progress.completed_at == "2026-01-02T03:04:05.000006+00:00"
    for broken in ({"acked": []}, answer(cursor=None), answer(acked=[{"id": "x"}]), None):
        with pytest.raises(HubError, match="malformed"):
            read_answer(broken)


def test_a_first_schema_store_keeps_the_learners_record_through_every_upgrade(tmp_path):
    """Migrations are append-only steps: a store made by the first release (schema v1), with a
    learner's progress, settings and unsent events, opens at the latest schema with all of
    them, and a copy of the old file is kept beside it."""
    import sqlite3

    from sync.store.migrations import LATEST, MIGRATIONS

    db = tmp_path / "learner.db"
    conn = sqlite3.connect(db, isolation_level=None)
    MIGRATIONS[0](conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO progress(family, item_id, course_id, position, fraction, completed_at, updated_at)"
                 " VALUES ('tiny', 'l1', 'tiny-en', 12.5, 0.4, '2025-01-01T00:00:00+00:00', '2025-01-01')")
    conn.execute("INSERT INTO settings(key, value) VALUES ('hub_url', '\"https://hub.example\"')")
    conn.execute("INSERT INTO outbox(id, kind, course_id, payload, created_at) VALUES"
                 " ('e1', 'completed', 'tiny-en', '{\"item\":\"l1\"}', '2025-01-01')")
    (device,) = conn.execute("SELECT value FROM sync_state WHERE key = 'device_id'").fetchone()
    conn.close()
    with LearnerStore.open(db) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == LATEST
        row = store.db.execute("SELECT position, fraction, completed_at, server_revision FROM progress").fetchone()
        assert row == (12.5, 0.4, "2025-01-01T00:00:00+00:00", 0)
        assert store.get_setting("hub_url") == "https://hub.example" and store.device_id() == device
        assert [(e.id, e.kind) for e in store.pending_events()] == [("e1", "completed")]
    assert (tmp_path / "learner.db.v1.bak").is_file()


def test_the_backup_before_an_upgrade_is_whole_while_another_connection_reads(tmp_path):
    """The pre-upgrade `.bak` is SQLite's own backup, not a byte copy of a file whose latest
    pages may still sit in the WAL of a reader that blocks the checkpoint."""
    import sqlite3

    from sync.store.migrations import MIGRATIONS

    db = tmp_path / "learner.db"
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    MIGRATIONS[0](conn)
    conn.execute("PRAGMA user_version = 1")
    reader = sqlite3.connect(db, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM settings").fetchone()   # holds a snapshot: no checkpoint
    for n in range(200):                                          # pages only in the WAL
        conn.execute("INSERT INTO settings(key, value) VALUES (?, ?)", (f"k{n}", '"x"' * 50))
    conn.close()
    try:
        with LearnerStore.open(db):
            pass
    finally:
        reader.execute("COMMIT")
        reader.close()
    backup = sqlite3.connect(tmp_path / "learner.db.v1.bak")
    try:
        assert backup.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert backup.execute("SELECT count(*) FROM settings WHERE key LIKE 'k%'").fetchone() == (200,)
        assert backup.execute("PRAGMA user_version").fetchone() == (1,)
    finally:
        backup.close()
    assert not (tmp_path / "learner.db.v1.bak.part").exists()
