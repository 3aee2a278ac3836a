"""Sync with the course server: one pass (send the outbox, receive what others posted) and
the status of the changes waiting. The engine (`sync.sync_engine`) keeps the bookkeeping;
this adds the budgets, the choice of server and the records the front ends show."""
from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from ..paths import DataPaths
from .connection import NetworkTimings, bounded_call, connect, signed_in_client

if TYPE_CHECKING:
    from ..hub_client import HubClient
    from ..store import CourseUpdate, LearnerStore
    from ..sync_engine import SyncStatus, SyncSummary

Report = Callable[[Any], None]


@dataclass(frozen=True)
class SyncProgress:
    """Events sent so far in a running pass."""

    done: int
    total: int
    state: str = "syncing"


@dataclass(frozen=True)
class SyncOverview:
    """What the status bar and the library banner show about sync."""

    status: "SyncStatus"
    updates: "list[CourseUpdate]"      # newer versions of installed courses, not yet dismissed


@dataclass(frozen=True)
class SyncReport:
    """One pass of `lectern sync`: with which server, and what moved."""

    hub_url: str
    summary: "SyncSummary"


@dataclass(frozen=True)
class SyncState:
    """`lectern status`: the sign-in (no token) and the changes waiting or refused."""

    hub_url: str | None        # None: nobody signed in on this profile
    username: str | None
    status: "SyncStatus"


class _BoundedSync:
    """A client whose sync requests honour the pass's cancel and a wall-clock budget."""

    def __init__(self, client: "HubClient", cancel: threading.Event | None,
                 budget: float | None) -> None:
        self._client, self._cancel, self._budget = client, cancel, budget

    def sync(self, body: dict[str, Any]) -> dict[str, Any]:
        return bounded_call(lambda: self._client.sync(body), self._budget, self._cancel)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)


def sync_pass(paths: DataPaths, report: Report, cancel: threading.Event,
              timings: NetworkTimings = NetworkTimings()) -> "SyncSummary":
    """One pass: push the outbox, pull what others posted; the engine keeps the bookkeeping.

    Each request is bounded (`request_deadline`) and a cancel stops the pass at once, even in
    the middle of a request: the network lane is free again for the watch's next probe."""
    from ..sync_engine import SyncPass

    _, client = signed_in_client(paths, timings)
    with client:
        bounded: Any = _BoundedSync(client, cancel, timings.request_deadline)
        return SyncPass(paths, bounded, progress=lambda d, t: report(SyncProgress(d, t)),
                        cancel=cancel).run()


def sync_once(paths: DataPaths, timings: NetworkTimings = NetworkTimings(),
              hub: str | None = None) -> SyncReport:
    """One pass with the server named (`hub`, the CLI's --hub), else the sign-in's."""
    from ..sync_engine import run_sync

    with connect(paths, timings, hub) as connection:
        client: Any = connection.client
        if timings.request_deadline is not None:
            client = _BoundedSync(connection.client, None, timings.request_deadline)
        summary = run_sync(paths, client)
    return SyncReport(connection.hub_url, summary)


def sync_overview(paths: DataPaths) -> SyncOverview:
    """Pending count, last success and error, and the course updates not yet dismissed."""
    from ..store import LearnerStore
    from ..sync_engine import status

    st = status(paths)
    with LearnerStore.open(paths.db) as store:
        updates = [u for u in store.course_updates(unseen_only=True)
                   if u.installed_version is not None]
    return SyncOverview(st, updates)


def sync_status(paths: DataPaths) -> SyncState:
    """Who is signed in where, and what waits to be sent (or was refused)."""
    from ..credentials import load_credentials
    from ..sync_engine import status

    st = status(paths)
    creds = load_credentials(paths)
    return SyncState(creds.hub_url if creds else None, creds.username if creds else None, st)


def pending_count(store: "LearnerStore") -> int:
    """Changes waiting to be sent (the status bar's count)."""
    return store.pending_count()


def dismiss_updates(store: "LearnerStore") -> None:
    """The learner saw the "updates available" banner: it stays away until new ones come."""
    store.mark_updates_seen()


def is_local_only(store: "LearnerStore", course_id: str) -> bool:
    """A course whose changes stay on this PC now: the bundled demo while the learner's course
    server does not offer it (its forum and its completion say so)."""
    from ..sync_engine import local_courses

    return course_id in local_courses(store)
