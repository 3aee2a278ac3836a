"""Automatic sync: a connectivity watch that starts a pass whenever the course server can be
reached.

A judge never has to press anything: Lectern syncs
- when the course server becomes reachable (a cheap `ping` probe, bounded as a whole, retried
  while offline after the waits of `sync.backoff` (exponential, jittered, capped), and nudged
  by Qt's `QNetworkInformation` when the OS reports a network change — where that backend exists;
  offscreen or on a bare PC the probe alone does — and by the catalog and the downloads, whose
  failures and successes are evidence too: one source of truth for "Online"),
- every few minutes while online, and every minute while a forum is on screen
  (`set_forum_open`),
- a few seconds after local changes (debounced: a video saving its position every 5 s must
  not mean a request every 5 s), and once more a little later after the learner's own posts
  were sent, for the answers they draw,
- and on "Sync now" (F5). Offline, "Sync now" answers at once ("offline: sent when the
  course server can be reached") and makes the watch look again; it never starts a pass that
  would sit on a dead link, and it never pauses the watch.
Only one pass runs at a time; a request during a pass runs one more pass after it. Every
request of a pass is bounded, and a watchdog cancels a pass that stops moving, so "Syncing…"
cannot stick. A 401 stops the automatic passes and asks to sign in again; the outbox is
untouched, so every pending change is sent after the new sign-in.
"""
from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from player.bridge import Lane, Task, TaskManager, warm_network
from player.changes import StoreChange
from player.sync_passes import PassRunner
from player.sync_state import Connection, SyncTimings  # noqa: F401 - re-exported
from sync.backoff import Backoff

if TYPE_CHECKING:
    from player.download_manager import DownloadManager
    from sync.services.account import Account
    from sync.services.sync import SyncOverview

log = logging.getLogger(__name__)

__all__ = ["Connection", "SyncController", "SyncTimings"]


class SyncController(QObject, PassRunner):
    """Owns the connectivity watch, the pass scheduling and the sync status shown to the learner."""

    #: connection, syncing flag, account or last error changed: re-render.
    changed = Signal()
    #: pending count, last success, last error (a `sync.services.sync.SyncOverview`).
    overview_changed = Signal(object)
    #: a pass succeeded (a `sync.sync_engine.SyncSummary`): views showing hub data reload.
    synced = Signal(object)
    #: ask the learner to sign in (again), with a sentence saying why.
    sign_in_needed = Signal(str)
    #: newer versions of installed courses arrived (list of `sync.store.CourseUpdate`).
    updates_arrived = Signal(object)
    #: a passing sentence for the status bar, e.g. the answer to "Sync now" while offline.
    notice = Signal(str)

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
        self._backoff = Backoff(self.timings.probe_base, self.timings.probe_cap)
        self._network_info: Any = None
        self._manual = False           # "Sync now" is waiting for the probe's answer
        self._answered_manual = False  # ...answered before the probe said why
        self._watchdog_fired = False
        self._forum_open = False
        self._last_pass_end = 0.0      # time.monotonic() of the last pass that worked
        self.notices = 0               # how many notices were emitted (tests)

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
        # Not restarted by each save, unlike the debounce: a video saving its position every
        # 5 s (the debounce never quiet) gives one pass a minute, not one every 5 s.
        self.positions_timer = QTimer(self)
        self.positions_timer.setSingleShot(True)
        self.positions_timer.setInterval(int(self.timings.positions * 1000))
        self.positions_timer.timeout.connect(lambda: self.request_pass("positions"))
        self.followup_timer = QTimer(self)
        self.followup_timer.setSingleShot(True)
        self.followup_timer.timeout.connect(self._followup)
        self.forum_timer = QTimer(self)
        self.forum_timer.setInterval(int(self.timings.forum * 1000))
        self.forum_timer.timeout.connect(self._forum_tick)
        self.watchdog = QTimer(self)
        self.watchdog.setSingleShot(True)
        self.watchdog.setInterval(int(self.timings.pass_deadline * 1000))
        self.watchdog.timeout.connect(self._pass_stalled)
        bridge.changed.connect(self._local_change)
        if downloads is not None:
            downloads.sign_in_needed.connect(lambda: self._auth_failed(None))
            downloads.reachability.connect(self.reachability_seen)

    # ------------------------------------------------------------------ lifecycle

    @property
    def signed_in(self) -> bool:
        return self.account is not None and self.account.signed_in

    @property
    def pending(self) -> int:
        """Changes on this computer not yet sent (0 until the overview was first read)."""
        return self.overview.status.pending if self.overview is not None else 0

    def start(self) -> None:
        """Read the sign-in and, when there is one, begin watching for the course server."""
        self._started = True
        # The account and the sync status are read on the store lane, but with the hub
        # client's and the sync engine's modules: import them here, on the UI thread.
        warm_network(http=False)
        self.reload_account()  # the network watch starts with a sign-in (see _set_account)
        self.refresh_overview()

    def reload_account(self) -> None:
        """Re-read who is signed in (after a sign-in elsewhere, e.g. `lectern login`)."""
        from sync.services.account import read_account

        paths = self._bridge.paths
        self._bridge.call_service(read_account, self._account_loaded, context=self, paths=paths)

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
        # Qt's network information (its plugins and glib) only matters to a signed-in learner:
        # loading it at start cost the library screen ~3 MB for nothing.
        self._watch_network()
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
        for timer in (self.probe_timer, self.periodic_timer, self.debounce_timer, self.positions_timer,
                      self.followup_timer, self.forum_timer, self.watchdog):
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
            log.info("no network information backend here; the probe alone watches")
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
        # A network came (back): look for the server now instead of at the next backoff step.
        self._backoff.reset()
        self.probe_now()

    def reachability_seen(self, reachable: bool) -> None:
        """The catalog or a download reached the course server, or could not: evidence for the
        watch, so the status bar never says "Online" while the catalog says it cannot reach
        the server (or the reverse). Either way the watch looks again at once."""
        if not self.signed_in or not self._started or self._bridge.closing:
            return
        if reachable:
            if self.connection is not Connection.ONLINE:
                self._backoff.reset()
                self.probe_now()
            return
        if self.connection in (Connection.ONLINE, Connection.CHECKING):
            log.info("the course server could not be reached by another part of the app")
            self.connection = Connection.OFFLINE
            self.periodic_timer.stop()
            self.changed.emit()
        self._backoff.reset()
        self.probe_now()

    def probe_now(self) -> None:
        """Ask the course server if it is there (cheap); if it is, sync."""
        self.probe_timer.stop()
        if not self.signed_in or self._bridge.closing or not self._started:
            return
        if self.syncing or (self._probe_task is not None and not self._probe_task.finished):
            return
        from sync.services.account import probe

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
            self.request_pass("course server reachable")
            return
        if error is not None:
            log.info("probe failed: %s", error)
        self._went_offline()
        if self._manual:
            self._say_offline(error)
        elif self._answered_manual and error is not None:
            # "Sync now" was answered already; the probe now says exactly why.
            self._answered_manual = False
            self.last_error = error
            self.changed.emit()

    def _went_offline(self) -> None:
        if self.connection is not Connection.OFFLINE:
            self.connection = Connection.OFFLINE
            self.changed.emit()
        self.periodic_timer.stop()
        self._schedule_probe()

    def _schedule_probe(self) -> None:
        """The watch's next look, at the next backoff step (never left unscheduled)."""
        if not self.signed_in or not self._started or self._bridge.closing:
            return
        delay = self._backoff.next()
        log.info("course server not reachable; next probe in %.1f s", delay)
        self.probe_timer.start(int(delay * 1000))

    def _say_offline(self, error: BaseException | None = None) -> None:
        """The answer to "Sync now" while offline: at once, in words, nothing greyed.
        `error`: why the probe failed, when known (a server in trouble is not "unreachable")."""
        from sync.errors import HubError, HubErrorKind

        self._manual = False
        self._answered_manual = error is None
        pending = self.pending
        if pending:
            text = self.tr(
                "Offline: the %n change(s) waiting are kept on this computer and sent when "
                "the course server can be reached.", "", pending)
        else:
            text = self.tr("Offline: nothing is lost. Lectern syncs by itself when the course "
                           "server can be reached.")
        if isinstance(error, HubError):
            self.last_error = error
        elif self.last_error is None:
            self.last_error = HubError(HubErrorKind.NETWORK, "The course server cannot be "
                                                             "reached right now.")
        self.changed.emit()
        self.notices += 1
        self.notice.emit(text)

    # ------------------------------------------------------------------ passes

    def _local_change(self, change: StoreChange) -> None:
        """Something for the hub was recorded (progress, a quiz, a post): a pass soon."""
        if change.outbox and self.signed_in and self._started and self.connection is Connection.ONLINE:
            if change.urgent:
                self.debounce_timer.start()
            elif not self.positions_timer.isActive() and not self.debounce_timer.isActive():
                self.positions_timer.start()

    def sync_now(self) -> None:
        """The learner pressed "Sync now" (F5): sign in first if needed; online, a pass now;
        offline, say so at once and make the watch look again (a pass follows by itself as
        soon as the course server answers). Never a pass that waits on a dead link."""
        if self.account is not None and not self.signed_in:
            self.sign_in_needed.emit(self.tr("Sign in to send your progress and posts to the "
                                             "course server."))
            return
        if self.connection is Connection.SIGN_IN_NEEDED:
            self._auth_failed(None)
            return
        if not self.signed_in:
            return
        self._backoff.reset()
        if self.syncing:
            self._again = True
            return
        if self.connection is Connection.ONLINE:
            self.request_pass("sync now")
            return
        self._manual = True
        if self.connection is Connection.OFFLINE:
            self._say_offline()
        self.probe_now()  # the answer decides: a pass, or the next look at the backoff step

    def set_forum_open(self, forum_open: bool) -> None:
        """A forum is (no longer) on screen: while it is, sync every `timings.forum` seconds
        so other judges' answers show up soon, and once on opening if the last pass is not
        recent. For the forum view to call when it is shown and hidden."""
        if bool(forum_open) == self._forum_open:
            return  # called on every screen change: only a change restarts the timer
        self._forum_open = bool(forum_open)
        if not self._forum_open:
            self.forum_timer.stop()
            return
        self.forum_timer.start()
        recent = time.monotonic() - self._last_pass_end < self.timings.forum / 2
        if self.connection is Connection.ONLINE and not self.syncing and not recent:
            self.request_pass("forum opened")

    @property
    def forum_open(self) -> bool:
        return self._forum_open

    def _forum_tick(self) -> None:
        if self._forum_open and self.connection is Connection.ONLINE and not self.syncing:
            self.request_pass("forum on screen")

    def _followup(self) -> None:
        if self.connection is Connection.ONLINE:
            self.request_pass("answers to the learner's posts")


    def _auth_failed(self, error: BaseException | None) -> None:
        self._stop_timers()
        self.connection = Connection.SIGN_IN_NEEDED
        if error is not None:
            self.last_error = error
        self.changed.emit()
        pending = self.pending
        if pending:
            reason = self.tr(
                "The course server asks you to sign in again. The %n change(s) waiting on "
                "this computer are kept and sent after you sign in.", "", pending)
        else:
            reason = self.tr("The course server asks you to sign in again. Nothing on this "
                             "computer is lost.")
        self.sign_in_needed.emit(reason)

    # ------------------------------------------------------------------ status

    def refresh_overview(self) -> None:
        """Re-read pending count, last sync, last error and course updates from the store."""
        from sync.services.sync import sync_overview

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
