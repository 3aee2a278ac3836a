"""Export an installed course back to a `.lectern` file (for a USB stick).

The signed manifest goes out unchanged, so the copy stays verifiable; a low-bandwidth copy
simply omits the alternative video renditions, which format 1 allows. `leave_out` omits files
the receiving computer is known to have already (the packages' French and Arabic demo bundles
leave out the videos and cover the English one carries: packaging/demo_bundle.py); such a copy
installs only where those files are in the content store.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Collection

from .bundle import pack_bundle
from .content_store import ContentStore, disk_full
from .errors import DiskFullError, StoreError
from .paths import DataPaths
from .store import LearnerStore


@dataclass(frozen=True)
class ExportResult:
    course_id: str
    path: Path
    files: int
    bytes: int


def export_course(paths: DataPaths, course_id: str, out_path: Path, low_bandwidth: bool = False,
                  progress: Callable[[int, int], None] | None = None, *,
                  leave_out: Collection[str] = ()) -> ExportResult:
    """Write the installed course to `out_path`. `leave_out`: sha256s of files not to write
    (files another bundle carries); names of files the course does not list are ignored."""
    with LearnerStore.open(paths.db) as store:
        manifest = store.manifest(course_id)
        manifest_bytes, signature = store.manifest_bytes(course_id)
        present = store.present_files(course_id)
    content = ContentStore(paths.blobs)
    wanted = manifest.low_bandwidth_files() if low_bandwidth else set(manifest.files)
    chosen = sorted((wanted & present) - set(leave_out))
    for sha in chosen:
        if not content.has(sha):
            raise StoreError(f"Part of “{manifest.title}” is missing from this computer's course "
                             "store; import or download the course again before exporting it.")
    total = sum(manifest.files[s].size for s in chosen)
    done = 0

    def advance(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(done, total)

    out_path = Path(out_path)
    try:
        pack_bundle(out_path, manifest_bytes, signature, ((s, content.path(s)) for s in chosen),
                    {s: manifest.files[s].media_type for s in chosen}, progress=advance)
    except OSError as exc:
        if disk_full(exc):
            raise DiskFullError(f"There is not enough space at {out_path.parent} for "
                                f"“{manifest.title}” ({total // 1_000_000} MB); nothing was "
                                "written.") from None
        raise StoreError(f"Cannot write {out_path}: {exc.strerror or exc}.") from None
    return ExportResult(course_id, out_path, len(chosen), total)
