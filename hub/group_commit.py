"""Group commit: many requests' writes share one transaction and one commit.

SQLite takes one writer at a time. With a lock per request, every sync push pays its own
BEGIN IMMEDIATE, its own fsync'ed commit (synchronous=FULL: an acked event must survive a
power cut) and a hand-over of the lock and the GIL between threads — under load, the
queue on that lock, not the work, sets the latency. Here one writer thread takes every
job waiting, runs each in its own SAVEPOINT (a job that fails rolls back alone), commits
once, and only then wakes the requests: nothing is acked before it is on disk.

A job names the learners whose own rows it writes (a sync push: its learner), or none: it
then needs the whole hub (administration). On PostgreSQL the learners' jobs of every hub
process run side by side, each batch holding only its learners' locks, and the family feed
locks for the shared rows they kept back to the commit (hub.write_locks, hub.feed); a job
for the whole hub runs in a transaction of its own.
"""
from __future__ import annotations

import logging
import queue
import threading
from dataclasses import dataclass, field
from typing import Any, Callable, Collection, Generic, TypeVar

from sqlalchemy.engine import Connection

from . import feed
from .db import Database
from .errors import HubError, HubErrorKind

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass
class _Job(Generic[T]):
    work: Callable[[Connection], T]
    #: the learners whose own rows it writes; None: the whole hub
    learners: frozenset[int] | None = None
    done: threading.Event = field(default_factory=threading.Event)
    result: T | None = None
    error: BaseException | None = None


class GroupCommit:
    """Runs write jobs on one thread, batched into shared transactions."""

    def __init__(self, database: Database, *, max_jobs: int = 64) -> None:
        self.database = database
        self.max_jobs = max_jobs
        self._queue: queue.SimpleQueue[_Job[Any] | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._closed = False

    def run(self, work: Callable[[Connection], T], *, learners: Collection[int] | None = None) -> T:
        """Apply `work` in a write transaction; returns once that transaction is committed.
        Whatever `work` raises is raised here, and its writes are rolled back. `learners`:
        the only learners whose own rows (progress, certificates, their feed rows) `work`
        writes; its shared feed rows must go through `feed.append_shared`. Without it the
        job holds the whole hub."""
        job: _Job[T] = _Job(work, None if learners is None else frozenset(learners))
        with self._lock:  # a job queued here is behind no stop marker: it will run
            if self._closed:
                raise HubError(HubErrorKind.STORAGE, "The hub is shutting down; try again in a moment.")
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="hub-writer", daemon=True)
                self._thread.start()
            self._queue.put(job)
        job.done.wait()
        if job.error is not None:
            raise job.error
        return job.result  # type: ignore[return-value]  # set by the writer: T, which may be None

    def close(self) -> None:
        """Finish the jobs already queued, then stop; later `run` calls are refused."""
        with self._lock:
            self._closed = True
            thread, self._thread = self._thread, None
            if thread is not None:
                self._queue.put(None)
        if thread is not None:
            thread.join()

    def _loop(self) -> None:
        while True:
            first = self._queue.get()
            if first is None:
                return
            jobs = [first]
            stop = False
            while len(jobs) < self.max_jobs:
                try:
                    job = self._queue.get_nowait()
                except queue.Empty:
                    break
                if job is None:
                    stop = True
                    break
                jobs.append(job)
            for batch in _batches(jobs):
                self._apply(batch)
            if stop:
                return

    def _apply(self, jobs: list[_Job[Any]]) -> None:
        try:
            if len(jobs) == 1:
                self._apply_alone(jobs[0])
                return
            learners = None if jobs[0].learners is None else frozenset().union(*(j.learners or () for j in jobs))
            with self.database.write(learners) as conn, feed.keeping_shared_rows(conn):
                # Savepoints on the driver's cursor: standard SQL, and ~20x cheaper than
                # SQLAlchemy's nested transactions, which matters once per request. On
                # PostgreSQL a job's RELEASE goes with the next job's SAVEPOINT, in one round
                # trip, and the last one with the COMMIT (which releases it): a round trip is
                # most of a statement's cost there (issue #19). SQLite takes one statement
                # per call.
                together = not self.database.is_sqlite
                cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
                try:
                    held = False
                    for job in jobs:
                        if held and together:
                            cursor.execute("RELEASE SAVEPOINT lectern_job; SAVEPOINT lectern_job")
                        else:
                            if held:
                                cursor.execute("RELEASE SAVEPOINT lectern_job")
                            cursor.execute("SAVEPOINT lectern_job")
                        held = True
                        mark = feed.kept_mark(conn)
                        try:
                            job.result = job.work(conn)
                        except BaseException as exc:  # noqa: BLE001 - handed to the job's caller
                            cursor.execute("ROLLBACK TO SAVEPOINT lectern_job")
                            feed.forget_kept(conn, mark)
                            job.error = exc
                    if held and not together:
                        cursor.execute("RELEASE SAVEPOINT lectern_job")
                finally:
                    cursor.close()
        except BaseException as exc:  # noqa: BLE001 - the commit failed: nothing was written
            log.error("a batch of %d writes failed: %s", len(jobs), exc)
            error = exc if isinstance(exc, HubError) else HubError(
                HubErrorKind.STORAGE, "The hub could not save this; try again in a moment.")
            for job in jobs:
                if job.error is None:
                    job.result, job.error = None, error
        finally:
            for job in jobs:
                job.done.set()

    def _apply_alone(self, job: _Job[Any]) -> None:
        """A job alone in its transaction needs no savepoint: if it fails, the transaction
        is rolled back instead (on PostgreSQL that saves the SAVEPOINT's round trip)."""
        try:
            with self.database.write(job.learners) as conn, feed.keeping_shared_rows(conn):
                try:
                    job.result = job.work(conn)
                except BaseException as exc:  # noqa: BLE001 - handed to the job's caller
                    job.error = exc
                    raise _RolledBack from exc
        except _RolledBack:
            job.result = None


def _batches(jobs: list[_Job[Any]]) -> list[list[_Job[Any]]]:
    """The jobs in order, in runs that can share a transaction: learners' jobs together,
    each whole-hub job on its own (it waits for every learner's and all wait for it)."""
    out: list[list[_Job[Any]]] = []
    for job in jobs:
        if job.learners is not None and out and out[-1][0].learners is not None:
            out[-1].append(job)
        else:
            out.append([job])
    return out


class _RolledBack(Exception):
    """A lone job failed: its transaction is rolled back, and its error goes to its caller."""
