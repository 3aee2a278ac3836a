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

import re
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


#: the preference (settings service) keeping the language version a learner last chose for
#: a course family: "course_language_" + the family with its characters outside [a-z0-9_]
#: replaced by "_" (see `language_preference_key`).
LANGUAGE_PREFERENCE_PREFIX = "course_language_"


def language_preference_key(family: str) -> str:
    """The preference key of a family's chosen language version ("foe-intro" ->
    "course_language_foe_intro"); a preference name allows only [a-z0-9_]."""
    cleaned = re.sub(r"[^a-z0-9_]", "_", family.lower())
    return (LANGUAGE_PREFERENCE_PREFIX + cleaned)[:64]


#: `sync.demo.DEMO_COURSE_IDS`, as a literal (importing the demo module loads the importer;
#: a test keeps the two equal)
DEMO_VERSIONS = ("foe-intro-en", "foe-intro-fr", "foe-intro-ar")


def install_order(course: "InstalledCourse") -> tuple[str, int, str]:
    """Sorts versions first installed first. The store keeps install times to the second,
    so versions installed together (the demo's three) tie: they keep the demo's own order
    (English, French, Arabic), then their ids."""
    rank = DEMO_VERSIONS.index(course.id) if course.id in DEMO_VERSIONS else len(DEMO_VERSIONS)
    return (course.installed_at, rank, course.id)


def _base_language(tag: str) -> str:
    return tag.replace("_", "-").split("-")[0].lower()


@dataclass(frozen=True)
class CourseFamily:
    """One course in the library, whatever languages it is installed in: its language
    versions (the same item ids, one progress record) and the one the card shows.

    Why a record of its own: the library shows one card per family (three cards for the
    English, French and Arabic demo read as three courses), while the store and the CLI keep
    listing versions."""

    family: str
    #: the installed versions, first installed first
    versions: "tuple[InstalledCourse, ...]"
    #: the version the card shows and "Continue" opens
    shown: "InstalledCourse"

    @property
    def languages(self) -> tuple[str, ...]:
        """The installed versions' languages, first installed first."""
        return tuple(v.language for v in self.versions)

    def version_in(self, language: str) -> "InstalledCourse | None":
        """The installed version in `language` (a tag; "fr" finds "fr-CA" too), if any."""
        exact = next((v for v in self.versions if v.language == language), None)
        return exact or next((v for v in self.versions
                              if _base_language(v.language) == _base_language(language)), None)

    @property
    def last_studied(self) -> "InstalledCourse | None":
        studied = [v for v in self.versions if v.last_studied_at]
        return max(studied, key=lambda v: v.last_studied_at or "") if studied else None


def choose_version(versions: "tuple[InstalledCourse, ...]", interface_language: str = "",
                   remembered: str | None = None) -> "InstalledCourse":
    """The version a family's card shows: the one the learner chose last on the course
    screen (`remembered`, a course id) if still installed; else the one in the interface
    language; else the one last studied; else the first installed."""
    chosen = next((v for v in versions if v.id == remembered), None) if remembered else None
    if chosen is None and interface_language:
        chosen = next((v for v in versions if v.language == interface_language), None) or next(
            (v for v in versions
             if _base_language(v.language) == _base_language(interface_language)), None)
    if chosen is None:
        studied = [v for v in versions if v.last_studied_at]
        chosen = max(studied, key=lambda v: v.last_studied_at or "") if studied else None
    return chosen or versions[0]


def group_families(courses: "Iterable[InstalledCourse]", interface_language: str = "",
                   remembered: dict[str, str] | None = None) -> list[CourseFamily]:
    """Versions grouped by family, families in the order of their first version in
    `courses` (the store lists the most recently studied first)."""
    groups: dict[str, list[InstalledCourse]] = {}
    for c in courses:
        groups.setdefault(c.family or c.id, []).append(c)
    families = []
    for family, versions in groups.items():
        ordered = tuple(sorted(versions, key=install_order))
        families.append(CourseFamily(family, ordered, choose_version(
            ordered, interface_language, (remembered or {}).get(family))))
    return families


@dataclass(frozen=True)
class Library:
    """The library screen: installed courses (versions), the families they make (one card
    each), and each version's cover (file sha, media type)."""

    courses: "list[InstalledCourse]"
    covers: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    families: list[CourseFamily] = field(default_factory=list)

    def family_of(self, course_id: str) -> CourseFamily | None:
        return next((f for f in self.families if any(v.id == course_id for v in f.versions)),
                    None)


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


def remembered_versions(store: "LearnerStore", families: Iterable[str]) -> dict[str, str]:
    """Per family, the version (course id) the learner last chose on the course screen."""
    from .settings import read_preference

    found: dict[str, str] = {}
    for family in families:
        value = read_preference(store, language_preference_key(family), None)
        if isinstance(value, str) and value:
            found[family] = value
    return found


def remember_version(store: "LearnerStore", course_id: str) -> None:
    """The learner switched the course screen to this version: its family opens in it next
    time (a preference through the settings service)."""
    from .settings import save_preference

    save_preference(store, language_preference_key(store.get_course(course_id).family),
                    course_id)


def library(store: "LearnerStore", interface_language: str = "") -> Library:
    """The installed courses, grouped in families (each with the version its card shows:
    see `choose_version`), and their covers, for the library screen (store lane)."""
    courses = store.list_courses()
    covers: dict[str, tuple[str, str | None]] = {}
    for c in courses:
        manifest = store.manifest(c.id)
        if manifest.cover:
            entry = manifest.files.get(manifest.cover)
            covers[c.id] = (manifest.cover, entry.media_type if entry else None)
    remembered = remembered_versions(store, {c.family or c.id for c in courses})
    return Library(courses, covers, group_families(courses, interface_language, remembered))


@dataclass(frozen=True)
class LanguageOption:
    """One entry of the course screen's language switch: an installed version, or one the
    saved catalog offers (`size`: what downloading it would fetch, files already here
    excepted)."""

    course_id: str
    language: str
    title: str
    installed: bool
    version: int
    size: int = 0


def language_options(store: "LearnerStore", course_id: str) -> list[LanguageOption]:
    """The open course's family: its installed versions (first installed first), then the
    versions the saved catalog offers that are not installed (with their download size)."""
    from .catalog import cached_catalog, family_download_sizes

    course = store.get_course(course_id)
    versions = [c for c in store.list_courses() if c.family == course.family]
    versions.sort(key=install_order)
    options = [LanguageOption(v.id, v.language, v.title, True, v.version) for v in versions]
    have = {v.id for v in versions}
    snapshot = cached_catalog(store)
    if snapshot is not None:
        offered = [e for e in snapshot.entries
                   if e.course_family == course.family and e.id not in have]
        sizes = family_download_sizes(store, snapshot, offered) if offered else {}
        options += [LanguageOption(e.id, e.language, e.title, False, e.version,
                                   sizes.get(e.id, e.sizes.get("standard", e.full_size)))
                    for e in offered]
    return options


def remove_course(paths: DataPaths, course_id: str, keep_progress: bool = True) -> None:
    """Forget a course and delete the files no other course (of any profile) uses."""
    from ..library import remove_course as remove

    remove(paths, course_id, keep_progress=keep_progress)


def collect_garbage(root: Path | str) -> int:
    """Remove the course files no profile of the data dir uses; no profile or PIN is
    involved. Returns how many files went."""
    from ..library import collect_garbage as collect

    return collect(DataPaths(Path(root)))
