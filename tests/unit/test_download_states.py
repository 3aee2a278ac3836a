"""The download state machine (sync.download_queue): every listed move is allowed, every other
refused with a typed error and nothing written; the requests a running download has not
honoured yet survive the process; schema 6 keeps every job."""
from __future__ import annotations

import itertools
import sqlite3

import pytest

from sync.download_queue import (
    CANCEL,
    ENQUEUE,
    FAIL,
    FINISH,
    LEGAL,
    PAUSE,
    RESUME,
    START,
    STOPPED,
    DownloadChoice,
    DownloadQueue,
    DownloadState,
    DownloadStateError,
)
from sync.errors import DownloadError
from sync.store import LearnerStore
from sync.store.migrations import DOWNLOAD_STATES, LATEST, MIGRATIONS

S = DownloadState
COMMANDS = {"PAUSE": PAUSE, "RESUME": RESUME, "CANCEL": CANCEL, "ENQUEUE": ENQUEUE,
            "START": START, "STOPPED": STOPPED, "FAIL": FAIL, "FINISH": FINISH}
#: the machine as the issue states it; a change to LEGAL must change this list too.
EXPECTED = {
    (S.QUEUED, S.DOWNLOADING), (S.QUEUED, S.PAUSED), (S.QUEUED, S.CANCELLED),
    (S.DOWNLOADING, S.PAUSE_REQUESTED), (S.DOWNLOADING, S.CANCEL_REQUESTED),
    (S.DOWNLOADING, S.COMPLETE), (S.DOWNLOADING, S.FAILED), (S.DOWNLOADING, S.QUEUED),
    (S.PAUSE_REQUESTED, S.PAUSED), (S.PAUSE_REQUESTED, S.DOWNLOADING),
    (S.PAUSE_REQUESTED, S.CANCEL_REQUESTED), (S.PAUSE_REQUESTED, S.COMPLETE),
    (S.PAUSED, S.QUEUED), (S.PAUSED, S.CANCELLED),
    (S.CANCEL_REQUESTED, S.CANCELLED), (S.CANCEL_REQUESTED, S.COMPLETE),
    (S.CANCELLED, S.QUEUED),
    (S.FAILED, S.QUEUED), (S.FAILED, S.CANCELLED),
    (S.COMPLETE, S.QUEUED),
}


@pytest.fixture
def store(tmp_path):
    with LearnerStore.open(tmp_path / "learner.db") as s:
        yield s


def put_in(store: LearnerStore, state: DownloadState, course_id: str = "c1") -> None:
    """A job in `state`, however it got there (the test's own write, not a move)."""
    if store.download_job(course_id) is None:
        DownloadQueue(store).enqueue(course_id, 1, "https://hub.invalid", DownloadChoice.LOW)
    with store.transaction() as conn:
        conn.execute("UPDATE download_jobs SET state = ? WHERE course_id = ?",
                     [state.value, course_id])


def test_the_table_is_the_machine_and_nothing_more():
    listed = {(old, new) for old, targets in LEGAL.items() for new in targets}
    assert listed == EXPECTED
    assert set(LEGAL) == set(DownloadState)
    assert not any(old is new for old, new in listed)  # no self-loops


@pytest.mark.parametrize("old,new", sorted(EXPECTED, key=lambda p: (p[0].value, p[1].value)))
def test_every_listed_move_is_allowed(store, old, new):
    put_in(store, old)
    job = DownloadQueue(store).set_state("c1", new, "why" if new is S.FAILED else None)
    assert job.state is new and store.download_job("c1").state is new


@pytest.mark.parametrize("old,new", sorted(
    (pair for pair in itertools.product(DownloadState, DownloadState) if pair not in EXPECTED),
    key=lambda p: (p[0].value, p[1].value)))
def test_every_other_move_is_refused_and_nothing_changes(store, old, new):
    put_in(store, old)
    before = store.download_job("c1")
    with pytest.raises(DownloadStateError) as refused:
        DownloadQueue(store).set_state("c1", new)
    assert isinstance(refused.value, DownloadError)  # one hierarchy: sync.errors
    assert (refused.value.old, refused.value.new) == (old, new)
    assert store.download_job("c1") == before


def test_commands_only_take_listed_moves():
    for name, moves in COMMANDS.items():
        for old, new in moves.items():
            assert (old, new) in EXPECTED, (name, old, new)
    # Every listed move is some command's or event's: none is dead.
    used = {(old, new) for moves in COMMANDS.values() for old, new in moves.items()}
    assert used == EXPECTED


@pytest.mark.parametrize("name", ["PAUSE", "RESUME", "CANCEL"])
def test_learner_commands_from_every_state(store, name):
    queue = DownloadQueue(store)
    act = {"PAUSE": queue.pause, "RESUME": queue.resume, "CANCEL": queue.cancel}[name]
    moves = COMMANDS[name]
    for state in DownloadState:
        put_in(store, state)
        if state in moves:
            assert act("c1").state is moves[state]
        else:
            with pytest.raises(DownloadStateError, match="cannot be"):
                act("c1")
            assert store.download_job("c1").state is state


def test_a_pause_not_yet_honoured_is_withdrawn_by_resume_and_honoured_by_the_run(store):
    queue = DownloadQueue(store)
    queue.enqueue("c1", 1, "https://hub.invalid", DownloadChoice.LOW)
    assert queue.start("c1").state is S.DOWNLOADING
    assert queue.pause("c1").state is S.PAUSE_REQUESTED
    assert queue.resume("c1").state is S.DOWNLOADING           # the learner changed their mind
    assert queue.pause("c1").state is S.PAUSE_REQUESTED
    with pytest.raises(DownloadStateError, match="A pausing download cannot be paused"):
        queue.pause("c1")
    assert queue.stopped("c1").state is S.PAUSED               # the run saw it
    assert queue.resume("c1").state is S.QUEUED


def test_a_failure_while_pausing_is_the_pause_the_learner_asked_for(store):
    queue = DownloadQueue(store)
    put_in(store, S.PAUSE_REQUESTED)
    assert queue.fail("c1", "link down").state is S.PAUSED
    put_in(store, S.DOWNLOADING)
    job = queue.fail("c1", "link down")
    assert job.state is S.FAILED and job.error == "link down"
    assert queue.resume("c1").error is None


def test_enqueue_never_switches_a_running_download(store):
    queue = DownloadQueue(store)
    queue.enqueue("c1", 1, "https://hub.invalid", DownloadChoice.LOW)
    queue.start("c1")
    assert queue.enqueue("c1", 1, "https://hub.invalid", DownloadChoice.LOW).state is S.DOWNLOADING
    with pytest.raises(DownloadStateError, match="pause it first"):
        queue.enqueue("c1", 2, "https://hub.invalid", DownloadChoice.LOW)
    assert store.download_job("c1").version == 1
    queue.cancel("c1")
    with pytest.raises(DownloadStateError, match="cancelling"):
        queue.enqueue("c1", 1, "https://hub.invalid", DownloadChoice.LOW)
    queue.stopped("c1")
    assert queue.enqueue("c1", 2, "https://hub.invalid", DownloadChoice.ALL).state is S.QUEUED
    # A queued job no run has taken may still change its mind.
    assert queue.enqueue("c1", 3, "https://hub.invalid", DownloadChoice.LOW).version == 3


def test_a_requested_state_survives_reopening_the_database(tmp_path):
    db = tmp_path / "profiles" / "default" / "learner.db"
    with LearnerStore.open(db) as store:
        queue = DownloadQueue(store)
        queue.enqueue("paused-one", 1, "https://hub.invalid", DownloadChoice.LOW)
        queue.enqueue("cancelled-one", 1, "https://hub.invalid", DownloadChoice.LOW)
        queue.enqueue("running-one", 1, "https://hub.invalid", DownloadChoice.LOW)
        for course_id in ("paused-one", "cancelled-one", "running-one"):
            queue.start(course_id)
        queue.pause("paused-one")
        queue.cancel("cancelled-one")
    # The process that was to honour them is gone; a new one opens the same file.
    with LearnerStore.open(db) as store:
        states = {j.course_id: j.state for j in DownloadQueue(store).jobs()}
        assert states == {"paused-one": S.PAUSE_REQUESTED, "cancelled-one": S.CANCEL_REQUESTED,
                          "running-one": S.DOWNLOADING}
        moved = DownloadQueue(store).recover()
        assert {j.course_id: j.state for j in moved} == {
            "paused-one": S.PAUSED, "cancelled-one": S.CANCELLED, "running-one": S.QUEUED}
    with LearnerStore.open(db) as store:
        assert DownloadQueue(store).get("paused-one").state is S.PAUSED
        assert [j.course_id for j in DownloadQueue(store).runnable()] == ["running-one"]


def test_schema_and_enum_agree_and_the_column_refuses_other_states(store):
    assert DOWNLOAD_STATES == tuple(s.value for s in DownloadState)
    DownloadQueue(store).enqueue("c1", 1, "https://hub.invalid", DownloadChoice.LOW)
    with pytest.raises(Exception, match="CHECK"):
        with store.transaction() as conn:
            conn.execute("UPDATE download_jobs SET state = 'pausing' WHERE course_id = 'c1'")
    assert store.download_job("c1").state is S.QUEUED


def test_schema_6_keeps_every_download_job(tmp_path):
    db = tmp_path / "learner.db"
    conn = sqlite3.connect(db, isolation_level=None)
    for step in MIGRATIONS[:5]:
        conn.execute("BEGIN")
        step(conn)
        conn.execute("COMMIT")
    conn.execute("PRAGMA user_version = 5")
    rows = [("a", "queued"), ("b", "downloading"), ("c", "paused"), ("d", "failed"),
            ("e", "complete"), ("f", "cancelled"), ("g", "pausing")]
    for course_id, state in rows:
        conn.execute("INSERT INTO download_jobs(course_id, version, hub_url, choice, state, manifest,"
                     " total_bytes, done_bytes, error, created_at, updated_at)"
                     " VALUES (?, 2, 'https://hub.invalid', 'all', ?, x'7b7d', 900, 300, ?, ?, ?)",
                     [course_id, state, "boom" if state == "failed" else None,
                      f"2025-01-0{len(course_id)}", "2025-02-01"])
    conn.close()
    with LearnerStore.open(db) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == LATEST >= 6
        jobs = {j.course_id: j for j in store.download_jobs()}
    assert {c: j.state.value for c, j in jobs.items()} == {
        "a": "queued", "b": "downloading", "c": "paused", "d": "failed", "e": "complete",
        "f": "cancelled", "g": "paused"}
    assert all((j.version, j.total_bytes, j.done_bytes, j.choice) == (2, 900, 300, DownloadChoice.ALL)
               for j in jobs.values())
    assert jobs["d"].error == "boom"
    with LearnerStore.open(db) as store:
        assert store.download_manifest("b") == (b"{}", None)
    assert (tmp_path / "learner.db.v5.bak").is_file()
