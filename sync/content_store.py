"""Blobs by sha256 on disk: `<root>/ab/<sha256>`, written to `.part` and renamed only once the
hash matches, so a blob file that exists is always complete and correct."""
from __future__ import annotations

import errno
import hashlib
import os
import threading
from pathlib import Path
from typing import BinaryIO, Callable

from .errors import BundleError, BundleErrorKind, CancelledError, DiskFullError, StoreError
from .manifest import SHA256_RE

CHUNK = 1024 * 1024
Progress = Callable[[int], None]  # bytes just written


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def disk_full(exc: OSError) -> bool:
    return exc.errno in (errno.ENOSPC, errno.EDQUOT)


class ContentStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path(self, sha: str) -> Path:
        if not SHA256_RE.match(sha):
            raise StoreError(f"{sha[:80]!r} is not a blob name.")
        return self.root / sha[:2] / sha

    def has(self, sha: str) -> bool:
        return self.path(sha).is_file()

    def size(self, sha: str) -> int:
        return self.path(sha).stat().st_size

    def remove(self, sha: str) -> None:
        try:
            self.path(sha).unlink()
        except FileNotFoundError:
            pass

    def add_stream(self, sha: str, size: int, stream: BinaryIO, progress: Progress | None = None,
                   cancel: threading.Event | None = None, name: str = "") -> bool:
        """Copy `stream` into the store, verifying size and sha256. True if a new blob was written.

        Raises BundleError(HASH_MISMATCH) on wrong bytes, DiskFullError on a full disk,
        CancelledError when `cancel` is set; in every case the `.part` file is gone.
        """
        final = self.path(sha)
        if final.is_file():
            return False
        final.parent.mkdir(parents=True, exist_ok=True)
        part = final.with_name(f"{sha}.{os.getpid()}.{threading.get_ident()}.part")
        digest = hashlib.sha256()
        written = 0
        label = name or sha[:12]
        try:
            with open(part, "wb") as out:
                while True:
                    if cancel is not None and cancel.is_set():
                        raise CancelledError()
                    chunk = stream.read(min(CHUNK, size + 1 - written))
                    if not chunk:
                        break
                    written += len(chunk)
                    if written > size:
                        raise BundleError(BundleErrorKind.TOO_LARGE,
                                          f"{label} is larger than the course says it is.")
                    digest.update(chunk)
                    out.write(chunk)
                    if progress is not None:
                        progress(len(chunk))
                if written != size:
                    raise BundleError(BundleErrorKind.CORRUPT,
                                      f"{label} is shorter than the course says it is; the file "
                                      "is probably truncated.")
                if digest.hexdigest() != sha:
                    raise BundleError(BundleErrorKind.HASH_MISMATCH,
                                      f"{label} does not match its checksum.")
                out.flush()
                os.fsync(out.fileno())
            os.replace(part, final)
            _fsync_dir(final.parent)
            return True
        except OSError as exc:
            part.unlink(missing_ok=True)
            if disk_full(exc):
                raise DiskFullError("The disk is full. Free some space (or ask court IT) and "
                                    "try again; nothing was changed.") from None
            raise StoreError(f"Cannot write to the course store at {self.root}: "
                             f"{exc.strerror or exc}.") from None
        except BaseException:
            part.unlink(missing_ok=True)
            raise

    def partial_path(self, sha: str) -> Path:
        """Where a download of `sha` accumulates across restarts (resumed with Range)."""
        return self.path(sha).with_name(f"{sha}.dl")

    def commit_partial(self, sha: str, actual_sha: str) -> None:
        """Accept a finished download only if its hash is right; otherwise discard it."""
        part = self.partial_path(sha)
        if actual_sha != sha:
            part.unlink(missing_ok=True)
            raise BundleError(BundleErrorKind.HASH_MISMATCH, "A downloaded file did not match its "
                                                             "checksum; it will be fetched again.")
        with open(part, "rb") as f:
            os.fsync(f.fileno())
        os.replace(part, self.path(sha))
        _fsync_dir(part.parent)

    def clean_parts(self) -> int:
        """Remove `.part` files that killed processes left behind (never those of live ones)."""
        removed = 0
        if not self.root.is_dir():
            return 0
        for sub in self.root.iterdir():
            if not sub.is_dir():
                continue
            for p in sub.glob("*.part"):
                if _writer_alive(p.name):
                    continue
                try:
                    p.unlink()
                    removed += 1
                except OSError:
                    pass
        return removed


def _writer_alive(part_name: str) -> bool:
    """Part names are `<sha>.<pid>.<thread>.part`; a part of a live process is in use."""
    try:
        pid = int(part_name.split(".")[1])
    except (IndexError, ValueError):
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
