"""A change the hub refuses is shown on the item it concerns, tells the truth, and goes away
once a later change to that item is accepted (issue #11 item 1, issue #12 item 1)."""
from __future__ import annotations

from pathlib import Path

from player.app import create_main_window
from player.sync_controller import SyncTimings
from sync.bundle import TrustPolicy
from sync.credentials import Credentials, save_credentials
from sync.hub_client import HubClient, HubSettings
from sync.importer import import_bundle
from sync.paths import DataPaths
from sync.services.connection import NetworkTimings
from sync.signing import load_public_key
from sync.store import LearnerStore
from sync.sync_engine import SyncPass, status
from sync.trust import add_trusted_key

RIGHT = {"q1a": ["a"], "q1b": ["a"], "q1c": ["a", "b"]}
FAST = SyncTimings(probe_base=0.1, probe_cap=0.4, periodic=60.0, debounce=0.2,
                   network=NetworkTimings(read_timeout=5.0, probe_timeout=1.0,
                                          download_backoff_base=0.05, download_backoff_cap=0.3))
WAIT = 20_000


def _pc(tmp_path: Path, course, publisher, learner, url: str) -> DataPaths:
    paths = DataPaths(tmp_path / "pc").ensure()
    with LearnerStore.open(paths.db) as store:
        add_trusted_key(store, load_public_key(publisher.public_key))
        store.set_setting("demo_offered", True)
    import_bundle(paths, course.bundle, TrustPolicy((load_public_key(publisher.public_key),)))
    save_credentials(paths, Credentials(url, learner.username, learner.token, "pc"))
    return paths


def _sync(paths: DataPaths, url: str, token: str):
    with HubClient(HubSettings(url), token) as client:
        return SyncPass(paths, client).run()


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
    learner = make_learner(course.course_id)
    paths = _pc(tmp_path, course, publisher, learner, hub.url)
    with LearnerStore.open(paths.db) as store:
        store.record_progress(course.course_id, "q1", completed=True)
    _sync(paths, hub.url, learner.token)

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
    learner = make_learner(course.course_id)
    paths = _pc(tmp_path, course, publisher, learner, hub.url)
    with LearnerStore.open(paths.db) as store:
        store.record_progress(course.course_id, "q1", completed=True)
    _sync(paths, hub.url, learner.token)
    with LearnerStore.open(paths.db) as store:
        (refusal,) = store.refusals(course.course_id)
        store.dismiss_refusal(refusal.event_id)
        assert store.refusals(course.course_id) == []
    assert status(paths).rejected == []
