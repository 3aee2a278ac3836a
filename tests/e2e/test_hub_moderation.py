"""Roles, moderation and announcements on the shared hub process (#17): an instructor's pinned
question reaches learners marked as the instructor's, a learner's reply reaches the
instructor, a moderator hides it and it leaves a third learner's next pull, the audit log
records who did it and why; learners and staff of another family get 403 with a reason."""
from __future__ import annotations

from typing import Any


def of_kind(events: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [e[kind] for e in events if e["kind"] == kind]


def v2(learner, events=(), **kw) -> dict[str, Any]:
    return learner.sync(list(events), protocol=2, **kw)


def test_pinned_question_reply_hidden_and_audited(hub, new_course, make_learner):
    course = new_course()
    cid, fam = course.course_id, course.family
    teacher, ana, third = (make_learner(cid) for _ in range(3))
    moderator = make_learner(cid)
    hub.cli("role", teacher.username, "instructor", fam, "--by", "court-it")
    hub.cli("role", moderator.username, "moderator", fam)
    [role] = of_kind(teacher.pull_all()[0], "role")
    assert role == {"course_family": fam, "role": "instructor"}

    question = teacher.event("thread", cid, item_id="f1", title="Week 1", body="What is judicial independence?",
                             pinned=True)
    assert not v2(teacher, [question])["rejected"]
    events, ana_cursor = ana.pull_all()
    assert [t["id"] for t in of_kind(events, "thread")] == [question["id"]]
    [meta] = of_kind(events, "forum_meta")
    assert meta == {"target": "thread", "id": question["id"], "course_family": fam, "author_role": "instructor",
                    "pinned": True}

    reply = ana.event("post", cid, thread_id=question["id"], body="Freedom from pressure.")
    assert not v2(ana, [reply], cursor=ana_cursor)["rejected"]
    teacher_events, _ = teacher.pull_all()
    assert reply["id"] in [p["id"] for p in of_kind(teacher_events, "post")]
    assert not [m for m in of_kind(teacher_events, "forum_meta") if m["id"] == reply["id"]]  # a learner's

    third_events, third_cursor = third.pull_all()
    assert reply["id"] in [p["id"] for p in of_kind(third_events, "post")]

    r = moderator.post(f"/moderation/post/{reply['id']}/hide", json={"reason": "Names a party to a case."})
    assert r.status_code == 200, r.text
    assert r.json()["hidden"] is True
    later, _ = third.pull_all(cursor=third_cursor)
    [hidden] = of_kind(later, "moderation")
    assert (hidden["id"], hidden["target"], hidden["hidden"], hidden["reason"]) == (
        reply["id"], "post", True, "Names a party to a case.")
    # Its author gets it too (the player shows "hidden by a moderator: <reason>").
    assert of_kind(ana.pull_all(cursor=ana_cursor)[0], "moderation")

    audit = hub.cli("audit", fam).stdout
    assert f"{moderator.username} (api)\thide\t{fam}\tpost:{reply['id']}\tNames a party to a case." in audit
    assert f"court-it (cli)\trole\t{fam}\tuser:{teacher.username}" in audit

    r = moderator.post(f"/moderation/post/{reply['id']}/restore", json={"reason": "Checked: no name."})
    assert r.status_code == 200 and r.json()["hidden"] is False
    assert "restore" in hub.cli("audit", fam).stdout


def test_learners_cannot_act_as_staff(hub, new_course, make_learner):
    course = new_course()
    cid, fam = course.course_id, course.family
    learner, other = make_learner(cid), make_learner(cid)
    thread = other.event("thread", cid, item_id="f1", title="Mine", body="A question.")
    assert not v2(other, [thread])["rejected"]

    pinned = learner.event("thread", cid, item_id="f1", title="Fake", body="As if staff.", pinned=True)
    [refused] = v2(learner, [pinned])["rejected"]
    assert refused["code"] == "forbidden" and "instructor" in refused["message"]
    for path, body in ((f"/moderation/thread/{thread['id']}/hide", {"reason": "Dislike."}),
                       (f"/forum/threads/{thread['id']}/pin", {"pinned": True}),
                       (f"/moderation/reports?family={fam}", None)):
        r = learner.post(path, json=body) if body is not None else learner.get(path)
        assert r.status_code == 403, (path, r.text)
        assert r.json()["error"]["code"] == "forbidden" and "you are a learner" in r.json()["error"]["message"]
    run_id = int(hub.cli("run", "list", fam).stdout.split("\t", 1)[0])
    r = learner.post(f"/runs/{run_id}/announcements", json={"title": "Hi", "body": "All of you."})
    assert r.status_code == 403 and "instructor" in r.json()["error"]["message"]
    assert learner.get(f"/runs/{fam}").status_code == 403
    # A learner's thread is marked as nobody's staff thread.
    assert not of_kind(learner.pull_all()[0], "forum_meta")


def test_instructor_of_another_family_cannot_moderate(hub, new_course, make_learner):
    ours, theirs = new_course(), new_course()
    author = make_learner(ours.course_id)
    outsider = make_learner(ours.course_id, theirs.course_id)
    hub.cli("role", outsider.username, "instructor", theirs.family)
    thread = author.event("thread", ours.course_id, item_id="f1", title="Ours", body="Our discussion.")
    assert not v2(author, [thread])["rejected"]
    r = outsider.post(f"/moderation/thread/{thread['id']}/hide", json={"reason": "Not mine to judge."})
    assert r.status_code == 403 and ours.family in r.json()["error"]["message"]
    r = outsider.post(f"/forum/threads/{thread['id']}/pin", json={"pinned": True})
    assert r.status_code == 403
    # In their own family they can.
    own = outsider.event("thread", theirs.course_id, item_id="f1", title="Q", body="Question?")
    assert not v2(outsider, [own])["rejected"]
    assert outsider.post(f"/forum/threads/{own['id']}/pin", json={"pinned": True}).status_code == 200
    audit = hub.cli("audit", ours.family).stdout
    assert "\thide\t" not in audit
    # the refused attempts are audited (review of #17)
    assert f"{outsider.username} (api)\trefused\t{ours.family}\tthread:{thread['id']}" in audit


def test_reports_and_announcements(hub, new_course, make_learner, tmp_path):
    course = new_course()
    cid, fam = course.course_id, course.family
    teacher, ana, ben = (make_learner(cid) for _ in range(3))
    hub.cli("role", teacher.username, "instructor", fam)
    thread = ben.event("thread", cid, item_id="f1", title="Off topic", body="Buy my book.")
    assert not v2(ben, [thread])["rejected"]
    report = ana.event("report", cid, target="thread", target_id=thread["id"], reason="Advertising.")
    bogus = ana.event("report", cid, target="post", target_id=thread["id"], reason="Wrong target.")
    out = v2(ana, [report, bogus])
    assert [a["id"] for a in out["acked"]] == [report["id"]]
    assert [(r["id"], r["code"]) for r in out["rejected"]] == [(bogus["id"], "unknown-target")]
    r = teacher.get(f"/moderation/reports?family={fam}")
    assert r.status_code == 200
    [listed] = r.json()["reports"]
    assert (listed["reporter"], listed["target_id"], listed["reason"]) == (ana.username, thread["id"], "Advertising.")
    assert "Advertising." in hub.cli("moderate", "reports", fam).stdout

    runs = teacher.get(f"/runs/{fam}")
    assert runs.status_code == 200
    [run] = runs.json()["runs"]
    r = teacher.post(f"/runs/{run['run_id']}/announcements", json={"title": "Week 2", "body": "Module 2 is open."})
    assert r.status_code == 201, r.text
    body = tmp_path / "note.txt"
    body.write_text("Remember the live session.", encoding="utf-8")
    hub.cli("announce", str(run["run_id"]), "--title", "Live", "--body-file", body, "--by", "court-it")
    got = of_kind(ana.pull_all()[0], "announcement")
    assert [(a["title"], a["author_role"]) for a in got] == [("Week 2", "instructor"), ("Live", "instructor")]
    assert got[0]["author"] == teacher.username and got[0]["run_id"] == run["run_id"]
    # A learner enrolled later gets the run's announcements so far.
    late = make_learner(cid)
    assert [a["title"] for a in of_kind(late.pull_all()[0], "announcement")] == ["Week 2", "Live"]
