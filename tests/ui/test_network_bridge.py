"""The bridge's network lanes without a hub: results and throttled progress records come back
on the UI thread, and closing the app cancels network work. (The watch's backoff is
`sync.backoff.Backoff`, tested in tests/unit/test_backoff.py.)"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from player.bridge import Lane, TaskManager


@dataclass(frozen=True)
class Record:
    course_id: str
    state: str
    done: int


def test_network_reports_are_throttled_but_state_changes_always_arrive(qtbot, empty_paths):
    bridge = TaskManager(empty_paths)
    ui_thread = threading.get_ident()
    got: list[Record] = []
    threads: set[bool] = set()
    done: list[tuple[object, object]] = []

    def work(report, cancel) -> str:
        started = time.monotonic()
        n = 0
        while time.monotonic() - started < 0.6:  # thousands of records in 0.6 s
            report(Record("c", "downloading", n))
            n += 1
        report(Record("c", "verifying", n))
        report(Record("c", "complete", n))
        return f"sent {n}"

    def on_report(record: Record) -> None:
        threads.add(threading.get_ident() == ui_thread)
        got.append(record)

    bridge.run_network(work, lambda r, e: done.append((r, e)), lane=Lane.DOWNLOAD,
                       on_report=on_report)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    result, error = done[0]
    assert error is None and result.startswith("sent ")
    sent = int(result.split()[1])
    assert sent > 500, "the worker was not fast enough to test throttling"
    assert threads == {True}
    assert 2 <= len([r for r in got if r.state == "downloading"]) <= 6  # ~5 per second
    assert [r.state for r in got][-2:] == ["verifying", "complete"]


def test_shutdown_cancels_network_and_download_work(qtbot, empty_paths):
    bridge = TaskManager(empty_paths)
    started = {lane: threading.Event() for lane in (Lane.NETWORK, Lane.DOWNLOAD)}
    outcomes: dict[Lane, object] = {}

    def waiter(lane: Lane):
        def work(_report, cancel) -> bool:
            started[lane].set()
            return cancel.wait(10)  # True: cancelled in time
        return work

    tasks = {lane: bridge.run_network(waiter(lane), lambda r, e, lane=lane: outcomes.update(
        {lane: (r, e)}), lane=lane) for lane in started}
    assert all(ev.wait(5) for ev in started.values())
    assert bridge.busy and not any(t.cancelled for t in tasks.values())
    t0 = time.monotonic()
    assert bridge.shutdown(5000)
    assert time.monotonic() - t0 < 3
    assert all(t.cancelled for t in tasks.values())
    assert bridge.closing


def test_the_two_network_lanes_run_side_by_side(qtbot, empty_paths):
    """A long download never holds up a probe or a sync pass."""
    bridge = TaskManager(empty_paths)
    release = threading.Event()
    order: list[str] = []
    bridge.run_network(lambda _r, _c: release.wait(10), lambda r, e: order.append("download"),
                       lane=Lane.DOWNLOAD)
    bridge.submit(lambda: "probe", lambda r, e: order.append(r), lane=Lane.NETWORK)
    qtbot.waitUntil(lambda: order == ["probe"], timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: order == ["probe", "download"], timeout=5000)
