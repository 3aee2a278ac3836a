"""The issue's forum story end to end, through the player (issue #17), on the shared hub process:
an instructor's pinned question reaches a learner's window marked as the instructor's; the
learner's reply, written in the window, reaches the instructor; a moderator hides it from the
player (the staff service); it leaves a third learner's window at that window's next sync; a
learner's window has no staff controls, and the hub answers 403 with its reason when the staff
call is forced."""
from __future__ import annotations

from typing import Any

import pytest
from learner_pc import WAIT, learner_pc, open_forum, signed_in, wait_online

from sync.bundle import TrustPolicy
from sync.errors import HubError, HubErrorKind
from sync.forum import PostState
from sync.importer import import_bundle
from sync.services import staff
from sync.services.connection import NetworkTimings
from sync.services.sync import sync_once
from sync.signing import load_public_key
from sync.store import LearnerStore

TIMINGS = NetworkTimings(read_timeout=10.0, probe_timeout=2.0)


def pc(tmp_path, publisher, hub, course, learner, name: str) -> Any:
    """A court PC with the course installed and the learner signed in."""
    paths = learner_pc(tmp_path, publisher, name)
    import_bundle(paths, course.bundle, TrustPolicy((load_public_key(publisher.public_key),)))
    signed_in(paths, hub.url, learner)
    return paths


def posts_text(view: Any) -> str:
    return view.posts_view.toPlainText() if view.current_thread is not None else ""


@pytest.mark.timeout(300)
def test_pinned_question_reply_hidden_and_gone_from_a_third_window(
        qtbot, hub, new_course, make_learner, publisher, tmp_path, window_for) -> None:
    course = new_course()
    cid, fam = course.course_id, course.family
    teacher, ana, cy, mo = (make_learner(cid) for _ in range(4))
    hub.cli("role", teacher.username, "instructor", fam)
    hub.cli("role", mo.username, "moderator", fam)
    teacher_pc = pc(tmp_path, publisher, hub, course, teacher, "teacher")
    mo_pc = pc(tmp_path, publisher, hub, course, mo, "moderator")
    ana_pc = pc(tmp_path, publisher, hub, course, ana, "ana")
    cy_pc = pc(tmp_path, publisher, hub, course, cy, "cy")

    # The instructor (their role arrives with a sync) starts the week's question, pinned.
    sync_once(teacher_pc, TIMINGS)
    started = staff.start_question(teacher_pc, cid, "f1", "Week 1", "What is judicial independence?", TIMINGS)
    assert started.pinned and started.thread.pinned and started.thread.author_role == "instructor"
    question = started.thread.id
    # Offline-first: kept pinned here at once, sent pinned with the instructor's next sync.
    assert started.thread.state is PostState.PENDING
    sync_once(teacher_pc, TIMINGS)
    with LearnerStore.open(teacher_pc.db) as store:
        sent = store.forum_thread(question)
    assert sent is not None and sent.state is PostState.SENT and sent.pinned

    # It reaches Ana's window, first in the list and marked as the instructor's.
    ana_window = window_for(ana_pc)
    wait_online(qtbot, ana_window)
    view, _ = open_forum(qtbot, ana_window, cid)
    qtbot.waitUntil(lambda: bool(view.threads) and view.threads[0].id == question, timeout=WAIT)
    line = view.thread_list.item(0).text()
    assert line.startswith("Pinned: Week 1") and f"{teacher.username} (Instructor)" in line
    qtbot.waitUntil(lambda: view.current_thread is not None and view.current_thread.id == question,
                    timeout=WAIT)
    assert f"{teacher.username} (Instructor)" in posts_text(view)
    # A learner has no staff controls.
    assert view.question_button.isHidden()
    assert not [a for a in view.posts_view.action_links() if not a.startswith("report/")]

    # Ana replies in the window; the window's own sync sends it.
    view.reply_edit.setPlainText("Freedom from pressure by the parties and the state.")
    view.submit_reply()
    qtbot.waitUntil(lambda: len(view.posts) == 1, timeout=WAIT)
    reply = view.posts[0].id

    def sent() -> bool:
        with LearnerStore.open(ana_pc.db) as store:
            post = store.forum_post(reply)
        return post is not None and post.state is PostState.SENT

    qtbot.waitUntil(sent, timeout=WAIT)

    # It reaches the instructor.
    sync_once(teacher_pc, TIMINGS)
    with LearnerStore.open(teacher_pc.db) as store:
        assert store.forum_post(reply) is not None

    # The third learner's window shows it.
    cy_window = window_for(cy_pc)
    wait_online(qtbot, cy_window)
    cy_view, _ = open_forum(qtbot, cy_window, cid)
    qtbot.waitUntil(lambda: "Freedom from pressure" in posts_text(cy_view), timeout=WAIT)
    passes = cy_window.sync.passes

    # A moderator hides it from the player (online: the hub's staff endpoint).
    sync_once(mo_pc, TIMINGS)
    hidden = staff.hide(mo_pc, reply, "Names a party to a case.", TIMINGS)
    assert hidden.hidden and hidden.target == "post" and hidden.synced

    # Gone from the third learner's window after its next sync.
    cy_window.sync_action.trigger()
    qtbot.waitUntil(lambda: cy_window.sync.passes > passes and not cy_window.sync.syncing, timeout=WAIT)
    qtbot.waitUntil(lambda: "Freedom from pressure" not in posts_text(cy_view), timeout=WAIT)
    assert "Week 1" in cy_view.thread_list.item(0).text()

    # Its author still sees it, with the moderator's reason, after her next sync.
    passes = ana_window.sync.passes
    ana_window.sync_action.trigger()
    qtbot.waitUntil(lambda: ana_window.sync.passes > passes and not ana_window.sync.syncing, timeout=WAIT)
    qtbot.waitUntil(lambda: "Hidden by a moderator: Names a party to a case." in posts_text(view),
                    timeout=WAIT)

    # A learner forcing the staff call: the hub refuses, saying why.
    with pytest.raises(HubError) as refused:
        staff.restore(ana_pc, reply, "I disagree.", TIMINGS)
    assert refused.value.kind is HubErrorKind.FORBIDDEN and refused.value.status == 403
    assert "learner" in str(refused.value)
    with pytest.raises(HubError) as refused_pin:
        staff.pin(ana_pc, question, False, TIMINGS)
    assert refused_pin.value.status == 403
