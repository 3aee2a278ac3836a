"""The course screen: outline, open item beside it, previous/next, chart, status bar."""
from __future__ import annotations

from PySide6.QtCore import Qt

from player.course_view import ITEM_ID_ROLE, format_duration
from player.icons import Mark
from sync.demo import DEMO_COURSE_ID
from sync.store import LearnerStore

DEMO_ORDER = ["m1-lecture", "m1-reading", "m1-quiz", "m1-forum",
              "m2-lecture", "m2-reading", "m2-briefing", "m2-quiz", "m2-forum"]


def _open_course(qtbot, open_window, paths, helpers, item_id=None):
    window = open_window(paths)
    window.open_course(DEMO_COURSE_ID, item_id)
    helpers.wait_item(qtbot, window, item_id or "m1-lecture")
    return window


def _row(window, item_id):
    return window.course._tree_items[item_id]


def test_outline_lists_modules_and_items_in_order(qtbot, open_window, demo_paths, helpers):
    window = _open_course(qtbot, open_window, demo_paths, helpers)
    outline = window.course.outline
    assert outline.topLevelItemCount() == 2
    assert outline.topLevelItem(0).text(0) == "1. Freedom of expression in international law"
    ids = [outline.topLevelItem(m).child(i).data(0, ITEM_ID_ROLE)
           for m in range(2) for i in range(outline.topLevelItem(m).childCount())]
    assert ids == DEMO_ORDER
    manifest = window.course.data.manifest
    lecture = manifest.item("m1-lecture")
    # Each row: the whole title, and under it the kind, length and status in words.
    assert format_duration(lecture.duration) == "1:07"
    assert _row(window, "m1-lecture").text(0) == f"{lecture.title}\nVideo · 1:07"
    assert _row(window, "m1-reading").text(0).endswith(
        f"\nReading · {manifest.item('m1-reading').minutes} min")
    assert _row(window, "m1-quiz").text(0).endswith("\nQuiz · 3 questions")  # plural forms
    assert _row(window, "m1-forum").text(0).endswith("\nDiscussion · optional")
    assert window.course.row_status("m1-forum") == "optional"
    assert window.course.row_status("m1-reading") == ""  # required, not started
    for item_id in DEMO_ORDER:
        assert not _row(window, item_id).icon(0).isNull(), item_id  # kind icon
        assert not _row(window, item_id).icon(1).isNull(), item_id  # completion mark
    assert _row(window, "m2-quiz").toolTip(0).startswith(
        "2. The safety of journalists and the fight against impunity · Quiz: ")
    spoken = _row(window, "m1-lecture").data(0, Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "Video: Lecture: the right and its limits, 1:07, not started, required"
    assert window.course.chart.rows == [("Freedom of expression in international law", 0, 3),
                                        ("The safety of journalists and the fight against "
                                         "impunity", 0, 4)]


def test_previous_and_next_follow_the_course_order(qtbot, open_window, demo_paths, helpers):
    window = _open_course(qtbot, open_window, demo_paths, helpers)
    course = window.course
    assert not course.previous_button.isEnabled() and not window.previous_action.isEnabled()
    assert window.next_action.shortcut().toString() == "Alt+Right"
    assert window.previous_action.shortcut().toString() == "Alt+Left"
    for expected in DEMO_ORDER[1:]:
        window.next_action.trigger()
        helpers.wait_item(qtbot, window, expected)
        assert course.position_label.text() == \
            f"Item {DEMO_ORDER.index(expected) + 1} of {len(DEMO_ORDER)}"
    assert not course.next_button.isEnabled() and not window.next_action.isEnabled()
    course.previous_button.click()
    helpers.wait_item(qtbot, window, "m2-quiz")
    assert course.item_title.text() == course.data.manifest.item("m2-quiz").title
    assert course.module_label.text().startswith("The safety of journalists")
    assert course.outline.currentItem() is _row(window, "m2-quiz")


def test_clicking_the_outline_opens_an_item(qtbot, open_window, demo_paths, helpers):
    window = _open_course(qtbot, open_window, demo_paths, helpers)
    row = _row(window, "m2-reading")
    window.course.outline.itemActivated.emit(row, 0)
    helpers.wait_item(qtbot, window, "m2-reading")
    assert type(window.course.item_view).__name__ == "TextReadingView"


def test_completion_updates_marks_chart_and_pending_count(qtbot, open_window, demo_paths,
                                                         helpers):
    window = _open_course(qtbot, open_window, demo_paths, helpers, "m1-reading")
    course = window.course
    qtbot.waitUntil(lambda: window.status.pending is not None)
    before = window.status.pending
    view = course.item_view
    view.ctx.save_progress(fraction=0.5)
    helpers.wait_idle(qtbot, window)
    assert course.mark_of("m1-reading") is Mark.STARTED
    assert window.course.row_status("m1-reading") == "50%"
    assert _row(window, "m1-reading").text(0).endswith(" · 50%")
    view.ctx.save_progress(completed=True)
    view.completed.emit("m1-reading")
    assert window.course.row_status("m1-reading") == "done"  # at once, before the write lands
    helpers.wait_idle(qtbot, window)
    assert course.mark_of("m1-reading") is Mark.DONE
    assert course.chart.rows[0][1:] == (1, 3)
    assert course.overall_label.text() == "1 of 7 required items done"
    with LearnerStore.open(demo_paths.db) as store:
        saved = store.progress(DEMO_COURSE_ID)["m1-reading"]
        assert saved.completed

    def shown_is_stored() -> bool:
        with LearnerStore.open(demo_paths.db) as store:
            return store.pending_count() == window.status.pending
    # The status bar re-reads the count after the write (the demo course may keep its
    # changes on this computer only, so the count itself may stay at 0).
    qtbot.waitUntil(shown_is_stored)
    assert window.status.pending >= 0 and before is not None


def test_quiz_answers_go_through_the_store_lane(qtbot, open_window, demo_paths, helpers):
    window = _open_course(qtbot, open_window, demo_paths, helpers, "m1-quiz")
    ctx = window.course.item_view.ctx
    results = []
    ctx.submit_quiz({"q1": ["a"], "q2": ["b"], "q3": ["a"]}, results.append)
    qtbot.waitUntil(lambda: len(results) == 1)
    assert not results[0].passed and window.course.mark_of("m1-quiz") is Mark.TODO
    ctx.submit_quiz({"q1": ["b"], "q2": ["a"], "q3": ["c"]}, results.append)
    qtbot.waitUntil(lambda: len(results) == 2)
    assert results[1].passed and results[1].score == 1.0
    helpers.wait_idle(qtbot, window)
    assert window.course.mark_of("m1-quiz") is Mark.DONE
    assert window.course.chart.rows[0][1:] == (1, 3)
    # Reopening the quiz hands the view both attempts, oldest first.
    window.course.open_item("m1-reading")
    helpers.wait_item(qtbot, window, "m1-reading")
    window.course.open_item("m1-quiz")
    helpers.wait_item(qtbot, window, "m1-quiz")
    attempts = window.course.item_view.ctx.quiz_attempts
    assert [a.passed for a in attempts] == [False, True]


def test_leaving_a_video_saves_its_position(qtbot, open_window, demo_paths, helpers):
    window = _open_course(qtbot, open_window, demo_paths, helpers, "m1-lecture")
    view = window.course.item_view
    from PySide6.QtMultimedia import QMediaPlayer

    loaded = (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia)
    qtbot.waitUntil(lambda: view.player.mediaStatus() in loaded, timeout=20_000)
    view.seek(24.0)
    qtbot.waitUntil(lambda: abs(view.player.position() / 1000 - 24.0) < 0.6, timeout=10_000)
    window.library_action.trigger()  # Ctrl+L: back to the library
    assert window.course.item_view is None
    helpers.wait_idle(qtbot, window)
    with LearnerStore.open(demo_paths.db) as store:
        saved = store.progress(DEMO_COURSE_ID)["m1-lecture"]
    assert abs(saved.position - 24.0) < 0.6
    window.library.cards[DEMO_COURSE_ID].continue_button.click()
    helpers.wait_item(qtbot, window, "m1-lecture")
    assert abs(window.course.item_view.ctx.progress.position - 24.0) < 0.6


def test_item_blob_paths_point_into_the_content_store(qtbot, open_window, demo_paths, helpers):
    window = _open_course(qtbot, open_window, demo_paths, helpers, "m1-reading")
    ctx = window.course.item_view.ctx
    path = ctx.blob_path(ctx.item.sha256)
    assert path is not None and path.is_file() and demo_paths.blobs in path.parents
    assert ctx.blob_path("0" * 64) is None
    assert ctx.caption_language
