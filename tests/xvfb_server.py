"""An X server of a test's own (Xvfb) for real-window tests; shared by tests/window and
tests/packaging."""
from __future__ import annotations

import shutil
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest


def free_display(first: int = 90, last: int = 240) -> int:
    for number in range(first, last):
        if not Path(f"/tmp/.X{number}-lock").exists() and \
                not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    raise RuntimeError(f"no free X display number between :{first} and :{last - 1}")


def _lock_owner(number: int) -> int | None:
    """The process id in `/tmp/.XN-lock` (the X server that holds display N), if readable."""
    try:
        return int(Path(f"/tmp/.X{number}-lock").read_text().strip())
    except (OSError, ValueError):
        return None


def _start_on_free_display(first: int, size: str) -> tuple[subprocess.Popen, int]:
    """Xvfb on the first free display from `first`, ready. Another test process (an xdist
    worker, another run) may pick the same number at the same moment: only one Xvfb gets
    its lock file, the other exits, and this tries the next number. A display counts as
    ours only once its lock names our Xvfb, so we never use (and later lose) another's."""
    number = first
    errors: list[str] = []
    for _attempt in range(20):
        number = free_display(number)
        proc = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", f"{size}x24",
                                 "-nolisten", "tcp", "-noreset"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        socket = Path(f"/tmp/.X11-unix/X{number}")
        deadline = time.monotonic() + 15
        while proc.poll() is None and time.monotonic() < deadline:
            if socket.exists() and _lock_owner(number) == proc.pid:
                return proc, number
            time.sleep(0.05)
        if proc.poll() is None:  # neither ready nor gone in 15 s
            proc.kill()
            proc.wait()
            raise RuntimeError(f"Xvfb :{number} did not start: {proc.stderr.read().decode()}")
        errors.append(f":{number}: {proc.stderr.read().decode()[-300:]}")
        number += 1
    raise RuntimeError("Xvfb did not start:\n" + "\n".join(errors))


@contextmanager
def running_xvfb(first: int = 90, size: str = "1280x800") -> Iterator[str]:
    """`Xvfb :N` with a screen of `size` ("1366x768"), 24-bit, until the block ends; yields
    the display name (N: the first free number from `first`)."""
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is not installed (dev.py installs it: apt-get install xvfb xauth)")
    proc, number = _start_on_free_display(first, size)
    try:
        yield f":{number}"
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
