"""Operations on the set of installed courses that touch both the database and the blobs."""
from __future__ import annotations

import fcntl
import logging
import os
from contextlib import contextmanager
from typing import Iterator

from .content_store import ContentStore
from .paths import DataPaths
from .store import LearnerStore

log = logging.getLogger(__name__)


def referenced_by_any_profile(paths: DataPaths) -> set[str]:
    """Blobs are shared by the profiles of a data dir: keep what any of them uses."""
    keep: set[str] = set()
    profiles = paths.root / "profiles"
    for db in sorted(profiles.glob("*/learner.db")) if profiles.is_dir() else []:
        with LearnerStore.open(db) as store:
            keep |= store.referenced_blobs()
    return keep


@contextmanager
def blobs_in_use(paths: DataPaths, exclusive: bool = False) -> Iterator[bool]:
    """Imports hold this shared while they write blobs no course references yet; garbage
    collection takes it exclusively and skips its turn (yields False) while one runs."""
    paths.ensure()
    fd = os.open(paths.root / "blobs.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB if exclusive else fcntl.LOCK_SH)
            got = True
        except BlockingIOError:
            got = False
        yield got
    finally:
        os.close(fd)


def collect_garbage(paths: DataPaths) -> int:
    """Remove blobs no course uses (after a removal, or left by a killed import)."""
    with blobs_in_use(paths, exclusive=True) as free:
        if not free:
            log.info("an import is writing blobs; garbage collection waits for next time")
            return 0
        return _collect(paths)


def _collect(paths: DataPaths) -> int:
    content = ContentStore(paths.blobs)
    content.clean_parts()
    keep = referenced_by_any_profile(paths)
    removed = 0
    if not paths.blobs.is_dir():
        return 0
    for sub in paths.blobs.iterdir():
        if not sub.is_dir():
            continue
        for blob in sub.iterdir():
            if blob.name not in keep and not blob.name.endswith(".part"):
                blob.unlink(missing_ok=True)
                removed += 1
    log.info("removed %d unused blobs", removed)
    return removed


def remove_course(paths: DataPaths, course_id: str, keep_progress: bool = True) -> None:
    with LearnerStore.open(paths.db) as store:
        store.remove_course(course_id, keep_progress=keep_progress)
    collect_garbage(paths)
