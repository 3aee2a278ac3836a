"""Hub work the player runs on its network lanes: plain blocking functions over `sync/`.

Widgets never call these directly; `player.bridge.TaskManager` runs them in worker threads and
hands the outcome back as `(result, error)`. Each function opens what it needs (the learner's
store, the saved sign-in, a `HubClient`) in the thread that runs it and closes it again, and
the sign-in token never leaves these functions: the UI only learns *whether* it is signed in.
Nothing here imports Qt.
"""
from __future__ import annotations

import logging
import threading
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Callable

from sync.config import Settings, hub_url_for, load_settings
from sync.credentials import Credentials, forget_credentials, load_credentials, save_credentials
from sync.download_queue import ACTIVE, DownloadChoice, DownloadJob, DownloadQueue, DownloadState
from sync.downloader import CourseDownload, DownloadProgress, DownloadResult
from sync.errors import (
    BundleError,
    CancelledError,
    DownloadError,
    HubError,
    HubErrorKind,
    LecternError,
)
from sync.hub_client import CatalogCourse, HubClient, default_device_name
from sync.manifest import parse_manifest
from sync.paths import DataPaths
from sync.store import CourseUpdate, LearnerStore, now_iso
from sync.sync_engine import SyncPass, SyncStatus, SyncSummary, status

log = logging.getLogger(__name__)

#: the last catalog the hub sent, kept in the learner's settings for offline days.
CATALOG_CACHE = "hub_catalog_cache"

Report = Callable[[Any], None]


@dataclass(frozen=True)
class NetworkTimings:
    """How long hub calls may take; tests shorten them, court PCs keep the defaults."""

    read_timeout: float = 30.0        # no byte for this long = a stalled link
    probe_timeout: float = 5.0        # the connectivity probe's whole budget
    download_backoff_base: float = 1.0
    download_backoff_cap: float = 60.0


# --------------------------------------------------------------------------- the account


@dataclass(frozen=True)
class Account:
    """Who this profile is on which hub, without the token."""

    hub_url: str            # the signed-in hub, else the one from settings or site config ('' = none)
    url_locked: bool        # court IT fixed the hub address in the site configuration
    username: str           # '' when nobody ever signed in here
    device_name: str        # what the hub calls this computer
    signed_in: bool

    @property
    def has_hub(self) -> bool:
        return bool(self.hub_url)


def _same_url(a: str, b: str) -> bool:
    return a.strip().rstrip("/") == b.strip().rstrip("/")


def read_account(paths: DataPaths, store: LearnerStore) -> Account:
    """The sign-in as far as the UI may know it (store lane: reads settings)."""
    settings = load_settings(store)
    creds = load_credentials(paths)
    locked = "hub_url" in settings.locked
    signed_in = creds is not None and (not locked or _same_url(creds.hub_url, settings.hub_url))
    if signed_in and creds is not None:
        return Account(creds.hub_url, locked, creds.username,
                       creds.device_name or default_device_name(), True)
    return Account(settings.hub_url, locked, creds.username if creds else "",
                   (creds.device_name if creds else "") or default_device_name(), False)


def _settings(paths: DataPaths) -> Settings:
    with LearnerStore.open(paths.ensure().db) as store:
        return load_settings(store)


def signed_in_client(paths: DataPaths, timings: NetworkTimings,
                     url: str | None = None) -> tuple[Settings, HubClient]:
    """A client with this profile's token; AUTH when nobody is signed in (ask to sign in)."""
    settings = _settings(paths)
    creds = load_credentials(paths)
    if creds is None:
        raise HubError(HubErrorKind.AUTH, "Please sign in to the course hub first.")
    target = hub_url_for(settings, remembered=url or creds.hub_url)  # a lock wins
    token = creds.token if _same_url(creds.hub_url, target) else None
    return settings, HubClient(settings.hub(target, read_timeout=timings.read_timeout), token)


def sign_in(paths: DataPaths, url: str, username: str, password: str, device_name: str,
            timings: NetworkTimings = NetworkTimings()) -> Account:
    """Ask the hub for a token and keep it (owner-only) in the profile; wrong password = AUTH."""
    settings = _settings(paths)
    url = hub_url_for(settings, remembered=url)  # court IT's address wins, whatever the form said
    username = username.strip()
    device = device_name.strip() or default_device_name()
    if not url.strip():
        raise HubError(HubErrorKind.CONFIG, "Type the address of your course hub, for example "
                                            "https://courses.example.org.")
    if not username:
        raise HubError(HubErrorKind.CONFIG, "Type your user name.")
    with HubClient(settings.hub(url, read_timeout=timings.read_timeout)) as client:
        token = client.login(username, password, device)
        save_credentials(paths, Credentials(client.base, username, token, device))
    with LearnerStore.open(paths.db) as store:
        return read_account(paths, store)


def sign_out(paths: DataPaths, timings: NetworkTimings = NetworkTimings()) -> None:
    """Revoke the token on the hub when it can be reached, and forget it here in any case."""
    try:
        _, client = signed_in_client(paths, timings)
        with client:
            client.logout()
    except HubError as exc:
        log.info("sign-out: the hub was not told (%s)", exc.message)
    forget_credentials(paths)


def probe(paths: DataPaths, timings: NetworkTimings = NetworkTimings()) -> bool:
    """The cheap connectivity check: does the signed-in hub answer its ping?"""
    settings = _settings(paths)
    creds = load_credentials(paths)
    url = hub_url_for(settings, remembered=creds.hub_url if creds else None)
    if not url:
        return False
    with HubClient(settings.hub(url, read_timeout=timings.probe_timeout)) as client:
        return client.ping(timeout=timings.probe_timeout)


# --------------------------------------------------------------------------- sync


@dataclass(frozen=True)
class SyncProgress:
    """Events sent so far in a running pass."""

    done: int
    total: int
    state: str = "syncing"


def sync_pass(paths: DataPaths, report: Report, cancel: threading.Event,
              timings: NetworkTimings = NetworkTimings()) -> SyncSummary:
    """One pass: push the outbox, pull what others posted; the engine keeps the bookkeeping."""
    _, client = signed_in_client(paths, timings)
    with client:
        return SyncPass(paths, client, progress=lambda d, t: report(SyncProgress(d, t)),
                        cancel=cancel).run()


@dataclass(frozen=True)
class SyncOverview:
    """What the status bar and the library banner show about sync."""

    status: SyncStatus
    updates: list[CourseUpdate]      # newer versions of installed courses, not yet dismissed


def sync_overview(paths: DataPaths) -> SyncOverview:
    st = status(paths)
    with LearnerStore.open(paths.db) as store:
        updates = [u for u in store.course_updates(unseen_only=True)
                   if u.installed_version is not None]
    return SyncOverview(st, updates)


# --------------------------------------------------------------------------- catalog


@dataclass(frozen=True)
class CatalogEntry:
    """One course on the hub, with its size for each download choice."""

    course: CatalogCourse
    #: bytes per download choice, keyed by its value ("low", "standard", "all"): plain strings,
    #: so widgets need not import `sync.download_queue` (and SQLite with it). "standard" is
    #: missing when the course's manifest could not be read.
    sizes: dict[str, int]


@dataclass(frozen=True)
class CatalogSnapshot:
    entries: list[CatalogEntry]
    hub_url: str
    fetched_at: str | None              # when the hub sent this list (display only)
    offline_error: HubError | None = None  # set: this is the saved list; the hub was unreachable


@dataclass(frozen=True)
class LocalCourses:
    """What is on this computer, to badge the catalog: installed versions and downloads."""

    installed: dict[str, int] = field(default_factory=dict)
    jobs: dict[str, DownloadJob] = field(default_factory=dict)


def local_courses(store: LearnerStore) -> LocalCourses:
    return LocalCourses({c.id: c.version for c in store.list_courses()},
                        {j.course_id: j for j in DownloadQueue(store).jobs()})


def _entry_to_json(entry: CatalogEntry) -> dict[str, Any]:
    return {"course": asdict(entry.course), "sizes": dict(entry.sizes)}


def _entry_from_json(data: dict[str, Any]) -> CatalogEntry:
    return CatalogEntry(CatalogCourse(**data["course"]),
                        {DownloadChoice(k).value: int(v) for k, v in data["sizes"].items()})


def cached_catalog(store: LearnerStore) -> CatalogSnapshot | None:
    data = store.get_setting(CATALOG_CACHE, None)
    if not isinstance(data, dict):
        return None
    try:
        return CatalogSnapshot([_entry_from_json(e) for e in data["entries"]], str(data["hub_url"]),
                               data.get("fetched_at"))
    except (KeyError, TypeError, ValueError) as exc:
        log.warning("ignoring a damaged saved catalog: %s", exc)
        return None


def _sizes(client: HubClient, course: CatalogCourse,
           known: dict[tuple[str, int], dict[str, int]]) -> dict[str, int]:
    """Low and everything come with the catalog; standard needs the manifest (read once)."""
    from sync.download_queue import choice_sizes

    cached = known.get((course.id, course.version))
    if cached and DownloadChoice.STANDARD.value in cached:
        return cached
    try:
        manifest_bytes, _sig = client.manifest(course.id, course.version)
        return {c.value: n for c, n in choice_sizes(parse_manifest(manifest_bytes)).items()}
    except HubError as exc:
        if exc.kind is HubErrorKind.AUTH:
            raise
        log.info("no manifest for %s v%d (%s): standard size unknown", course.id, course.version,
                 exc.message)
    except BundleError as exc:
        log.warning("the hub's manifest of %s is unusable: %s", course.id, exc.message)
    return {DownloadChoice.LOW.value: course.low_size, DownloadChoice.ALL.value: course.full_size}


def fetch_catalog(paths: DataPaths, timings: NetworkTimings = NetworkTimings()) -> CatalogSnapshot:
    """The hub's catalog (and each course's sizes), saved for offline days; offline, the saved
    one with `offline_error` set; with nothing saved, the hub's error."""
    with LearnerStore.open(paths.ensure().db) as store:
        saved = cached_catalog(store)
    try:
        _, client = signed_in_client(paths, timings)
        with client:
            courses = client.catalog()
            known = {(e.course.id, e.course.version): e.sizes for e in saved.entries} \
                if saved and _same_url(saved.hub_url, client.base) else {}
            entries = [CatalogEntry(c, _sizes(client, c, known)) for c in courses]
            snapshot = CatalogSnapshot(entries, client.base, now_iso())
    except HubError as exc:
        if exc.transient and saved is not None:
            return replace(saved, offline_error=exc)
        raise
    with LearnerStore.open(paths.db) as store:
        store.set_setting(CATALOG_CACHE, {"hub_url": snapshot.hub_url,
                                          "fetched_at": snapshot.fetched_at,
                                          "entries": [_entry_to_json(e) for e in entries]})
    return snapshot


# --------------------------------------------------------------------------- downloads


@dataclass(frozen=True)
class DownloadRow:
    """A download as the Downloads view lists it (restored from the store after a restart)."""

    job: DownloadJob
    title: str
    language: str


def download_rows(paths: DataPaths, store: LearnerStore) -> list[DownloadRow]:
    """Every job with a readable title: its manifest's, else the saved catalog's, else its id."""
    queue = DownloadQueue(store)
    saved = cached_catalog(store)
    names = {e.course.id: (e.course.title, e.course.language) for e in saved.entries} \
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
        rows.append(DownloadRow(job, title, language))
    return rows


def enqueue_download(paths: DataPaths, store: LearnerStore, course_id: str, version: int,
                     choice: str) -> DownloadJob:
    """Ask for a course (a new one, an update, or a bigger choice: "low", "standard", "all")
    from the signed-in hub."""
    creds = load_credentials(paths)
    hub_url = hub_url_for(load_settings(store), remembered=creds.hub_url if creds else None)
    if not hub_url:
        raise HubError(HubErrorKind.AUTH, "Please sign in to the course hub first.")
    return DownloadQueue(store).enqueue(course_id, version, hub_url, DownloadChoice(choice))


def default_choice(store: LearnerStore, course_id: str) -> str:
    """For a one-click update: the choice of the earlier download, else standard."""
    job = DownloadQueue(store).get(course_id)
    return (job.choice if job is not None else DownloadChoice.STANDARD).value


@dataclass(frozen=True)
class JobEnded:
    """The runner finished one course's download run (complete, paused, cancelled, failed)."""

    course_id: str
    state: DownloadState
    error: BaseException | None = None
    fetched_bytes: int = 0


MAX_RUNS = 1000  # a job paused and resumed over and over cannot keep the runner for ever


def run_downloads(paths: DataPaths, report: Report, cancel: threading.Event,
                  timings: NetworkTimings = NetworkTimings()) -> list[DownloadResult]:
    """Run every runnable job in queue order until none is left (or the app closes).

    A job that fails for good is marked failed (the learner sees why) and the next one runs.
    On AUTH the job goes back to the queue and the runner stops: the UI asks to sign in and
    starts it again. Closing the app cancels; the job stays active and resumes next time.
    """
    results: list[DownloadResult] = []
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
    with LearnerStore.open(paths.db) as store:
        queue = DownloadQueue(store)
        job = queue.get(course_id)
        if job is not None and job.state is DownloadState.FAILED:
            queue.resume(course_id)


def _stop_if_still_active(paths: DataPaths, course_id: str, exc: BaseException) -> None:
    """An error that left the job active (e.g. another downloader holds the lock) would
    loop for ever: stop the runner instead; the job runs again at the next start."""
    with LearnerStore.open(paths.db) as store:
        job = DownloadQueue(store).get(course_id)
    if job is not None and job.state in ACTIVE:
        raise exc


__all__ = [
    "Account", "CatalogEntry", "CatalogSnapshot", "DownloadProgress", "DownloadRow", "JobEnded",
    "LocalCourses", "NetworkTimings", "SyncOverview", "SyncProgress", "cached_catalog",
    "default_choice", "download_rows", "enqueue_download", "fetch_catalog", "local_courses",
    "probe", "read_account", "run_downloads", "sign_in", "sign_out", "signed_in_client",
    "sync_overview", "sync_pass",
]
