"""Course downloads from the course server: the queue (enqueue, pause, resume, cancel,
upgrade), the player's runner that works through it, and the CLI's one-course download.

The queue lives in the learner's store, so a download stopped by closing the app (or a
dead link) resumes where it stopped. Only court IT's locked server, or the signed-in one,
is ever asked for a course.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Callable

from ..download_queue import ACTIVE, DownloadChoice, DownloadJob, DownloadQueue, DownloadState, missing_for_choice
from ..downloader import CourseDownload, DownloadProgress, DownloadResult
from ..errors import BundleError, CancelledError, DownloadError, HubError, HubErrorKind, LecternError
from ..manifest import parse_manifest
from ..paths import DataPaths
from .catalog import cached_catalog
from .connection import NetworkTimings, bounded_call, connect, remembered_hub, signed_in_client

if TYPE_CHECKING:
    from ..store import LearnerStore

Report = Callable[[Any], None]

#: a job paused and resumed over and over cannot keep the runner for ever
MAX_RUNS = 1000


@dataclass(frozen=True)
class DownloadRow:
    """A download as the Downloads view lists it (restored from the store after a restart)."""

    job: DownloadJob
    title: str
    language: str
    #: for an installed course: bytes each bigger choice still lacks ("standard": 2_100_000);
    #: what "Get standard quality" would fetch. Empty when there is nothing more to get.
    upgrades: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class JobEnded:
    """The runner finished one course's download run (complete, paused, cancelled, failed)."""

    course_id: str
    state: DownloadState
    error: BaseException | None = None
    fetched_bytes: int = 0


@dataclass(frozen=True)
class CourseDownloaded:
    """What `lectern download` did: the course as the server named it, and the run's end
    (COMPLETE, or the state it stopped in)."""

    course_id: str
    title: str
    result: DownloadResult

    @property
    def complete(self) -> bool:
        return self.result.state is DownloadState.COMPLETE


def _choice(choice: str) -> DownloadChoice:
    try:
        return DownloadChoice(choice)
    except ValueError:
        raise DownloadError(f"'{choice}' is not a download choice: low, standard or all.") \
            from None


def _upgrades(store: "LearnerStore", course_id: str, version: int) -> dict[str, int]:
    from ..download_queue import CHOICE_ORDER, covered_choice

    if not store.has_course(course_id):
        return {}
    try:
        if store.get_course(course_id).version != version:
            return {}
        manifest = store.manifest(course_id)
    except (BundleError, LecternError):
        return {}
    present = store.present_files(course_id)
    have = covered_choice(manifest, present)
    if have is None:
        return {}
    bigger = CHOICE_ORDER[CHOICE_ORDER.index(have) + 1:]
    out = {c.value: sum(missing_for_choice(manifest, present, c).values()) for c in bigger}
    return {k: v for k, v in out.items() if v > 0}


def download_rows(paths: DataPaths, store: "LearnerStore") -> list[DownloadRow]:
    """Every job with a readable title: its manifest's, else the saved catalog's, else its id.

    First, when no run is going, what a run killed mid-way left is settled (a pause asked of
    it shows as Paused, not for ever as Pausing…), even before anyone signs in."""
    from ..downloader import recover_stopped_runs

    recover_stopped_runs(paths)
    queue = DownloadQueue(store)
    saved = cached_catalog(store)
    names = {e.id: (e.title, e.language) for e in saved.entries} \
        if saved else {}
    rows = []
    for job in queue.jobs():
        title, language = names.get(job.course_id, (job.course_id, ""))
        manifest_bytes, _ = queue.manifest(job.course_id)
        if manifest_bytes is not None:
            try:
                manifest = parse_manifest(manifest_bytes)
                title, language = manifest.title, manifest.language
            except BundleError:
                pass
        upgrades = _upgrades(store, job.course_id, job.version) \
            if job.state is DownloadState.COMPLETE else {}
        rows.append(DownloadRow(job, title, language, upgrades))
    return rows


def enqueue_download(paths: DataPaths, store: "LearnerStore", course_id: str, version: int,
                     choice: str) -> DownloadJob:
    """Ask for a course (a new one, an update, or a bigger choice: "low", "standard", "all")
    from the signed-in hub."""
    wanted = _choice(choice)
    return DownloadQueue(store).enqueue(course_id, version, remembered_hub(paths, store), wanted)


def upgrade_download(paths: DataPaths, store: "LearnerStore", course_id: str,
                     choice: str) -> DownloadJob:
    """A bigger download choice for an installed course ("Get standard quality"): its
    installed version from the signed-in course server, fetching only the missing files."""
    wanted = _choice(choice)
    return DownloadQueue(store).upgrade(course_id, remembered_hub(paths, store), wanted)


def default_choice(store: "LearnerStore", course_id: str) -> str:
    """For a one-click update: the choice of the earlier download, else standard."""
    job = DownloadQueue(store).get(course_id)
    return (job.choice if job is not None else DownloadChoice.STANDARD).value


def enqueue_update(paths: DataPaths, store: "LearnerStore", course_id: str,
                   version: int) -> DownloadJob:
    """One-click update: the new version with the earlier download's choice."""
    return enqueue_download(paths, store, course_id, version, default_choice(store, course_id))


def pause_download(store: "LearnerStore", course_id: str,
                   paths: DataPaths | None = None) -> DownloadJob:
    """PAUSED at once when no run has the download; else PAUSE_REQUESTED ("Pausing…"): the
    run notices within half a second, keeps what it has and makes it PAUSED. With `paths`, a
    request left by a run that died is settled at once when no run is going."""
    if paths is None:
        return DownloadQueue(store).pause(course_id)
    from ..downloader import pause_download as pause

    return pause(paths, course_id, store)


def resume_download(store: "LearnerStore", course_id: str,
                    paths: DataPaths | None = None) -> DownloadJob:
    """Back in the queue (also "try again" after a failure); the runner picks it up. A pause
    the run has not honoured yet is withdrawn: the download just goes on."""
    if paths is None:
        return DownloadQueue(store).resume(course_id)
    from ..downloader import resume_download as resume

    return resume(paths, course_id, store)


def cancel_download(paths: DataPaths, course_id: str,
                    store: "LearnerStore | None" = None) -> DownloadJob:
    """Stop for good; the partial files are discarded (by the run, if one is going: until it
    has, the download is CANCEL_REQUESTED, "Cancelling…")."""
    from ..downloader import cancel_download as cancel

    return cancel(paths, course_id, store)


def run_downloads(paths: DataPaths, report: Report, cancel: threading.Event,
                  timings: NetworkTimings = NetworkTimings()) -> list[DownloadResult]:
    """Run every runnable job in queue order until none is left (or the app closes).

    A job that fails for good is marked failed (the learner sees why) and the next one runs.
    On AUTH the job goes back to the queue and the runner stops: the UI asks to sign in and
    starts it again. Closing the app cancels; the job stays active and resumes next time.
    """
    from ..config import load_settings
    from ..downloader import recover_stopped_runs
    from ..store import LearnerStore

    results: list[DownloadResult] = []
    for moved in recover_stopped_runs(paths):  # a run killed meanwhile: settle what it left
        report(JobEnded(moved.course_id, moved.state))
    for _ in range(MAX_RUNS):
        if cancel.is_set():
            raise CancelledError("Downloads stopped; they resume where they stopped.")
        with LearnerStore.open(paths.ensure().db) as store:
            settings = load_settings(store)
            runnable = DownloadQueue(store).runnable()
        if not runnable:
            return results
        job = runnable[0]
        limits = replace(settings.download_limits(), backoff_base=timings.download_backoff_base,
                         backoff_cap=timings.download_backoff_cap)
        try:
            _, client = signed_in_client(paths, timings, url=job.hub_url)
            with client:
                result = CourseDownload(paths, client, job.course_id, limits=limits,
                                        progress=report, cancel=cancel).run()
        except CancelledError:
            raise
        except HubError as exc:
            if exc.kind is HubErrorKind.AUTH:
                _requeue(paths, job.course_id)
                raise
            _stop_if_still_active(paths, job.course_id, exc)
            report(JobEnded(job.course_id, DownloadState.FAILED, exc))
            continue
        except (DownloadError, BundleError, LecternError) as exc:
            _stop_if_still_active(paths, job.course_id, exc)
            report(JobEnded(job.course_id, DownloadState.FAILED, exc))
            continue
        results.append(result)
        report(JobEnded(job.course_id, result.state, None, result.fetched_bytes))
    return results


def _requeue(paths: DataPaths, course_id: str) -> None:
    from ..store import LearnerStore

    with LearnerStore.open(paths.db) as store:
        queue = DownloadQueue(store)
        job = queue.get(course_id)
        if job is not None and job.state is DownloadState.FAILED:
            queue.resume(course_id)


def _stop_if_still_active(paths: DataPaths, course_id: str, exc: BaseException) -> None:
    """An error that left the job active (e.g. another downloader holds the lock) would
    loop for ever: stop the runner instead; the job runs again at the next start."""
    from ..store import LearnerStore

    with LearnerStore.open(paths.db) as store:
        job = DownloadQueue(store).get(course_id)
    if job is not None and job.state in ACTIVE:
        raise exc


def download_course(paths: DataPaths, course_id: str, choice: str = "standard",
                    timings: NetworkTimings = NetworkTimings(), hub: str | None = None,
                    give_up_after: float | None = None,
                    progress: Callable[[DownloadProgress], None] | None = None,
                    cancel: threading.Event | None = None) -> CourseDownloaded:
    """Download (or update) one course now, in this thread: `lectern download`.

    The course must be in what the server offers this learner; the run honours the
    profile's bandwidth cap and hours, and gives up after `give_up_after` seconds without
    progress (None: the downloader's own rule)."""
    from ..downloader import begin_download

    wanted = _choice(choice)
    with connect(paths, timings, hub) as connection:
        client = connection.client
        offered = bounded_call(client.catalog, timings.short_deadline)
        entry = next((c for c in offered if c.id == course_id), None)
        if entry is None:
            raise DownloadError(f"The hub offers no course '{course_id}' to you; check the id "
                                "with `lectern catalog`.")
        begin_download(paths, entry.id, entry.version, client.base, wanted)
        limits = connection.settings.download_limits(give_up_after=give_up_after)
        result = CourseDownload(paths, client, entry.id, progress=progress, limits=limits,
                                cancel=cancel).run()
    return CourseDownloaded(entry.id, entry.title, result)


__all__ = ["CourseDownloaded", "DownloadProgress", "DownloadRow", "JobEnded", "MAX_RUNS",
           "cancel_download", "default_choice", "download_course", "download_rows",
           "enqueue_download", "enqueue_update", "pause_download", "resume_download",
           "run_downloads", "upgrade_download"]
