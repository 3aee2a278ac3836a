"""The library screen: what a judge sees of installed courses, Continue, progress, removal."""
from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from player.app import create_main_window
from player.download_manager import format_size
from sync.demo import DEMO_COURSE_ID, DEMO_COURSE_IDS
from sync.store import LearnerStore


def test_library_lists_the_demo_course(open_window, demo_paths):
    window = open_window(demo_paths)
    library = window.library
    assert [c.id for c in library.courses] == [DEMO_COURSE_ID]
    card = library.cards[DEMO_COURSE_ID]
    assert card.title_label.text().startswith("Freedom of expression")
    meta = card.meta_label.text()
    assert "English" in meta and "version 2" in meta
    size = card.course.size_bytes
    assert size > 1_000_000 and format_size(size) in meta and "MiB" not in meta
    assert (card.progress_bar.minimum(), card.progress_bar.maximum(),
            card.progress_bar.value()) == (0, 7, 0)
    assert card.progress_bar.format() == "0 of 7 required items done"
    assert card.studied_label.text() == "Not started yet"
    assert card.continue_button.text() == "Start"
    assert card.cover_label.pixmap() is not None and not card.cover_label.pixmap().isNull()
    assert not library.empty_label.isVisible()


def test_empty_library_says_how_to_import(open_window, empty_paths):
    window = open_window(empty_paths)
    assert window.library.courses == []
    assert window.library.empty_label.isVisible()
    assert "Import course" in window.library.empty_label.text()


def test_first_run_installs_the_demo_after_first_paint(qtbot, tmp_path):
    from sync.paths import DataPaths

    paths = DataPaths(tmp_path / "fresh")
    window = create_main_window(paths)
    qtbot.addWidget(window)
    window.show()
    # The three language versions of the demo, as one family's three courses.
    qtbot.waitUntil(lambda: set(DEMO_COURSE_IDS) <= set(window.library.cards), timeout=30_000)
    assert window.demo_task is not None and window.demo_task.finished
    assert {c.family for c in window.library.courses} == {"foe-intro"}
    # A second start does not import it again (and a removed demo stays removed).
    window.close()
    with LearnerStore.open(paths.db) as store:
        for course_id in DEMO_COURSE_IDS:
            store.remove_course(course_id)
    again = create_main_window(paths)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.demo_task is not None and again.demo_task.finished,
                    timeout=30_000)
    qtbot.waitUntil(lambda: again.library.load_count > 0)
    assert again.library.courses == []


def test_progress_bar_counts_completed_required_items(qtbot, open_window, demo_paths, helpers):
    window = open_window(demo_paths)
    window.library.cards[DEMO_COURSE_ID].continue_button.click()
    helpers.wait_item(qtbot, window, "m1-lecture")
    # Complete two required items and one optional item the way item views do: through
    # the ItemContext callback the shell gave them, then the view's `completed` signal.
    for item_id in ("m1-lecture", "m1-reading", "m1-forum"):
        window.course.open_item(item_id)
        helpers.wait_item(qtbot, window, item_id)
        view = window.course.item_view
        view.ctx.save_progress(completed=True)
        view.completed.emit(item_id)
    helpers.wait_idle(qtbot, window)
    assert window.course.overall_label.text() == "2 of 7 required items done"
    assert window.course.chart.rows[0][1:] == (2, 3)
    window.library_action.trigger()
    qtbot.waitUntil(lambda: DEMO_COURSE_ID in window.library.cards
                    and window.library.cards[DEMO_COURSE_ID].progress_bar.value() == 2)
    card = window.library.cards[DEMO_COURSE_ID]
    assert card.progress_bar.maximum() == 7
    assert card.progress_bar.format() == "2 of 7 required items done"
    assert card.continue_button.text() == "Continue"
    assert card.studied_label.text().startswith("Last studied: ")


def test_continue_opens_the_last_item_at_the_saved_place(qtbot, open_window, demo_paths,
                                                         helpers):
    with LearnerStore.open(demo_paths.db) as store:
        store.record_progress(DEMO_COURSE_ID, "m1-reading", fraction=0.5)
        store.record_progress(DEMO_COURSE_ID, "m2-lecture", position=31.5, fraction=0.4)
    window = open_window(demo_paths)
    card = window.library.cards[DEMO_COURSE_ID]
    assert card.continue_button.text() == "Continue"
    card.continue_button.click()
    helpers.wait_item(qtbot, window, "m2-lecture")
    view = window.course.item_view
    assert view.ctx.progress is not None and view.ctx.progress.position == 31.5
    assert abs(view.position() - 31.5) < 0.6  # the video view resumes there
    assert window.stack.currentWidget() is window.course
    assert "Lectern" in window.windowTitle()


def _remove(qtbot, window, keep_progress: bool) -> None:
    window.library.cards[DEMO_COURSE_ID].remove_button.click()
    dialog = window.library.remove_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.keep_progress.isChecked(), "keeping progress is the default"
    dialog.keep_progress.setChecked(keep_progress)
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: window.library.load_count >= 2 and not window.library.courses)


def test_remove_asks_first_and_keeps_progress(qtbot, open_window, demo_paths, demo_bundle):
    with LearnerStore.open(demo_paths.db) as store:
        store.record_progress(DEMO_COURSE_ID, "m1-reading", completed=True)
    window = open_window(demo_paths)
    window.library.cards[DEMO_COURSE_ID].remove_button.click()
    dialog = window.library.remove_dialog
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert window.library.remove_dialog is None
    assert DEMO_COURSE_ID in window.library.cards  # cancelling removed nothing

    _remove(qtbot, window, keep_progress=True)
    assert "progress was kept" in window.library.notice.text()
    assert window.library.empty_label.isVisible()
    assert not [p for p in demo_paths.blobs.rglob("*") if p.is_file()], "files deleted"
    # Import it again: the completed reading is still completed.
    from sync.bundle import TrustPolicy

    import_dialog = window.start_import(demo_bundle, policy=TrustPolicy(allow_unsigned=True))
    qtbot.waitUntil(lambda: import_dialog.result_value is not None, timeout=30_000)
    qtbot.waitUntil(lambda: DEMO_COURSE_ID in window.library.cards)
    assert window.library.cards[DEMO_COURSE_ID].progress_bar.value() == 1


def test_remove_without_keeping_progress_forgets_it(qtbot, open_window, demo_paths):
    with LearnerStore.open(demo_paths.db) as store:
        store.record_progress(DEMO_COURSE_ID, "m1-reading", completed=True)
    window = open_window(demo_paths)
    _remove(qtbot, window, keep_progress=False)
    assert "removed with its progress" in window.library.notice.text()
    with LearnerStore.open(demo_paths.db) as store:
        rows = list(store.db.query("SELECT COUNT(*) AS n FROM progress"))
    assert rows[0]["n"] == 0
