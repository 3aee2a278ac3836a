"""Closing the window and starting again on the same data dir: nothing the learner did is lost."""
from __future__ import annotations

from PySide6.QtMultimedia import QMediaPlayer

from sync.demo import DEMO_COURSE_ID

LOADED = (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia)


def test_progress_survives_closing_and_reopening(qtbot, open_window, demo_paths, helpers):
    first = open_window(demo_paths)
    first.library.cards[DEMO_COURSE_ID].continue_button.click()
    helpers.wait_item(qtbot, first, "m1-lecture")
    # A reading marked complete, a passed quiz, then a video left half-way.
    first.course.open_item("m1-reading")
    helpers.wait_item(qtbot, first, "m1-reading")
    first.course.item_view.ctx.save_progress(completed=True)
    first.course.open_item("m1-quiz")
    helpers.wait_item(qtbot, first, "m1-quiz")
    results = []
    first.course.item_view.ctx.submit_quiz({"q1": ["b"], "q2": ["a"], "q3": ["c"]},
                                           results.append)
    qtbot.waitUntil(lambda: bool(results))
    first.course.open_item("m2-lecture")
    helpers.wait_item(qtbot, first, "m2-lecture")
    video = first.course.item_view
    qtbot.waitUntil(lambda: video.player.mediaStatus() in LOADED, timeout=20_000)
    video.seek(40.0)
    qtbot.waitUntil(lambda: abs(video.player.position() / 1000 - 40.0) < 0.6, timeout=10_000)
    first.close()  # the open video saves its place; queued writes reach the disk first
    assert first.bridge.wait_idle(0)

    second = open_window(demo_paths)
    card = second.library.cards[DEMO_COURSE_ID]
    assert card.progress_bar.value() == 2
    assert card.continue_button.text() == "Continue"
    card.continue_button.click()
    helpers.wait_item(qtbot, second, "m2-lecture")
    resumed = second.course.item_view
    assert abs(resumed.ctx.progress.position - 40.0) < 0.6
    assert abs(resumed.position() - 40.0) < 0.6
    assert second.course.mark_of("m1-reading").value == "done"
    assert second.course.mark_of("m1-quiz").value == "done"
    assert second.course.overall_label.text() == "2 of 7 required items done"
