"""Fixtures for tests/packaging: an X server of our own."""
from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from packaging_support import free_display  # noqa: E402


@pytest.fixture(scope="module")
def xvfb() -> Iterator[str]:
    """`Xvfb :N` (1280x800x24) of our own for the module; its display name."""
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is not installed (dev.py installs it: apt-get install xvfb xauth)")
    number = free_display()
    proc = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1280x800x24",
                             "-nolisten", "tcp", "-noreset"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    socket = Path(f"/tmp/.X11-unix/X{number}")
    deadline = time.monotonic() + 15
    while not socket.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError(f"Xvfb :{number} did not start: {proc.stderr.read().decode()}")
        time.sleep(0.05)
    yield f":{number}"
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
