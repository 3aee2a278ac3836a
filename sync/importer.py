"""Import a `.lectern` file into the content store and the learner's store.

Verify first (nothing written for a bad bundle), then copy blobs (each hash-checked, `.part`
then rename), then record the course in one transaction. A course is therefore either absent
or complete, whatever happens: a full disk, a cancel or a killed process.

The machine-wide store (sync/machine_store.py) is written by the same steps (`import_into`),
so a course court IT installs for every account is verified exactly as a learner's import is.
A blob the learner's content store already finds — its own, or the machine store's — is not
copied again.
"""
from __future__ import annotations

import logging
import threading
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Collection, Protocol

from .bundle import DAMAGED_HINT, TrustPolicy, describe_file, open_bundle
from .content_store import ContentStore
from .errors import BundleError, BundleErrorKind, CancelledError
from .library import blobs_in_use
from .manifest import FileRole, Manifest
from .paths import DataPaths
from .store import LearnerStore
from .trust import trust_policy

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], None]  # bytes done, bytes total

# Small, essential files first: a cancelled or broken import fails fast and cheap.
_ROLE_ORDER = {FileRole.READING: 0, FileRole.CAPTIONS: 1, FileRole.COVER: 2, FileRole.RENDITION: 3}


class _Installed(Protocol):
    @property
    def version(self) -> int: ...  # read-only: the stores' records are frozen


class CourseRecords(Protocol):
    """Where an import records its course: a learner store, or the machine store's records."""

    def has_course(self, course_id: str) -> bool: ...

    def get_course(self, course_id: str) -> _Installed: ...

    def referenced_blobs(self) -> set[str]: ...

    def install_course(self, manifest: Manifest, manifest_bytes: bytes, signature: bytes | None,
                       signature_status: str, key_id: str | None,
                       present: Collection[str]) -> bool: ...


@dataclass(frozen=True)
class ImportResult:
    course_id: str
    title: str
    version: int
    added_bytes: int
    updated: bool


def import_bundle(paths: DataPaths, bundle_path: Path, policy: TrustPolicy | None = None,
                  progress: ProgressFn | None = None,
                  cancel: threading.Event | None = None, *,
                  replace_signed: bool = False) -> ImportResult:
    """`replace_signed`: the learner explicitly asked to put an unsigned (or unknown
    publisher's) copy in place of the same course signed by a trusted publisher; without it
    that is refused, so nothing (the bundled demo included) quietly downgrades a course."""
    paths.ensure()
    store = LearnerStore.open(paths.db)
    content = ContentStore(paths.blobs)
    content.clean_parts()
    try:
        with blobs_in_use(paths):  # no garbage collection while our blobs are unreferenced
            return import_into(store, content, Path(bundle_path),
                               policy or trust_policy(store), progress, cancel,
                               replace_signed=replace_signed)
    finally:
        store.close()


TRUSTED = "trusted"  # sync.bundle.SignatureStatus.TRUSTED


def check_replaces(store: CourseRecords, manifest: Manifest, signature_status: str,
                   replace_signed: bool = False) -> None:
    """Refuse a copy that would downgrade the installed course of the same id: an older
    version, or (unless asked explicitly) one not signed by a trusted publisher over one that
    is. Checked before copying and again just before recording the course."""
    if not store.has_course(manifest.id):
        return
    installed = store.get_course(manifest.id)
    if installed.version > manifest.version:
        raise BundleError(BundleErrorKind.OLDER_VERSION,
                          f"This computer has a newer version of “{manifest.title}” "
                          f"(version {installed.version}) than this file (version "
                          f"{manifest.version}); nothing was changed.")
    if getattr(installed, "signature_status", None) == TRUSTED \
            and signature_status != TRUSTED and not replace_signed:
        raise BundleError(BundleErrorKind.UNSIGNED,
                          f"“{manifest.title}” is installed signed by a publisher this computer "
                          "trusts; this file is not, so it did not replace it. Nothing was "
                          "changed.")


def import_into(store: CourseRecords, content: ContentStore, bundle_path: Path,
                policy: TrustPolicy, progress: ProgressFn | None,
                cancel: threading.Event | None, *,
                replace_signed: bool = False) -> ImportResult:
    """Verify the bundle, copy the blobs `content` lacks, then record the course in `store`."""
    with open_bundle(bundle_path, policy, have=content.has) as bundle:
        manifest = bundle.manifest
        status = bundle.signature_status.value
        check_replaces(store, manifest, status, replace_signed)
        roles = manifest.file_roles()
        order = sorted(bundle.present, key=lambda s: (_ROLE_ORDER[roles[s]], manifest.files[s].size, s))
        total = sum(manifest.files[s].size for s in order)
        done = 0
        written: list[str] = []

        def advance(n: int) -> None:
            nonlocal done
            done += n
            if progress is not None:
                progress(done, total)

        if progress is not None:
            progress(0, total)
        try:
            for sha in order:
                if cancel is not None and cancel.is_set():
                    raise CancelledError("Import cancelled; nothing was changed.")
                size = manifest.files[sha].size
                if content.has(sha):
                    advance(size)
                    continue
                try:
                    with bundle.open_blob(sha) as stream:
                        if content.add_stream(sha, size, stream, progress=advance, cancel=cancel,
                                              name=describe_file(manifest, sha)):
                            written.append(sha)
                except (zipfile.BadZipFile, zlib.error, EOFError):
                    raise BundleError(BundleErrorKind.HASH_MISMATCH,
                                      f"This file is damaged: {describe_file(manifest, sha)} does "
                                      f"not match its checksum. {DAMAGED_HINT}") from None
                except BundleError as exc:
                    if exc.kind in (BundleErrorKind.HASH_MISMATCH, BundleErrorKind.CORRUPT):
                        raise BundleError(exc.kind, f"This file is damaged: {exc.message} "
                                                    f"{DAMAGED_HINT}") from None
                    raise
            # Again just before writing: a download (e.g. court IT's `lectern download`) may
            # have installed the course while the files were copied.
            check_replaces(store, manifest, status, replace_signed)
            new = store.install_course(manifest, bundle.manifest_bytes, bundle.signature_bytes,
                                       bundle.signature_status.value, bundle.key_id,
                                       bundle.present | bundle.elsewhere)
        except BaseException:
            referenced = store.referenced_blobs()
            for sha in written:
                if sha not in referenced:
                    content.remove(sha)
            raise
        if isinstance(cancel, threading.Event) and cancel.is_set():
            log.info("import of %s finished before the cancel took effect", manifest.id)
        log.info("imported %s v%d (%d new blobs)", manifest.id, manifest.version, len(written))
        return ImportResult(manifest.id, manifest.title, manifest.version,
                            sum(manifest.files[s].size for s in written), not new)
