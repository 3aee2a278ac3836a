"""Writing a file whole or not at all: a temporary file beside the target, renamed over it.

A reader (or a crash) never sees half a certificate, credential or export: until the rename
the old file is intact, and the temporary file goes when anything fails. The result gets the
permissions an ordinary new file would (the process umask: the player's is private), not the
owner-only mode of `mkstemp`'s file: it is created with mode 0o666 and O_EXCL, and the kernel
applies the umask. The umask itself is never read by setting it (that changed it for every
thread for a moment: a file another thread made then was world-writable).
"""
from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

__all__ = ["fsync_dir", "replacing", "write_bytes"]


_ATTEMPTS = 100


def _create(folder: Path, name: str) -> Path:
    """A new empty file beside the target (O_EXCL: never an existing file or a symlink)."""
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0) \
        | getattr(os, "O_CLOEXEC", 0)
    for _ in range(_ATTEMPTS):
        temp = folder / f".{name}.{secrets.token_hex(6)}.part"
        try:
            fd = os.open(temp, flags, 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        return temp
    raise FileExistsError(f"no free temporary name for {name} in {folder}")


@contextlib.contextmanager
def replacing(out: Path | str) -> Iterator[Path]:
    """A temporary path in `out`'s folder to write to; renamed over `out` when the block
    ends without an error (after its bytes reach the disk), deleted when it raises."""
    target = Path(out)
    temp = _create(target.parent, target.name)
    try:
        yield temp
        with open(temp, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in `folder` survive a power cut (the folder's entry reaches
    the disk). Best effort: a filesystem (or Windows) that cannot open or sync a folder is left
    to its own guarantees."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_bytes(out: Path | str, data: bytes) -> Path:
    """`data` into `out`, whole or not at all."""
    with replacing(out) as temp:
        temp.write_bytes(data)
    return Path(out)
