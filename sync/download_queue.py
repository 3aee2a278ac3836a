"""The persistent download queue: one job per course, an explicit state machine.

Jobs live in the learner's store, so a download interrupted by closing the app, a crash or a
reboot continues where it stopped. Only legal moves are allowed (see `LEGAL`); the UI asks for
pause or cancel by moving the state, and the running downloader notices between chunks. The
jobs' rows and records (`DownloadJob`, `DownloadChoice`, `DownloadState`) are the store's
(sync/store/downloads.py); the rules are here.
"""
from __future__ import annotations

from .errors import DownloadError
from .manifest import FileRole, Manifest, VideoItem
from .store import DownloadChoice, DownloadJob, DownloadState, LearnerStore

S = DownloadState
LEGAL: dict[DownloadState, set[DownloadState]] = {
    # QUEUED may finish directly: a pause then a resume can land while a run is still going.
    S.QUEUED: {S.DOWNLOADING, S.PAUSED, S.CANCELLED, S.QUEUED, S.COMPLETE, S.FAILED},
    S.DOWNLOADING: {S.DOWNLOADING, S.PAUSED, S.FAILED, S.COMPLETE, S.CANCELLED, S.QUEUED},
    S.PAUSED: {S.QUEUED, S.CANCELLED, S.PAUSED},
    S.FAILED: {S.QUEUED, S.CANCELLED, S.FAILED},
    S.COMPLETE: {S.QUEUED},    # a new version or a bigger choice
    S.CANCELLED: {S.QUEUED},
}
ACTIVE = (S.QUEUED, S.DOWNLOADING)
STANDARD_MAX_HEIGHT = 480


def choice_files(manifest: Manifest, choice: DownloadChoice) -> set[str]:
    if choice is DownloadChoice.ALL:
        return set(manifest.files)
    files = manifest.low_bandwidth_files()
    if choice is DownloadChoice.STANDARD:
        for it in manifest.items():
            if isinstance(it, VideoItem):
                fitting = [r for r in it.renditions if (r.height or 0) <= STANDARD_MAX_HEIGHT]
                if fitting:
                    files.add(max(fitting, key=lambda r: (r.height or 0, r.bitrate)).sha256)
    return files


def choice_sizes(manifest: Manifest) -> dict[DownloadChoice, int]:
    return {c: sum(manifest.files[s].size for s in choice_files(manifest, c)) for c in DownloadChoice}


def choice_heights(manifest: Manifest) -> dict[DownloadChoice, int]:
    """The tallest video picture (in lines, e.g. 240) each choice brings; 0 when unknown or
    when the course has no video. "Low bandwidth: the smallest video of each lecture (240p)"."""
    out: dict[DownloadChoice, int] = {}
    for choice in DownloadChoice:
        files = choice_files(manifest, choice)
        heights = [r.height or 0 for it in manifest.items() if isinstance(it, VideoItem)
                   for r in it.renditions if r.sha256 in files]
        out[choice] = max(heights, default=0)
    return out


#: smallest first: a choice further on holds every file of the ones before it.
CHOICE_ORDER = (DownloadChoice.LOW, DownloadChoice.STANDARD, DownloadChoice.ALL)


def missing_for_choice(manifest: Manifest, present: set[str] | frozenset[str],
                       choice: DownloadChoice) -> dict[str, int]:
    """What an installed course lacks for `choice` (sha256 -> bytes): all that upgrading its
    download (e.g. low bandwidth -> standard) fetches; empty when it has everything."""
    return {s: manifest.files[s].size for s in choice_files(manifest, choice) if s not in present}


def covered_choice(manifest: Manifest, present: set[str] | frozenset[str]) -> DownloadChoice | None:
    """The biggest choice whose files are all on this computer (None: not even low bandwidth)."""
    best = None
    for choice in CHOICE_ORDER:
        if not missing_for_choice(manifest, present, choice):
            best = choice
    return best


def download_order(manifest: Manifest, files: set[str]) -> list[str]:
    """Readings and captions first, then videos lowest rendition first, in course order."""
    roles = manifest.file_roles()
    position = {}
    rank = {}
    for n, it in enumerate(manifest.items()):
        for sha, _ in it.file_refs():
            position.setdefault(sha, n)
        if isinstance(it, VideoItem):
            for i, r in enumerate(sorted(it.renditions, key=lambda r: (r.bitrate, r.height or 0))):
                rank.setdefault(r.sha256, i)
    role_rank = {FileRole.READING: 0, FileRole.CAPTIONS: 0, FileRole.COVER: 1, FileRole.RENDITION: 2}
    return sorted(files, key=lambda s: (role_rank[roles[s]], rank.get(s, 0), position.get(s, 0), s))


class DownloadQueue:
    """The queue's rules (legal moves, upgrades) over the jobs the learner's store keeps."""

    def __init__(self, store: LearnerStore) -> None:
        self.store = store

    def jobs(self) -> list[DownloadJob]:
        return self.store.download_jobs()

    def get(self, course_id: str) -> DownloadJob | None:
        return self.store.download_job(course_id)

    def enqueue(self, course_id: str, version: int, hub_url: str, choice: DownloadChoice) -> DownloadJob:
        """Ask for a course (or a new version, or a bigger choice); an active job is kept.

        For an installed course a bigger choice is an upgrade: the run fetches only the files
        the course does not have yet (e.g. the 480p videos after a low-bandwidth download),
        and the course stays installed and usable meanwhile."""
        return self.store.queue_download(course_id, version, hub_url, choice)

    def set_state(self, course_id: str, new: DownloadState, error: str | None = None) -> DownloadJob:
        return self.store.move_download(course_id, new, error, LEGAL)

    def pause(self, course_id: str) -> DownloadJob:
        return self.set_state(course_id, S.PAUSED)

    def resume(self, course_id: str) -> DownloadJob:
        return self.set_state(course_id, S.QUEUED)

    def cancel(self, course_id: str) -> DownloadJob:
        return self.set_state(course_id, S.CANCELLED)

    def save_manifest(self, course_id: str, manifest: bytes, signature: bytes | None, total: int) -> None:
        self.store.save_download_manifest(course_id, manifest, signature, total)

    def manifest(self, course_id: str) -> tuple[bytes | None, bytes | None]:
        return self.store.download_manifest(course_id)

    def record_done(self, course_id: str, done: int) -> None:
        self.store.record_download_done(course_id, done)

    def upgrade(self, course_id: str, hub_url: str, choice: DownloadChoice) -> DownloadJob:
        """A bigger choice for the installed version of a course (no job needed: it may have
        come from a file or the bundled demo); only the missing files are fetched."""
        if not self.store.has_course(course_id):
            raise DownloadError(f"'{course_id}' is not installed; download it instead.")
        installed = self.store.get_course(course_id)
        return self.enqueue(course_id, installed.version, hub_url, choice)

    def runnable(self) -> list[DownloadJob]:
        return [j for j in self.jobs() if j.state in ACTIVE]
