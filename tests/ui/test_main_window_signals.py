"""SIGTERM and SIGHUP (logout, shutdown, a closed terminal) end the player like Ctrl+Q: the
open video's position is saved first (issue #13 item 9).

A real `lectern` process plays the demo's first lecture; the signal comes before the video
view's first periodic save (every 5 s), so only the close path can have saved the position.
"""
from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from sync.demo import DEMO_COURSE_ID
from sync.store import LearnerStore

REPO = Path(__file__).resolve().parents[2]


def _saved(db: Path) -> float | None:
    with LearnerStore.open(db) as store:
        progress = store.progress(DEMO_COURSE_ID).get("m1-lecture")
    return progress.position if progress else None


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["TERM", "HUP"])
def test_a_signal_saves_the_video_position_and_exits_cleanly(tmp_path, signum):
    data = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.multimedia.*=false",
               LECTERN_SCREENSHOT_SCRIPT="play", LECTERN_SCRIPT_STAY="1")
    env.pop("LECTERN_SCREENSHOT_DIR", None)
    proc = subprocess.Popen([sys.executable, "-m", "sync.cli", "--data-dir", str(data)],
                            cwd=REPO, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    lines: queue.Queue[str] = queue.Queue()
    seen: list[str] = []
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout],  # type: ignore
                     daemon=True).start()
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                line = lines.get(timeout=1)
            except queue.Empty:
                assert proc.poll() is None, "".join(seen)[-3000:]
                continue
            seen.append(line)
            if line.startswith("lectern-report step play done"):
                break
        else:
            pytest.fail("the video never played: " + "".join(seen)[-3000:])
        sent = time.monotonic()
        proc.send_signal(signum)
        code = proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
    rest = "".join(seen)
    while not lines.empty():
        rest += lines.get()
    assert time.monotonic() - sent < 20
    assert code == 0, (code, rest[-3000:])
    assert f"lectern-report signal {signal.Signals(signum).name} closing" in rest, rest[-3000:]
    position = _saved(data / "profiles" / "default" / "learner.db")
    # The play step ends once 1.5 s have played; nothing had been saved periodically yet.
    assert position is not None and position >= 1.4, (position, rest[-3000:])


def test_opening_a_forum_tells_the_sync_controller(qtbot, open_window, demo_paths):
    """Replies arrive sooner while a discussion is on screen (#12 item 21)."""
    from sync.demo import DEMO_COURSE_ID
    window = open_window(demo_paths)
    assert not window.sync.forum_open
    forum_id = next(it.id for it in _demo_items(demo_paths) if it.kind.value == "forum")
    window.open_course(DEMO_COURSE_ID, forum_id)
    qtbot.waitUntil(lambda: window.sync.forum_open, timeout=10_000)
    window.show_library()
    qtbot.waitUntil(lambda: not window.sync.forum_open, timeout=10_000)


def _demo_items(paths):
    from sync.demo import DEMO_COURSE_ID
    from sync.store import LearnerStore
    with LearnerStore.open(paths.db) as store:
        return list(store.manifest(DEMO_COURSE_ID).items())


def test_a_video_asking_for_standard_quality_queues_the_upgrade(qtbot, open_window, demo_paths,
                                                                monkeypatch):
    """The low-bandwidth demo's video offers "Get standard quality" (#12 item 5): the window
    hands it to the download manager's upgrade, which fetches only the missing files."""
    from sync.demo import DEMO_COURSE_ID
    window = open_window(demo_paths)
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(window.downloads, "upgrade",
                        lambda course_id, choice, on_done=None: asked.append((course_id, choice)))
    window.open_course(DEMO_COURSE_ID, None)
    window.course.standard_quality_requested.emit(DEMO_COURSE_ID)
    assert asked == [(DEMO_COURSE_ID, "standard")]


def test_videos_get_the_learners_remembered_choices(qtbot, open_window, demo_paths, helpers):
    """Caption language and speed are remembered per profile (#12 item 7): the course screen
    gives every item its store-backed preferences."""
    from sync.demo import DEMO_COURSE_ID
    window = open_window(demo_paths)
    window.open_course(DEMO_COURSE_ID, "m1-lecture")
    helpers.wait_item(qtbot, window, "m1-lecture")
    assert window.course.item_view.ctx.preferences is not None
