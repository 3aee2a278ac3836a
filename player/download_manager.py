"""The player's side of the download queue: one runner on the download lane, and the learner's
pause / resume / cancel as moves of the stored state machine (`sync.download_queue`): a
running download's pause or cancel is a stored request (PAUSE_REQUESTED, CANCEL_REQUESTED,
shown "Pausing…", "Cancelling…") that the run honours within half a second.

The queue itself lives in the learner's store (`sync.download_queue`), so it survives closing
the app, a crash or a reboot: at the next start, once signed in, `start()` runs whatever was
queued or half-done. What the learner sees of a course (catalog badges, the Downloads list) is
read back from the store, never kept only in memory here.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QObject, Signal

from player.bridge import Lane, Task, TaskManager
from player.widgets.text import format_size  # noqa: F401 - its old home (screens: player.widgets)

if TYPE_CHECKING:
    from sync.services.connection import NetworkTimings

log = logging.getLogger(__name__)


class DownloadManager(QObject):
    """Starts and restarts the download runner; turns the learner's clicks into queue moves."""

    #: a `sync.downloader.DownloadProgress` (throttled to a few per second).
    progressed = Signal(object)
    #: a `sync.services.downloads.JobEnded`: one course's run ended (complete, paused, failed, ...).
    job_ended = Signal(object)
    #: the queue changed (a job added, paused, resumed, cancelled or ended): reload it.
    jobs_changed = Signal()
    #: a course finished downloading and is installed (its id).
    course_installed = Signal(str)
    #: the hub refused the sign-in: ask for it again (the job stays queued).
    sign_in_needed = Signal()
    #: the runner stopped on an error that is not one course's (shown in the Downloads view).
    runner_failed = Signal(object)
    #: the course server was reached (True) or could not be (False) by a download or the
    #: catalog: evidence for the sync controller's connectivity watch, so the status bar and
    #: the screens never disagree about being online.
    reachability = Signal(bool)

    def __init__(self, bridge: TaskManager, timings: "NetworkTimings | None" = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._timings = timings
        self._task: Task[Any] | None = None
        self._again = False
        self.enabled = False
        #: the last progress record per course id, so a view opened later starts filled in.
        self.latest: dict[str, Any] = {}
        #: how many times the runner was started (tests wait on it).
        self.runs = 0
        self._waiting: set[str] = set()   # courses whose download waits for the server

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.finished

    def set_enabled(self, enabled: bool) -> None:
        """Downloads run only while signed in; enabling starts any queued or half-done job,
        disabling (signing out) stops the running one where it is, to resume later."""
        self.enabled = enabled
        if enabled:
            self.start()
        elif self.running:
            assert self._task is not None
            self._again = False
            self._task.cancel()

    # ------------------------------------------------------------------ the runner

    def start(self) -> None:
        """Run the queue now (or once more after the current run, if one is going)."""
        if not self.enabled or self._bridge.closing:
            return
        if self.running:
            self._again = True
            return
        from sync.services.connection import NetworkTimings
        from sync.services.downloads import run_downloads

        paths = self._bridge.paths
        timings = self._timings or NetworkTimings()
        self._again = False
        self.runs += 1
        self._task = self._bridge.run_network(
            lambda report, cancel: run_downloads(paths, report, cancel, timings),
            self._runner_done, lane=Lane.DOWNLOAD, on_report=self._reported)

    def _reported(self, record: Any) -> None:
        from sync.services.downloads import JobEnded

        if isinstance(record, JobEnded):
            self.latest.pop(record.course_id, None)
            self._waiting.discard(record.course_id)
            if record.state.value == "complete":
                self.course_installed.emit(record.course_id)
            self.job_ended.emit(record)
            self.jobs_changed.emit()
            return
        if record.state == "waiting" and record.course_id not in self._waiting:
            self._waiting.add(record.course_id)
            self.report_reachability(False)
        elif record.state == "downloading" and record.course_id in self._waiting:
            self._waiting.discard(record.course_id)
            self.report_reachability(True)
        first = record.course_id not in self.latest
        self.latest[record.course_id] = record
        self.progressed.emit(record)
        if first:
            self.jobs_changed.emit()  # the job is now "downloading" in the store

    def _runner_done(self, _results: Any, error: BaseException | None) -> None:
        from sync.errors import CancelledError, HubError, HubErrorKind

        self.jobs_changed.emit()
        if error is None:
            if self._again:
                self.start()
            return
        if isinstance(error, CancelledError) or self._bridge.closing:
            return
        if isinstance(error, HubError) and error.kind is HubErrorKind.AUTH:
            self.sign_in_needed.emit()
            return
        log.warning("the download runner stopped: %s", error)
        self.runner_failed.emit(error)

    def report_reachability(self, reachable: bool) -> None:
        """Tell the connectivity watch what a network screen just learnt (see `reachability`)."""
        self.reachability.emit(bool(reachable))

    # ------------------------------------------------------------------ the learner's moves

    def enqueue(self, course_id: str, version: int, choice: str,
                on_done: Callable[[Any, BaseException | None], None] | None = None) -> None:
        """Add a course (or its update, or a bigger choice) to the queue and run it."""
        from sync.services.downloads import enqueue_download

        paths = self._bridge.paths
        self._bridge.call_service(enqueue_download, self._enqueued(on_done), writes=True,
                                  paths=paths, course_id=course_id, version=version,
                                  choice=choice)

    def enqueue_update(self, course_id: str, version: int,
                       on_done: Callable[[Any, BaseException | None], None] | None = None) -> None:
        """One-click update: the new version with the earlier download's choice."""
        from sync.services.downloads import enqueue_update

        self._bridge.call_service(enqueue_update, self._enqueued(on_done), writes=True,
                                  paths=self._bridge.paths, course_id=course_id,
                                  version=version)

    def upgrade(self, course_id: str, choice: str,
                on_done: Callable[[Any, BaseException | None], None] | None = None) -> None:
        """A bigger choice for an installed course ("Get standard quality"): its installed
        version, fetching only the files it lacks; the course stays usable meanwhile."""
        from sync.services.downloads import upgrade_download

        paths = self._bridge.paths
        self._bridge.call_service(upgrade_download, self._enqueued(on_done), writes=True,
                                  paths=paths, course_id=course_id, choice=choice)

    def _enqueued(self, on_done: Callable[[Any, BaseException | None], None] | None
                  ) -> Callable[[Any, BaseException | None], None]:
        """After a job is queued: tell the caller, refresh the views, run the queue."""
        def done(job: Any, error: BaseException | None) -> None:
            if on_done is not None:
                on_done(job, error)
            if error is None:
                self.jobs_changed.emit()
                self.start()
        return done

    def pause(self, course_id: str, on_done: Callable[..., None] | None = None) -> None:
        """PAUSED at once if not running yet; a running download is asked to pause
        ("Pausing…") and keeps what it has."""
        from sync.services.downloads import pause_download

        self._move(pause_download, course_id, on_done)

    def resume(self, course_id: str, on_done: Callable[..., None] | None = None) -> None:
        """Back in the queue (also "try again" after a failure); the runner picks it up. A
        pause the run has not honoured yet is withdrawn, and the download goes on."""
        from sync.services.downloads import resume_download

        self._move(resume_download, course_id, on_done, then_start=True)

    def cancel(self, course_id: str, on_done: Callable[..., None] | None = None) -> None:
        """Stop for good; the partial files are discarded (by the run, if one is going:
        "Cancelling…" until it has)."""
        from sync.services.downloads import cancel_download

        self._move(cancel_download, course_id, on_done)

    def _move(self, service: Callable[..., Any], course_id: str,
              on_done: Callable[..., None] | None, then_start: bool = False) -> None:
        def done(job: Any, error: BaseException | None) -> None:
            if on_done is not None:
                on_done(job, error)
            self.jobs_changed.emit()
            if error is None and then_start:
                self.start()

        self._bridge.call_service(service, done, writes=True, paths=self._bridge.paths,
                                  course_id=course_id)
