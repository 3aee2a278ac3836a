"""A change the hub refuses is shown on the item it concerns, tells the truth, and goes away
once a later change to that item is accepted (issue #11 item 1, issue #12 item 1)."""
from __future__ import annotations

from pathlib import Path

from learner_pc import FAST, WAIT, learner_pc, signed_in

from player.app import create_main_window
from sync.bundle import TrustPolicy
from sync.hub_client import HubClient, HubSettings
from sync.importer import import_bundle
from sync.paths import DataPaths
from sync.signing import load_public_key
from sync.store import LearnerStore
from sync.sync_engine import SyncPass, status

RIGHT = {"q1a": ["a"], "q1b": ["a"], "q1c": ["a", "b"]}


def _pc(tmp_path: Path, course, publisher, learner, url: str) -> DataPaths:
    paths = learner_pc(tmp_path, publisher)
    import_bundle(paths, course.bundle, TrustPolicy((load_public_key(publisher.public_key),)))
    signed_in(paths, url, learner, device_name="pc")
    return paths


def _sync(paths: DataPaths, url: str, token: str):
    with HubClient(HubSettings(url), token) as client:
        return SyncPass(paths, client).run()


def _a_refused_completion(tmp_path: Path, hub, course, learner, publisher) -> DataPaths:
    """A PC whose completion of quiz q1 (no answers behind it) the hub has refused."""
    paths = _pc(tmp_path, course, publisher, learner, hub.url)
    with LearnerStore.open(paths.db) as store:
        store.record_progress(course.course_id, "q1", completed=True)
    assert _sync(paths, hub.url, learner.token).rejected == 1
    return paths


def test_a_refused_completion_is_explained_undone_and_settled(hub, new_course, make_learner,
                                                              publisher, tmp_path):
    course = new_course()
    learner = make_learner(course.course_id)
    paths = _pc(tmp_path, course, publisher, learner, hub.url)
    with LearnerStore.open(paths.db) as store:
        # A completion with no answers behind it (e.g. made by an older Lectern).
        store.record_progress(course.course_id, "q1", completed=True)
    summary = _sync(paths, hub.url, learner.token)
    assert summary.rejected == 1
    with LearnerStore.open(paths.db) as store:
        (refusal,) = store.refusals(course.course_id, "q1")
        assert "received no answers from you" in refusal.message
        assert "send the attempt first" not in refusal.message
        # The item no longer looks done here: the learner can take the quiz again.
        assert not store.item_progress(course.course_id, "q1").completed
        store.record_quiz_attempt(course.course_id, "q1", RIGHT)
    assert status(paths).rejected
    summary = _sync(paths, hub.url, learner.token)
    assert summary.rejected == 0
    with LearnerStore.open(paths.db) as store:
        assert store.refusals(course.course_id, "q1") == []
        assert store.item_progress(course.course_id, "q1").completed
    assert status(paths).rejected == []


def test_the_player_shows_the_refusal_on_the_quiz_until_it_is_settled(qtbot, hub, new_course,
                                                                      make_learner, publisher,
                                                                      tmp_path):
    course = new_course()
    paths = _a_refused_completion(tmp_path, hub, course, make_learner(course.course_id), publisher)

    window = create_main_window(paths, install_demo=False, sync_timings=FAST)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.library.load_count > 0, timeout=WAIT)
    window.open_course(course.course_id, "q1")
    notice = window.course.refusal_notice
    qtbot.waitUntil(notice.isVisible, timeout=WAIT)
    assert "did not mark the quiz" in notice.text.text() and "Take the quiz again" in notice.text.text()
    assert notice.ok_button.accessibleName()
    # Passing the quiz: the next sync settles the refusal and the notice goes by itself.
    with LearnerStore.open(paths.db) as store:
        store.record_quiz_attempt(course.course_id, "q1", RIGHT)
    window.sync.sync_now()
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: not window.status.error_label.isVisible(), timeout=WAIT)
    window.close()


def test_dismissing_a_refusal_hides_it_for_good(tmp_path, hub, new_course, make_learner, publisher):
    course = new_course()
    paths = _a_refused_completion(tmp_path, hub, course, make_learner(course.course_id), publisher)
    with LearnerStore.open(paths.db) as store:
        (refusal,) = store.refusals(course.course_id)
        store.dismiss_refusal(refusal.event_id)
        assert store.refusals(course.course_id) == []
    assert status(paths).rejected == []
