"""A real X server (Xvfb) for window tests, and a way to run the real player against it."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest



def _free_display() -> int:
    for number in range(90, 200):
        if not Path(f"/tmp/.X{number}-lock").exists() and \
                not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    raise RuntimeError("no free X display number between :90 and :199")


@pytest.fixture(scope="session")
def xvfb_display() -> Iterator[str]:
    """Start `Xvfb :N` (1280x800, 24-bit) for the session and stop it afterwards."""
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is not installed (dev.py installs it: apt-get install xvfb xauth)")
    number = _free_display()
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


@dataclass
class PlayerRun:
    """Environment for running the real `lectern` process in a real window."""

    display: str

    def env(self, **extra: str) -> dict[str, str]:
        env = dict(os.environ)
        env.update(DISPLAY=self.display, QT_QPA_PLATFORM="xcb",
                   QT_LOGGING_RULES="qt.multimedia.*=false")
        env.pop("WAYLAND_DISPLAY", None)
        env.update(extra)
        return env

    def command(self, data_dir: Path) -> list[str]:
        return [sys.executable, "-m", "sync.cli", "--data-dir", str(data_dir)]


@pytest.fixture
def player_run(xvfb_display: str) -> PlayerRun:
    return PlayerRun(xvfb_display)
