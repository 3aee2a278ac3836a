"""A real X server (Xvfb) for window tests, and a way to run the real player against it."""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest
from xvfb_server import running_xvfb



@pytest.fixture(scope="session")
def xvfb_display() -> Iterator[str]:
    """Start `Xvfb :N` (1280x800, 24-bit) for the session and stop it afterwards."""
    with running_xvfb(90) as display:
        yield display


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
