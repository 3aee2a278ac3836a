"""Import a `.lectern` file into the content store and the learner's store.

Verify first (nothing written for a bad bundle), then copy blobs (each hash-checked, `.part`
then rename), then record the course in one transaction. A course is therefore either absent
or complete, whatever happens: a full disk, a cancel or a killed process.
"""
from __future__ import annotations

import logging
import threading
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .bundle import DAMAGED_HINT, TrustPolicy, describe_file, open_bundle
from .content_store import ContentStore
from .errors import BundleError, BundleErrorKind, CancelledError
from .library import blobs_in_use
from .manifest import FileRole
from .paths import DataPaths
from .store import LearnerStore
from .trust import trust_policy

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], None]  # bytes done, bytes total

# Small, essential files first: a cancelled or broken import fails fast and cheap.
_ROLE_ORDER = {FileRole.READING: 0, FileRole.CAPTIONS: 1, FileRole.COVER: 2, FileRole.RENDITION: 3}


@dataclass(frozen=True)
class ImportResult:
    course_id: str
    title: str
    version: int
    added_bytes: int
    updated: bool


def import_bundle(paths: DataPaths, bundle_path: Path, policy: TrustPolicy | None = None,
                  progress: ProgressFn | None = None,
                  cancel: threading.Event | None = None) -> ImportResult:
    paths.ensure()
    store = LearnerStore.open(paths.db)
    content = ContentStore(paths.blobs)
    content.clean_parts()
    try:
        with blobs_in_use(paths):  # no garbage collection while our blobs are unreferenced
            return _import(store, content, Path(bundle_path),
                           policy or trust_policy(store), progress, cancel)
    finally:
        store.close()


def _import(store: LearnerStore, content: ContentStore, bundle_path: Path, policy: TrustPolicy,
            progress: ProgressFn | None, cancel: threading.Event | None) -> ImportResult:
    with open_bundle(bundle_path, policy) as bundle:
        manifest = bundle.manifest
        if store.has_course(manifest.id):
            installed = store.get_course(manifest.id)
            if installed.version > manifest.version:
                raise BundleError(BundleErrorKind.OLDER_VERSION,
                                  f"This computer has a newer version of “{manifest.title}” "
                                  f"(version {installed.version}) than this file (version "
                                  f"{manifest.version}); nothing was changed.")
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
            new = store.install_course(manifest, bundle.manifest_bytes, bundle.signature_bytes,
                                       bundle.signature_status.value, bundle.key_id, bundle.present)
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
