"""The task manager: results and errors come back on the UI thread with one callback shape."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget

from player.bridge import Lane, SynchronousRunner, TaskManager, _Throttle
from player.changes import ChangeKind, StoreChange
from sync.demo import DEMO_COURSE_ID
from sync.errors import NotInstalledError


def test_results_arrive_on_the_ui_thread(qtbot, demo_paths):
    bridge = TaskManager(demo_paths)
    ui_thread = threading.get_ident()
    got = []

    def work(store):
        got.append(("worker", threading.get_ident() != ui_thread))
        return [c.id for c in store.list_courses()]

    bridge.with_store(work, lambda result, error: got.append(
        ("done", threading.get_ident() == ui_thread, result, error)))
    qtbot.waitUntil(lambda: len(got) == 2)
    assert got == [("worker", True), ("done", True, [DEMO_COURSE_ID], None)]
    assert not bridge.busy


def test_errors_come_back_as_the_second_argument(qtbot, demo_paths):
    bridge = TaskManager(demo_paths)
    got = []
    bridge.with_store(lambda store: store.get_course("no-such-course"),
                      lambda result, error: got.append((result, error)))
    qtbot.waitUntil(lambda: bool(got))
    result, error = got[0]
    assert result is None and isinstance(error, NotInstalledError)


def test_writes_run_in_order_on_one_thread_and_announce_themselves(qtbot, demo_paths):
    bridge = TaskManager(demo_paths)
    threads, order = set(), []
    written = []
    bridge.changed.connect(written.append)
    for n in range(5):
        def write(store, n=n):
            threads.add(threading.get_ident())
            store.record_progress(DEMO_COURSE_ID, "m1-lecture", position=float(n * 10))
            return n
        bridge.with_store(write, lambda r, e: order.append(r), writes=True)
    qtbot.waitUntil(lambda: len(order) == 5)
    assert order == [0, 1, 2, 3, 4] and len(threads) == 1
    qtbot.waitUntil(lambda: len(written) == 5)
    assert written == [StoreChange.unknown()] * 5  # `writes=True`: not said, so every kind
    got = []
    bridge.with_store(lambda s: s.progress(DEMO_COURSE_ID)["m1-lecture"].position,
                      lambda r, e: got.append(r))
    qtbot.waitUntil(lambda: bool(got))
    assert got == [40.0]  # the read queued after the writes sees the last one


def test_a_deleted_widget_gets_no_callback(qtbot, demo_paths):
    bridge = TaskManager(demo_paths)
    gate = threading.Event()
    widget = QWidget()
    called = []
    bridge.with_store(lambda store: gate.wait(5), lambda r, e: called.append(r), context=widget)
    widget.deleteLater()
    qtbot.waitUntil(lambda: not _alive(widget))
    gate.set()
    qtbot.waitUntil(lambda: not bridge.busy)
    assert called == []


def _alive(widget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_synchronous_runner_for_tests(demo_paths):
    bridge = TaskManager(demo_paths, runner=SynchronousRunner())
    got = []
    bridge.with_store(lambda store: store.pending_count(), lambda r, e: got.append((r, e)))
    assert got == [(0, None)]  # delivered before with_store returned
    bridge.submit(lambda: 1 / 0, lambda r, e: got.append(type(e)), lane=Lane.IMPORT)
    assert got[-1] is ZeroDivisionError


def test_progress_is_throttled_but_the_end_always_arrives(monkeypatch):
    import player.bridge as bridge_module

    clock = [0.0]
    monkeypatch.setattr(bridge_module.time, "monotonic", lambda: clock[0])
    seen = []
    throttle = _Throttle(lambda d, t: seen.append(d), per_second=5)
    for done in range(0, 1001):
        clock[0] += 0.001  # 1000 reports in one second
        throttle(done, 1000)
    assert seen[0] == 0 and seen[-1] == 1000
    assert 5 <= len(seen) <= 7


def test_shutdown_cancels_imports_and_waits_for_writes(qtbot, demo_paths, demo_bundle):
    bridge = TaskManager(demo_paths)
    gate = threading.Event()
    bridge.submit(gate.wait, lane=Lane.IMPORT)
    errors = []
    task = bridge.import_bundle(demo_bundle, lambda r, e: errors.append(e))
    done = []
    bridge.with_store(lambda s: s.record_progress(DEMO_COURSE_ID, "m1-reading", fraction=0.3),
                      lambda r, e: done.append(r), writes=True)
    threading.Timer(0.2, gate.set).start()
    assert bridge.shutdown(10_000)
    assert task.cancelled
    from sync.store import LearnerStore

    with LearnerStore.open(demo_paths.db) as store:
        assert store.progress(DEMO_COURSE_ID)["m1-reading"].fraction == pytest.approx(0.3)


def test_the_shell_modules_load_no_database_network_or_media_code():
    """Widgets reach SQLite only through the bridge's workers, and QtMultimedia/QtPdf load
    only when an item needs them: importing the whole shell pulls in none of it."""
    import subprocess
    import sys

    code = ("import sys, player.app, player.main_window, player.library_view, "
            "player.course_view, player.import_dialog, player.status_bar; "
            "print(sorted(m for m in ('sqlite3', 'sqlite_utils', 'requests', "
            "'PySide6.QtMultimedia', 'PySide6.QtPdf', 'player.item_views') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, check=True).stdout.strip()
    assert out == "[]"


def test_a_write_says_what_it_changed_and_screens_filter_it(qtbot, demo_paths):
    """`writes=` names the kinds touched; `call_service` names the course from its
    arguments; a read announces nothing, a failed write nothing either."""
    from sync.services import study

    bridge = TaskManager(demo_paths, runner=SynchronousRunner())
    changes: list[StoreChange] = []
    bridge.changed.connect(changes.append)
    bridge.call_service(study.save_progress, writes={ChangeKind.PROGRESS},
                        course_id=DEMO_COURSE_ID, item_id="m1-lecture", position=12.0)
    bridge.call_service(study.course_progress, course_id=DEMO_COURSE_ID)  # a read
    bridge.with_store(lambda s: s.get_course("no-such-course"), writes=ChangeKind.COURSES)
    bridge.with_store(lambda s: None, writes=ChangeKind.SETTINGS)
    assert changes == [StoreChange(frozenset({ChangeKind.PROGRESS}), DEMO_COURSE_ID),
                       StoreChange(frozenset({ChangeKind.SETTINGS}), None)]
    assert changes[0].outbox and changes[0].touches(ChangeKind.PROGRESS, ChangeKind.COURSES)
    assert not changes[1].outbox and not changes[1].touches(ChangeKind.PROGRESS)
    assert StoreChange.unknown().outbox


def test_the_status_bar_recounts_only_after_writes_for_the_hub(qtbot, demo_paths):
    from player.status_bar import StatusBar

    bridge = TaskManager(demo_paths, runner=SynchronousRunner())
    bar = StatusBar(bridge)
    qtbot.addWidget(bar)
    bridge.with_store(lambda s: None, writes=ChangeKind.SETTINGS)
    assert not bar._refresh_timer.isActive()
    bridge.with_store(lambda s: None, writes=ChangeKind.FORUM)
    assert bar._refresh_timer.isActive()


def test_removing_a_course_announces_it(qtbot, demo_paths):
    bridge = TaskManager(demo_paths, runner=SynchronousRunner())
    changes: list[StoreChange] = []
    bridge.changed.connect(changes.append)
    bridge.remove_course(DEMO_COURSE_ID, True, lambda r, e: None)
    assert len(changes) == 1 and changes[0].course_id == DEMO_COURSE_ID
    assert changes[0].touches(ChangeKind.COURSES) and not changes[0].outbox
