"""The persistent download queue: one job per course, and its state machine.

Jobs live in the learner's store, so a download interrupted by closing the app, a crash or a
reboot continues where it stopped. The learner's Pause and Cancel of a running download are
states of their own, kept in the store (a request the run has not honoured yet survives the
process), and only these moves exist (`LEGAL`); any other raises `DownloadStateError`::

      QUEUED ──a run takes it──▶ DOWNLOADING ──last file verified──▶ COMPLETE
       │  ▲                       │   │   │  ▲                          │
 Pause │  └─interrupted (closed,  │   │   │  └──── (finished first) ───┐│ update or
    or │    killed: next start)───┘   │   │ error                      ││ upgrade
Cancel │                      Pause   │   └───────▶ FAILED             ││  ▼
       ▼                              ▼                                 │└▶ QUEUED
 PAUSED, CANCELLED      PAUSE_REQUESTED ──Cancel──▶ CANCEL_REQUESTED ───┘
   (no run yet)           │  │ Resume (withdrawn:        │ the run (or the next start)
                          │  └──▶ DOWNLOADING)           │ drops the part files
                          │ the run, at its next chunk,  ▼
                          │ flushes the part file     CANCELLED ──Download again──▶ QUEUED
                          ▼ (or the next start)
                        PAUSED ──Resume──▶ QUEUED;  PAUSED, FAILED ──Cancel──▶ CANCELLED;
                                                    FAILED ──Try again──▶ QUEUED

In words (the table below is the truth):

- QUEUED → DOWNLOADING (a run takes it), → PAUSED or → CANCELLED (the learner, before any
  run took it).
- DOWNLOADING → COMPLETE or → FAILED (the run ends), → PAUSE_REQUESTED or → CANCEL_REQUESTED
  (the learner), → QUEUED (interrupted: the app closed, or the process died and the next
  start found it so; it resumes from its part files).
- PAUSE_REQUESTED → PAUSED (the run saw it at its next chunk, after flushing the part file;
  or the next start found a run killed meanwhile), → DOWNLOADING (Resume before the run
  noticed: the request is withdrawn), → CANCEL_REQUESTED, → COMPLETE (it finished first).
- CANCEL_REQUESTED → CANCELLED (the run, or the next start, dropped the part files first),
  → COMPLETE (it finished first).
- PAUSED → QUEUED (Resume), → CANCELLED. FAILED → QUEUED (Try again), → CANCELLED.
  CANCELLED → QUEUED (Download again). COMPLETE → QUEUED (an update or a bigger choice).

"Verifying" (checking readings, recording the course) is a phase of the running download's
progress, not a state: it is short, and a run stopped in it starts again from verified blobs.

The learner's commands and the run's own events are maps from the state a job is in to its
move (`PAUSE`, `RESUME`, `CANCEL`, `START`, `STOPPED`, `FAIL`, `FINISH`), applied by the
store in one transaction each. The jobs' records (`DownloadJob`, `DownloadChoice`,
`DownloadState`) are the store's (sync/store/downloads.py); the rules are here.
"""
from __future__ import annotations

from .errors import DownloadError, DownloadStateError
from .manifest import FileRole, Manifest, VideoItem
from .store import DownloadChoice, DownloadJob, DownloadState, LearnerStore
from .store.downloads import RUNNING, state_word

S = DownloadState
#: every real move, and no other (no self-loops: asking for what is so already moves nothing).
LEGAL: dict[DownloadState, frozenset[DownloadState]] = {
    S.QUEUED: frozenset({S.DOWNLOADING, S.PAUSED, S.CANCELLED}),
    S.DOWNLOADING: frozenset({S.PAUSE_REQUESTED, S.CANCEL_REQUESTED, S.COMPLETE, S.FAILED,
                              S.QUEUED}),
    S.PAUSE_REQUESTED: frozenset({S.PAUSED, S.DOWNLOADING, S.CANCEL_REQUESTED, S.COMPLETE}),
    S.PAUSED: frozenset({S.QUEUED, S.CANCELLED}),
    S.CANCEL_REQUESTED: frozenset({S.CANCELLED, S.COMPLETE}),
    S.CANCELLED: frozenset({S.QUEUED}),
    S.FAILED: frozenset({S.QUEUED, S.CANCELLED}),
    S.COMPLETE: frozenset({S.QUEUED}),
}

# The learner's commands: from each state they apply to, where they lead.
#: "Pause": a job no run has taken stops at once; a running one is asked to.
PAUSE = {S.QUEUED: S.PAUSED, S.DOWNLOADING: S.PAUSE_REQUESTED}
#: "Resume" / "Try again" / "Download again"; on a pause not yet honoured, withdraws it.
RESUME = {S.PAUSED: S.QUEUED, S.FAILED: S.QUEUED, S.CANCELLED: S.QUEUED,
          S.PAUSE_REQUESTED: S.DOWNLOADING}
#: "Cancel": at once when no run holds the job; a running one is asked to.
CANCEL = {S.QUEUED: S.CANCELLED, S.PAUSED: S.CANCELLED, S.FAILED: S.CANCELLED,
          S.DOWNLOADING: S.CANCEL_REQUESTED, S.PAUSE_REQUESTED: S.CANCEL_REQUESTED}
#: asking for a course (again): a new job is QUEUED; see LearnerStore.queue_download.
ENQUEUE = {S.PAUSED: S.QUEUED, S.FAILED: S.QUEUED, S.CANCELLED: S.QUEUED,
           S.COMPLETE: S.QUEUED, S.PAUSE_REQUESTED: S.DOWNLOADING}

# The run's events.
#: a run takes a queued job.
START = {S.QUEUED: S.DOWNLOADING}
#: the run stopped before the end (it saw a request, or the app is closing), or the next
#: start found a run that died: requests are honoured, a plain interruption waits queued.
STOPPED = {S.DOWNLOADING: S.QUEUED, S.PAUSE_REQUESTED: S.PAUSED,
           S.CANCEL_REQUESTED: S.CANCELLED}
#: the run failed; a pause or cancel asked meanwhile is what the learner wanted instead.
FAIL = {S.DOWNLOADING: S.FAILED, S.PAUSE_REQUESTED: S.PAUSED, S.CANCEL_REQUESTED: S.CANCELLED}
#: the course is installed: too late for a pause or cancel asked meanwhile.
FINISH = {S.DOWNLOADING: S.COMPLETE, S.PAUSE_REQUESTED: S.COMPLETE,
          S.CANCEL_REQUESTED: S.COMPLETE}

#: what a runner takes (a job left DOWNLOADING by a dead run is QUEUED at the next start).
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
    position: dict[str, int] = {}
    rank: dict[str, int] = {}
    for n, it in enumerate(manifest.items()):
        for sha, _ in it.file_refs():
            position.setdefault(sha, n)
        if isinstance(it, VideoItem):
            for i, r in enumerate(sorted(it.renditions, key=lambda r: (r.bitrate, r.height or 0))):
                rank.setdefault(r.sha256, i)
    role_rank = {FileRole.READING: 0, FileRole.CAPTIONS: 0, FileRole.COVER: 1, FileRole.RENDITION: 2}
    return sorted(files, key=lambda s: (role_rank[roles[s]], rank.get(s, 0), position.get(s, 0), s))


class DownloadQueue:
    """The queue's rules (the state machine, upgrades) over the jobs the learner's store keeps."""

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
        return self.store.queue_download(course_id, version, hub_url, choice, ENQUEUE, LEGAL)

    def set_state(self, course_id: str, new: DownloadState, error: str | None = None) -> DownloadJob:
        """One move of the table; DownloadStateError when it is not one."""
        return self.store.move_download(course_id, new, error, LEGAL)

    def _apply(self, course_id: str, moves: dict[DownloadState, DownloadState], action: str,
               error: str | None = None) -> DownloadJob:
        return self.store.apply_download_move(course_id, moves, LEGAL, error, action)

    def pause(self, course_id: str) -> DownloadJob:
        """PAUSED at once if no run took it yet, else PAUSE_REQUESTED for the run to honour."""
        return self._apply(course_id, PAUSE, "paused")

    def resume(self, course_id: str) -> DownloadJob:
        return self._apply(course_id, RESUME, "resumed")

    def cancel(self, course_id: str) -> DownloadJob:
        """CANCELLED at once if no run holds it, else CANCEL_REQUESTED for the run to honour."""
        return self._apply(course_id, CANCEL, "cancelled")

    # The run's own moves (sync.downloader).

    def start(self, course_id: str) -> DownloadJob:
        return self._apply(course_id, START, "started")

    def stopped(self, course_id: str) -> DownloadJob:
        return self._apply(course_id, STOPPED, "stopped")

    def fail(self, course_id: str, error: str) -> DownloadJob:
        return self._apply(course_id, FAIL, "failed", error)

    def finish(self, course_id: str) -> DownloadJob:
        return self._apply(course_id, FINISH, "complete")

    def recover(self) -> list[DownloadJob]:
        """At a runner's start, holding the download lock (so no run is going): settle what
        a run killed mid-way left (a pause asked of it is PAUSED, not resumed; a download
        goes back to the queue). Returns the jobs it moved."""
        return self.store.recover_download_jobs(STOPPED, LEGAL)

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


__all__ = ["ACTIVE", "CANCEL", "CHOICE_ORDER", "ENQUEUE", "FAIL", "FINISH", "LEGAL", "PAUSE",
           "RESUME", "RUNNING", "START", "STOPPED", "DownloadChoice", "DownloadJob",
           "DownloadQueue", "DownloadState", "DownloadStateError", "choice_files",
           "choice_heights", "choice_sizes", "covered_choice", "download_order",
           "missing_for_choice", "state_word"]
