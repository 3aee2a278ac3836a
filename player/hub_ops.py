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
import time
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Callable, TypeVar

from sync.config import Settings, hub_url_for, load_settings
from sync.credentials import Credentials, forget_credentials, load_credentials, save_credentials
from sync.download_queue import (
    ACTIVE,
    DownloadChoice,
    DownloadJob,
    DownloadQueue,
    DownloadState,
    choice_heights,
    choice_sizes,
    missing_for_choice,
)
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
T = TypeVar("T")


@dataclass(frozen=True)
class NetworkTimings:
    """How long hub calls may take; tests shorten them, court PCs keep the defaults."""

    read_timeout: float = 30.0        # no byte for this long = a stalled link
    probe_timeout: float = 5.0        # the connectivity probe's whole budget (name lookup too)
    download_backoff_base: float = 1.0
    download_backoff_cap: float = 60.0
    connect_timeout: float = 10.0     # a course server that does not answer the knock
    #: one sync request's whole budget, wall clock: a link that trickles a byte now and then
    #: never trips the read timeout, and must not keep "Syncing…" (and the network lane) busy.
    request_deadline: float = 90.0
    #: a short request's whole budget (the catalog, a course description, sign-in and out):
    #: the screen waiting for it says "cannot be reached" instead of "Asking…" for minutes,
    #: and the network lane is free for the watch's next look.
    short_deadline: float = 20.0


def bounded_call(fn: Callable[[], T], budget: float, cancel: threading.Event | None = None,
                 what: str = "The course server") -> T:
    """`fn()` with a wall-clock budget and a cancel that is honoured at once.

    The call runs in a daemon thread of its own; when the budget runs out or `cancel` is set,
    this returns (NETWORK error, or CancelledError) and the call is left to end by its own
    timeouts, its outcome dropped. For hub calls that are safe to repeat (a ping, a sync
    request: events carry their ids, so an answer lost here is only acknowledged again next
    time), so a name lookup or a stuck link can never keep the network lane, and the "Sync
    now" the learner pressed, waiting for minutes.
    """
    box: dict[str, Any] = {}
    finished = threading.Event()

    def run() -> None:
        try:
            box["result"] = fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting thread
            box["error"] = exc
        finally:
            finished.set()

    threading.Thread(target=run, name="lectern-hub-call", daemon=True).start()
    end = time.monotonic() + budget
    while not finished.wait(min(0.1, max(end - time.monotonic(), 0.0))):
        if cancel is not None and cancel.is_set():
            raise CancelledError("Sync stopped; nothing was lost.")
        if time.monotonic() >= end:
            raise HubError(HubErrorKind.NETWORK, f"{what} did not answer in time; Lectern "
                                                 "will try again by itself.")
    if "error" in box:
        raise box["error"]
    return box["result"]


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
        raise HubError(HubErrorKind.AUTH, "Please sign in to the course server first.")
    target = hub_url_for(settings, remembered=url or creds.hub_url)  # a lock wins
    token = creds.token if _same_url(creds.hub_url, target) else None
    return settings, HubClient(_hub_settings(settings, target, timings), token)


def _hub_settings(settings: Settings, url: str, timings: NetworkTimings,
                  read_timeout: float | None = None) -> Any:
    hub = settings.hub(url, read_timeout=timings.read_timeout if read_timeout is None
                       else read_timeout)
    return replace(hub, connect_timeout=min(hub.connect_timeout, timings.connect_timeout))


def sign_in(paths: DataPaths, url: str, username: str, password: str, device_name: str,
            timings: NetworkTimings = NetworkTimings()) -> Account:
    """Ask the hub for a token and keep it (owner-only) in the profile; wrong password = AUTH."""
    settings = _settings(paths)
    url = hub_url_for(settings, remembered=url)  # court IT's address wins, whatever the form said
    username = username.strip()
    device = device_name.strip() or default_device_name()
    if not url.strip():
        raise HubError(HubErrorKind.CONFIG, "Type the address of your course server, for example "
                                            "https://courses.example.org.")
    if not username:
        raise HubError(HubErrorKind.CONFIG, "Type your user name.")
    with HubClient(_hub_settings(settings, url, timings)) as client:
        token = bounded_call(lambda: client.login(username, password, device),
                             timings.short_deadline)
        save_credentials(paths, Credentials(client.base, username, token, device))
    with LearnerStore.open(paths.db) as store:
        return read_account(paths, store)


def sign_out(paths: DataPaths, timings: NetworkTimings = NetworkTimings()) -> None:
    """Revoke the token on the hub when it can be reached, and forget it here in any case."""
    try:
        _, client = signed_in_client(paths, timings)
        with client:
            bounded_call(client.logout, timings.short_deadline)
    except HubError as exc:
        log.info("sign-out: the hub was not told (%s)", exc.message)
    forget_credentials(paths)


def probe(paths: DataPaths, timings: NetworkTimings = NetworkTimings()) -> bool:
    """The cheap connectivity check: does the signed-in course server answer its ping?

    True, or a HubError saying why not (NETWORK: cannot be reached; SERVER: it answers, in
    trouble; PROTOCOL: something else answers, e.g. a login page). Bounded as a whole (name
    lookup included) by `probe_timeout`, so the watch, and a "Sync now" waiting for it,
    learn "offline" within seconds."""
    from sync.hub_client import API

    settings = _settings(paths)
    creds = load_credentials(paths)
    url = hub_url_for(settings, remembered=creds.hub_url if creds else None)
    if not url:
        raise HubError(HubErrorKind.CONFIG, "No course server address is set.")

    def ping() -> bool:
        with HubClient(_hub_settings(settings, url, timings, timings.probe_timeout)) as client:
            resp = client.request("GET", f"{API}/ping",
                                  timeout=(timings.probe_timeout, timings.probe_timeout))
            try:
                answer = resp.json()
            except ValueError:
                answer = None
            if not isinstance(answer, dict) or answer.get("service") != "lectern-hub":
                raise HubError(HubErrorKind.PROTOCOL, "The answer does not come from a Lectern "
                                                      "course server.")
            return True

    return bounded_call(ping, timings.probe_timeout + 0.5)


# --------------------------------------------------------------------------- sync


@dataclass(frozen=True)
class SyncProgress:
    """Events sent so far in a running pass."""

    done: int
    total: int
    state: str = "syncing"


class _BoundedSync:
    """A client whose sync requests honour the pass's cancel and a wall-clock budget."""

    def __init__(self, client: HubClient, cancel: threading.Event, budget: float) -> None:
        self._client, self._cancel, self._budget = client, cancel, budget

    def sync(self, body: dict[str, Any]) -> dict[str, Any]:
        return bounded_call(lambda: self._client.sync(body), self._budget, self._cancel)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)


def sync_pass(paths: DataPaths, report: Report, cancel: threading.Event,
              timings: NetworkTimings = NetworkTimings()) -> SyncSummary:
    """One pass: push the outbox, pull what others posted; the engine keeps the bookkeeping.

    Each request is bounded (`request_deadline`) and a cancel stops the pass at once, even in
    the middle of a request: the network lane is free again for the watch's next probe."""
    _, client = signed_in_client(paths, timings)
    with client:
        bounded: Any = _BoundedSync(client, cancel, timings.request_deadline)
        return SyncPass(paths, bounded, progress=lambda d, t: report(SyncProgress(d, t)),
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
    #: the tallest video picture each choice brings (lines, e.g. 240), same keys; empty when
    #: the manifest could not be read, 0 for a course without video.
    heights: dict[str, int] = field(default_factory=dict)


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
    #: per installed course, the biggest download choice it has every file of ("low",
    #: "standard", "all"; "" for a partial copy)...
    covered: dict[str, str] = field(default_factory=dict)
    #: ...and, per choice, the bytes it still lacks (what "Get standard quality" fetches).
    missing: dict[str, dict[str, int]] = field(default_factory=dict)


def local_courses(store: LearnerStore) -> LocalCourses:
    from sync.download_queue import CHOICE_ORDER, covered_choice

    installed: dict[str, int] = {}
    covered: dict[str, str] = {}
    missing: dict[str, dict[str, int]] = {}
    for c in store.list_courses():
        installed[c.id] = c.version
        try:
            manifest = store.manifest(c.id)
        except (BundleError, LecternError) as exc:
            log.warning("cannot read the installed manifest of %s: %s", c.id, exc)
            continue
        present = store.present_files(c.id)
        best = covered_choice(manifest, present)
        covered[c.id] = best.value if best is not None else ""
        missing[c.id] = {choice.value: sum(missing_for_choice(manifest, present, choice).values())
                         for choice in CHOICE_ORDER}
    return LocalCourses(installed, {j.course_id: j for j in DownloadQueue(store).jobs()},
                        covered, missing)


def _entry_to_json(entry: CatalogEntry) -> dict[str, Any]:
    return {"course": asdict(entry.course), "sizes": dict(entry.sizes),
            "heights": dict(entry.heights)}


def _entry_from_json(data: dict[str, Any]) -> CatalogEntry:
    return CatalogEntry(CatalogCourse(**data["course"]),
                        {DownloadChoice(k).value: int(v) for k, v in data["sizes"].items()},
                        {DownloadChoice(k).value: int(v)
                         for k, v in (data.get("heights") or {}).items()})


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


def _describe(client: HubClient, course: CatalogCourse,
              known: dict[tuple[str, int], CatalogEntry], reachable: list[bool],
              budget: float = 20.0) -> CatalogEntry:
    """Low and everything come with the catalog; standard and the picture sizes need the
    manifest (read once, then remembered). After one manifest could not be fetched because
    the link went down (`reachable[0]` turns False), the rest are not tried: a dead link must
    not cost a connect timeout per course."""
    cached = known.get((course.id, course.version))
    if cached and DownloadChoice.STANDARD.value in cached.sizes and cached.heights:
        return CatalogEntry(course, cached.sizes, cached.heights)
    if reachable[0]:
        try:
            manifest_bytes, _sig = bounded_call(
                lambda: client.manifest(course.id, course.version), budget)
            manifest = parse_manifest(manifest_bytes)
            return CatalogEntry(course, {c.value: n for c, n in choice_sizes(manifest).items()},
                                {c.value: h for c, h in choice_heights(manifest).items()})
        except HubError as exc:
            if exc.kind is HubErrorKind.AUTH:
                raise
            if exc.transient:
                reachable[0] = False
            log.info("no manifest for %s v%d (%s): standard size unknown", course.id,
                     course.version, exc.message)
        except BundleError as exc:
            log.warning("the hub's manifest of %s is unusable: %s", course.id, exc.message)
    if cached and DownloadChoice.STANDARD.value in cached.sizes:
        return CatalogEntry(course, cached.sizes, cached.heights)
    return CatalogEntry(course, {DownloadChoice.LOW.value: course.low_size,
                                 DownloadChoice.ALL.value: course.full_size})


def fetch_catalog(paths: DataPaths, timings: NetworkTimings = NetworkTimings()) -> CatalogSnapshot:
    """The hub's catalog (and each course's sizes), saved for offline days; offline, the saved
    one with `offline_error` set; with nothing saved, the hub's error."""
    with LearnerStore.open(paths.ensure().db) as store:
        saved = cached_catalog(store)
    try:
        _, client = signed_in_client(paths, timings)
        with client:
            courses = bounded_call(client.catalog, timings.short_deadline)
            known = {(e.course.id, e.course.version): e for e in saved.entries} \
                if saved and _same_url(saved.hub_url, client.base) else {}
            reachable = [True]
            entries = [_describe(client, c, known, reachable, timings.short_deadline)
                       for c in courses]
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
    #: for an installed course: bytes each bigger choice still lacks ("standard": 2_100_000);
    #: what "Get standard quality" would fetch. Empty when there is nothing more to get.
    upgrades: dict[str, int] = field(default_factory=dict)


def _upgrades(store: LearnerStore, course_id: str, version: int) -> dict[str, int]:
    from sync.download_queue import CHOICE_ORDER, covered_choice

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
        upgrades = _upgrades(store, job.course_id, job.version) \
            if job.state is DownloadState.COMPLETE else {}
        rows.append(DownloadRow(job, title, language, upgrades))
    return rows


def enqueue_download(paths: DataPaths, store: LearnerStore, course_id: str, version: int,
                     choice: str) -> DownloadJob:
    """Ask for a course (a new one, an update, or a bigger choice: "low", "standard", "all")
    from the signed-in hub."""
    creds = load_credentials(paths)
    hub_url = hub_url_for(load_settings(store), remembered=creds.hub_url if creds else None)
    if not hub_url:
        raise HubError(HubErrorKind.AUTH, "Please sign in to the course server first.")
    return DownloadQueue(store).enqueue(course_id, version, hub_url, DownloadChoice(choice))


def upgrade_download(paths: DataPaths, store: LearnerStore, course_id: str,
                     choice: str) -> DownloadJob:
    """A bigger download choice for an installed course ("Get standard quality"): its
    installed version from the signed-in course server, fetching only the missing files."""
    creds = load_credentials(paths)
    hub_url = hub_url_for(load_settings(store), remembered=creds.hub_url if creds else None)
    if not hub_url:
        raise HubError(HubErrorKind.AUTH, "Please sign in to the course server first.")
    return DownloadQueue(store).upgrade(course_id, hub_url, DownloadChoice(choice))


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
    "bounded_call", "default_choice", "download_rows", "enqueue_download", "fetch_catalog",
    "local_courses", "probe", "read_account", "run_downloads", "sign_in", "sign_out",
    "signed_in_client", "sync_overview", "sync_pass", "upgrade_download",
]
