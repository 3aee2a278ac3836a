"""Downloading a course from a hub over thin, flaky links without fetching a byte twice.

Each blob accumulates in `<blobs>/ab/<sha>.dl` and is resumed with HTTP Range (If-Range on the
strong ETag) after a reset, a stall (read timeout), a crash or a reboot; it becomes a blob only
once its sha256 matches. Transient failures back off (`sync.backoff`: exponential, jittered,
capped; a Retry-After is a floor). The course is recorded as installed only when every chosen
file is verified, in one transaction.

The job's state follows `sync.download_queue`'s machine: a run takes a QUEUED job
(DOWNLOADING), and between chunks looks at the stored state; a PAUSE_REQUESTED is honoured
by flushing the part file and moving to PAUSED, a CANCEL_REQUESTED by dropping the part files
and moving to CANCELLED. Whoever next holds the download lock settles what a killed run left
(`recover_stopped_runs`).
"""
from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import shutil
import socket
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterator, TypeVar

from .backoff import Backoff
from .bundle import TrustPolicy, check_reading, check_signature, describe_file
from .content_store import ContentStore, disk_full
from .download_queue import DownloadChoice, DownloadJob, DownloadQueue, DownloadState, choice_files, download_order
from .errors import (
    BundleError,
    BundleErrorKind,
    CancelledError,
    DiskFullError,
    DownloadError,
    DownloadStateError,
    HubError,
    HubErrorKind,
    StoreError,
)
from .hub_client import HubClient, iter_body
from .library import collect_garbage
from .manifest import Manifest, ReadingFormat, ReadingItem, parse_manifest
from .paths import DataPaths
from .store import LearnerStore, peek_download_state
from .trust import trust_policy

log = logging.getLogger(__name__)

T = TypeVar("T")

FREE_SPACE_MARGIN = 50 * 1000 * 1000
MAX_BAD_COPIES = 3


@dataclass(frozen=True)
class DownloadLimits:
    max_rate: float | None = None               # bytes/s, the bandwidth cap from settings
    hours: tuple[int, int] | None = None        # minutes after midnight [start, end) when allowed
    give_up_after: float | None = None          # seconds without progress before failing
    backoff_base: float = 1.0
    backoff_cap: float = 60.0


@dataclass(frozen=True)
class DownloadProgress:
    course_id: str
    state: str                 # "downloading", "waiting" (network), "outside-hours", "verifying"
    file_name: str
    file_done: int
    file_total: int
    done: int
    total: int
    bytes_per_second: float
    eta_seconds: float | None
    message: str = ""


@dataclass(frozen=True)
class DownloadResult:
    course_id: str
    version: int
    state: DownloadState
    fetched_bytes: int


ProgressFn = Callable[[DownloadProgress], None]


def parse_hours(text: str | None) -> tuple[int, int] | None:
    """'22:00-06:00' -> (1320, 360); None or '' -> always."""
    if not text:
        return None
    try:
        a, b = text.split("-")
        ha, ma = (int(x) for x in a.strip().split(":"))
        hb, mb = (int(x) for x in b.strip().split(":"))
        if not (0 <= ha < 24 and 0 <= hb <= 24 and 0 <= ma < 60 and 0 <= mb < 60):
            raise ValueError
    except ValueError:
        raise DownloadError(f"Download hours “{text}” are not like 22:00-06:00.") from None
    return ha * 60 + ma, hb * 60 + mb


def within_hours(hours: tuple[int, int] | None, when: datetime | None = None) -> bool:
    if hours is None:
        return True
    now = when or datetime.now()
    minute = now.hour * 60 + now.minute
    start, end = hours
    if start == end:
        return True
    return start <= minute < end if start < end else (minute >= start or minute < end)


class TokenBucket:
    """The bandwidth cap: at most `rate` bytes/s on average, small bursts allowed."""

    def __init__(self, rate: float) -> None:
        self.rate = rate
        self.capacity = max(rate / 4, 8192)
        self.tokens = self.capacity
        self.stamp = time.monotonic()

    def take(self, n: int, sleep: Callable[[float], None] = time.sleep) -> None:
        while True:
            now = time.monotonic()
            self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
            self.stamp = now
            if self.tokens >= n or self.tokens >= self.capacity:
                self.tokens -= n
                return
            sleep(min((n - self.tokens) / self.rate, 0.5))


class _Stop(Exception):
    """The job is no longer DOWNLOADING: the learner asked to pause or cancel it (the UI or
    another command), or it went away."""

    def __init__(self, state: DownloadState) -> None:
        self.state = state


@contextmanager
def download_lock(paths: DataPaths, wait: float = 0.0) -> Iterator[None]:
    """One downloader per data dir: two would fight over the same `.dl` files. Whoever holds
    it may also settle what a killed run left. `wait`: seconds to wait for a holder that is
    only settling (a few milliseconds) before saying another download is going on."""
    paths.ensure()
    fd = os.open(paths.root / "downloads.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise DownloadError("Another Lectern window or command is downloading "
                                        "already; it will finish this course too.") from None
                time.sleep(0.05)
        yield
    finally:
        os.close(fd)


class _Meter:
    """Speed over the last few seconds and an ETA, for people watching a slow link."""

    def __init__(self) -> None:
        self.samples: list[tuple[float, int]] = []

    def add(self, total_done: int) -> float:
        now = time.monotonic()
        self.samples.append((now, total_done))
        while len(self.samples) > 2 and now - self.samples[0][0] > 8:
            self.samples.pop(0)
        t0, d0 = self.samples[0]
        return (total_done - d0) / (now - t0) if now > t0 else 0.0


def _socket_of(resp: object) -> socket.socket | None:
    """The socket under a streaming `requests` response (urllib3 2 / http.client), if any."""
    try:
        sock = resp.raw._fp.fp.raw._sock  # type: ignore[attr-defined]
    except AttributeError:
        return None
    return sock if isinstance(sock, socket.socket) else None


def _partial_bytes(content: ContentStore, sha: str) -> int:
    """How much of `sha` an earlier run left in its part file (0: nothing yet)."""
    part = content.partial_path(sha)
    return part.stat().st_size if part.exists() else 0


def _drop_partials(content: ContentStore, manifest_bytes: bytes) -> None:
    """Delete what a cancelled download of this course left in part files."""
    for sha in parse_manifest(manifest_bytes).files:
        content.partial_path(sha).unlink(missing_ok=True)


def _settle_stopped_runs(paths: DataPaths, store: LearnerStore) -> list[DownloadJob]:
    """Holding the download lock (no run is going): what a killed run left becomes what it
    would have become had it lived (`DownloadQueue.recover`), and a cancelled one's part
    files go."""
    queue = DownloadQueue(store)
    moved = queue.recover()
    for job in moved:
        if job.state is DownloadState.CANCELLED:
            manifest_bytes, _ = queue.manifest(job.course_id)
            if manifest_bytes is not None:
                _drop_partials(ContentStore(paths.blobs), manifest_bytes)
        log.info("download of %s left by a stopped run: now %s", job.course_id, job.state.value)
    return moved


def recover_stopped_runs(paths: DataPaths) -> list[DownloadJob]:
    """Settle what a run killed mid-way left (a pause asked of it is PAUSED, a download goes
    back to the queue), unless a run is going now (it holds the lock): then nothing."""
    try:
        with download_lock(paths), LearnerStore.open(paths.db) as store:
            return _settle_stopped_runs(paths, store)
    except DownloadError:
        return []


class CourseDownload:
    """One course's download run; `run()` returns when complete, paused, cancelled or failed."""

    def __init__(self, paths: DataPaths, client: HubClient, course_id: str, *,
                 policy: TrustPolicy | None = None, limits: DownloadLimits = DownloadLimits(),
                 progress: ProgressFn | None = None, cancel: threading.Event | None = None,
                 sleep: Callable[[float], None] | None = None) -> None:
        self.paths = paths
        self.client = client
        self.course_id = course_id
        self.policy = policy
        self.limits = limits
        self.progress = progress
        self.cancel = cancel or threading.Event()
        self.content = ContentStore(paths.blobs)
        self.bucket = TokenBucket(limits.max_rate) if limits.max_rate else None
        self.backoff = Backoff(limits.backoff_base, limits.backoff_cap)
        self.meter = _Meter()
        self.fetched = 0
        self.done = 0
        self.total = 0
        self._last_report = 0.0
        self._last_state_check = 0.0
        self._last_progress_at = time.monotonic()
        self._sleep = sleep

    # ------------------------------------------------------------------ helpers

    def _wait(self, seconds: float) -> None:
        """Sleep, but wake at once for a cancel; check pause/cancel from elsewhere."""
        end = time.monotonic() + seconds
        while True:
            left = end - time.monotonic()
            if left <= 0:
                return
            if self.cancel.wait(min(left, 0.5)):
                raise CancelledError("Download stopped; it will resume where it stopped.")
            self._check_state(force=True)

    def _check_state(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._last_state_check < 0.5:
            return
        self._last_state_check = now
        if self.cancel.is_set():
            raise CancelledError("Download stopped; it will resume where it stopped.")
        job = self.queue.get(self.course_id)
        if job is None or job.state is not DownloadState.DOWNLOADING:
            raise _Stop(job.state if job else DownloadState.CANCELLED)

    def _report(self, state: str, name: str = "", file_done: int = 0, file_total: int = 0,
                message: str = "", force: bool = False) -> None:
        if self.progress is None:
            return
        now = time.monotonic()
        if not force and now - self._last_report < 0.25:
            return
        self._last_report = now
        speed = self.meter.add(self.done)
        eta = (self.total - self.done) / speed if speed > 1 else None
        self.progress(DownloadProgress(self.course_id, state, name, file_done, file_total, self.done,
                                       self.total, speed, eta, message))

    def _transient(self, exc: HubError) -> None:
        """Wait out a passing failure, or give up after too long without progress; any other
        failure goes on up."""
        if not exc.transient:
            raise exc
        self._check_state(force=True)  # a pause that broke a stuck read is not a failure
        stalled_for = time.monotonic() - self._last_progress_at
        if self.limits.give_up_after is not None and stalled_for > self.limits.give_up_after:
            raise DownloadError(f"The course server could not be reached for "
                                f"{int(stalled_for // 60)} minutes; "
                                "the download will resume from where it stopped next time.") from exc
        delay = self.backoff.next(exc.retry_after)
        log.info("download of %s: %s; retrying in %.1fs", self.course_id, exc.message, delay)
        self._report("waiting", message=exc.message, force=True)
        self._wait(delay)

    def _retrying(self, fn: Callable[[], T]) -> T:
        while True:
            self._check_state()
            try:
                return fn()
            except HubError as exc:
                self._transient(exc)

    # ------------------------------------------------------------------ the run

    def run(self) -> DownloadResult:
        self.paths.ensure()
        with download_lock(self.paths, wait=2.0), LearnerStore.open(self.paths.db) as store:
            self.store = store
            self.queue = DownloadQueue(store)
            _settle_stopped_runs(self.paths, store)  # we hold the lock: no run is going
            while True:
                job = self.queue.get(self.course_id)
                if job is None:
                    raise DownloadError(f"There is no download of '{self.course_id}' to run.")
                if job.state is not DownloadState.QUEUED:
                    return DownloadResult(self.course_id, job.version, job.state, self.fetched)
                try:
                    job = self.queue.start(self.course_id)
                except DownloadStateError:  # paused or cancelled this very moment
                    continue
                result = self._run_once(job)
                if result.state is DownloadState.QUEUED and not self.cancel.is_set():
                    continue  # a pause withdrawn as the run stopped for it: go on
                return result

    def _run_once(self, job: DownloadJob) -> DownloadResult:
        """One run of a DOWNLOADING job, to COMPLETE or to where the stored state says."""
        try:
            return self._run(job)
        except _Stop as stop:
            if stop.state is DownloadState.CANCEL_REQUESTED:
                self._discard_partials(job)  # first: CANCELLED means the part files are gone
            return self._stopped(job)
        except CancelledError:
            self._stopped(job)  # the app is closing: requests honoured, the rest queued
            raise
        except (HubError, DownloadError, DiskFullError, BundleError) as exc:
            ended = self.queue.fail(self.course_id, exc.message)
            if ended.state is not DownloadState.FAILED:  # a pause or cancel was asked meanwhile
                log.info("download of %s stopped (%s) as asked: %s", self.course_id,
                         ended.state.value, exc.message)
                if ended.state is DownloadState.CANCELLED:
                    self._discard_partials(job)
                return DownloadResult(self.course_id, job.version, ended.state, self.fetched)
            raise

    def _stopped(self, job: DownloadJob) -> DownloadResult:
        """The run stopped before the end: honour the stored request (its part file is
        flushed already: see `_receive`)."""
        ended = self.queue.stopped(self.course_id)
        if ended.state is DownloadState.CANCELLED:
            self._discard_partials(job)
        return DownloadResult(self.course_id, job.version, ended.state, self.fetched)

    def _manifest(self, job: DownloadJob) -> Manifest:
        saved, signature = self.queue.manifest(self.course_id)
        if saved is None:
            saved, signature = self._retrying(lambda: self.client.manifest(job.course_id, job.version))
        manifest_bytes = saved
        manifest = parse_manifest(manifest_bytes)
        if manifest.id != job.course_id or manifest.version != job.version:
            raise DownloadError("The course server sent the description of another course; try "
                                "again later.")
        check_signature(manifest, manifest_bytes, signature, self.policy or trust_policy(self.store))
        files = choice_files(manifest, job.choice)
        self.queue.save_manifest(self.course_id, manifest_bytes, signature,
                                 sum(manifest.files[s].size for s in files))
        self.manifest_bytes, self.signature = manifest_bytes, signature
        return manifest

    def _run(self, job: DownloadJob) -> DownloadResult:
        manifest = self._manifest(job)
        wanted = download_order(manifest, choice_files(manifest, job.choice))
        self.total = sum(manifest.files[s].size for s in wanted)
        missing = [s for s in wanted if not self.content.has(s)]
        partial = sum(min(_partial_bytes(self.content, s), manifest.files[s].size) for s in missing)
        self.done = self.total - sum(manifest.files[s].size for s in missing) + partial
        self._check_free_space(manifest, missing)
        if self.limits.hours and not within_hours(self.limits.hours):
            self._wait_for_hours()
        self._report("downloading", force=True)
        for sha in missing:
            self._fetch_blob(manifest, sha)
        self._check_state(force=True)  # a pause asked now is still in time
        self._report("verifying", force=True)
        for it in manifest.items():
            if isinstance(it, ReadingItem) and it.format is ReadingFormat.HTML:
                check_reading(it, self.content.path(it.sha256).read_bytes())
        present = {s for s in manifest.files if self.content.has(s)}
        self.store.install_course(manifest, self.manifest_bytes, self.signature,
                                  self._signature_status(manifest), None, present)
        self.queue.record_done(self.course_id, self.total)
        self.queue.finish(self.course_id)
        self._report("complete", force=True)
        collect_garbage(self.paths)  # an update may leave the old version's videos behind
        return DownloadResult(self.course_id, manifest.version, DownloadState.COMPLETE, self.fetched)

    def _signature_status(self, manifest: Manifest) -> str:
        status, _ = check_signature(manifest, self.manifest_bytes, self.signature,
                                    self.policy or trust_policy(self.store))
        return status.value

    def _check_free_space(self, manifest: Manifest, missing: list[str]) -> None:
        need = 0
        for sha in missing:
            need += max(manifest.files[sha].size - _partial_bytes(self.content, sha), 0)
        self.paths.blobs.mkdir(parents=True, exist_ok=True)
        free = shutil.disk_usage(self.paths.blobs).free
        if free < need + FREE_SPACE_MARGIN:
            raise DiskFullError(
                f"“{manifest.title}” needs {(need + FREE_SPACE_MARGIN) / 1e6:.0f} MB free on this "
                f"computer but only {free / 1e6:.0f} MB are free. Free some space, or choose the "
                "low-bandwidth download.")

    def _discard_partials(self, job: DownloadJob) -> None:
        manifest_bytes, _ = self.queue.manifest(self.course_id)
        if manifest_bytes is not None:
            _drop_partials(self.content, manifest_bytes)

    def _fetch_blob(self, manifest: Manifest, sha: str) -> None:
        size = manifest.files[sha].size
        name = describe_file(manifest, sha)
        part = self.content.partial_path(sha)
        part.parent.mkdir(parents=True, exist_ok=True)
        bad_copies = 0
        while True:
            self._check_state()
            have = _partial_bytes(self.content, sha)
            if have > size:
                part.unlink()
                self.done -= size
                have = 0
            digest = hashlib.sha256()
            if have:
                with open(part, "rb") as f:  # re-hash what we kept: local disk, not the link
                    while chunk := f.read(1024 * 1024):
                        digest.update(chunk)
            try:
                if have < size:
                    digest = self._receive(sha, part, have, size, digest, name)
                self.content.commit_partial(sha, digest.hexdigest())
                self.backoff.reset()
                return
            except BundleError as exc:
                if exc.kind is not BundleErrorKind.HASH_MISMATCH:
                    raise
                bad_copies += 1
                self.done -= size
                log.warning("blob %s failed its checksum (%d); fetching it again", sha, bad_copies)
                if bad_copies >= MAX_BAD_COPIES:
                    raise DownloadError(f"The course server keeps sending a damaged copy of {name}; tell "
                                        "court IT. The download will try again later.") from None
            except HubError as exc:
                self._transient(exc)

    def _stop_wanted(self) -> bool:
        """Paused or cancelled from elsewhere, or the app closing (any thread: own reader)."""
        if self.cancel.is_set():
            return True
        try:
            return peek_download_state(self.paths.db, self.course_id) is not DownloadState.DOWNLOADING
        except StoreError:
            return False

    @contextmanager
    def _stop_watch(self, resp: object) -> Iterator[None]:
        """Pause, Cancel and closing are honoured within a second even when the link is
        stuck in the middle of a file (no byte for up to the read timeout): the waiting read
        is interrupted, and the run then notices the stop as usual."""
        finished = threading.Event()

        def watch() -> None:
            while not finished.wait(0.5):
                quiet = time.monotonic() - self._last_progress_at > 1.0
                if quiet and self._stop_wanted():
                    sock = _socket_of(resp)
                    if sock is not None:
                        try:
                            sock.shutdown(socket.SHUT_RDWR)
                        except OSError:
                            pass
                    return

        watcher = threading.Thread(target=watch, name="lectern-download-stop", daemon=True)
        watcher.start()
        try:
            yield
        finally:
            finished.set()

    def _receive(self, sha: str, part: Path, have: int, size: int, digest: "hashlib._Hash",
                 name: str) -> "hashlib._Hash":
        """Append what the course server sends to the part file; returns the running hash."""
        resp = self.client.open_blob(sha, have)
        try:
            mode = "ab" if have else "wb"
            if have and resp.status_code == 200:  # the hub ignored our range: start over
                self.done -= have
                have = 0
                digest = hashlib.sha256()
                mode = "wb"
            try:
                with open(part, mode) as out, self._stop_watch(resp):
                    got = have
                    for data in iter_body(resp):
                        if got + len(data) > size:
                            raise BundleError(BundleErrorKind.HASH_MISMATCH, "too long")
                        if self.bucket is not None:
                            self.bucket.take(len(data))
                        out.write(data)
                        digest.update(data)
                        got += len(data)
                        self.done += len(data)
                        self.fetched += len(data)
                        self._last_progress_at = time.monotonic()
                        self.backoff.reset()
                        self._report("downloading", name, got, size)
                        try:
                            self._check_state()
                        except (_Stop, CancelledError):
                            out.flush()  # what came is on the disk before the job says PAUSED
                            os.fsync(out.fileno())
                            raise
                        if self.limits.hours and not within_hours(self.limits.hours):
                            break
            except OSError as exc:
                if disk_full(exc):
                    raise DiskFullError("The disk filled up during the download. Free some space; "
                                        "the download will resume where it stopped.") from None
                raise
            if got < size:
                if self.limits.hours and not within_hours(self.limits.hours):
                    self._wait_for_hours()
                    raise HubError(HubErrorKind.NETWORK, "resuming inside download hours")
                raise HubError(HubErrorKind.NETWORK, "The connection ended early; resuming.")
            return digest
        finally:
            resp.close()

    def _wait_for_hours(self) -> None:
        while not within_hours(self.limits.hours):
            self._report("outside-hours", message="Waiting for the download hours set in the "
                                                  "settings.", force=True)
            self._wait(30)


def _request(paths: DataPaths, store: LearnerStore | None, course_id: str,
             verb: str) -> DownloadJob:
    """The learner's pause, resume or cancel; when no run is going (the lock is free), a
    request nobody would honour (a run was killed) is settled at once, and a cancelled job's
    part files go."""
    def act(store: LearnerStore) -> DownloadJob:
        queue = DownloadQueue(store)
        job: DownloadJob = getattr(queue, verb)(course_id)
        try:
            with download_lock(paths):  # nobody is downloading: settle, drop files
                _settle_stopped_runs(paths, store)
                job = queue.get(course_id) or job
                manifest_bytes, _ = queue.manifest(course_id)
                if job.state is DownloadState.CANCELLED and manifest_bytes is not None:
                    _drop_partials(ContentStore(paths.blobs), manifest_bytes)
        except DownloadError:
            pass  # a run is going on; it sees the request within half a second
        return job

    if store is not None:
        return act(store)
    with LearnerStore.open(paths.ensure().db) as own:
        return act(own)


def pause_download(paths: DataPaths, course_id: str, store: LearnerStore | None = None) -> DownloadJob:
    """PAUSED, or PAUSE_REQUESTED while a run goes on (it keeps what it has)."""
    return _request(paths, store, course_id, "pause")


def resume_download(paths: DataPaths, course_id: str, store: LearnerStore | None = None) -> DownloadJob:
    """Back in the queue, or a pause not yet honoured withdrawn."""
    return _request(paths, store, course_id, "resume")


def cancel_download(paths: DataPaths, course_id: str, store: LearnerStore | None = None) -> DownloadJob:
    """Cancel a download and drop its partial files; a running download drops them itself."""
    return _request(paths, store, course_id, "cancel")


def begin_download(paths: DataPaths, course_id: str, version: int, hub_url: str,
                   choice: DownloadChoice) -> DownloadJob:
    recover_stopped_runs(paths.ensure())
    with LearnerStore.open(paths.db) as store:
        return DownloadQueue(store).enqueue(course_id, version, hub_url, choice)
