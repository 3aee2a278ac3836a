"""The task manager: the only road from widgets to the data engine (`sync/`).

In the spirit of Anki's `CollectionOp`/`taskman` and Picard's `run_task`: `sync/` functions
are plain blocking calls; here they run in `QRunnable`s and their outcome comes back to the UI
thread through a Qt signal, always with one callback shape, `on_done(result, error)`.

Lanes:
- `Lane.STORE` — a pool with exactly one thread. Everything that writes the learner's store runs
  here, and so do the reads that must see the learner's own latest writes (opening an item right
  after its position was saved, refreshing the library after a completion): one FIFO thread
  means "save, then reload" can never race.
- `Lane.IMPORT` — imports (and the first-run demo install): long, cancellable, with progress.
- `Lane.NETWORK` and `Lane.DOWNLOAD` — the network pool, one thread each: `NETWORK` runs the
  short hub calls (sign-in, catalog, probes, sync passes) in order; `DOWNLOAD` holds the one
  long-running download runner, so a 40-minute download never delays a sync pass or a probe.
  Both are cancelled by `shutdown()`; an interrupted download resumes at the next start.

Every task that touches the store opens its own `LearnerStore` in its worker thread and closes
it afterwards (SQLite connections are not shared across threads). No code here shows a dialog:
errors travel back to the caller, which maps them to words with `player.error_messages`.
Tests can pass `runner=SynchronousRunner()` to run every task inline.
"""
from __future__ import annotations

import logging
import sys
import threading
import time
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Generic, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

if TYPE_CHECKING:
    from sync.importer import ImportResult, TrustPolicy
    from sync.paths import DataPaths
    from sync.store import LearnerStore

log = logging.getLogger(__name__)

T = TypeVar("T")
DoneCallback = Callable[[Any, "BaseException | None"], None]
ProgressCallback = Callable[[int, int], None]
ReportCallback = Callable[[Any], None]

#: At most this many progress signals per second reach the UI thread.
PROGRESS_PER_SECOND = 5


_ENGINE_MODULES = ("sync.store", "sync.importer", "sync.demo", "sync.content_store",
                   "sync.bundle", "sync.trust", "sync.quiz", "sync.library")
#: imported (on the UI thread) before the first network task, for the same reason.
_NETWORK_MODULES = ("sync.hub_client", "sync.config", "sync.credentials", "sync.download_queue",
                    "sync.downloader", "sync.sync_engine", "sync.forum", "sync.services.account",
                    "sync.services.catalog", "sync.services.connection", "sync.services.downloads",
                    "sync.services.sync")


def warm_engine() -> None:
    """Import the data engine's modules on the calling (UI) thread, once.

    PySide6 hooks every module import (it reads each new module's source to look for
    `__feature__` use); that hook is not known to be thread-safe, and a public report ties it
    to memory corruption when it runs in worker threads. Importing the engine here, before
    the first task starts, means workers only ever find modules already in `sys.modules`.
    It costs ~0.25 s, which is why the app's first store task waits for the first paint.
    """
    import importlib

    for name in _ENGINE_MODULES:
        if name not in sys.modules:
            importlib.import_module(name)


def warm_network() -> None:
    """Like `warm_engine`, for the hub client, downloader and sync engine (requests included)."""
    import importlib

    warm_engine()
    for name in _NETWORK_MODULES:
        if name not in sys.modules:
            importlib.import_module(name)


class Lane(Enum):
    """Which pool a task runs on."""

    STORE = "store"
    IMPORT = "import"
    NETWORK = "network"
    DOWNLOAD = "download"


#: lanes whose tasks are cancelled when the app closes (they resume at the next start).
_CANCEL_AT_EXIT = (Lane.IMPORT, Lane.NETWORK, Lane.DOWNLOAD)


class Runner(Protocol):
    """Something that can run a QRunnable: a QThreadPool or the synchronous runner."""

    def start(self, runnable: QRunnable) -> None: ...

    def waitForDone(self, msecs: int = -1) -> bool: ...


class SynchronousRunner:
    """Runs each task at once in the calling thread: deterministic tests, no waiting."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()

    def waitForDone(self, msecs: int = -1) -> bool:  # noqa: N802 - mirrors QThreadPool
        return True


class _Relay(QObject):
    """Lives in the UI thread; signals emitted from a worker are queued to it."""

    done = Signal(object, object)
    progressed = Signal(object, object)  # byte counts may pass 2**31
    reported = Signal(object)            # a progress record (e.g. sync.downloader.DownloadProgress)


@dataclass(eq=False)
class Task(Generic[T]):
    """Handle to one running operation: cancel it, or ask whether it has finished."""

    lane: Lane
    cancel_event: threading.Event = field(default_factory=threading.Event)
    finished: bool = False

    def cancel(self) -> None:
        """Ask the operation to stop; it ends with `sync.errors.CancelledError`."""
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()


class _Throttle:
    """Lets through the first and last progress report and at most N per second between."""

    def __init__(self, emit: ProgressCallback, per_second: int = PROGRESS_PER_SECOND) -> None:
        self._emit = emit
        self._interval = 1.0 / per_second
        self._last = -1e9

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last >= self._interval:
            self._last = now
            self._emit(int(done), int(total))


class _ReportThrottle:
    """For progress records: at most N per second, but a change of `state` (waiting, failed,
    complete, ...) always goes through at once, so the learner never misses one."""

    def __init__(self, emit: ReportCallback, per_second: int = PROGRESS_PER_SECOND) -> None:
        self._emit = emit
        self._interval = 1.0 / per_second
        self._last = -1e9
        self._last_key: dict[Any, Any] = {}
        self._lock = threading.Lock()

    def __call__(self, report: Any) -> None:
        key = (getattr(report, "course_id", None), type(report).__name__)
        state = getattr(report, "state", None)
        now = time.monotonic()
        with self._lock:
            changed = self._last_key.get(key, object()) != state
            if not changed and now - self._last < self._interval:
                return
            self._last = now
            self._last_key[key] = state
        self._emit(report)


class _Job(QRunnable):
    def __init__(self, body: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._body = body
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._body()
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the caller
            if not isinstance(exc, Exception):
                log.error("task died with %r", exc)
            self._relay.done.emit(None, exc)
        else:
            self._relay.done.emit(result, None)


class TaskManager(QObject):
    """Runs `sync/` work off the UI thread and reports back by signals.

    `store_written` fires (on the UI thread) after every successful store-lane write, so the
    status bar can refresh its pending-changes count.
    """

    store_written = Signal()

    def __init__(self, paths: "DataPaths", parent: QObject | None = None,
                 runner: Runner | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        if runner is not None:
            self._runners: dict[Lane, Runner] = {lane: runner for lane in Lane}
        else:
            self._runners = {}
            for lane in Lane:
                pool = QThreadPool(self)
                pool.setMaxThreadCount(1)
                self._runners[lane] = pool
        self._live: set[_Relay] = set()
        self._tasks: set[Task[Any]] = set()
        self._closing = False
        self._content_store: Any = None

    # ------------------------------------------------------------------ generic

    def submit(self, fn: Callable[[], T], on_done: DoneCallback | None = None, *,
               lane: Lane = Lane.STORE, context: QObject | None = None) -> Task[T]:
        """Run `fn()` on `lane`; call `on_done(result, error)` on the UI thread.

        `context`: a widget the callback belongs to; if it has been deleted by the time the
        result arrives, the callback is skipped instead of touching a dead object.
        """
        return self._start(lambda _progress, _records: fn(), on_done, lane=lane,
                           context=context)

    def _start(self, body: Callable[[ProgressCallback, ReportCallback], T],
               on_done: DoneCallback | None, *,
               lane: Lane, context: QObject | None = None,
               on_progress: ProgressCallback | None = None,
               task: Task[T] | None = None,
               on_report: ReportCallback | None = None) -> Task[T]:
        if lane in (Lane.NETWORK, Lane.DOWNLOAD):
            warm_network()
        else:
            warm_engine()
        task = task or Task(lane)
        relay = _Relay()
        self._live.add(relay)
        self._tasks.add(task)

        def alive() -> bool:
            return context is None or shiboken6.isValid(context)

        def deliver(result: Any, error: BaseException | None) -> None:
            self._live.discard(relay)
            self._tasks.discard(task)
            task.finished = True
            relay.deleteLater()
            if error is not None and not _is_expected(error):
                log.error("background task failed", exc_info=error)
            if on_done is not None and alive():
                on_done(result, error)

        def progressed(done: int, total: int) -> None:
            if on_progress is not None and alive() and not task.finished:
                on_progress(done, total)

        def reported(record: Any) -> None:
            if on_report is not None and alive() and not task.finished:
                on_report(record)

        relay.done.connect(deliver)
        relay.progressed.connect(progressed)
        relay.reported.connect(reported)
        throttle = _Throttle(relay.progressed.emit)
        reporter = _ReportThrottle(relay.reported.emit)
        self._runners[lane].start(_Job(lambda: body(throttle, reporter), relay))
        return task

    def run_network(self, fn: Callable[[ReportCallback, threading.Event], T],
                    on_done: DoneCallback | None = None, *, lane: Lane = Lane.NETWORK,
                    on_report: ReportCallback | None = None,
                    context: QObject | None = None) -> Task[T]:
        """Run `fn(report, cancel_event)` on a network lane; `on_report(record)` gets its
        progress records on the UI thread (throttled), `on_done(result, error)` its outcome.

        The returned task's `cancel()` sets `cancel_event`; `shutdown()` does that too.
        """
        warm_network()
        task: Task[T] = Task(lane)

        def body(_progress: ProgressCallback, report: ReportCallback) -> T:
            return fn(report, task.cancel_event)

        return self._start(body, on_done, lane=lane, context=context, task=task,
                           on_report=on_report)

    def with_store(self, fn: Callable[["LearnerStore"], T], on_done: DoneCallback | None = None,
                   *, writes: bool = False, context: QObject | None = None) -> Task[T]:
        """Run `fn(store)` on the store lane with a store opened (and closed) in the worker.

        `writes=True` marks a write: `store_written` fires after it succeeds, even when the
        widget that asked for it (`context`) is gone by then.
        """
        db_path = self.paths.db

        def body(_report: ProgressCallback, _records: ReportCallback) -> T:
            from sync.store import LearnerStore

            store = LearnerStore.open(db_path)
            try:
                return fn(store)
            finally:
                store.close()

        def done(result: Any, error: BaseException | None) -> None:
            if on_done is not None and (context is None or shiboken6.isValid(context)):
                on_done(result, error)
            if writes and error is None and not self._closing:
                self.store_written.emit()

        return self._start(body, done, lane=Lane.STORE)

    def call_service(self, service: Callable[..., T], on_done: DoneCallback | None = None, *,
                     writes: bool = False, context: QObject | None = None,
                     **arguments: Any) -> Task[T]:
        """Run a `sync.services` use case on the store lane: `service(store=..., **arguments)`.

        Widgets name the use case and its arguments; the store it needs is the lane's, so no
        widget composes store calls of its own (every service takes a `store` parameter)."""
        return self.with_store(lambda store: service(store=store, **arguments), on_done,
                               writes=writes, context=context)

    # ------------------------------------------------------------------ operations

    def import_bundle(self, bundle_path: Path, on_done: DoneCallback, *,
                      on_progress: ProgressCallback | None = None,
                      policy: "TrustPolicy | None" = None,
                      context: QObject | None = None) -> Task["ImportResult"]:
        """Import a `.lectern` file on the import lane; cancel it through the returned task."""
        task: Task[ImportResult] = Task(Lane.IMPORT)
        paths = self.paths

        def body(report: ProgressCallback, _records: ReportCallback) -> "ImportResult":
            from sync.importer import import_bundle

            return import_bundle(paths, Path(bundle_path), policy=policy, progress=report,
                                 cancel=task.cancel_event)

        def done(result: Any, error: BaseException | None) -> None:
            if context is None or shiboken6.isValid(context):
                on_done(result, error)
            if error is None and not self._closing:
                self.store_written.emit()

        return self._start(body, done, lane=Lane.IMPORT, on_progress=on_progress, task=task,
                           context=None if on_progress is None else context)

    def ensure_demo(self, on_done: DoneCallback, context: QObject | None = None) -> Task[Any]:
        """At start: court IT's machine-wide courses and, on first run, the bundled demo
        (cheap when there is nothing new); the result lists the course ids added."""
        paths = self.paths

        def body() -> list[str]:
            from sync.startup_courses import offer_start_courses

            return offer_start_courses(paths)

        def done(result: Any, error: BaseException | None) -> None:
            if context is None or shiboken6.isValid(context):
                on_done(result, error)
            if error is None and result and not self._closing:
                self.store_written.emit()

        return self.submit(body, done, lane=Lane.IMPORT)

    def remove_course(self, course_id: str, keep_progress: bool, on_done: DoneCallback,
                      context: QObject | None = None) -> Task[None]:
        """Forget a course and delete the files no other course uses (store lane)."""
        paths = self.paths

        def body() -> None:
            from sync.library import remove_course

            remove_course(paths, course_id, keep_progress=keep_progress)

        def done(result: Any, error: BaseException | None) -> None:
            if context is None or shiboken6.isValid(context):
                on_done(result, error)
            if error is None and not self._closing:
                self.store_written.emit()

        return self.submit(body, done, lane=Lane.STORE)

    def content_path(self, sha256: str) -> Path | None:
        """The installed blob for `sha256`, or None: a file-system check, no database."""
        if self._content_store is None:
            from sync.content_store import ContentStore

            self._content_store = ContentStore(self.paths.blobs)
        if not self._content_store.has(sha256):
            return None
        return Path(self._content_store.path(sha256))

    # ------------------------------------------------------------------ lifecycle

    @property
    def busy(self) -> bool:
        """True while any task has not yet delivered its result."""
        return bool(self._tasks)

    def wait_idle(self, msecs: int = 10000) -> bool:
        """Block until every pool is idle (shutdown, tests); results may still be queued."""
        return all(r.waitForDone(msecs) for r in _unique(self._runners.values()))

    @property
    def closing(self) -> bool:
        """True once `shutdown()` began: nothing new should be started."""
        return self._closing

    def shutdown(self, msecs: int = 10000) -> bool:
        """Cancel imports, downloads and hub calls, and wait for queued writes to reach the
        disk before the app exits. A cancelled download keeps its state in the store and
        resumes where it stopped at the next start."""
        self._closing = True
        for task in list(self._tasks):
            if task.lane in _CANCEL_AT_EXIT:
                task.cancel()
        ok = self.wait_idle(msecs)
        if not ok:
            log.warning("background work still running at exit")
        return ok


def _unique(runners: Any) -> list[Runner]:
    out: list[Runner] = []
    for r in runners:
        if not any(r is o for o in out):
            out.append(r)
    return out


def _is_expected(error: BaseException) -> bool:
    """Errors the engine raises on purpose are shown to the user, not logged as bugs."""
    try:
        from sync.errors import LecternError
    except ImportError:  # pragma: no cover - sync/ is always there in practice
        return False
    return isinstance(error, LecternError)
