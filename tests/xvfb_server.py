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


@contextmanager
def running_xvfb(first: int = 90, size: str = "1280x800") -> Iterator[str]:
    """`Xvfb :N` with a screen of `size` ("1366x768"), 24-bit, until the block ends; yields
    the display name."""
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is not installed (dev.py installs it: apt-get install xvfb xauth)")
    number = free_display(first)
    proc = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", f"{size}x24",
                             "-nolisten", "tcp", "-noreset"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    socket = Path(f"/tmp/.X11-unix/X{number}")
    deadline = time.monotonic() + 15
    while not socket.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError(f"Xvfb :{number} did not start: {proc.stderr.read().decode()}")
        time.sleep(0.05)
    try:
        yield f":{number}"
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
