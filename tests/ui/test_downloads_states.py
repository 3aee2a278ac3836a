"""The Downloads view shows the stored state of each job, the requested ones included
("Pausing…", "Cancelling…"), and offers only the buttons whose moves exist from it."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from player.downloads_view import DownloadCard
from sync.download_queue import CANCEL, PAUSE, RESUME, DownloadChoice, DownloadQueue, DownloadState
from sync.services.downloads import DownloadRow
from sync.store import DownloadJob, LearnerStore

WAIT = 20_000
S = DownloadState

#: state -> (label, the buttons shown)
EXPECTED = {
    S.QUEUED: ("Waiting to start", {"pause", "cancel"}),
    S.DOWNLOADING: ("Downloading", {"pause", "cancel"}),
    S.PAUSE_REQUESTED: ("Pausing…", {"resume", "cancel"}),
    S.PAUSED: ("Paused", {"resume", "cancel"}),
    S.CANCEL_REQUESTED: ("Cancelling…", set()),
    S.CANCELLED: ("Cancelled", {"resume"}),
    S.FAILED: ("Stopped", {"resume", "cancel"}),
    S.COMPLETE: ("Installed", {"open"}),
}


def row(state: DownloadState) -> DownloadRow:
    now = datetime.now(timezone.utc).isoformat()
    job = DownloadJob("tiny-en", 1, "https://hub.invalid", DownloadChoice.LOW, state, 1000, 400,
                      "The disk filled up." if state is S.FAILED else None, now, now)
    return DownloadRow(job, "Tiny course", "en")


def shown(card: DownloadCard) -> set[str]:
    buttons = {"pause": card.pause_button, "resume": card.resume_button,
               "cancel": card.cancel_button, "open": card.open_button,
               "upgrade": card.upgrade_button}
    return {name for name, b in buttons.items() if not b.isHidden()}


@pytest.mark.parametrize("state", list(DownloadState))
def test_each_state_has_its_words_and_only_its_buttons(qtbot, state):
    card = DownloadCard(row(state))
    qtbot.addWidget(card)
    label, buttons = EXPECTED[state]
    assert card.state == state.value and card.state_label.text() == label
    assert shown(card) == buttons
    # A button is there exactly when its command has a move from this state.
    assert ("pause" in buttons) == (state in PAUSE)
    assert ("resume" in buttons) == (state in RESUME)
    assert ("cancel" in buttons) == (state in CANCEL)
    assert all(b.accessibleName() for b in card.buttons())


def test_live_progress_keeps_pausing_until_the_run_has_stopped(qtbot):
    from sync.downloader import DownloadProgress

    card = DownloadCard(row(S.PAUSE_REQUESTED))
    qtbot.addWidget(card)
    card.show_progress(DownloadProgress("tiny-en", "downloading", "video.mp4", 10, 100, 500,
                                        1000, 2000.0, 1.0))
    assert card.state == "pause_requested" and card.state_label.text() == "Pausing…"
    card.set_ended("paused", None)
    assert card.state_label.text() == "Paused" and shown(card) == {"resume", "cancel"}


def test_a_pause_left_by_a_killed_run_shows_paused_and_cancel_of_it_works(
        qtbot, open_window, empty_paths):
    with LearnerStore.open(empty_paths.db) as store:
        queue = DownloadQueue(store)
        for course_id in ("tiny-en", "other-fr"):
            queue.enqueue(course_id, 1, "https://hub.invalid", DownloadChoice.LOW)
            queue.start(course_id)
        queue.pause("tiny-en")       # asked; then the process died
        queue.cancel("other-fr")
    window = open_window(empty_paths)
    window.downloads_action.trigger()
    view = window.downloads_view
    qtbot.waitUntil(lambda: len(view.cards) == 2, timeout=WAIT)
    paused, cancelled = view.cards["tiny-en"], view.cards["other-fr"]
    assert paused.state == "paused" and paused.state_label.text() == "Paused"
    assert cancelled.state == "cancelled"
    paused.resume_button.setFocus()
    paused.resume_button.click()  # not signed in: it waits in the queue
    qtbot.waitUntil(lambda: paused.state == "queued", timeout=WAIT)
    assert paused.pause_button.isVisible() and not paused.resume_button.isVisible()
    paused.pause_button.click()
    qtbot.waitUntil(lambda: paused.state == "paused", timeout=WAIT)
    with LearnerStore.open(empty_paths.db) as store:
        assert DownloadQueue(store).get("tiny-en").state is S.PAUSED
