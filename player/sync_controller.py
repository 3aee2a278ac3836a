"""Automatic sync: a connectivity watch that starts a pass whenever the hub can be reached.

A judge never has to press anything: Lectern syncs
- when the hub becomes reachable (a cheap `ping` probe, retried with exponential backoff and
  full jitter while offline, and nudged by Qt's `QNetworkInformation` when the OS reports a
  network change — where that backend exists; offscreen or on a bare PC the probe alone does),
- every few minutes while online,
- a few seconds after local changes (debounced: a video saving its position every 5 s must
  not mean a request every 5 s),
- and on "Sync now" (F5).
Only one pass runs at a time; a request during a pass runs one more pass after it. A 401
stops the automatic passes and asks to sign in again; the outbox is untouched, so every
pending change is sent after the new sign-in.
"""
from __future__ import annotations

import logging
import random
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from player.bridge import Lane, Task, TaskManager

if TYPE_CHECKING:
    from player.download_manager import DownloadManager
    from player.hub_ops import Account, NetworkTimings, SyncOverview

log = logging.getLogger(__name__)


def _default_network() -> "NetworkTimings":
    from player.hub_ops import NetworkTimings

    return NetworkTimings()


@dataclass(frozen=True)
class SyncTimings:
    """Seconds between the watch's attempts; tests pass short ones."""

    probe_base: float = 5.0       # first retry after the hub could not be reached
    probe_cap: float = 300.0      # never wait longer than this between probes
    periodic: float = 300.0       # a pass this often while online
    debounce: float = 3.0         # quiet time after a local change before a pass
    network: Any = field(default=None)  # player.hub_ops.NetworkTimings (None: defaults)

    def network_timings(self) -> "NetworkTimings":
        return self.network if self.network is not None else _default_network()


class Connection(Enum):
    """What the status bar says about the hub."""

    NOT_SIGNED_IN = "not-signed-in"
    CHECKING = "checking"
    ONLINE = "online"
    OFFLINE = "offline"
    SIGN_IN_NEEDED = "sign-in-needed"   # the hub answered 401: the token was revoked or expired


class ProbeBackoff:
    """Exponential with full jitter, capped: many court PCs coming back online at once after
    an outage do not all hit the hub in the same second."""

    def __init__(self, base: float, cap: float, rng: random.Random | None = None) -> None:
        self.base, self.cap = base, cap
        self.attempt = 0
        self.rng = rng or random.Random()

    def next(self) -> float:
        ceiling = min(self.cap, self.base * 2 ** self.attempt)
        self.attempt += 1
        return self.rng.uniform(ceiling / 2, ceiling)

    def reset(self) -> None:
        self.attempt = 0


class SyncController(QObject):
    """Owns the connectivity watch, the pass scheduling and the sync status shown to the learner."""

    #: connection, syncing flag, account or last error changed: re-render.
    changed = Signal()
    #: pending count, last success, last error (a `player.hub_ops.SyncOverview`).
    overview_changed = Signal(object)
    #: a pass succeeded (a `sync.sync_engine.SyncSummary`): views showing hub data reload.
    synced = Signal(object)
    #: ask the learner to sign in (again), with a sentence saying why.
    sign_in_needed = Signal(str)
    #: newer versions of installed courses arrived (list of `sync.store.CourseUpdate`).
    updates_arrived = Signal(object)

    def __init__(self, bridge: TaskManager, downloads: "DownloadManager | None" = None,
                 timings: SyncTimings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._downloads = downloads
        self.timings = timings or SyncTimings()
        self.account: Account | None = None
        self.connection = Connection.NOT_SIGNED_IN
        self.syncing = False
        self.last_error: BaseException | None = None
        self.overview: SyncOverview | None = None
        self.progress: tuple[int, int] | None = None
        #: counters for tests and the status bar's tooltip.
        self.passes = 0
        self.probes = 0
        self._pass_task: Task[Any] | None = None
        self._probe_task: Task[Any] | None = None
        self._again = False
        self._started = False
        self._notified: set[tuple[str, int]] = set()
        self._backoff = ProbeBackoff(self.timings.probe_base, self.timings.probe_cap)
        self._network_info: Any = None

        self.probe_timer = QTimer(self)
        self.probe_timer.setSingleShot(True)
        self.probe_timer.timeout.connect(self.probe_now)
        self.periodic_timer = QTimer(self)
        self.periodic_timer.setSingleShot(True)
        self.periodic_timer.timeout.connect(lambda: self.request_pass("periodic"))
        self.debounce_timer = QTimer(self)
        self.debounce_timer.setSingleShot(True)
        self.debounce_timer.setInterval(int(self.timings.debounce * 1000))
        self.debounce_timer.timeout.connect(lambda: self.request_pass("local changes"))
        bridge.store_written.connect(self._local_change)
        if downloads is not None:
            downloads.sign_in_needed.connect(lambda: self._auth_failed(None))

    # ------------------------------------------------------------------ lifecycle

    @property
    def signed_in(self) -> bool:
        return self.account is not None and self.account.signed_in

    def start(self) -> None:
        """Read the sign-in and, when there is one, begin watching for the hub."""
        self._started = True
        self._watch_network()
        self.reload_account()
        self.refresh_overview()

    def reload_account(self) -> None:
        """Re-read who is signed in (after a sign-in elsewhere, e.g. `lectern login`)."""
        from player.hub_ops import read_account

        paths = self._bridge.paths
        self._bridge.with_store(lambda store: read_account(paths, store), self._account_loaded,
                                context=self)

    def _account_loaded(self, account: Any, error: BaseException | None) -> None:
        if error is not None:
            self.last_error = error
            self.changed.emit()
            return
        self._set_account(account)

    def _set_account(self, account: "Account") -> None:
        self.account = account
        if not account.signed_in:
            self.connection = Connection.NOT_SIGNED_IN
            self._stop_timers()
            if self._downloads is not None:
                self._downloads.set_enabled(False)
            self.changed.emit()
            return
        if self.connection in (Connection.NOT_SIGNED_IN, Connection.SIGN_IN_NEEDED):
            self.connection = Connection.CHECKING
        self.changed.emit()
        if self._downloads is not None:
            self._downloads.set_enabled(True)
        self.probe_now()

    def account_signed_in(self, account: "Account") -> None:
        """The sign-in dialog succeeded: sync at once (what waited is sent now)."""
        self.last_error = None
        self._backoff.reset()
        self.connection = Connection.CHECKING
        self._set_account(account)

    def signed_out(self, account: "Account") -> None:
        self._set_account(account)

    def stop(self) -> None:
        """The app is closing: no new probes or passes (running ones are cancelled by the bridge)."""
        self._started = False
        self._stop_timers()

    def _stop_timers(self) -> None:
        for timer in (self.probe_timer, self.periodic_timer, self.debounce_timer):
            timer.stop()

    # ------------------------------------------------------------------ connectivity

    def _watch_network(self) -> None:
        """Qt's view of the network, as a hint that makes the watch react at once."""
        if self._network_info is not None:
            return
        try:
            from PySide6.QtNetwork import QNetworkInformation
        except ImportError:  # pragma: no cover - QtNetwork ships with PySide6-Essentials
            return
        if QNetworkInformation.instance() is None and not QNetworkInformation.loadDefaultBackend():
            log.info("no network information backend here; the hub probe alone watches")
            return
        info = QNetworkInformation.instance()
        if info is None:
            return
        self._network_info = info
        log.info("network information from the %s backend", info.backendName())
        info.reachabilityChanged.connect(self._reachability_changed)

    def _reachability_changed(self, reachability: Any) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if not self.signed_in or not self._started:
            return
        if reachability == QNetworkInformation.Reachability.Disconnected:
            log.info("the system reports no network")
            if self.connection is Connection.ONLINE:
                self.connection = Connection.OFFLINE
                self.changed.emit()
            return
        # A network came (back): look for the hub now instead of at the next backoff step.
        self._backoff.reset()
        self.probe_now()

    def probe_now(self) -> None:
        """Ask the hub if it is there (cheap); if it is, sync."""
        self.probe_timer.stop()
        if not self.signed_in or self._bridge.closing or not self._started:
            return
        if self.syncing or (self._probe_task is not None and not self._probe_task.finished):
            return
        from player.hub_ops import probe

        paths = self._bridge.paths
        timings = self.timings.network_timings()
        self.probes += 1
        self._probe_task = self._bridge.submit(lambda: probe(paths, timings), self._probed,
                                               lane=Lane.NETWORK, context=self)

    def _probed(self, reachable: Any, error: BaseException | None) -> None:
        if not self._started or not self.signed_in:
            return
        if error is None and reachable:
            self._backoff.reset()
            self.request_pass("hub reachable")
            return
        if error is not None:
            log.info("probe failed: %s", error)
        self._went_offline()

    def _went_offline(self) -> None:
        if self.connection is not Connection.OFFLINE:
            self.connection = Connection.OFFLINE
            self.changed.emit()
        self.periodic_timer.stop()
        delay = self._backoff.next()
        log.info("hub not reachable; next probe in %.1f s", delay)
        self.probe_timer.start(int(delay * 1000))

    # ------------------------------------------------------------------ passes

    def _local_change(self) -> None:
        if self.signed_in and self._started and self.connection is Connection.ONLINE:
            self.debounce_timer.start()

    def sync_now(self) -> None:
        """The learner pressed "Sync now" (F5): sign in first if needed, else a pass now."""
        if self.account is not None and not self.signed_in:
            self.sign_in_needed.emit(self.tr("Sign in to send your progress and posts to the "
                                             "course hub."))
            return
        if self.connection is Connection.SIGN_IN_NEEDED:
            self._auth_failed(None)
            return
        self._backoff.reset()
        self.request_pass("sync now")

    def request_pass(self, reason: str) -> None:
        """A pass now, or right after the one running."""
        if not self.signed_in or self._bridge.closing or not self._started:
            return
        if self.connection is Connection.SIGN_IN_NEEDED:
            return
        if self.syncing:
            self._again = True
            return
        from player.hub_ops import sync_pass

        log.info("sync pass (%s)", reason)
        paths = self._bridge.paths
        timings = self.timings.network_timings()
        self.debounce_timer.stop()
        self.periodic_timer.stop()
        self.probe_timer.stop()
        self._again = False
        self.syncing = True
        self.progress = None
        self.passes += 1
        self.changed.emit()
        self._pass_task = self._bridge.run_network(
            lambda report, cancel: sync_pass(paths, report, cancel, timings), self._pass_done,
            lane=Lane.NETWORK, on_report=self._pass_progressed, context=self)

    def _pass_progressed(self, record: Any) -> None:
        self.progress = (int(record.done), int(record.total))
        self.changed.emit()

    def _pass_done(self, summary: Any, error: BaseException | None) -> None:
        from sync.errors import CancelledError, HubError, HubErrorKind

        self.syncing = False
        self.progress = None
        if self._bridge.closing or not self._started:
            return
        if error is None:
            log.info("sync pass done: %s", summary)
            self.last_error = None
            self.connection = Connection.ONLINE
            self._backoff.reset()
            self.changed.emit()
            self.synced.emit(summary)
            self.refresh_overview()
            if self._downloads is not None:
                self._downloads.start()
            if self._again:
                self.request_pass("asked during the last pass")
            else:
                self.periodic_timer.start(int(self.timings.periodic * 1000))
            return
        if isinstance(error, CancelledError):
            return
        self.last_error = error
        self.refresh_overview()
        if isinstance(error, HubError) and error.kind is HubErrorKind.AUTH:
            self._auth_failed(error)
            return
        if isinstance(error, HubError) and (error.transient or error.kind is HubErrorKind.CONFIG):
            self._went_offline()
            return
        # The hub answered but refused (not enrolled, a malformed answer, ...): try again later.
        self.connection = Connection.ONLINE
        self.changed.emit()
        self.periodic_timer.start(int(self.timings.periodic * 1000))

    def _auth_failed(self, error: BaseException | None) -> None:
        self._stop_timers()
        self.connection = Connection.SIGN_IN_NEEDED
        if error is not None:
            self.last_error = error
        self.changed.emit()
        pending = self.overview.status.pending if self.overview is not None else 0
        if pending:
            reason = self.tr("The course hub asks you to sign in again. The %n change(s) "
                             "waiting on this computer are kept and sent after you sign in.",
                             "", pending)
        else:
            reason = self.tr("The course hub asks you to sign in again. Nothing on this "
                             "computer is lost.")
        self.sign_in_needed.emit(reason)

    # ------------------------------------------------------------------ status

    def refresh_overview(self) -> None:
        """Re-read pending count, last sync, last error and course updates from the store."""
        from player.hub_ops import sync_overview

        paths = self._bridge.paths
        self._bridge.submit(lambda: sync_overview(paths), self._overview_loaded, context=self)

    def _overview_loaded(self, overview: Any, error: BaseException | None) -> None:
        if error is not None:
            log.warning("sync status unreadable: %s", error)
            return
        self.overview = overview
        self.overview_changed.emit(overview)
        fresh = [u for u in overview.updates if (u.course_id, u.version) not in self._notified]
        if fresh:
            self._notified.update((u.course_id, u.version) for u in fresh)
            self.updates_arrived.emit(fresh)
