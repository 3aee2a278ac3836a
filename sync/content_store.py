"""Blobs by sha256 on disk: `<root>/ab/<sha256>`, written to `.part` and renamed only once the
hash matches, so a blob file that exists is always complete and correct.

A learner's store is private (folders 0700, files 0600, like the rest of the data dir). The
machine-wide store (sync/machine_store.py) is the one readable by every account (0755/0644,
whatever the administrator's umask). A learner's store also *reads* the machine store's blobs
(`shared`): a course court IT installed for the whole PC plays, exports and is not downloaded
or copied again, from one copy on disk. Writes only ever go to the store's own folder.
"""
from __future__ import annotations

import errno
import hashlib
import os
import threading
from pathlib import Path
from typing import IO, Callable, Sequence

from .atomic_file import fsync_dir
from .errors import BundleError, BundleErrorKind, CancelledError, DiskFullError, StoreError
from .manifest import SHA256_RE

CHUNK = 1024 * 1024
Progress = Callable[[int], None]  # bytes just written


def _fchmod(fd: int, mode: int) -> None:
    """Set the mode of an open file (POSIX; Windows files have no such modes)."""
    if hasattr(os, "fchmod"):
        os.fchmod(fd, mode)


def disk_full(exc: OSError) -> bool:
    return exc.errno in (errno.ENOSPC, errno.EDQUOT)


class ContentStore:
    """One blob folder. `shared`: read-only blob folders consulted when a blob is not in our
    own (None: the machine-wide store, if this PC has a safe one; `()`: none, as the machine
    store itself uses). `readable_by_all`: the machine store's modes instead of private ones."""

    def __init__(self, root: Path, shared: Sequence[Path] | None = None, *,
                 readable_by_all: bool = False) -> None:
        self.root = Path(root)
        self._shared = None if shared is None else tuple(Path(p) for p in shared)
        self.readable_by_all = readable_by_all
        self.dir_mode = 0o755 if readable_by_all else 0o700
        self.file_mode = 0o644 if readable_by_all else 0o600
        self._safe_dirs: dict[Path, bool] = {}

    def _own(self, sha: str) -> Path:
        if not SHA256_RE.match(sha):
            raise StoreError(f"{sha[:80]!r} is not a blob name.")
        return self.root / sha[:2] / sha

    @property
    def shared(self) -> tuple[Path, ...]:
        """The read-only blob folders, looked up once (and only when a blob is not our own)."""
        if self._shared is None:
            from .machine_store import shared_blob_roots  # site file: read only when needed
            self._shared = shared_blob_roots(exclude=self.root)
        return self._shared

    def _shared_path(self, sha: str) -> Path | None:
        """`sha` in a shared store, if there as a regular file that no other account could
        have changed (see machine_store.entry_is_safe)."""
        from .machine_store import entry_is_safe
        for root in self.shared:
            folder = root / sha[:2]
            candidate = folder / sha
            try:
                st = os.lstat(candidate)
            except OSError:
                continue
            if folder not in self._safe_dirs:
                try:
                    self._safe_dirs[folder] = entry_is_safe(os.lstat(folder), directory=True)
                except OSError:
                    self._safe_dirs[folder] = False
            if self._safe_dirs[folder] and entry_is_safe(st, directory=False):
                return candidate
        return None

    def path(self, sha: str) -> Path:
        """Where to read `sha`: our own copy, else a shared store's, else where ours would be."""
        own = self._own(sha)
        if own.is_file():
            return own
        return self._shared_path(sha) or own

    def has(self, sha: str) -> bool:
        return self._own(sha).is_file() or self._shared_path(sha) is not None

    def has_own(self, sha: str) -> bool:
        """In this store's own folder (not only in a shared one)."""
        return self._own(sha).is_file()

    def size(self, sha: str) -> int:
        return self.path(sha).stat().st_size

    def remove(self, sha: str) -> None:
        """Remove our own copy; a shared store is never changed."""
        try:
            self._own(sha).unlink()
        except FileNotFoundError:
            pass

    def _opener(self, path: str, flags: int) -> int:
        return os.open(path, flags, self.file_mode)

    def _make_folder(self, folder: Path) -> None:
        if folder.is_dir():
            return
        folder.mkdir(mode=self.dir_mode, parents=True, exist_ok=True)
        if self.readable_by_all:
            os.chmod(folder, self.dir_mode)  # an administrator's umask 077 must not hide it

    def add_stream(self, sha: str, size: int, stream: IO[bytes], progress: Progress | None = None,
                   cancel: threading.Event | None = None, name: str = "") -> bool:
        """Copy `stream` into the store, verifying size and sha256. True if a new blob was written.

        Raises BundleError(HASH_MISMATCH) on wrong bytes, DiskFullError on a full disk,
        CancelledError when `cancel` is set; in every case the `.part` file is gone.
        """
        final = self._own(sha)
        if final.is_file():
            return False
        part = final.with_name(f"{sha}.{os.getpid()}.{threading.get_ident()}.part")
        digest = hashlib.sha256()
        written = 0
        label = name or sha[:12]
        try:
            self._make_folder(final.parent)
            with open(part, "wb", opener=self._opener) as out:
                _fchmod(out.fileno(), self.file_mode)  # the mode we mean, whatever the umask
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
            fsync_dir(final.parent)
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
        return self._own(sha).with_name(f"{sha}.dl")

    def commit_partial(self, sha: str, actual_sha: str) -> None:
        """Accept a finished download only if its hash is right; otherwise discard it."""
        part = self.partial_path(sha)
        if actual_sha != sha:
            part.unlink(missing_ok=True)
            raise BundleError(BundleErrorKind.HASH_MISMATCH, "A downloaded file did not match its "
                                                             "checksum; it will be fetched again.")
        with open(part, "rb") as f:
            _fchmod(f.fileno(), self.file_mode)  # the downloader made it with the umask's mode
            os.fsync(f.fileno())
        os.replace(part, self._own(sha))
        fsync_dir(part.parent)

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
