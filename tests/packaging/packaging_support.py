"""Helpers for tests/packaging: paths, a free X display number, dpkg with lock retries."""
from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BUILD = REPO / "packaging" / "build-linux"
DIST = REPO / "dist"


def dpkg(*args: str, timeout: float = 180) -> subprocess.CompletedProcess:
    """Run dpkg, waiting out another dpkg/apt holding its lock (CI images update in the
    background sometimes)."""
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    deadline = time.monotonic() + 120
    while True:
        proc = subprocess.run(["dpkg", *args], capture_output=True, text=True, env=env,
                              timeout=timeout)
        locked = "lock" in proc.stderr and ("dpkg frontend" in proc.stderr
                                            or "locked" in proc.stderr)
        if proc.returncode == 0 or not locked or time.monotonic() > deadline:
            return proc
        time.sleep(2)


def package_status(name: str) -> str:
    proc = subprocess.run(["dpkg-query", "-W", "-f=${Status}", name], capture_output=True,
                          text=True)
    return proc.stdout.strip() if proc.returncode == 0 else "not-installed"
