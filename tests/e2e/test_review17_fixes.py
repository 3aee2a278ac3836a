"""Regression tests for the review of #17 on real hub processes (docs/protocol.md, protocol
2): hidden content is a tombstone for fresh pulls, hidden posts earn nothing, a locked
module's discussion and other language versions stay locked, late work is not backdated
without limit, reports are one per reporter and target, staff actions are audited."""
from __future__ import annotations

import os
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
import requests


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
    events, late_cursor = latecomer.pull_all()
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
    # ... the restore first, then the content (a player blanks what is still hidden on arrival)
    later, _ = latecomer.pull_all(cursor=late_cursor)
    assert [(e["kind"], e[e["kind"]]["id"]) for e in later if e["kind"] in ("moderation", "post")] == [
        ("moderation", post["id"]), ("post", post["id"])]
    again, _ = make_learner(cid).pull_all()
    assert "SECRET-POST names the judge's family" in [p["body"] for p in of_kind(again, "post")]
    assert not [t for t in of_kind(again, "thread") if "SECRET" in t["body"]]


FORUM_REQ = ('[requirements]\nrule = "all-required"\nreply_to_colleague = true\n\n'
             '[[requirements.forum]]\ndiscussions = ["f1"]\nmin_posts = 1\n\n')


def with_forum_requirement(toml: str) -> str:
    head, sep, rest = toml.partition("[[modules]]")
    return head + FORUM_REQ + sep + rest


def drop_module_2(toml: str) -> str:
    return toml.split('[[modules]]\nid = "m2"')[0]


def finish_items(c: Any, cid: str) -> list[dict[str, Any]]:
    return [c.event("completed", cid, item_id=i) for i in ("l1", "r1", "r2")] + [
        c.event("quiz_attempt", cid, item_id="q1", answers={"q1a": ["a"], "q1b": ["a"], "q1c": ["a", "b"]})]


def test_a_hidden_post_earns_nothing_towards_a_certificate(hub, new_course, make_learner):
    course = new_course(tweak=with_forum_requirement)
    cid, fam = course.course_id, course.family
    other, spammer, moderator = make_learner(cid), make_learner(cid), make_learner(cid)
    hub.cli("role", moderator.username, "moderator", fam)
    t = other.event("thread", cid, item_id="f1", title="Question", body="What is the test?")
    assert not v2(other, [t])["rejected"]
    spam = spammer.event("post", cid, thread_id=t["id"], body="asdf")
    assert not v2(spammer, [spam])["rejected"]
    r = moderator.post(f"/moderation/post/{spam['id']}/hide", json={"reason": "Not a contribution."})
    assert r.status_code == 200
    out = v2(spammer, finish_items(spammer, cid))
    assert not out["rejected"], out["rejected"]
    assert not of_kind(out["events"], "certificate"), "a hidden post met the forum requirements"
    # A real answer then earns it.
    out = v2(spammer, [spammer.event("post", cid, thread_id=t["id"], body="The test is of independence.")])
    assert of_kind(out["events"], "certificate")


# ----------------------------------------------------------------------------- locked modules


@pytest.fixture
def own_hub(kit, publisher, tmp_path):
    h = kit.start_hub(tmp_path / "data")
    h.cli("trust", publisher.public_key)
    yield h
    kit.stop_hub(h.proc)


class _Client:
    def __init__(self, hub: Any, name: str) -> None:
        r = requests.post(hub.api + "/token", json={"username": name, "password": "correct horse battery"},
                          timeout=30)
        assert r.status_code == 200, r.text
        self.hub, self.username = hub, name
        self.s = requests.Session()
        self.s.headers["Authorization"] = "Bearer " + r.json()["token"]
        self.device, self.seq, self.cursor = str(uuid.uuid4()), 0, None

    def event(self, kind: str, cid: str, **f: Any) -> dict[str, Any]:
        self.seq += 1
        return {"id": str(uuid.uuid4()), "kind": kind, "course_id": cid, "device_seq": self.seq, **f}

    def sync(self, events: Any = ()) -> dict[str, Any]:
        r = self.s.post(self.hub.api + "/sync", json={"protocol": 2, "device_id": self.device,
                                                      "cursor": self.cursor, "events": list(events)}, timeout=60)
        assert r.status_code == 200, r.text
        out: dict[str, Any] = r.json()
        self.cursor = out["cursor"]
        return out


def _user(h: Any, cid: str, run: int | None = None) -> _Client:
    name = f"j-{uuid.uuid4().hex[:6]}"
    h.cli("user", "add", name, "--password-stdin", input="correct horse battery\n")
    h.cli("enrol", name, cid, *(["--run", str(run)] if run else []))
    return _Client(h, name)


def _run(h: Any, fam: str, *args: str) -> int:
    out = h.cli("run", "create", fam, *args).stdout
    return int(out.split("Created run ", 1)[1].split()[0])


def test_a_locked_modules_discussion_refuses_learners_threads_and_posts(own_hub, publisher):
    h = own_hub
    fam = f"lk-{uuid.uuid4().hex[:6]}"
    h.cli("publish", publisher.bundle(fam, family=fam))
    run = _run(h, fam, "--start", iso(datetime.now(timezone.utc) - timedelta(days=6)), "--weekly")
    ana, teacher = _user(h, fam, run), _user(h, fam, run)
    h.cli("role", teacher.username, "instructor", fam)
    question = teacher.event("thread", fam, item_id="f1", title="Week 2", body="For next week.", pinned=True)
    assert not teacher.sync([question])["rejected"]          # staff may prepare it early
    t = ana.event("thread", fam, item_id="f1", title="Early", body="Posting in module 2's discussion early")
    p = ana.event("post", fam, thread_id=question["id"], body="An early answer")
    out = ana.sync([t, p])
    assert [r["code"] for r in out["rejected"]] == ["module-locked", "module-locked"], out


def test_a_language_version_without_the_module_does_not_open_it(own_hub, publisher):
    h = own_hub
    fam = f"lang-{uuid.uuid4().hex[:6]}"
    h.cli("publish", publisher.bundle(f"{fam}-en", family=fam))
    h.cli("publish", publisher.bundle(f"{fam}-fr", family=fam, language="fr", tweak=drop_module_2))
    run = _run(h, fam, "--start", iso(datetime.now(timezone.utc) - timedelta(days=6)), "--weekly")
    ana = _user(h, f"{fam}-en", run)
    ana.sync()
    out = ana.sync([ana.event("completed", f"{fam}-fr", item_id="r2")])
    assert [r["code"] for r in out["rejected"]] == ["module-locked"], out


# ----------------------------------------------------------------------------- late work


def _offset_hub(kit: Any, publisher: Any, tmp_path: Any) -> tuple[Any, Any]:
    off = tmp_path / "offset"
    off.write_text("0")
    h = kit.start_hub(tmp_path / "data", env={"LECTERN_HUB_CLOCK_OFFSET": f"@{off}"})
    h.cli("trust", publisher.public_key)
    return h, off


def _move_clock(off: Any, seconds: float) -> None:
    off.write_text(str(seconds))
    st = os.stat(off)
    os.utime(off, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))


def test_late_work_is_not_backdated_without_limit(kit, publisher, tmp_path):
    h, off = _offset_hub(kit, publisher, tmp_path)
    try:
        fam = f"end-{uuid.uuid4().hex[:6]}"
        h.cli("publish", publisher.bundle(fam, family=fam))
        now = datetime.now(timezone.utc)
        run = _run(h, fam, "--start", iso(now - timedelta(days=30)), "--self-paced", "--end",
                   iso(now + timedelta(hours=1)))
        # A refused push from a spare device id sets no anchor.
        spare = _user(h, fam, run)
        seed = spare.sync([{"id": str(uuid.uuid4()), "kind": "progress", "course_id": fam, "device_seq": 1,
                            "item_id": "nope", "fraction": 2}])
        assert seed["rejected"] and not seed["acked"]
        # A real anchor before the end, then work pushed 90 days after it: not credited before the end.
        ana = _user(h, fam, run)
        first = ana.sync([ana.event("progress", fam, item_id="l1", fraction=0.1)])
        assert first["acked"]
        _move_clock(off, 90 * 86400)
        for who, out in ((spare, seed), (ana, first)):
            stamp = {"made_at": out["server_time"], "anchor": out["server_time"]}
            done = who.sync([who.event(e["kind"], fam, **{k: v for k, v in e.items()
                                                          if k not in ("id", "kind", "course_id", "device_seq")},
                                       **stamp) for e in finish_items(who, fam)])
            assert not done["rejected"], done["rejected"]
            assert not of_kind(done["events"], "certificate"), f"{who.username}: backdated 90 days after the end"
    finally:
        kit.stop_hub(h.proc)


def test_late_work_within_the_grace_period_counts(kit, publisher, tmp_path):
    h, off = _offset_hub(kit, publisher, tmp_path)
    try:
        fam = f"grace-{uuid.uuid4().hex[:6]}"
        h.cli("publish", publisher.bundle(fam, family=fam))
        now = datetime.now(timezone.utc)
        run = _run(h, fam, "--start", iso(now - timedelta(days=30)), "--self-paced", "--end",
                   iso(now + timedelta(hours=1)))
        ana = _user(h, fam, run)
        first = ana.sync([ana.event("progress", fam, item_id="l1", fraction=0.1)])
        _move_clock(off, 10 * 86400)
        stamp = {"made_at": first["server_time"], "anchor": first["server_time"]}
        done = ana.sync([dict(e, **stamp) for e in finish_items(ana, fam)])
        assert not done["rejected"], done["rejected"]
        assert of_kind(done["events"], "certificate"), "work made before the end, synced 10 days after it"
    finally:
        kit.stop_hub(h.proc)


# ----------------------------------------------------------------------------- reports, rights, audit


def test_reports_are_one_per_reporter_and_target_and_paged(hub, new_course, make_learner):
    course = new_course()
    cid, fam = course.course_id, course.family
    victim, spammer, other, moderator = (make_learner(cid) for _ in range(4))
    hub.cli("role", moderator.username, "moderator", fam)
    t = victim.event("thread", cid, item_id="f1", title="Fine", body="An ordinary question.")
    t2 = victim.event("thread", cid, item_id="f1", title="Fine too", body="Another.")
    assert not v2(victim, [t, t2])["rejected"]
    batch = [spammer.event("report", cid, target="thread", target_id=t["id"], reason=f"x{i}") for i in range(300)]
    out = v2(spammer, batch)
    assert len(out["acked"]) == 300
    assert not v2(other, [other.event("report", cid, target="thread", target_id=t2["id"], reason="b")])["rejected"]
    assert not v2(other, [other.event("report", cid, target="thread", target_id=t["id"], reason="a")])["rejected"]
    r = moderator.get(f"/moderation/reports?family={fam}")
    assert r.status_code == 200
    listed = r.json()["reports"]
    # one per reporter and target (the last reason), grouped by target
    assert [(x["target_id"], x["reporter"]) for x in listed] == [
        (t["id"], spammer.username), (t["id"], other.username), (t2["id"], other.username)]
    assert listed[0]["reason"] == "x299"
    page1 = moderator.get(f"/moderation/reports?family={fam}&limit=2").json()["reports"]
    page2 = moderator.get(f"/moderation/reports?family={fam}&limit=2&after={page1[-1]['id']}").json()["reports"]
    assert page1 + page2 == listed
    one = moderator.get(f"/moderation/reports?family={fam}&target_id={t2['id']}").json()["reports"]
    assert [x["target_id"] for x in one] == [t2["id"]]


def test_only_instructors_pin(hub, new_course, make_learner):
    course = new_course()
    mod, other = make_learner(course.course_id), make_learner(course.course_id)
    hub.cli("role", mod.username, "moderator", course.family)
    t = other.event("thread", course.course_id, item_id="f1", title="Learner's", body="x")
    assert not v2(other, [t])["rejected"]
    r = mod.post(f"/forum/threads/{t['id']}/pin", json={"pinned": True})
    assert r.status_code == 403, r.text
    pinned = mod.event("thread", course.course_id, item_id="f1", title="P", body="x", pinned=True)
    assert v2(mod, [pinned])["rejected"][0]["code"] == "forbidden"
    audit = hub.cli("audit", course.family).stdout
    assert f"{mod.username} (api)\trefused\t{course.family}\tthread:{t['id']}" in audit, audit
    assert f"thread:{pinned['id']}" in audit


def test_run_moves_and_pinned_questions_via_sync_are_audited(hub, new_course, make_learner):
    course = new_course()
    fam = course.family
    ana, teacher = make_learner(course.course_id), make_learner(course.course_id)
    end = iso(datetime.now(timezone.utc) - timedelta(days=1))
    out = hub.cli("run", "create", fam, "--start", "2020-01-01", "--end", end, "--self-paced").stdout
    closed = int(out.split("Created run ", 1)[1].split()[0])
    hub.cli("enrol", ana.username, course.course_id, "--run", str(closed))
    hub.cli("role", teacher.username, "instructor", fam)
    q = teacher.event("thread", course.course_id, item_id="f1", title="Week 1", body="Q?", pinned=True)
    assert not v2(teacher, [q])["rejected"]
    audit = hub.cli("audit", fam).stdout
    assert f"enrol-run\t{fam}\tuser:{ana.username}" in audit, audit
    assert f"{teacher.username} (sync)\tpin\t{fam}\tthread:{q['id']}" in audit, audit
