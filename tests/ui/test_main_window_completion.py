"""Finishing shows, partial progress explains itself, and notices go with their cause
(issue #12 items 12, 14 and 15)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from sync.demo import DEMO_COURSE_ID
from sync.store import LearnerStore

REQUIRED = ["m1-lecture", "m1-reading", "m1-quiz", "m2-lecture", "m2-reading", "m2-briefing",
            "m2-quiz"]


def test_finishing_the_last_required_item_says_so_and_what_comes_next(qtbot, open_window,
                                                                      demo_paths, helpers):
    with LearnerStore.open(demo_paths.db) as store:
        for item_id in REQUIRED[:-1]:
            store.record_progress(DEMO_COURSE_ID, item_id, completed=True)
    window = open_window(demo_paths)
    card = window.library.cards[DEMO_COURSE_ID]
    assert card.continue_button.text() == "Continue" and not card.completed_label.isVisible()
    window.open_course(DEMO_COURSE_ID, "m2-quiz")
    helpers.wait_item(qtbot, window, "m2-quiz")
    course = window.course
    assert not course.completion_banner.isVisible()
    assert course.overall_label.text() == "6 of 7 required items done"
    quiz = course.data.manifest.item("m2-quiz")
    results = []
    course.item_view.ctx.submit_quiz({q.id: sorted(q.correct) for q in quiz.questions},
                                     results.append)
    qtbot.waitUntil(lambda: bool(results))
    assert results[0].passed
    qtbot.waitUntil(course.completion_banner.isVisible)
    banner = course.completion_banner
    assert banner.heading.text() == "You have completed this course."
    # The demo course stays on this computer; any other goes with the next sync.
    assert "stays on this computer" in banner.text.text()
    assert window.completion_next_step("another-course").startswith(
        "Your completion is kept on this computer. Sign in to the course server")
    assert course.overall_label.text().startswith("✓ Completed")
    assert banner.accessibleDescription().startswith("You have completed this course.")
    banner.ok_button.click()
    assert not banner.isVisible()

    window.library_action.trigger()
    qtbot.waitUntil(lambda: DEMO_COURSE_ID in window.library.cards
                    and window.library.cards[DEMO_COURSE_ID].completed)
    card = window.library.cards[DEMO_COURSE_ID]
    qtbot.waitUntil(card.completed_label.isVisible)  # a new card shows on a queued event
    assert card.continue_button.text() == "Review"
    assert card.continue_button.accessibleName().startswith("Review ")
    card.continue_button.click()  # Review: from the first item, not the last one studied
    helpers.wait_item(qtbot, window, "m1-lecture")
    assert not course.completion_banner.isVisible()  # no second "you finished"


def test_a_lecture_reached_by_skipping_says_why_it_is_not_complete(qtbot, open_window,
                                                                   demo_paths, helpers):
    with LearnerStore.open(demo_paths.db) as store:
        # Skipped through to near the end: 63% watched, the playhead at 60 s of 67.
        store.record_progress(DEMO_COURSE_ID, "m1-lecture", position=60.0, fraction=0.63)
        # Watched in order, stopped half way.
        store.record_progress(DEMO_COURSE_ID, "m2-lecture", position=34.0, fraction=0.5)
    window = open_window(demo_paths)
    window.open_course(DEMO_COURSE_ID, "m1-lecture")
    helpers.wait_item(qtbot, window, "m1-lecture")
    course = window.course
    hint = course.progress_hint
    qtbot.waitUntil(hint.isVisible)
    assert hint.text() == "63% watched. Watch the parts you skipped to complete it."
    row = course._tree_items["m1-lecture"]
    assert course.row_status("m1-lecture") == "63%"
    assert "Watch the parts you skipped to complete it." in row.toolTip(0)
    assert row.data(0, Qt.ItemDataRole.AccessibleDescriptionRole) == hint.text()
    other = course._tree_items["m2-lecture"]
    assert other.data(0, Qt.ItemDataRole.AccessibleDescriptionRole) == \
        "50% watched. Keep watching to complete it."
    # Not for items that are done, or not videos.
    course.open_item("m1-reading")
    helpers.wait_item(qtbot, window, "m1-reading")
    assert not hint.isVisible()
    course.open_item("m2-lecture")
    helpers.wait_item(qtbot, window, "m2-lecture")
    qtbot.waitUntil(hint.isVisible)
    assert hint.text().startswith("50% watched. Keep watching")
    course.item_view.completed.emit("m2-lecture")
    assert not hint.isVisible()


def test_the_removed_notice_goes_when_the_course_comes_back(qtbot, open_window, demo_paths,
                                                            demo_bundle):
    from sync.bundle import TrustPolicy

    window = open_window(demo_paths)
    library = window.library
    library.cards[DEMO_COURSE_ID].remove_button.click()
    library.remove_dialog.remove_button.click()
    qtbot.waitUntil(lambda: not library.courses and library.notice.isVisible())
    assert "was removed" in library.notice.text()
    dialog = window.start_import(demo_bundle, policy=TrustPolicy(allow_unsigned=True))
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=30_000)
    qtbot.waitUntil(lambda: DEMO_COURSE_ID in library.cards)
    assert not library.notice.isVisible() and library.notice.text() == ""
    # Other notices (the demo being prepared, an import's outcome) stay until replaced.
    library.show_notice("Something else")
    library.refresh()
    qtbot.waitUntil(lambda: library.load_count >= 4)
    assert library.notice.text() == "Something else"


def test_the_update_notice_goes_once_the_update_is_in(open_window, demo_paths):
    from types import SimpleNamespace

    window = open_window(demo_paths)
    banner = window.update_banner
    update = SimpleNamespace(course_id=DEMO_COURSE_ID, version=2, installed_version=1,
                             title="Freedom of expression")
    banner.show_updates([update])
    assert banner.isVisible() and "course server" in banner.text.text()
    banner.set_queued()
    assert banner.isVisible() and "downloading" in banner.text.text()
    window.downloads.course_installed.emit("another-course")
    assert banner.isVisible()  # not the update it is about
    window.downloads.course_installed.emit(DEMO_COURSE_ID)
    assert not banner.isVisible()
