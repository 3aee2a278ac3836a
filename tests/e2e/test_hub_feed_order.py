"""The feed's order as devices see it: every row a device is due reaches it, once, whatever
the other writers do meanwhile (issue #19: on PostgreSQL the hub's writers run side by
side, and only the rows a reader could see out of order are serialized)."""
from __future__ import annotations

import uuid


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
