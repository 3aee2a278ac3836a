"""A court PC's player for the tests that drive the real main window against a real hub
(tests/e2e): its data dir as court IT sets one up, its sign-in, the window with short watch
intervals, and the waits every such test starts with. One place, so the window tests of
#11 and #12 set up the same PC and a change to that setup is made once."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from player.app import create_main_window
from player.main_window import MainWindow
from player.sync_controller import Connection, SyncTimings
from sync.credentials import Credentials, save_credentials
from sync.paths import DataPaths
from sync.services.connection import NetworkTimings
from sync.signing import load_public_key
from sync.store import LearnerStore
from sync.trust import add_trusted_key

#: the watch's intervals in tenths of seconds instead of minutes (the same code paths)
FAST = SyncTimings(probe_base=0.1, probe_cap=0.4, periodic=60.0, debounce=0.2,
                   network=NetworkTimings(read_timeout=5.0, probe_timeout=1.0,
                                          download_backoff_base=0.05, download_backoff_cap=0.3))
#: how long (ms) a test waits for the window to get somewhere
WAIT = 20_000


def learner_pc(tmp_path: Path, publisher: Any, name: str = "pc") -> DataPaths:
    """A court PC's data dir that trusts the test publisher (as court IT would set up)."""
    paths = DataPaths(tmp_path / name).ensure()
    with LearnerStore.open(paths.db) as store:
        add_trusted_key(store, load_public_key(publisher.public_key))
        store.set_setting("demo_offered", True)
    return paths


def signed_in(paths: DataPaths, url: str, learner: Any, device_name: str = "test PC") -> None:
    """The learner's token saved on the PC, as the sign-in dialog would leave it."""
    save_credentials(paths, Credentials(url, learner.username, learner.token, device_name))


def open_window(qtbot: Any, paths: DataPaths, sync_timings: SyncTimings = FAST) -> MainWindow:
    """The real main window on a data dir, shown, once its library and account are read."""
    window = create_main_window(paths, install_demo=False, sync_timings=sync_timings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.library.load_count > 0, timeout=WAIT)
    qtbot.waitUntil(lambda: window.sync.account is not None, timeout=WAIT)
    return window


def wait_online(qtbot: Any, window: MainWindow, passes: int = 1) -> None:
    """Until the watch says online and `passes` sync passes have finished."""
    qtbot.waitUntil(lambda: window.sync.connection is Connection.ONLINE
                    and not window.sync.syncing and window.sync.passes >= passes, timeout=WAIT)


def open_forum(qtbot: Any, window: MainWindow, course_id: str,
               forum_id: str = "f1") -> tuple[Any, str]:
    """Open the tiny course's forum item straight away (not its first video, whose saved
    position would add a change to the outbox); returns its view once its list is read."""
    window.open_course(course_id, forum_id)
    qtbot.waitUntil(lambda: window.course.item_view is not None
                    and window.course.item_view.item_id == forum_id, timeout=WAIT)
    view = window.course.item_view
    qtbot.waitUntil(lambda: view.list_loads > 0, timeout=WAIT)
    return view, forum_id
