"""Reading what a command wrote to a pseudo-terminal (tests that need a real TTY)."""
from __future__ import annotations

import os


def drain(fd: int) -> bytes:
    """Everything left on the terminal `fd` until the child closes it (EOF or EIO)."""
    out = b""
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # Linux reports the closed far side of a pty as EIO
            break
        if not chunk:
            break
        out += chunk
    return out
