"""A playing video saves its position every 5 s: that must not mean a sync request every
5 s per watching judge (36 times the hub's capacity model). Positions ride with the next
pass, or one pass within `SyncTimings.positions`; completions, attempts and posts still go
within seconds."""
from __future__ import annotations

from types import SimpleNamespace

from player.bridge import SynchronousRunner, TaskManager
from player.changes import ChangeKind, StoreChange
from player.sync_controller import SyncController
from player.sync_state import Connection, SyncTimings


def _online_controller(qtbot, demo_paths) -> tuple[SyncController, list[str]]:
    bridge = TaskManager(demo_paths, runner=SynchronousRunner())
    controller = SyncController(bridge, timings=SyncTimings(debounce=0.2, positions=0.6))
    controller.account = SimpleNamespace(signed_in=True)
    controller._started = True
    controller.connection = Connection.ONLINE
    asked: list[str] = []
    controller.request_pass = asked.append  # the pass itself is the hub tests' business
    return controller, asked


def test_positions_saved_every_few_seconds_give_one_pass_per_interval(qtbot, demo_paths):
    controller, asked = _online_controller(qtbot, demo_paths)
    for _ in range(6):  # a save every 0.15 s: the debounce alone would never be quiet
        controller._local_change(StoreChange.position("demo"))
        qtbot.wait(150)
    assert asked == ["positions"]  # one pass ~0.6 s after the first save, not one per save
    assert not controller.debounce_timer.isActive()


def test_a_completion_is_sent_within_the_debounce(qtbot, demo_paths):
    controller, asked = _online_controller(qtbot, demo_paths)
    controller._local_change(StoreChange.position("demo"))
    controller._local_change(StoreChange.of(ChangeKind.PROGRESS, "demo"))  # completed
    qtbot.waitUntil(lambda: bool(asked), timeout=2000)
    assert asked == ["local changes"]  # after 0.2 s (the real pass then stops the positions' timer)
    assert StoreChange.position("demo").outbox  # the pending count still follows positions
