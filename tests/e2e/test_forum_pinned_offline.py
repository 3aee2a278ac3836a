"""An instructor's discussion question is offline-first (issue #17 follow-up), on the shared
real hub process: written with no sync, it is pinned on the instructor's PC at once and waits
in the outbox with `pinned`; the next sync sends it pinned (the hub speaks protocol 2) and a
learner's PC gets it pinned and marked as the instructor's. A learner's pinned thread is
refused (`forbidden`): it shows unpinned on the learner's PC with the hub's reason, and
reaches nobody."""
from __future__ import annotations

from typing import Any

import pytest
from learner_pc import learner_pc, signed_in

from sync.bundle import TrustPolicy
from sync.forum import Forum, PostState
from sync.importer import import_bundle
from sync.services import forum, staff
from sync.services.connection import NetworkTimings
from sync.services.sync import sync_once
from sync.signing import load_public_key
from sync.store import HUB_PROTOCOL, LearnerStore

TIMINGS = NetworkTimings(read_timeout=10.0, probe_timeout=2.0)


def pc(tmp_path, publisher, hub, course, learner, name: str) -> Any:
    """A court PC with the course installed, the learner signed in and one sync done."""
    paths = learner_pc(tmp_path, publisher, name)
    import_bundle(paths, course.bundle, TrustPolicy((load_public_key(publisher.public_key),)))
    signed_in(paths, hub.url, learner)
    sync_once(paths, TIMINGS)
    return paths


@pytest.mark.timeout(180)
def test_a_question_written_offline_goes_pinned_with_the_next_sync(
        hub, new_course, make_learner, publisher, tmp_path) -> None:
    course = new_course()
    cid, fam = course.course_id, course.family
    teacher, ana = make_learner(cid), make_learner(cid)
    hub.cli("role", teacher.username, "instructor", fam)
    teacher_pc = pc(tmp_path, publisher, hub, course, teacher, "teacher")
    ana_pc = pc(tmp_path, publisher, hub, course, ana, "ana")

    # Written with no connection used: pinned here at once, waiting with `pinned` in the outbox.
    started = staff.start_question(teacher_pc, cid, "f1", "Week 1", "What is judicial independence?")
    question = started.thread
    assert question.pinned and question.author_role == "instructor" and question.state is PostState.PENDING
    with LearnerStore.open(teacher_pc.db) as store:
        assert store.get_sync_state(HUB_PROTOCOL) == "2"
        (event,) = store.pending_events()
        assert event.id == question.id and event.payload["pinned"] is True

    # The next sync sends it pinned; the hub keeps it pinned and marks it as the instructor's.
    summary = sync_once(teacher_pc, TIMINGS)
    assert summary.summary.rejected == 0
    with LearnerStore.open(teacher_pc.db) as store:
        sent = store.forum_thread(question.id)
        assert store.pending_count() == 0
    assert sent is not None and sent.state is PostState.SENT and sent.pinned

    # A learner's newer thread stays below it on her PC after her sync.
    with LearnerStore.open(ana_pc.db) as store:
        forum.start_thread(ana_pc, store, cid, "f1", "My thread", "Written after the question.")
    sync_once(ana_pc, TIMINGS)
    with LearnerStore.open(ana_pc.db) as store:
        threads = Forum(store, ana.username).threads(cid, "f1", ana.username)
    assert [t.title for t in threads] == ["Week 1", "My thread"]
    assert threads[0].pinned and threads[0].author_role == "instructor"
    assert threads[0].unread == 1 and threads[1].unread == 0      # the question is new to her


@pytest.mark.timeout(180)
def test_a_learners_pinned_thread_is_refused_and_shown_unpinned(
        hub, new_course, make_learner, publisher, tmp_path) -> None:
    course = new_course()
    cid = course.course_id
    ana, cy = make_learner(cid), make_learner(cid)
    ana_pc = pc(tmp_path, publisher, hub, course, ana, "ana")
    cy_pc = pc(tmp_path, publisher, hub, course, cy, "cy")

    # The sync layer writes what it is given (an old role here, a hand-made store...); the hub decides.
    with LearnerStore.open(ana_pc.db) as store:
        pinned = Forum(store, ana.username).create_thread(cid, "f1", "Read me first", "Mine on top?",
                                                          pinned=True)
    summary = sync_once(ana_pc, TIMINGS)
    assert summary.summary.rejected == 1
    with LearnerStore.open(ana_pc.db) as store:
        shown = Forum(store, ana.username).thread(pinned.id)
        refusals = store.refusals(cid, "f1")
    assert shown.state is PostState.REJECTED and not shown.pinned
    assert shown.refusal and "instructor" in shown.refusal.lower()
    assert [r.message for r in refusals] == [shown.refusal]
    # ... and the discussion screen's own service says the same.
    with LearnerStore.open(ana_pc.db) as store:
        listed = forum.discussions(ana_pc, store, cid, "f1").threads
    assert [(t.id, t.pinned, t.refusal) for t in listed] == [(pinned.id, False, shown.refusal)]

    # Nobody else gets it.
    sync_once(cy_pc, TIMINGS)
    with LearnerStore.open(cy_pc.db) as store:
        assert store.forum_thread(pinned.id) is None
