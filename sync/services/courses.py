"""The courses on this computer: import (a learner's profile, or court IT's machine-wide
store), export, remove, list, and the files no course uses.

Which publishers are trusted is decided once, by `sync.trust.trust_policy` (and
`sync.machine_store.system_trust_policy` for the machine store): a key or "accept unsigned"
given for one import that court IT's locks forbid is refused with a ConfigError, never
quietly ignored. Listing a profile's courses first offers it court IT's machine-wide
courses and, on a first start, the demo (`sync.startup_courses`), so the player and
`lectern courses` show the same library.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

from ..paths import DataPaths

if TYPE_CHECKING:
    from ..bundle import TrustPolicy
    from ..exporter import ExportResult
    from ..importer import ImportResult
    from ..machine_store import PreloadResult
    from ..signing import PublicKey
    from ..store import InstalledCourse, LearnerStore

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class MachineImport:
    """A course court IT installed for every account, and where the shared store is."""

    result: "ImportResult"
    store_root: Path


@dataclass(frozen=True)
class PreloadReport:
    """What `lectern --system preload` did with each file of the preload folder."""

    preload_dir: Path
    results: "list[PreloadResult]" = field(default_factory=list)

    @property
    def failed(self) -> "list[PreloadResult]":
        return [r for r in self.results if r.outcome == "failed"]


@dataclass(frozen=True)
class Library:
    """The library screen: installed courses, and each one's cover (file sha, media type)."""

    courses: "list[InstalledCourse]"
    covers: dict[str, tuple[str, str | None]] = field(default_factory=dict)


def _keys(files: Iterable[Path | str]) -> "list[PublicKey]":
    from ..signing import load_public_key

    return [load_public_key(Path(p)) for p in files]


def trust_policy_for(paths: DataPaths, trust: Iterable[Path | str] = (),
                     allow_unsigned: bool = False) -> "TrustPolicy":
    """The publishers this profile accepts, plus `trust` key files for one import;
    `allow_unsigned` asks to accept unsigned courses (refused where court IT locked it)."""
    from ..store import LearnerStore
    from ..trust import trust_policy

    extra = _keys(trust)
    with LearnerStore.open(paths.ensure().db) as store:
        return trust_policy(store, extra, allow_unsigned=True if allow_unsigned else None)


def import_course(paths: DataPaths, bundle: Path | str, *, trust: Iterable[Path | str] = (),
                  allow_unsigned: bool = False, policy: "TrustPolicy | None" = None,
                  progress: Progress | None = None, cancel: threading.Event | None = None,
                  replace_signed: bool = False) -> "ImportResult":
    """Verify a `.lectern` file completely and install it in this profile. `policy`: one
    already decided (the player's import dialog); else this profile's, with `trust` and
    `allow_unsigned` for this import."""
    from ..importer import import_bundle

    paths.ensure()
    if policy is None:
        policy = trust_policy_for(paths, trust, allow_unsigned)
    return import_bundle(paths, Path(bundle), policy, progress=progress, cancel=cancel,
                         replace_signed=replace_signed)


def _system_policy(trust: Iterable[Path | str], allow_unsigned: bool) -> "TrustPolicy":
    from ..machine_store import system_trust_policy

    return system_trust_policy(_keys(trust), allow_unsigned=True if allow_unsigned else None)


def import_for_machine(bundle: Path | str, *, trust: Iterable[Path | str] = (),
                       allow_unsigned: bool = False, progress: Progress | None = None,
                       cancel: threading.Event | None = None) -> MachineImport:
    """Court IT (as root) installs a course for every account of this PC."""
    from ..machine_store import import_to_machine, locate

    store = locate()
    result = import_to_machine(Path(bundle), _system_policy(trust, allow_unsigned),
                               progress=progress, cancel=cancel or threading.Event(),
                               store=store)
    return MachineImport(result, store.root)


def preload_machine(*, trust: Iterable[Path | str] = (),
                    allow_unsigned: bool = False) -> PreloadReport:
    """Import court IT's preload folder of `.lectern` files into the machine store; one bad
    file does not stop the others (it is in the report as "failed")."""
    from ..machine_store import locate, preload

    store = locate()
    return PreloadReport(store.preload_dir, preload(store, _system_policy(trust, allow_unsigned)))


def export_course(paths: DataPaths, course_id: str, out: Path | str, *,
                  low_bandwidth: bool = False,
                  progress: Progress | None = None) -> "ExportResult":
    """Write an installed course to a `.lectern` file (for a colleague without a link);
    `low_bandwidth`: only the smallest video of each lecture, captions and readings."""
    from ..exporter import export_course as export

    return export(paths, course_id, Path(out), low_bandwidth=low_bandwidth, progress=progress)


def offer_start_courses(paths: DataPaths) -> list[str]:
    """Court IT's machine-wide courses, then (first start) the demo: the ids added now."""
    from ..startup_courses import offer_start_courses as offer

    return offer(paths)


def list_courses(paths: DataPaths) -> "list[InstalledCourse]":
    """The profile's courses, after court IT's and the demo were offered to it."""
    from ..store import LearnerStore

    offer_start_courses(paths)
    with LearnerStore.open(paths.db) as store:
        return store.list_courses()


def library(store: "LearnerStore") -> Library:
    """The installed courses and their covers, for the library screen (store lane)."""
    courses = store.list_courses()
    covers: dict[str, tuple[str, str | None]] = {}
    for c in courses:
        manifest = store.manifest(c.id)
        if manifest.cover:
            entry = manifest.files.get(manifest.cover)
            covers[c.id] = (manifest.cover, entry.media_type if entry else None)
    return Library(courses, covers)


def remove_course(paths: DataPaths, course_id: str, keep_progress: bool = True) -> None:
    """Forget a course and delete the files no other course (of any profile) uses."""
    from ..library import remove_course as remove

    remove(paths, course_id, keep_progress=keep_progress)


def collect_garbage(root: Path | str) -> int:
    """Remove the course files no profile of the data dir uses; no profile or PIN is
    involved. Returns how many files went."""
    from ..library import collect_garbage as collect

    return collect(DataPaths(Path(root)))
