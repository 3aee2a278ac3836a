"""The feed's order as devices see it: every row a device is due reaches it, once, whatever
the other writers do meanwhile (issue #19: on PostgreSQL the hub's writers run side by
side, and only the rows a reader could see out of order are serialized)."""
from __future__ import annotations

import random
import threading
import uuid

import pytest
import requests


def _progress(events, item_id):
    return [e["progress"] for e in events if e["kind"] == "progress" and e["progress"]["item_id"] == item_id]


def test_a_replaced_progress_row_reaches_a_device_that_pulled_the_one_it_replaces(hub, new_course, make_learner):
    """A learner's newest progress row is replaced by a newer one (the old row deleted): the
    new row must be numbered after every row a device has already pulled, even when the old
    one was the newest row of the whole feed (SQLite gives a deleted newest rowid again
    unless the table says AUTOINCREMENT)."""
    course = new_course()
    learner = make_learner(course.course_id)
    office, home = str(uuid.uuid4()), str(uuid.uuid4())
    learner.sync([learner.event("progress", course.course_id, item_id="l1", fraction=0.25, position=10.0)],
                 device_id=office)
    events, cursor = learner.pull_all(device_id=home)
    assert [p["fraction"] for p in _progress(events, "l1")] == [0.25]
    learner.sync([learner.event("progress", course.course_id, item_id="l1", fraction=0.5, position=20.0)],
                 device_id=office)
    events, cursor = learner.pull_all(device_id=home, cursor=cursor)
    assert [p["fraction"] for p in _progress(events, "l1")] == [0.5]


ROUNDS = 12
LEARNERS = 6
ITEMS = ("l1", "r1", "r2")


@pytest.fixture
def two_hubs(tmp_path, kit, publisher):
    """Two hub processes on one database (PostgreSQL in its run; SQLite otherwise), with a
    course of their own."""
    first = kit.start_hub(tmp_path / "a")
    url = first.db_url or f"sqlite:///{first.data_dir / 'hub.sqlite3'}"
    second = None
    try:
        second = kit.start_hub(tmp_path / "b", env={"LECTERN_HUB_DB": url,
                                                     "LECTERN_HUB_ISSUER_KEY": str(first.data_dir / "issuer.key")})
        first.cli("trust", publisher.public_key)
        yield first, second
    finally:
        for h in (first, second):
            if h is not None:
                kit.stop_hub(h.proc)


def test_pushes_side_by_side_on_two_processes_reach_every_device_once_in_order(two_hubs, publisher, kit):
    """Learners push progress, threads and posts through two hub processes at once, while
    their other devices pull through both all along: each device receives every shared row
    of the family exactly once and in sequence order, and ends with its learner's newest
    state of every item. (On PostgreSQL the pushes run side by side: hub.write_locks.)"""
    a, b = two_hubs
    family = f"order-{uuid.uuid4().hex[:6]}"
    course_id = f"{family}-en"
    a.cli("publish", publisher.bundle(course_id, family=family))
    sessions = []
    for i in range(LEARNERS):
        name = f"order.judge{i}-{uuid.uuid4().hex[:4]}"
        a.cli("user", "add", name, "--password-stdin", "--enrol", course_id, input=kit.password + "\n")
        token = kit.login(a, name, kit.password).json()["token"]
        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {token}"
        sessions.append(session)
    hubs = (a, b)
    writing = threading.Barrier(LEARNERS)
    done = threading.Event()
    errors: list[str] = []
    threads_made: list[str] = []
    received: dict[int, list[dict]] = {i: [] for i in range(LEARNERS)}

    def post(i: int, turn: int, body: dict) -> dict:
        r = sessions[i].post(hubs[turn % 2].api + "/sync", json=body, timeout=60)
        if r.status_code != 200:
            errors.append(f"{r.status_code} {r.text[:300]}")
            raise RuntimeError(errors[-1])
        return r.json()

    def office(i: int) -> None:
        device, seq = str(uuid.uuid4()), 0
        rng = random.Random(i)
        writing.wait(30)
        for turn in range(ROUNDS):
            events = []
            for item in ITEMS:
                seq += 1
                events.append({"id": str(uuid.uuid4()), "kind": "progress", "course_id": course_id,
                               "item_id": item, "device_seq": seq, "fraction": round((turn + 1) / ROUNDS, 3),
                               "position": float(turn)})
            if rng.random() < 0.5 or not threads_made:
                seq += 1
                thread_id = str(uuid.uuid4())
                events.append({"id": thread_id, "kind": "thread", "course_id": course_id, "item_id": "f1",
                               "device_seq": seq, "title": f"{i}/{turn}", "body": "Question"})
            else:
                seq += 1
                thread_id = ""
                events.append({"id": str(uuid.uuid4()), "kind": "post", "course_id": course_id,
                               "device_seq": seq, "thread_id": rng.choice(threads_made), "body": f"{i}/{turn}"})
            out = post(i, turn + i, {"device_id": device, "cursor": None, "events": events, "limit": 1})
            assert not out["rejected"], out["rejected"]
            if thread_id:
                threads_made.append(thread_id)

    def home(i: int) -> None:
        device, cursor, turn = str(uuid.uuid4()), None, i
        while True:
            last = done.is_set()
            more = True
            while more:
                out = post(i, turn, {"device_id": device, "cursor": cursor, "events": [], "limit": 7})
                turn += 1
                received[i] += out["events"]
                cursor, more = out["cursor"], out["more"]
            if last:
                return

    readers = [threading.Thread(target=home, args=(i,)) for i in range(LEARNERS)]
    writers = [threading.Thread(target=office, args=(i,)) for i in range(LEARNERS)]
    for t in readers + writers:
        t.start()
    for t in writers:
        t.join(300)
    done.set()
    for t in readers:
        t.join(300)
    assert not errors, errors[:3]

    from sqlalchemy import create_engine, select

    from hub import db
    engine = create_engine(a.db_url or f"sqlite:///{a.data_dir / 'hub.sqlite3'}")
    try:
        with engine.connect() as conn:
            shared = [r[0] for r in conn.execute(select(db.feed.c.seq).where(
                db.feed.c.course_family == family, db.feed.c.kind.in_(("thread", "post"))).order_by(db.feed.c.seq))]
    finally:
        engine.dispose()
    assert len(shared) == LEARNERS * ROUNDS  # a thread or a post each
    for i, events in received.items():
        got = [e["seq"] for e in events if e["kind"] in ("thread", "post")]
        assert got == shared, (i, sorted(set(shared) - set(got))[:10], len(got), len(shared))
        newest = {}
        for e in events:
            if e["kind"] == "progress":
                newest[e["progress"]["item_id"]] = e["progress"]["fraction"]
        assert newest == {item: 1.0 for item in ITEMS}, (i, newest)
