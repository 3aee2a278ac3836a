"""The machine-wide course store: one copy of a course's files for every account on a PC.

Court IT writes it — `sudo lectern --system import FILE`, or `.lectern` files dropped in its
`preload/` folder and `sudo lectern --system preload` (the .deb runs that when installed) —
and every account reads it. Layout, folders 0755 and files 0644 whatever the umask (readable
by all, writable only by the administrator who owns them):

    <root>/blobs/ab/<sha256>   course files, each hash-checked before it is renamed into place
    <root>/courses/<id>.json   one record per course: its manifest and signature as published
    <root>/preload/*.lectern   court IT's course files for `lectern --system preload`
    <root>/preload.done.json   which preload files were imported (unchanged ones are skipped)
    <root>/.lock               one writer at a time

Where: the site file's `shared_course_store`, else `/var/lib/lectern` (Linux),
`<ProgramData>\\Lectern` (Windows), `/Library/Application Support/lectern` (macOS).

A course is verified when it is written, as a learner's import is (sync/importer.py: the
publisher's signature under court IT's trust settings only, then every file's size and
sha256). Every account lists the store's courses in its own learner store
(`offer_machine_courses`): progress stays per account, the files stay in one place, and a
learner's own import or download of the same course finds them there instead of copying.

A normal user can never write it: the folders belong to root. Readers also refuse to trust a
store that another account could have changed — every folder on its path and every file used
must belong to root (or to the reader itself) and be writable by no group or others — and
the problem is logged and reported by `machine_store_problem`; Lectern then works as if
there were no machine store. On Windows the installer's ACLs on ProgramData\\Lectern decide.
"""
from __future__ import annotations

import base64
import json
import logging
import os
import stat
import sys
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Collection, Iterable, Iterator

from .bundle import TrustPolicy
from .content_store import ContentStore
from .errors import BundleError, BundleErrorKind, LecternError, StoreError
from .manifest import ID_RE, Manifest, parse_manifest
from .paths import DataPaths
from .signing import PublicKey
from .site_config import SiteConfig, load_site_config

if TYPE_CHECKING:
    from .importer import ImportResult

log = logging.getLogger(__name__)

SETTING = "shared_course_store"
#: The learner-store setting that remembers which machine courses (and versions) were offered,
#: so a learner who removes one does not get it back until court IT installs a newer version.
OFFERED = "machine_courses_offered"
RECORD_FORMAT = 1
DIR_MODE, FILE_MODE = 0o755, 0o644
ADMIN_HINT = ("Writing the machine-wide course store needs administrator rights: run the "
              "command with sudo (as root).")


def _default_root() -> Path:
    if sys.platform == "win32":
        from .site_config import _windows_program_data
        return _windows_program_data() / "Lectern"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/lectern")
    return Path("/var/lib/lectern")


#: Where the store is when the site file does not say. Tests replace this constant in-process;
#: subprocesses get a store through the site file's `shared_course_store`.
DEFAULT_ROOT: Path = _default_root()


# --------------------------------------------------------------------------- who may change it


def entry_is_safe(st: os.stat_result, directory: bool, uid: int | None = None) -> bool:
    """Whether a file or folder of the store is one no other account could have changed:
    owned by root or by us, writable by no group or others (and a real file, not a link).
    Always true on Windows, where ACLs decide."""
    if os.name != "posix":
        return True
    uid = os.geteuid() if uid is None else uid
    kind_ok = stat.S_ISDIR(st.st_mode) if directory else stat.S_ISREG(st.st_mode)
    return kind_ok and st.st_uid in (0, uid) and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def store_problem(root: Path, uid: int | None = None) -> str | None:
    """Why this account must not trust the store at `root` (another account could change it),
    or None. Checks the store's folders and every folder above them; a sticky folder such as
    /tmp is fine above an entry owned by root or us."""
    if os.name != "posix":
        return None
    uid = os.geteuid() if uid is None else uid
    real = Path(os.path.realpath(root))
    for sub in (real / "courses", real / "blobs"):
        try:
            st = os.lstat(sub)
        except FileNotFoundError:
            continue
        except OSError as exc:
            return f"{sub} cannot be read ({exc.strerror or exc})"
        if not entry_is_safe(st, directory=True, uid=uid):
            return _why(sub, st)
    try:
        child = os.stat(real)
    except OSError as exc:
        return f"{real} cannot be read ({exc.strerror or exc})"
    if not entry_is_safe(child, directory=True, uid=uid):
        return _why(real, child)
    for parent in real.parents:
        try:
            st = os.stat(parent)
        except OSError as exc:
            return f"{parent} cannot be read ({exc.strerror or exc})"
        sticky_protects = bool(st.st_mode & stat.S_ISVTX) and child.st_uid in (0, uid)
        if st.st_uid not in (0, uid) or (st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
                                         and not sticky_protects):
            return _why(parent, st)
        child = st
    return None


def _why(path: Path, st: os.stat_result) -> str:
    if st.st_uid not in (0, os.geteuid()):
        return f"{path} belongs to another account (uid {st.st_uid})"
    if not stat.S_ISDIR(st.st_mode) and not stat.S_ISREG(st.st_mode):
        return f"{path} is not a plain file or folder"
    return f"{path} can be changed by other accounts (mode {stat.S_IMODE(st.st_mode):o})"


# --------------------------------------------------------------------------- the store


@dataclass(frozen=True)
class MachineCourse:
    """A course in the machine store, as recorded when court IT's import verified it."""

    course_id: str
    version: int
    title: str
    manifest_bytes: bytes
    signature: bytes | None
    signature_status: str
    key_id: str | None
    present: frozenset[str]
    imported_at: str


@dataclass(frozen=True)
class MachineStore:
    """The store's folder; also the "course records" the importer writes a course into."""

    root: Path

    @property
    def blobs(self) -> Path:
        return self.root / "blobs"

    @property
    def courses_dir(self) -> Path:
        return self.root / "courses"

    @property
    def preload_dir(self) -> Path:
        return self.root / "preload"

    def content(self) -> ContentStore:
        """The blob folder, written readable by all, never looking at another store."""
        return ContentStore(self.blobs, shared=(), readable_by_all=True)

    def problem(self) -> str | None:
        return store_problem(self.root)

    def _record_path(self, course_id: str) -> Path:
        if not ID_RE.match(course_id):
            raise StoreError(f"{course_id[:80]!r} is not a course id.")
        return self.courses_dir / f"{course_id}.json"

    def record(self, course_id: str) -> MachineCourse | None:
        """The course's record, or None when absent, unreadable or not safe to trust."""
        path = self._record_path(course_id)
        try:
            with open(path, "rb") as f:
                if not entry_is_safe(os.fstat(f.fileno()), directory=False):
                    log.warning("%s can be changed by other accounts; ignored", path)
                    return None
                data = json.loads(f.read())
            return MachineCourse(
                course_id=str(data["id"]), version=int(data["version"]), title=str(data["title"]),
                manifest_bytes=base64.b64decode(data["manifest"], validate=True),
                signature=(base64.b64decode(data["signature"], validate=True)
                           if data.get("signature") else None),
                signature_status=str(data["signature_status"]),
                key_id=str(data["key_id"]) if data.get("key_id") else None,
                present=frozenset(str(s) for s in data["present"]),
                imported_at=str(data.get("imported_at", "")))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("machine store record %s is unreadable: %s", path, exc)
            return None

    def courses(self) -> list[MachineCourse]:
        """Every readable course record, by id."""
        found = []
        try:
            names = sorted(p.stem for p in self.courses_dir.glob("*.json"))
        except OSError:
            return []
        for name in names:
            if ID_RE.match(name):
                rec = self.record(name)
                if rec is not None and rec.course_id == name:
                    found.append(rec)
        return found

    # -------------------------------------------- what sync.importer.import_into writes through

    def has_course(self, course_id: str) -> bool:
        """A readable record (a damaged one is replaced by the next import)."""
        return self.record(course_id) is not None

    def get_course(self, course_id: str) -> MachineCourse:
        rec = self.record(course_id)
        if rec is None:
            raise StoreError(f"The machine store has no readable record of {course_id}.")
        return rec

    def referenced_blobs(self) -> set[str]:
        """Blobs some recorded course uses (older versions' stay: accounts may still use them)."""
        keep: set[str] = set()
        for rec in self.courses():
            keep |= rec.present
        return keep

    def install_course(self, manifest: Manifest, manifest_bytes: bytes, signature: bytes | None,
                       signature_status: str, key_id: str | None,
                       present: Collection[str]) -> bool:
        """Record a verified course (its blobs are already in place); True if it was new.
        Atomic: readers see the old record or the new one."""
        path = self._record_path(manifest.id)
        new = not path.exists()
        content = self.content()
        have = set(present) | {s for s in manifest.files if content.has_own(s)}
        record = {"format": RECORD_FORMAT, "id": manifest.id, "version": manifest.version,
                  "title": manifest.title,
                  "manifest": base64.b64encode(manifest_bytes).decode("ascii"),
                  "signature": base64.b64encode(signature).decode("ascii") if signature else None,
                  "signature_status": signature_status, "key_id": key_id,
                  "present": sorted(have),
                  "imported_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        _write_public(path, json.dumps(record, indent=1).encode("utf-8"))
        return new


def _make_public_dir(path: Path) -> None:
    """A store folder, 0755 whatever the umask."""
    if not path.is_dir():
        path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        os.chmod(path, DIR_MODE)


def _write_public(path: Path, data: bytes) -> None:
    """Write a store file atomically, 0644 whatever the umask."""
    _make_public_dir(path.parent)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        if hasattr(os, "fchmod"):
            os.fchmod(fd, FILE_MODE)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


# --------------------------------------------------------------------------- where it is


def locate(site: SiteConfig | None = None) -> MachineStore:
    """The store court IT's site file names, else the platform's default folder."""
    site = site if site is not None else load_site_config()
    configured = site.values.get(SETTING)
    return MachineStore(Path(configured) if configured else DEFAULT_ROOT)


def machine_store_problem(site: SiteConfig | None = None) -> str | None:
    """Why this account ignores the PC's machine store (for the app and `lectern config`);
    None when there is no store or it is safe."""
    store = locate(site)
    if not store.root.exists():
        return None
    why = store.problem()
    if why is None:
        return None
    return (f"The shared course store {store.root} is not used: {why}. Court IT: make it and "
            "the folders above it owned by root and writable by no one else.")


def readable_store(site: SiteConfig | None = None) -> MachineStore | None:
    """The store, if this PC has one this account can trust; else None (the problem logged)."""
    store = locate(site)
    if not store.courses_dir.is_dir() and not store.blobs.is_dir():
        return None
    why = machine_store_problem(site)
    if why is not None:
        if why not in _WARNED:  # once per process: every content store asks
            _WARNED.add(why)
            log.warning("%s", why)
        return None
    return store


_WARNED: set[str] = set()


def shared_blob_roots(exclude: Path | None = None) -> tuple[Path, ...]:
    """The blob folders a learner's content store may read besides its own."""
    try:
        store = readable_store()
    except (OSError, LecternError) as exc:  # a broken site file or store: no sharing
        log.warning("the shared course store cannot be used: %s", exc)
        return ()
    if store is None or not store.blobs.is_dir():
        return ()
    if exclude is not None and os.path.realpath(exclude) == os.path.realpath(store.blobs):
        return ()
    return (store.blobs,)


# --------------------------------------------------------------------------- writing (court IT)


class _NoLearner:
    """Settings of no learner: the machine store is court IT's, so only the site file's
    trusted keys and unsigned-course rule count (not root's own learner settings)."""

    def get_setting(self, key: str, default: Any = None) -> Any:
        return default


def system_trust_policy(extra_keys: Iterable[PublicKey] = (), allow_unsigned: bool | None = None,
                        site: SiteConfig | None = None) -> TrustPolicy:
    """Court IT's publishers (plus `--trust` keys), with the site file's locks applied exactly
    as for a learner's import (sync.trust.trust_policy)."""
    from .trust import trust_policy
    return trust_policy(_NoLearner(), extra_keys, allow_unsigned, site)  # type: ignore[arg-type]


@contextmanager
def _writing(store: MachineStore) -> Iterator[None]:
    """Make the store's folders (0755), refuse a store other accounts could change, and hold
    its writer lock. A PermissionError here means: not an administrator."""
    try:
        for folder in (store.root, store.blobs, store.courses_dir, store.preload_dir):
            _make_public_dir(folder)
        why = store.problem()
        if why is not None:
            raise StoreError(f"The shared course store {store.root} is not safe to write: {why}. "
                             "Make it and the folders above it owned by root and writable by no "
                             "one else; nothing was changed.")
        fd = os.open(store.root / ".lock", os.O_RDWR | os.O_CREAT, FILE_MODE)
        if hasattr(os, "fchmod"):
            os.fchmod(fd, FILE_MODE)
    except PermissionError:
        raise StoreError(f"{ADMIN_HINT} ({store.root} is not writable by this account.)") from None
    try:
        if sys.platform != "win32":  # (not os.name: type checkers read sys.platform)
            import fcntl
            fcntl.flock(fd, fcntl.LOCK_EX)
        else:  # pragma: no cover - Windows
            import msvcrt
            msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
        yield
    finally:
        os.close(fd)


def import_to_machine(bundle_path: Path, policy: TrustPolicy | None = None,
                      progress: Callable[[int, int], None] | None = None,
                      cancel: threading.Event | None = None,
                      store: MachineStore | None = None) -> "ImportResult":
    """Verify a `.lectern` file and install it in the machine store for every account."""
    from .importer import import_into
    store = store or locate()
    policy = policy or system_trust_policy()
    with _writing(store):
        content = store.content()
        content.clean_parts()
        return import_into(store, content, Path(bundle_path), policy, progress, cancel)


# --------------------------------------------------------------------------- preload


@dataclass(frozen=True)
class PreloadResult:
    """What `lectern --system preload` did with one file of the preload folder."""

    file: str
    outcome: str                 # "installed", "updated", "unchanged", "failed"
    course_id: str | None = None
    version: int | None = None
    message: str = ""


def preload(store: MachineStore | None = None, policy: TrustPolicy | None = None) -> list[PreloadResult]:
    """Import every `preload/*.lectern` into the store, in name order. A file unchanged
    since its last import (same size and time) is not verified again; a file older than the
    store's version of its course is left alone. One bad file does not stop the others."""
    store = store or locate()
    policy = policy or system_trust_policy()
    results: list[PreloadResult] = []
    stamp_path = store.root / "preload.done.json"
    with _writing(store):
        try:
            done: dict[str, Any] = json.loads(stamp_path.read_bytes())
            if not isinstance(done, dict):
                done = {}
        except (OSError, ValueError):
            done = {}
        files = sorted(p for p in store.preload_dir.glob("*.lectern") if p.is_file())
        done = {name: seen for name, seen in done.items() if name in {p.name for p in files}}
        from .importer import import_into
        for path in files:
            st = path.stat()
            seen = done.get(path.name)
            if isinstance(seen, dict) and seen.get("size") == st.st_size \
                    and seen.get("mtime_ns") == st.st_mtime_ns:
                rec = store.record(str(seen.get("course_id", "")))
                if rec is not None and rec.version >= int(seen.get("version", 0)):
                    results.append(PreloadResult(path.name, "unchanged", rec.course_id,
                                                 rec.version))
                    continue
            try:
                content = store.content()
                content.clean_parts()
                r = import_into(store, content, path, policy, None, None)
            except BundleError as exc:
                if exc.kind is BundleErrorKind.OLDER_VERSION:
                    results.append(PreloadResult(path.name, "unchanged", message=exc.message))
                    continue
                results.append(PreloadResult(path.name, "failed", message=exc.message))
                continue
            except LecternError as exc:
                results.append(PreloadResult(path.name, "failed", message=exc.message))
                continue
            done[path.name] = {"size": st.st_size, "mtime_ns": st.st_mtime_ns,
                               "course_id": r.course_id, "version": r.version}
            results.append(PreloadResult(path.name, "updated" if r.updated else "installed",
                                         r.course_id, r.version))
        _write_public(stamp_path, json.dumps(done, indent=1, sort_keys=True).encode("utf-8"))
    return results


# --------------------------------------------------------------------------- reading (learners)


def offer_machine_courses(paths: DataPaths, site: SiteConfig | None = None) -> list[str]:
    """List the machine store's courses in this profile's learner store; the ids added.

    Each course is recorded with the manifest and signature court IT's import verified and
    the files present in the machine store, which the learner's content store reads in place
    (nothing is copied). A course is offered once per version: a learner who removes it does
    not get it back until court IT installs a newer version, and a newer version the learner
    installed themselves is kept. Cheap when there is nothing new (one folder listing)."""
    from .store import LearnerStore
    machine = readable_store(site)
    if machine is None:
        return []
    records = machine.courses()
    if not records:
        return []
    paths.ensure()
    content = ContentStore(paths.blobs, shared=(machine.blobs,))
    added: list[str] = []
    with LearnerStore.open(paths.db) as store:
        offered: dict[str, int] = dict(store.get_setting(OFFERED, {}) or {})
        changed = False
        for rec in records:
            if int(offered.get(rec.course_id, 0)) >= rec.version:
                continue
            if store.has_course(rec.course_id) and \
                    store.get_course(rec.course_id).version >= rec.version:
                offered[rec.course_id] = rec.version
                changed = True
                continue
            missing = [s for s in rec.present if not content.has(s)]
            try:
                manifest = parse_manifest(rec.manifest_bytes)
            except BundleError as exc:
                log.warning("machine course %s: its manifest is unreadable (%s)", rec.course_id,
                            exc.message)
                continue
            if missing or manifest.id != rec.course_id or manifest.version != rec.version \
                    or not rec.present <= set(manifest.files):
                log.warning("machine course %s v%d is incomplete or inconsistent; not offered",
                            rec.course_id, rec.version)
                continue
            store.install_course(manifest, rec.manifest_bytes, rec.signature,
                                 rec.signature_status, rec.key_id, rec.present)
            offered[rec.course_id] = rec.version
            changed = True
            added.append(rec.course_id)
        if changed:
            store.set_setting(OFFERED, offered)
    if added:
        log.info("offered machine courses %s", ", ".join(added))
    return added

