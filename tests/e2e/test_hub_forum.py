"""Forum storage on the real hub: threads per course and forum item, posts with parents,
visible to everyone enrolled, and each post exactly once on every device."""
from __future__ import annotations

import uuid
from collections import Counter


def forum_events(events):
    return [e for e in events if e["kind"] in ("thread", "post")]


def test_threads_and_replies_reach_everyone_enrolled_once(new_course, make_learner):
    course = new_course()
    author = make_learner(course.course_id)
    colleague = make_learner(course.course_id)
    outsider = make_learner(new_course().course_id)
    laptop = str(uuid.uuid4())                      # the author's second device
    _, laptop_cursor = author.pull_all(device_id=laptop)
    _, colleague_cursor = colleague.pull_all()

    thread = author.event("thread", course.course_id, item_id="f1", title="Remand", body="When is it proportionate?")
    out = author.sync([thread])
    thread_server_id = out["acked"][0]["server_id"]
    assert isinstance(thread_server_id, int)
    assert forum_events(out["events"]) == []        # the author's own device gets no echo

    answers = colleague.sync(
        [colleague.event("post", course.course_id, thread_id=thread["id"], body="Only as a last resort.")],
        cursor=colleague_cursor)
    first_post = answers["acked"][0]
    # The colleague's pull in the same round trip already carries the author's thread.
    assert [(e["kind"], e["thread"]["id"]) for e in forum_events(answers["events"])] == [("thread", thread["id"])]
    reply = author.event("post", course.course_id, thread_id=thread["id"], parent_id=first_post["id"],
                         body="Agreed, with reasons on the record.")
    reply_ack = author.sync([reply])["acked"][0]
    assert reply_ack["server_id"] > first_post["server_id"]

    # The retry of a post whose ack was lost: acked again with the post's own id, stored once.
    # (Threads and posts are numbered apart: a post's id may equal its thread's.)
    again = author.sync([reply])
    assert again["acked"][0]["replayed"] and again["acked"][0]["server_id"] == reply_ack["server_id"]

    seen_by_laptop, _ = author.pull_all(device_id=laptop, cursor=laptop_cursor)
    seen_by_colleague, _ = colleague.pull_all(cursor=answers["cursor"])
    laptop_ids = Counter(e.get("thread", e.get("post", {}))["id"] for e in forum_events(seen_by_laptop))
    assert laptop_ids == Counter({thread["id"]: 1, first_post["id"]: 1, reply["id"]: 1})
    assert [e["post"]["id"] for e in forum_events(seen_by_colleague)] == [reply["id"]]
    posted = next(e["post"] for e in seen_by_laptop if e["kind"] == "post" and e["post"]["id"] == reply["id"])
    assert posted["parent_id"] == first_post["id"] and posted["thread_id"] == thread["id"]
    assert posted["author"] == author.username and posted["course_family"] == course.family
    assert posted["created_at"] and posted["body"] == reply["body"]

    assert forum_events(outsider.pull_all()[0]) == []


def test_threads_belong_to_a_forum_item_and_device_times_are_kept_for_display(new_course, make_learner):
    course = new_course()
    a = make_learner(course.course_id)
    b = make_learner(course.course_id)
    out = a.sync([a.event("thread", course.course_id, item_id="r1", title="on a reading", body="x")])
    assert out["rejected"][0]["code"] == "wrong-item-kind"
    thread = a.event("thread", course.course_id, item_id="f1", title="t", body="b",
                     device_time="1999-12-31T23:59:59+00:00")
    a.sync([thread])
    (seen,) = [e["thread"] for e in forum_events(b.pull_all()[0])]
    assert seen["item_id"] == "f1" and seen["course_id"] == course.course_id
    assert seen["device_time"].startswith("1999-12-31T23:59:59")
    assert not seen["created_at"].startswith("1999")  # ordering and dates come from the hub


def test_posts_in_one_language_are_seen_in_the_other(new_course, make_learner):
    en = new_course(language="en")
    fr = new_course(language="fr", family=en.family)
    judge_en = make_learner(en.course_id)
    judge_fr = make_learner(fr.course_id)
    thread = judge_fr.event("thread", fr.course_id, item_id="f1", title="Question", body="En français")
    judge_fr.sync([thread])
    judge_en.sync([judge_en.event("post", en.course_id, thread_id=thread["id"], body="In English")])
    other_pc = str(uuid.uuid4())
    kinds = [(e["kind"], e.get("thread", e.get("post"))["body"])
             for e in forum_events(judge_fr.pull_all(device_id=other_pc)[0])]
    assert kinds == [("thread", "En français"), ("post", "In English")]
