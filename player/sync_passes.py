"""Sync passes for the `SyncController`: start one (only one at a time; a request during a
pass runs one more after it), follow its progress, stop it when it stalls (a watchdog), and
decide from its outcome what the watch does next (online again, offline with a probe at the
next backoff step, or ask to sign in again).

A mixin, split from `player.sync_controller` along the seam between "when to sync" (the
controller's watch and timers) and "running a pass and reading its outcome" (here); it uses
the controller's state and timers, declared below for the type checker.
"""
from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from player.bridge import Lane, Task, TaskManager
from player.sync_state import Connection, SyncTimings

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer, SignalInstance

    from player.download_manager import DownloadManager
    from sync.backoff import Backoff

log = logging.getLogger(__name__)


class PassRunner:
    """The pass half of the sync controller (see the module docstring)."""

    _bridge: TaskManager
    _downloads: "DownloadManager | None"
    timings: SyncTimings
    connection: Connection
    syncing: bool
    progress: tuple[int, int] | None
    passes: int
    last_error: BaseException | None
    _pass_task: Task[Any] | None
    _again: bool
    _started: bool
    _manual: bool
    _answered_manual: bool
    _watchdog_fired: bool
    _last_pass_end: float
    _backoff: "Backoff"
    debounce_timer: "QTimer"
    positions_timer: "QTimer"
    periodic_timer: "QTimer"
    probe_timer: "QTimer"
    followup_timer: "QTimer"
    watchdog: "QTimer"
    changed: "SignalInstance"
    synced: "SignalInstance"

    @property
    def signed_in(self) -> bool:
        raise NotImplementedError

    def refresh_overview(self) -> None:
        raise NotImplementedError

    def _went_offline(self) -> None:
        raise NotImplementedError

    def _schedule_probe(self) -> None:
        raise NotImplementedError

    def _auth_failed(self, error: BaseException | None) -> None:
        raise NotImplementedError

    def request_pass(self, reason: str) -> None:
        """A pass now, or right after the one running."""
        if not self.signed_in or self._bridge.closing or not self._started:
            return
        if self.connection is Connection.SIGN_IN_NEEDED:
            return
        if self.syncing:
            self._again = True
            return
        from sync.services.sync import sync_pass

        log.info("sync pass (%s)", reason)
        paths = self._bridge.paths
        timings = self.timings.network_timings()
        self.debounce_timer.stop()
        self.positions_timer.stop()  # this pass sends the saved positions too
        self.periodic_timer.stop()
        self.probe_timer.stop()
        self.followup_timer.stop()
        self._again = False
        self._manual = False
        self._answered_manual = False
        self._watchdog_fired = False
        self.syncing = True
        self.progress = None
        self.passes += 1
        self.changed.emit()
        self.watchdog.start()
        self._pass_task = self._bridge.run_network(
            lambda report, cancel: sync_pass(paths, report, cancel, timings), self._pass_done,
            lane=Lane.NETWORK, on_report=self._pass_progressed,
            context=self if isinstance(self, QObject) else None)

    def _pass_progressed(self, record: Any) -> None:
        self.progress = (int(record.done), int(record.total))
        self.watchdog.start()  # it moves: the deadline counts from here
        self.changed.emit()

    def _pass_stalled(self) -> None:
        """A pass reported nothing for `pass_deadline` seconds: stop it (the cancel is honoured
        even inside a request) and let the watch take over."""
        if self._pass_task is not None and not self._pass_task.finished:
            log.warning("sync pass made no progress for %.0f s; stopping it",
                        self.timings.pass_deadline)
            self._watchdog_fired = True
            self._pass_task.cancel()

    def _pass_done(self, summary: Any, error: BaseException | None) -> None:
        from sync.errors import CancelledError, HubError, HubErrorKind

        self.syncing = False
        self.progress = None
        self.watchdog.stop()
        if self._bridge.closing or not self._started:
            return
        if error is None:
            log.info("sync pass done: %s", summary)
            self.last_error = None
            self.connection = Connection.ONLINE
            self._backoff.reset()
            self._last_pass_end = time.monotonic()
            self.changed.emit()
            self.synced.emit(summary)
            self.refresh_overview()
            if self._downloads is not None:
                self._downloads.start()
            if self._again:
                self.request_pass("asked during the last pass")
                return
            self.periodic_timer.start(int(self.timings.periodic * 1000))
            if getattr(summary, "pushed", 0):
                # The learner's own posts just went out: answers often follow within moments.
                self.followup_timer.start(int(self.timings.followup * 1000))
            return
        if isinstance(error, CancelledError):
            if self._watchdog_fired:
                self._watchdog_fired = False
                self.last_error = HubError(HubErrorKind.NETWORK, "The course server stopped "
                                                                 "answering during the sync.")
                self._went_offline()
            else:  # e.g. another learner signed in meanwhile: the watch carries on for them
                self._resume_watch()
            return
        self.last_error = error
        self.refresh_overview()
        if isinstance(error, HubError) and error.kind is HubErrorKind.AUTH:
            self._auth_failed(error)
            return
        if isinstance(error, HubError) and (error.transient or error.kind is HubErrorKind.CONFIG):
            self._went_offline()
            return
        if not isinstance(error, HubError):
            # Not the server's answer (a local problem): say nothing new about the connection,
            # and look again at the next backoff step instead of claiming "Online".
            log.warning("sync pass failed here: %s", error)
            self.changed.emit()
            self._schedule_probe()
            return
        # The server answered but refused (not enrolled, a malformed answer, ...): later.
        self.connection = Connection.ONLINE
        self.changed.emit()
        self.periodic_timer.start(int(self.timings.periodic * 1000))

    def _resume_watch(self) -> None:
        """After a pass ended without an answer either way: the watch goes on as it was."""
        self.changed.emit()
        if self.connection is Connection.ONLINE:
            self.periodic_timer.start(int(self.timings.periodic * 1000))
        else:
            self._schedule_probe()
