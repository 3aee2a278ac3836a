"""POST /api/v1/sync against the real hub: idempotence, merge rules, paging, certificates."""
from __future__ import annotations

import uuid

import pytest

RIGHT = {"q1a": ["a"], "q1b": ["a"], "q1c": ["a", "b"]}
WRONG = {"q1a": ["b"], "q1b": ["b"], "q1c": ["a"]}


def progress_of(learner, family, device_id=None):
    """The hub's merged progress as a fresh device of this learner would receive it."""
    events, _ = learner.pull_all(device_id=device_id or str(uuid.uuid4()))
    latest = {}
    for e in events:
        if e["kind"] == "progress" and e["progress"]["course_family"] == family:
            p = e["progress"]
            if p["item_id"] not in latest or p["revision"] > latest[p["item_id"]]["revision"]:
                latest[p["item_id"]] = p
    return latest


def test_replayed_events_are_acked_again_and_change_nothing(new_course, make_learner):
    course = new_course()
    learner = make_learner(course.course_id)
    reader = make_learner(course.course_id)
    thread = learner.event("thread", course.course_id, item_id="f1", title="Venue", body="Where?")
    events = [learner.event("progress", course.course_id, item_id="l1", fraction=0.5, position=5.0),
              thread,
              learner.event("post", course.course_id, thread_id=thread["id"], body="Here."),
              learner.event("quiz_attempt", course.course_id, item_id="q1", answers=WRONG)]
    first = learner.sync(events)
    assert [a["id"] for a in first["acked"]] == [e["id"] for e in events]
    assert not any(a["replayed"] for a in first["acked"])
    before = progress_of(learner, course.family)

    # The response was lost on a bad link: the device sends the same batch again, twice.
    for _ in range(2):
        again = learner.sync(events)
        assert [a["id"] for a in again["acked"]] == [e["id"] for e in events]
        assert all(a["replayed"] for a in again["acked"])
        assert [a["server_id"] for a in again["acked"]] == [a["server_id"] for a in first["acked"]]
        assert again["acked"][3]["quiz"] == first["acked"][3]["quiz"]  # still attempt 1
        assert again["rejected"] == []
    assert progress_of(learner, course.family) == before
    seen, _ = reader.pull_all()
    assert [e["kind"] for e in seen if e["kind"] in ("thread", "post")] == ["thread", "post"]


def test_merge_rules_never_trust_the_pc_clock(new_course, make_learner):
    """Completion only grows, fraction takes the max, position follows each device's own
    sequence and then the hub's arrival order, whatever the PC clocks say."""
    course = new_course()
    learner = make_learner(course.course_id)
    pc_1990, pc_2099 = str(uuid.uuid4()), str(uuid.uuid4())

    def push(device, seq, clock, **fields):
        event = {"id": str(uuid.uuid4()), "kind": fields.pop("kind", "progress"), "course_id": course.course_id,
                 "item_id": "l1", "device_seq": seq, "device_time": clock, **fields}
        out = learner.sync([event], device_id=device)
        assert out["rejected"] == [], out
        return out["acked"][0]["progress"]

    s = push(pc_2099, 5, "2099-01-01T00:00:00Z", fraction=0.8, position=80.0)
    assert (s["fraction"], s["position"], s["position_device"]) == (0.8, 80.0, pc_2099)
    # Arrives later from another PC whose clock says 1990: it still wins the position.
    s = push(pc_1990, 1, "1990-01-01T00:00:00Z", fraction=0.2, position=20.0)
    assert (s["fraction"], s["position"], s["position_device"]) == (0.8, 20.0, pc_1990)
    # An older event of the 2099 PC (seq 3 < 5) arrives late: it cannot move the position.
    s = push(pc_2099, 3, "2099-12-31T00:00:00Z", fraction=0.9, position=90.0)
    assert (s["fraction"], s["position"], s["position_device"]) == (0.9, 20.0, pc_1990)
    # Completion sticks, even when a later event reports less.
    s = push(pc_1990, 2, None, kind="completed")
    assert s["completed"] and s["completed_at"]
    completed_at = s["completed_at"]
    s = push(pc_2099, 6, "1970-01-01T00:00:00Z", fraction=0.1, position=1.0)
    assert s["completed"] and s["completed_at"] == completed_at and s["fraction"] == 0.9
    assert (s["position"], s["position_device"]) == (1.0, pc_2099)
    # A third device of the learner pulls the same merged state.
    merged = progress_of(learner, course.family)["l1"]
    assert merged == s


def test_pull_pages_with_a_cursor(new_course, make_learner):
    course = new_course()
    writer = make_learner(course.course_id)
    reader = make_learner(course.course_id)
    thread = writer.event("thread", course.course_id, item_id="f1", title="Many", body="posts")
    posts = [writer.event("post", course.course_id, thread_id=thread["id"], body=f"post {i}") for i in range(24)]
    assert len(writer.sync([thread, *posts])["acked"]) == 25

    pages = []
    cursor = None
    while True:
        out = reader.sync(cursor=cursor, limit=10)
        pages.append(out["events"])
        cursor = out["cursor"]
        if not out["more"]:
            break
    forum = [e for page in pages for e in page if e["kind"] in ("thread", "post")]
    assert [len(p) for p in pages][:2] == [10, 10] and len(pages) == 3
    assert [e.get("post", {}).get("body") for e in forum[1:]] == [f"post {i}" for i in range(24)]
    seqs = [e["seq"] for page in pages for e in page]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
    assert reader.sync(cursor=cursor)["events"] == []
    # Something new after the last page arrives exactly once.
    writer.sync([writer.event("post", course.course_id, thread_id=thread["id"], body="late")])
    out = reader.sync(cursor=cursor)
    assert [e["post"]["body"] for e in out["events"]] == ["late"]
    assert reader.sync(cursor=out["cursor"])["events"] == []


def test_each_bad_event_is_rejected_alone_with_a_code(new_course, make_learner):
    course = new_course()
    learner = make_learner(course.course_id)
    ok = learner.event("progress", course.course_id, item_id="r1", fraction=0.5)
    bad = {
        "unknown-course": learner.event("progress", "no-such-course", item_id="r1", fraction=0.1),
        "unknown-item": learner.event("progress", course.course_id, item_id="zz9", fraction=0.1),
        "wrong-item-kind": learner.event("quiz_attempt", course.course_id, item_id="l1", answers={}),
        "not-passed": learner.event("completed", course.course_id, item_id="q1"),
        "unknown-thread": learner.event("post", course.course_id, thread_id=str(uuid.uuid4()), body="?"),
        "invalid": learner.event("progress", course.course_id, item_id="r1", fraction=2),
    }
    bad_kind = {**learner.event("progress", course.course_id), "kind": "telemetry"}
    out = learner.sync([bad["unknown-course"], ok, *list(bad.values())[1:], bad_kind])
    assert [a["id"] for a in out["acked"]] == [ok["id"]]
    codes = {r["id"]: r["code"] for r in out["rejected"]}
    assert codes == {**{e["id"]: code for code, e in bad.items()}, bad_kind["id"]: "invalid"}
    for r in out["rejected"]:
        assert r["message"] and len(r["message"]) < 400
    # A wrong parent in a real thread is refused too.
    thread = learner.event("thread", course.course_id, item_id="f1", title="t", body="b")
    other = learner.event("thread", course.course_id, item_id="f1", title="t2", body="b2")
    reply = learner.event("post", course.course_id, thread_id=other["id"], body="r")
    stray = learner.event("post", course.course_id, thread_id=thread["id"], parent_id=reply["id"], body="x")
    out = learner.sync([thread, other, reply, stray])
    assert [r["code"] for r in out["rejected"]] == ["unknown-parent"]


def test_the_hub_grades_quizzes(new_course, make_learner):
    course = new_course()
    learner = make_learner(course.course_id)
    out = learner.sync([learner.event("quiz_attempt", course.course_id, item_id="q1", answers=WRONG)])
    quiz = out["acked"][0]["quiz"]
    assert quiz == {"score": 0.0, "passed": False, "attempt": 1}
    # 1 of 3 right does not pass a 0.67 mark; 2 of 3 does (67%: docs/bundle-format.md, Quizzes).
    one = {**WRONG, "q1a": ["a"]}
    quiz = learner.sync([learner.event("quiz_attempt", course.course_id, item_id="q1", answers=one)])["acked"][0]["quiz"]  # noqa: E501
    assert quiz["passed"] is False and abs(quiz["score"] - 1 / 3) < 1e-9 and quiz["attempt"] == 2
    out = learner.sync([learner.event("quiz_attempt", course.course_id, item_id="q1", answers=RIGHT),
                        learner.event("completed", course.course_id, item_id="q1")])
    assert out["acked"][0]["quiz"] == {"score": 1.0, "passed": True, "attempt": 3}
    assert out["acked"][0]["progress"]["completed"] is True
    assert out["rejected"] == []


def test_language_versions_share_one_progress_record_and_certificate(hub, new_course, make_learner):
    en = new_course(language="en")
    fr = new_course(language="fr", family=en.family)
    learner = make_learner(en.course_id)  # enrolling in one language opens the family
    ids = sorted(c["id"] for c in learner.get("/catalog").json()["courses"])
    assert ids == sorted([en.course_id, fr.course_id])
    other_device = str(uuid.uuid4())
    _, cursor = learner.pull_all(device_id=other_device)

    out = learner.sync([learner.event("completed", en.course_id, item_id="l1"),
                        learner.event("completed", fr.course_id, item_id="r1"),
                        learner.event("quiz_attempt", fr.course_id, item_id="q1", answers=RIGHT)])
    assert out["rejected"] == []
    text = hub.cli("completions", en.course_id).stdout
    assert learner.username in text and "3/4" in text and "missing: r2" in text
    assert "certificate" not in [e["kind"] for e in learner.sync()["events"]]

    out = learner.sync([learner.event("completed", en.course_id, item_id="r2")])
    assert out["rejected"] == []
    my_cursor = out["cursor"]
    # The certificate reaches every device, including the one that finished the course.
    mine = [e for e in out["events"] if e["kind"] == "certificate"]
    events, _ = learner.pull_all(device_id=other_device, cursor=cursor)
    theirs = [e for e in events if e["kind"] == "certificate"]
    assert len(mine) == len(theirs) == 1
    cert = theirs[0]["certificate"]
    assert cert["course_family"] == en.family and cert["username"] == learner.username
    assert cert["course_id"] == en.course_id  # the course whose event completed it
    progress = {e["progress"]["item_id"] for e in events if e["kind"] == "progress"}
    assert progress == {"l1", "r1", "q1", "r2"}

    csv_text = hub.cli("completions", fr.course_id, "--csv").stdout
    header, *rows = csv_text.strip().splitlines()
    assert header.split(",")[:7] == ["username", "enrolled", "l1", "r1", "q1", "r2", "required_done"]
    row = next(r.split(",") for r in rows if r.startswith(learner.username + ","))
    assert row[1] == "yes" and all(row[2:6]) and row[6:9] == ["4", "4", "yes"] and row[9]
    # Once issued, more activity issues no second certificate.
    out = learner.sync([learner.event("completed", fr.course_id, item_id="r3")], cursor=my_cursor)
    assert out["acked"] and not [e for e in out["events"] if e["kind"] == "certificate"]
    events, _ = learner.pull_all(device_id=str(uuid.uuid4()))
    assert len([e for e in events if e["kind"] == "certificate"]) == 1


def test_learner_enrolled_later_receives_the_discussion_so_far(hub, new_course, make_learner):
    course = new_course()
    early = make_learner(course.course_id)
    thread = early.event("thread", course.course_id, item_id="f1", title="Before you came", body="old")
    early.sync([thread])
    late = make_learner()                      # no course yet
    _, cursor = late.pull_all()
    early.sync([early.event("post", course.course_id, thread_id=thread["id"], body="still before")])
    hub.cli("enrol", late.username, course.course_id)
    events, _ = late.pull_all(cursor=cursor)   # same device, same cursor as before enrolment
    kinds = [(e["kind"], e.get("thread", e.get("post", {})).get("body")) for e in events
             if e["kind"] in ("thread", "post")]
    assert kinds == [("thread", "old"), ("post", "still before")]


@pytest.fixture(scope="module")
def learner(new_course, make_learner):
    return make_learner(new_course().course_id)


@pytest.mark.parametrize("cursor", ["x" * 9000, "e30", "eyJwIjotMSwiZiI6e319"])
def test_bad_cursors_are_422(learner, cursor):
    r = learner.post("/sync", json={"device_id": learner.device_id, "cursor": cursor})
    assert r.status_code == 422
    assert "cursor" in r.json()["error"]["message"].lower() or "cursor" in r.json()["error"].get("fields", [])

