"""The task manager: the only road from widgets to the data engine (`sync/`).

In the spirit of Anki's `CollectionOp`/`taskman` and Picard's `run_task`: `sync/` functions
are plain blocking calls; here they run in `QRunnable`s and their outcome comes back to the UI
thread through a Qt signal, always with one callback shape, `on_done(result, error)`, typed
`DoneCallback[T]` (the result is None when there is an error). Every entry point is a thin
typed wrapper of one runner, `_start`.

Lanes, one thread each, and who really writes what:
- `Lane.STORE` — the widgets' lane: every `call_service`/`with_store` task (saving a video
  position, grading a quiz, posting offline, settings, queueing a download) and
  `remove_course` (course rows, then the blobs no other course uses). It is also the lane
  that *reads* for the screens, so a read queued after a write sees it: one FIFO thread means
  "save, then reload" can never race.
- `Lane.IMPORT` — `import_bundle` and the start-up courses (`ensure_demo`): they write the
  content store's blobs (`blobs/`), then the course rows of the learner database, long and
  cancellable, with progress; on a lane of their own so a 2 GB import never holds up a save.
- `Lane.NETWORK` — the short hub calls in order: probes (no writes), sign-in and sign-out (the
  credentials file in the profile folder), the catalog (its cached copy in the learner
  database) and sync passes (the outbox's acks, pulled events, the cursor, in the database).
- `Lane.DOWNLOAD` — the one long-running download runner: partial and finished blobs in the
  content store, the queue's rows and, at the end, the installed course in the database; on
  its own lane so a 40-minute download never delays a sync pass or a probe.
So the learner database has up to four writers, one per lane, never two on one lane. They
meet in SQLite, not here: WAL mode and a 30 s busy timeout (`sync.store.base`) serialise
their short transactions, and each task opens its own `LearnerStore` in its worker thread
and closes it afterwards (SQLite connections are not shared across threads). The content
store is written by the import and download lanes and pruned by the store lane; blobs are
content-addressed and written to a temporary name first, so a reader never sees half a file.
One thread per lane keeps each lane's tasks in the order they were asked for, and a slow
lane (an import, a download) never blocks a fast one (a save, a probe).

After a successful write the manager emits `changed(StoreChange)` on the UI thread: the kinds
of data touched (`player.changes.ChangeKind`) and the course, so each screen reloads only
what it shows. `shutdown()` cancels the import, network and download lanes (an interrupted
download resumes at the next start) and waits for queued writes.

No code here shows a dialog: errors travel back to the caller, which maps them to words with
`player.error_messages`. Tests can pass `runner=SynchronousRunner()` to run every task inline.
Modules are imported on the UI thread before a worker can need them (`warm_engine`, in
`player.warm_imports`, re-exported here).
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Generic, Protocol, TypeVar, Union, cast

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from player.changes import ChangeKind, StoreChange
from player.warm_imports import import_all, warm_engine, warm_network

if TYPE_CHECKING:
    from sync.bundle import TrustPolicy
    from sync.importer import ImportResult
    from sync.paths import DataPaths
    from sync.store import LearnerStore

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")

#: `on_done(result, error)`: the result when `error` is None, else None and the error.
DoneCallback = Callable[[Union[T, None], Union[BaseException, None]], None]
#: `on_progress(done, total)`: bytes or steps, throttled.
ProgressCallback = Callable[[int, int], None]
#: `on_report(record)`: a progress record of the task's own type (e.g. a `DownloadProgress`).
ReportCallback = Callable[[R], None]
#: what a successful write announces: kinds (`True`: unknown, so every kind), or none.
Writes = Union[bool, ChangeKind, Iterable[ChangeKind], StoreChange]
#: the change a task announces after it succeeds, or a function of its result that says it.
_Announce = Union[StoreChange, Callable[[T], Union[StoreChange, None]], None]

#: At most this many progress signals per second reach the UI thread.
PROGRESS_PER_SECOND = 5


class Lane(Enum):
    """Which pool a task runs on (see the module docstring for what each one writes)."""

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

    def __init__(self, emit: Callable[[object], None],
                 per_second: int = PROGRESS_PER_SECOND) -> None:
        self._emit = emit
        self._interval = 1.0 / per_second
        self._last = -1e9
        self._last_key: dict[tuple[object, str], object] = {}
        self._lock = threading.Lock()

    def __call__(self, report: object) -> None:
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
    def __init__(self, body: Callable[[], object], relay: _Relay) -> None:
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


def store_change(writes: Writes, course_id: str | None = None) -> StoreChange | None:
    """What a `writes=` argument announces: None for `False`, every kind for `True`."""
    if isinstance(writes, StoreChange):
        return writes
    if isinstance(writes, bool):
        return StoreChange.unknown(course_id) if writes else None
    return StoreChange.of(writes, course_id)


class TaskManager(QObject):
    """Runs `sync/` work off the UI thread and reports back by signals.

    `changed(StoreChange)` fires on the UI thread after every successful write that says it
    writes (`writes=` on the store lane; imports, the start-up courses and course removal
    always), even when the widget that asked for it is gone by then.
    """

    changed = Signal(object)  # a player.changes.StoreChange

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

    # ------------------------------------------------------------------ the one runner

    def _start(self, body: Callable[[ProgressCallback, ReportCallback[Any]], T],
               on_done: DoneCallback[T] | None, *, lane: Lane,
               context: QObject | None = None,
               on_progress: ProgressCallback | None = None,
               on_report: ReportCallback[Any] | None = None,
               task: Task[T] | None = None,
               change: _Announce[T] = None) -> Task[T]:
        """Run `body(progress, report)` on `lane`; on the UI thread, `on_done(result, error)`
        (skipped once `context` is deleted), then, after a success, `changed` with `change`
        (announced even when `context` is gone: the data did change)."""
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

        def deliver(result: object, error: BaseException | None) -> None:
            self._live.discard(relay)
            self._tasks.discard(task)
            task.finished = True
            relay.deleteLater()
            if error is not None and not _is_expected(error):
                log.error("background task failed", exc_info=error)
            value = cast("T | None", result)
            if on_done is not None and alive():
                on_done(value, error)
            if error is None and change is not None and not self._closing:
                announced = change if isinstance(change, StoreChange) else change(cast(T, value))
                if announced is not None:
                    self.changed.emit(announced)

        def progressed(done: int, total: int) -> None:
            if on_progress is not None and alive() and not task.finished:
                on_progress(done, total)

        def reported(record: object) -> None:
            if on_report is not None and alive() and not task.finished:
                on_report(record)

        relay.done.connect(deliver)
        relay.progressed.connect(progressed)
        relay.reported.connect(reported)
        throttle = _Throttle(relay.progressed.emit)
        reporter = _ReportThrottle(relay.reported.emit)
        self._runners[lane].start(_Job(lambda: body(throttle, reporter), relay))
        return task

    # ------------------------------------------------------------------ entry points

    def submit(self, fn: Callable[[], T], on_done: DoneCallback[T] | None = None, *,
               lane: Lane = Lane.STORE, context: QObject | None = None,
               writes: Writes = False) -> Task[T]:
        """Run `fn()` on `lane`; call `on_done(result, error)` on the UI thread.

        `context`: a widget the callback belongs to; if it has been deleted by the time the
        result arrives, the callback is skipped instead of touching a dead object.
        `writes`: what a success changed (see `with_store`).
        """
        return self._start(lambda _progress, _records: fn(), on_done, lane=lane,
                           context=context, change=store_change(writes))

    def run_network(self, fn: Callable[[ReportCallback[R], threading.Event], T],
                    on_done: DoneCallback[T] | None = None, *, lane: Lane = Lane.NETWORK,
                    on_report: ReportCallback[R] | None = None,
                    context: QObject | None = None, writes: Writes = False) -> Task[T]:
        """Run `fn(report, cancel_event)` on a network lane; `on_report(record)` gets its
        progress records on the UI thread (throttled), `on_done(result, error)` its outcome.

        The returned task's `cancel()` sets `cancel_event`; `shutdown()` does that too.
        """
        task: Task[T] = Task(lane)

        def body(_progress: ProgressCallback, report: ReportCallback[Any]) -> T:
            return fn(report, task.cancel_event)

        return self._start(body, on_done, lane=lane, context=context, task=task,
                           on_report=on_report, change=store_change(writes))

    def with_store(self, fn: Callable[["LearnerStore"], T],
                   on_done: DoneCallback[T] | None = None, *, writes: Writes = False,
                   context: QObject | None = None, course_id: str | None = None) -> Task[T]:
        """Run `fn(store)` on the store lane with a store opened (and closed) in the worker.

        `writes` says what a success changed, for `changed`: a `ChangeKind` or several
        (precise: only the screens showing them reload), `True` (not said: every kind), or
        `False` (a read). `course_id`: the course the write was about, when there is one.
        """
        db_path = self.paths.db

        def body(_report: ProgressCallback, _records: ReportCallback[Any]) -> T:
            from sync.store import LearnerStore

            store = LearnerStore.open(db_path)
            try:
                return fn(store)
            finally:
                store.close()

        return self._start(body, on_done, lane=Lane.STORE, context=context,
                           change=store_change(writes, course_id))

    def call_service(self, service: Callable[..., T], on_done: DoneCallback[T] | None = None,
                     *, writes: Writes = False, context: QObject | None = None,
                     **arguments: Any) -> Task[T]:
        """Run a `sync.services` use case on the store lane: `service(store=..., **arguments)`.

        Widgets name the use case and its arguments; the store it needs is the lane's, so no
        widget composes store calls of its own (every service takes a `store` parameter).
        `writes` as for `with_store`; the change names `arguments["course_id"]` if given.
        (Precise kinds go in `writes`, not in a `changes=` keyword: that name is a service
        argument already, `sync.services.settings.write_changes(changes=...)`.)"""
        course_id = arguments.get("course_id")

        def run(store: "LearnerStore") -> T:
            return service(store=store, **arguments)

        return self.with_store(run, on_done,
                               writes=writes, context=context,
                               course_id=course_id if isinstance(course_id, str) else None)

    # ------------------------------------------------------------------ operations

    def import_bundle(self, bundle_path: Path, on_done: DoneCallback["ImportResult"], *,
                      on_progress: ProgressCallback | None = None,
                      policy: "TrustPolicy | None" = None,
                      context: QObject | None = None) -> Task["ImportResult"]:
        """Import a `.lectern` file on the import lane; cancel it through the returned task."""
        task: Task[ImportResult] = Task(Lane.IMPORT)
        paths = self.paths
        import_all(("sync.signing", "nacl.signing", "nacl.exceptions"), optional=True)

        def body(report: ProgressCallback, _records: ReportCallback[Any]) -> "ImportResult":
            from sync.importer import import_bundle

            return import_bundle(paths, Path(bundle_path), policy=policy, progress=report,
                                 cancel=task.cancel_event)

        def change(result: "ImportResult") -> StoreChange:
            return StoreChange.of(ChangeKind.COURSES, getattr(result, "course_id", None))

        return self._start(body, on_done, lane=Lane.IMPORT, on_progress=on_progress, task=task,
                           context=context, change=change)

    def ensure_demo(self, on_done: DoneCallback[list[str]],
                    context: QObject | None = None) -> Task[list[str]]:
        """At start: court IT's machine-wide courses and, on first run, the bundled demo
        (cheap when there is nothing new); the result lists the course ids added."""
        paths = self.paths

        def body() -> list[str]:
            from sync.startup_courses import offer_start_courses

            return offer_start_courses(paths)

        def change(added: list[str]) -> StoreChange | None:
            return StoreChange.of(ChangeKind.COURSES) if added else None

        return self._start(lambda _p, _r: body(), on_done, lane=Lane.IMPORT, context=context,
                           change=change)

    def remove_course(self, course_id: str, keep_progress: bool,
                      on_done: DoneCallback[None],
                      context: QObject | None = None) -> Task[None]:
        """Forget a course and delete the files no other course uses (store lane)."""
        paths = self.paths

        def body() -> None:
            from sync.library import remove_course

            remove_course(paths, course_id, keep_progress=keep_progress)

        kinds = {ChangeKind.COURSES, ChangeKind.DOWNLOADS}
        if not keep_progress:
            kinds |= {ChangeKind.PROGRESS, ChangeKind.QUIZZES, ChangeKind.FORUM}
        return self._start(lambda _p, _r: body(), on_done, lane=Lane.STORE, context=context,
                           change=StoreChange.of(kinds, course_id))

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
