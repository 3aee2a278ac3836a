"""Operations on the set of installed courses that touch both the database and the blobs."""
from __future__ import annotations

import logging

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


def collect_garbage(paths: DataPaths) -> int:
    """Remove blobs no course uses (after a removal, or left by a killed import)."""
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
