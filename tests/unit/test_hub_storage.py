"""The hub's storage layer on real SQLite files: group commit, prepared statements, the
in-memory shared feed and schema migrations."""
from __future__ import annotations

import json
import sqlite3
import threading
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import bindparam, select

from hub import db, feed
from hub.errors import HubError
from hub.group_commit import GroupCommit
from hub.merge import ProgressRecord
from hub.prepared import Prepared
from hub.shared_feed import SharedFeed
from hub.syncing import state_json
from sync.protocol import ProgressState

_META = Prepared(select(db.meta.c.value).where(db.meta.c.key == bindparam("k")))
_PUT = Prepared(db.meta.insert().values(key=bindparam("k"), value=bindparam("v")))


@pytest.fixture
def database(tmp_path: Path):
    d = db.Database(f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    yield d
    d.close()


def _value(database: db.Database, key: str) -> str | None:
    with database.snapshot() as conn:
        row = _META.first(conn, {"k": key})
    return None if row is None else row[0]


def _wait_for_queue(writer: GroupCommit, size: int) -> None:
    """Until `size` jobs wait in the writer's queue."""
    deadline = time.monotonic() + 5
    while writer._queue.qsize() != size:
        assert time.monotonic() < deadline, "the jobs did not queue up"
        time.sleep(0.005)


def test_a_failing_job_rolls_back_alone_and_the_others_commit(database):
    writer = GroupCommit(database)
    gate = threading.Event()
    results: dict[str, object] = {}

    running = threading.Event()

    def blocker(conn):
        running.set()
        gate.wait(5)  # hold the writer so that the next jobs queue up into one batch
        _PUT.run(conn, {"k": "first", "v": "1"})
        return "first"

    def failing(conn):
        _PUT.run(conn, {"k": "half-written", "v": "x"})
        raise ValueError("this job fails after writing")

    def good(name):
        def work(conn):
            _PUT.run(conn, {"k": name, "v": "ok"})
            return name
        return work

    def submit(name, work):
        try:
            results[name] = writer.run(work)
        except Exception as exc:  # noqa: BLE001
            results[name] = exc

    threads = [threading.Thread(target=submit, args=("first", blocker))]
    threads[0].start()
    assert running.wait(5)
    for name, work in (("a", good("a")), ("bad", failing), ("b", good("b"))):
        t = threading.Thread(target=submit, args=(name, work))
        t.start()
        threads.append(t)
    _wait_for_queue(writer, 3)
    gate.set()
    for t in threads:
        t.join(10)
    writer.close()

    assert results["first"] == "first" and results["a"] == "a" and results["b"] == "b"
    assert isinstance(results["bad"], ValueError)
    assert _value(database, "first") == "1"
    assert _value(database, "a") == "ok" and _value(database, "b") == "ok"
    assert _value(database, "half-written") is None


def test_a_jobs_error_reaches_its_caller_and_the_writer_goes_on(database):
    writer = GroupCommit(database)

    def duplicate(conn):
        _PUT.run(conn, {"k": "dup", "v": "1"})
        _PUT.run(conn, {"k": "dup", "v": "2"})  # breaks the primary key: the job rolls back

    with pytest.raises(sqlite3.IntegrityError):
        writer.run(duplicate)
    assert _value(database, "dup") is None
    assert writer.run(lambda conn: _PUT.run(conn, {"k": "after", "v": "fine"})) is None
    assert _value(database, "after") == "fine"
    writer.close()
    with pytest.raises(HubError):
        writer.run(lambda conn: None)


def test_a_failed_commit_fails_every_job_of_its_batch(database):
    writer = GroupCommit(database)
    gate, running = threading.Event(), threading.Event()
    results: dict[str, object] = {}

    def first(conn):
        _PUT.run(conn, {"k": "first", "v": "1"})

    def poison(conn):
        # A foreign key checked only at COMMIT: the job itself succeeds, the commit fails.
        conn.connection.dbapi_connection.execute("PRAGMA defer_foreign_keys = ON")
        conn.connection.dbapi_connection.execute(
            "INSERT INTO tokens (user_id, token_hash, device_name, created_at) VALUES (999, 'h', 'd', 't')")

    def submit(name, work):
        try:
            # learners' jobs (a sync push's kind) share a batch; a job for the whole hub is alone
            results[name] = writer.run(work) if name == "blocker" else writer.run(work, learners=[len(name)])
        except Exception as exc:  # noqa: BLE001
            results[name] = exc

    threads = [threading.Thread(target=submit, args=(name, work)) for name, work in (
        ("blocker", lambda conn: (running.set(), gate.wait(5))), ("first", first), ("poison", poison))]
    threads[0].start()
    assert running.wait(5)
    threads[1].start()
    threads[2].start()
    _wait_for_queue(writer, 2)  # both wait behind the blocker: they form the next batch
    gate.set()
    for t in threads:
        t.join(10)
    assert isinstance(results["first"], HubError) and isinstance(results["poison"], HubError)
    assert "could not save" in results["first"].message
    assert _value(database, "first") is None  # nothing of the batch was kept
    assert writer.run(lambda conn: _PUT.run(conn, {"k": "later", "v": "ok"})) is None
    assert _value(database, "later") == "ok"
    writer.close()


def test_many_threads_share_few_commits(database, monkeypatch):
    writer = GroupCommit(database)
    commits = 0
    original = db.Database.write

    def counting_write(self, learners=None):
        nonlocal commits
        commits += 1
        return original(self, learners)

    monkeypatch.setattr(db.Database, "write", counting_write)
    barrier = threading.Barrier(40)

    def worker(i):
        barrier.wait()
        writer.run(lambda conn: _PUT.run(conn, {"k": f"k{i}", "v": str(i)}), learners=[i])

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(40)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    writer.close()
    assert all(_value(database, f"k{i}") == str(i) for i in range(40))
    assert commits < 40  # requests that arrive together are committed together


def test_prepared_statements_fill_fixed_values_and_map_storage_errors(database, tmp_path):
    with database.write() as conn:
        for i in range(5):
            feed.append(conn, family="fam", kind="post", payload={"n": i})
    page = Prepared(select(db.feed.c.seq).where(db.feed.c.course_family == bindparam("fam"))
                    .order_by(db.feed.c.seq).limit(bindparam("lim")))  # OFFSET 0 is a fixed bind
    with database.snapshot() as conn:
        assert [r[0] for r in page.rows(conn, {"fam": "fam", "lim": 3})] == [1, 2, 3]
        assert page.first(conn, {"fam": "none", "lim": 3}) is None

    broken = db.Database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    with broken.engine.connect() as conn:
        conn.exec_driver_sql("DROP TABLE meta")
        with pytest.raises(HubError) as info:
            _META.first(conn, {"k": "x"})
    assert "database" in info.value.message
    broken.close()


def test_the_shared_feed_reads_only_new_rows_and_skips_the_devices_own(database):
    shared = SharedFeed()
    mine, other = str(uuid.uuid4()), str(uuid.uuid4())
    with database.write() as conn:
        first = feed.append(conn, family="fam", kind="post", payload={"id": "p1"}, origin_device=mine, origin_user_id=1)
        second = feed.append(conn, family="fam", kind="post", payload={"id": "p2"}, origin_device=other,
                             origin_user_id=1)
        feed.append(conn, family="fam", kind="progress", payload={"x": 1}, audience_user_id=7)  # personal
        feed.append(conn, family="elsewhere", kind="post", payload={"id": "p3"})
    with database.snapshot() as conn:
        page = shared.page(conn, "fam", after=0, user_id=1, device_id=mine, limit=10)[0]
    assert [seq for seq, _ in page] == [second]
    assert page[0][1] == f'{{"seq":{second},"kind":"post","post":{{"id":"p2"}}}}'
    with database.snapshot() as conn:
        assert [s for s, _ in shared.page(conn, "fam", after=0, user_id=1, device_id=other,
                                          limit=10)[0]] == [first]
        assert shared.page(conn, "fam", after=second, user_id=1, device_id=other, limit=10)[0] == []
    with database.write() as conn:
        third = feed.append(conn, family="fam", kind="thread", payload={"id": "t1"})
    with database.snapshot() as conn:
        assert [s for s, _ in shared.page(conn, "fam", after=second, user_id=1, device_id=mine,
                                          limit=10)[0]] == [third]
        assert [s for s, _ in shared.page(conn, "fam", after=0, user_id=1, device_id="x",
                                          limit=2)[0]] == [first, second]
        # the top: the family's newest row as read, whatever the page's limit and filter
        assert shared.page(conn, "fam", after=0, user_id=1, device_id="x", limit=1)[1] == third
        assert shared.page(conn, "nothing-here", after=0, user_id=1, device_id="x", limit=1) == ([], 0)


def test_a_shared_row_is_kept_only_from_its_own_learner_on_its_own_device(database):
    """Copies of one data dir share a device id: another learner there still gets the row."""
    shared = SharedFeed()
    device = str(uuid.uuid4())
    with database.write() as conn:
        alices = feed.append(conn, family="fam", kind="post", payload={"id": "a"}, origin_device=device,
                             origin_user_id=1)
        bobs = feed.append(conn, family="fam", kind="post", payload={"id": "b"}, origin_device=device,
                           origin_user_id=2)
    with database.snapshot() as conn:
        for user, expected in ((1, [bobs]), (2, [alices]), (3, [alices, bobs])):
            page = shared.page(conn, "fam", after=0, user_id=user, device_id=device, limit=10)[0]
            assert [seq for seq, _ in page] == expected, user


def _as_version_2(path: Path) -> None:
    """Make a database look as a version 2 hub left it (no origin_user_id in the feed)."""
    raw = sqlite3.connect(path)
    raw.execute("ALTER TABLE feed DROP COLUMN origin_user_id")
    raw.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    raw.commit()
    raw.close()


def test_a_version_2_database_learns_who_caused_each_feed_row(tmp_path):
    path = tmp_path / "v2.sqlite3"
    d = db.Database(f"sqlite:///{path}")
    device = str(uuid.uuid4())
    with d.write() as conn:
        ids = {}
        for name in ("alice", "bob"):
            ids[name] = conn.execute(db.users.insert().values(
                username=name, password_hash="x", created_at=db.hub_now())).inserted_primary_key[0]
        thread_pk = conn.execute(db.threads.insert().values(
            uuid="t-1", course_family="fam", course_id="c", item_id="f1", author_id=ids["alice"], title="T",
            body="B", created_at=db.hub_now())).inserted_primary_key[0]
        conn.execute(db.posts.insert().values(uuid="p-1", thread_id=thread_pk, author_id=ids["bob"], body="R",
                                              created_at=db.hub_now()))
        feed.append(conn, family="fam", kind="course_update", payload={"course_id": "c"})
        feed.append(conn, family="fam", kind="thread", payload={"id": "t-1"}, origin_device=device)
        feed.append(conn, family="fam", kind="post", payload={"id": "p-1"}, origin_device=device)
        feed.append(conn, family="fam", kind="post", payload={"id": "gone"}, origin_device=device)  # no post row
        feed.append(conn, family="fam", kind="progress", payload={"x": 1}, audience_user_id=ids["bob"],
                    origin_device=device)
        feed.append(conn, family="fam", kind="certificate", payload={"x": 2}, audience_user_id=ids["alice"])
    d.close()
    _as_version_2(path)
    raw = sqlite3.connect(path)
    before = raw.execute("SELECT * FROM feed ORDER BY seq").fetchall()
    raw.close()

    d = db.Database(f"sqlite:///{path}")
    assert _value(d, "schema_version") == str(db.SCHEMA_VERSION)
    raw = sqlite3.connect(path)
    assert [r[:-1] for r in raw.execute("SELECT * FROM feed ORDER BY seq")] == before  # the new column last
    raw.close()
    with d.read() as conn:
        rows = conn.execute(select(db.feed).order_by(db.feed.c.seq)).all()
    assert [(r.kind, r.origin_user_id) for r in rows] == [
        ("course_update", None), ("thread", ids["alice"]), ("post", ids["bob"]), ("post", None),
        ("progress", ids["bob"]), ("certificate", None)]
    with d.snapshot() as conn:  # the pull of Bob on the device Alice wrote from
        page = SharedFeed().page(conn, "fam", after=0, user_id=ids["bob"], device_id=device, limit=10)[0]
    assert [json.loads(e)["kind"] for _, e in page] == ["course_update", "thread", "post"]  # the unknown post too
    d.close()


def test_state_json_reads_back_as_the_protocol_record():
    device = str(uuid.uuid4())
    for rec in (ProgressRecord(),
                ProgressRecord(fraction=0.25, position=12.5, position_device=device, revision=3),
                ProgressRecord(fraction=1.0, completed=True, completed_at="2026-11-25T22:13:06.000000+00:00",
                               position=600.0, position_device=device, revision=9)):
        state = ProgressState.model_validate_json(state_json("fam", "v1", rec))
        assert (state.fraction, state.completed, state.position, state.revision) == (
            rec.fraction, rec.completed, rec.position, rec.revision)
        assert (str(state.position_device) if state.position_device else None) == rec.position_device
        if rec.completed_at:
            assert state.completed_at.isoformat(timespec="microseconds") == rec.completed_at


def test_a_version_1_database_is_upgraded_without_losing_rows(tmp_path):
    path = tmp_path / "old.sqlite3"
    d = db.Database(f"sqlite:///{path}")
    with d.write() as conn:
        feed.append(conn, family="fam", kind="post", payload={"id": "kept"})
    d.close()
    raw = sqlite3.connect(path)  # what a version 1 hub left: the old index and schema number
    raw.execute("DROP INDEX ix_feed_family_audience_seq")
    raw.execute("CREATE INDEX ix_feed_family_seq ON feed (course_family, seq)")
    raw.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    raw.commit()
    raw.close()

    d = db.Database(f"sqlite:///{path}")
    d.close()
    raw = sqlite3.connect(path)
    indexes = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "ix_feed_family_audience_seq" in indexes and "ix_feed_family_seq" not in indexes
    assert raw.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(db.SCHEMA_VERSION)
    assert raw.execute("SELECT payload FROM feed").fetchall() == [('{"id":"kept"}',)]
    raw.close()


def test_a_newer_database_is_refused(tmp_path):
    path = tmp_path / "new.sqlite3"
    db.Database(f"sqlite:///{path}").close()
    raw = sqlite3.connect(path)
    raw.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    raw.commit()
    raw.close()
    with pytest.raises(HubError, match="newer lectern-hub"):
        db.Database(f"sqlite:///{path}")


def test_checkpoints_move_off_the_commit_path_when_serving(database, tmp_path):
    database.checkpoint_in_background()
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 0
    with database.write() as conn:
        for i in range(3000):  # well past the 1,000 pages that would checkpoint in a commit
            _PUT.run(conn, {"k": f"row{i}", "v": "x" * 2000})
    checkpointer = database._checkpointer
    deadline = time.monotonic() + 10
    # The background thread copies the whole log into the database by itself.
    while not (checkpointer.last and checkpointer.last[1] > 1000 and checkpointer.last[1] == checkpointer.last[2]):
        assert time.monotonic() < deadline, f"no full checkpoint: {checkpointer.last}"
        time.sleep(0.05)
    database.close()
    reopened = db.Database(f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    assert _value(reopened, "row2999") == "x" * 2000
    reopened.close()


def test_close_finishes_queued_jobs_and_refuses_later_ones(database):
    writer = GroupCommit(database)
    gate, running = threading.Event(), threading.Event()
    done: list[str] = []

    def submit(name, work):
        writer.run(work)
        done.append(name)

    threads = [threading.Thread(target=submit, args=("blocker", lambda conn: (running.set(), gate.wait(5))))]
    threads[0].start()
    assert running.wait(5)
    for i in range(3):
        threads.append(threading.Thread(target=submit, args=(f"q{i}", lambda conn, i=i: _PUT.run(
            conn, {"k": f"q{i}", "v": "1"}))))
        threads[-1].start()
    _wait_for_queue(writer, 3)
    closer = threading.Thread(target=writer.close)
    closer.start()
    gate.set()
    closer.join(10)
    for t in threads:
        t.join(10)
        assert not t.is_alive()  # nobody is left waiting forever
    assert sorted(done) == ["blocker", "q0", "q1", "q2"]
    with pytest.raises(HubError, match="shutting down"):
        writer.run(lambda conn: None)


def test_processes_creating_a_fresh_database_at_once_all_succeed(tmp_path):
    url = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def open_it():
        start.wait()
        try:
            db.Database(url).close()
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    assert errors == []
    raw = sqlite3.connect(tmp_path / "fresh.sqlite3")
    assert raw.execute("SELECT count(*) FROM meta WHERE key = 'schema_version'").fetchone() == (1,)
    raw.close()


def test_the_hubs_connections_cut_the_log_back(database):
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_size_limit").scalar() == db.WAL_SIZE_LIMIT
