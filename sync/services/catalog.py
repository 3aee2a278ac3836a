"""What the course server offers this learner, and how that compares with this computer.

The player's catalog keeps the last list (with each course's size per download choice) in
the learner's settings, so offline days still show it; the CLI's `lectern catalog` asks
the server each time and says, per course, whether it is installed or has an update.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from ..download_queue import (
    DownloadChoice,
    DownloadJob,
    DownloadQueue,
    choice_heights,
    choice_sizes,
    missing_for_choice,
)
from ..errors import BundleError, HubError, HubErrorKind, LecternError
from ..hub_client import CatalogCourse
from ..manifest import parse_manifest
from ..paths import DataPaths
from ..store.settings import CATALOG_CACHE as _CATALOG_CACHE
from .connection import NetworkTimings, bounded_call, connect, same_url, signed_in_client

if TYPE_CHECKING:
    from ..hub_client import HubClient
    from ..manifest import Manifest
    from ..store import InstalledCourse, LearnerStore

log = logging.getLogger(__name__)

#: the last catalog the hub sent, kept in the learner's settings for offline days.
CATALOG_CACHE = _CATALOG_CACHE  # the store's settings key, named here for callers

INSTALLED, UPDATE_AVAILABLE, NOT_INSTALLED = "installed", "update available", "-"


@dataclass(frozen=True)
class CourseFileSets:
    """A catalog course's files (sha256 -> bytes) and which of them each download choice
    fetches, read from its manifest: what another language version of a family already
    installed here spares ("Français 4.1 MB (0.1 MB more with English installed)")."""

    sizes: dict[str, int]
    choices: dict[str, frozenset[str]]

    @classmethod
    def of(cls, manifest: "Manifest") -> "CourseFileSets":
        from ..download_queue import choice_files

        return cls({sha: f.size for sha, f in manifest.files.items()},
                   {c.value: frozenset(choice_files(manifest, c)) for c in DownloadChoice})

    def needed(self, choice: str, present: frozenset[str] | set[str]) -> int | None:
        """The bytes `choice` would fetch with `present` already here (None: choice unknown)."""
        files = self.choices.get(choice)
        if files is None:
            return None
        return sum(self.sizes.get(sha, 0) for sha in files if sha not in present)

    def to_json(self) -> dict[str, Any]:
        return {"sizes": self.sizes, "choices": {k: sorted(v) for k, v in self.choices.items()}}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "CourseFileSets":
        return cls({str(k): int(v) for k, v in data["sizes"].items()},
                   {str(k): frozenset(str(x) for x in v) for k, v in data["choices"].items()})


@dataclass(frozen=True)
class CatalogSnapshot:
    #: the hub client's own record of each course, with its download choices' sizes: "standard"
    #: (and the picture `heights`) are missing when the course's manifest could not be read.
    entries: list[CatalogCourse]
    hub_url: str
    fetched_at: str | None              # when the hub sent this list (display only)
    offline_error: HubError | None = None  # set: this is the saved list; the hub was unreachable
    #: per course id, its files by download choice (when its manifest was read)
    files: dict[str, CourseFileSets] = field(default_factory=dict)

    def families(self) -> "dict[str, list[CatalogCourse]]":
        """The entries by course family (a catalog card each), in the catalog's order."""
        out: dict[str, list[CatalogCourse]] = {}
        for e in self.entries:
            out.setdefault(e.course_family or e.id, []).append(e)
        return out


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
    #: per family, the languages installed here (first installed first)
    family_languages: dict[str, list[str]] = field(default_factory=dict)
    #: per course of the saved catalog not installed here, per choice, the bytes downloading
    #: it would fetch given the files already here (another language version's shared videos)
    needed: dict[str, dict[str, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class OfferedCourse:
    """One line of `lectern catalog`: the course, and whether this profile has it."""

    course: CatalogCourse
    status: str          # INSTALLED, UPDATE_AVAILABLE or NOT_INSTALLED ("-")


@dataclass(frozen=True)
class HubCatalog:
    """What one course server offers, as asked for now (never the saved list)."""

    hub_url: str
    courses: list[OfferedCourse]


def install_status(installed_version: int | None, offered_version: int) -> str:
    """Installed, an update waiting, or not here: the same words in every listing."""
    if installed_version == offered_version:
        return INSTALLED
    if installed_version and installed_version < offered_version:
        return UPDATE_AVAILABLE
    return NOT_INSTALLED


def hub_catalog(paths: DataPaths, timings: NetworkTimings = NetworkTimings(),
                hub: str | None = None) -> HubCatalog:
    """Ask the course server (`hub`, else the sign-in's or the setting's) for its courses
    and compare them with this profile's."""
    from ..store import LearnerStore

    with connect(paths, timings, hub) as connection:
        courses = bounded_call(connection.client.catalog, timings.short_deadline)
    with LearnerStore.open(paths.db) as store:
        installed = {c.id: c.version for c in store.list_courses()}
    return HubCatalog(connection.hub_url,
                      [OfferedCourse(c, install_status(installed.get(c.id), c.version))
                       for c in courses])


def local_courses(store: "LearnerStore") -> LocalCourses:
    """Installed versions, download jobs and, per course, which choices it has in full."""
    from ..download_queue import CHOICE_ORDER, covered_choice

    installed: dict[str, int] = {}
    covered: dict[str, str] = {}
    missing: dict[str, dict[str, int]] = {}
    languages: dict[str, list[str]] = {}
    from .courses import install_order

    courses = sorted(store.list_courses(), key=install_order)
    for c in courses:
        installed[c.id] = c.version
        languages.setdefault(c.family or c.id, []).append(c.language)
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
    needed: dict[str, dict[str, int]] = {}
    snapshot = cached_catalog(store)
    if snapshot is not None:
        present = _present_blobs(store, courses)
        for entry in snapshot.entries:
            sets = snapshot.files.get(entry.id)
            if entry.id in installed or sets is None:
                continue
            needed[entry.id] = {choice: n for choice in entry.sizes
                                if (n := sets.needed(choice, present)) is not None}
    return LocalCourses(installed, {j.course_id: j for j in DownloadQueue(store).jobs()},
                        covered, missing, languages, needed)


def _present_blobs(store: "LearnerStore", courses: "list[InstalledCourse]") -> frozenset[str]:
    present: set[str] = set()
    for c in courses:
        present |= store.present_files(c.id)
    return frozenset(present)


def family_download_sizes(store: "LearnerStore", snapshot: CatalogSnapshot,
                          entries: list[CatalogCourse], choice: str = "standard"
                          ) -> dict[str, int]:
    """What downloading each of `entries` with `choice` would fetch, the files already here
    (another language version's videos) excepted; the catalog's own size when its files
    are not known."""
    present = _present_blobs(store, store.list_courses())
    out: dict[str, int] = {}
    for e in entries:
        sets = snapshot.files.get(e.id)
        needed = sets.needed(choice, present) if sets is not None else None
        out[e.id] = needed if needed is not None else e.sizes.get(choice, e.full_size)
    return out


def cached_catalog(store: "LearnerStore") -> CatalogSnapshot | None:
    """The list the course server sent last (None: none saved, or a damaged one)."""
    data = store.get_setting(CATALOG_CACHE, None)
    if not isinstance(data, dict):
        return None
    try:
        files = {str(k): CourseFileSets.from_json(v)
                 for k, v in (data.get("files") or {}).items()}
        return CatalogSnapshot([CatalogCourse.from_json(e) for e in data["entries"]], str(data["hub_url"]),
                               data.get("fetched_at"), files=files)
    except (KeyError, TypeError, ValueError) as exc:
        log.warning("ignoring a damaged saved catalog: %s", exc)
        return None


def _describe(client: "HubClient", course: CatalogCourse,
              known: dict[tuple[str, int], CatalogCourse], reachable: list[bool],
              budget: float | None = 20.0,
              files: dict[str, CourseFileSets] | None = None,
              known_files: dict[str, CourseFileSets] | None = None) -> CatalogCourse:
    """Low and everything come with the catalog; standard and the picture sizes need the
    manifest (read once, then remembered). After one manifest could not be fetched because
    the link went down (`reachable[0]` turns False), the rest are not tried: a dead link must
    not cost a connect timeout per course."""
    cached = known.get((course.id, course.version))
    have_files = known_files is not None and course.id in known_files
    if cached and DownloadChoice.STANDARD.value in cached.sizes and cached.heights \
            and (files is None or have_files):
        if files is not None and known_files is not None and have_files:
            files[course.id] = known_files[course.id]
        return course.with_choices(cached.sizes, cached.heights)
    if reachable[0]:
        try:
            manifest_bytes, _sig = bounded_call(
                lambda: client.manifest(course.id, course.version), budget)
            manifest = parse_manifest(manifest_bytes)
            if files is not None:
                files[course.id] = CourseFileSets.of(manifest)
            return course.with_choices({c.value: n for c, n in choice_sizes(manifest).items()},
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
        return course.with_choices(cached.sizes, cached.heights)
    return course  # what the catalog itself says: low and all (CatalogCourse.sizes)


def fetch_catalog(paths: DataPaths, timings: NetworkTimings = NetworkTimings()) -> CatalogSnapshot:
    """The hub's catalog (and each course's sizes), saved for offline days; offline, the saved
    one with `offline_error` set; with nothing saved, the hub's error."""
    from ..store import LearnerStore, now_iso

    with LearnerStore.open(paths.ensure().db) as store:
        saved = cached_catalog(store)
    try:
        _, client = signed_in_client(paths, timings)
        with client:
            courses = bounded_call(client.catalog, timings.short_deadline)
            same = saved is not None and same_url(saved.hub_url, client.base)
            known = {(e.id, e.version): e for e in saved.entries} if saved and same else {}
            known_files = {e.id: saved.files[e.id] for e in saved.entries
                           if e.id in saved.files} if saved and same else {}
            reachable = [True]
            files: dict[str, CourseFileSets] = {}
            entries = [_describe(client, c, known, reachable, timings.short_deadline, files,
                                 known_files)
                       for c in courses]
            snapshot = CatalogSnapshot(entries, client.base, now_iso(), files=files)
    except HubError as exc:
        if exc.transient and saved is not None:
            return replace(saved, offline_error=exc)
        raise
    with LearnerStore.open(paths.db) as store:
        store.set_setting(CATALOG_CACHE, {"hub_url": snapshot.hub_url,
                                          "fetched_at": snapshot.fetched_at,
                                          "entries": [e.to_json() for e in entries],
                                          "files": {k: v.to_json() for k, v in files.items()}})
    return snapshot
