"""Writing a file whole or not at all: a temporary file beside the target, renamed over it.

A reader (or a crash) never sees half a certificate, credential or export: until the rename
the old file is intact, and the temporary file goes when anything fails. The result gets the
permissions an ordinary new file would (the process umask: the player's is private), not the
owner-only mode of `mkstemp`'s file.
"""
from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

__all__ = ["replacing", "write_bytes"]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def replacing(out: Path | str) -> Iterator[Path]:
    """A temporary path in `out`'s folder to write to; renamed over `out` when the block
    ends without an error (after its bytes reach the disk), deleted when it raises."""
    target = Path(out)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        with open(temp, "rb+") as written:
            os.fsync(written.fileno())
        os.chmod(temp, 0o666 & ~_umask())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def write_bytes(out: Path | str, data: bytes) -> Path:
    """`data` into `out`, whole or not at all."""
    with replacing(out) as temp:
        temp.write_bytes(data)
    return Path(out)
