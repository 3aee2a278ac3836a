"""sync.services.courses and study: a course imported, listed, studied, exported and
removed through the services alone."""
from __future__ import annotations

import pytest

from sync.errors import BundleError, ConfigError, NotInstalledError, StoreError
from sync.services import courses, study


@pytest.fixture
def installed(data_paths, tiny_bundle):
    result = courses.import_course(data_paths, tiny_bundle, allow_unsigned=True)
    assert (result.course_id, result.updated) == ("tiny-en", False)
    return data_paths


def _store(paths):
    from sync.store import LearnerStore
    return LearnerStore.open(paths.db)


def test_an_unsigned_course_needs_permission(data_paths, tiny_bundle):
    with pytest.raises(BundleError):
        courses.import_course(data_paths, tiny_bundle)


def test_a_locked_allow_unsigned_refuses_the_flag(data_paths, tiny_bundle, tmp_path,
                                                  monkeypatch):
    site = tmp_path / "site.toml"
    site.write_text('allow_unsigned_bundles = false\nlocked = ["allow_unsigned_bundles"]\n')
    monkeypatch.setenv("LECTERN_SITE_CONFIG", str(site))
    with pytest.raises(ConfigError, match="set by your administrator"):
        courses.import_course(data_paths, tiny_bundle, allow_unsigned=True)


def test_listing_offers_the_demo_first(installed):
    ids = {c.id for c in courses.list_courses(installed)}
    assert {"tiny-en", "foe-intro-en"} <= ids
    with _store(installed) as store:
        assert {c.id for c in courses.library(store).courses} == ids


def test_studying_saves_progress_and_grades_quizzes(installed):
    with _store(installed) as store:
        opened = study.open_course(store, "tiny-en")
        assert opened.start_item() == "l1" and opened.start_item(from_start=True) == "l1"
        saved = study.save_progress(store, "tiny-en", "r1", completed=True)
        assert saved.completed
        with pytest.raises(StoreError, match="has no item “nope”"):
            study.save_progress(store, "tiny-en", "nope", position=3.0)
        with pytest.raises(StoreError, match="not a quiz"):
            study.submit_quiz(store, "tiny-en", "r1", {})
        done = study.submit_quiz(store, "tiny-en", "q1",
                                 {"q1a": ["a"], "q1b": ["a"], "q1c": ["a", "b"]})
        assert done.attempt.passed and done.progress is not None and done.progress.completed
        item = study.open_item(store, "tiny-en", "q1")
        assert len(item.attempts) == 1 and item.refusals == []
        assert study.open_item(store, "tiny-en", "r1").attempts == []
        assert study.open_course(store, "tiny-en").start_item() == "q1"  # the last studied
        with pytest.raises(NotInstalledError):
            study.open_course(store, "missing")


def test_export_then_remove_then_garbage(installed, tmp_path):
    out = tmp_path / "copy.lectern"
    result = courses.export_course(installed, "tiny-en", out, low_bandwidth=True)
    assert result.path == out and out.is_file()
    courses.remove_course(installed, "tiny-en", keep_progress=False)
    assert "tiny-en" not in {c.id for c in courses.list_courses(installed)}
    assert courses.collect_garbage(installed.root) == 0  # remove_course collected already


def test_the_demo_is_local_only_until_the_course_server_offers_it(installed):
    """The course screen, the forum's note and the completion message follow this flag: the
    demo's changes stay here unless the learner's hub lists the demo in its catalog."""
    from sync.demo import DEMO_COURSE_ID
    from sync.sync_engine import HUB_OFFERS_LOCAL

    courses.list_courses(installed)  # offers (installs) the demo, as the first start does
    with _store(installed) as store:
        assert study.open_course(store, DEMO_COURSE_ID).local_only
        assert not study.open_course(store, "tiny-en").local_only
        store.set_sync_state(HUB_OFFERS_LOCAL, DEMO_COURSE_ID)
        assert not study.open_course(store, DEMO_COURSE_ID).local_only
        store.set_sync_state(HUB_OFFERS_LOCAL, "")
        assert study.open_course(store, DEMO_COURSE_ID).local_only
