"""Regression tests for the review of #17 on real hub processes (docs/protocol.md, protocol
2): hidden content is a tombstone for fresh pulls, hidden posts earn nothing, a locked
module's discussion and other language versions stay locked, late work is not backdated
without limit, reports are one per reporter and target, staff actions are audited."""
from __future__ import annotations

import uuid
from datetime import datetime, timezone
from typing import Any


def of_kind(events: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [e[kind] for e in events if e["kind"] == kind]


def v2(learner: Any, events: Any = (), **kw: Any) -> dict[str, Any]:
    return learner.sync(list(events), protocol=2, **kw)


def iso(m: datetime) -> str:
    return m.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")


# ----------------------------------------------------------------------------- hidden content


def test_hidden_content_is_a_tombstone_for_fresh_pulls(hub, new_course, make_learner):
    course = new_course()
    cid, fam = course.course_id, course.family
    author, moderator, teacher = make_learner(cid), make_learner(cid), make_learner(cid)
    hub.cli("role", moderator.username, "moderator", fam)
    thread = author.event("thread", cid, item_id="f1", title="Case 2026/17", body="SECRET-THREAD names a party")
    post = author.event("post", cid, thread_id=thread["id"], body="SECRET-POST names the judge's family")
    assert not v2(author, [thread, post])["rejected"]
    for target, ident in (("thread", thread["id"]), ("post", post["id"])):
        r = moderator.post(f"/moderation/{target}/{ident}/hide", json={"reason": "Names a party."})
        assert r.status_code == 200, r.text
    latecomer = make_learner(cid)     # enrolled after the hide: a fresh pull
    events, _ = latecomer.pull_all()
    rows = of_kind(events, "thread") + of_kind(events, "post")
    assert {r["id"] for r in rows} == {thread["id"], post["id"]}
    assert not [r for r in rows if "SECRET" in r["body"] or "SECRET" in r.get("title", "")], rows
    assert {m["id"] for m in of_kind(events, "moderation") if m["hidden"]} == {thread["id"], post["id"]}
    # The author's new device and the family's staff (a moderator made later too) keep it.
    mine, _ = author.pull_all(device_id=str(uuid.uuid4()))
    assert "SECRET-POST names the judge's family" in [p["body"] for p in of_kind(mine, "post")]
    hub.cli("role", teacher.username, "instructor", fam)
    staff, _ = teacher.pull_all()
    assert "SECRET-THREAD names a party" in [t["body"] for t in of_kind(staff, "thread")]
    # Restored: everyone gets the content again, a fresh pull too.
    r = moderator.post(f"/moderation/post/{post['id']}/restore", json={"reason": "Checked."})
    assert r.status_code == 200, r.text
    again, _ = make_learner(cid).pull_all()
    assert "SECRET-POST names the judge's family" in [p["body"] for p in of_kind(again, "post")]
    assert not [t for t in of_kind(again, "thread") if "SECRET" in t["body"]]
