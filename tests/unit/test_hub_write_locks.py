"""Which of the hub's writers wait for which on PostgreSQL (hub.write_locks): learners'
pushes side by side, one learner's pushes one at a time, whole-hub writers alone, a
family's shared rows numbered and committed in order. On a real PostgreSQL 15 cluster
(tests/pg_cluster.py); the bookkeeping that holds on every database is also run on SQLite."""
from __future__ import annotations

import base64
import threading
import time
import uuid
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest
from course_factory import write_tiny_course
from pg_cluster import pg_bin_dir, shared_cluster
from sqlalchemy import select

from hub import auth, db, feed, syncing, write_locks
from hub.context import Hub
from hub.courses import publish_bundle, trust_key
from hub.errors import HubError
from hub.group_commit import GroupCommit
from hub.settings import HubSettings, LoginPolicy
from hub.sync_files import register_device_key
from hub.users import add_user, enrol
from sync.bundle import build_bundle
from sync.protocol import SyncRequest
from sync.signing import PrivateKey, generate_keypair

needs_pg = pytest.mark.skipif(pg_bin_dir() is None, reason="PostgreSQL is not installed (apt-get install postgresql)")
#: how long a writer that should wait is watched before it is taken as waiting
WAITING = 0.4


@pytest.fixture
def pg() -> Iterator[db.Database]:
    database = db.Database(shared_cluster().new_database("locks"))
    database.migrate()
    yield database
    database.close()


@pytest.fixture
def lite(tmp_path: Path) -> Iterator[db.Database]:
    database = db.Database(f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    yield database
    database.close()


class Held:
    """A write transaction held open on a thread until `release`; what it did in `work`."""

    def __init__(self, database: db.Database, learners: list[int] | None,
                 work: Callable[[Any], Any] | None = None) -> None:
        self.entered, self._release, self.done = threading.Event(), threading.Event(), threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

        def run() -> None:
            try:
                with database.write(learners) as conn:
                    self.result = work(conn) if work else None
                    self.entered.set()
                    self._release.wait(20)
            except BaseException as exc:  # noqa: BLE001 - looked at by the test
                self.error = exc
            finally:
                self.entered.set()
                self.done.set()

        self.thread = threading.Thread(target=run, daemon=True)
        self.thread.start()

    def release(self) -> None:
        self._release.set()
        assert self.done.wait(20)
        self.thread.join(5)
        assert self.error is None, self.error

    def waits(self) -> bool:
        """Whether it is still waiting to get in after a moment."""
        return not self.entered.wait(WAITING)


def _shared_row(family: str, text: str) -> Callable[[Any], int]:
    def work(conn: Any) -> int:
        feed.append_shared(conn, family=family, kind="post", payload={"id": text})
        return int(conn.exec_driver_sql("SELECT max(seq) FROM feed").scalar())
    return work


@needs_pg
def test_pushes_of_different_learners_write_side_by_side(pg):
    first = Held(pg, [1])
    assert first.entered.wait(10)
    second = Held(pg, [2, 3])
    assert not second.waits(), "a push of other learners waited for the first"
    second.release()
    first.release()


@needs_pg
def test_pushes_of_one_learner_wait_for_each_other(pg):
    first = Held(pg, [1])
    assert first.entered.wait(10)
    second = Held(pg, [3, 1])
    assert second.waits(), "two pushes of one learner ran side by side"
    first.release()
    assert second.entered.wait(10)
    second.release()


@needs_pg
def test_a_whole_hub_writer_waits_for_pushes_and_pushes_wait_for_it(pg):
    push = Held(pg, [1])
    assert push.entered.wait(10)
    admin = Held(pg, None)
    assert admin.waits(), "a whole-hub writer ran beside a push"
    push.release()
    assert admin.entered.wait(10)
    later = Held(pg, [9])
    assert later.waits(), "a push ran beside a whole-hub writer"
    admin.release()
    assert later.entered.wait(10)
    later.release()


@needs_pg
def test_a_familys_shared_rows_are_numbered_and_committed_one_writer_at_a_time(pg):
    """The second writer of a family's shared rows waits until the first has committed, so
    its row, numbered after, is never visible before the first's: a cursor past it would
    skip the first one for good. Another family's writer does not wait."""
    first = Held(pg, [1], _shared_row("fam", "first"))
    assert first.entered.wait(10)
    second = Held(pg, [2], _shared_row("fam", "second"))
    other = Held(pg, [3], _shared_row("other", "third"))
    assert not other.waits(), "a writer of another family's rows waited"
    assert second.waits(), "two writers of one family's shared rows ran side by side"
    first.release()
    assert second.entered.wait(10)
    second.release()
    other.release()
    assert second.result > first.result


@needs_pg
def test_a_push_keeps_its_shared_rows_to_the_commit_and_takes_the_family_lock_then(pg):
    """In the writer (hub.group_commit), shared rows wait for the end of the transaction:
    until then another family writer is not held up by them."""
    writer = GroupCommit(pg)
    inside, go_on = threading.Event(), threading.Event()

    def push(conn: Any) -> None:
        feed.append_shared(conn, family="fam", kind="thread", payload={"id": "t"})
        feed.append_shared(conn, family="fam", kind="post", payload={"id": "p"})
        inside.set()
        go_on.wait(20)

    job = threading.Thread(target=lambda: writer.run(push, learners=[1]))
    job.start()
    assert inside.wait(10)
    other = Held(pg, [2], _shared_row("fam", "meanwhile"))
    assert not other.waits(), "the push held the family's feed lock before its commit"
    other.release()
    go_on.set()
    job.join(20)
    writer.close()
    with pg.read() as conn:
        rows = conn.execute(select(db.feed.c.payload).order_by(db.feed.c.seq)).scalars().all()
    assert rows == ['{"id":"meanwhile"}', '{"id":"t"}', '{"id":"p"}']


@pytest.mark.parametrize("which", ["sqlite", "postgresql"])
def test_a_failed_job_loses_its_kept_rows_and_the_batch_keeps_the_others(which, lite, request):
    if which == "postgresql" and pg_bin_dir() is None:
        pytest.skip("PostgreSQL is not installed")
    database = lite if which == "sqlite" else request.getfixturevalue("pg")
    writer = GroupCommit(database)
    gate, running = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def blocker(conn: Any) -> None:
        running.set()
        gate.wait(10)

    def good(text: str) -> Callable[[Any], None]:
        def work(conn: Any) -> None:
            feed.append_shared(conn, family="fam", kind="post", payload={"id": text})
        return work

    def bad(conn: Any) -> None:
        feed.append_shared(conn, family="fam", kind="post", payload={"id": "rolled back"})
        raise ValueError("this job fails after keeping a row")

    def submit(work: Callable[[Any], None], learner: int) -> None:
        try:
            writer.run(work, learners=[learner])
        except ValueError as exc:
            errors.append(exc)

    threads = [threading.Thread(target=submit, args=(blocker, 9))]
    threads[0].start()
    assert running.wait(10)
    for work, learner in ((good("a"), 1), (bad, 2), (good("b"), 3)):
        threads.append(threading.Thread(target=submit, args=(work, learner)))
        threads[-1].start()
        time.sleep(0.05)  # queued in this order behind the blocker: one batch
    gate.set()
    for t in threads:
        t.join(20)
    writer.close()
    assert len(errors) == 1
    with database.read() as conn:
        rows = conn.execute(select(db.feed.c.payload).order_by(db.feed.c.seq)).scalars().all()
    assert rows == ['{"id":"a"}', '{"id":"b"}']


def test_a_push_may_write_only_its_own_learners_rows(lite):
    with pytest.raises(RuntimeError, match="does not hold"):
        with lite.write([1]) as conn:
            feed.append(conn, family="fam", kind="progress", payload={}, audience_user_id=2)
    with lite.write([1, 2]) as conn:
        feed.append(conn, family="fam", kind="progress", payload={}, audience_user_id=2)
    with lite.write() as conn:  # the whole hub
        feed.append(conn, family="fam", kind="certificate", payload={}, audience_user_id=7)
    with pytest.raises(RuntimeError, match="outside a write transaction"):
        with lite.snapshot() as conn:
            feed.append(conn, family="fam", kind="post", payload={})


def test_family_locks_are_taken_in_one_order_only(lite):
    """Locks taken out of their order could leave two writers waiting for each other."""
    low, high = sorted(["fam-a", "fam-b", "fam-c", "fam-d"], key=write_locks.family_key)[::3]
    with lite.write([1]) as conn:
        write_locks.lock_family_feeds(conn, [high, low])  # sorted here, whatever the caller's order
        write_locks.lock_family_feeds(conn, [high])       # already held: nothing to take
    with pytest.raises(RuntimeError, match="out of order"):
        with lite.write([1]) as conn:
            write_locks.lock_family_feeds(conn, [high])
            write_locks.lock_family_feeds(conn, [low])
    assert write_locks.family_key("fam-a") == write_locks.family_key("fam-a")
    assert -2**31 <= write_locks.learner_key(2**40 + 5) < 2**31


# --------------------------------------------------------------------------- what relied on one writer
# (found by review: sign-ins and pushes of different learners now run side by side)


@needs_pg
def test_sign_ins_right_or_wrong_do_not_stop_the_pushes_under_way(pg):
    """The login throttle's counts are no learner's rows: a right password (nothing to clear)
    and a wrong one (a count added) both go by while a push holds its learner, and no new
    push queues behind them."""
    throttle = auth.LoginThrottle(LoginPolicy(), database=pg)
    push = Held(pg, [1])
    assert push.entered.wait(10)
    for attempt in (lambda: throttle.succeeded("alice"), lambda: throttle.failed("mallory", "10.0.0.9")):
        finished = threading.Event()
        threading.Thread(target=lambda: (attempt(), finished.set()), daemon=True).start()
        assert finished.wait(WAITING * 5), "a sign-in waited for a push under way"
    later = Held(pg, [9])
    assert not later.waits(), "a new push waited behind a sign-in"
    later.release()
    push.release()
    throttle.failed("mallory", "10.0.0.9")
    with pg.read() as conn:
        counts = dict(conn.execute(select(db.login_failures.c.key, db.login_failures.c.count)).all())
    assert sorted(counts.values()) == [2, 2], counts  # the name's and the address's, counted twice each
    throttle.succeeded("mallory")
    with pg.read() as conn:
        assert len(conn.execute(select(db.login_failures.c.key)).all()) == 1  # the address's stays


@needs_pg
def test_two_accounts_signing_in_with_one_device_key_at_once_get_the_refusal(pg):
    key = base64.b64encode(PrivateKey.generate().public_raw).decode()
    ids = _users(pg, "ann", "bob")
    ann = Held(pg, [ids["ann"]], lambda conn: register_device_key(conn, ids["ann"], 1, "pc", key))
    assert ann.entered.wait(10)
    bob = Held(pg, [ids["bob"]], lambda conn: register_device_key(conn, ids["bob"], 2, "pc", key))
    time.sleep(WAITING)  # bob is past the owner check, waiting for ann's row
    ann.release()
    assert bob.done.wait(10)
    assert isinstance(bob.error, HubError) and "another account" in bob.error.message, bob.error


def _users(database: db.Database, *names: str) -> dict[str, int]:
    with database.write() as conn:
        for name in names:
            conn.execute(db.users.insert().values(username=name, password_hash="x", disabled=False,
                                                  created_at=db.hub_now()))
        return {str(k): int(v) for k, v in conn.execute(select(db.users.c.username, db.users.c.id)).all()}


@needs_pg
@pytest.mark.parametrize("together", [True, False], ids=["at-once", "one-after-the-other"])
def test_one_event_id_from_two_learners_is_refused_to_the_second_even_at_once(tmp_path, monkeypatch, together):
    """Two hub processes' writers; ann's push holds its transaction a moment after writing
    while bob's, with the same event id, comes in: bob gets DUPLICATE_ID, not an error."""
    settings = HubSettings(data_dir=tmp_path / "hub", db_url=shared_cluster().new_database("dupids"))
    generate_keypair(tmp_path / "pub.key", comment="publisher")
    write_tiny_course(tmp_path / "course", course_id="ev-en")
    build_bundle(tmp_path / "course", tmp_path / "ev.lectern", sign_key=tmp_path / "pub.key")
    first, second = Hub.open(settings), Hub.open(settings)
    try:
        trust_key(first.database, tmp_path / "pub.key.pub")
        publish_bundle(first.database, first.store, tmp_path / "ev.lectern")
        ids = {}
        for name in ("ann", "bob"):
            ids[name] = add_user(first.database, name, "correct horse battery")
            enrol(first.database, name, "ev-en")
        original = syncing._Push.run

        def slow_for_ann(self, parsed):
            out = original(self, parsed)
            if self.who.username == "ann":
                time.sleep(1.0)  # written, not committed yet
            return out
        monkeypatch.setattr(syncing._Push, "run", slow_for_ann)
        event_id = str(uuid.uuid4())

        def push(hub: Hub, name: str) -> Any:
            request = SyncRequest.model_validate({"device_id": str(uuid.uuid4()), "cursor": None, "events": [
                {"id": event_id, "kind": "progress", "course_id": "ev-en", "item_id": "l1", "device_seq": 1,
                 "fraction": 0.5, "position": 3.0}]})
            return syncing.sync(hub, auth.Principal(ids[name], name, 0), request)

        results: dict[str, Any] = {}
        t = threading.Thread(target=lambda: results.__setitem__("ann", push(first, "ann")))
        t.start()
        if together:
            time.sleep(0.4)
        else:
            t.join(20)
        results["bob"] = push(second, "bob")
        t.join(20)
        assert [r.code.value for r in results["bob"].rejected] == ["duplicate-id"]
        assert len(results["ann"].acked) == 1
    finally:
        first.close()
        second.close()
